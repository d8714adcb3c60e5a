// setsockopt/getsockopt as a table of option descriptors {level, name, codec, get, set}.
import {
  AF_INET, AF_INET6,
  IPPROTO_IP, IPPROTO_IPV6, IPPROTO_TCP, IPV6_UNICAST_HOPS, IPV6_V6ONLY, IP_TOS, IP_TTL, MAX_UDP_PAYLOAD, SO, SOL_SOCKET,
  IP_ADD_MEMBERSHIP, IP_DROP_MEMBERSHIP, IP_ADD_SOURCE_MEMBERSHIP, IP_DROP_SOURCE_MEMBERSHIP, IP_MULTICAST_IF, IP_MULTICAST_LOOP, IP_MULTICAST_TTL,
  IPV6_ADD_MEMBERSHIP, IPV6_DROP_MEMBERSHIP, IPV6_MULTICAST_HOPS, IPV6_MULTICAST_IF, IPV6_MULTICAST_LOOP,
  TCP_KEEPCNT, TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_NODELAY,
} from './constants.js';
import { IPV6_MREQ, IP_MREQ, IP_MREQ_SOURCE, LINGER } from './layouts.js';
import { bytesToIpv6 } from './sockaddr.js';
import { PROTOCOL_INFO, protocolOf, writeProtocolInfo, type ProtocolEntry } from './protocols.js';
import type { GuestMemory } from './memory.js';
import { fail, isFailure, type CoreError } from '../core/errors.js';
import { wsaCode } from './errors.js';
import { SOCK_DGRAM, type Linger, type Socket } from '../core/socket.js';

/**
 * How an option's value is laid out in optval, and how much of it each length covers. One
 * description gives both the bounds check and the access: setsockopt checks exactly the bytes
 * `readLength` names and `read` sees only those bytes (a view of that length), and likewise
 * getsockopt with `writeLength` and `write`, so a check and its access cannot disagree.
 *
 * The lengths are Windows' (Wine's test_set_getsockopt records them from Windows): see each codec.
 */
interface Codec<T> {
  /** Bytes setsockopt reads for this optlen; undefined when optlen is too short (WSAEFAULT). */
  readLength(optlen: number): number | undefined;
  /** The value, from exactly `readLength(optlen)` bytes. */
  read(value: DataView): T;
  /** Bytes getsockopt writes for this *optlen; undefined when it is too short (WSAEFAULT). */
  writeLength(optlen: number): number | undefined;
  /** What getsockopt sets *optlen to. */
  reportLength(optlen: number): number;
  /** The value, into exactly `writeLength(*optlen)` bytes. */
  write(value: DataView, v: T): void;
}

/** Little-endian bytes of `v` that fit the view, and back. */
function readLE(v: DataView): number {
  let x = 0;
  for (let i = v.byteLength - 1; i >= 0; i--) x = x * 256 + v.getUint8(i);
  return x | 0;
}
function writeLE(v: DataView, x: number): void {
  for (let i = 0; i < v.byteLength; i++) v.setUint8(i, (x >>> (8 * i)) & 0xff);
}

/**
 * A BOOLEAN of one byte in the Windows kernel (SO_KEEPALIVE, TCP_NODELAY, IPV6_V6ONLY): any
 * optlen of 1 or more reads byte 0 alone (a 4-byte 0x100 is FALSE); getsockopt writes one byte
 * and sets *optlen to 1, even when given 4.
 */
const BOOLEAN: Codec<number> = {
  readLength: (optlen) => (optlen >= 1 ? 1 : undefined),
  read: (v) => v.getUint8(0),
  writeLength: (optlen) => (optlen >= 1 ? 1 : undefined),
  reportLength: () => 1,
  write: (v, x) => v.setUint8(0, x ? 1 : 0),
};
/**
 * A four-byte BOOL of SOL_SOCKET (SO_REUSEADDR, SO_BROADCAST, SO_DONTLINGER ...): setsockopt
 * takes any optlen, 0 included (FALSE), and reads up to four bytes; a negative optlen reads
 * four. getsockopt with *optlen 1 to 3 writes that many bytes and sets *optlen to 1.
 */
