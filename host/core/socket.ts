// Winsock socket semantics over a transport: state machine, receive queue with
// backpressure, send buffering bounded by SO_SNDBUF, readiness for select.
import { CoreError, fail, isFailure, type MaybeAsync, type Outcome } from './errors.js';
import { RecvQueue, type IoVec } from './recv-queue.js';
import type {
  BindOptions, DatagramEndpoint, DatagramEvents, IncomingConnection, ListenerEvents,
  Network, SockAddr, StreamConnection, StreamEvents, StreamListener,
} from './transport.js';
import { Notifier, waitFor } from './wait.js';
import type { EventObject } from './events.js';
import { MAX_OUTSTANDING, type IoCompletion, type MemoryBytes, type OverlappedRequest } from './overlapped.js';

export type { MemoryBytes } from './overlapped.js';

/** What WSAPoll reports of a socket, as bits (the ABI turns them into POLLRDNORM, POLLWRNORM, POLLHUP, POLLERR). */
export const POLL = { READABLE: 1, WRITABLE: 2, HANGUP: 4, ERROR: 8 } as const;

/** Network event bits of WSAEventSelect (Windows' FD_* values and their bit numbers). */
export const FD = { READ: 0, WRITE: 1, OOB: 2, ACCEPT: 3, CONNECT: 4, CLOSE: 5 } as const;

export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
/** Receive flags core interprets (the same values on Windows and POSIX). */
const MSG_PEEK = 0x2;
const MSG_WAITALL = 0x8;

/** Windows' default SO_SNDBUF and SO_RCVBUF (64 KiB). */
export const DEFAULT_BUFFER = 65536;
/** Largest UDP payload over IPv4: SO_MAX_MSG_SIZE. */
export const MAX_DATAGRAM = 65507;
/** Accept queue length used for SOMAXCONN. */
export const SOMAXCONN_QUEUE = 200;
/**
 * How long a TCP connect may take, in ms: Windows sends a SYN and retransmits it twice
 * (TcpMaxConnectRetransmissions 2, initial retransmission timeout 3 s, doubling), so an
 * address that never answers fails with WSAETIMEDOUT after 3 + 6 + 12 = 21 s. Linux would
 * retry for about 130 s. 0 leaves it to the system.
 */
export const DEFAULT_CONNECT_TIMEOUT = 21_000;
/** A blocking gather of at least this many bytes is lent to the transport rather than copied. */
const BORROW_MIN = 16384;

export interface Linger { on: boolean; seconds: number }

/** Socket options that Winsock keeps per socket. */
export class SocketOptions {
  sndbuf = DEFAULT_BUFFER;
  rcvbuf = DEFAULT_BUFFER;
  sndtimeo = 0; // ms, 0 = forever (Windows)
  rcvtimeo = 0;
  linger: Linger = { on: false, seconds: 0 };
  reuseAddress = false;
  exclusive = false;
  keepAlive = false;
  noDelay = false;
  broadcast = false;
  v6Only = true; // Windows default for AF_INET6 sockets
  /** ms a connect may take before it fails with WSAETIMEDOUT (0: as long as the system tries). */
  connectTimeout = DEFAULT_CONNECT_TIMEOUT;
  copyFrom(o: SocketOptions): void { Object.assign(this, o, { linger: { ...o.linger } }); }
}

/** Up to this many bytes, gather copies byte by byte. */
const SMALL_COPY = 256;

/** Fill iov-described guest bytes into one new Buffer (the guest may reuse its buffers at once). */
function gather(mem: Uint8Array, iov: IoVec, n: number): Uint8Array {
  if (iov.ptrs.length === 1 && n <= SMALL_COPY) {
    // A small message: a byte loop costs less than making a view to copy from.
    const out = Buffer.allocUnsafe(n);
    const p = iov.ptrs[0];
    for (let i = 0; i < n; i++) out[i] = mem[p + i];
    return out;
  }
  if (iov.ptrs.length === 1) return Buffer.from(mem.subarray(iov.ptrs[0], iov.ptrs[0] + n));
  const out = Buffer.allocUnsafe(n);
  let off = 0;
  for (let i = 0; i < iov.ptrs.length && off < n; i++) {
    const k = Math.min(iov.lens[i], n - off);
    out.set(mem.subarray(iov.ptrs[i], iov.ptrs[i] + k), off);
    off += k;
  }
  return out;
}

/** The guest buffers of `iov` as views of guest memory (no copy). */
function views(mem: Uint8Array, iov: IoVec): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < iov.ptrs.length; i++) {
    if (iov.lens[i] > 0) out.push(Buffer.from(mem.buffer, mem.byteOffset + iov.ptrs[i], iov.lens[i]));
  }
  return out;
}

function bindOptions(o: SocketOptions): BindOptions {
  return { reuseAddress: o.reuseAddress, exclusive: o.exclusive, v6Only: o.v6Only };
}

export function anyAddress(family: 4 | 6): SockAddr {
  return { family, address: family === 4 ? '0.0.0.0' : '::', port: 0 };
}

