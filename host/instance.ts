// A Winsock host for one guest instance: the ws2_32, kernel32 and user32 import objects
// over the guest's memory, backed by a Network.
import { IMPORTS, type ImportSpec } from './abi/imports.js';
import { Kernel32, WinsockWasm } from './abi/kernel32.js';
import { User32 } from './abi/user32.js';
import { GuestMemory, type GuestAllocator } from './abi/memory.js';
import { describeCall, traced } from './abi/trace.js';
import { Ws2_32 } from './abi/ws2_32.js';
import { WSA } from './abi/constants.js';
import { Winsock } from './core/winsock.js';
import type { Network } from './core/transport.js';
import type { MaybeWaiting, Suspender } from './guests/suspender.js';

export interface HostOptions {
  network: Network;
  /** true: trace to stderr; a function: trace lines go there. */
  trace?: boolean | ((line: string) => void);
  /** ms before a TCP connect fails with WSAETIMEDOUT; default Windows' 21 s, 0 as long as the system tries. */
  connectTimeoutMs?: number;
  /**
   * What descriptors 0-2 are, as GetFileType answers (FILE_TYPE_DISK 1, CHAR 2, PIPE 3): Emscripten
   * shows them to the guest as terminals whatever they are. Default: a character device (the page's output).
   */
  stdioType?: (fd: number) => number;
  /** GetModuleFileName(NULL): the program's path (Node: its launcher, resolved). Default: none (an empty name). */
  programPath?: string;
  /** GetUserName: the user the program runs as (Node: os.userInfo().username, else $USER). Default: "user". */
  userName?: string;
}

type ImportObject = Record<string, (...a: never[]) => unknown>;

export class WinsockHost {
  readonly winsock: Winsock;
  readonly memory: GuestMemory;
  readonly ws2_32: Ws2_32;
  readonly kernel32: Kernel32;
  readonly user32: User32;
  readonly winsockWasm: WinsockWasm;
  private getMemory: (() => WebAssembly.Memory) | undefined;
  private getAllocator: (() => GuestAllocator) | undefined;

  constructor(private readonly opts: HostOptions) {
    this.winsock = new Winsock(opts.network, { connectTimeout: opts.connectTimeoutMs });
    this.memory = new GuestMemory(() => {
      if (!this.getMemory) throw new Error('winsock-wasm: guest memory is not attached yet');
      return this.getMemory();
    });
    this.ws2_32 = new Ws2_32(this.memory, this.winsock, () => {
      if (!this.getAllocator) throw new Error('winsock-wasm: the guest exports no malloc/free');
      return this.getAllocator();
    });
    this.kernel32 = new Kernel32(this.memory, this.ws2_32);
    this.user32 = new User32(this.memory, this.ws2_32);
    this.winsockWasm = new WinsockWasm(this.ws2_32, this.memory, opts.stdioType, opts.programPath, opts.userName);
  }

  /** Attach the guest once instantiated: its memory and its allocator (exports malloc/free). */
  attach(memory: () => WebAssembly.Memory, allocator: () => GuestAllocator): void {
    this.getMemory = memory;
    this.getAllocator = allocator;
  }

  /** The import objects, keyed by module name, for WebAssembly.instantiate. */
  imports(suspender: Suspender): { ws2_32: ImportObject; kernel32: ImportObject; user32: ImportObject; winsock_wasm: ImportObject } {
    const out = { ws2_32: {} as ImportObject, kernel32: {} as ImportObject, user32: {} as ImportObject, winsock_wasm: {} as ImportObject };
    const targets = { ws2_32: this.ws2_32, kernel32: this.kernel32, user32: this.user32, winsock_wasm: this.winsockWasm };
    const trace = this.opts.trace === true
      ? (line: string) => process.stderr.write(`[winsock] ${line}\n`)
      : typeof this.opts.trace === 'function' ? this.opts.trace : undefined;
    for (const spec of IMPORTS) {
      const target = targets[spec.module];
      const method = (target as unknown as Record<string, (...a: number[]) => unknown>)[spec.name];
      if (typeof method !== 'function') throw new Error(`winsock-wasm: no implementation for ${spec.module}.${spec.name}`);
      let f = guarded(spec.name, method, target, this.ws2_32);
      if (trace) f = traced(spec.module, spec.name, f, this.memory, this.ws2_32, trace);
      out[spec.module][spec.name] = spec.suspends ? suspender.wrap(this.suspending(spec, f as MaybeWaiting)) : f;
    }
    return out;
  }

