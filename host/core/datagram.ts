// UDP sockets: an endpoint bound on first use, a queue of whole datagrams bounded by
// SO_RCVBUF, a default peer for connect, and Windows' message-size and broadcast rules.
import { fail, isFailure, type CoreError, type MaybeAsync, type Outcome } from './errors.js';
import { RecvQueue, type IoVec } from './recv-queue.js';
import type { DatagramEndpoint, DatagramEvents, Network, SockAddr } from './transport.js';
import type { MemoryBytes, OverlappedRequest } from './overlapped.js';
import { gather } from './iovec.js';
import { ipv4Interface, ipv6Interface, isMulticast, type MulticastSending } from './multicast.js';
import { FD, MAX_DATAGRAM, MSG_PEEK, MSG_WAITALL, POLL, SOCK_DGRAM, Socket, anyAddress, bindOptions } from './socket.js';

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
  /** The groups joined, as "group interface" (the interface as the endpoint was given it). */
  private readonly groups = new Set<string>();

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
    const m = this.multicastSending();
    if (!isFailure(m)) ep.setMulticast(m); // kept by the endpoint until bound
    this.binding = ep.bind(addr, bindOptions(this.options)).then((r) => {
      if (!isFailure(r)) {
        this.local = r;
        if (this.options.broadcast) ep.setBroadcast(true);
        ep.setTtl(this.unicastHops); // Windows' 128 unless set: what getsockopt reports is what goes out
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
    if (!this.endpoint) return; // applied at bind
    const m = this.multicastSending();
    if (!isFailure(m)) this.endpoint.setMulticast(m); // the endpoint keeps it until bound
    if (!this.local) return;
    this.endpoint.setBroadcast(this.options.broadcast);
    this.endpoint.setTtl(this.unicastHops);
  }

  /** The interface an IP_MULTICAST_IF or IPV6_MULTICAST_IF value names, for the endpoint. */
  private multicastInterface(raw: number): string | undefined | CoreError {
    return this.family === 4 ? ipv4Interface(this.net, raw) : ipv6Interface(this.net, raw);
  }

  private multicastSending(): MulticastSending | CoreError {
    const iface = this.multicastInterface(this.options.multicastIf);
    if (isFailure(iface)) return iface;
    return { hops: this.options.multicastHops, loop: this.options.multicastLoop, iface };
  }

  setMulticastInterface(raw: number): CoreError | undefined {
    const iface = this.multicastInterface(raw);
    if (isFailure(iface)) return iface;
    this.options.multicastIf = raw;
    this.applyOptions();
    return undefined;
  }

  /**
   * Join or leave a group. The group must be a multicast address (WSAEINVAL otherwise) and the
   * socket bound: Windows refuses IP_ADD_MEMBERSHIP on an unbound socket with WSAEINVAL (Wine, on
   * Linux, accepts it), and Node's dgram has no socket before bind. Joining a group twice on one
   * interface is WSAEADDRINUSE and leaving one not joined WSAEINVAL, as Wine answers. With a
   * `source` (IP_ADD_SOURCE_MEMBERSHIP) only datagrams from that unicast address are taken.
   */
  membership(join: boolean, group: string, raw: number, source?: string): CoreError | undefined {
    if (this.closed) return fail('ENOTSOCK');
    if (!isMulticast(this.family, group)) return fail('EINVAL', 'not a multicast address');
    if (source !== undefined && (isMulticast(this.family, source) || source === '0.0.0.0')) return fail('EINVAL', 'not a unicast source');
    const iface = this.multicastInterface(raw);
    if (isFailure(iface)) return iface;
    if (!this.local || !this.endpoint) return fail('EINVAL', 'the socket is not bound');
    const key = `${group} ${iface ?? ''} ${source ?? ''}`;
    // A group joined twice is WSAEADDRINUSE; a source joined twice WSAEINVAL (Wine's answers).
    if (join && this.groups.has(key)) return source === undefined ? fail('EADDRINUSE', 'already a member') : fail('EINVAL', 'already joined for this source');
    if (!join && !this.groups.has(key)) return fail('EINVAL', 'not a member');
    const r = join ? this.endpoint.addMembership(group, iface, source) : this.endpoint.dropMembership(group, iface, source);
    if (r) return r;
    if (join) this.groups.add(key);
    else this.groups.delete(key);
    return undefined;
  }

  /** WSASocket's WSA_FLAG_MULTIPOINT_* bits: a socket made with C_LEAF or D_LEAF may WSAJoinLeaf. */
  multipoint = 0;
  /** Joined a multipoint session with WSAJoinLeaf: a second join is WSAEISCONN. */
  private leaf = false;

  /**
   * WSAJoinLeaf on a c_leaf socket, IP multicast's non-rooted control plane: the session is the
   * group, and joining it "would correspond to the IP_ADD_MEMBERSHIP socket option" (Multipoint
   * and Multicast Semantics). A receiver (JL_RECEIVER_ONLY, JL_BOTH) joins the group on the
   * socket's IP_MULTICAST_IF / IPV6_MULTICAST_IF interface, or the system's choice when none is
   * set; a sender only is marked joined. An unbound socket is bound first ("unique
   * values are assigned to the local association by the system"). The join completes at once,
   * so a non-blocking socket with FD_CONNECT selected records it with no error.
   */
  joinLeaf(group: SockAddr, receive: boolean): MaybeAsync {
    if (this.closed) return fail('ENOTSOCK');
    if (group.family !== this.family) return fail('EAFNOSUPPORT');
    if (group.address === '0.0.0.0' || group.address === '::') return fail('EADDRNOTAVAIL');
    if (!isMulticast(this.family, group.address)) return fail('EINVAL', 'not a multicast group');
    if (this.leaf) return fail('EISCONN', 'already a member of the multipoint session');
    const join = (): Outcome => {
      if (this.leaf) return fail('EISCONN', 'already a member of the multipoint session');
      const e = receive ? this.membership(true, group.address, this.options.multicastIf ?? 0) : undefined;
      if (e) return e;
      this.leaf = true;
      if (this.selected) {
        this.connectOutcome = 0;
        this.updateNetworkEvents();
      }
      return 0;
    };
    if (this.local) return join();
    return (this.binding ?? this.bindTo(anyAddress(this.family))).then((r) => (isFailure(r) ? r : join()));
  }

  /** The hop limit of unicast datagrams: IP_TTL on an IPv4 socket, IPV6_UNICAST_HOPS on an IPv6 one. */
  private get unicastHops(): number {
    return this.family === 4 ? this.options.ttl : this.options.hopLimit;
  }
}

function isBroadcast(a: SockAddr): boolean {
  return a.family === 4 && a.address === '255.255.255.255';
}

function sameHost(a: string, b: string): boolean {
  return a === b || a.replace(/^::ffff:/, '') === b.replace(/^::ffff:/, '');
}