/** Common part of stream and datagram sockets. */
export abstract class Socket {
  readonly options = new SocketOptions();
  readonly ready = new Notifier();
  nonBlocking = false;
  /** An asynchronous failure for SO_ERROR (a listener's, a datagram endpoint's), cleared when read. */
  pendingError: CoreError | undefined;
  closed = false;
  handle = 0;
  /** Made by socket(), or by WSASocket with WSA_FLAG_OVERLAPPED: overlapped arguments are honoured. */
  overlappedCapable = true;
  /** Where completed overlapped requests are reported (set by Winsock). */
  io: IoCompletion | undefined;
  private readonly sends: OverlappedRequest[] = [];
  private readonly recvs: OverlappedRequest[] = [];
  /** The latest request posted with each WSAOVERLAPPED address, for WSAGetOverlappedResult. */
  readonly requests = new Map<number, OverlappedRequest>();
  private pumping = false;

  // WSAEventSelect state: the selection, the record, and what may be recorded next.
  selected: { event: EventObject; mask: number } | undefined;
  recorded = 0;
  readonly eventErrors: (CoreError | undefined)[] = new Array(10).fill(undefined);
  protected canRead = true;
  protected canAccept = true;
  protected canWrite = false;
  /** How a connect ended, until FD_CONNECT reports it (only while events are selected). */
  protected connectOutcome: CoreError | 0 | undefined;
  private closeReported = false;

  constructor(readonly net: Network, readonly family: 4 | 6, readonly type: number, readonly protocol: number) {}

  /** State changed: move overlapped requests along, record network events, wake waiters. */
  changed(): void {
    if (this.sends.length || this.recvs.length) this.pump();
    if (this.selected) this.updateNetworkEvents();
    this.ready.notify();
  }

  // ---- overlapped operations ----------------------------------------------
  /** Checks made when an overlapped operation is posted; a failure here means no completion at all. */
  protected abstract postCheck(req: OverlappedRequest): CoreError | undefined;
  /** Try to finish an overlapped request now: its outcome, or undefined to wait. */
  protected abstract tryOverlapped(req: OverlappedRequest): Outcome | undefined;

  /** The request being posted: if it fails at once, that is a plain error with no completion indication. */
  private posting: OverlappedRequest | undefined;

  /** Post an overlapped operation: a failure (nothing will complete), or whether it completed at once. */
  post(req: OverlappedRequest): CoreError | boolean {
    const early = this.postCheck(req);
    if (early) return early;
    const queue = req.kind === 'send' ? this.sends : this.recvs;
    if (queue.length >= MAX_OUTSTANDING) return fail('EWOULDBLOCK'); // too many outstanding requests
    if (req.kind === 'recv') this.canRead = true; // WSARecv re-enables FD_READ
    queue.push(req);
    this.posting = req;
    try {
      this.pump();
    } finally {
      this.posting = undefined;
    }
    if (this.selected) this.updateNetworkEvents();
    // "Any other error code indicates that the overlapped operation was not successfully
    // initiated and no completion indication will occur."
    if (req.done && isFailure(req.result)) return req.result;
    this.requests.set(req.overlapped, req);
    return req.done;
  }

