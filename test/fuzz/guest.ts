// The fuzzer's guest: a real WebAssembly.Memory, a WinsockHost on the real Node network,
// and every import called the way a wasm guest calls it (i32 arguments), with the
// invariants of DESIGN.md rule 6 checked after each call.
import { WSA } from '../../host/abi/constants.js';
import { IMPORTS, type ImportSpec } from '../../host/abi/imports.js';
import type { Suspender } from '../../host/guests/suspender.js';
import { WinsockHost } from '../../host/instance.js';
import type { Network, StreamEvents } from '../../host/core/transport.js';
import { nodeNetwork } from '../../host/transports/node.js';

/** The core socket behind each Node socket the host made, to name the owner of a leaked one. */
export const OWNERS = new WeakMap<object, { events: StreamEvents; how: string; seed: number }>();

/** nodeNetwork(), remembering which core socket each Node socket belongs to. */
function recordingNetwork(seed: number): Network {
  const n = nodeNetwork();
  const connect = n.connect;
  const listen = n.listen;
  n.connect = (remote, local, events) => {
    const c = connect(remote, local, events);
    const s = (c as unknown as { s?: object }).s;
    if (s) OWNERS.set(s, { events, how: `connect to ${remote.address}:${remote.port}`, seed });
    return c;
  };
  n.listen = (local, backlog, opts, events) => listen(local, backlog, opts, {
    onError: (code) => events.onError(code),
    onConnection: (inc) => events.onConnection({
      refuse: () => inc.refuse(),
      attach: (ev) => {
        const c = inc.attach(ev);
        const s = (c as unknown as { s?: object }).s;
        if (s) OWNERS.set(s, { events: ev, how: `accepted on port ${local.port}`, seed });
        return c;
      },
    }),
  });
  return n;
}

/** [start, end) in guest memory. */
export type Range = readonly [number, number];

/** Every code a failing call may leave as the last error (WSAENETDOWN is this host's own internal error). */
export const DOCUMENTED_ERRORS: ReadonlySet<number> = new Set<number>([
  ...Object.values(WSA).filter((c) => c !== WSA.NOERROR && c !== WSA.WSAENETDOWN),
  50, // ERROR_NOT_SUPPORTED (named events)
  998, // ERROR_NOACCESS
  1168, // ERROR_NOT_FOUND (CancelIoEx)
]);

/** What a failure looks like in each import's return value. */
type RetKind = 'int' | 'sock' | 'bool' | 'handle' | 'wait' | 'code' | 'void' | 'i64' | 'any';
const RET: Record<string, RetKind> = {
  WSAStartup: 'code', WSACleanup: 'int', WSAGetLastError: 'any', WSASetLastError: 'void',
  socket: 'sock', WSASocketA: 'sock', WSASocketW: 'sock', accept: 'sock',
  WSACreateEvent: 'handle', CreateEventA: 'handle', CreateEventW: 'handle',
  WSACloseEvent: 'bool', WSASetEvent: 'bool', WSAResetEvent: 'bool', WSAGetOverlappedResult: 'bool',
  CloseHandle: 'bool', SetEvent: 'bool', ResetEvent: 'bool', CancelIo: 'bool', CancelIoEx: 'bool',
  QueryPerformanceCounter: 'bool', QueryPerformanceFrequency: 'bool',
  WSAWaitForMultipleEvents: 'wait', WaitForSingleObject: 'wait', WaitForSingleObjectEx: 'wait',
  WaitForMultipleObjects: 'wait', WaitForMultipleObjectsEx: 'wait', SleepEx: 'wait', Sleep: 'any',
  GetLastError: 'any', SetLastError: 'void', GetTickCount: 'any', GetTickCount64: 'i64', apc_next: 'any',
  freeaddrinfo: 'void',
};
const retKind = (name: string): RetKind => RET[name] ?? 'int';

/** Calls that read or write the last error itself: it is not poisoned before them. */
const LAST_ERROR_CALLS = new Set(['WSAGetLastError', 'WSASetLastError', 'GetLastError', 'SetLastError']);
/** Put in the last error before each call: a failing call that leaves it there set no error at all. */
const POISON = 0x0badf00d;

