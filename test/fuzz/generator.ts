// The stateful fuzzer: one seed is one guest (a fresh WinsockHost over a fresh memory)
// driven through a random sequence of imports on live, closed and reused handles, with
// hostile memory, real loopback peers, overlapped I/O with events and completion routines,
// and the invariants of guest.ts checked after every call.
//
// Waits are bounded by construction: before a call that could wait, the generator looks
// at the host's state (as a guest knows what it set and what it has read) and makes the
// call only if Windows would end the wait soon: data or a connection is there, a timeout
// is set, the socket is non-blocking, a peer that reads is on the other end, or a
// datagram is on its way. A call that still does not settle within HANG_MS is a defect.
import net from 'node:net';
import { FIONBIO, FIONREAD, SIOCATMARK, SO, SOL_SOCKET, IPPROTO_TCP, IPPROTO_IPV6, TCP_NODELAY, IPV6_V6ONLY, WSA } from '../../host/abi/constants.js';
import { isFailure } from '../../host/core/errors.js';
import { DOCUMENTED_ERRORS, Guest, OWNERS, WAIT_IO_COMPLETION, type CallResult, type Range, type SideChannels } from './guest.js';
import { Peers, type ClientKind, type ServerKind } from './peers.js';
import { Rng } from './rng.js';

// ---- guest memory layout -------------------------------------------------------------
const APC_REC = 0x100; // one 20-byte record per nesting depth, 32 apart
const WSADATA_AT = 0x200; // 400 bytes
const SENT_SA = 0x400; // the sentinel's own structures
const SENT_OPT = 0x420;
const SENT_TX = 0x1000;
const SENT_RX = 0x1800;
const SENT_MAX = 0x800;
const OV_BASE = 0x2000; // WSAOVERLAPPED slots
const OV_SLOTS = 128;
const OV_STRIDE = 32;
const SCRATCH = 0x3000; // structures for one action
const SCRATCH_END = 0x6000;
const PERSIST = 0x6000; // structures a pending operation keeps using (from, fromlen)
const PERSIST_END = 0x8000;
const DATA = 0x8000; // buffers, to the end of memory

// ---- Win32 numbers ---------------------------------------------------------------------
const AF_INET = 2;
const AF_INET6 = 23;
const STATUS_PENDING = 0x103;
const INFINITE = 0xffffffff;
const WAIT_TIMEOUT = 258;
const MSG_OOB = 1, MSG_PEEK = 2, MSG_DONTROUTE = 4, MSG_WAITALL = 8, MSG_PARTIAL = 0x8000;
const POLLRDNORM = 0x100, POLLRDBAND = 0x200, POLLWRNORM = 0x10, POLLERR = 1, POLLHUP = 2, POLLNVAL = 4, POLLPRI = 0x400;
const E = WSA;

/** Completion routines are guest function pointers; these stand for guest routines emulated in JS. */
const ROUTINE = { noop: 0x11, recv: 0x12, send: 0x13, close: 0x14, sleep: 0x15, cancel: 0x16, grow: 0x17, wait: 0x18 } as const;
const ROUTINE_NAME = new Map<number, string>(Object.entries(ROUTINE).map(([k, v]) => [v, k]));

type PeerKind = ServerKind | 'guest' | 'client' | 'refused' | 'udp' | 'self' | 'unknown';

interface SockM {
  h: number;
  type: number;
  family: 4 | 6;
  peer?: PeerKind;
  clientKind?: ClientKind;
  /** The other end when it is a guest socket too. */
  pair?: number;
  /** shutdown() was called, or the fuzzer made the peer misbehave: no end-of-seed audit. */
  tainted: boolean;
  sentinel?: boolean;
}

interface Op {
  id: number;
  kind: 'send' | 'recv';
  h: number;
  ov: number;
  routine: number;
  event: number;
  total: number;
  /** What a receive may fill. */
  ranges: Range[];
  /** The host's request object (done, result). */
  req: { done: boolean; result: unknown } | undefined;
  delivered: number;
  /** Its WSAOVERLAPPED was shared with another operation or lies outside the slots. */
  shared: boolean;
  step: number;
}

interface Buf { ptr: number; len: number; bad: boolean }

export interface SeedOptions {
  seed: number;
  steps: number;
  peers: Peers;
  io: SideChannels;
}

export async function runSeed(o: SeedOptions): Promise<void> {
  const f = new Fuzzer(o);
  let primary: unknown;
  try {
    await f.run();
  } catch (e) {
    primary = e;
  }
  try {
    await f.teardown(primary === undefined);
  } catch (e) {
    primary ??= e;
  }
  if (primary !== undefined) throw primary;
}

class Fuzzer {
  readonly g: Guest;
  readonly rng: Rng;
  readonly peers: Peers;
  private readonly socks = new Map<number, SockM>();
  private closed: number[] = [];
  private readonly events = new Map<number, { manual: boolean }>();
  private closedEvents: number[] = [];
  private readonly ops: Op[] = [];
  private readonly slotUsers = new Map<number, Op[]>();
  /** The operation posted last with each WSAOVERLAPPED. */
  private readonly slotLast = new Map<number, number>();
  /** Slots a receive buffer has covered: their contents are data, not status. */
  private readonly taintedSlots = new Set<number>();
  private nextOp = 1;
  private startups = 0;
  private sentinel: number | undefined;
  private scratch = SCRATCH;
  private persist = PERSIST;
  /** Sockets whose completion routine is running (outermost first). */
  private readonly running: number[] = [];
  private baseline = new Map<string, number>();
  /** This step passes hostile arguments (otherwise arguments are valid, the handle aside). */
  private evil = false;

  constructor(private readonly o: SeedOptions) {
    this.g = new Guest(o.seed, o.io);
    this.rng = new Rng(o.seed * 2654435761);
    this.peers = o.peers;
  }

  // ---- running -------------------------------------------------------------------------
  async run(): Promise<void> {
    this.baseline = activeResources();
    const g = this.g;
    // Before WSAStartup every socket call fails with WSANOTINITIALISED.
    const pre = await g.call('socket', [AF_INET, 1, 6]);
    this.expect(pre.failed && pre.err === E.WSANOTINITIALISED, 'socket() before WSAStartup must fail with WSANOTINITIALISED');
    await this.startup(0x0202);
    await this.startup(0x0202); // the sentinel's own reference: random WSACleanup never closes it
    await this.makeSentinel();
    for (let i = 0; i < this.o.steps; i++) {
      this.scratch = SCRATCH;
      this.evil = this.rng.chance(0.35);
      if (i % 12 === 11) await this.sentinelExchange();
      const action = this.rng.weighted(ACTIONS);
      g.log(`-- ${action}${this.evil ? ' (hostile)' : ''}`);
      await (this as unknown as Record<string, () => Promise<void>>)[action]();
    }
    await this.sentinelExchange();
  }

  /** End of a seed: audits, every socket closed, every completion delivered once, the event loop quiet. */
  async teardown(clean: boolean): Promise<void> {
    const g = this.g;
    if (clean) {
      g.log('-- teardown: audits');
      await this.audits();
      g.log('-- teardown: close everything');
      for (const m of [...this.socks.values()]) await this.closeLive(m.h);
      await this.drainApcs();
      this.checkCompletions();
      while (this.startups > 0) {
        const r = await g.call('WSACleanup', []);
        this.expect(!r.failed, 'WSACleanup failed while started');
        this.startups--;
      }
      const after = await g.call('WSACleanup', []);
      this.expect(after.failed && after.err === E.WSANOTINITIALISED, 'WSACleanup after the last one must fail with WSANOTINITIALISED');
      const left = (g.host.winsock as unknown as { sockets?: Map<number, unknown> }).sockets;
      if (left && left.size) g.fail(`${left.size} sockets still in the handle table after the last WSACleanup`);
    } else {
      // After a failure: release what can be released so later seeds start clean.
      try {
        g.host.ws2_32.WSACleanup(); g.host.ws2_32.WSACleanup(); g.host.ws2_32.WSACleanup();
        for (let i = 0; i < 8 && this.startups-- > 0; i++) g.host.ws2_32.WSACleanup();
      } catch { /* the failure is already reported */ }
    }
    this.peers.endSeed();
    if (clean) await this.settled();
  }