  /** Complete, in order, the requests that can finish now (posted buffers go out in the order supplied). */
  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    try {
      this.drain(this.sends);
      this.drain(this.recvs);
    } finally {
      this.pumping = false;
    }
  }

  private drain(queue: OverlappedRequest[]): void {
    while (queue.length) {
      const r = this.tryOverlapped(queue[0]);
      if (r === undefined) return;
      this.complete(queue.shift()!, r);
    }
  }

  /** The one completion path, for immediate and deferred completions, successes and failures. */
  private complete(req: OverlappedRequest, result: Outcome): void {
    req.done = true;
    req.result = result;
    if (req === this.posting && isFailure(result)) return; // reported by post() as a plain error
    this.io?.complete(this, req);
  }

  /** Cancel pending requests (all, or the one with this WSAOVERLAPPED): they complete with WSA_OPERATION_ABORTED. */
  cancel(overlapped?: number): number {
    let n = 0;
    for (const queue of [this.sends, this.recvs]) {
      for (let i = 0; i < queue.length;) {
        if (overlapped !== undefined && queue[i].overlapped !== overlapped) { i++; continue; }
        this.complete(queue.splice(i, 1)[0], fail('OPERATION_ABORTED'));
        n++;
      }
    }
    if (n) this.ready.notify();
    return n;
  }

  get outstanding(): number { return this.sends.length + this.recvs.length; }

  // ---- network events (WSAEventSelect) ---------------------------------------
  /** What network events could be recorded now. */
  protected abstract conditions(): { data: boolean; pendingAccept: boolean; writable: boolean; closed: CoreError | 0 | undefined };

  eventSelect(event: EventObject | undefined, mask: number): void {
    this.nonBlocking = true; // WSAEventSelect makes the socket non-blocking, even when it cancels
    this.selected = event && mask ? { event, mask } : undefined;
    this.recorded = 0;
    this.eventErrors.fill(undefined);
    this.canRead = true;
    this.canAccept = true;
    this.canWrite = this.conditions().writable;
    if (this.selected) this.updateNetworkEvents();
  }

  private record(bit: number, error: CoreError | undefined): void {
    this.recorded |= 1 << bit;
    this.eventErrors[bit] = error;
  }

  protected updateNetworkEvents(): void {
    const sel = this.selected;
    if (!sel) return;
    const before = this.recorded;
    const c = this.conditions();
    const on = (bit: number) => (sel.mask & (1 << bit)) !== 0;
    if (on(FD.READ) && this.canRead && c.data) { this.canRead = false; this.record(FD.READ, undefined); }
    if (on(FD.ACCEPT) && this.canAccept && c.pendingAccept) { this.canAccept = false; this.record(FD.ACCEPT, undefined); }
    if (on(FD.CONNECT) && this.connectOutcome !== undefined) {
      this.record(FD.CONNECT, this.connectOutcome || undefined);
      this.connectOutcome = undefined;
    }
    if (on(FD.WRITE) && this.canWrite && c.writable) { this.canWrite = false; this.record(FD.WRITE, undefined); }
    if (on(FD.CLOSE) && !this.closeReported && c.closed !== undefined) {
      this.closeReported = true;
      this.record(FD.CLOSE, c.closed || undefined);
    }
    if (this.recorded !== before) sel.event.set();
  }

  /** WSAEnumNetworkEvents: the record, cleared as it is read. */
  takeNetworkEvents(): { events: number; errors: (CoreError | undefined)[] } {
    const out = { events: this.recorded, errors: [...this.eventErrors] };
    this.recorded = 0;
    this.eventErrors.fill(undefined);
    return out;
  }

  /** After an operation that re-enables an event (recv for FD_READ, accept for FD_ACCEPT, a blocked send for FD_WRITE). */
  protected reenable(bit: number): void {
    if (bit === FD.READ) this.canRead = true;
    else if (bit === FD.ACCEPT) this.canAccept = true;
    else if (bit === FD.WRITE) this.canWrite = true;
  }

  /** Run after a re-enabling operation finished: the event may be recorded again at once. */
  protected settle<T extends MaybeAsync>(r: T): T {
    if (!this.selected) return r;
    if (r instanceof Promise) void r.then(() => this.updateNetworkEvents());
    else this.updateNetworkEvents();
    return r;
  }

  abstract bind(addr: SockAddr): MaybeAsync;
  abstract connect(addr: SockAddr): MaybeAsync;
  abstract send(mem: MemoryBytes, iov: IoVec, flags: number, to: SockAddr | undefined): MaybeAsync;
  abstract recv(mem: MemoryBytes, iov: IoVec, flags: number, from: ((a: SockAddr) => void) | undefined): MaybeAsync;
  abstract shutdown(how: number): Outcome;
  abstract close(): MaybeAsync;
  abstract localAddress(): SockAddr | CoreError;
  abstract remoteAddress(): SockAddr | CoreError;
  abstract readable(): boolean;
  abstract writable(): boolean;
  abstract excepted(): boolean;
  abstract pendingBytes(): number;
  /** WSAPoll's view, as POLL bits: readable, writable, hung up (peer closed or connection gone), failed. */
  abstract pollEvents(): number;
  abstract get listening(): boolean;
  /** Resolves once data handed to the transport has left (closed sockets included). */
  abstract flushed(): Promise<void>;
  applyOptions(): void {}

  /** SO_ERROR: the socket's error status. */
  errorStatus(): CoreError | undefined {
    const e = this.pendingError;
    this.pendingError = undefined;
    return e;
  }

  /** Run `attempt` now; if it would block, fail with EWOULDBLOCK or wait (with `timeoutMs`, 0 = forever). */
  protected blockOn(attempt: () => Outcome | undefined, timeoutMs: number): MaybeAsync {
    const r = attempt();
    if (r !== undefined) return r;
    if (this.nonBlocking) return fail('EWOULDBLOCK');
    return waitFor([this.ready], attempt, timeoutMs > 0 ? timeoutMs : -1, () => fail('ETIMEDOUT'));
  }
}

type StreamState = 'open' | 'bound' | 'listening' | 'connecting' | 'connected' | 'closed';

export class StreamSocket extends Socket implements StreamEvents, ListenerEvents {
  state: StreamState = 'open';
  local: SockAddr | undefined;
  private conn: StreamConnection | undefined;
  private listener: StreamListener | undefined;
  private backlog = 0;
  private readonly incoming: IncomingConnection[] = [];
  private readonly queue = new RecvQueue();
  private paused = false;
  private peerEnded = false;
  /** A reset or other failure of the connection: every later send/recv reports it. */
  private broken: CoreError | undefined;
  private sendShut = false;
  private recvShut = false;
  /** The socket was bound by bind() (not only implicitly, by a connect). */
  private boundByBind = false;
  /**
   * The last connect failed: select puts the socket in exceptfds and WSAPoll reports
   * POLLERR|POLLHUP, every time they are asked, until another connect starts (Wine's
   * test_select and test_WSAPoll, which run on Windows).
   */
  private connectFailed = false;
  /**
   * SO_ERROR after a connect that failed asynchronously: reading it does not clear it, nor
   * does a new connect call; a successful connect does (Wine's test_select, no todo_wine, run on
   * Windows, although the getsockopt page says "Retrieves error status and clear"). A blocking
   * connect that returned its failure leaves SO_ERROR at 0, as Windows does.
   */
  private connectError: CoreError | undefined;
  /** Ends a connect that takes longer than Windows would try (SocketOptions.connectTimeout). */
  private connectTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(net: Network, family: 4 | 6, protocol: number) {
    super(net, family, SOCK_STREAM, protocol);
  }

  get listening(): boolean { return this.state === 'listening'; }