const BOOL: Codec<number> = {
  readLength: (optlen) => (optlen < 0 ? 4 : Math.min(optlen, 4)),
  read: readLE,
  writeLength: (optlen) => (optlen >= 1 ? Math.min(optlen, 4) : undefined),
  reportLength: (optlen) => (optlen >= 4 ? 4 : 1),
  write: writeLE,
};
/** A four-byte int of SOL_SOCKET: fewer than four bytes is WSAEFAULT; a negative optlen reads four. */
const INT: Codec<number> = {
  readLength: (optlen) => (optlen >= 4 || optlen < 0 ? 4 : undefined),
  read: (v) => v.getInt32(0, true),
  writeLength: (optlen) => (optlen >= 4 ? 4 : undefined),
  reportLength: () => 4,
  write: (v, x) => v.setInt32(0, x, true),
};
/**
 * A DWORD of IPPROTO_TCP (TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT): exactly four bytes or more;
 * a shorter optlen, a negative one included, is WSAEFAULT both ways (Wine's test_optsize records
 * {0, 0, 4} for them from Windows).
 */
const DWORD: Codec<number> = {
  readLength: (optlen) => (optlen >= 4 ? 4 : undefined),
  read: (v) => v.getUint32(0, true),
  writeLength: (optlen) => (optlen >= 4 ? 4 : undefined),
  reportLength: () => 4,
  write: (v, x) => v.setUint32(0, x >>> 0, true),
};
/**
 * A small int of IPPROTO_IP/IPPROTO_IPV6 (IP_TTL, IP_TOS, IPV6_UNICAST_HOPS): setsockopt reads the
 * first 1 to 4 bytes optlen names; getsockopt with *optlen 1 to 3 writes one byte and sets
 * *optlen to 1, with 4 or more writes four (Wine's test_optsize: accepts_short_len, sizes {1, 1, 4},
 * run on Windows). A negative optlen is WSAEFAULT, as for the other non-SOL_SOCKET options.
 */
const SMALL_INT: Codec<number> = {
  readLength: (optlen) => (optlen >= 1 ? Math.min(optlen, 4) : undefined),
  read: (v) => readLE(v) >>> 0,
  writeLength: (optlen) => (optlen >= 4 ? 4 : optlen >= 1 ? 1 : undefined),
  reportLength: (optlen) => (optlen >= 4 ? 4 : 1),
  write: writeLE,
};
const LINGER_CODEC: Codec<Linger> = {
  readLength: (optlen) => (optlen >= LINGER.size || optlen < 0 ? LINGER.size : undefined),
  read: (v) => ({ on: v.getUint16(LINGER.onoff, true) !== 0, seconds: v.getUint16(LINGER.linger, true) }),
  writeLength: (optlen) => (optlen >= LINGER.size ? LINGER.size : undefined),
  reportLength: () => LINGER.size,
  write: (v, l) => { v.setUint16(LINGER.onoff, +l.on, true); v.setUint16(LINGER.linger, l.seconds, true); },
};

/**
 * IP_MULTICAST_IF's IN_ADDR, as one number of its four bytes in network order (so an interface
 * index given "in network byte order" reads as the index): four bytes or more, else WSAEFAULT.
 */
const IN_ADDR: Codec<number> = {
  readLength: (optlen) => (optlen >= 4 ? 4 : undefined),
  read: (v) => v.getUint32(0, false),
  writeLength: (optlen) => (optlen >= 4 ? 4 : undefined),
  reportLength: () => 4,
  write: (v, x) => v.setUint32(0, x >>> 0, false),
};

/** A membership request: the group, as text, and the interface as the structure gives it; a source-specific one names the source. */
interface Membership { group: string; iface: number; source?: string }
/**
 * struct ip_mreq and struct ipv6_mreq, setsockopt only (getsockopt of IP_ADD_MEMBERSHIP is
 * WSAENOPROTOOPT, as Wine answers). "WSAEFAULT ... the optlen parameter is too small" (setsockopt).
 */
