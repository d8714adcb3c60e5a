// TCP sockets: the connection state machine, a receive queue with backpressure, sends
// bounded by SO_SNDBUF, listening with a backlog, and what select, WSAPoll and
// WSAEventSelect see of them.
import { fail, isFailure, type CoreError, type MaybeAsync, type Outcome } from './errors.js';
import { RecvQueue, type IoVec } from './recv-queue.js';
import type { IncomingConnection, ListenerEvents, Network, SockAddr, StreamConnection, StreamEvents, StreamListener } from './transport.js';
import { Deadline, waitFor } from './wait.js';
import type { MemoryBytes, OverlappedRequest } from './overlapped.js';
import { gather, skip, views } from './iovec.js';
import { FD, MSG_PEEK, MSG_WAITALL, POLL, SOCK_STREAM, Socket, bindOptions } from './socket.js';

/** A blocking gather of at least this many bytes is lent to the transport rather than copied. */
const BORROW_MIN = 16384;

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
  private connectTimer: Deadline | undefined;
  /** When the connection was made (performance.now() ms), for SO_CONNECT_TIME. */
  private connectedAt: number | undefined;

  constructor(net: Network, family: 4 | 6, protocol: number) {
    super(net, family, SOCK_STREAM, protocol);
  }

  get listening(): boolean { return this.state === 'listening'; }

  // ---- transport events -------------------------------------------------
  onConnect(): void {
    if (this.state !== 'connecting') return;
    this.connectTimer?.cancel();
    this.connectError = undefined;
    this.state = 'connected';
    this.connectedAt = performance.now();
    this.canWrite = true; // FD_WRITE once connected
    if (this.selected) this.connectOutcome = 0;
    this.applyOptions();
    this.changed();
  }
  onData(chunk: Uint8Array): void {
    if (this.recvShut) return; // data after shutdown(SD_RECEIVE) is discarded
    this.queue.push(chunk);
    if (this.queue.bytes >= this.receiveLimit && !this.paused) {
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
      this.connectTimer?.cancel();
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
      s.connectedAt = performance.now();
      s.conn = inc.attach(s);
      s.local = s.conn.localAddress();
      s.applyOptions();
      const h = make(s);
      // The accepted socket has the listening socket's WSAEventSelect or WSAAsyncSelect selection too.
      if (this.selected) s.select(this.selected.sink, this.selected.mask);
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
    if (this.options.connectTimeout > 0) this.connectTimer = new Deadline(this.options.connectTimeout, () => this.connectTimedOut());
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
    // While the kernel takes each write at once nothing stays buffered, so no drain will come:
    // write on until all is taken or the transport holds SO_SNDBUF (then its drain re-runs this).
    const step = (): Outcome | undefined => {
      const e = this.sendError();
      if (e) return e;
      while (sent < total) {
        const room = sndbuf - this.conn!.buffered;
        if (room <= 0 && this.conn!.buffered > 0) return undefined;
        const k = Math.min(Math.max(room, 1), total - sent);
        this.conn!.write(gather(mem(), skip(iov, sent), k));
        sent += k;
      }
      return total;
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

  /**
   * Bytes the receive queue holds before the transport is paused: SO_RCVBUF, and with SO_RCVBUF 0
   * (which Windows accepts, and data still flows) one chunk at a time.
   */
  private get receiveLimit(): number { return Math.max(this.options.rcvbuf, 1); }

  /** Take queued bytes into a guest IoVec; resume the transport once below SO_RCVBUF. */
  private take(mem: Uint8Array, iov: IoVec, peek: boolean): number {
    const n = this.queue.copyTo(mem, iov, iov.total, peek);
    if (this.paused && this.queue.bytes < this.receiveLimit) {
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
    this.connectTimer?.cancel();
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
    this.conn.setKeepAlive(this.options.keepAlive, this.options.keepIdle);
  }

  connectedSeconds(): number | undefined {
    if (this.state !== 'connected' || this.connectedAt === undefined) return undefined;
    return Math.floor((performance.now() - this.connectedAt) / 1000);
  }
}