  // ---- transport events -------------------------------------------------
  onConnect(): void {
    if (this.state !== 'connecting') return;
    clearTimeout(this.connectTimer);
    this.connectError = undefined;
    this.state = 'connected';
    this.canWrite = true; // FD_WRITE once connected
    if (this.selected) this.connectOutcome = 0;
    this.applyOptions();
    this.changed();
  }
  onData(chunk: Uint8Array): void {
    if (this.recvShut) return; // data after shutdown(SD_RECEIVE) is discarded
    this.queue.push(chunk);
    if (this.queue.bytes >= this.options.rcvbuf && !this.paused) {
      this.paused = true;
      this.conn?.pause();
    }
    this.changed();
  }
  onEnd(): void {
    this.peerEnded = true;
    this.changed();
  }
  onError(code: string): void {
    const e = fail(code);
    if (this.state === 'connecting') {
      // Back to bound and not connected: the socket may connect again, or listen if bind() bound
      // it; a connect marks an unbound socket as bound, to the address it tried from.
      clearTimeout(this.connectTimer);
      this.state = 'bound';
      this.local ??= this.conn?.localAddress();
      this.connectFailed = true;
      this.connectError = e;
      this.conn = undefined;
      if (this.selected) this.connectOutcome = e;
    } else if (this.state === 'listening') {
      this.pendingError = e;
    } else {
      // Windows drops unread data when the connection is reset; SO_ERROR stays 0 (test_tcp_reset).
      if (code === 'ECONNRESET') this.queue.clear();
      this.broken ??= e;
    }
    this.changed();
  }
  onDrain(): void { this.changed(); }
  onClose(): void {
    if (this.state === 'connected' && !this.peerEnded && !this.broken) this.broken = fail('ECONNABORTED');
    this.changed();
  }
  onConnection(conn: IncomingConnection): void {
    if (this.incoming.length >= this.backlog) { conn.refuse(); return; }
    this.incoming.push(conn);
    // A connection reaches the accept queue after the client's handshake has completed:
    // let a client in this process see its connect complete (FD_CONNECT) first, as on Windows.
    setImmediate(() => { if (!this.closed) this.changed(); });
  }

  // ---- operations -------------------------------------------------------
  bind(addr: SockAddr): MaybeAsync {
    if (this.state !== 'open') return fail('EINVAL');
    if (addr.family !== this.family) return fail('EAFNOSUPPORT');
    // Node binds a stream socket only together with listen or connect, so the
    // address is checked (and port 0 resolved) now and used when those come.
    return this.net.probeBind(addr, bindOptions(this.options)).then((r) => {
      if (isFailure(r)) return r;
      if (this.state !== 'open') return fail('EINVAL');
      this.local = r;
      this.state = 'bound';
      this.boundByBind = true;
      return 0;
    });
  }

  listen(backlog: number): MaybeAsync {
    if (this.state === 'listening') { this.backlog = backlog; return 0; }
    if (this.state === 'connecting' || this.state === 'connected') return fail('EISCONN');
    // "WSAEINVAL: The socket has not been bound with bind" (a failed connect's implicit bind does not count).
    if (this.state !== 'bound' || !this.boundByBind) return fail('EINVAL');
    this.backlog = backlog;
    return this.net.listen(this.local!, backlog, bindOptions(this.options), this).then((r) => {
      if (isFailure(r)) return r;
      this.listener = r;
      this.local = r.localAddress();
      this.state = 'listening';
      return 0;
    });
  }

  /** Take one pending connection; `make` builds the new socket (it joins the handle table). */
  accept(make: (s: StreamSocket) => number): MaybeAsync {
    if (this.state !== 'listening') return fail('EINVAL');
    this.reenable(FD.ACCEPT);
    return this.settle(this.blockOn(() => {
      if (this.closed) return fail('EINTR');
      const inc = this.incoming.shift();
      if (!inc) return undefined;
      const s = new StreamSocket(this.net, this.family, this.protocol);
      s.options.copyFrom(this.options); // the accepted socket has the listening socket's properties
      s.nonBlocking = this.nonBlocking;
      s.state = 'connected';
      s.conn = inc.attach(s);
      s.local = s.conn.localAddress();
      s.applyOptions();
      const h = make(s);
      // The accepted socket has the listening socket's WSAEventSelect selection too.
      if (this.selected) s.eventSelect(this.selected.event, this.selected.mask);
      return h;
    }, 0));
  }

  connect(addr: SockAddr): MaybeAsync {
    switch (this.state) {
      case 'connected': return fail('EISCONN');
      case 'connecting': return fail('EALREADY');
      case 'listening': return fail('EINVAL');
      case 'closed': return fail('ENOTSOCK');
    }
    if (addr.family !== this.family) return fail('EAFNOSUPPORT');
    if (addr.port === 0 || (addr.address === '0.0.0.0' || addr.address === '::')) return fail('EADDRNOTAVAIL');
    this.state = 'connecting';
    this.connectFailed = false;
    this.conn = this.net.connect(addr, this.boundByBind ? this.local : undefined, this);
    if (this.options.connectTimeout > 0) this.connectTimer = setTimeout(() => this.connectTimedOut(), this.options.connectTimeout);
    if (this.nonBlocking) return fail('EWOULDBLOCK');
    return waitFor([this.ready], () => {
      if (this.state === 'connected') return 0;
      if (this.state === 'connecting') return undefined;
      if (this.state === 'closed') return fail('EINTR'); // closed while the call waited
      const e = this.connectError ?? fail('ECONNREFUSED');
      this.connectError = undefined; // connect returned it: SO_ERROR reads 0 now
      return e;
    }, -1, () => fail('ETIMEDOUT'));
  }

  /** Windows has given up on this connect: it fails as a refused one does, with WSAETIMEDOUT. */
  private connectTimedOut(): void {
    if (this.state !== 'connecting') return;
    const conn = this.conn;
    this.onError('ETIMEDOUT');
    conn?.destroy();
  }

