// The few kernel32 functions networking code needs: sleeping, the last error, clocks, handles.
import type { GuestMemory } from './memory.js';
import type { Result, Ws2_32 } from './ws2_32.js';
import { fail, isFailure } from '../core/errors.js';
import { sleep } from '../core/wait.js';
import { tickCount } from '../core/clock.js';
import { INFINITE } from './constants.js';

const ERROR_NOACCESS = 998;
/** GetUserName where the host has no user (a page): a name, not an error, so programs that print it go on. */
export const DEFAULT_USER_NAME = 'user';
const FILE_TYPE_CHAR = 2;
/** QueryPerformanceFrequency: 10 MHz, as on current Windows. */
const QPC_FREQUENCY = 10_000_000n;

export class Kernel32 {
  constructor(private readonly mem: GuestMemory, private readonly ws2: Ws2_32) {}

  Sleep(ms: number): Result {
    ms >>>= 0;
    if (ms === 0) return 0; // gives up the time slice: nothing to wait for here
    return sleep(ms === INFINITE ? -1 : ms).then(() => 0);
  }
  /** Alertable: ends early with WAIT_IO_COMPLETION when completion routines can run (wasm/runtime/apc.c runs them). */
  SleepEx(ms: number, alertable: number): Result {
    return this.ws2.waits.sleep(ms, alertable !== 0);
  }
  WaitForSingleObject(h: number, ms: number): Result { return this.ws2.waits.waitOne(h, ms, false); }
  WaitForSingleObjectEx(h: number, ms: number, alertable: number): Result { return this.ws2.waits.waitOne(h, ms, alertable !== 0); }
  WaitForMultipleObjects(n: number, handles: number, all: number, ms: number): Result {
    return this.ws2.waits.waitMany(n, handles, all !== 0, ms, false);
  }
  WaitForMultipleObjectsEx(n: number, handles: number, all: number, ms: number, alertable: number): Result {
    return this.ws2.waits.waitMany(n, handles, all !== 0, ms, alertable !== 0);
  }
  CreateEventA(_attributes: number, manualReset: number, initialState: number, name: number): number {
    if (name) return this.ws2.fail(fail('NOT_SUPPORTED', 'named events are not supported'), 0);
    return this.ws2.ok(this.ws2.waits.create(manualReset !== 0, initialState !== 0));
  }
  CreateEventW(attributes: number, manualReset: number, initialState: number, name: number): number {
    return this.CreateEventA(attributes, manualReset, initialState, name);
  }
  SetEvent(h: number): number { return this.ws2.waits.apply(h, (e) => e.set()); }
  ResetEvent(h: number): number { return this.ws2.waits.apply(h, (e) => e.reset()); }
  CancelIo(h: number): number {
    const s = this.ws2.ws.get(h);
    if (isFailure(s)) return this.ws2.fail(fail('INVALID_HANDLE'), 0);
    s.cancel();
    return 1;
  }
  CancelIoEx(h: number, lpOverlapped: number): number {
    const s = this.ws2.ws.get(h);
    if (isFailure(s)) return this.ws2.fail(fail('INVALID_HANDLE'), 0);
    return s.cancel(lpOverlapped ? lpOverlapped >>> 0 : undefined) > 0 ? 1 : this.ws2.fail(fail('NOT_FOUND'), 0);
  }
  GetLastError(): number { return this.ws2.lastError; }
  SetLastError(code: number): void { this.ws2.lastError = code >>> 0; }
  GetTickCount(): number { return Number(tickCount() & 0xffffffffn) | 0; }
  GetTickCount64(): bigint { return tickCount(); }
  QueryPerformanceFrequency(p: number): number {
    if (!this.mem.ok(p, 8)) { this.ws2.lastError = ERROR_NOACCESS; return 0; }
    this.mem.setU64(p, QPC_FREQUENCY);
    return 1;
  }
  QueryPerformanceCounter(p: number): number {
    if (!this.mem.ok(p, 8)) { this.ws2.lastError = ERROR_NOACCESS; return 0; }
    this.mem.setU64(p, process.hrtime.bigint() / 100n);
    return 1;
  }
  CloseHandle(h: number): number {
    // A SOCKET is a kernel handle on Windows, so CloseHandle closes it too.
    if (!isFailure(this.ws2.ws.get(h))) {
      void this.ws2.ws.close(h);
      return 1;
    }
    // Files and searches are closed by the runtime's CloseHandle/FindClose, which own them;
    // one reaching here (a FindClose handle, or a guest without that runtime) is not closable here.
    if (this.ws2.ws.isGuestHandle(h)) return this.ws2.fail(fail('INVALID_HANDLE'), 0);
    return this.ws2.waits.close(h);
  }
}