const membershipCodec = (size: number, read: (v: DataView) => Membership): Codec<Membership> => ({
  readLength: (optlen) => (optlen >= size ? size : undefined),
  read,
  writeLength: () => undefined,
  reportLength: () => size,
  write: () => { throw new Error('membership options are set only'); },
});
const IP_MREQ_CODEC = membershipCodec(IP_MREQ.size, (v) => ({
  group: [0, 1, 2, 3].map((i) => v.getUint8(IP_MREQ.multiaddr + i)).join('.'),
  iface: v.getUint32(IP_MREQ.iface, false),
}));
const ipv4At = (v: DataView, at: number) => [0, 1, 2, 3].map((i) => v.getUint8(at + i)).join('.');
const IP_MREQ_SOURCE_CODEC = membershipCodec(IP_MREQ_SOURCE.size, (v) => ({
  group: ipv4At(v, IP_MREQ_SOURCE.multiaddr),
  source: ipv4At(v, IP_MREQ_SOURCE.sourceaddr),
  iface: v.getUint32(IP_MREQ_SOURCE.iface, false),
}));
const IPV6_MREQ_CODEC = membershipCodec(IPV6_MREQ.size, (v) => ({
  group: bytesToIpv6(new Uint8Array(v.buffer, v.byteOffset + IPV6_MREQ.multiaddr, 16)),
  iface: v.getUint32(IPV6_MREQ.iface, true),
}));

/**
 * The multicast options of one level: IPPROTO_IP on an AF_INET datagram socket, IPPROTO_IPV6 on an
 * AF_INET6 one. Elsewhere (a stream socket, the other family) they are WSAEINVAL both ways, as Wine
 * answers. The TTL and hop limit take 0 to 255 (a larger value is WSAEINVAL); the loop flag reads
 * back 0 or 1 (Wine: 2 reads back as 1).
 */
function multicastOptions(level: number, family: 4 | 6, names: { iface: number; hops: number; loop: number; add: number; drop: number }, labels: [string, string, string, string, string], mreq: Codec<Membership>) {
  const mine = (s: Socket) => s.type === SOCK_DGRAM && s.family === family;
  const refuse = () => fail('EINVAL', `not an ${family === 4 ? 'AF_INET' : 'AF_INET6'} datagram socket`);
  return [
    option({ level, name: names.iface, label: labels[0], codec: family === 4 ? IN_ADDR : DWORD,
      get: (s) => (mine(s) ? s.options.multicastIf : refuse()),
      set: (s, v) => (mine(s) ? s.setMulticastInterface(v) : refuse()) }),
    option({ level, name: names.hops, label: labels[1], codec: SMALL_INT,
      get: (s) => (mine(s) ? s.options.multicastHops : refuse()),
      set: (s, v) => {
        if (!mine(s)) return refuse();
        if (v > 255) return fail('EINVAL');
        s.options.multicastHops = v;
        s.applyOptions();
        return undefined;
      } }),
    option({ level, name: names.loop, label: labels[2], codec: SMALL_INT,
      get: (s) => (mine(s) ? +s.options.multicastLoop : refuse()),
      set: (s, v) => {
        if (!mine(s)) return refuse();
        s.options.multicastLoop = v !== 0;
        s.applyOptions();
        return undefined;
      } }),
    option({ level, name: names.add, label: labels[3], codec: mreq,
      set: (s, m) => (mine(s) ? s.membership(true, m.group, m.iface) : refuse()) }),
    option({ level, name: names.drop, label: labels[4], codec: mreq,
      set: (s, m) => (mine(s) ? s.membership(false, m.group, m.iface) : refuse()) }),
  ];
}

/** SO_PROTOCOL_INFOA/W: the socket's catalog entry, getsockopt only; a shorter *optlen is WSAEFAULT. */
const protocolInfo = (wide: boolean): Codec<ProtocolEntry> => {
  const size = wide ? PROTOCOL_INFO.sizeW : PROTOCOL_INFO.sizeA;
  return {
    readLength: () => undefined,
    read: () => { throw new Error('SO_PROTOCOL_INFO is read-only'); },
    writeLength: (optlen) => (optlen >= size ? size : undefined),
    reportLength: () => size,
    write: (v, e) => writeProtocolInfo(v, e, wide),
  };
};
const catalogEntry = (s: Socket): ProtocolEntry | CoreError =>
  protocolOf(s.family === 6 ? AF_INET6 : AF_INET, s.type) ?? fail('ENOPROTOOPT', 'no catalog entry for this socket');