  private sendError(): CoreError | undefined {
    if (this.state === 'closed') return fail('EINTR'); // closed while a send waited (a new call meets ENOTSOCK first)
    if (this.broken) return this.broken;
    if (this.sendShut) return fail('ESHUTDOWN');
    if (this.state !== 'connected') return fail('ENOTCONN');
    return undefined;
  }

  send(mem: MemoryBytes, iov: IoVec, flags: number, _to: SockAddr | undefined): MaybeAsync {
    void flags;
    const early = this.sendError();
    if (early) return early;
    const total = iov.total;
    if (total === 0) return 0;
    const conn = this.conn!;
    const sndbuf = Math.max(this.options.sndbuf, 1);
    // Small gathers become one copied buffer: one segment on the wire, as Windows sends
    // a WSASend of several buffers (separate small writes would meet Nagle's delay).
    if (!this.nonBlocking && conn.buffered === 0 && (iov.ptrs.length === 1 || total >= BORROW_MIN)) {
      // Blocking send with nothing queued: hand the guest's own bytes to the transport
      // (no copy). Usually the kernel takes them at once; if not, the guest stays
      // suspended until it has, so the borrowed bytes cannot change meanwhile.
      conn.writeBorrowed(views(mem(), iov));
      if (conn.buffered === 0) return total;
      return waitFor([this.ready], () => {
        if (this.state === 'closed') return fail('EINTR');
        if (this.broken) return this.broken;
        return this.conn!.buffered === 0 ? total : undefined;
      }, this.options.sndtimeo > 0 ? this.options.sndtimeo : -1, () => {
        // Windows leaves the socket indeterminate after a send timeout; the transport
        // must not keep borrowed guest bytes, so the connection is reset.
        this.broken = fail('ETIMEDOUT');
        conn.reset();
        return this.broken;
      });
    }
    // Room for everything now: a copy goes into the send buffer.
    if (conn.buffered + total <= sndbuf) {
      conn.write(gather(mem(), iov, total));
      return total;
    }
    if (this.nonBlocking) {
      // A non-blocking stream send takes what fits, or nothing.
      const room = sndbuf - conn.buffered;
      if (room <= 0) {
        this.reenable(FD.WRITE); // FD_WRITE is posted again once there is room
        return fail('EWOULDBLOCK');
      }
      conn.write(gather(mem(), iov, room));
      return room;
    }
    // Blocking: hand the data over as room appears; return when all of it is taken.
    let sent = 0;
    const step = (): Outcome | undefined => {
      const e = this.sendError();
      if (e) return e;
      const room = sndbuf - this.conn!.buffered;
      if (room <= 0 && this.conn!.buffered > 0) return undefined;
      const k = Math.min(Math.max(room, 1), total - sent);
      this.conn!.write(gather(mem(), skip(iov, sent), k));
      sent += k;
      return sent === total ? total : undefined;
    };
    const r = step();
    if (r !== undefined) return r;
    return waitFor([this.ready], step, this.options.sndtimeo > 0 ? this.options.sndtimeo : -1, () => fail('ETIMEDOUT'));
  }

  recv(mem: MemoryBytes, iov: IoVec, flags: number, from: ((a: SockAddr) => void) | undefined): MaybeAsync {
    if (this.state === 'closed') return fail('ENOTSOCK');
    if (this.state !== 'connected') return fail('ENOTCONN');
    if (this.recvShut) return fail('ESHUTDOWN');
    const peek = (flags & MSG_PEEK) !== 0;
    const waitAll = (flags & MSG_WAITALL) !== 0;
    // "if the socket is in a non-blocking mode, then this call will fail with WSAEOPNOTSUPP. Also, if
    // MSG_WAITALL is specified along with MSG_OOB, MSG_PEEK, or MSG_PARTIAL, ..." (recv, WSARecv)
    if (waitAll && (peek || this.nonBlocking)) return fail('EOPNOTSUPP', peek ? 'MSG_WAITALL with MSG_PEEK' : 'MSG_WAITALL on a non-blocking socket');
    this.reenable(FD.READ);
    if (iov.total === 0) return this.settle(0);
    if (waitAll) {
      // The bytes go into the caller's buffers as they arrive, so a buffer larger than
      // SO_RCVBUF fills too (the queue never holds more than SO_RCVBUF).
      let got = 0;
      return this.settle(this.blockOn(() => {
        const r = this.fill(mem(), iov, got);
        got = r.got;
        return r.outcome === undefined || isFailure(r.outcome) ? r.outcome : this.from(r.outcome, from);
      }, this.options.rcvtimeo));
    }
    // What is there is taken now, without making a wait (this is every non-blocking poller's path).
    const now = this.received(mem, iov, peek, from);
    if (now !== undefined) return this.settle(now);
    if (this.nonBlocking) return this.settle(fail('EWOULDBLOCK'));
    const timeout = this.options.rcvtimeo > 0 ? this.options.rcvtimeo : -1;
    return this.settle(waitFor([this.ready], () => this.received(mem, iov, peek, from), timeout, () => fail('ETIMEDOUT')));
  }

  /** A receive's outcome now: queued bytes, the end, the connection's failure; undefined to wait. */
  private received(mem: MemoryBytes, iov: IoVec, peek: boolean, from: ((a: SockAddr) => void) | undefined): Outcome | undefined {
    if (this.state === 'closed') return fail('EINTR'); // closed while the call waited
    if (this.queue.bytes === 0) return this.broken ?? (this.peerEnded ? 0 : undefined);
    return this.from(this.take(mem(), iov, peek), from);
  }