  /** No Node handles or timers of this seed are left open (nor keep the event loop alive) 2 s after the end. */
  private async settled(): Promise<void> {
    const t0 = Date.now();
    let extra: string[] = [];
    while (Date.now() - t0 < 2000) {
      const now = activeResources();
      extra = [];
      for (const [k, n] of now) if (n > (this.baseline.get(k) ?? 0)) extra.push(`${k} +${n - (this.baseline.get(k) ?? 0)}`);
      if (extra.length === 0) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    const handles = ((process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? []) as NodeHandle[];
    const udp = handles.filter(isUdp).map((h) => { try { return JSON.stringify(h.address?.()); } catch { return 'unbound'; } });
    const tcp = handles.filter((h) => h instanceof net.Socket).map((h) => {
      const t = h as unknown as net.Socket;
      const o = OWNERS.get(t);
      const core = o?.events as unknown as { handle?: number; state?: string; closed?: boolean } | undefined;
      const owner = o ? `guest socket 0x${(core?.handle ?? 0).toString(16)} of seed ${o.seed} (${o.how}; core state ${core?.state})` : 'no guest socket';
      return `${t.localAddress}:${t.localPort}->${t.remoteAddress}:${t.remotePort} ${t.readyState}${t.pending ? ' pending' : ''}${t.connecting ? ' connecting' : ''}${t.destroyed ? ' destroyed' : ''} writableLength ${t.writableLength}${t.writableEnded ? ' ended' : ''}${t.writableFinished ? ' finished' : ''} [${owner}]`;
    });
    this.g.fail(`2 s after every socket was closed and every peer torn down, Node resources of this seed are still open: ${extra.join(', ')}` +
      `${tcp.length ? `\n    TCP sockets open: ${tcp.join('; ')}` : ''}${udp.length ? `\n    UDP sockets open (the file's own peers included): ${udp.slice(0, 8).join(' ')}${udp.length > 8 ? ` and ${udp.length - 8} more` : ''}` : ''}`);
  }

  // ---- helpers ----------------------------------------------------------------------------
  private expect(cond: boolean, what: string): void {
    if (!cond) this.g.fail(what);
  }
  private core(h: number): any {
    const s = this.g.host.winsock.get(h >>> 0);
    return isFailure(s) ? undefined : s;
  }
  private coreEvent(h: number): any {
    const e = this.g.host.winsock.event(h >>> 0);
    return isFailure(e) ? undefined : e;
  }
  private alloc(n: number, align = 4): number {
    let p = (this.scratch + align - 1) & ~(align - 1);
    if (p + n > SCRATCH_END) p = SCRATCH;
    this.scratch = p + n;
    return p;
  }
  private allocPersist(n: number): number {
    let p = (this.persist + 3) & ~3;
    if (p + n > PERSIST_END) p = PERSIST;
    this.persist = p + n;
    return p;
  }
  private live(filter: (m: SockM) => boolean = () => true): SockM[] {
    return [...this.socks.values()].filter((m) => !m.sentinel && filter(m));
  }
  /** A socket that can move data now: connected stream, bound or connected datagram. */
  private readonly usable = (m: SockM): boolean => {
    const s = this.core(m.h);
    return !!s && (s.type === 1 ? s.state === 'connected' : !!(s.local || s.binding || s.peer));
  };
  private excluded(h: number): boolean { return this.sentinel !== undefined && (h >>> 0) === this.sentinel; }

  /** A handle argument: mostly a live socket, sometimes anything else a buggy program passes. */
  private handle(prefer: (m: SockM) => boolean = () => true): number {
    const r = this.rng;
    const good = this.live(prefer);
    const any = this.live();
    const e = this.evil ? 1 : 0.25;
    const k = r.weighted([[good.length ? 12 : 0, 'good'], [any.length ? 3 : 0, 'any'], [this.closed.length ? 2 * e : 0, 'closed'], [this.events.size ? e : 0, 'event'], [e, 'garbage']] as const);
    let h: number;
    switch (k) {
      case 'good': h = r.pick(good).h; break;
      case 'any': h = r.pick(any).h; break;
      case 'closed': h = r.pick(this.closed); break;
      case 'event': h = r.pick([...this.events.keys()]); break;
      default: h = r.pick([0, 1, -1, 0xfffffffe, 0x7fffffff, 0x100, 0x100 + 4 * r.int(64), 0x101, r.u32()]);
    }
    return this.excluded(h) ? 0xdead : h;
  }

  /** A buffer: inside the data area, or hostile (at/over the end of memory, NULL, huge or negative lengths). */
  private buf(maxLen = 65536, hostile = this.evil ? 0.5 : 0, into: Range[] = []): Buf {
    const r = this.rng;
    const size = this.g.size;
    const lens = [0, 1, 2, 7, 16, 100, 512, 1400, 4096, 16384, 65536, 70000];
    let len = Math.min(r.pick(lens), maxLen);
    if (r.chance(0.3)) len = r.range(0, Math.min(maxLen, 3000));
    if (!r.chance(hostile)) {
      const room = size - DATA - len;
      if (room < 0) len = size - DATA;
      return { ptr: DATA + r.int(Math.max(1, room + 1)), len, bad: false };
    }
    const kind = r.weighted([[3, 'end'], [3, 'past'], [3, 'near'], [2, 'huge'], [1, 'null'], [into.length ? 3 : 0, 'into'], [1, 'low']] as const);
    switch (kind) {
      case 'end': len = Math.max(len, 1); return { ptr: size - len, len, bad: false };
      case 'past': len = Math.max(len, 1); return { ptr: size - len + 1, len, bad: true };
      case 'near': { const k = r.range(1, 16); len = r.range(1, 32); return { ptr: size - k, len, bad: len > k }; }
      case 'huge': { const l = r.pick([0x7fffffff, 0xffffffff, 0x80000000, -1, -16, size, size + 1]); return { ptr: DATA + r.int(64), len: l, bad: true }; }
      case 'null': len = r.pick([0, 1, 100]); return { ptr: 0, len, bad: len > 0 };
      case 'into': { const [s, e] = r.pick(into); const ptr = s + r.int(Math.max(1, e - s)); len = r.range(1, 64); return { ptr, len, bad: ptr + len > size }; }
      default: { const ptr = r.range(1, 0xbf); len = r.range(1, 64); return { ptr, len, bad: false }; }
    }
  }

  /** A WSABUF array (count entries) somewhere: its pointer, count, total, the ranges a receive may fill. */
  private wsabufs(maxTotal: number, into: Range[] = []): { arr: number; count: number; total: number; bad: boolean; ranges: Range[] } {
    const r = this.rng;
    const size = this.g.size;
    const evil = this.evil;
    let count = r.weighted([[2, 1], [3, 2], [2, 3], [1, 5], [1, 16], [evil ? 1 : 0.1, 0], [evil ? 1 : 0, r.pick([0x7fffffff, 0xffffffff, 0x20000000, 0x10000000, 65])]]);
    const entries: Buf[] = [];
    const n = Math.min(count, 16);
    const per = Math.max(1, Math.floor(maxTotal / Math.max(1, n)));
    for (let i = 0; i < n; i++) {
      if (evil && i > 0 && r.chance(0.2)) entries.push({ ...entries[r.int(i)] }); // the same buffer twice
      else if (evil && i > 0 && r.chance(0.15)) { const o = entries[r.int(i)]; entries.push({ ptr: o.ptr + (o.len >> 1), len: o.len, bad: o.bad || o.ptr + (o.len >> 1) + o.len > size }); }
      else entries.push(this.buf(per, evil ? 0.2 : 0, into));
    }
    // Where the array itself lives: scratch, the end of memory, inside its own data, inside a WSAOVERLAPPED.
    const where = evil ? r.weighted([[6, 'scratch'], [1, 'end'], [1, 'past'], [2, 'data'], [into.length ? 2 : 0, 'into'], [1, 'null']] as const) : 'scratch';
    let arr: number;
    const bytes = n * 8;
    let arrBad = count > 0 && count * 8 > size;
    switch (where) {
      case 'end': arr = size - bytes; if (count > n) arrBad = true; break;
      case 'past': arr = size - bytes + 4; arrBad = count > 0; break;
      case 'data': arr = entries.length && entries[0].ptr >= DATA && !entries[0].bad ? entries[0].ptr : DATA + r.int(1024); if (arr + bytes > size) arrBad = true; break;
      case 'into': { const [s, e] = r.pick(into); arr = s + bytes <= e ? s : this.alloc(bytes || 8); break; } // only where it fits
      case 'null': arr = 0; arrBad = count > 0; break;
      default: arr = this.alloc(bytes || 8);
    }
    if (!arrBad || where === 'past') {
      this.overwrites(arr, arr + bytes);
      for (let i = 0; i < n; i++) {
        const p = arr + i * 8;
        if (p + 8 > size || p === 0) continue;
        this.g.w32(p, entries[i].len);
        this.g.w32(p + 4, entries[i].ptr);
      }
    }
    // Entries beyond the 16 written are whatever lies there; the host reads them all if the array fits.
    arrBad = count > 0 && (arr === 0 || arr + count * 8 > size);
    // What the host will see: re-read the entries (the array may overlap the data it describes).
    let total = 0;
    let bad = arrBad;
    const ranges: Range[] = [];
    if (!arrBad) {
      for (let i = 0; i < count; i++) {
        const len = this.g.u32(arr + i * 8);
        const ptr = this.g.u32(arr + i * 8 + 4);
        total += len;
        if (len > 0 && (ptr === 0 || ptr + len > size)) bad = true;
        if (len > 0) ranges.push([ptr, Math.min(ptr + len, size)]);
      }
      if (total > 0x7fffffff) bad = true;
    }
    return { arr, count, total, bad, ranges };
  }

  private sockaddr(family: 4 | 6, address: string, port: number): { p: number; len: number } {
    const len = family === 4 ? 16 : 28;
    const p = this.alloc(len);
    this.g.fill(p, len);
    this.g.w16(p, family === 4 ? AF_INET : AF_INET6);
    this.g.w8(p + 2, port >> 8);
    this.g.w8(p + 3, port & 0xff);
    if (family === 4) this.g.wbytes(p + 4, address.split('.').map(Number));
    else if (address === '::1') this.g.w8(p + 8 + 15, 1);
    else if (address.startsWith('::ffff:')) { this.g.wbytes(p + 8 + 10, [0xff, 0xff]); this.g.wbytes(p + 8 + 12, address.slice(7).split('.').map(Number)); }
    return { p, len };
  }

  /** An address argument, sometimes malformed: short length, wrong family, past the end of memory. */
  private hostileAddr(a: { p: number; len: number }): { p: number; len: number } {
    const r = this.rng;
    if (!this.evil || !r.chance(0.4)) return a;
    const size = this.g.size;
    switch (r.int(7)) {
      case 0: return { p: a.p, len: r.pick([0, 1, 2, 8, 15, 27, -1, 0x7fffffff]) };
      case 1: this.g.w16(a.p, r.pick([0, 1, 3, 24, 0xffff])); return a;
      case 2: { const p = size - a.len; this.g.wbytes(p, this.g.bytes(a.p, a.len)); return { p, len: a.len }; }
      case 3: return { p: size - a.len + r.range(1, 8), len: a.len };
      case 4: return { p: 0, len: a.len };
      case 5: return { p: a.p, len: 128 };
      default: this.g.w16(a.p, this.g.u16(a.p) === AF_INET ? AF_INET6 : AF_INET); return a;
    }
  }

  private localPort(h: number): number | undefined {
    const s = this.core(h);
    try {
      return s?.conn?.localAddress()?.port ?? s?.local?.port;
    } catch { return undefined; }
  }

  private isConsumer(m: SockM | undefined): boolean {
    return !!m && (m.peer === 'echo' || m.peer === 'sink' || m.peer === 'slowecho' || m.peer === 'closer' || m.peer === 'greeter' || m.peer === 'client');
  }

  // ---- bounds on waiting -----------------------------------------------------------------
  private timeoutSet(ms: number): boolean { return ms > 0 && ms <= 1500; }

  /** A blocking receive on h ends soon (or fails at once). */
  private recvBounded(h: number, waitAll = 0): boolean {
    const s = this.core(h);
    if (!s || s.closed || s.nonBlocking) return true;
    if (this.timeoutSet(s.options?.rcvtimeo)) return true;
    if (s.type === 1) {
      if (s.state !== 'connected' || s.recvShut || s.broken || s.peerEnded) return true;
      const q = s.queue?.bytes ?? 0;
      return waitAll ? q >= waitAll : q > 0;
    }
    if (!s.binding && !s.local) return true;
    return (s.queue?.length ?? 0) > 0 || s.recvShut;
  }

  /** A blocking send of `total` bytes on h ends soon (or fails at once). */
  private sendBounded(h: number, total: number): boolean {
    const s = this.core(h);
    if (!s || s.closed || s.nonBlocking || s.type !== 1) return true;
    if (s.state !== 'connected' || s.broken || s.sendShut) return true;
    if (this.timeoutSet(s.options?.sndtimeo)) return true;
    if (this.isConsumer(this.socks.get(h >>> 0)) && total <= 262144) return true;
    return false;
  }

  private acceptBounded(h: number): boolean {
    const s = this.core(h);
    if (!s || s.closed || s.nonBlocking || s.type !== 1 || s.state !== 'listening') return true;
    return (s.incoming?.length ?? 0) > 0;
  }

  /** closesocket(h) returns soon: no SO_LINGER wait on data that cannot leave. */
  private closeBounded(h: number): boolean {
    const s = this.core(h);
    if (!s || s.type !== 1 || s.nonBlocking) return true;
    const l = s.options?.linger;
    if (!l?.on || l.seconds <= 1) return true;
    return (s.conn?.buffered ?? 0) === 0 || this.isConsumer(this.socks.get(h >>> 0));
  }

  // ---- the sentinel ------------------------------------------------------------------------
  private async makeSentinel(): Promise<void> {
    const g = this.g;
    const s = await g.call('socket', [AF_INET, 1, 6], [], '(sentinel)');
    this.expect(!s.failed, 'the sentinel socket could not be made');
    g.w32(SENT_OPT, 2000);
    await g.call('setsockopt', [s.r, SOL_SOCKET, SO.SO_RCVTIMEO, SENT_OPT, 4], [], '(sentinel)');
    await g.call('setsockopt', [s.r, SOL_SOCKET, SO.SO_SNDTIMEO, SENT_OPT, 4], [], '(sentinel)');
    g.fill(SENT_SA, 16);
    g.w16(SENT_SA, AF_INET);
    g.w8(SENT_SA + 2, this.peers.sentinelPort >> 8);
    g.w8(SENT_SA + 3, this.peers.sentinelPort & 0xff);
    g.wbytes(SENT_SA + 4, [127, 0, 0, 1]);
    const c = await g.call('connect', [s.r, SENT_SA, 16], [], '(sentinel)');
    this.expect(!c.failed, `the sentinel could not connect to its echo server: ${c.err}`);
    this.sentinel = s.r >>> 0;
    this.socks.set(this.sentinel, { h: this.sentinel, type: 1, family: 4, peer: 'echo', tainted: false, sentinel: true });
  }

  /** A checksummed exchange with the sentinel's echo server: bad input elsewhere never touches it. */
  private async sentinelExchange(): Promise<void> {
    const g = this.g;
    const h = this.sentinel;
    if (h === undefined) return;
    const n = this.rng.range(1, SENT_MAX);
    const data = this.rng.bytes(n);
    g.wbytes(SENT_TX, data);
    let off = 0;
    while (off < n) {
      const r = await g.call('send', [h, SENT_TX + off, n - off, 0], [], '(sentinel)');
      if (r.failed) g.fail(`the sentinel's send failed with ${r.err}: another socket's bad input reached it`);
      off += r.r;
    }
    let got = 0;
    while (got < n) {
      const r = await g.call('recv', [h, SENT_RX + got, n - got, 0], [[SENT_RX + got, SENT_RX + n]], '(sentinel)');
      if (r.failed) g.fail(`the sentinel's recv failed with ${r.err} after ${got} of ${n} bytes`);
      if (r.r === 0) g.fail(`the sentinel's connection was closed after ${got} of ${n} bytes`);
      got += r.r;
    }
    const back = g.bytes(SENT_RX, n);
    for (let i = 0; i < n; i++) if (back[i] !== data[i]) g.fail(`the sentinel's echo differs at byte ${i} of ${n}: another socket's data or bad input reached it`);
    g.w32(SENT_OPT, 0xaaaaaaaa);
    const f = await g.call('ioctlsocket', [h, FIONREAD, SENT_OPT], [[SENT_OPT, SENT_OPT + 4]], '(sentinel)');
    if (f.failed || g.u32(SENT_OPT) !== 0) g.fail(`the sentinel has ${g.u32(SENT_OPT)} unexpected bytes after its exchange`);
  }

  // ---- startup --------------------------------------------------------------------------------
  private async startup(version: number, ptr = WSADATA_AT): Promise<CallResult> {
    const r = await this.g.call('WSAStartup', [version, ptr], ptr > 0 && ptr + 400 <= this.g.size ? [[ptr, ptr + 400]] : []);
    if (r.r === 0) this.startups++;
    return r;
  }

  async startupCleanup(): Promise<void> {
    const r = this.rng;
    if (r.chance(0.5)) {
      const ver = r.pick([0x0202, 0x0101, 0x0002, 0x0001, 0x0000, 0x0100, 0x0303, 0xffff, 0x0201]);
      const ptr = r.weighted([[6, WSADATA_AT], [1, 0], [1, this.g.size - 400], [1, this.g.size - 399]]);
      const res = await this.startup(ver, ptr);
      const ok = ptr !== 0 && ptr + 400 <= this.g.size;
      if (!ok) this.expect(res.r === E.WSAEFAULT, `WSAStartup with a WSADATA outside memory returned ${res.r}, not WSAEFAULT`);
      else if ((ver & 0xff) === 0) this.expect(res.r === E.WSAVERNOTSUPPORTED, `WSAStartup(0x${ver.toString(16)}) returned ${res.r}`);
      else this.expect(res.r === 0, `WSAStartup(0x${ver.toString(16)}) returned ${res.r}`);
    } else if (this.startups >= 2) {
      const res = await this.g.call('WSACleanup', []);
      this.expect(!res.failed, 'WSACleanup failed while started');
      this.startups--;
    }
  }

  /** Rarely: WSACleanup down to zero (closing every socket, the sentinel included), then start again. */
  async fullCleanup(): Promise<void> {
    const g = this.g;
    while (this.startups > 0) { await g.call('WSACleanup', []); this.startups--; }
    for (const m of this.socks.values()) this.closed.push(m.h);
    const handles = [...this.socks.keys()];
    this.socks.clear();
    this.sentinel = undefined;
    for (const h of handles.slice(0, 4)) {
      const r = await g.call('closesocket', [h]);
      this.expect(r.failed && r.err === E.WSANOTINITIALISED, 'closesocket after the last WSACleanup must fail with WSANOTINITIALISED');
    }
    const left = (g.host.winsock as unknown as { sockets?: Map<number, unknown> }).sockets;
    if (left && left.size) g.fail(`${left.size} sockets survived the last WSACleanup`);
    await this.startup(0x0202);
    await this.startup(0x0202);
    await this.makeSentinel();
  }

  // ---- sockets ----------------------------------------------------------------------------------
  private async setInt(h: number, level: number, name: number, v: number, note = ''): Promise<CallResult> {
    const p = this.alloc(4);
    this.g.w32(p, v);
    return this.g.call('setsockopt', [h, level, name, p, 4], [], note);
  }

  private async configure(h: number): Promise<void> {
    if (this.rng.chance(0.85)) {
      await this.setInt(h, SOL_SOCKET, SO.SO_RCVTIMEO, this.rng.range(10, 150));
      await this.setInt(h, SOL_SOCKET, SO.SO_SNDTIMEO, this.rng.range(50, 300));
    }
  }

  private register(h: number, type: number, family: 4 | 6, extra: Partial<SockM> = {}): SockM {
    h >>>= 0;
    if (this.socks.has(h) || this.events.has(h)) this.g.fail(`handle 0x${h.toString(16)} was handed out while still live`);
    const m: SockM = { h, type, family, tainted: false, ...extra };
    this.socks.set(h, m);
    this.closed = this.closed.filter((x) => x !== h);
    return m;
  }

  async newSocket(): Promise<void> {
    const r = this.rng;
    const fam = r.weighted([[6, 4], [2, 6], [1, 0]] as const);
    const af = fam === 4 ? AF_INET : fam === 6 ? AF_INET6 : r.pick([0, 1, 3, 24, 0xffff, -1]);
    const type = r.weighted([[6, 1], [4, 2], [1, r.pick([0, 3, 4, 5, -1])]]);
    const proto = r.weighted([[6, 0], [3, type === 1 ? 6 : 17], [1, r.pick([6, 17, 1, 255, -1])]]);
    const api = r.weighted([[5, 'socket'], [2, 'WSASocketA'], [1, 'WSASocketW']] as const);
    let res: CallResult;
    let a = af, t = type, p = proto;
    if (api === 'socket') {
      res = await this.g.call('socket', [af, type, proto]);
    } else {
      let info = 0;
      if (r.chance(0.25)) {
        info = r.chance(0.8) ? this.alloc(372) : this.g.size - r.range(1, 120);
        if (info + 96 <= this.g.size) {
          this.g.w32(info + 76, af);
          this.g.w32(info + 88, type);
          this.g.w32(info + 92, proto);
        }
        if (r.chance(0.7)) a = -1;
        if (r.chance(0.7)) t = -1;
        if (r.chance(0.7)) p = -1;
      }
      const flags = r.weighted([[4, 1], [2, 0], [1, 0x81], [1, r.u32()]]);
      res = await this.g.call(api, [a, t, p, info, 0, flags]);
    }
    if (res.failed) return;
    const s = this.core(res.r);
    if (!s) this.g.fail(`socket() returned 0x${(res.r >>> 0).toString(16)} but it is not in the handle table`);
    this.expect(af === AF_INET || af === AF_INET6, `a socket was made for address family ${af}`);
    this.expect(type === 1 || type === 2, `a socket was made for type ${type}`);
    this.register(res.r, s.type, s.family);
    await this.configure(res.r);
  }

  /** Where a TCP socket connects to. */
  private target(m: SockM | undefined): { fam: 4 | 6; addr: string; port: number; peer: PeerKind } {
    const r = this.rng;
    const fam: 4 | 6 = m?.family ?? 4;
    const lo = fam === 4 ? '127.0.0.1' : r.chance(0.8) ? '::1' : '::ffff:127.0.0.1';
    const listeners = this.live((x) => this.core(x.h)?.state === 'listening' && x.family === fam);
    const k = r.weighted([[8, 'server'], [listeners.length ? 3 : 0, 'guest'], [1, 'refused'], [1, 'zero'], [1, 'any']] as const);
    switch (k) {
      case 'server': { const kind = r.pick([...this.peers.ports.keys()]); return { fam, addr: lo, port: this.peers.ports.get(kind)!, peer: kind }; }
      case 'guest': { const l = r.pick(listeners); return { fam, addr: lo, port: this.localPort(l.h) ?? 0, peer: 'guest' }; }
      case 'refused': return { fam, addr: lo, port: this.peers.refusedPort, peer: 'refused' };
      case 'zero': return { fam, addr: lo, port: 0, peer: 'refused' };
      default: return { fam, addr: fam === 4 ? '0.0.0.0' : '::', port: this.peers.ports.get('echo')!, peer: 'refused' };
    }
  }

  async connect(): Promise<void> {
    const r = this.rng;
    const h = this.handle((m) => m.type === 1 ? !this.core(m.h)?.conn : true);
    const m = this.socks.get(h >>> 0);
    const s = this.core(h);
    let t: { fam: 4 | 6; addr: string; port: number; peer: PeerKind };
    if (s?.type === 2) {
      const other = this.live((x) => x.type === 2 && x.family === s.family && x.h !== h && !!this.core(x.h)?.local);
      t = r.chance(0.6) || !other.length
        ? { fam: s.family, addr: s.family === 4 ? '127.0.0.1' : '::1', port: this.peers.udpEchoPort, peer: 'udp' }
        : { fam: s.family, addr: s.family === 4 ? '127.0.0.1' : '::1', port: this.localPort(r.pick(other).h) ?? 0, peer: 'guest' };
    } else t = this.target(m);
    let a = this.sockaddr(t.fam, t.addr, t.port);
    if (s?.type === 2 && r.chance(0.15)) { this.g.w16(a.p, 0); } // AF_UNSPEC dissolves the default peer
    a = this.hostileAddr(a);
    const res = await this.g.call('connect', [h, a.p, a.len], [], `-> ${t.addr}:${t.port} (${t.peer})`);
    if (!res.failed || res.err === E.WSAEWOULDBLOCK) this.g.log(`(0x${(h >>> 0).toString(16)} has local port ${this.localPort(h)})`);
    if (m && (!res.failed || res.err === E.WSAEWOULDBLOCK)) {
      m.peer = t.peer;
      if (t.peer === 'guest' && s?.type === 2) m.peer = 'udp';
    }
  }

  async bind(): Promise<void> {
    const r = this.rng;
    const h = this.handle((m) => { const s = this.core(m.h); return s?.type === 2 ? !s.local : s?.state === 'open'; });
    const s = this.core(h);
    const fam: 4 | 6 = s?.family ?? 4;
    const addr = fam === 4
      ? r.weighted([[6, '127.0.0.1'], [2, '0.0.0.0'], [1, '1.2.3.4'], [1, '255.255.255.255']])
      : r.weighted([[6, '::1'], [2, '::'], [1, '::ffff:127.0.0.1']]);
    const port = r.weighted([[8, 0], [1, this.peers.ports.get('echo')!], [1, this.peers.refusedPort], [1, this.peers.udpEchoPort]]);
    const a = this.hostileAddr(this.sockaddr(fam, addr, port));
    await this.g.call('bind', [h, a.p, a.len], [], `${addr}:${port}`);
  }

  async listen(): Promise<void> {
    const r = this.rng;
    let h = this.handle((m) => m.type === 1 && !this.core(m.h)?.conn);
    let s = this.core(h);
    if (s?.type === 1 && s.state === 'open' && r.chance(0.7)) {
      const a = this.sockaddr(s.family, s.family === 4 ? '127.0.0.1' : '::1', 0);
      await this.g.call('bind', [h, a.p, a.len]);
      s = this.core(h);
    }
    const backlog = r.pick([0, 1, 2, 5, 0x7fffffff, -5, -1, 0x80000000, 1000000]);
    await this.g.call('listen', [h, backlog]);
  }

  private acceptWrites(addr: number, lenp: number): Range[] {
    const w: Range[] = [];
    if (addr) w.push([addr, addr + 28]);
    if (lenp) w.push([lenp, lenp + 4]);
    return w;
  }

  async accept(): Promise<void> {
    const r = this.rng;
    const g = this.g;
    const h = this.handle((m) => this.core(m.h)?.state === 'listening');
    const s = this.core(h);
    if (s?.state === 'listening' && !this.acceptBounded(h)) {
      if (r.chance(0.6)) {
        this.peers.client(this.localPort(h)!, s.family, r.pick(['echo', 'talk-close', 'reset', 'idle', 'close'] as const));
        for (let i = 0; i < 10 && !this.acceptBounded(h); i++) await this.g.idle(5, 'a client connects');
      }
      if (!this.acceptBounded(h)) return;
    }
    const need = s?.family === 6 ? 28 : 16;
    const form = r.weighted([[5, 'full'], [2, 'null'], [1, 'short'], [1, 'badlen'], [1, 'endaddr']] as const);
    let addr = 0, lenp = 0;
    if (form !== 'null') {
      addr = form === 'endaddr' ? this.g.size - r.range(1, need) : this.alloc(28);
      lenp = form === 'badlen' ? this.g.size - 2 : this.alloc(4);
      if (lenp + 4 <= this.g.size) this.g.w32(lenp, form === 'short' ? r.range(0, need - 1) : r.pick([need, 28, 128]));
    }
    const res = await this.g.call('accept', [h, addr, lenp], this.acceptWrites(addr, lenp));
    if (res.failed) return;
    const n = this.core(res.r);
    if (!n) this.g.fail('accept returned a handle that is not a socket');
    this.expect(form !== 'short' && form !== 'badlen', `accept with ${form === 'short' ? 'a too small *addrlen' : 'addrlen outside memory'} succeeded`);
    const remote = (() => { try { return n.conn?.remoteAddress()?.port; } catch { return undefined; } })();
    const guest = this.live((x) => x.type === 1 && this.localPort(x.h) === remote && this.core(x.h)?.state !== 'listening');
    const clientKind = remote !== undefined ? this.peers.clientKinds.get(remote) : undefined;
    if (addr + need > g.size) g.fail(`accept with addr outside memory (0x${addr.toString(16)}, ${need} bytes) took a connection instead of failing with WSAEFAULT`);
    const m = this.register(res.r, 1, n.family, guest.length ? { peer: 'guest', pair: guest[0].h } : { peer: clientKind ? 'client' : 'unknown', clientKind });
    if (guest.length) guest[0].pair = m.h;
    if (m.clientKind && m.clientKind !== 'echo') m.peer = 'client';
    await this.configure(res.r);
  }

  async incomingClient(): Promise<void> {
    const ls = this.live((m) => this.core(m.h)?.state === 'listening');
    if (!ls.length) return this.listen();
    const l = this.rng.pick(ls);
    const port = this.localPort(l.h);
    if (port) this.peers.client(port, l.family, this.rng.pick(['echo', 'talk-close', 'reset', 'idle', 'close'] as const));
    this.g.log(`(a Node client connects to guest listener 0x${l.h.toString(16)})`);
    await this.g.idle(this.rng.range(1, 10), 'client connects');
  }

  /** Two guest sockets connected to each other through a guest listener. */
  async guestPair(): Promise<void> {
    const g = this.g;
    const fam: 4 | 6 = this.rng.chance(0.8) ? 4 : 6;
    const af = fam === 4 ? AF_INET : AF_INET6;
    let ls = this.live((m) => this.core(m.h)?.state === 'listening' && m.family === fam);
    if (!ls.length) {
      const l = await g.call('socket', [af, 1, 6]);
      if (l.failed) return;
      this.register(l.r, 1, fam);
      const a = this.sockaddr(fam, fam === 4 ? '127.0.0.1' : '::1', 0);
      await g.call('bind', [l.r, a.p, a.len]);
      await g.call('listen', [l.r, 5]);
      ls = this.live((m) => m.h === (l.r >>> 0) && this.core(m.h)?.state === 'listening');
      if (!ls.length) return;
    }
    const l = ls[0];
    const c = await g.call('socket', [af, 1, 6]);
    if (c.failed) return;
    const cm = this.register(c.r, 1, fam, { peer: 'guest' });
    await this.configure(c.r);
    const a = this.sockaddr(fam, fam === 4 ? '127.0.0.1' : '::1', this.localPort(l.h) ?? 0);
    const nb = this.rng.chance(0.3);
    if (nb) { const p = this.alloc(4); g.w32(p, 1); await g.call('ioctlsocket', [c.r, FIONBIO, p], [[p, p + 4]]); }
    await g.call('connect', [c.r, a.p, a.len]);
    g.log(`(0x${(c.r >>> 0).toString(16)} has local port ${this.localPort(c.r)})`);
    for (let i = 0; i < 20 && !this.acceptBounded(l.h); i++) await g.idle(5, 'the connection reaches the listener');
    if (!this.acceptBounded(l.h)) return;
    const res = await g.call('accept', [l.h, 0, 0]);
    if (res.failed) return;
    const n = this.core(res.r);
    const remote = (() => { try { return n?.conn?.remoteAddress()?.port; } catch { return undefined; } })();
    const peer = this.localPort(c.r) === remote ? cm.h : undefined;
    const m = this.register(res.r, 1, fam, { peer: peer ? 'guest' : 'unknown', pair: peer });
    if (peer) cm.pair = m.h;
    await this.configure(res.r);
  }

  // ---- data, not overlapped ---------------------------------------------------------------------
  private flags(send: boolean): number {
    const e = this.evil ? 1 : 0.2;
    return this.rng.weighted([[14, 0], [e, MSG_OOB], [1, MSG_DONTROUTE], [e, MSG_PARTIAL], [send ? 0 : 2, MSG_PEEK], [send ? 0 : 2, MSG_WAITALL], [e, this.rng.u32() & 0xffff]]);
  }

  private async makeNonBlocking(h: number): Promise<void> {
    const p = this.alloc(4);
    this.g.w32(p, 1);
    await this.g.call('ioctlsocket', [h, FIONBIO, p], [[p, p + 4]], '(so that the call cannot wait)');
  }

  private udpDest(s: any): { p: number; len: number; what: string } {
    const r = this.rng;
    const fam: 4 | 6 = s?.family ?? 4;
    const lo = fam === 4 ? '127.0.0.1' : '::1';
    const others = this.live((x) => x.type === 2 && x.family === fam && !!this.core(x.h)?.local);
    const k = r.weighted([[5, 'echo'], [others.length ? 3 : 0, 'guest'], [1, 'nobody'], [1, 'zero'], [s?.options?.broadcast ? 0 : 1, 'broadcast']] as const);
    let port = this.peers.udpEchoPort;
    let addr = lo;
    if (k === 'guest') port = this.localPort(r.pick(others).h) ?? 0;
    else if (k === 'nobody') port = this.peers.refusedPort;
    else if (k === 'zero') port = 0;
    else if (k === 'broadcast' && fam === 4) addr = '255.255.255.255';
    const a = this.hostileAddr(this.sockaddr(fam, addr, port));
    return { ...a, what: `${addr}:${port}` };
  }

  async send(): Promise<void> {
    const r = this.rng;
    const g = this.g;
    const h = this.handle(this.usable);
    const s = this.core(h);
    const api = r.weighted([[3, 'send'], [2, 'sendto'], [3, 'WSASend'], [2, 'WSASendTo']] as const);
    const flags = this.flags(true);
    const max = s?.type === 2 ? r.pick([100, 1400, 65507, 65508, 70000]) : r.pick([100, 4096, 65536, 200000]);
    let total: number;
    let bad: boolean;
    let args: number[];
    let writes: Range[] = [];
    let note = '';
    let dest = { p: 0, len: 0, what: '' };
    if ((api === 'sendto' || api === 'WSASendTo') && (s?.type === 2 || r.chance(0.3))) dest = this.udpDest(s);
    if (api === 'send' || api === 'sendto') {
      const b = this.buf(max);
      total = b.len; bad = b.bad || b.len < 0;
      args = api === 'send' ? [h, b.ptr, b.len, flags] : [h, b.ptr, b.len, flags, dest.p, dest.len];
    } else {
      const w = this.wsabufs(max);
      total = w.total; bad = w.bad;
      const cnt = this.evil ? r.weighted([[6, 'ok'], [1, 'null'], [1, 'end']] as const) : 'ok';
      const countPtr = cnt === 'ok' ? this.alloc(4) : cnt === 'null' ? 0 : g.size - 2;
      if (countPtr) writes.push([countPtr, countPtr + 4]);
      // An lpOverlapped on a socket that cannot do overlapped I/O is ignored: a blocking call.
      const ov = s && !s.overlappedCapable && r.chance(0.5) ? this.slot().p : 0;
      args = api === 'WSASend' ? [h, w.arr, w.count, countPtr, flags, ov, 0] : [h, w.arr, w.count, countPtr, flags, dest.p, dest.len, ov, 0];
      note = `bufs ${w.count} total ${total}`;
      if (cnt !== 'ok') bad = true;
    }
    if (!this.sendBounded(h, total)) {
      if (r.chance(0.5)) await this.makeNonBlocking(h);
      else return;
    }
    const m = this.socks.get(h >>> 0);
    const t0 = performance.now();
    const res = await g.call(api, args, writes, note + (dest.what ? ` to ${dest.what}` : ''));
    const live = !!this.core(h) && this.startups > 0;
    if (live && bad && total !== 0) {
      this.expect(res.failed && res.err === E.WSAEFAULT, `${api} with a buffer outside memory gave ${res.failed ? res.err : 'success'}, not WSAEFAULT`);
    }
    if (!res.failed) {
      const n = api === 'send' || api === 'sendto' ? res.r : g.u32(args[3]);
      this.expect(n >= 0 && n <= Math.max(0, total), `${api} reported ${n} bytes sent of ${total}`);
      if (s?.type === 1 && !s.nonBlocking) this.expect(n === total, `a blocking ${api} sent ${n} of ${total} bytes`);
    } else if (res.err === E.WSAETIMEDOUT && this.isConsumer(m) && (s?.options?.sndtimeo ?? 0) >= 150 && total <= 65536) {
      g.fail(`${api} of ${total} bytes timed out after ${(performance.now() - t0).toFixed(0)} ms (SO_SNDTIMEO ${s.options.sndtimeo}) although the peer (${m?.peer}) reads everything`);
    }
  }

  async recv(): Promise<void> {
    const r = this.rng;
    const g = this.g;
    const h = this.handle(this.usable);
    const s = this.core(h);
    const api = r.weighted([[3, 'recv'], [2, 'recvfrom'], [3, 'WSARecv'], [2, 'WSARecvFrom']] as const);
    let flags = this.flags(false);
    let total: number;
    let bad: boolean;
    let args: number[];
    const writes: Range[] = [];
    let note = '';
    // recvfrom's address: valid, NULL, too short, outside memory
    let from = 0, fromlen = 0;
    if (api === 'recvfrom' || api === 'WSARecvFrom') {
      const k = this.evil ? r.weighted([[3, 'ok'], [1, 'null'], [1, 'short'], [1, 'end']] as const) : r.weighted([[5, 'ok'], [2, 'null']] as const);
      if (k !== 'null') {
        from = k === 'end' ? g.size - r.range(1, 27) : this.alloc(28);
        fromlen = this.alloc(4);
        g.w32(fromlen, k === 'short' ? r.range(0, 15) : r.pick([16, 28, 128]));
        writes.push([from, from + 28], [fromlen, fromlen + 4]);
      }
    }
    if (api === 'recv' || api === 'recvfrom') {
      const b = this.buf(r.pick([16, 1500, 65536, 70000]));
      total = b.len; bad = b.bad || b.len < 0;
      if (b.len > 0) writes.push([b.ptr, Math.min(b.ptr + b.len, g.size)]);
      args = api === 'recv' ? [h, b.ptr, b.len, flags] : [h, b.ptr, b.len, flags, from, fromlen];
    } else {
      const w = this.wsabufs(r.pick([16, 1500, 65536]));
      total = w.total; bad = w.bad;
      writes.push(...w.ranges);
      const countPtr = !this.evil || r.chance(0.8) ? this.alloc(4) : g.size - 1;
      const flagsPtr = !this.evil || r.chance(0.8) ? this.alloc(4) : r.pick([0, g.size - 3]);
      if (flagsPtr && flagsPtr + 4 <= g.size) g.w32(flagsPtr, flags);
      writes.push([countPtr, countPtr + 4], [flagsPtr, flagsPtr + 4]);
      const ov = s && !s.overlappedCapable && r.chance(0.5) ? this.slot().p : 0;
      args = api === 'WSARecv' ? [h, w.arr, w.count, countPtr, flagsPtr, ov, 0] : [h, w.arr, w.count, countPtr, flagsPtr, from, fromlen, ov, 0];
      note = `bufs ${w.count} total ${total}`;
      if (countPtr + 4 > g.size || !flagsPtr || flagsPtr + 4 > g.size) bad = true;
    }
    const waitAll = flags & MSG_WAITALL && !(flags & MSG_PEEK) ? total : 0;
    if (!this.recvBounded(h, waitAll)) {
      if (r.chance(0.6)) await this.makeNonBlocking(h);
      else return;
    }
    const res = await g.call(api, args, writes, note);
    const live = !!this.core(h) && this.startups > 0;
    if (live && bad && total !== 0 && !res.failed) g.fail(`${api} with a buffer outside memory succeeded`);
    if (!res.failed) {
      const n = api === 'recv' || api === 'recvfrom' ? res.r : g.u32(args[3]);
      this.expect(n >= 0 && n <= Math.max(0, total), `${api} reported ${n} bytes received into ${total}`);
    }
  }

  // ---- overlapped ------------------------------------------------------------------------------------
  /** A free WSAOVERLAPPED slot (or, hostile, one in use). */
  private slot(allowShared = false): { p: number; shared: boolean } {
    for (let tries = 0; tries < 8; tries++) {
      const i = this.rng.int(OV_SLOTS);
      const p = OV_BASE + i * OV_STRIDE;
      const users = (this.slotUsers.get(p) ?? []).filter((o) => !o.req || !o.req.done);
      if (allowShared) return { p, shared: users.length > 0 || this.taintedSlots.has(p) };
      if (users.length === 0 && !this.taintedSlots.has(p)) return { p, shared: false };
    }
    const p = OV_BASE + this.rng.int(OV_SLOTS) * OV_STRIDE;
    return { p, shared: true };
  }

  private eventArg(): number {
    const r = this.rng;
    const evs = [...this.events.keys()];
    const e = this.evil ? 1 : 0.1;
    return r.weighted([[evs.length ? 10 : 0, () => r.pick(evs)], [e, () => 0], [this.closedEvents.length ? e : 0, () => r.pick(this.closedEvents)], [e, () => this.handle()], [e, () => r.u32()]])();
  }

  async overlapped(forced?: { h: number; kind?: 'send' | 'recv'; routine?: number }): Promise<void> {
    const r = this.rng;
    const g = this.g;
    const h = forced?.h ?? this.handle((m) => this.usable(m) && this.core(m.h)?.overlappedCapable !== false);
    const s = this.core(h);
    const kind = forced?.kind ?? (r.chance(0.5) ? 'send' : 'recv');
    const api = kind === 'send' ? (r.chance(0.6) ? 'WSASend' : 'WSASendTo') : (r.chance(0.6) ? 'WSARecv' : 'WSARecvFrom');
    const mode = forced?.routine ? 'routine' : r.weighted([[5, 'event'], [5, 'routine'], [1, 'both'], [1, 'none'], [this.evil ? 1 : 0, 'routine-only']] as const);
    const routine = forced?.routine ?? (mode === 'routine' || mode === 'both' || mode === 'routine-only'
      ? r.weighted([[5, ROUTINE.noop], [3, ROUTINE.recv], [2, ROUTINE.send], [1, ROUTINE.close], [1, ROUTINE.sleep], [1, ROUTINE.cancel], [1, ROUTINE.grow], [1, ROUTINE.wait]])
      : 0);
    // The WSAOVERLAPPED: a fresh slot, one still in use (posted twice), or hostile.
    const where = mode === 'routine-only' ? 'null' : this.evil ? r.weighted([[12, 'slot'], [3, 'shared'], [1, 'end'], [1, 'past']] as const) : 'slot';
    let ov = 0;
    let shared = false;
    if (where === 'slot') {
      ov = this.slot().p;
      this.resetSlot(ov);
    } else if (where === 'shared') {
      // Posted again as it is: an earlier operation's status is still in it.
      const sl = this.slot(true);
      ov = sl.p; shared = sl.shared;
    } else if (where === 'end') { ov = g.size - 20; shared = true; g.fill(ov, 20); } else if (where === 'past') { ov = g.size - r.range(1, 19); shared = true; }
    let event = 0;
    if (ov && ov + 20 <= g.size && (mode === 'event' || mode === 'both')) { event = this.eventArg(); g.w32(ov + 16, event); }
    // Buffers: hostile ones may point into the WSAOVERLAPPED itself.
    const into: Range[] = ov && ov + 20 <= g.size ? [[ov, ov + 20]] : [];
    const w = this.wsabufs(kind === 'send' ? r.pick([100, 4096, 65536]) : r.pick([16, 1500, 65536]), into);
    const writes: Range[] = [];
    const countPtr = r.weighted([[5, () => this.alloc(4)], [2, () => 0], [this.evil ? 1 : 0, () => g.size - 2]])();
    let flagsPtr = 0;
    const flags = this.flags(kind === 'send');
    if (kind === 'recv') {
      flagsPtr = !this.evil || r.chance(0.8) ? this.alloc(4) : r.pick([0, g.size - 2]);
      if (flagsPtr && flagsPtr + 4 <= g.size) g.w32(flagsPtr, flags);
      writes.push([flagsPtr, flagsPtr + 4]);
    }
    if (countPtr) writes.push([countPtr, countPtr + 4]);
    let from = 0, fromlen = 0;
    let dest = { p: 0, len: 0, what: '' };
    if (api === 'WSARecvFrom' && r.chance(0.7)) {
      from = this.allocPersist(28);
      fromlen = this.allocPersist(4);
      g.w32(fromlen, r.pick([16, 28, 28, 8]));
    }
    if (api === 'WSASendTo' && (s?.type === 2 || r.chance(0.2))) dest = this.udpDest(s);
    const opRanges: Range[] = [];
    if (ov) opRanges.push([ov, Math.min(ov + 20, g.size)]);
    if (kind === 'recv') opRanges.push(...w.ranges);
    if (from) opRanges.push([from, from + 28], [fromlen, fromlen + 4]);
    writes.push(...opRanges);
    const args = api === 'WSASend' ? [h, w.arr, w.count, countPtr, flags, ov, routine]
      : api === 'WSASendTo' ? [h, w.arr, w.count, countPtr, flags, dest.p, dest.len, ov, routine]
        : api === 'WSARecv' ? [h, w.arr, w.count, countPtr, flagsPtr, ov, routine]
          : [h, w.arr, w.count, countPtr, flagsPtr, from, fromlen, ov, routine];
    const overlappedPath = (ov !== 0 || routine !== 0) && (!s || s.overlappedCapable);
    if (!overlappedPath) {
      // Both ignored: this is a blocking (or non-blocking) call.
      if (kind === 'send' ? !this.sendBounded(h, w.total) : !this.recvBounded(h)) {
        if (r.chance(0.5)) await this.makeNonBlocking(h); else return;
      }
    }
    const before = new Set(s ? [...(s.requests?.values?.() ?? [])] : []);
    const status = ov && ov + 8 <= g.size ? [g.u32(ov), g.u32(ov + 4)] : undefined;
    const prev = ov ? this.ops.find((o) => o.id === this.slotLast.get(ov)) : undefined;
    const res = await g.call(api, args, writes, `ov 0x${ov.toString(16)}${event ? ` event 0x${(event >>> 0).toString(16)}` : ''}${routine ? ` routine ${ROUTINE_NAME.get(routine)}` : ''} bufs ${w.count} total ${w.total}${dest.what ? ' to ' + dest.what : ''}`);
    if (!overlappedPath) return;
    const pending = res.failed && res.err === E.WSA_IO_PENDING;
    if (res.failed && !pending) {
      // "No completion indication will occur": the WSAOVERLAPPED is not the call's to write.
      if (status && prev && this.ovTrusted(prev) && prev.req?.done && (g.u32(ov) !== status[0] || g.u32(ov + 4) !== status[1])) {
        {
          g.fail(`${api} failed at once (${res.err}) yet rewrote its WSAOVERLAPPED (Internal 0x${status[0].toString(16)} -> 0x${g.u32(ov).toString(16)}, InternalHigh ${status[1]} -> ${g.u32(ov + 4)}), the status of completed operation #${prev.id}`);
        }
        this.slotLast.set(ov, -1);
      }
      return;
    }
    // Posted: find the host's request (for done/result) and track its completion.
    const req = this.core(h)?.requests?.get(ov >>> 0) ?? (s ? [...(s.requests?.values?.() ?? [])].find((x: unknown) => !before.has(x)) : undefined);
    if (!req) g.fail(`${api} returned ${pending ? 'WSA_IO_PENDING' : 0} but no request is recorded for its WSAOVERLAPPED`);
    if (!pending && !req.done) g.fail(`${api} returned 0 (completed now) but its request is still pending`);
    const op: Op = { id: this.nextOp++, kind, h: h >>> 0, ov: ov >>> 0, routine, event: routine ? 0 : event, total: w.total, ranges: kind === 'recv' ? w.ranges : [], req, delivered: 0, shared, step: g.step };
    this.track(op);
    g.addWriter(`${api} #${op.id}`, opRanges, () => !req.done);
    if (!pending && !shared && ov) this.checkOverlappedDone(op, 'completed at once');
  }

  /** The fuzzer writes [s, e): WSAOVERLAPPED slots there no longer speak for their operations. */
  private overwrites(s: number, e: number): void {
    if (e <= OV_BASE || s >= OV_BASE + OV_SLOTS * OV_STRIDE) return;
    for (let p = OV_BASE; p < OV_BASE + OV_SLOTS * OV_STRIDE; p += OV_STRIDE) if (s < p + 8 && e > p) this.slotLast.set(p, -1);
  }

  /** The guest zeroes a WSAOVERLAPPED to reuse it: it no longer speaks for the operation before. */
  private resetSlot(ov: number): void {
    this.g.fill(ov, 20);
    this.slotLast.set(ov, -1);
  }

  private track(op: Op): void {
    this.ops.push(op);
    if (!op.ov) return;
    const users = (this.slotUsers.get(op.ov) ?? []).filter((o) => !o.req?.done);
    if (users.length) { op.shared = true; for (const o of users) o.shared = true; }
    users.push(op);
    this.slotUsers.set(op.ov, users);
    this.slotLast.set(op.ov, op.id);
    // A receive whose buffers cover WSAOVERLAPPED slots: what lands there is data.
    for (const [s, e] of op.ranges) {
      if (e <= OV_BASE || s >= OV_BASE + OV_SLOTS * OV_STRIDE) continue;
      for (let p = OV_BASE; p < OV_BASE + OV_SLOTS * OV_STRIDE; p += OV_STRIDE) if (s < p + 20 && e > p) this.taintedSlots.add(p);
    }
  }

  /** This operation's WSAOVERLAPPED still speaks for it alone. */
  private ovTrusted(op: Op): boolean {
    return !op.shared && op.ov !== 0 && op.ov + 20 <= this.g.size && this.slotLast.get(op.ov) === op.id && !this.taintedSlots.has(op.ov);
  }

  /** A completed operation's WSAOVERLAPPED says so: Internal is an NTSTATUS, InternalHigh the byte count. */
  private checkOverlappedDone(op: Op, when: string): void {
    if (!this.ovTrusted(op)) return;
    const internal = this.g.u32(op.ov);
    this.expect(internal !== STATUS_PENDING, `operation #${op.id} (${op.kind}) ${when} but its WSAOVERLAPPED.Internal is still STATUS_PENDING`);
    const high = this.g.u32(op.ov + 4);
    this.expect(high <= op.total, `operation #${op.id}: InternalHigh ${high} exceeds the ${op.total} bytes posted`);
  }

  async getOverlappedResult(): Promise<void> {
    const r = this.rng;
    const g = this.g;
    const mine = this.ops.filter((o) => this.socks.has(o.h) || r.chance(0.2));
    const op = mine.length && r.chance(0.85) ? r.pick(mine) : undefined;
    const h = op && r.chance(0.9) ? op.h : this.handle();
    const ov = op ? op.ov : r.pick([0, OV_BASE + OV_STRIDE * r.int(OV_SLOTS), g.size - 8, g.size - 20]);
    const cb = r.chance(0.92) ? this.alloc(4) : g.size - 3;
    const fl = r.chance(0.92) ? this.alloc(4) : r.pick([0, g.size - 1]);
    const req = this.core(h)?.requests?.get(ov >>> 0);
    // fWait only where the wait ends: the operation is done, or it is a send a reading peer takes.
    let wait = r.chance(0.5) ? 1 : 0;
    if (wait && req && !req.done && !(req.kind === 'send' && this.isConsumer(this.socks.get(h >>> 0)))) wait = 0;
    // The answer is the state when the call is made (an "incomplete" answer may let the event loop turn before it returns).
    const doneBefore = !!req?.done;
    const res = await g.call('WSAGetOverlappedResult', [h, ov, cb, wait, fl], [[cb, cb + 4], [fl, fl + 4]], op ? `(#${op.id} ${op.kind})` : '');
    if (op && req && op.req === req && this.ovTrusted(op) && cb + 4 <= g.size && fl && fl + 4 <= g.size) {
      if (!doneBefore && !wait) this.expect(res.failed && res.err === E.WSA_IO_INCOMPLETE, `WSAGetOverlappedResult(fWait FALSE) on a pending operation gave ${res.failed ? res.err : 'TRUE'}, not WSA_IO_INCOMPLETE`);
      if (doneBefore || wait) {
        const ok = !isFailure(req.result);
        this.expect(res.failed !== ok, `WSAGetOverlappedResult on #${op.id} says ${res.failed ? 'failed' : 'succeeded'} but the operation ${ok ? 'succeeded' : 'failed'}`);
        if (ok) this.expect(g.u32(cb) === g.u32(ov + 4), `WSAGetOverlappedResult's byte count ${g.u32(cb)} differs from InternalHigh ${g.u32(ov + 4)}`);
        this.checkOverlappedDone(op, 'is reported done');
      }
    }
  }

  async cancel(): Promise<void> {
    const r = this.rng;
    const h = this.handle();
    if (r.chance(0.4)) { await this.g.call('CancelIo', [h]); return; }
    const mine = this.ops.filter((o) => o.h === (h >>> 0));
    const ov = mine.length && r.chance(0.7) ? r.pick(mine).ov : r.pick([0, OV_BASE + OV_STRIDE * r.int(OV_SLOTS), 0x12345, this.g.size - 4]);
    const s = this.core(h);
    const pendingHere = s ? (s.outstanding ?? 0) : 0;
    const res = await this.g.call('CancelIoEx', [h, ov]);
    if (s && pendingHere === 0) this.expect(res.failed && res.err === 1168, `CancelIoEx with nothing outstanding gave ${res.failed ? res.err : 'TRUE'}, not ERROR_NOT_FOUND`);
  }

  // ---- completion routines ------------------------------------------------------------------------
  /** After an alertable wait: run queued completion routines as wasm/runtime/apc.c does. */
  private async apcLoop(result: number): Promise<void> {
    if (result !== WAIT_IO_COMPLETION) return;
    const g = this.g;
    const rec = APC_REC + Math.min(g.depth, 3) * 32;
    let finished = 0;
    for (let i = 0; i < 300; i++) {
      const r = await g.call('apc_next', [rec, finished], [[rec, rec + 20]]);
      if (r.r === 0) {
        this.expect(i > 0, 'an alertable wait returned WAIT_IO_COMPLETION but no completion routine was there to run');
        return;
      }
      this.expect(r.r === 1, `apc_next returned ${r.r}`);
      const routine = g.u32(rec), error = g.u32(rec + 4), transferred = g.u32(rec + 8), ov = g.u32(rec + 12), flags = g.u32(rec + 16);
      const op = this.ops.find((o) => o.ov === ov && o.routine === routine && o.delivered === 0 && o.req?.done);
      if (!op) return g.fail(`completion routine ${routine} for WSAOVERLAPPED 0x${ov.toString(16)} matches no completed operation that is still owed one (delivered twice, or never posted)`);
      op.delivered++;
      this.expect(error === 0 || (error >= 995 && error <= 11004 && error !== E.WSAENETDOWN), `completion routine #${op.id} got error ${error}`);
      this.expect(transferred <= op.total, `completion routine #${op.id} got ${transferred} bytes for ${op.total} posted`);
      this.expect(flags === 0 || op.kind === 'recv', `completion routine #${op.id} got flags ${flags}`);
      if (this.running.includes(op.h)) g.fail(`completion routine for socket 0x${op.h.toString(16)} handed out while another routine of that socket is running (nested)`);
      this.checkOverlappedDone(op, 'had its routine called');
      await this.routineBody(op, routine, error);
      finished = 1;
    }
    g.fail('more than 300 completion routines in one alertable wait');
  }

  /** A completion routine's body (guest code): it may post more I/O, close its socket, wait alertably. */
  private async routineBody(op: Op, routine: number, error: number): Promise<void> {
    const g = this.g;
    this.running.push(op.h);
    g.depth++;
    g.log(`[routine ${ROUTINE_NAME.get(routine)} for #${op.id} on 0x${op.h.toString(16)}, error ${error}]`);
    try {
      const deep = g.depth > 3;
      const live = this.socks.has(op.h) && !this.excluded(op.h);
      switch (routine) {
        case ROUTINE.recv: if (live && !deep && error === 0) await this.overlapped({ h: op.h, kind: 'recv', routine: this.rng.chance(0.5) ? ROUTINE.recv : ROUTINE.noop }); break;
        case ROUTINE.send: if (live && !deep && error === 0) await this.overlapped({ h: op.h, kind: 'send', routine: ROUTINE.noop }); break;
        case ROUTINE.close: if (live) await this.closeLive(op.h); break;
        case ROUTINE.sleep: if (!deep) { const r = await g.call('SleepEx', [0, 1]); await this.apcLoop(r.r); } break;
        case ROUTINE.cancel: await g.call('CancelIo', [op.h]); break;
        case ROUTINE.grow: g.grow(1); if (live && !deep) await this.overlapped({ h: op.h, kind: 'recv', routine: ROUTINE.noop }); break;
        case ROUTINE.wait: if (!deep) await this.waits(true); break;
      }
    } finally {
      g.depth--;
      this.running.pop();
    }
  }

  /** Alertable zero-timeout waits until no routine is left. */
  private async drainApcs(): Promise<void> {
    for (let i = 0; i < 50; i++) {
      const r = await this.g.call('SleepEx', [0, 1]);
      if (r.r !== WAIT_IO_COMPLETION) return;
      await this.apcLoop(r.r);
    }
  }

  /** Every operation posted ended, and one with a routine had it called exactly once. */
  private checkCompletions(): void {
    for (const op of this.ops) {
      if (!op.req?.done) this.g.fail(`operation #${op.id} (${op.kind} on 0x${op.h.toString(16)}, step ${op.step}) never completed although its socket was closed`);
      if (op.routine && op.delivered !== 1) this.g.fail(`operation #${op.id} (${op.kind}, step ${op.step}) had its completion routine called ${op.delivered} times`);
      this.checkOverlappedDone(op, 'ended');
    }
  }

  // ---- readiness -------------------------------------------------------------------------------------
  /** Something in these sets is ready now (so a long select returns at once), or the call fails at once. */
  private selectReady(sets: number[][]): boolean {
    let any = false;
    for (const [i, set] of sets.entries()) {
      for (const h of set) {
        const s = this.core(h);
        if (!s) return true; // WSAENOTSOCK at once
        any = true;
        try {
          if (i === 0 && (s.closed || s.readable())) return true;
          if (i === 1 && !s.closed && s.writable()) return true;
          if (i === 2 && !s.closed && s.excepted()) return true;
        } catch { return false; }
      }
    }
    return !any;
  }

  private fdSetHandles(): number[] {
    const r = this.rng;
    const n = r.weighted([[this.evil ? 1 : 0, 0], [6, r.range(1, 4)], [1, r.range(5, 64)], [this.evil ? 1 : 0, 65]]);
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(r.chance(0.85) && this.live().length ? r.pick(this.live()).h : this.handle());
    if (out.length && r.chance(0.1)) out.push(out[0]);
    return out.map((h) => (this.excluded(h) ? 0xdead : h >>> 0));
  }

  async select(): Promise<void> {
    const r = this.rng;
    const g = this.g;
    const sets: number[][] = [];
    const ptrs: number[] = [];
    const writes: Range[] = [];
    const counts: number[] = [];
    const pendingBufs = this.ops.filter((o) => o.kind === 'recv' && !o.req?.done);
    let endUsed = false;
    let pendingUsed = false;
    for (let i = 0; i < 3; i++) {
      if (r.chance(0.3)) { sets.push([]); ptrs.push(0); counts.push(0); continue; }
      const hs = this.fdSetHandles();
      // One set at most at the end of memory, one in a pending buffer: sets never overlap each other.
      const where = this.evil ? r.weighted([[6, 'scratch'], [endUsed ? 0 : 1, 'end'], [endUsed ? 0 : 1, 'past'], [1, 'hugecount'], [pendingBufs.length && !pendingUsed ? 2 : 0, 'pending']] as const) : 'scratch';
      if (where === 'end' || where === 'past') endUsed = true;
      const bytes = 4 + 4 * hs.length;
      let p = where === 'end' ? g.size - bytes : where === 'past' ? g.size - bytes + 4 : this.alloc(bytes);
      if (where === 'pending') {
        // An fd_set inside a buffer a pending receive will fill.
        pendingUsed = true;
        const rg = r.pick(pendingBufs).ranges.find(([s, e]) => e - s >= bytes && s >= DATA && e <= g.size - 300);
        if (rg) p = rg[0];
      }
      let count = hs.length;
      if (where === 'hugecount') count = r.pick([0x7fffffff, 0xffffffff, 0x40000000, 1000000]);
      if (p + 4 <= g.size) g.w32(p, count);
      for (let k = 0; k < hs.length; k++) if (p + 8 + 4 * k <= g.size) g.w32(p + 4 + 4 * k, hs[k]);
      sets.push(where === 'past' || where === 'hugecount' ? [0xdead] : hs);
      ptrs.push(p);
      counts.push(count);
      writes.push([p, Math.min(p + 4 + 4 * Math.min(count, 70), g.size)]);
    }
    const tk = r.weighted([[3, 'zero'], [5, 'short'], [1, 'null'], [1, 'huge'], [this.evil ? 1 : 0, 'negative'], [this.evil ? 1 : 0, 'bad']] as const);
    let tv = 0;
    let ms = 0;
    if (tk !== 'null') {
      tv = tk === 'bad' ? g.size - 4 : this.alloc(8);
      if (tv + 8 <= g.size) {
        const [sec, usec] = tk === 'zero' ? [0, 0] : tk === 'short' ? [0, r.range(1, 30) * 1000 + r.int(999)] : tk === 'huge' ? [r.pick([3000000, 0x7fffffff, 86400 * 30]), 0] : [r.pick([-1, 0]), r.pick([-1, -1000000])];
        g.w32(tv, sec); g.w32(tv + 4, usec);
        ms = sec * 1000 + Math.ceil(usec / 1000);
      }
    }
    if ((tk === 'null' || tk === 'huge') && !this.selectReady(sets)) return;
    const res = await g.call('select', [0, ptrs[0], ptrs[1], ptrs[2], tv], writes, `sets [${sets.map((s) => s.map((h) => h.toString(16)).join(' ')).join('] [')}] timeout ${tk}`);
    if (res.failed) return;
    let sum = 0;
    for (let i = 0; i < 3; i++) {
      if (!ptrs[i]) continue;
      const n = g.u32(ptrs[i]);
      this.expect(n <= counts[i], `select wrote fd_count ${n} into a set of ${counts[i]}`);
      for (let k = 0; k < n; k++) this.expect(sets[i].includes(g.u32(ptrs[i] + 4 + 4 * k)), `select returned handle 0x${g.u32(ptrs[i] + 4 + 4 * k).toString(16)} that was not in the set`);
      sum += n;
    }
    this.expect(res.r === sum, `select returned ${res.r} but its sets hold ${sum} handles`);
    if (res.r === 0 && tk === 'short') this.expect(res.ms >= ms - 1, `select with a ${ms} ms timeout returned 0 after ${res.ms.toFixed(1)} ms`);
    if (res.r === 0 && tk === 'huge') g.fail(`select with a timeout of ${ms / 1000} s returned 0 after ${res.ms.toFixed(1)} ms`);
  }

  async poll(): Promise<void> {
    const r = this.rng;
    const g = this.g;
    const n = r.weighted([[8, r.range(1, 6)], [this.evil ? 1 : 0, 0], [1, r.range(7, 40)]]);
    const pendingBufs = this.ops.filter((o) => o.kind === 'recv' && !o.req?.done);
    const where = this.evil ? r.weighted([[6, 'scratch'], [1, 'end'], [1, 'past'], [1, 'null'], [pendingBufs.length ? 2 : 0, 'pending']] as const) : 'scratch';
    const bytes = 8 * n;
    let p = where === 'end' ? g.size - bytes : where === 'past' ? g.size - bytes + r.range(1, 7) : where === 'null' ? 0 : this.alloc(bytes || 8);
    if (where === 'pending') {
      // The array inside a buffer a pending receive will fill: its entries may change while it waits.
      const rg = r.pick(pendingBufs).ranges.find(([s, e]) => e - s >= bytes && s >= DATA);
      if (rg) p = rg[0];
    }
    const entries: { h: number; ev: number }[] = [];
    for (let i = 0; i < n; i++) {
      const h = r.chance(0.8) && this.live().length ? r.pick(this.live()).h : this.handle();
      const e = this.evil ? 0.4 : 0;
      const ev = r.weighted([[4, POLLRDNORM], [3, POLLWRNORM], [3, POLLRDNORM | POLLWRNORM], [1, POLLRDBAND], [1, 0], [e, POLLPRI], [e, POLLHUP], [e, r.u32() & 0xffff]]);
      entries.push({ h: this.excluded(h) ? 0xdead : h >>> 0, ev });
      if (p && p + 8 * i + 8 <= g.size) { g.w32(p + 8 * i, entries[i].h); g.w16(p + 8 * i + 4, ev); g.w16(p + 8 * i + 6, 0xffff); }
    }
    const fds = this.evil && r.chance(0.1) ? r.pick([0x7fffffff, 0xffffffff, 0x20000000]) : n;
    const tk = r.weighted([[3, 0], [5, r.range(1, 30)], [1, -1], [1, r.pick([0x7fffffff, 3000000])], [1, r.pick([-2, -1000])]]);
    const inBounds = p !== 0 && p + 8 * n <= g.size && fds === n;
    const validFlags = entries.every((e) => (e.ev & ~(POLLRDNORM | POLLRDBAND | POLLWRNORM)) === 0);
    const anyValid = entries.some((e) => this.core(e.h));
    if ((tk < 0 || tk > 1000) && inBounds && validFlags && anyValid) {
      const ready = entries.some((e) => {
        const s = this.core(e.h);
        if (!s) return true; // POLLNVAL
        // Data answers POLLRDNORM only (POLLRDBAND is out-of-band data, never there).
        try {
          const st = pollBits(s);
          return s.closed || (st & 1 && e.ev & POLLRDNORM) || (st & 2 && e.ev & POLLWRNORM) || (st & 12) !== 0;
        } catch { return false; }
      });
      if (!ready) return;
    }
    const res = await g.call('WSAPoll', [p, fds, tk], p ? [[p, Math.min(p + 8 * n, g.size)]] : [], `[${entries.map((e) => `${e.h.toString(16)}:${e.ev.toString(16)}`).join(' ')}] timeout ${tk}`);
    if (res.failed || !inBounds || where === 'pending') return;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const rev = g.u16(p + 8 * i + 6);
      if (rev) count++;
      this.expect((rev & ~(entries[i].ev | POLLHUP | POLLERR | POLLNVAL)) === 0, `WSAPoll revents 0x${rev.toString(16)} for events 0x${entries[i].ev.toString(16)}`);
    }
    this.expect(res.r === count, `WSAPoll returned ${res.r} but ${count} entries have revents`);
    if (res.r === 0 && tk > 0) this.expect(res.ms >= Math.min(tk, 1e9) - 1, `WSAPoll with a ${tk} ms timeout returned 0 after ${res.ms.toFixed(1)} ms`);
  }

  // ---- events and waits -----------------------------------------------------------------------------------
  async eventSelect(): Promise<void> {
    const r = this.rng;
    const h = this.handle();
    const ev = this.eventArg();
    const mask = r.weighted([[6, r.u32() & 0x3f], [1, 0], [1, 0x3ff], [1, r.u32()]]);
    await this.g.call('WSAEventSelect', [h, ev, mask]);
  }

  async enumNetworkEvents(): Promise<void> {
    const r = this.rng;
    const g = this.g;
    const h = this.handle((m) => !!this.core(m.h)?.selected);
    const ev = r.chance(0.3) ? 0 : this.eventArg();
    const p = r.weighted([[8, () => this.alloc(44)], [1, () => g.size - 44], [1, () => g.size - r.range(1, 43)], [1, () => 0]])();
    const sel = this.core(h)?.selected?.mask;
    const res = await g.call('WSAEnumNetworkEvents', [h, ev, p], p ? [[p, Math.min(p + 44, g.size)]] : []);
    if (!res.failed && sel !== undefined) {
      const got = g.u32(p);
      this.expect((got & ~sel) === 0, `WSAEnumNetworkEvents reported 0x${got.toString(16)} outside the selected 0x${sel.toString(16)}`);
    }
    if (!res.failed) {
      for (let i = 0; i < 10; i++) {
        const code = g.u32(p + 4 + 4 * i);
        this.expect(code === 0 || DOCUMENTED_ERRORS.has(code), `WSAEnumNetworkEvents iErrorCode[${i}] = ${code}: not a documented code`);
      }
    }
  }

  async eventOps(): Promise<void> {
    const r = this.rng;
    const g = this.g;
    const op = r.weighted([[this.events.size < 16 ? 4 : 0, 'create'], [3, 'set'], [2, 'reset'], [2, 'close']] as const);
    if (op === 'create') {
      const api = r.weighted([[3, 'WSACreateEvent'], [2, 'CreateEventA'], [1, 'CreateEventW']] as const);
      const manual = r.chance(0.6) ? 1 : 0;
      const named = r.chance(0.1);
      const res = api === 'WSACreateEvent' ? await g.call(api, []) : await g.call(api, [0, manual, r.chance(0.3) ? 1 : 0, named ? this.alloc(8) : 0]);
      if (named && api !== 'WSACreateEvent') { this.expect(res.failed && res.err === 50, `a named CreateEvent gave ${res.failed ? res.err : 'a handle'}`); return; }
      if (res.failed) return;
      const h = res.r >>> 0;
      if (this.socks.has(h) || this.events.has(h)) g.fail(`event handle 0x${h.toString(16)} was handed out while still live`);
      this.events.set(h, { manual: api === 'WSACreateEvent' || manual === 1 });
      this.closedEvents = this.closedEvents.filter((x) => x !== h);
      return;
    }
    const h = this.eventArg();
    const api = op === 'set' ? r.pick(['WSASetEvent', 'SetEvent']) : op === 'reset' ? r.pick(['WSAResetEvent', 'ResetEvent']) : r.pick(['WSACloseEvent', 'CloseHandle']);
    if (api === 'CloseHandle' && this.socks.has(h >>> 0)) return; // closing a socket this way is the close action's
    const res = await g.call(api, [h]);
    const isEvent = this.events.has(h >>> 0);
    if (this.startups > 0 || api.indexOf('WSA') !== 0) this.expect(res.failed !== isEvent, `${api} on ${isEvent ? 'an event' : 'a non-event handle'} ${res.failed ? 'failed' : 'succeeded'}`);
    if (op === 'close' && !res.failed && isEvent) { this.events.delete(h >>> 0); this.closedEvents.push(h >>> 0); }
  }

  /** Waits and sleeps, alertable or not; long ones only when they end at once. */
  async waits(inRoutine = false): Promise<void> {
    const r = this.rng;
    const g = this.g;
    const api = r.weighted([[4, 'WSAWaitForMultipleEvents'], [2, 'WaitForMultipleObjects'], [2, 'WaitForMultipleObjectsEx'], [2, 'WaitForSingleObject'], [2, 'WaitForSingleObjectEx'], [3, 'SleepEx']] as const);
    const alertable = api.endsWith('Ex') || api === 'WSAWaitForMultipleEvents' ? (r.chance(0.6) ? 1 : 0) : 0;
    const apcs = g.host.winsock.apcs as unknown as { runnable: boolean };
    let t = r.weighted([[3, 0], [5, r.range(1, 25)], [1, INFINITE], [1, r.pick([0x7fffffff, 0x80000000, 0xfffffffe])]]);
    if (inRoutine) t = 0;
    const long = t === INFINITE || t > 1000;
    if (api === 'SleepEx') {
      if (long && !(alertable && apcs.runnable)) t = r.range(0, 5);
      const res = await g.call('SleepEx', [t, alertable]);
      if (!alertable) this.expect(res.r === 0, `non-alertable SleepEx returned ${res.r}`);
      else this.expect(res.r === 0 || res.r === WAIT_IO_COMPLETION, `SleepEx returned ${res.r}`);
      if (res.r === 0 && t > 0) this.expect(res.ms >= Math.min(t, 1e9) - 1, `SleepEx(${t}) returned after ${res.ms.toFixed(1)} ms`);
      await this.apcLoop(res.r);
      return;
    }
    const single = api.startsWith('WaitForSingle');
    const evs = [...this.events.keys()];
    let hs: number[] = [];
    const e = this.evil ? 1 : 0;
    const n = single ? 1 : r.weighted([[6, r.range(1, 4)], [1, r.range(5, 64)], [e, 0], [e, 65], [e, r.pick([0xffffffff, 0x7fffffff])]]);
    for (let i = 0; i < Math.min(n, 70); i++) hs.push(evs.length && (!this.evil || r.chance(0.8)) ? r.pick(evs) : this.handle());
    hs = hs.map((h) => (this.excluded(h) ? 0xdead : h >>> 0));
    const all = !single && r.chance(0.3) ? 1 : 0;
    const where = single ? 'none' : this.evil ? r.weighted([[6, 'scratch'], [1, 'end'], [1, 'past'], [1, 'null']] as const) : 'scratch';
    let arr = 0;
    if (!single) {
      const bytes = 4 * hs.length;
      arr = where === 'end' ? g.size - bytes : where === 'past' ? g.size - bytes + 2 : where === 'null' ? 0 : this.alloc(bytes || 4);
      for (let i = 0; i < hs.length; i++) if (arr && arr + 4 * i + 4 <= g.size) g.w32(arr + 4 * i, hs[i]);
    }
    if (long) {
      const fastFail = n === 0 || n > 64 || where === 'past' || where === 'null' || hs.slice(0, n).some((h) => !this.coreEvent(h));
      const sig = hs.slice(0, n).map((h) => !!this.coreEvent(h)?.signaled);
      const ends = fastFail || (alertable && apcs.runnable) || (all ? sig.every(Boolean) : sig.some(Boolean));
      if (!ends) t = r.range(0, 20);
    }
    const args = single ? (api === 'WaitForSingleObject' ? [hs[0], t] : [hs[0], t, alertable])
      : api === 'WaitForMultipleObjects' ? [n, arr, all, t] : [n, arr, all, t, alertable];
    const res = await g.call(api, args, [], `[${hs.slice(0, 6).map((h) => h.toString(16)).join(' ')}${hs.length > 6 ? ' ...' : ''}]`);
    const v = res.r;
    const count = single ? 1 : n;
    this.expect(v === -1 || (v >= 0 && v < count) || v === WAIT_TIMEOUT || (alertable !== 0 && v === WAIT_IO_COMPLETION), `${api} returned ${v}`);
    if (v === WAIT_TIMEOUT && t > 0) {
      if (t > 1000) g.fail(`${api} with a timeout of ${t >>> 0} ms returned WAIT_TIMEOUT after ${res.ms.toFixed(1)} ms`);
      this.expect(res.ms >= t - 1, `${api} with a ${t} ms timeout returned WAIT_TIMEOUT after ${res.ms.toFixed(1)} ms`);
    }
    await this.apcLoop(v);
  }

  async sleep(): Promise<void> {
    const r = this.rng;
    if (r.chance(0.5)) {
      const ms = r.range(0, 8);
      const res = await this.g.call('Sleep', [ms]);
      if (ms > 0) this.expect(res.ms >= ms - 1, `Sleep(${ms}) returned after ${res.ms.toFixed(1)} ms`);
    } else {
      const res = await this.g.call('SleepEx', [r.range(0, 8), 1]);
      await this.apcLoop(res.r);
    }
  }

  // ---- control ----------------------------------------------------------------------------------------------
  async ioctl(): Promise<void> {
    const r = this.rng;
    const g = this.g;
    const h = this.handle();
    const cmd = r.weighted([[4, FIONBIO], [3, FIONREAD], [1, SIOCATMARK], [1, r.u32()], [1, 0x8004667e + 1]]);
    const p = r.weighted([[9, () => this.alloc(4)], [1, () => g.size - r.range(1, 3)], [1, () => 0], [1, () => g.size - 4]])();
    if (p && p + 4 <= g.size) g.w32(p, cmd === FIONBIO ? r.pick([0, 1, 1, 0x100]) : 0xdeadbeef);
    const res = await g.call('ioctlsocket', [h, cmd, p], p ? [[p, Math.min(p + 4, g.size)]] : []);
    if (!res.failed && (cmd | 0) === FIONREAD) {
      // The receive queue never holds much more than SO_RCVBUF (one chunk beyond it at most).
      this.expect(g.u32(p) <= 16 * 1024 * 1024, `FIONREAD says ${g.u32(p)} bytes`);
    }
  }

  async sockopt(): Promise<void> {
    const r = this.rng;
    const g = this.g;
    const h = r.chance(0.6) ? this.handle(this.usable) : this.handle();
    const s = this.core(h);
    const [level, name] = r.weighted([
      [3, [SOL_SOCKET, r.pick([SO.SO_RCVTIMEO, SO.SO_SNDTIMEO])]],
      [3, [SOL_SOCKET, r.pick([SO.SO_SNDBUF, SO.SO_RCVBUF])]],
      [3, [SOL_SOCKET, r.pick([SO.SO_REUSEADDR, SO.SO_EXCLUSIVEADDRUSE, SO.SO_KEEPALIVE, SO.SO_BROADCAST, SO.SO_DONTLINGER])]],
      [2, [SOL_SOCKET, SO.SO_LINGER]],
      [2, [SOL_SOCKET, r.pick([SO.SO_ERROR, SO.SO_TYPE, SO.SO_ACCEPTCONN, SO.SO_MAX_MSG_SIZE])]],
      [1, [SOL_SOCKET, r.pick([SO.SO_DEBUG, SO.SO_OOBINLINE, SO.SO_SNDLOWAT, SO.SO_RCVLOWAT, SO.SO_DONTROUTE, 0x7fff, 0])]],
      [2, [IPPROTO_TCP, TCP_NODELAY]],
      [1, [IPPROTO_IPV6, IPV6_V6ONLY]],
      [1, [r.pick([0, 17, 6, 41]), r.u32() & 0xff]],
      [1, [r.u32(), r.u32()]],
    ] as const);
    const get = r.chance(0.4);
    const len = r.weighted([[6, 4], [4, r.range(0, 8)], [1, r.pick([-1, 0x7fffffff, g.size + 1, 0x80000000])]]);
    const where = r.weighted([[10, 'scratch'], [1, 'end'], [1, 'past'], [1, 'null']] as const);
    const p = where === 'end' ? g.size - Math.max(1, Math.min(len, 8)) : where === 'past' ? g.size - r.range(1, 3) : where === 'null' ? 0 : this.alloc(8);
    if (get) {
      const lp = r.chance(0.93) ? this.alloc(4) : r.pick([0, g.size - 2]);
      if (lp && lp + 4 <= g.size) g.w32(lp, len);
      const res = await g.call('getsockopt', [h, level, name, p, lp], [[p, Math.min(p + 8, g.size)], [lp, lp + 4]], `level ${level >>> 0} opt 0x${(name >>> 0).toString(16)}`);
      if (!res.failed && level === SOL_SOCKET && name === SO.SO_TYPE && s) this.expect(g.u32(p) === s.type, `getsockopt(SO_TYPE) = ${g.u32(p)} for a socket of type ${s.type}`);
      if (!res.failed && level === SOL_SOCKET && name === SO.SO_ERROR) {
        const v = g.u32(p);
        this.expect(v === 0 || (DOCUMENTED_ERRORS.has(v) && v !== E.WSAENETDOWN), `getsockopt(SO_ERROR) gave ${v}: not a documented code`);
      }
      if (!res.failed && lp) this.expect(g.i32(lp) <= Math.max(len, 0) && g.i32(lp) > 0, `getsockopt wrote optlen ${g.i32(lp)} for a buffer of ${len}`);
      return;
    }
    let v: number;
    if (name === SO.SO_RCVTIMEO || name === SO.SO_SNDTIMEO) {
      v = r.weighted([[6, r.range(5, 200)], [1, 0], [1, 1], [1, r.pick([0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff, -5])]]);
    }
    else if (name === SO.SO_SNDBUF || name === SO.SO_RCVBUF) {
      v = r.pick([0, 1, 100, 512, 4096, 65536, 0x7fffffff, -1, 8192]);
    }
    else if (name === SO.SO_LINGER) v = (r.pick([0, 1, 2, 65535]) << 16) | r.pick([0, 1, 1, 0x100]);
    else v = r.pick([0, 1, 1, 0x100, 0xffffffff, r.u32()]);
    if (p && p + 4 <= g.size) g.w32(p, v);
    else if (p && p < g.size) for (let i = p; i < g.size; i++) g.w8(i, 1);
    // (SO_LINGER with a long timeout and data that cannot leave would make closesocket wait: closeLive handles it.)
    await g.call('setsockopt', [h, level, name, p, len], [], `level ${level >>> 0} opt 0x${(name >>> 0).toString(16)} value 0x${(v >>> 0).toString(16)}`);
  }

  async shutdown(): Promise<void> {
    const h = this.handle();
    const how = this.rng.weighted([[3, 0], [3, 1], [3, 2], [1, 3], [1, -1]]);
    const m = this.socks.get(h >>> 0);
    if (m) m.tainted = true;
    await this.g.call('shutdown', [h, how]);
  }

  /** closesocket on a live socket, made to return soon. */
  private async closeLive(h: number): Promise<void> {
    const g = this.g;
    h >>>= 0;
    if (!this.closeBounded(h)) {
      const p = this.alloc(4);
      g.w32(p, 1); // SO_LINGER {1, 0}: abortive
      await g.call('setsockopt', [h, SOL_SOCKET, SO.SO_LINGER, p, 4], [], '(so that closesocket cannot wait)');
    }
    const via = this.rng.chance(0.2) ? 'CloseHandle' : 'closesocket';
    const res = await g.call(via, [h]);
    const wasLive = this.socks.has(h);
    this.socks.delete(h);
    if (wasLive) { this.closed.push(h); if (this.sentinel === h) this.sentinel = undefined; }
    if (wasLive && this.startups > 0) this.expect(!res.failed, `${via} of a live socket failed with ${res.err}`);
    if (wasLive && this.startups > 0) {
      const again = await g.call('closesocket', [h]);
      this.expect(again.failed && again.err === E.WSAENOTSOCK, `closesocket of a closed socket gave ${again.failed ? again.err : 0}, not WSAENOTSOCK`);
    }
  }

  async close(): Promise<void> {
    const r = this.rng;
    const h = this.handle();
    if (this.socks.has(h >>> 0)) return this.closeLive(h);
    const api = r.chance(0.8) ? 'closesocket' : 'CloseHandle';
    const res = await this.g.call(api, [h]);
    if (api === 'CloseHandle' && !res.failed && this.events.has(h >>> 0)) { this.events.delete(h >>> 0); this.closedEvents.push(h >>> 0); }
  }

  async names(): Promise<void> {
    const r = this.rng;
    const g = this.g;
    const h = this.handle();
    const api = r.chance(0.5) ? 'getsockname' : 'getpeername';
    const k = r.weighted([[6, 'ok'], [1, 'short'], [1, 'end'], [1, 'nulllen'], [1, 'endlen']] as const);
    const p = k === 'end' ? g.size - r.range(1, 28) : this.alloc(28);
    const lp = k === 'nulllen' ? 0 : k === 'endlen' ? g.size - r.range(1, 3) : this.alloc(4);
    if (lp && lp + 4 <= g.size) g.w32(lp, k === 'short' ? r.range(-1, 15) : r.pick([16, 28, 128]));
    const res = await g.call(api, [h, p, lp], [[p, Math.min(p + 28, g.size)], [lp, lp + 4]]);
    if (!res.failed) {
      const len = g.i32(lp);
      const fam = g.u16(p);
      this.expect((len === 16 && fam === AF_INET) || (len === 28 && fam === AF_INET6), `${api} wrote a ${len}-byte address of family ${fam}`);
      this.expect(k !== 'short', `${api} with a too short *namelen succeeded`);
    }
  }

  async grow(): Promise<void> { this.g.grow(1); }

  async misc(): Promise<void> {
    const r = this.rng;
    const g = this.g;
    switch (r.int(6)) {
      case 0: await g.call('WSAGetLastError', []); break;
      case 1: await g.call(r.chance(0.5) ? 'WSASetLastError' : 'SetLastError', [r.pick([0, 10035, r.u32()])]); break;
      case 2: await g.call('GetLastError', []); break;
      case 3: await g.call(r.chance(0.5) ? 'GetTickCount' : 'GetTickCount64', []); break;
      default: {
        const p = r.weighted([[5, () => this.alloc(8, 8)], [1, () => g.size - r.range(1, 8)], [1, () => 0], [1, () => g.size - 8]])();
        const res = await g.call(r.chance(0.5) ? 'QueryPerformanceCounter' : 'QueryPerformanceFrequency', [p], p ? [[p, Math.min(p + 8, g.size)]] : []);
        const ok = p !== 0 && p + 8 <= g.size;
        this.expect(res.failed !== ok, `QueryPerformance* with ${ok ? 'a valid' : 'an invalid'} pointer ${res.failed ? 'failed' : 'succeeded'}`);
      }
    }
  }

  /** The other end acts: reset, graceful close, data. */
  async peerAct(): Promise<void> {
    const r = this.rng;
    const cands = this.live((m) => m.type === 1 && !!m.peer && this.peers.byGuestPort.has(this.localPort(m.h) ?? -1));
    if (!cands.length) return;
    const m = r.pick(cands);
    const what = r.weighted([[2, 'reset'], [2, 'end'], [3, 'write'], [1, 'destroy']] as const);
    if (what !== 'write') m.tainted = true;
    this.peers.act(this.localPort(m.h)!, what, r.pick([1, 100, 5000, 70000]));
    this.g.log(`(the peer of 0x${m.h.toString(16)} does: ${what})`);
    await this.g.idle(r.range(1, 8), `peer ${what}`);
  }

  /**
   * A wait with a timeout of 2^31 ms or more (or INFINITE), which must last until a datagram
   * scheduled from outside arrives: select, WSAPoll, an event wait, an alertable SleepEx, SO_RCVTIMEO.
   */
  async longWait(): Promise<void> {
    const r = this.rng;
    const g = this.g;
    const fam: 4 | 6 = r.chance(0.8) ? 4 : 6;
    const s = await g.call('socket', [fam === 4 ? AF_INET : AF_INET6, 2, 17]);
    if (s.failed) return;
    const h = s.r >>> 0;
    this.register(h, 2, fam, { tainted: true });
    const a = this.sockaddr(fam, fam === 4 ? '127.0.0.1' : '::1', 0);
    const b = await g.call('bind', [h, a.p, a.len]);
    if (b.failed) return;
    const port = this.localPort(h);
    if (!port) return;
    const delay = r.range(30, 60);
    this.peers.datagram(delay, fam, port, r.range(1, 100));
    const kind = r.pick(['select', 'poll', 'event', 'sleepex', 'rcvtimeo', 'getresult'] as const);
    // 2^31 ms and more (up to INFINITE - 1) are valid Windows timeouts, select's tv_sec too.
    const huge = r.pick([0x80000000, 0xfffffffe, 0xc0000000, 0x7fffffff + 2]);
    g.log(`(a datagram will reach 0x${h.toString(16)} in ${delay} ms; waiting with ${kind})`);
    let res: CallResult;
    const buf = this.alloc(128);
    switch (kind) {
      case 'select': {
        const fs = this.alloc(8); g.w32(fs, 1); g.w32(fs + 4, h);
        const sec = Math.floor(huge / 1000);
        const tv = this.alloc(8); g.w32(tv, sec); g.w32(tv + 4, 0);
        res = await g.call('select', [0, fs, 0, 0, tv], [[fs, fs + 8]]);
        this.expect(res.r === 1, `select on a UDP socket with a ${Math.floor(huge / 1000)} s timeout returned ${res.r} after ${res.ms.toFixed(1)} ms, before the datagram arrived`);
        break;
      }
      case 'poll': {
        const pf = this.alloc(8); g.w32(pf, h); g.w16(pf + 4, POLLRDNORM); g.w16(pf + 6, 0);
        const t = r.pick([-1, 0x7fffffff]);
        res = await g.call('WSAPoll', [pf, 1, t], [[pf, pf + 8]]);
        this.expect(res.r === 1, `WSAPoll with timeout ${t} returned ${res.r} after ${res.ms.toFixed(1)} ms, before the datagram arrived`);
        break;
      }
      case 'event': case 'sleepex': case 'getresult': {
        const ev = await g.call('WSACreateEvent', []);
        if (ev.failed) return;
        this.events.set(ev.r >>> 0, { manual: true });
        const ov = this.slot().p;
        this.resetSlot(ov);
        if (kind !== 'sleepex') g.w32(ov + 16, ev.r);
        const wb = this.alloc(8); g.w32(wb, 128); g.w32(wb + 4, buf);
        const cnt = this.alloc(4), fl = this.alloc(4); g.w32(fl, 0);
        const routine = kind === 'sleepex' ? ROUTINE.noop : 0;
        const before = g.step;
        const post = await g.call('WSARecvFrom', [h, wb, 1, cnt, fl, 0, 0, ov, routine], [[buf, buf + 128], [cnt, cnt + 4], [fl, fl + 4], [ov, ov + 20]]);
        if (!(post.failed && post.err === E.WSA_IO_PENDING)) return;
        const req = this.core(h)?.requests?.get(ov);
        const op: Op = { id: this.nextOp++, kind: 'recv', h, ov, routine, event: routine ? 0 : ev.r >>> 0, total: 128, ranges: [[buf, buf + 128]], req, delivered: 0, shared: false, step: before };
        this.track(op);
        g.addWriter(`WSARecvFrom #${op.id}`, [[buf, buf + 128], [ov, ov + 20]], () => !req?.done);
        if (kind === 'event') {
          const arr = this.alloc(4); g.w32(arr, ev.r);
          const api = r.pick(['WSAWaitForMultipleEvents', 'WaitForSingleObject', 'WaitForMultipleObjectsEx'] as const);
          res = api === 'WaitForSingleObject' ? await g.call(api, [ev.r, huge]) : await g.call(api, [1, arr, 0, huge, 0]);
          this.expect(res.r === 0, `${api} with a timeout of ${huge >>> 0} ms returned ${res.r} after ${res.ms.toFixed(1)} ms, before the datagram arrived`);
        } else if (kind === 'getresult') {
          const cb = this.alloc(4), f2 = this.alloc(4);
          res = await g.call('WSAGetOverlappedResult', [h, ov, cb, 1, f2], [[cb, cb + 4], [f2, f2 + 4]]);
          this.expect(res.r === 1, `WSAGetOverlappedResult(fWait TRUE) returned ${res.r} [${res.err}] before the datagram arrived`);
        } else {
          res = await g.call('SleepEx', [huge, 1]);
          this.expect(res.r === WAIT_IO_COMPLETION, `SleepEx(${huge >>> 0}, TRUE) returned ${res.r} after ${res.ms.toFixed(1)} ms, before the datagram's completion routine was queued`);
          await this.apcLoop(res.r);
        }
        break;
      }
      default: {
        await this.setInt(h, SOL_SOCKET, SO.SO_RCVTIMEO, huge);
        res = await g.call('recvfrom', [h, buf, 128, 0, 0, 0], [[buf, buf + 128]]);
        this.expect(!res.failed, `recvfrom with SO_RCVTIMEO ${huge >>> 0} ms failed with ${res.err} after ${res.ms.toFixed(1)} ms, before the datagram arrived`);
      }
    }
    await this.closeLive(h);
  }

  // ---- end-of-seed audits -------------------------------------------------------------------------------------
  /** A socket whose connection must still carry data end to end. */
  private healthy(h: number): boolean {
    const s = this.core(h);
    const m = this.socks.get(h);
    if (!s || !m || m.tainted || s.type !== 1 || s.state !== 'connected') return false;
    return !s.broken && !s.sendShut && !s.recvShut && !s.peerEnded;
  }

  private async prepareForAudit(h: number): Promise<void> {
    const g = this.g;
    // Routines run by the drain may post again: cancel until nothing is outstanding.
    for (let i = 0; i < 10; i++) {
      await g.call('CancelIo', [h]);
      await this.drainApcs();
      if (!this.core(h)?.outstanding) break;
    }
    await g.call('WSAEventSelect', [h, 0, 0]);
    const p = this.alloc(4);
    g.w32(p, 0);
    await g.call('ioctlsocket', [h, FIONBIO, p], [[p, p + 4]]);
    await this.setInt(h, SOL_SOCKET, SO.SO_RCVTIMEO, 400);
    await this.setInt(h, SOL_SOCKET, SO.SO_SNDTIMEO, 1500);
  }

  /** Send a marker from `from` and read `to` until the marker arrives (echo or guest peer). */
  private async audit(from: number, to: number, what: string): Promise<void> {
    const g = this.g;
    const marker = this.rng.bytes(16);
    const tx = this.alloc(16);
    g.wbytes(tx, marker);
    let off = 0;
    while (off < 16) {
      const r = await g.call('send', [from, tx + off, 16 - off, 0], [], `(audit ${what})`);
      if (r.failed) g.fail(`audit of ${what}: sending the marker failed with ${r.err}`);
      off += r.r;
    }
    const rx = DATA;
    const cap = Math.min(32768, g.size - DATA);
    let tail = new Uint8Array(0);
    let total = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 2500) {
      const r = await g.call('recv', [to, rx, cap, 0], [[rx, rx + cap]], `(audit ${what})`);
      if (r.failed && r.err === E.WSAETIMEDOUT) continue;
      if (r.failed) g.fail(`audit of ${what}: recv failed with ${r.err} after ${total} bytes`);
      if (r.r === 0) g.fail(`audit of ${what}: the connection ended after ${total} bytes, before the marker came back`);
      total += r.r;
      const got = g.bytes(rx, r.r);
      const t = new Uint8Array(tail.length + got.length);
      t.set(tail); t.set(got, tail.length);
      tail = t.slice(Math.max(0, t.length - 16));
      if (tail.length === 16 && tail.every((b, i) => b === marker[i])) return;
    }
    const s = this.core(to);
    g.fail(`audit of ${what}: the marker did not arrive within 2.5 s (${total} bytes read; SO_RCVBUF ${s?.options?.rcvbuf}, host queue ${s?.queue?.bytes}, transport paused ${s?.paused})`);
  }

  /** During the run: one connection that should carry data end to end still does. */
  async echoAudit(): Promise<void> {
    const cands = this.live((m) => this.healthy(m.h) && (m.peer === 'echo' || m.peer === 'slowecho' || (m.peer === 'guest' && m.pair !== undefined && this.healthy(m.pair))));
    if (!cands.length) return;
    const m = this.rng.pick(cands);
    await this.prepareForAudit(m.h);
    if (m.peer === 'guest') {
      await this.prepareForAudit(m.pair!);
      if (this.healthy(m.h) && this.healthy(m.pair!)) {
        await this.audit(m.h, m.pair!, `0x${m.h.toString(16)} -> 0x${m.pair!.toString(16)} (guest pair)`);
        if (this.rng.chance(0.5) && this.g.size < 8 * 65536) await this.growProbe(m.h, m.pair!);
      }
    } else if (this.healthy(m.h)) {
      await this.audit(m.h, m.h, `0x${m.h.toString(16)} (${m.peer} peer)`);
      if (this.rng.chance(0.5) && this.healthy(m.h) && this.g.size < 8 * 65536) await this.growProbe(m.h, m.h);
    }
  }

  /**
   * Views are taken fresh: an overlapped receive posted before memory.grow puts its bytes in
   * the grown memory (the old ArrayBuffer is detached by the grow).
   */
  private async growProbe(from: number, h: number): Promise<void> {
    const g = this.g;
    if (this.core(h)?.overlappedCapable === false) return; // WSASocket without WSA_FLAG_OVERLAPPED: the WSAOVERLAPPED is ignored
    const ev = await g.call('WSACreateEvent', []);
    if (ev.failed) return;
    this.events.set(ev.r >>> 0, { manual: true });
    const marker = this.rng.bytes(16);
    const buf = g.size - 4096; // near the old end of memory
    g.fill(buf, 16, 0);
    let got = 0;
    let grown = false;
    for (let tries = 0; tries < 16 && got < 16; tries++) {
      const ov = this.slot().p;
      this.resetSlot(ov);
      g.w32(ov + 16, ev.r);
      const wb = this.alloc(8); g.w32(wb, 16 - got); g.w32(wb + 4, buf + got);
      const cnt = this.alloc(4), fl = this.alloc(4); g.w32(fl, 0);
      const post = await g.call('WSARecv', [h, wb, 1, cnt, fl, ov, 0], [[buf + got, buf + 16], [cnt, cnt + 4], [fl, fl + 4], [ov, ov + 20]], '(grow probe)');
      if (post.failed && post.err !== E.WSA_IO_PENDING) g.fail(`grow probe: WSARecv failed with ${post.err}`);
      const req = this.core(h)?.requests?.get(ov);
      const op: Op = { id: this.nextOp++, kind: 'recv', h, ov, routine: 0, event: ev.r >>> 0, total: 16 - got, ranges: [[buf + got, buf + 16]], req, delivered: 0, shared: false, step: g.step };
      this.track(op);
      g.addWriter(`WSARecv #${op.id}`, [[buf + got, buf + 16], [ov, ov + 20]], () => !req?.done);
      if (!grown) {
        grown = g.grow(1);
        const tx = this.alloc(16);
        g.wbytes(tx, marker);
        const r = await g.call('send', [from, tx, 16, 0], [], '(grow probe)');
        if (r.failed || r.r !== 16) g.fail(`grow probe: send gave ${r.failed ? r.err : r.r}`);
      }
      const arr = this.alloc(4); g.w32(arr, ev.r);
      const w = await g.call('WSAWaitForMultipleEvents', [1, arr, 0, 2000, 0], [], '(grow probe)');
      if (w.r !== 0) g.fail(`grow probe: the receive posted before memory.grow did not complete (wait gave ${w.r})`);
      const cb = this.alloc(4), f2 = this.alloc(4);
      const res = await g.call('WSAGetOverlappedResult', [h, ov, cb, 0, f2], [[cb, cb + 4], [f2, f2 + 4]], '(grow probe)');
      if (res.failed) g.fail(`grow probe: the receive failed with ${res.err}`);
      got += g.u32(cb);
      if (g.u32(cb) === 0) break;
    }
    const back = g.bytes(buf, 16);
    if (got !== 16 || !back.every((b, i) => b === marker[i])) {
      g.fail(`grow probe: after memory.grow the overlapped receive left [${[...back].join(',')}] (${got} bytes) in guest memory, not the 16 bytes echoed [${[...marker].join(',')}]`);
    }
  }

  private async audits(): Promise<void> {
    const done = new Set<number>();
    for (const m of this.live()) {
      if (done.has(m.h) || !this.healthy(m.h)) continue;
      const echo = m.peer === 'echo' || m.peer === 'slowecho' || (m.peer === 'client' && m.clientKind === 'echo');
      if (echo) {
        done.add(m.h);
        await this.prepareForAudit(m.h);
        if (this.healthy(m.h)) await this.audit(m.h, m.h, `0x${m.h.toString(16)} (${m.peer} peer)`);
      } else if (m.peer === 'guest' && m.pair !== undefined && this.healthy(m.pair) && !done.has(m.pair)) {
        done.add(m.h); done.add(m.pair);
        await this.prepareForAudit(m.h);
        await this.prepareForAudit(m.pair);
        if (this.healthy(m.h) && this.healthy(m.pair)) await this.audit(m.h, m.pair, `0x${m.h.toString(16)} -> 0x${m.pair.toString(16)} (guest pair)`);
      }
    }
  }
}

/** The action table: weights of what a step does (WINSOCK_FUZZ_WEIGHTS=name=w,name=w overrides them). */
const BASE_ACTIONS: readonly (readonly [number, string])[] = [
  [7, 'newSocket'], [6, 'connect'], [3, 'bind'], [2, 'listen'], [3, 'accept'], [2, 'incomingClient'], [2, 'guestPair'],
  [9, 'send'], [9, 'recv'], [10, 'overlapped'], [3, 'getOverlappedResult'], [2, 'cancel'],
  [4, 'select'], [4, 'poll'], [3, 'eventSelect'], [2, 'enumNetworkEvents'], [4, 'eventOps'], [5, 'waits'], [2, 'sleep'],
  [3, 'ioctl'], [6, 'sockopt'], [2, 'shutdown'], [4, 'close'], [2, 'names'], [1, 'startupCleanup'], [0.15, 'fullCleanup'],
  [0.7, 'grow'], [1, 'misc'], [2, 'peerAct'], [1, 'longWait'], [1, 'echoAudit'],
];
const OVERRIDE = new Map((process.env.WINSOCK_FUZZ_WEIGHTS ?? '').split(',').filter(Boolean).map((kv) => {
  const [k, v] = kv.split('=');
  if (!BASE_ACTIONS.some(([, n]) => n === k) || !(Number(v) >= 0)) throw new Error(`WINSOCK_FUZZ_WEIGHTS: bad entry ${kv} (actions: ${BASE_ACTIONS.map(([, n]) => n).join(', ')})`);
  return [k, Number(v)] as const;
}));
const ACTIONS = BASE_ACTIONS.map(([w, n]) => [OVERRIDE.get(n) ?? w, n] as const);

/** The host's WSAPoll view of a socket as bits: 1 readable, 2 writable, 4 hung up, 8 failed. */
function pollBits(s: any): number {
  return s.pollEvents();
}

type NodeHandle = { type?: string; address?: () => { port?: number } };
const isUdp = (h: NodeHandle) => typeof h.type === 'string' && h.type.startsWith('udp');

/** Node's open handles and timers by type, for the end-of-seed leak check. */
function activeResources(): Map<string, number> {
  const m = new Map<string, number>();
  const info = (process as unknown as { getActiveResourcesInfo?: () => string[] }).getActiveResourcesInfo?.() ?? [];
  for (const k of info) if (k !== 'Immediate') m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}