export const HANG_MS = 3000;
/** Calls shown with a failure (WINSOCK_FUZZ_HISTORY=n for more). */
const HISTORY = Number(process.env.WINSOCK_FUZZ_HISTORY ?? 24);
/** WINSOCK_FUZZ_TRACE=1: every call as it completes, on stdout. */
const TRACE = !!process.env.WINSOCK_FUZZ_TRACE;
export const WAIT_IO_COMPLETION = 192;

/** What the test process saw outside the call results. */
export interface SideChannels {
  stderr: string[];
  warnings: string[];
  uncaught: string[];
}

export class FuzzFailure extends Error {}

export interface CallResult {
  /** The value as the wasm guest sees it (i32; i64 as a number). */
  r: number;
  /** The last error after the call. */
  err: number;
  failed: boolean;
  ms: number;
  /** The call suspended (returned a promise). */
  waited: boolean;
}

/** A pending operation that may still write guest memory. */
interface Writer { label: string; ranges: Range[]; live: () => boolean }

/** Calls by import and outcome, over every seed of the process (WINSOCK_FUZZ_STATS=1 prints them). */
export const STATS = new Map<string, Map<string, number>>();
function count(name: string, outcome: string): void {
  let m = STATS.get(name);
  if (!m) STATS.set(name, (m = new Map()));
  m.set(outcome, (m.get(outcome) ?? 0) + 1);
}

const fmt = (v: number) => (v >= -4096 && v < 0x10000 ? String(v) : '0x' + (v >>> 0).toString(16));

export class Guest {
  readonly memory = new WebAssembly.Memory({ initial: 2, maximum: 8 });
  readonly host: WinsockHost;
  private readonly fns = new Map<string, { fn: (...a: number[]) => unknown; spec: ImportSpec }>();
  private shadow: Uint8Array;
  private readonly history: string[] = [];
  private readonly writers = new Set<Writer>();
  private seen = { stderr: 0, warnings: 0, uncaught: 0 };
  step = 0;
  depth = 0;

  constructor(readonly seed: number, private readonly io: SideChannels) {
    this.host = new WinsockHost({ network: recordingNetwork(seed) });
    this.host.attach(() => this.memory, () => ({ malloc: () => 0, free: () => {} }));
    // A guest with one thread: a call that waits hands back its promise and the driver awaits it.
    const direct: Suspender = { wrap: (f) => f as never };
    const objs = this.host.imports(direct) as unknown as Record<string, Record<string, (...a: number[]) => unknown>>;
    for (const spec of IMPORTS) this.fns.set(spec.name, { fn: objs[spec.module][spec.name], spec });
    this.shadow = new Uint8Array(this.memory.buffer.byteLength);
    this.seen = { stderr: io.stderr.length, warnings: io.warnings.length, uncaught: io.uncaught.length };
  }

  // ---- memory, written through to the shadow copy ------------------------------------
  get size(): number { return this.memory.buffer.byteLength; }
  private get u8v(): Uint8Array { return new Uint8Array(this.memory.buffer); }
  private get dv(): DataView { return new DataView(this.memory.buffer); }
  u8(p: number): number { return this.u8v[p >>> 0]; }
  u16(p: number): number { return this.dv.getUint16(p >>> 0, true); }
  u32(p: number): number { return this.dv.getUint32(p >>> 0, true); }
  i32(p: number): number { return this.dv.getInt32(p >>> 0, true); }
  bytes(p: number, n: number): Uint8Array { return this.u8v.slice(p >>> 0, (p >>> 0) + n); }
  w8(p: number, v: number): void { this.dv.setUint8(p, v); this.shadow[p] = v & 0xff; }
  w16(p: number, v: number): void { this.dv.setUint16(p, v, true); this.shadow.set(this.u8v.subarray(p, p + 2), p); }
  w32(p: number, v: number): void { this.dv.setUint32(p, v >>> 0, true); this.shadow.set(this.u8v.subarray(p, p + 4), p); }
  wbytes(p: number, b: ArrayLike<number>): void { this.u8v.set(b, p); this.shadow.set(b, p); }
  fill(p: number, n: number, v = 0): void { this.u8v.fill(v, p, p + n); this.shadow.fill(v, p, p + n); }
  /** memory.grow, as the guest's malloc would. */
  grow(pages: number): boolean {
    const max = 8 * 65536;
    if (this.size + pages * 65536 > max) return false;
    this.memory.grow(pages);
    const s = new Uint8Array(this.size);
    s.set(this.shadow);
    this.shadow = s;
    this.log(`memory.grow(${pages}) -> ${this.size} bytes`);
    return true;
  }