  /** Report the peer as the source of `n` received bytes (recvfrom, WSARecvFrom on a stream). */
  private from(n: number, from: ((a: SockAddr) => void) | undefined): number {
    if (from) { const r = this.conn?.remoteAddress(); if (r) from(r); }
    return n;
  }

  /**
   * MSG_WAITALL: "The receive request will complete only when ... the buffer supplied by
   * the caller is completely full; the connection has been closed; the request has been
   * canceled or an error occurred." Moves queued bytes into `iov` after the `got` already
   * there; the outcome is undefined while the request must go on waiting. Bytes already in
   * the buffer when the connection fails are reported (the failure comes with the next call).
   */
  private fill(mem: Uint8Array, iov: IoVec, got: number): { got: number; outcome: Outcome | undefined } {
    if (this.state === 'closed') return { got, outcome: fail('EINTR') };
    if (this.queue.bytes > 0 && got < iov.total) got += this.take(mem, got ? skip(iov, got) : iov, false);
    if (got === iov.total || this.peerEnded) return { got, outcome: got };
    if (this.broken) return { got, outcome: got > 0 ? got : this.broken };
    return { got, outcome: undefined };
  }

  /** Take queued bytes into a guest IoVec; resume the transport once below SO_RCVBUF. */
  private take(mem: Uint8Array, iov: IoVec, peek: boolean): number {
    const n = this.queue.copyTo(mem, iov, iov.total, peek);
    if (this.paused && this.queue.bytes < this.options.rcvbuf) {
      this.paused = false;
      this.conn?.resume();
    }
    return n;
  }

  protected postCheck(req: OverlappedRequest): CoreError | undefined {
    if (req.kind === 'send') return this.sendError();
    if ((req.flags & MSG_WAITALL) && (req.flags & MSG_PEEK)) return fail('EOPNOTSUPP', 'MSG_WAITALL with MSG_PEEK');
    if (this.state === 'closed') return fail('ENOTSOCK');
    if (this.state !== 'connected') return fail('ENOTCONN');
    if (this.recvShut) return fail('ESHUTDOWN');
    return undefined;
  }

  protected tryOverlapped(req: OverlappedRequest): Outcome | undefined {
    if (req.kind === 'send') {
      const e = this.sendError();
      if (e) return e;
      // "A completion indication will occur ... when the supplied buffer(s) have been consumed
      // by the transport": the bytes go over as SO_SNDBUF has room, read from guest memory then.
      const conn = this.conn!;
      const total = req.iov.total;
      while (req.moved < total) {
        const room = Math.max(this.options.sndbuf, 1) - conn.buffered;
        if (room <= 0) return undefined;
        const k = Math.min(room, total - req.moved);
        conn.write(gather(req.mem(), skip(req.iov, req.moved), k));
        req.moved += k;
      }
      return total;
    }
    if (req.flags & MSG_WAITALL) {
      const r = this.fill(req.mem(), req.iov, req.moved);
      req.moved = r.got;
      return r.outcome;
    }
    if (this.queue.bytes > 0) return this.take(req.mem(), req.iov, (req.flags & MSG_PEEK) !== 0);
    if (this.broken) return this.broken;
    if (this.peerEnded) return 0;
    return req.iov.total === 0 ? 0 : undefined;
  }

  protected conditions(): { data: boolean; pendingAccept: boolean; writable: boolean; closed: CoreError | 0 | undefined } {
    const connected = this.state === 'connected';
    return {
      data: connected && this.queue.bytes > 0,
      pendingAccept: this.incoming.length > 0,
      writable: connected && !this.sendShut && !this.broken && this.conn!.buffered < this.options.sndbuf,
      closed: !connected ? undefined : this.broken ? this.broken : this.peerEnded ? 0 : undefined,
    };
  }

  shutdown(how: number): Outcome {
    if (this.state !== 'connected') return fail('ENOTCONN');
    if (how === 0 || how === 2) this.recvShut = true;
    if ((how === 1 || how === 2) && !this.sendShut) {
      this.sendShut = true;
      this.conn?.end();
    }
    this.changed();
    return 0;
  }

  close(): MaybeAsync {
    if (this.closed) return 0;
    this.cancel(); // "canceled due to the closure of the socket": WSA_OPERATION_ABORTED
    this.closed = true;
    clearTimeout(this.connectTimer);
    const prev = this.state;
    this.state = 'closed';
    this.listener?.close();
    for (const inc of this.incoming.splice(0)) inc.refuse();
    const conn = this.conn;
    this.changed(); // wake anything blocked on this socket
    if (!conn) return 0;
    const { on, seconds } = this.options.linger;
    if (on && seconds === 0) { conn.reset(); return 0; } // abortive close
    if (prev === 'connecting') { conn.destroy(); return 0; }
    if (!this.sendShut) conn.end();
    if (on && !this.nonBlocking && conn.buffered > 0) {
      // SO_LINGER with a timeout: a blocking close waits for the data to go out.
      return waitFor([this.ready], () => (conn.buffered === 0 ? 0 : undefined), seconds * 1000, () => {
        conn.reset();
        return 0;
      }).finally(() => conn.destroy());
    }
    conn.destroy();
    return 0;
  }

