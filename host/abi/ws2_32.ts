// The ws2_32 imports: check arguments, call core, write results, set the last error.
import {
  AF_INET, AF_INET6, FD_MAX_EVENTS, FIONBIO, FIONREAD, FROM_PROTOCOL_INFO, INVALID_SOCKET, MSG_OOB, MSG_PARTIAL,
  POLLERR, POLLHUP, POLLNVAL, POLLRDBAND, POLLRDNORM, POLLWRNORM, SIOCATMARK, SOCKET_ERROR, WSA, WSA_FLAG_OVERLAPPED,
  WSA_FLAG_MULTIPOINT, WSA_FLAG_MULTIPOINT_C_LEAF, WSA_FLAG_MULTIPOINT_D_LEAF, JL_SENDER_ONLY, JL_RECEIVER_ONLY, JL_BOTH,
} from './constants.js';
import { ntStatus, STATUS_PENDING, wsaCode } from './errors.js';
import { PROTOCOLS, PROTOCOL_INFO, writeProtocolInfo } from './protocols.js';
import { FD_SET, SOCKADDR_IN, SOCKADDR_IN6, TIMEVAL, WSABUF, WSADATA, WSANETWORKEVENTS, WSAOVERLAPPED, WSAPOLLFD, WSAPROTOCOL_INFO } from './layouts.js';
import { Waits } from './waits.js';
import type { GuestAllocator, GuestMemory } from './memory.js';
import { getOption, setOption } from './options.js';
import { runIoctl } from './ioctls.js';
import { readSockAddr, writeSockAddr } from './sockaddr.js';
import { Resolver } from './resolver.js';
import { CoreError, fail, isFailure, type MaybeAsync, type Outcome } from '../core/errors.js';
import type { EventObject } from '../core/events.js';
import { request, type OverlappedRequest } from '../core/overlapped.js';
import { waitFor, type Notifier } from '../core/wait.js';
import { transferred } from '../core/winsock.js';
import type { IoVec } from '../core/recv-queue.js';
import { POLL, SOCK_DGRAM, SOMAXCONN_QUEUE, type Socket } from '../core/socket.js';
import { StreamSocket } from '../core/stream.js';
import { DatagramSocket } from '../core/datagram.js';
import type { SockAddr } from '../core/transport.js';
import type { SelectSets, Winsock } from '../core/winsock.js';

export type Result = number | Promise<number>;

/** Why a call failed, for the trace (set next to the last error). */
export interface LastFailure { error: number; note?: string }

/** The buffers of a request that moves no data (an ioctl). */
const NO_BUFFERS: IoVec = { ptrs: [], lens: [], total: 0 };

function then(o: MaybeAsync, f: (o: Outcome) => number): Result {
  return o instanceof Promise ? o.then(f) : f(o);
}

export class Ws2_32 {
  lastError = 0;
  /** Detail of the most recent failure, shown by the trace. */
  note: string | undefined;
  readonly resolver: Resolver;
  readonly waits: Waits;

  constructor(readonly mem: GuestMemory, readonly ws: Winsock, allocator: () => GuestAllocator) {
    this.resolver = new Resolver(this, allocator);
    this.waits = new Waits(mem, this);
    ws.onComplete = (req) => this.writeCompletion(req);
  }

  // ---- last error --------------------------------------------------------
  /** Record a failure and give the function's failure return value. */
  fail(e: CoreError, ret: number = SOCKET_ERROR): number {
    this.lastError = wsaCode(e);
    this.note = e.detail;
    return ret;
  }
  ok(ret: number): number {
    this.lastError = 0;
    this.note = undefined;
    return ret;
  }
  private result(o: Outcome, okRet = 0, failRet = SOCKET_ERROR): number {
    return isFailure(o) ? this.fail(o, failRet) : this.ok(okRet);
  }

  /** The socket behind a handle, after the WSAStartup check. */
  private sock(s: number): Socket | CoreError {
    if (!this.ws.started) return fail('ENOTINITIALISED');
    return this.ws.get(s);
  }

  // ---- startup -------------------------------------------------------------
  WSAStartup(wVersionRequested: number, lpWSAData: number): number {
    const major = wVersionRequested & 0xff;
    const minor = (wVersionRequested >> 8) & 0xff;
    if (!this.mem.ok(lpWSAData, WSADATA.size)) return WSA.WSAEFAULT;
    // Versions 1.0 to 2.2 are supported; a higher request gets 2.2.
    let version = 0x0202;
    if (major === 1) version = minor >= 1 ? 0x0101 : 0x0001;
    else if (major === 2) version = minor >= 2 ? 0x0202 : (minor << 8) | 2;
    const m = this.mem;
    const p = lpWSAData >>> 0;
    m.fill(p, WSADATA.size);
    m.setU16(p + WSADATA.wVersion, version);
    m.setU16(p + WSADATA.wHighVersion, 0x0202);
    m.writeCstr(p + WSADATA.szDescription, WSADATA.descriptionLen, 'WinSock 2.0');
    m.writeCstr(p + WSADATA.szSystemStatus, WSADATA.systemStatusLen, 'Running');
    if (major < 2) { // Winsock 1.1 callers still read these limits
      m.setU16(p + WSADATA.iMaxSockets, 32767);
      m.setU16(p + WSADATA.iMaxUdpDg, 65467);
    }
    if (major === 0) return WSA.WSAVERNOTSUPPORTED;
    this.ws.startup();
    return 0;
  }

  WSACleanup(): number { return this.result(this.ws.cleanup()); }
  WSAGetLastError(): number { return this.lastError; }
  WSASetLastError(code: number): void { this.lastError = code; }

