// What stream and datagram sockets share: options, the overlapped request queues and their
// one completion path, network events for WSAEventSelect, readiness, and blocking waits.
// StreamSocket (stream.ts) and DatagramSocket (datagram.ts) build on it.
import { CoreError, fail, isFailure, type MaybeAsync, type Outcome } from './errors.js';
import type { IoVec } from './recv-queue.js';
import type { BindOptions, Network, SockAddr } from './transport.js';
import { Notifier, waitFor } from './wait.js';
import { EventObject } from './events.js';
import { MAX_OUTSTANDING, type IoCompletion, type MemoryBytes, type OverlappedRequest } from './overlapped.js';
import { DEFAULT_MULTICAST_HOPS } from './multicast.js';

export type { MemoryBytes } from './overlapped.js';

/** What WSAPoll reports of a socket, as bits (the ABI turns them into POLLRDNORM, POLLWRNORM, POLLHUP, POLLERR). */
export const POLL = { READABLE: 1, WRITABLE: 2, HANGUP: 4, ERROR: 8 } as const;

/** Where WSAAsyncSelect's network events go: a message to a window, one per event. */
export interface MessageSink {
  post(sock: Socket, bit: number, error: CoreError | undefined): void;
}
/** Where a socket's selected network events go: an event object, or window messages. */
export type EventSink = EventObject | MessageSink;

/** Network event bits of WSAEventSelect (Windows' FD_* values and their bit numbers). */
export const FD = { READ: 0, WRITE: 1, OOB: 2, ACCEPT: 3, CONNECT: 4, CLOSE: 5 } as const;

export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
/** Receive flags core interprets (the same values on Windows and POSIX). */
export const MSG_PEEK = 0x2;
export const MSG_WAITALL = 0x8;

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
/** Windows' default IP_TTL and IPV6_UNICAST_HOPS (DefaultTTL 128). */
export const DEFAULT_TTL = 128;
/**
 * Windows' keep-alive defaults, in seconds and probes: "For TCP, the default keep-alive timeout is
 * 2 hours and the keep-alive interval is 1 second" (SOL_SOCKET socket options); "the number of
 * keep-alive probes (data retransmissions) is set to 10" (SO_KEEPALIVE socket option).
 */
export const DEFAULT_KEEPALIVE = { idle: 7200, interval: 1, count: 10 } as const;

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
  /** TCP_KEEPIDLE, TCP_KEEPINTVL (seconds) and TCP_KEEPCNT. */
  keepIdle: number = DEFAULT_KEEPALIVE.idle;
  keepInterval: number = DEFAULT_KEEPALIVE.interval;
  keepCount: number = DEFAULT_KEEPALIVE.count;
  /** SIO_UDP_CONNRESET, SIO_UDP_NETRESET: whether ICMP port or net unreachable is reported, as set. */
  udpConnReset = true;
  udpNetReset = false;
  noDelay = false;
  /** IP_TTL, IP_TOS and IPV6_UNICAST_HOPS. */
  ttl = DEFAULT_TTL;
  tos = 0;
  hopLimit = DEFAULT_TTL;
  broadcast = false;
  /** SO_CONDITIONAL_ACCEPT, as set (Node's listener completes each handshake before WSAAccept decides). */
  conditionalAccept = false;
  /**
   * IP_MULTICAST_TTL / IPV6_MULTICAST_HOPS, IP_MULTICAST_LOOP / IPV6_MULTICAST_LOOP, and
   * IP_MULTICAST_IF (the IN_ADDR's four bytes in network order, as set) / IPV6_MULTICAST_IF (an index).
   */
  multicastHops = DEFAULT_MULTICAST_HOPS;
  multicastLoop = true;
  multicastIf = 0;
  v6Only = true; // Windows default for AF_INET6 sockets
  /** ms a connect may take before it fails with WSAETIMEDOUT (0: as long as the system tries). */
  connectTimeout = DEFAULT_CONNECT_TIMEOUT;
  copyFrom(o: SocketOptions): void { Object.assign(this, o, { linger: { ...o.linger } }); }
}

export function bindOptions(o: SocketOptions): BindOptions {
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

  // WSAEventSelect / WSAAsyncSelect state: the selection, the record, and what may be recorded next.
  selected: { sink: EventSink; mask: number } | undefined;
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

  /**
   * An overlapped operation that finished when it was issued (WSAIoctl's commands): it completes
   * through the one completion path, as a send that completes at once does, and WSAGetOverlappedResult
   * finds it. `result` is a success (the bytes); a failure is a plain error with no completion.
   */
  postCompleted(req: OverlappedRequest, result: number): void {
    this.requests.set(req.overlapped, req);
    this.complete(req, result);
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

  /**
   * WSAEventSelect (an event object) or WSAAsyncSelect (window messages): either replaces the
   * other's selection, and a mask of 0 cancels it. Both make the socket non-blocking, even
   * when they cancel.
   */
  select(sink: EventSink | undefined, mask: number): void {
    this.nonBlocking = true;
    this.selected = sink && mask ? { sink, mask } : undefined;
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
    // An event object gets the record; a window gets one message per event, in this order
    // (a connect's FD_CONNECT before its FD_WRITE, data's FD_READ before FD_CLOSE).
    const sink = sel.sink;
    const record = sink instanceof EventObject ? (bit: number, e: CoreError | undefined) => this.record(bit, e) : (bit: number, e: CoreError | undefined) => sink.post(this, bit, e);
    if (on(FD.READ) && this.canRead && c.data) { this.canRead = false; record(FD.READ, undefined); }
    if (on(FD.ACCEPT) && this.canAccept && c.pendingAccept) { this.canAccept = false; record(FD.ACCEPT, undefined); }
    if (on(FD.CONNECT) && this.connectOutcome !== undefined) {
      const outcome = this.connectOutcome;
      this.connectOutcome = undefined;
      record(FD.CONNECT, outcome || undefined);
    }
    if (on(FD.WRITE) && this.canWrite && c.writable) { this.canWrite = false; record(FD.WRITE, undefined); }
    if (on(FD.CLOSE) && !this.closeReported && c.closed !== undefined) {
      this.closeReported = true;
      record(FD.CLOSE, c.closed || undefined);
    }
    if (sink instanceof EventObject && this.recorded !== before) sink.set();
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
  /**
   * IP_ADD_MEMBERSHIP / IP_DROP_MEMBERSHIP and their IPv6 forms: `iface` as the option gives it
   * (imr_interface's bytes in network order, or ipv6mr_interface). A stream socket has no groups:
   * WSAEINVAL, as Wine answers on a TCP socket.
   */
  membership(_join: boolean, _group: string, _iface: number, _source?: string): CoreError | undefined { return fail('EINVAL', 'not a datagram socket'); }
  /** IP_MULTICAST_IF / IPV6_MULTICAST_IF: check the interface, keep it and apply it. */
  setMulticastInterface(_raw: number): CoreError | undefined { return fail('EINVAL', 'not a datagram socket'); }
  /** SO_CONNECT_TIME: whole seconds since the connection was made; undefined when not connected. */
  connectedSeconds(): number | undefined { return undefined; }

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
