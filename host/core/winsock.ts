// One Winsock instance per guest: WSAStartup counting, the handle table,
// socket creation and select.
import { fail, isFailure, type CoreError, type MaybeAsync, type Outcome } from './errors.js';
import { ApcQueue, EventObject } from './events.js';
import type { IoCompletion, OverlappedRequest } from './overlapped.js';
import { SOCK_DGRAM, SOCK_STREAM, type Socket } from './socket.js';
import { DatagramSocket } from './datagram.js';
import { StreamSocket } from './stream.js';
import type { Network } from './transport.js';
import { waitFor } from './wait.js';
import { MessageQueue } from './messages.js';

/** The kinds of object the guest runtime keeps behind a handle (the runtime's KIND_* numbers). */
export const GUEST_KIND = { FILE: 1, FIND: 2, WINDOW: 3, ICON: 4, GDI: 5 } as const;

const IPPROTO_TCP = 6;
const IPPROTO_UDP = 17;

export type SelectSets = [read: number[], write: number[], except: number[]];

export class Winsock implements IoCompletion {
  private startups = 0;
  private readonly sockets = new Map<number, Socket>();
  private readonly events = new Map<number, EventObject>();
  /** Objects the guest runtime owns (files, find searches): the table only says which kind and which guest value. */
  private readonly guestObjects = new Map<number, { kind: number; value: number }>();
  /** Completion routines waiting for an alertable wait. */
  readonly apcs = new ApcQueue();
  /** The thread's message queue (GetMessage, PostMessage, SetTimer, WSAAsyncSelect). */
  readonly messages = new MessageQueue();
  /** The ABI's writer of WSAOVERLAPPED results, run first at every completion. */
  onComplete: ((req: OverlappedRequest) => void) | undefined;
  /** Closed sockets whose data may still be on its way out. */
  private readonly closing = new Set<Socket>();
  /** Windows SOCKET values are multiples of 4; start well away from 0. */
  private nextHandle = 0x100;

  /** `connectTimeout`: ms before a TCP connect fails with WSAETIMEDOUT (default: Windows' 21 s; 0: the system's). */
  constructor(readonly net: Network, private readonly defaults: { connectTimeout?: number } = {}) {}

  get started(): boolean { return this.startups > 0; }

  startup(): void { this.startups++; }

  /** WSACleanup: the last one closes every socket, as on Windows. */
  cleanup(): Outcome {
    if (this.startups === 0) return fail('ENOTINITIALISED');
    if (--this.startups === 0) {
      for (const h of [...this.sockets.keys()]) void this.close(h);
    }
    return 0;
  }

  private newHandle(): number {
    let h = this.nextHandle;
    while (this.sockets.has(h) || this.events.has(h) || this.guestObjects.has(h)) h = (h + 4) >>> 0 || 0x100;
    this.nextHandle = (h + 4) >>> 0;
    return h;
  }

  private add(s: Socket): number {
    const h = this.newHandle();
    s.handle = h;
    s.io = this;
    this.sockets.set(h, s);
    return h;
  }

  /** "At completion Internal/InternalHigh are filled, then the event is signalled or the routine queued." */
  complete(owner: object, req: OverlappedRequest): void {
    this.onComplete?.(req);
    if (req.routine) {
      this.apcs.push({
        routine: req.routine,
        error: isFailure(req.result) ? req.result : undefined,
        transferred: transferred(req),
        overlapped: req.overlapped,
        flags: 0,
        owner,
      });
    } else {
      req.event?.set();
    }
  }

  createEvent(manualReset: boolean, signaled: boolean): number {
    const h = this.newHandle();
    this.events.set(h, new EventObject(manualReset, signaled));
    return h;
  }
  event(handle: number): EventObject | CoreError {
    return this.events.get(handle >>> 0) ?? fail('INVALID_HANDLE');
  }
  closeEvent(handle: number): boolean {
    return this.events.delete(handle >>> 0);
  }