  // ---- pending writers ---------------------------------------------------------------
  /** An operation that may write `ranges` until `live()` turns false. */
  addWriter(label: string, ranges: Range[], live: () => boolean): void {
    this.writers.add({ label, ranges, live });
  }

  // ---- reports -------------------------------------------------------------------------
  log(line: string): void {
    this.history.push(`${String(this.step).padStart(4)} ${'  '.repeat(this.depth)}${line}`);
    if (this.history.length > HISTORY + 40) this.history.shift();
    if (TRACE && !line.endsWith(' ...')) process.stdout.write(`[seed ${this.seed}] ${this.history[this.history.length - 1]}\n`);
  }
  fail(msg: string): never {
    throw new FuzzFailure(
      `seed ${this.seed}: ${msg}\n  replay: WINSOCK_FUZZ_SEED=${this.seed} npx vitest run test/unit/fuzz.test.ts\n  last calls:\n` +
      this.history.slice(-HISTORY).map((l) => '    ' + l).join('\n'),
    );
  }

  /** Output the host must never produce: "internal error" lines, Node warnings, uncaught exceptions. */
  checkSideChannels(where: string): void {
    const err = this.io.stderr.slice(this.seen.stderr).join('');
    this.seen.stderr = this.io.stderr.length;
    if (/internal error/.test(err)) this.fail(`${where}: the host reported an internal error:\n${indent(err)}`);
    const w = this.io.warnings.slice(this.seen.warnings);
    this.seen.warnings = this.io.warnings.length;
    if (w.length) this.fail(`${where}: Node emitted a warning: ${w.join(' | ')}`);
    const u = this.io.uncaught.slice(this.seen.uncaught);
    this.seen.uncaught = this.io.uncaught.length;
    if (u.length) this.fail(`${where}: an exception escaped into the event loop:\n${indent(u.join('\n'))}`);
  }

  /**
   * Every byte that changed since the last check lies in `allowed` or in a range a
   * pending operation may write; then the shadow catches up.
   */
  checkMemory(where: string, allowed: readonly Range[]): void {
    const buf = this.memory.buffer;
    if (buf.byteLength !== this.shadow.length) this.fail(`${where}: memory changed size behind the guest's back (${this.shadow.length} -> ${buf.byteLength})`);
    const now = new Uint32Array(buf);
    const was = new Uint32Array(this.shadow.buffer, 0, now.length);
    const all: Range[] = [...allowed];
    for (const w of this.writers) all.push(...w.ranges);
    const bad: string[] = [];
    let changed = false;
    for (let i = 0; i < now.length; i++) {
      if (now[i] === was[i]) continue;
      changed = true;
      for (let b = 0; b < 4; b++) {
        const p = i * 4 + b;
        const nb = (now[i] >>> (8 * b)) & 0xff;
        const ob = (was[i] >>> (8 * b)) & 0xff;
        if (nb === ob) continue;
        if (all.some(([s, e]) => p >= s && p < e)) continue;
        if (bad.length < 8) bad.push(`0x${p.toString(16)}: ${ob} -> ${nb}`);
      }
    }
    if (changed) this.shadow.set(new Uint8Array(buf));
    if (bad.length) {
      this.fail(`${where}: wrote guest memory outside the buffers it was given: ${bad.join(', ')}\n    allowed: ${all.map(([s, e]) => `[0x${s.toString(16)},0x${e.toString(16)})`).join(' ') || 'none'}`);
    }
    for (const w of this.writers) if (!w.live()) this.writers.delete(w);
  }

  /** Let the event loop run outside any call (peers act meanwhile); checks what happened then. */
  async idle(ms: number, why: string): Promise<void> {
    await new Promise((r) => setTimeout(r, ms));
    this.checkSideChannels(`while idle (${why})`);
    this.checkMemory(`while idle (${why})`, []);
  }