  /** When the guest last let the event loop run (it waited, or was made to yield). */
  private lastTurn = performance.now();

  /** The call the guest is suspended in, while it waits: what a stalled program is reported as waiting in. */
  waiting: { spec: ImportSpec; args: number[] } | undefined;

  /** The call the guest waits in, decoded as the trace shows it; undefined while it runs. */
  describeWait(): string | undefined {
    const w = this.waiting;
    return w && describeCall(w.spec.module, w.spec.name, w.args, this.memory);
  }

  /**
   * An import that may wait. While its promise is pending the guest is suspended in it
   * (`waiting`). And a guest that polls (a non-blocking recv until it stops failing with
   * WSAEWOULDBLOCK, select or WSAPoll with a zero timeout, Sleep(0)) never waits, so the
   * event loop that would bring its data never runs. On Windows the data arrives meanwhile;
   * here such an "idle" answer lets the event loop turn once (setImmediate) if it has not
   * run for YIELD_AFTER_MS. A call that has something to report still returns at once.
   */
  private suspending(spec: ImportSpec, f: MaybeWaiting): MaybeWaiting {
    const idle = IDLE_ANSWER[spec.name];
    const ws2 = this.ws2_32;
    const resumed = (v: number) => { this.waiting = undefined; this.lastTurn = performance.now(); return v; };
    return (a0, a1, a2, a3, a4, a5, a6, a7, a8) => {
      const r = f(a0, a1, a2, a3, a4, a5, a6, a7, a8);
      if (typeof r !== 'number') {
        this.waiting = { spec, args: [a0, a1, a2, a3, a4, a5, a6, a7, a8] };
        return r.then(resumed);
      }
      if (!idle || !idle(r, ws2.lastError) || performance.now() - this.lastTurn < YIELD_AFTER_MS) return r;
      return new Promise<number>((resolve) => setImmediate(() => resolve(resumed(r))));
    };
  }
}

const YIELD_AFTER_MS = 4;
const wouldBlock = (r: number, err: number) => r === -1 && (err === WSA.WSAEWOULDBLOCK || err === WSA.WSA_IO_INCOMPLETE);
/** Per import: does this answer mean "nothing yet"? */
const IDLE_ANSWER: Record<string, (r: number, lastError: number) => boolean> = {
  recv: wouldBlock, recvfrom: wouldBlock, WSARecv: wouldBlock, WSARecvFrom: wouldBlock,
  send: wouldBlock, sendto: wouldBlock, WSASend: wouldBlock, WSASendTo: wouldBlock,
  accept: wouldBlock, connect: wouldBlock,
  WSAGetOverlappedResult: (r, e) => r === 0 && e === WSA.WSA_IO_INCOMPLETE,
  select: (r) => r === 0, WSAPoll: (r) => r === 0,
  WSAWaitForMultipleEvents: (r) => r === 258, WaitForSingleObject: (r) => r === 258, WaitForSingleObjectEx: (r) => r === 258,
  WaitForMultipleObjects: (r) => r === 258, WaitForMultipleObjectsEx: (r) => r === 258,
  Sleep: () => true, SleepEx: (r) => r === 0,
  PeekMessageW: (r) => r === 0, MsgWaitForMultipleObjectsEx: (r) => r === 258,
};

/**
 * A host bug must not take the guest down with a JS exception: report it on
 * stderr and fail the call with WSAENETDOWN (the subsystem failed).
 */
function guarded(name: string, f: (...a: number[]) => unknown, self: object, ws2: Ws2_32): (...a: number[]) => unknown {
  const failed = (e: unknown) => {
    process.stderr.write(`winsock-wasm: internal error in ${name}: ${(e as Error)?.stack ?? e}\n`);
    ws2.lastError = WSA.WSAENETDOWN;
    return -1;
  };
  return (a0: number, a1: number, a2: number, a3: number, a4: number, a5: number, a6: number, a7: number, a8: number) => {
    try {
      const r = f.call(self, a0, a1, a2, a3, a4, a5, a6, a7, a8);
      return r instanceof Promise ? r.catch(failed) : r;
    } catch (e) {
      return failed(e);
    }
  };
}
