// Event objects and waits, shared by ws2_32 (WSACreateEvent, WSAWaitForMultipleEvents ...)
// and kernel32 (CreateEvent, WaitForMultipleObjects, SleepEx ...), and the hand-over
// of completion routines to the guest's alertable-wait loop (wasm/runtime/apc.c).
import { MAXIMUM_WAIT_OBJECTS, WAIT_IO_COMPLETION, WAIT_TIMEOUT, WAIT_FAILED, INFINITE } from './constants.js';
import { wsaCode } from './errors.js';
import { APC_RECORD } from './layouts.js';
import type { GuestMemory } from './memory.js';
import type { Result, Ws2_32 } from './ws2_32.js';
import { fail, isFailure, type CoreError, type Outcome } from '../core/errors.js';
import { EventObject, WAIT_APC, WAIT_TIMED_OUT, waitForObjects } from '../core/events.js';

/** MsgWaitForMultipleObjectsEx's flags. */
const MWMO_WAITALL = 0x1;
const MWMO_ALERTABLE = 0x2;
const MWMO_INPUTAVAILABLE = 0x4;
const MWMO_ALL = MWMO_WAITALL | MWMO_ALERTABLE | MWMO_INPUTAVAILABLE;

export class Waits {
  constructor(private readonly mem: GuestMemory, private readonly api: Ws2_32) {}

  private get ws() { return this.api.ws; }

  /** A wait's result as Win32 reports it: WAIT_OBJECT_0 + i, WAIT_TIMEOUT or WAIT_IO_COMPLETION. */
  private static code(o: Outcome): number {
    if (isFailure(o)) return WAIT_FAILED;
    if (o === WAIT_TIMED_OUT) return WAIT_TIMEOUT;
    if (o === WAIT_APC) return WAIT_IO_COMPLETION;
    return o;
  }

  private failed(e: CoreError): number {
    this.api.fail(e);
    return WAIT_FAILED;
  }

  /** The objects of a handle array, or the failure for the first handle that is not one. */
  private events(count: number, handles: number): EventObject[] | CoreError {
    const objects: EventObject[] = [];
    for (let i = 0; i < count; i++) {
      const e = this.ws.event(this.mem.u32(handles + i * 4));
      if (isFailure(e)) return e;
      objects.push(e);
    }
    return objects;
  }

  /** WaitForMultipleObjectsEx and WSAWaitForMultipleEvents. */
  waitMany(count: number, handles: number, all: boolean, timeout: number, alertable: boolean): Result {
    count >>>= 0;
    if (count === 0 || count > MAXIMUM_WAIT_OBJECTS) return this.failed(fail('INVALID_PARAMETER'));
    if (!this.mem.ok(handles, count * 4)) return this.failed(fail('NOACCESS'));
    const objects = this.events(count, handles);
    if (isFailure(objects)) return this.failed(objects);
    return this.finish(waitForObjects(objects, all, ms(timeout), alertable ? this.ws.apcs : undefined));
  }

  /**
   * MsgWaitForMultipleObjectsEx: the objects, or input of the kinds in `wakeMask` in the
   * message queue (WAIT_OBJECT_0 + count). Without MWMO_INPUTAVAILABLE only input that
   * arrived since the queue was last looked at counts.
   */
  waitWithMessages(count: number, handles: number, timeout: number, wakeMask: number, flags: number): Result {
    count >>>= 0;
    if (count > MAXIMUM_WAIT_OBJECTS - 1 || (flags & ~MWMO_ALL) !== 0) return this.failed(fail('INVALID_PARAMETER'));
    if (count > 0 && !this.mem.ok(handles, count * 4)) return this.failed(fail('NOACCESS'));
    const objects = this.events(count, handles);
    if (isFailure(objects)) return this.failed(objects);
    const alertable = (flags & MWMO_ALERTABLE) !== 0;
    return this.finish(this.ws.messages.waitWithInput(objects, (flags & MWMO_WAITALL) !== 0, wakeMask >>> 0,
      (flags & MWMO_INPUTAVAILABLE) === 0, ms(timeout), alertable ? this.ws.apcs : undefined));
  }

  waitOne(handle: number, timeout: number, alertable: boolean): Result {
    const e = this.ws.event(handle);
    if (isFailure(e)) return this.failed(e);
    return this.finish(waitForObjects([e], false, ms(timeout), alertable ? this.ws.apcs : undefined));
  }

  /** SleepEx: 0 when the time is up, WAIT_IO_COMPLETION if completion routines are to run. */
  sleep(timeout: number, alertable: boolean): Result {
    if (!alertable && (timeout >>> 0) === 0) return 0;
    const r = waitForObjects([], false, ms(timeout), alertable ? this.ws.apcs : undefined);
    return r instanceof Promise ? r.then((o) => (o === WAIT_APC ? WAIT_IO_COMPLETION : 0)) : r === WAIT_APC ? WAIT_IO_COMPLETION : 0;
  }

  private finish(r: Outcome | Promise<Outcome>): Result {
    return r instanceof Promise ? r.then((o) => Waits.code(o)) : Waits.code(r);
  }

  create(manualReset: boolean, signaled: boolean): number {
    return this.ws.createEvent(manualReset, signaled);
  }

  /** SetEvent / ResetEvent / CloseHandle on an event: TRUE, or FALSE with ERROR_INVALID_HANDLE. */
  apply(handle: number, f: (e: EventObject) => void): number {
    const e = this.ws.event(handle);
    if (isFailure(e)) { this.api.fail(e); return 0; }
    f(e);
    return 1;
  }

  close(handle: number): number {
    if (this.ws.closeEvent(handle)) return 1;
    this.api.fail(fail('INVALID_HANDLE'));
    return 0;
  }

  /**
   * The routine taken last has returned (`finished`), so its socket may have another; then
   * the next completion routine the guest may run, written to its record; 0 when none.
   */
  apcNext(record: number, finished: boolean): number {
    if (finished) this.ws.apcs.done();
    if (!this.mem.ok(record, APC_RECORD.size)) return 0;
    const apc = this.ws.apcs.take();
    if (!apc) return 0;
    const p = record >>> 0;
    this.mem.setU32(p + APC_RECORD.routine, apc.routine);
    this.mem.setU32(p + APC_RECORD.error, apc.error ? wsaCode(apc.error) : 0);
    this.mem.setU32(p + APC_RECORD.transferred, apc.transferred);
    this.mem.setU32(p + APC_RECORD.overlapped, apc.overlapped);
    this.mem.setU32(p + APC_RECORD.flags, apc.flags);
    return 1;
  }
}

function ms(timeout: number): number {
  return (timeout >>> 0) === INFINITE ? -1 : timeout >>> 0;
}