interface OptionDescriptor<T = number> {
  level: number;
  name: number;
  label: string;
  codec: Codec<T>;
  /** A getsockopt with too short an *optlen still zeroes the bytes it was given (SO_SNDBUF, SO_RCVBUF, SO_LINGER on Windows). */
  zeroesShort?: boolean;
  get?(s: Socket): T | CoreError;
  set?(s: Socket, v: T): CoreError | undefined;
}

/** The table holds options of different value types; each entry's codec and accessors agree on one. */
const option = <T>(d: OptionDescriptor<T>) => d as unknown as OptionDescriptor<unknown>;

const OPTIONS = [
  option({ level: SOL_SOCKET, name: SO.SO_REUSEADDR, label: 'SO_REUSEADDR', codec: BOOL,
    get: (s) => +s.options.reuseAddress,
    set: (s, v) => { if (v && s.options.exclusive) return fail('EINVAL'); s.options.reuseAddress = !!v; return undefined; } }),
  option({ level: SOL_SOCKET, name: SO.SO_EXCLUSIVEADDRUSE, label: 'SO_EXCLUSIVEADDRUSE', codec: BOOL,
    get: (s) => +s.options.exclusive,
    set: (s, v) => { if (v && s.options.reuseAddress) return fail('EINVAL'); s.options.exclusive = !!v; return undefined; } }),
  option({ level: SOL_SOCKET, name: SO.SO_KEEPALIVE, label: 'SO_KEEPALIVE', codec: BOOLEAN,
    get: (s) => +s.options.keepAlive,
    set: (s, v) => { s.options.keepAlive = !!v; s.applyOptions(); return undefined; } }),
  option({ level: SOL_SOCKET, name: SO.SO_BROADCAST, label: 'SO_BROADCAST', codec: BOOL,
    get: (s) => +s.options.broadcast,
    set: (s, v) => { s.options.broadcast = !!v; s.applyOptions(); return undefined; } }),
  option({ level: SOL_SOCKET, name: SO.SO_LINGER, label: 'SO_LINGER', codec: LINGER_CODEC, zeroesShort: true,
    get: (s) => s.options.linger,
    set: (s, v) => {
      if (s.type === SOCK_DGRAM) return fail('ENOPROTOOPT');
      s.options.linger = { ...v };
      return undefined;
    } }),
  option({ level: SOL_SOCKET, name: SO.SO_DONTLINGER, label: 'SO_DONTLINGER', codec: BOOL,
    get: (s) => +!s.options.linger.on,
    set: (s, v) => {
      if (s.type === SOCK_DGRAM) return fail('ENOPROTOOPT');
      s.options.linger = { on: !v, seconds: s.options.linger.seconds };
      return undefined;
    } }),
  option({ level: SOL_SOCKET, name: SO.SO_SNDBUF, label: 'SO_SNDBUF', codec: INT, zeroesShort: true,
    get: (s) => s.options.sndbuf,
    set: (s, v) => { if (v < 0) return fail('EINVAL'); s.options.sndbuf = v; s.ready.notify(); return undefined; } }),
  option({ level: SOL_SOCKET, name: SO.SO_RCVBUF, label: 'SO_RCVBUF', codec: INT, zeroesShort: true,
    get: (s) => s.options.rcvbuf,
    set: (s, v) => { if (v < 0) return fail('EINVAL'); s.options.rcvbuf = v; return undefined; } }),
  option({ level: SOL_SOCKET, name: SO.SO_SNDTIMEO, label: 'SO_SNDTIMEO', codec: INT,
    get: (s) => s.options.sndtimeo,
    set: (s, v) => { s.options.sndtimeo = v >>> 0; return undefined; } }),
  option({ level: SOL_SOCKET, name: SO.SO_RCVTIMEO, label: 'SO_RCVTIMEO', codec: INT,
    get: (s) => s.options.rcvtimeo,
    set: (s, v) => { s.options.rcvtimeo = v >>> 0; return undefined; } }),
  // SOL_SOCKET socket options (learn.microsoft.com/windows/win32/winsock/sol-socket-socket-options):
  // SO_RCVLOWAT and SO_SNDLOWAT are "not supported by the Windows TCP/IP provider. If this option is
  // used on Windows Vista and later, the getsockopt and setsockopt functions fail with WSAEINVAL."
  option({ level: SOL_SOCKET, name: SO.SO_RCVLOWAT, label: 'SO_RCVLOWAT', codec: INT,
    get: () => fail('EINVAL', 'not supported by the Windows TCP/IP provider'),
    set: () => fail('EINVAL', 'not supported by the Windows TCP/IP provider') }),
  option({ level: SOL_SOCKET, name: SO.SO_SNDLOWAT, label: 'SO_SNDLOWAT', codec: INT,
    get: () => fail('EINVAL', 'not supported by the Windows TCP/IP provider'),
    set: () => fail('EINVAL', 'not supported by the Windows TCP/IP provider') }),
  option({ level: SOL_SOCKET, name: SO.SO_ERROR, label: 'SO_ERROR', codec: INT,
    get: (s) => {
      const e = s.errorStatus();
      return e ? wsaCode(e) : 0;
    } }),
  option({ level: SOL_SOCKET, name: SO.SO_TYPE, label: 'SO_TYPE', codec: INT, get: (s) => s.type }),
  option({ level: SOL_SOCKET, name: SO.SO_PROTOCOL_INFOA, label: 'SO_PROTOCOL_INFOA', codec: protocolInfo(false), get: catalogEntry }),
  option({ level: SOL_SOCKET, name: SO.SO_PROTOCOL_INFOW, label: 'SO_PROTOCOL_INFOW', codec: protocolInfo(true), get: catalogEntry }),
  option({ level: SOL_SOCKET, name: SO.SO_ACCEPTCONN, label: 'SO_ACCEPTCONN', codec: BOOL, get: (s) => +s.listening }),
  // Kept and reported: Node's listener completes the handshake before WSAAccept's condition
  // function decides, so a rejected client sees its connection closed, not WSAECONNREFUSED.
  option({ level: SOL_SOCKET, name: SO.SO_CONDITIONAL_ACCEPT, label: 'SO_CONDITIONAL_ACCEPT', codec: BOOL,
    get: (s) => +s.options.conditionalAccept,
    set: (s, v) => { s.options.conditionalAccept = !!v; return undefined; } }),
  option({ level: SOL_SOCKET, name: SO.SO_MAX_MSG_SIZE, label: 'SO_MAX_MSG_SIZE', codec: INT,
    // Stream sockets have no message size; Windows reports the protocol's dwMessageSize (0) there.
    get: (s) => (s.type === SOCK_DGRAM ? MAX_UDP_PAYLOAD : 0) }),
  // "Returns the number of seconds a socket has been connected" (get only; a set is WSAENOPROTOOPT,
  // as Wine answers); 0xFFFFFFFF while not connected, which is how programs check a ConnectEx.
  option({ level: SOL_SOCKET, name: SO.SO_CONNECT_TIME, label: 'SO_CONNECT_TIME', codec: INT,
    get: (s) => s.connectedSeconds() ?? -1 }),
  option({ level: IPPROTO_TCP, name: TCP_NODELAY, label: 'TCP_NODELAY', codec: BOOLEAN,
    get: (s) => (s.type === SOCK_DGRAM ? fail('ENOPROTOOPT') : +s.options.noDelay),
    set: (s, v) => {
      if (s.type === SOCK_DGRAM) return fail('ENOPROTOOPT');
      s.options.noDelay = !!v;
      s.applyOptions();
      return undefined;
    } }),
  // IPPROTO_TCP socket options (learn.microsoft.com/windows/win32/winsock/ipproto-tcp-socket-options),
  // in seconds. Node applies TCP_KEEPIDLE (setKeepAlive's initial delay); it has no control for
  // the interval or the probe count, which are kept and reported.
  option({ level: IPPROTO_TCP, name: TCP_KEEPIDLE, label: 'TCP_KEEPIDLE', codec: DWORD,
    get: (s) => (s.type === SOCK_DGRAM ? fail('ENOPROTOOPT') : s.options.keepIdle),
    set: (s, v) => {
      if (s.type === SOCK_DGRAM) return fail('ENOPROTOOPT');
      s.options.keepIdle = v;
      s.applyOptions();
      return undefined;
    } }),
  option({ level: IPPROTO_TCP, name: TCP_KEEPINTVL, label: 'TCP_KEEPINTVL', codec: DWORD,
    get: (s) => (s.type === SOCK_DGRAM ? fail('ENOPROTOOPT') : s.options.keepInterval),
    set: (s, v) => {
      if (s.type === SOCK_DGRAM) return fail('ENOPROTOOPT');
      s.options.keepInterval = v;
      return undefined;
    } }),
  option({ level: IPPROTO_TCP, name: TCP_KEEPCNT, label: 'TCP_KEEPCNT', codec: DWORD,
    get: (s) => (s.type === SOCK_DGRAM ? fail('ENOPROTOOPT') : s.options.keepCount),
    set: (s, v) => {
      if (s.type === SOCK_DGRAM) return fail('ENOPROTOOPT');
      if (v > 255) return fail('EINVAL'); // "It is illegal to set TCP_KEEPCNT to a value greater than 255."
      s.options.keepCount = v;
      return undefined;
    } }),
  // IPPROTO_IP socket options (learn.microsoft.com/windows/win32/winsock/ipproto-ip-socket-options).
  // A TTL above 255 is WSAEINVAL (Wine's test_optsize, run on Windows: 0x100 is refused). Node
  // applies IP_TTL to UDP sockets (dgram's setTTL, which takes 1 to 255: a TTL of 0 is kept only);
  // TCP sockets and IP_TOS ("Do not use") keep and report the value.
  option({ level: IPPROTO_IP, name: IP_TTL, label: 'IP_TTL', codec: SMALL_INT,
    get: (s) => s.options.ttl,
    set: (s, v) => {
      if (v > 255) return fail('EINVAL');
      s.options.ttl = v;
      s.applyOptions();
      return undefined;
    } }),
  option({ level: IPPROTO_IP, name: IP_TOS, label: 'IP_TOS', codec: SMALL_INT,
    get: (s) => s.options.tos,
    set: (s, v) => {
      if (v > 255) return fail('EINVAL');
      s.options.tos = v;
      return undefined;
    } }),
  // IPPROTO_IP socket options: IP_MULTICAST_IF ("Gets or sets the outgoing interface for sending IPv4
  // multicast traffic"; an IN_ADDR, or an interface index in network byte order), IP_MULTICAST_TTL
  // (default 1), IP_MULTICAST_LOOP (default TRUE), IP_ADD_MEMBERSHIP and IP_DROP_MEMBERSHIP (ip_mreq).
  ...multicastOptions(IPPROTO_IP, 4,
    { iface: IP_MULTICAST_IF, hops: IP_MULTICAST_TTL, loop: IP_MULTICAST_LOOP, add: IP_ADD_MEMBERSHIP, drop: IP_DROP_MEMBERSHIP },
    ['IP_MULTICAST_IF', 'IP_MULTICAST_TTL', 'IP_MULTICAST_LOOP', 'IP_ADD_MEMBERSHIP', 'IP_DROP_MEMBERSHIP'], IP_MREQ_CODEC),
  // IPPROTO_IPV6 socket options: IPV6_MULTICAST_IF (an interface index), IPV6_MULTICAST_HOPS (default
  // 1), IPV6_MULTICAST_LOOP (default TRUE), IPV6_ADD_MEMBERSHIP / IPV6_JOIN_GROUP and
  // IPV6_DROP_MEMBERSHIP / IPV6_LEAVE_GROUP (ipv6_mreq).
  // IP_ADD_SOURCE_MEMBERSHIP and IP_DROP_SOURCE_MEMBERSHIP (ip_mreq_source): "Join the supplied
  // multicast group on the given interface and accept data sourced from the supplied source address."
  option({ level: IPPROTO_IP, name: IP_ADD_SOURCE_MEMBERSHIP, label: 'IP_ADD_SOURCE_MEMBERSHIP', codec: IP_MREQ_SOURCE_CODEC,
    set: (s, m) => (s.type === SOCK_DGRAM && s.family === 4 ? s.membership(true, m.group, m.iface, m.source) : fail('EINVAL', 'not an AF_INET datagram socket')) }),
  option({ level: IPPROTO_IP, name: IP_DROP_SOURCE_MEMBERSHIP, label: 'IP_DROP_SOURCE_MEMBERSHIP', codec: IP_MREQ_SOURCE_CODEC,
    set: (s, m) => (s.type === SOCK_DGRAM && s.family === 4 ? s.membership(false, m.group, m.iface, m.source) : fail('EINVAL', 'not an AF_INET datagram socket')) }),
  ...multicastOptions(IPPROTO_IPV6, 6,
    { iface: IPV6_MULTICAST_IF, hops: IPV6_MULTICAST_HOPS, loop: IPV6_MULTICAST_LOOP, add: IPV6_ADD_MEMBERSHIP, drop: IPV6_DROP_MEMBERSHIP },
    ['IPV6_MULTICAST_IF', 'IPV6_MULTICAST_HOPS', 'IPV6_MULTICAST_LOOP', 'IPV6_ADD_MEMBERSHIP', 'IPV6_DROP_MEMBERSHIP'], IPV6_MREQ_CODEC),
  // IPPROTO_IPV6 socket options (learn.microsoft.com/windows/win32/winsock/ipproto-ipv6-socket-options):
  // IPV6_UNICAST_HOPS, "It is illegal to set the TTL to a value greater than 255."
  option({ level: IPPROTO_IPV6, name: IPV6_UNICAST_HOPS, label: 'IPV6_UNICAST_HOPS', codec: SMALL_INT,
    get: (s) => (s.family === 6 ? s.options.hopLimit : fail('EINVAL')),
    set: (s, v) => {
      if (s.family !== 6 || v > 255) return fail('EINVAL');
      s.options.hopLimit = v;
      s.applyOptions();
      return undefined;
    } }),
  option({ level: IPPROTO_IPV6, name: IPV6_V6ONLY, label: 'IPV6_V6ONLY', codec: BOOLEAN,
    get: (s) => (s.family === 6 ? +s.options.v6Only : fail('EINVAL')),
    set: (s, v) => {
      if (s.family !== 6) return fail('EINVAL');
      if (!isFailure(s.localAddress())) return fail('EINVAL'); // only before bind
      s.options.v6Only = !!v;
      return undefined;
    } }),
];