  /** A handle for an object the guest runtime keeps itself (wasm/runtime/kernel32_file.c): same table, same values. */
  newGuestHandle(kind: number, value: number): number {
    const h = this.newHandle();
    this.guestObjects.set(h, { kind, value });
    return h;
  }
  /** The guest's value behind a handle of that kind, or undefined. */
  guestValue(handle: number, kind: number): number | undefined {
    const o = this.guestObjects.get(handle >>> 0);
    return o && o.kind === kind ? o.value : undefined;
  }
  isGuestHandle(handle: number): boolean { return this.guestObjects.has(handle >>> 0); }
  /** Is this a window (wasm/runtime/user32_window.c made it and has not destroyed it)? */
  isWindow(handle: number): boolean { return this.guestValue(handle, GUEST_KIND.WINDOW) !== undefined; }
  freeGuestHandle(handle: number, kind: number): boolean {
    if (this.guestValue(handle, kind) === undefined) return false;
    // A window destroyed takes its timers and the messages posted to it, as Windows' does.
    if (kind === GUEST_KIND.WINDOW) this.messages.dropWindow(handle);
    return this.guestObjects.delete(handle >>> 0);
  }

  /** socket()/WSASocket(): family 4 or 6, Windows type and protocol numbers. */
  socket(family: 4 | 6, type: number, protocol: number): Outcome {
    if (type === SOCK_STREAM) {
      if (protocol !== 0 && protocol !== IPPROTO_TCP) return fail('EPROTONOSUPPORT');
      const s = new StreamSocket(this.net, family, IPPROTO_TCP);
      if (this.defaults.connectTimeout !== undefined) s.options.connectTimeout = this.defaults.connectTimeout;
      return this.add(s);
    }
    if (type === SOCK_DGRAM) {
      if (protocol !== 0 && protocol !== IPPROTO_UDP) return fail('EPROTONOSUPPORT');
      return this.add(new DatagramSocket(this.net, family, IPPROTO_UDP));
    }
    return fail('ESOCKTNOSUPPORT');
  }

  get(handle: number): Socket | CoreError {
    return this.sockets.get(handle >>> 0) ?? fail('ENOTSOCK');
  }

  accept(listener: StreamSocket): MaybeAsync {
    return listener.accept((s) => this.add(s));
  }

  close(handle: number): MaybeAsync {
    const s = this.sockets.get(handle >>> 0);
    if (!s) return fail('ENOTSOCK');
    this.sockets.delete(handle >>> 0);
    this.closing.add(s);
    void s.flushed().then(() => this.closing.delete(s));
    return s.close();
  }

  /**
   * When the program exits: wait (at most `timeoutMs`) until the data of every socket,
   * open or closed, has left, as the OS would still send it after a Windows process exits.
   */
  async flushAll(timeoutMs: number): Promise<void> {
    const all = [...this.sockets.values(), ...this.closing].map((s) => s.flushed());
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      Promise.all(all),
      new Promise<void>((r) => { timer = setTimeout(r, timeoutMs); }),
    ]);
    clearTimeout(timer);
  }

  /**
   * select(): wait until a socket in the sets is ready or the timeout passes
   * (timeoutMs < 0: forever). `done` receives the ready subsets before the count is returned.
   */
  select(sets: SelectSets, timeoutMs: number, done: (ready: SelectSets) => void): MaybeAsync {
    const socks: Socket[][] = [];
    for (const set of sets) {
      const list: Socket[] = [];
      for (const h of set) {
        const s = this.get(h);
        if (isFailure(s)) return s;
        list.push(s);
      }
      socks.push(list);
    }
    const total = sets[0].length + sets[1].length + sets[2].length;
    if (total === 0) return fail('EINVAL'); // Windows: at least one set must hold a socket
    const check = (): Outcome | undefined => {
      const ready: SelectSets = [[], [], []];
      let n = 0;
      socks[0].forEach((s, i) => { if (s.closed || s.readable()) { ready[0].push(sets[0][i]); n++; } });
      socks[1].forEach((s, i) => { if (!s.closed && s.writable()) { ready[1].push(sets[1][i]); n++; } });
      socks[2].forEach((s, i) => {
        if (!s.closed && s.excepted()) {
          ready[2].push(sets[2][i]);
          n++;
        }
      });
      if (n === 0) return undefined;
      done(ready);
      return n;
    };
    const now = check();
    if (now !== undefined) return now;
    const empty = (): Outcome => { done([[], [], []]); return 0; };
    if (timeoutMs === 0) return empty();
    const sources = [...new Set(socks.flat())].map((s) => s.ready);
    return waitFor(sources, check, timeoutMs, empty);
  }

  /** FIONREAD. */
  pending(s: Socket): number { return s.pendingBytes(); }
}

/** Bytes an overlapped request moved: a truncated datagram still filled the buffer. */
export function transferred(req: OverlappedRequest): number {
  if (!isFailure(req.result)) return req.result;
  return req.result.code === 'EMSGSIZE' ? req.iov.total : 0;
}