  // ---- socket creation ----------------------------------------------------
  socket(af: number, type: number, protocol: number): number {
    if (!this.ws.started) return this.fail(fail('ENOTINITIALISED'), INVALID_SOCKET);
    const family = af === AF_INET ? 4 : af === AF_INET6 ? 6 : 0;
    if (!family) return this.fail(fail('EAFNOSUPPORT', `address family ${af}`), INVALID_SOCKET);
    const h = this.ws.socket(family, type, protocol);
    return isFailure(h) ? this.fail(h, INVALID_SOCKET) : this.ok(h);
  }

  WSASocketA(af: number, type: number, protocol: number, lpProtocolInfo: number, _g: number, _dwFlags: number): number {
    if (lpProtocolInfo) {
      if (!this.mem.ok(lpProtocolInfo, WSAPROTOCOL_INFO.protocol + 4)) return this.fail(fail('EFAULT'), INVALID_SOCKET);
      const p = lpProtocolInfo >>> 0;
      if (af === FROM_PROTOCOL_INFO) af = this.mem.i32(p + WSAPROTOCOL_INFO.addressFamily);
      if (type === FROM_PROTOCOL_INFO) type = this.mem.i32(p + WSAPROTOCOL_INFO.socketType);
      if (protocol === FROM_PROTOCOL_INFO) protocol = this.mem.i32(p + WSAPROTOCOL_INFO.protocol);
    }
    const h = this.socket(af, type, protocol);
    // socket() makes overlapped-capable sockets; WSASocket does when asked (WSA_FLAG_OVERLAPPED).
    if (h !== INVALID_SOCKET) {
      const sock = this.ws.get(h) as Socket;
      sock.overlappedCapable = (_dwFlags & WSA_FLAG_OVERLAPPED) !== 0;
      if (sock instanceof DatagramSocket) sock.multipoint = _dwFlags & WSA_FLAG_MULTIPOINT;
    }
    return h;
  }
  WSASocketW(af: number, type: number, protocol: number, lpProtocolInfo: number, g: number, dwFlags: number): number {
    return this.WSASocketA(af, type, protocol, lpProtocolInfo, g, dwFlags);
  }

  /** A successful close leaves the last error as it was (as Windows and Wine do), so that the
   * documentation's connect loop (connect fails, closesocket, try the next address) still
   * reports the connect's error after it. */
  closesocket(s: number): Result {
    if (!this.ws.started) return this.fail(fail('ENOTINITIALISED'));
    return then(this.ws.close(s), (o) => (isFailure(o) ? this.fail(o) : 0));
  }

  // ---- addresses -------------------------------------------------------------
  private addrFor(sock: Socket, name: number, namelen: number): SockAddr | CoreError {
    const a = readSockAddr(this.mem, name, namelen);
    if (isFailure(a)) return a;
    if (a.family !== sock.family) return fail('EAFNOSUPPORT');
    return a;
  }