const byKey = new Map(OPTIONS.map((o) => [`${o.level}:${o.name}`, o]));

/** Every option the host knows: level, name and label. */
export const KNOWN_OPTIONS: readonly { level: number; name: number; label: string }[] = OPTIONS.map(({ level, name, label }) => ({ level, name, label }));
const KNOWN_LEVELS = new Set([SOL_SOCKET, IPPROTO_TCP, IPPROTO_IPV6, IPPROTO_IP, 17 /* IPPROTO_UDP */]);

export function optionName(level: number, name: number): string {
  return byKey.get(`${level}:${name}`)?.label ?? `level ${level} option ${name}`;
}

function find(level: number, name: number): OptionDescriptor<unknown> | CoreError {
  const d = byKey.get(`${level}:${name}`);
  if (d) return d;
  return KNOWN_LEVELS.has(level) ? fail('ENOPROTOOPT', 'option not supported') : fail('EINVAL', 'unknown level');
}

export function setOption(mem: GuestMemory, s: Socket, level: number, name: number, optval: number, optlen: number): CoreError | undefined {
  const d = find(level, name);
  if (isFailure(d)) return d;
  if (!d.set) return fail('ENOPROTOOPT', 'read-only option');
  const length = d.codec.readLength(optlen);
  if (length === undefined || (length > 0 && !mem.ok(optval, length))) return fail('EFAULT');
  return d.set(s, d.codec.read(length > 0 ? mem.window(optval, length) : new DataView(new ArrayBuffer(0))));
}

export function getOption(mem: GuestMemory, s: Socket, level: number, name: number, optval: number, optlenPtr: number): CoreError | undefined {
  const d = find(level, name);
  if (isFailure(d)) return d;
  if (!d.get) return fail('ENOPROTOOPT');
  if (!mem.ok(optlenPtr, 4)) return fail('EFAULT');
  const cap = mem.i32(optlenPtr);
  const length = d.codec.writeLength(cap);
  if (length === undefined) {
    if (d.zeroesShort && cap > 0 && mem.ok(optval, cap)) mem.fill(optval, cap);
    return fail('EFAULT');
  }
  if (!mem.ok(optval, length)) return fail('EFAULT');
  const v = d.get(s);
  if (isFailure(v)) return v;
  d.codec.write(mem.window(optval, length), v);
  mem.setI32(optlenPtr, d.codec.reportLength(cap));
  return undefined;
}