/** Project-private imports (module winsock_wasm) used by wasm/runtime/apc.c. */
export class WinsockWasm {
  /** Called when the program registers a console control handler (or ignores CTRL+C): the host then delivers signals. */
  onCtrlWatch: (() => void) | undefined;
  constructor(
    private readonly ws2: Ws2_32,
    private readonly mem: GuestMemory,
    private readonly stdioType: (fd: number) => number = () => FILE_TYPE_CHAR,
    private readonly programPath = '',
    private readonly userName = DEFAULT_USER_NAME,
  ) {}
  ctrl_watch(_on: number): void { this.onCtrlWatch?.(); }
  apc_next(record: number, finished: number): number { return this.ws2.waits.apcNext(record, finished !== 0); }
  /** The host's name (kernel32_system.c makes GetComputerName's forms of it): written cut to cap - 1 bytes and terminated; its full length. */
  host_name(p: number, cap: number): number {
    const name = new TextEncoder().encode(this.ws2.ws.net.hostname());
    if (cap > 0 && this.mem.ok(p, cap)) {
      const n = Math.min(name.length, cap - 1);
      this.mem.bytes().set(name.subarray(0, n), p >>> 0);
      this.mem.bytes()[(p >>> 0) + n] = 0;
    }
    return name.length;
  }
  /** The machine's physical memory in bytes: which 0 the total, 1 what is free; -1 when the host cannot tell (a page). */
  host_memory(which: number): number {
    const m = this.ws2.ws.net.memory?.();
    if (!m) return -1;
    return which === 0 ? m.total : which === 1 ? m.free : -1;
  }
  /**
   * The host's network interfaces for wasm/runtime/iphlpapi.c, as UTF-8 text, one record a line:
   *   "i\t<name>\t<mac: 12 hex digits>\t<1: loopback, 0: not>" starts an interface,
   *   "a\t<4 or 6>\t<address, numeric>\t<prefix length>" is an address of the interface above.
   * Written as much as fits in [buf, buf+cap) (no NUL); returns the whole length. Text, not a
   * packed record list, keeps the host free of struct offsets and the format readable in a trace.
   */
  net_interfaces(buf: number, cap: number): number {
    const text = this.ws2.ws.net.interfaces().map((i) =>
      [`i\t${i.name.replace(/[\t\n]/g, ' ')}\t${[...i.mac].map((b) => b.toString(16).padStart(2, '0')).join('')}\t${i.loopback ? 1 : 0}\n`,
        ...i.addresses.map((a) => `a\t${a.family}\t${a.address}\t${a.prefixLength}\n`)].join('')).join('');
    const b = new TextEncoder().encode(text);
    const n = Math.min(b.length, cap >>> 0);
    if (n > 0 && this.mem.ok(buf, n)) this.mem.bytes().set(b.subarray(0, n), buf >>> 0);
    return b.length;
  }
  /** The user the program runs as (wasm/runtime/advapi32.c makes GetUserName's forms of it): written cut to cap - 1 bytes and terminated; its full length. */
  user_name(p: number, cap: number): number {
    const name = new TextEncoder().encode(this.userName);
    if (cap > 0 && this.mem.ok(p, cap)) {
      const n = Math.min(name.length, cap - 1);
      this.mem.bytes().set(name.subarray(0, n), p >>> 0);
      this.mem.bytes()[(p >>> 0) + n] = 0;
    }
    return name.length;
  }
  /** A handle from the one handle table for an object wasm/runtime keeps (kind: the runtime's tag, value: its pointer). */
  handle_new(kind: number, value: number): number { return this.ws2.ws.newGuestHandle(kind, value >>> 0); }
  /** The value behind a handle of that kind, or 0 (the runtime's values are never 0). */
  handle_value(h: number, kind: number): number { return this.ws2.ws.guestValue(h, kind) ?? 0; }
  /** Release a handle of that kind: 1, or 0 when it is not one. */
  handle_free(h: number, kind: number): number { return this.ws2.ws.freeGuestHandle(h, kind) ? 1 : 0; }
  /** GetFileType of descriptor 0, 1 or 2 (the guest's fstat cannot tell): FILE_TYPE_DISK, _CHAR or _PIPE. */
  std_type(fd: number): number { return fd >= 0 && fd <= 2 ? this.stdioType(fd) : 0; }
  /** The program's path in UTF-8: as much as fits in [buf, buf+cap) (no NUL), returns its whole length. */
  program_path(buf: number, cap: number): number {
    const b = new TextEncoder().encode(this.programPath);
    const n = Math.min(b.length, cap >>> 0);
    if (n > 0 && this.mem.ok(buf, n)) this.mem.bytes().set(b.subarray(0, n), buf >>> 0);
    return b.length;
  }
}