  bind(s: number, name: number, namelen: number): Result {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock);
    const a = this.addrFor(sock, name, namelen);
    if (isFailure(a)) return this.fail(a);
    return then(sock.bind(a), (o) => this.result(o));
  }

  listen(s: number, backlog: number): Result {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock);
    if (!(sock instanceof StreamSocket)) return this.fail(fail('EOPNOTSUPP'));
    // SOMAXCONN (0x7fffffff) means "a reasonable maximum"; SOMAXCONN_HINT(n) is -n.
    let n = backlog === 0x7fffffff ? SOMAXCONN_QUEUE : backlog < 0 ? Math.min(Math.max(-backlog, SOMAXCONN_QUEUE), 65535) : backlog;
    n = Math.max(n, 1);
    return then(sock.listen(n), (o) => this.result(o));
  }

  accept(s: number, addr: number, addrlen: number): Result {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock, INVALID_SOCKET);
    if (!(sock instanceof StreamSocket)) return this.fail(fail('EOPNOTSUPP'), INVALID_SOCKET);
    // "The addrlen parameter is too small or addr is not a valid part of the user address space":
    // checked before a connection is taken, which then stays queued.
    const need = sock.family === 4 ? SOCKADDR_IN.size : SOCKADDR_IN6.size;
    if (addr && (!this.mem.ok(addrlen, 4) || this.mem.i32(addrlen) < need || !this.mem.ok(addr, need))) {
      return this.fail(fail('EFAULT'), INVALID_SOCKET);
    }
    return then(this.ws.accept(sock), (o) => {
      if (isFailure(o)) return this.fail(o, INVALID_SOCKET);
      if (addr) {
        const peer = (this.ws.get(o) as Socket).remoteAddress();
        if (!isFailure(peer)) writeSockAddr(this.mem, addr, addrlen, peer);
      }
      return this.ok(o);
    });
  }

  connect(s: number, name: number, namelen: number): Result {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock);
    // AF_UNSPEC on a datagram socket dissolves the default peer.
    if (sock.type === SOCK_DGRAM && this.mem.ok(name, 2) && namelen >= 2 && this.mem.u16(name) === 0) {
      return then(sock.connect({ family: sock.family, address: sock.family === 4 ? '0.0.0.0' : '::', port: 0 }), (o) => this.result(o));
    }
    const a = this.addrFor(sock, name, namelen);
    if (isFailure(a)) return this.fail(a);
    return then(sock.connect(a), (o) => this.result(o));
  }

  /**
   * WSAJoinLeaf on a UDP socket made with WSA_FLAG_MULTIPOINT_C_LEAF or _D_LEAF: IP multicast's
   * non-rooted session, joined as IP_ADD_MEMBERSHIP joins the group (a sender only is not made a
   * member); "the returned socket descriptor is the same as the input socket descriptor".
   * lpCalleeData->len becomes 0 (no data comes back); join data (lpCallerData) cannot be carried
   * (WSAEPROTONOSUPPORT), nor QoS for the group (lpGQOS: WSAEINVAL); lpSQOS is not applied.
   */
  WSAJoinLeaf(s: number, name: number, namelen: number, lpCallerData: number, lpCalleeData: number, _lpSQOS: number, lpGQOS: number, dwFlags: number): Result {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock, INVALID_SOCKET);
    if (!(sock instanceof DatagramSocket) || !(sock.multipoint & (WSA_FLAG_MULTIPOINT_C_LEAF | WSA_FLAG_MULTIPOINT_D_LEAF))) {
      return this.fail(fail('EINVAL', 'not a socket made with WSA_FLAG_MULTIPOINT_C_LEAF or WSA_FLAG_MULTIPOINT_D_LEAF'), INVALID_SOCKET);
    }
    if (lpGQOS) return this.fail(fail('EINVAL', 'lpGQOS is reserved'), INVALID_SOCKET);
    if (dwFlags !== JL_SENDER_ONLY && dwFlags !== JL_RECEIVER_ONLY && dwFlags !== JL_BOTH) return this.fail(fail('EINVAL', 'dwFlags'), INVALID_SOCKET);
    const a = this.addrFor(sock, name, namelen);
    if (isFailure(a)) return this.fail(a, INVALID_SOCKET);
    if (lpCallerData) {
      if (!this.mem.ok(lpCallerData, WSABUF.size)) return this.fail(fail('EFAULT'), INVALID_SOCKET);
      if (this.mem.u32(lpCallerData + WSABUF.len) !== 0) return this.fail(fail('EPROTONOSUPPORT', 'UDP carries no join data'), INVALID_SOCKET);
    }
    if (lpCalleeData) {
      if (!this.mem.ok(lpCalleeData, WSABUF.size)) return this.fail(fail('EFAULT'), INVALID_SOCKET);
      this.mem.setU32(lpCalleeData + WSABUF.len, 0);
    }
    const handle = s >>> 0;
    return then(sock.joinLeaf(a, dwFlags !== JL_SENDER_ONLY), (o) => (isFailure(o) ? this.fail(o, INVALID_SOCKET) : this.ok(handle)));
  }

  shutdown(s: number, how: number): number {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock);
    if (how < 0 || how > 2) return this.fail(fail('EINVAL'));
    return this.result(sock.shutdown(how));
  }

  private nameOf(s: number, name: number, namelen: number, get: (sock: Socket) => SockAddr | CoreError): number {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock);
    const a = get(sock);
    if (isFailure(a)) return this.fail(a);
    const e = writeSockAddr(this.mem, name, namelen, a);
    return e ? this.fail(e) : this.ok(0);
  }
  getsockname(s: number, name: number, namelen: number): number {
    return this.nameOf(s, name, namelen, (k) => k.localAddress());
  }
  getpeername(s: number, name: number, namelen: number): number {
    return this.nameOf(s, name, namelen, (k) => k.remoteAddress());
  }

  // ---- data ------------------------------------------------------------------
  private readonly memBytes = () => this.mem.bytes();

  /** One guest buffer as an IoVec. */
  private oneBuf(buf: number, len: number): IoVec | CoreError {
    if (len < 0 || (len > 0 && !this.mem.ok(buf, len))) return fail('EFAULT');
    return { ptrs: [buf >>> 0], lens: [len], total: len };
  }

  /** A WSABUF array as an IoVec; WSAEFAULT unless the array and every buffer lie in memory. */
  private wsabufs(lpBuffers: number, count: number): IoVec | CoreError {
    count >>>= 0;
    if (count > 0 && !this.mem.ok(lpBuffers, count * WSABUF.size)) return fail('EFAULT');
    const ptrs: number[] = [];
    const lens: number[] = [];
    let total = 0;
    for (let i = 0; i < count; i++) {
      const e = (lpBuffers >>> 0) + i * WSABUF.size;
      const len = this.mem.u32(e + WSABUF.len);
      const buf = this.mem.u32(e + WSABUF.buf);
      if (len > 0 && !this.mem.ok(buf, len)) return fail('EFAULT');
      ptrs.push(buf);
      lens.push(len);
      total += len;
    }
    if (total > 0x7fffffff) return fail('EFAULT');
    return { ptrs, lens, total };
  }

  /**
   * The one send path: send, sendto, WSASend and WSASendTo all come here.
   * `countPtr` 0: the count is the return value; otherwise it is written there and 0 returned.
   */
  private sendCommon(s: number, iov: IoVec | CoreError, flags: number, to: number, tolen: number, countPtr: number): Result {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock);
    if (isFailure(iov)) return this.fail(iov);
    const bad = this.flagsError(sock, flags);
    if (bad) return this.fail(bad);
    let dest: SockAddr | undefined;
    if (to && sock.type === SOCK_DGRAM) { // a stream socket ignores the destination, as on Windows
      const a = this.addrFor(sock, to, tolen);
      if (isFailure(a)) return this.fail(a);
      dest = a;
    }
    const o = sock.send(this.memBytes, iov, flags, dest);
    return o instanceof Promise ? o.then((r) => this.transferred(r, countPtr, 0, 0)) : this.transferred(o, countPtr, 0, 0);
  }

  /** Flags neither send nor receive supports here. */
  private flagsError(sock: Socket, flags: number): CoreError | undefined {
    if (flags & MSG_OOB) {
      return sock.type === SOCK_DGRAM ? fail('EOPNOTSUPP', 'MSG_OOB on a datagram socket') : fail('EOPNOTSUPP', 'out-of-band data is not supported');
    }
    if (flags & MSG_PARTIAL) return fail('EOPNOTSUPP', 'MSG_PARTIAL is not supported');
    return undefined;
  }

  /**
   * Outputs of a finished transfer. With `countPtr` the count goes there (and `flagsPtr`
   * is cleared) and the call returns 0; without, the count is the return value. A
   * truncated datagram (EMSGSIZE) still reports the `filled` bytes it put in the buffer.
   */
  private transferred(o: Outcome, countPtr: number, flagsPtr: number, filled: number): number {
    if (isFailure(o)) {
      if (o.code === 'EMSGSIZE' && countPtr && filled) this.mem.setU32(countPtr, filled);
      return this.fail(o);
    }
    if (!countPtr) return this.ok(o);
    this.mem.setU32(countPtr, o);
    if (flagsPtr) this.mem.setU32(flagsPtr, 0);
    return this.ok(0);
  }

  /** The one receive path: recv, recvfrom, WSARecv and WSARecvFrom. */
  private recvCommon(
    s: number, iov: IoVec | CoreError, flags: number, from: number, fromlen: number, countPtr: number, flagsPtr: number,
  ): Result {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock);
    if (isFailure(iov)) return this.fail(iov);
    const bad = this.flagsError(sock, flags);
    if (bad) return this.fail(bad);
    if (from) {
      const need = sock.family === 4 ? SOCKADDR_IN.size : SOCKADDR_IN6.size;
      if (!this.mem.ok(fromlen, 4) || this.mem.i32(fromlen) < need || !this.mem.ok(from, need)) return this.fail(fail('EFAULT'));
    }
    const onFrom = from ? (a: SockAddr) => { writeSockAddr(this.mem, from, fromlen, a); } : undefined;
    const o = sock.recv(this.memBytes, iov, flags, onFrom);
    return o instanceof Promise
      ? o.then((r) => this.transferred(r, countPtr, flagsPtr, iov.total))
      : this.transferred(o, countPtr, flagsPtr, iov.total);
  }

  send(s: number, buf: number, len: number, flags: number): Result {
    return this.sendCommon(s, this.oneBuf(buf, len), flags, 0, 0, 0);
  }
  sendto(s: number, buf: number, len: number, flags: number, to: number, tolen: number): Result {
    return this.sendCommon(s, this.oneBuf(buf, len), flags, to, tolen, 0);
  }
  recv(s: number, buf: number, len: number, flags: number): Result {
    return this.recvCommon(s, this.oneBuf(buf, len), flags, 0, 0, 0, 0);
  }
  recvfrom(s: number, buf: number, len: number, flags: number, from: number, fromlen: number): Result {
    return this.recvCommon(s, this.oneBuf(buf, len), flags, from, fromlen, 0, 0);
  }

  WSASend(s: number, lpBuffers: number, dwBufferCount: number, lpNumberOfBytesSent: number, dwFlags: number, lpOverlapped: number, lpCompletionRoutine: number): Result {
    return this.WSASendTo(s, lpBuffers, dwBufferCount, lpNumberOfBytesSent, dwFlags, 0, 0, lpOverlapped, lpCompletionRoutine);
  }

  WSASendTo(s: number, lpBuffers: number, dwBufferCount: number, lpNumberOfBytesSent: number, dwFlags: number, lpTo: number, iTolen: number, lpOverlapped: number, lpCompletionRoutine: number): Result {
    if (!this.ws.started) return this.fail(fail('ENOTINITIALISED'));
    if (this.isOverlapped(s, lpOverlapped, lpCompletionRoutine)) {
      return this.postOverlapped('send', s, this.wsabufs(lpBuffers, dwBufferCount), dwFlags, lpTo, iTolen, 0, 0, lpNumberOfBytesSent, 0, lpOverlapped, lpCompletionRoutine);
    }
    if (!this.mem.ok(lpNumberOfBytesSent, 4)) return this.fail(fail('EFAULT'));
    return this.sendCommon(s, this.wsabufs(lpBuffers, dwBufferCount), dwFlags, lpTo, iTolen, lpNumberOfBytesSent);
  }

  WSARecv(s: number, lpBuffers: number, dwBufferCount: number, lpNumberOfBytesRecvd: number, lpFlags: number, lpOverlapped: number, lpCompletionRoutine: number): Result {
    return this.WSARecvFrom(s, lpBuffers, dwBufferCount, lpNumberOfBytesRecvd, lpFlags, 0, 0, lpOverlapped, lpCompletionRoutine);
  }

  WSARecvFrom(s: number, lpBuffers: number, dwBufferCount: number, lpNumberOfBytesRecvd: number, lpFlags: number, lpFrom: number, lpFromlen: number, lpOverlapped: number, lpCompletionRoutine: number): Result {
    if (!this.ws.started) return this.fail(fail('ENOTINITIALISED'));
    if (this.isOverlapped(s, lpOverlapped, lpCompletionRoutine)) {
      if (!this.mem.ok(lpFlags, 4)) return this.fail(fail('EFAULT'));
      return this.postOverlapped('recv', s, this.wsabufs(lpBuffers, dwBufferCount), this.mem.u32(lpFlags), 0, 0, lpFrom, lpFromlen, lpNumberOfBytesRecvd, lpFlags, lpOverlapped, lpCompletionRoutine);
    }
    if (!this.mem.ok(lpNumberOfBytesRecvd, 4) || !this.mem.ok(lpFlags, 4)) return this.fail(fail('EFAULT'));
    const flags = this.mem.u32(lpFlags);
    return this.recvCommon(s, this.wsabufs(lpBuffers, dwBufferCount), flags, lpFrom, lpFromlen, lpNumberOfBytesRecvd, lpFlags);
  }

  // ---- select, ioctl, options -------------------------------------------------
  private readFdSet(p: number): number[] | CoreError {
    if (!p) return [];
    if (!this.mem.ok(p, FD_SET.array)) return fail('EFAULT');
    const count = this.mem.u32(p + FD_SET.count);
    if (!this.mem.ok(p, FD_SET.array + count * FD_SET.entry)) return fail('EFAULT');
    const out: number[] = [];
    for (let i = 0; i < count; i++) out.push(this.mem.u32(p + FD_SET.array + i * FD_SET.entry));
    return out;
  }
  private writeFdSet(p: number, handles: number[]): void {
    if (!p) return;
    this.mem.setU32(p + FD_SET.count, handles.length);
    handles.forEach((h, i) => this.mem.setU32(p + FD_SET.array + i * FD_SET.entry, h));
  }

  select(_nfds: number, readfds: number, writefds: number, exceptfds: number, timeout: number): Result {
    if (!this.ws.started) return this.fail(fail('ENOTINITIALISED'));
    const sets = [this.readFdSet(readfds), this.readFdSet(writefds), this.readFdSet(exceptfds)];
    for (const s of sets) if (isFailure(s)) return this.fail(s);
    let ms = -1;
    if (timeout) {
      if (!this.mem.ok(timeout, TIMEVAL.size)) return this.fail(fail('EFAULT'));
      const sec = this.mem.i32(timeout + TIMEVAL.sec);
      const usec = this.mem.i32(timeout + TIMEVAL.usec);
      if (sec < 0 || usec < 0) return this.fail(fail('EINVAL'));
      ms = sec * 1000 + Math.ceil(usec / 1000);
    }
    const ptrs = [readfds, writefds, exceptfds];
    return then(this.ws.select(sets as SelectSets, ms, (ready) => {
      ready.forEach((r, i) => this.writeFdSet(ptrs[i], r));
    }), (o) => (isFailure(o) ? this.fail(o) : this.ok(o)));
  }

  /** ioctlsocket's three commands, each with one u_long at argp, in or out: WSAIoctl's code for them. */
  ioctlsocket(s: number, cmd: number, argp: number): number {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock);
    if (!this.mem.ok(argp, 4)) return this.fail(fail('EFAULT'));
    if ((cmd | 0) !== FIONBIO && (cmd | 0) !== FIONREAD && (cmd | 0) !== SIOCATMARK) {
      return this.fail(fail('EINVAL', `ioctl 0x${(cmd >>> 0).toString(16)} is not supported`));
    }
    const r = runIoctl(this.mem, this.ws, sock, cmd, argp, 4, argp, 4);
    return typeof r === 'number' ? this.ok(0) : this.fail(r.error);
  }

  /**
   * WSAIoctl (host/abi/ioctls.ts has the commands). Every command finishes when issued, so an
   * overlapped call completes at once, as an overlapped WSASend with room does: it returns 0 with
   * *lpcbBytesReturned set, and the event is signalled or the routine queued for an alertable
   * wait; WSAGetOverlappedResult reports the same bytes. A failure is a plain error: "no
   * completion indication will occur".
   */
  WSAIoctl(
    s: number, dwIoControlCode: number, lpvInBuffer: number, cbInBuffer: number, lpvOutBuffer: number, cbOutBuffer: number,
    lpcbBytesReturned: number, lpOverlapped: number, lpCompletionRoutine: number,
  ): number {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock);
    const overlapped = this.isOverlapped(s, lpOverlapped, lpCompletionRoutine);
    // lpcbBytesReturned is required unless the call is overlapped (then the count also reaches
    // WSAGetOverlappedResult and the routine), as lpNumberOfBytesSent is for WSASend.
    const countOk = this.mem.ok(lpcbBytesReturned, 4);
    if (!overlapped && !countOk) return this.fail(fail('EFAULT', 'lpcbBytesReturned'));
    let event: EventObject | undefined;
    if (overlapped) {
      if (!this.mem.ok(lpOverlapped, WSAOVERLAPPED.size)) return this.fail(fail('EFAULT'));
      const e = this.overlappedEvent(lpOverlapped, lpCompletionRoutine);
      if (isFailure(e)) return this.fail(e);
      event = e;
    }
    const r = runIoctl(this.mem, this.ws, sock, dwIoControlCode, lpvInBuffer, cbInBuffer, lpvOutBuffer, cbOutBuffer);
    if (typeof r !== 'number') {
      if (r.needed !== undefined && countOk) this.mem.setU32(lpcbBytesReturned, r.needed);
      return this.fail(r.error);
    }
    if (countOk) this.mem.setU32(lpcbBytesReturned, r);
    if (overlapped) {
      event?.reset(); // as the I/O manager does when an operation with an event starts
      const req = request('ioctl', lpOverlapped >>> 0, event, lpCompletionRoutine >>> 0, NO_BUFFERS, this.memBytes, 0);
      sock.postCompleted(req, r);
    }
    return this.ok(0);
  }

  // ---- the protocol catalog (host/abi/protocols.ts) ---------------------------------------
  WSAEnumProtocolsA(lpiProtocols: number, lpProtocolBuffer: number, lpdwBufferLength: number): number {
    return this.enumProtocols(lpiProtocols, lpProtocolBuffer, lpdwBufferLength, false);
  }
  WSAEnumProtocolsW(lpiProtocols: number, lpProtocolBuffer: number, lpdwBufferLength: number): number {
    return this.enumProtocols(lpiProtocols, lpProtocolBuffer, lpdwBufferLength, true);
  }

  /**
   * The catalog's entries whose iProtocol is in the 0-terminated lpiProtocols (all of them for
   * NULL), as WSAPROTOCOL_INFOA or W: their count, or WSAENOBUFS with the bytes needed in
   * *lpdwBufferLength when the buffer is NULL or smaller.
   */
  private enumProtocols(list: number, buffer: number, lengthPtr: number, wide: boolean): number {
    if (!this.ws.started) return this.fail(fail('ENOTINITIALISED'));
    let wanted: Set<number> | undefined;
    if (list) {
      wanted = new Set();
      for (let p = list >>> 0; ; p += 4) {
        if (!this.mem.ok(p, 4)) return this.fail(fail('EFAULT'));
        const v = this.mem.i32(p);
        if (v === 0) break;
        wanted.add(v);
      }
    }
    const entries = PROTOCOLS.filter((e) => !wanted || wanted.has(e.protocol));
    const size = wide ? PROTOCOL_INFO.sizeW : PROTOCOL_INFO.sizeA;
    const need = entries.length * size;
    if (!this.mem.ok(lengthPtr, 4)) return this.fail(fail('EFAULT'));
    if (need > 0 && (!buffer || this.mem.u32(lengthPtr) < need)) {
      this.mem.setU32(lengthPtr, need);
      return this.fail(fail('ENOBUFS'));
    }
    if (need > 0 && !this.mem.ok(buffer, need)) return this.fail(fail('EFAULT'));
    entries.forEach((e, i) => writeProtocolInfo(this.mem.window((buffer >>> 0) + i * size, size), e, wide));
    return this.ok(entries.length);
  }

  setsockopt(s: number, level: number, optname: number, optval: number, optlen: number): number {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock);
    const e = setOption(this.mem, sock, level, optname, optval, optlen);
    return e ? this.fail(e) : this.ok(0);
  }

  getsockopt(s: number, level: number, optname: number, optval: number, optlen: number): number {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock);
    const e = getOption(this.mem, sock, level, optname, optval, optlen);
    return e ? this.fail(e) : this.ok(0);
  }

  // ---- overlapped I/O ---------------------------------------------------------------
  /** Overlapped semantics apply on an overlapped-capable socket when either argument is given. */
  private isOverlapped(s: number, lpOverlapped: number, lpCompletionRoutine: number): boolean {
    if (!lpOverlapped && !lpCompletionRoutine) return false;
    const sock = this.ws.get(s);
    // "For nonoverlapped sockets, the last two parameters (lpOverlapped, lpCompletionRoutine) are ignored"
    return isFailure(sock) || sock.overlappedCapable;
  }

  /** Post an overlapped send or receive: 0 (completed now), or SOCKET_ERROR with WSA_IO_PENDING or the error. */
  private postOverlapped(
    kind: 'send' | 'recv', s: number, iov: IoVec | CoreError, flags: number, to: number, tolen: number,
    from: number, fromlen: number, countPtr: number, flagsPtr: number, lpOverlapped: number, routine: number,
  ): number {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock);
    if (!this.mem.ok(lpOverlapped, WSAOVERLAPPED.size)) return this.fail(fail('EFAULT'));
    if (isFailure(iov)) return this.fail(iov);
    const bad = this.flagsError(sock, flags);
    if (bad) return this.fail(bad);
    let dest: SockAddr | undefined;
    if (to && sock.type === SOCK_DGRAM) {
      const a = this.addrFor(sock, to, tolen);
      if (isFailure(a)) return this.fail(a);
      dest = a;
    }
    if (from) {
      const need = sock.family === 4 ? SOCKADDR_IN.size : SOCKADDR_IN6.size;
      if (!this.mem.ok(fromlen, 4) || this.mem.i32(fromlen) < need || !this.mem.ok(from, need)) return this.fail(fail('EFAULT'));
    }
    const event = this.overlappedEvent(lpOverlapped, routine);
    if (isFailure(event)) return this.fail(event);
    const wasSignaled = event?.signaled ?? false;
    event?.reset(); // as the I/O manager does when an operation with an event starts
    // Pending from the start (a completion during the post writes its own status over this); a
    // call that fails instead leaves the WSAOVERLAPPED as it was: "no completion indication will occur".
    const p = lpOverlapped >>> 0;
    const internal = this.mem.u32(p + WSAOVERLAPPED.internal);
    const internalHigh = this.mem.u32(p + WSAOVERLAPPED.internalHigh);
    this.mem.setU32(p + WSAOVERLAPPED.internal, STATUS_PENDING);
    this.mem.setU32(p + WSAOVERLAPPED.internalHigh, 0);
    const onFrom = from ? (a: SockAddr) => { writeSockAddr(this.mem, from, fromlen, a); } : undefined;
    const req = request(kind, p, event, routine >>> 0, iov, this.memBytes, flags, { to: dest, from: onFrom });
    const r = sock.post(req);
    if (isFailure(r)) {
      this.mem.setU32(p + WSAOVERLAPPED.internal, internal);
      this.mem.setU32(p + WSAOVERLAPPED.internalHigh, internalHigh);
      if (wasSignaled) event!.set();
      return this.fail(r);
    }
    if (!r) return this.fail(fail('IO_PENDING'));
    // Completed now: "WSASend returns a value of zero and the lpNumberOfBytesSent parameter is updated".
    if (countPtr && this.mem.ok(countPtr, 4)) this.mem.setU32(countPtr, transferred(req));
    if (flagsPtr) this.mem.setU32(flagsPtr, req.outFlags);
    return this.ok(0);
  }

  /** The event an overlapped operation signals, if any: "If lpCompletionRoutine is not NULL, the hEvent field is ignored." */
  private overlappedEvent(lpOverlapped: number, routine: number): EventObject | undefined | CoreError {
    if (routine) return undefined;
    const h = this.mem.u32(lpOverlapped + WSAOVERLAPPED.hEvent);
    return h ? this.ws.event(h) : undefined;
  }

  /** At completion, before the event or routine: Internal (NTSTATUS) and InternalHigh (bytes), as Windows fills them. */
  private writeCompletion(req: OverlappedRequest): void {
    if (!this.mem.ok(req.overlapped, WSAOVERLAPPED.size)) return;
    this.mem.setU32(req.overlapped + WSAOVERLAPPED.internal, ntStatus(isFailure(req.result) ? req.result : undefined));
    this.mem.setU32(req.overlapped + WSAOVERLAPPED.internalHigh, transferred(req));
  }

  WSAGetOverlappedResult(s: number, lpOverlapped: number, lpcbTransfer: number, fWait: number, lpdwFlags: number): Result {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock, 0);
    if (!this.mem.ok(lpOverlapped, WSAOVERLAPPED.size) || !this.mem.ok(lpcbTransfer, 4) || !this.mem.ok(lpdwFlags, 4)) {
      return this.fail(fail('EFAULT'), 0);
    }
    const req = sock.requests.get(lpOverlapped >>> 0);
    const report = (): number => {
      if (!req) {
        // Not an operation of this socket: report what the WSAOVERLAPPED itself says, as Windows does.
        const status = this.mem.u32(lpOverlapped + WSAOVERLAPPED.internal);
        if (status === STATUS_PENDING) return this.fail(fail('IO_INCOMPLETE'), 0);
        this.mem.setU32(lpcbTransfer, this.mem.u32(lpOverlapped + WSAOVERLAPPED.internalHigh));
        this.mem.setU32(lpdwFlags, 0);
        return status === 0 ? this.ok(1) : this.fail(fail('EINVAL'), 0);
      }
      this.mem.setU32(lpcbTransfer, transferred(req));
      this.mem.setU32(lpdwFlags, req.outFlags);
      return isFailure(req.result) ? this.fail(req.result, 0) : this.ok(1);
    };
    if (!req || req.done) return report();
    if (!fWait) return this.fail(fail('IO_INCOMPLETE'), 0);
    return waitFor([sock.ready], () => (req.done ? 0 : undefined), -1, () => 0).then(report);
  }

  // ---- events ------------------------------------------------------------------
  WSACreateEvent(): number {
    if (!this.ws.started) return this.fail(fail('ENOTINITIALISED'), 0);
    return this.ok(this.waits.create(true, false)); // manual-reset, non-signalled
  }
  WSACloseEvent(h: number): number {
    if (!this.ws.started) return this.fail(fail('ENOTINITIALISED'), 0);
    return this.waits.close(h);
  }
  WSASetEvent(h: number): number {
    if (!this.ws.started) return this.fail(fail('ENOTINITIALISED'), 0);
    return this.waits.apply(h, (e) => e.set());
  }
  WSAResetEvent(h: number): number {
    if (!this.ws.started) return this.fail(fail('ENOTINITIALISED'), 0);
    return this.waits.apply(h, (e) => e.reset());
  }
  WSAWaitForMultipleEvents(cEvents: number, lphEvents: number, fWaitAll: number, dwTimeout: number, fAlertable: number): Result {
    return this.waits.waitMany(cEvents, lphEvents, fWaitAll !== 0, dwTimeout, fAlertable !== 0);
  }

  WSAEventSelect(s: number, hEventObject: number, lNetworkEvents: number): number {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock);
    let event;
    if (lNetworkEvents) {
      const e = this.ws.event(hEventObject);
      if (isFailure(e)) return this.fail(fail('EINVAL', 'not an event object'));
      event = e;
    }
    sock.select(event, lNetworkEvents);
    return this.ok(0);
  }

  /**
   * WSAAsyncSelect: each network event in lEvent is posted to hWnd as message wMsg, wParam the
   * socket and lParam WSAMAKESELECTREPLY(event, error), under WSAEventSelect's re-enabling
   * rules. It replaces a WSAEventSelect or WSAAsyncSelect selection of the socket; lEvent 0
   * cancels (messages already posted stay in the queue). A destroyed window gets nothing more.
   */
  WSAAsyncSelect(s: number, hWnd: number, wMsg: number, lEvent: number): number {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock);
    if (lEvent && !this.ws.isWindow(hWnd)) return this.fail(fail('EINVAL', 'not a window'));
    const hwnd = hWnd >>> 0;
    const msg = wMsg >>> 0;
    const ws = this.ws;
    sock.select(lEvent ? {
      post(so, bit, error) {
        if (ws.isWindow(hwnd)) ws.messages.post(hwnd, msg, so.handle, ((error ? wsaCode(error) : 0) << 16 | (1 << bit)) >>> 0);
      },
    } : undefined, lEvent);
    return this.ok(0);
  }

  WSAEnumNetworkEvents(s: number, hEventObject: number, lpNetworkEvents: number): number {
    const sock = this.sock(s);
    if (isFailure(sock)) return this.fail(sock);
    if (!this.mem.ok(lpNetworkEvents, WSANETWORKEVENTS.size)) return this.fail(fail('EFAULT'));
    let event;
    if (hEventObject) {
      const e = this.ws.event(hEventObject);
      if (isFailure(e)) return this.fail(fail('EINVAL', 'not an event object'));
      event = e;
    }
    // Copying the record, clearing it and resetting the event happen together.
    const { events, errors } = sock.takeNetworkEvents();
    event?.reset();
    const p = lpNetworkEvents >>> 0;
    this.mem.setU32(p + WSANETWORKEVENTS.lNetworkEvents, events);
    for (let i = 0; i < FD_MAX_EVENTS; i++) {
      const e = errors[i];
      this.mem.setI32(p + WSANETWORKEVENTS.iErrorCode + i * 4, e ? wsaCode(e) : 0);
    }
    return this.ok(0);
  }

  WSAPoll(fdArray: number, fds: number, timeout: number): Result {
    if (!this.ws.started) return this.fail(fail('ENOTINITIALISED'));
    fds >>>= 0;
    // "An invalid parameter was passed ... if the fdarray parameter contains a NULL pointer",
    // "if invalid flags were specified in the events member", "if none of the sockets ... were valid".
    if (fds === 0 || !fdArray) return this.fail(fail('EINVAL'));
    if (!this.mem.ok(fdArray, fds * WSAPOLLFD.size)) return this.fail(fail('EFAULT'));
    // One pass over the array per look, no allocation per socket: a server may poll thousands.
    const socks: (Socket | undefined)[] = new Array(fds);
    const wanted = new Uint16Array(fds);
    const base = fdArray >>> 0;
    let valid = 0;
    for (let i = 0; i < fds; i++) {
      const p = base + i * WSAPOLLFD.size;
      const events = this.mem.u16(p + WSAPOLLFD.events);
      // POLLPRI is not supported by the Microsoft provider; POLLHUP/POLLERR/POLLNVAL are outputs only.
      if (events & ~(POLLRDNORM | POLLRDBAND | POLLWRNORM)) return this.fail(fail('EINVAL', 'invalid flags in events'));
      const sock = this.ws.get(this.mem.u32(p + WSAPOLLFD.fd));
      if (!isFailure(sock)) { socks[i] = sock; valid++; }
      wanted[i] = events | POLLHUP | POLLERR | POLLNVAL;
    }
    if (valid === 0) {
      for (let i = 0; i < fds; i++) this.mem.setU16(base + i * WSAPOLLFD.size + WSAPOLLFD.revents, POLLNVAL);
      return this.fail(fail('EINVAL', 'no valid socket'));
    }
    /** Writes every revents (0 where nothing is to report); the count of nonzero ones. */
    const look = (): number => {
      const view = this.mem.view();
      let n = 0;
      for (let i = 0; i < fds; i++) {
        const sock = socks[i];
        let r = POLLNVAL;
        if (sock && !sock.closed) {
          const st = sock.pollEvents();
          r = (st & POLL.READABLE ? POLLRDNORM : 0) | (st & POLL.WRITABLE ? POLLWRNORM : 0)
            | (st & POLL.HANGUP ? POLLHUP : 0) | (st & POLL.ERROR ? POLLERR : 0);
        }
        r &= wanted[i];
        if (r) n++;
        view.setUint16(base + i * WSAPOLLFD.size + WSAPOLLFD.revents, r, true);
      }
      return n;
    };
    const attempt = (): Outcome | undefined => look() || undefined;
    const finish = (o: Outcome): number => (isFailure(o) ? this.fail(o) : this.ok(o === 0 ? look() : o));
    const now = attempt();
    if (now !== undefined || timeout === 0) return finish(now ?? 0);
    const sources: Notifier[] = [];
    for (const sock of socks) if (sock) sources.push(sock.ready);
    return waitFor(sources, attempt, timeout < 0 ? -1 : timeout, () => 0).then(finish);
  }

  // ---- names ---------------------------------------------------------------------
  getaddrinfo(pNodeName: number, pServiceName: number, pHints: number, ppResult: number): Result {
    return this.resolver.getaddrinfo(pNodeName, pServiceName, pHints, ppResult);
  }
  freeaddrinfo(pAddrInfo: number): void { this.resolver.freeaddrinfo(pAddrInfo); }
  getnameinfo(pSockaddr: number, salen: number, pNodeBuffer: number, nodeLen: number, pServiceBuffer: number, serviceLen: number, flags: number): Result {
    return this.resolver.getnameinfo(pSockaddr, salen, pNodeBuffer, nodeLen, pServiceBuffer, serviceLen, flags);
  }
  gethostbyname(name: number): Result { return this.resolver.gethostbyname(name); }
  gethostbyaddr(addr: number, len: number, type: number): Result { return this.resolver.gethostbyaddr(addr, len, type); }
  gethostname(name: number, namelen: number): number {
    if (!this.ws.started) return this.fail(fail('ENOTINITIALISED'));
    const host = this.ws.net.hostname();
    if (namelen <= host.length || !this.mem.writeCstr(name, namelen, host)) return this.fail(fail('EFAULT'));
    return this.ok(0);
  }
}