  // ---- calls ---------------------------------------------------------------------------------
  /**
   * Call one import as the wasm guest would, await it if it suspends (bounded), and check:
   * a number back (of the kind the signature says), no exception, nothing on stderr, the last
   * error of a failure a documented code, no memory written outside `writes` and pending operations.
   */
  async call(name: string, args: number[], writes: readonly Range[] = [], note = ''): Promise<CallResult> {
    const e = this.fns.get(name);
    if (!e) throw new Error(`no import ${name}`);
    const a = args.map((x) => x | 0); // wasm passes i32
    const line = `${name}(${a.map(fmt).join(', ')})${note ? ' ' + note : ''}`;
    this.log(line + ' ...');
    const at = this.history.length - 1;
    this.step++;
    const kind = retKind(name);
    if (!LAST_ERROR_CALLS.has(name)) this.host.ws2_32.lastError = POISON;
    const t0 = performance.now();
    let r: unknown;
    try {
      r = e.fn(...a);
    } catch (x) {
      this.fail(`${line} threw into the guest: ${(x as Error)?.stack ?? x}`);
    }
    let waited = false;
    if (r instanceof Promise) {
      waited = true;
      if (!e.spec.suspends) this.fail(`${line}: ${name} is not a suspending import but returned a promise`);
      r = await this.bounded(r, line);
    }
    const ms = performance.now() - t0;
    const err = this.host.ws2_32.lastError;
    let v: number;
    if (kind === 'void') {
      if (r !== undefined) this.fail(`${line} returned ${String(r)} where the signature is void`);
      v = 0;
    } else if (kind === 'i64') {
      if (typeof r !== 'bigint') this.fail(`${line} returned ${typeof r}, not a bigint`);
      v = Number(r);
    } else {
      if (typeof r !== 'number' || !Number.isInteger(r) || r < -0x80000000 || r > 0xffffffff) {
        this.fail(`${line} returned ${typeof r} ${String(r)}, not a 32-bit integer`);
      }
      v = r | 0;
    }
    let failed = false;
    switch (kind) {
      case 'int': failed = v === -1; if (v < -1) this.fail(`${line} returned ${v}`); break;
      case 'sock':
        failed = v === -1;
        if (!failed && (v <= 0 || v % 4 !== 0)) this.fail(`${line} returned ${v}: not a SOCKET value`);
        break;
      case 'bool': failed = v === 0; if (v !== 0 && v !== 1) this.fail(`${line} returned ${v}, not TRUE or FALSE`); break;
      case 'handle': failed = v === 0; break;
      case 'wait': failed = v === -1; break;
      case 'code':
        if (v !== 0 && !DOCUMENTED_ERRORS.has(v)) this.fail(`${line} returned ${v}: not a documented error code`);
        break;
    }
    const shown = kind === 'code' || kind === 'any' || kind === 'void' ? '' : failed ? ` [${err === POISON ? 'no error set' : err}]` : '';
    this.history[at] = `${String(this.step - 1).padStart(4)} ${'  '.repeat(this.depth)}${line} = ${kind === 'void' ? 'void' : fmt(v)}${shown}${waited ? ` (waited ${ms.toFixed(0)} ms)` : ''}`;
    if (TRACE) process.stdout.write(`[seed ${this.seed}] ${this.history[at]}\n`);
    count(name, failed ? `E${err}` : waited ? 'ok/waited' : 'ok');
    this.checkSideChannels(line);
    if (failed && kind !== 'code') {
      if (err === POISON) this.fail(`${line} failed without setting the last error`);
      if (err === WSA.WSAENETDOWN) this.fail(`${line} failed with WSAENETDOWN, the host's internal-error code`);
      if (!DOCUMENTED_ERRORS.has(err)) this.fail(`${line} failed with last error ${err}: not a documented code`);
    }
    this.checkMemory(line, writes);
    return { r: v, err, failed, ms, waited };
  }

  private bounded<T>(p: Promise<T>, line: string): Promise<T> {
    let t: ReturnType<typeof setTimeout> | undefined;
    const hang = new Promise<never>((_, reject) => {
      t = setTimeout(() => reject(new FuzzFailure('hang')), HANG_MS);
    });
    return Promise.race([p, hang]).then(
      (v) => { clearTimeout(t); return v; },
      (x) => {
        clearTimeout(t);
        if (x instanceof FuzzFailure) this.fail(`${line} did not settle within ${HANG_MS} ms (a wait that should have ended)`);
        this.fail(`${line}: its promise rejected: ${(x as Error)?.stack ?? x}`);
      },
    );
  }
}

function indent(s: string): string {
  return s.split('\n').slice(0, 12).map((l) => '      ' + l).join('\n');
}