  localAddress(): SockAddr | CoreError {
    if (this.state === 'open') return fail('EINVAL'); // Windows: getsockname before bind is WSAEINVAL
    return this.conn?.localAddress() ?? this.local ?? fail('EINVAL');
  }

  remoteAddress(): SockAddr | CoreError {
    if (this.state !== 'connected') return fail('ENOTCONN');
    return this.conn?.remoteAddress() ?? fail('ENOTCONN');
  }

  readable(): boolean {
    if (this.state === 'listening') return this.incoming.length > 0;
    if (this.state !== 'connected') return false;
    return this.queue.bytes > 0 || this.peerEnded || this.broken !== undefined;
  }
  writable(): boolean {
    if (this.state !== 'connected' || this.sendShut) return false;
    return this.broken !== undefined || this.conn!.buffered < this.options.sndbuf;
  }
  flushed(): Promise<void> { return this.conn ? this.conn.flushed() : Promise.resolve(); }

  pollEvents(): number {
    // After a failed connect: POLLWRNORM|POLLHUP|POLLERR, as Windows 10 2004 and later report it (test_WSAPoll).
    if (this.connectFailed) return POLL.WRITABLE | POLL.HANGUP | POLL.ERROR;
    // Windows' WSAPoll reports a peer's graceful close as POLLHUP alone, not POLLRDNORM.
    const data = this.state === 'listening' ? this.incoming.length > 0 : this.state === 'connected' && this.queue.bytes > 0;
    const broken = this.broken !== undefined;
    return (data ? POLL.READABLE : 0)
      | (this.writable() && !broken ? POLL.WRITABLE : 0)
      | (this.state === 'connected' && (this.peerEnded || broken) ? POLL.HANGUP : 0)
      | (broken && this.broken!.code !== 'ECONNABORTED' ? POLL.ERROR : 0);
  }

  /** Windows reports a failed connect in exceptfds. */
  excepted(): boolean { return this.connectFailed; }
  pendingBytes(): number { return this.queue.bytes; }
  errorStatus(): CoreError | undefined { return this.connectError ?? super.errorStatus(); }

  applyOptions(): void {
    if (!this.conn || this.state !== 'connected') return;
    this.conn.setNoDelay(this.options.noDelay);
    this.conn.setKeepAlive(this.options.keepAlive);
  }
}

/** The iov after its first `n` bytes. */
function skip(iov: IoVec, n: number): IoVec {
  if (n === 0) return iov;
  const ptrs: number[] = [];
  const lens: number[] = [];
  for (let i = 0; i < iov.ptrs.length; i++) {
    const len = iov.lens[i];
    if (n >= len) { n -= len; continue; }
    ptrs.push(iov.ptrs[i] + n);
    lens.push(len - n);
    n = 0;
  }
  return { ptrs, lens, total: lens.reduce((a, b) => a + b, 0) };
}

interface Datagram { data: Uint8Array; from: SockAddr }

export class DatagramSocket extends Socket implements DatagramEvents {
  private endpoint: DatagramEndpoint | undefined;
  private binding: Promise<SockAddr | CoreError> | undefined;
  local: SockAddr | undefined;
  peer: SockAddr | undefined;
  private readonly queue: Datagram[] = [];
  private queued = 0;
  private sendShut = false;
  private recvShut = false;
  /** The endpoint's transport failed: what every later receive (once the queue is empty) and send reports. */
  private gone: CoreError | undefined;

  constructor(net: Network, family: 4 | 6, protocol: number) {
    super(net, family, SOCK_DGRAM, protocol);
  }

  get listening(): boolean { return false; }

  onMessage(data: Uint8Array, from: SockAddr): void {
    if (this.recvShut) return;
    if (this.peer && (this.peer.port !== from.port || !sameHost(this.peer.address, from.address))) return;
    // Beyond SO_RCVBUF the datagram is dropped, as the kernel would.
    if (this.queued + data.length > this.options.rcvbuf && this.queue.length > 0) return;
    this.queue.push({ data, from });
    this.queued += data.length;
    this.changed();
  }
  onError(code: string): void {
    this.pendingError = fail(code);
    this.changed();
  }
  onGone(code: string): void {
    this.gone ??= fail(code);
    this.changed();
  }

  private ensureEndpoint(): DatagramEndpoint {
    return (this.endpoint ??= this.net.datagram(this.family, this));
  }

  private bindTo(addr: SockAddr): Promise<SockAddr | CoreError> {
    const ep = this.ensureEndpoint();
    this.binding = ep.bind(addr, bindOptions(this.options)).then((r) => {
      if (!isFailure(r)) {
        this.local = r;
        if (this.options.broadcast) ep.setBroadcast(true);
      } else {
        this.binding = undefined;
      }
      return r;
    });
    return this.binding;
  }

  bind(addr: SockAddr): MaybeAsync {
    if (this.binding || this.local) return fail('EINVAL');
    if (addr.family !== this.family) return fail('EAFNOSUPPORT');
    return this.bindTo(addr).then((r) => (isFailure(r) ? r : 0));
  }

  connect(addr: SockAddr): MaybeAsync {
    // A datagram "connect" only sets the default peer (AF_UNSPEC would clear it; the ABI passes undefined port 0).
    if (addr.family !== this.family) return fail('EAFNOSUPPORT');
    if (addr.port === 0 && (addr.address === '0.0.0.0' || addr.address === '::')) {
      this.peer = undefined;
      return 0;
    }
    this.peer = addr;
    if (!this.binding && !this.local) return this.bindTo(anyAddress(this.family)).then((r) => (isFailure(r) ? r : 0));
    return 0;
  }

  /** Why a datagram cannot be sent to `to` (or the default peer), if it cannot. */
  private sendCheck(iov: IoVec, to: SockAddr | undefined): CoreError | undefined {
    if (this.closed) return fail('ENOTSOCK');
    if (this.sendShut) return fail('ESHUTDOWN');
    if (this.gone) return this.gone;
    const dest = to ?? this.peer;
    if (!dest) return fail('ENOTCONN');
    if (dest.family !== this.family) return fail('EAFNOSUPPORT');
    if (iov.total > MAX_DATAGRAM) return fail('EMSGSIZE'); // and nothing is sent
    if (dest.port === 0) return fail('EADDRNOTAVAIL');
    if (isBroadcast(dest) && !this.options.broadcast) return fail('EACCES');
    return undefined;
  }

  send(mem: MemoryBytes, iov: IoVec, flags: number, to: SockAddr | undefined): MaybeAsync {
    void flags;
    const bad = this.sendCheck(iov, to);
    if (bad) return bad;
    const dest = (to ?? this.peer)!;
    const ep = this.ensureEndpoint();
    if (!this.binding && !this.local) void this.bindTo(anyAddress(this.family)); // implicit bind, as Windows does
    ep.send(gather(mem(), iov, iov.total), dest);
    return iov.total;
  }

  recv(mem: MemoryBytes, iov: IoVec, flags: number, from: ((a: SockAddr) => void) | undefined): MaybeAsync {
    if (this.closed) return fail('ENOTSOCK');
    if (!this.binding && !this.local) return fail('EINVAL'); // recvfrom on an unbound datagram socket
    if (this.recvShut) return fail('ESHUTDOWN');
    if (flags & MSG_WAITALL) return fail('EOPNOTSUPP'); // MSG_WAITALL has no meaning for datagrams
    const peek = (flags & MSG_PEEK) !== 0;
    this.reenable(FD.READ);
    return this.settle(this.blockOn(() => (this.closed ? fail('EINTR') : this.takeDatagram(mem, iov, peek, from) ?? this.gone), this.options.rcvtimeo));
  }

  /** The next datagram into a guest IoVec; undefined when none is queued. */
  private takeDatagram(mem: MemoryBytes, iov: IoVec, peek: boolean, from: ((a: SockAddr) => void) | undefined): Outcome | undefined {
    const d = this.queue[0];
    if (!d) return undefined;
    if (!peek) { this.queue.shift(); this.queued -= d.data.length; }
    const n = Math.min(d.data.length, iov.total);
    const q = new RecvQueue();
    q.push(d.data);
    q.copyTo(mem(), iov, n, false);
    if (from) from(d.from);
    // The buffer holds the first part; the rest of the datagram is gone.
    return n < d.data.length ? fail('EMSGSIZE') : n;
  }

  protected postCheck(req: OverlappedRequest): CoreError | undefined {
    if (req.kind === 'send') return this.sendCheck(req.iov, req.to);
    if (this.closed) return fail('ENOTSOCK');
    if (!this.binding && !this.local) return fail('EINVAL');
    if (this.recvShut) return fail('ESHUTDOWN');
    return undefined;
  }

  protected tryOverlapped(req: OverlappedRequest): Outcome | undefined {
    if (req.kind === 'send') return this.send(req.mem, req.iov, req.flags, req.to) as Outcome;
    return this.takeDatagram(req.mem, req.iov, false, req.from) ?? this.gone;
  }

  protected conditions(): { data: boolean; pendingAccept: boolean; writable: boolean; closed: CoreError | 0 | undefined } {
    return { data: this.queue.length > 0 || this.gone !== undefined, pendingAccept: false, writable: !this.closed, closed: undefined };
  }

  shutdown(how: number): Outcome {
    if (how === 0 || how === 2) this.recvShut = true;
    if (how === 1 || how === 2) this.sendShut = true;
    return 0;
  }

  close(): MaybeAsync {
    if (this.closed) return 0;
    this.cancel(); // pending operations complete with WSA_OPERATION_ABORTED
    this.closed = true;
    this.endpoint?.close();
    this.changed();
    return 0;
  }

  localAddress(): SockAddr | CoreError {
    return this.local ?? this.endpoint?.localAddress() ?? fail('EINVAL');
  }
  remoteAddress(): SockAddr | CoreError { return this.peer ?? fail('ENOTCONN'); }
  readable(): boolean { return this.queue.length > 0 || this.gone !== undefined; }
  writable(): boolean { return !this.closed; }
  excepted(): boolean { return false; }
  pendingBytes(): number { return this.queued; }
  pollEvents(): number {
    return (this.queue.length > 0 ? POLL.READABLE : 0) | (this.closed ? 0 : POLL.WRITABLE) | (this.gone ? POLL.ERROR : 0);
  }
  flushed(): Promise<void> { return this.endpoint ? this.endpoint.flushed() : Promise.resolve(); }

  applyOptions(): void {
    if (this.endpoint && this.local) this.endpoint.setBroadcast(this.options.broadcast);
  }
}

function isBroadcast(a: SockAddr): boolean {
  return a.family === 4 && a.address === '255.255.255.255';
}

function sameHost(a: string, b: string): boolean {
  return a === b || a.replace(/^::ffff:/, '') === b.replace(/^::ffff:/, '');
}
