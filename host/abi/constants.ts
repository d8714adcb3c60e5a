// Win32 constant values the host needs, mirrored from wasm/include.
// The test test/unit/constants.test.ts checks each value against the C headers.

export const WSA = {
  NOERROR: 0,
  WSA_INVALID_HANDLE: 6,
  WSA_NOT_ENOUGH_MEMORY: 8,
  WSA_INVALID_PARAMETER: 87,
  WSA_OPERATION_ABORTED: 995,
  WSA_IO_INCOMPLETE: 996,
  WSA_IO_PENDING: 997,
  WSAEINTR: 10004,
  WSAEBADF: 10009,
  WSAEACCES: 10013,
  WSAEFAULT: 10014,
  WSAEINVAL: 10022,
  WSAEMFILE: 10024,
  WSAEWOULDBLOCK: 10035,
  WSAEINPROGRESS: 10036,
  WSAEALREADY: 10037,
  WSAENOTSOCK: 10038,
  WSAEDESTADDRREQ: 10039,
  WSAEMSGSIZE: 10040,
  WSAEPROTOTYPE: 10041,
  WSAENOPROTOOPT: 10042,
  WSAEPROTONOSUPPORT: 10043,
  WSAESOCKTNOSUPPORT: 10044,
  WSAEOPNOTSUPP: 10045,
  WSAEPFNOSUPPORT: 10046,
  WSAEAFNOSUPPORT: 10047,
  WSAEADDRINUSE: 10048,
  WSAEADDRNOTAVAIL: 10049,
  WSAENETDOWN: 10050,
  WSAENETUNREACH: 10051,
  WSAENETRESET: 10052,
  WSAECONNABORTED: 10053,
  WSAECONNRESET: 10054,
  WSAENOBUFS: 10055,
  WSAEISCONN: 10056,
  WSAENOTCONN: 10057,
  WSAESHUTDOWN: 10058,
  WSAETIMEDOUT: 10060,
  WSAECONNREFUSED: 10061,
  WSAEHOSTUNREACH: 10065,
  WSASYSNOTREADY: 10091,
  WSAVERNOTSUPPORTED: 10092,
  WSANOTINITIALISED: 10093,
  WSATYPE_NOT_FOUND: 10109,
  WSAHOST_NOT_FOUND: 11001,
  WSATRY_AGAIN: 11002,
  WSANO_RECOVERY: 11003,
  WSANO_DATA: 11004,
} as const;

export const AF_UNSPEC = 0;
export const AF_INET = 2;
export const AF_INET6 = 23;
export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const SOCK_RAW = 3;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;
export const IPPROTO_IP = 0;
export const IPPROTO_IPV6 = 41;
export const SOL_SOCKET = 0xffff;

export const MSG_OOB = 0x1;
export const MSG_PEEK = 0x2;
export const MSG_DONTROUTE = 0x4;
export const MSG_WAITALL = 0x8;
export const MSG_PARTIAL = 0x8000;
export const MSG_PUSH_IMMEDIATE = 0x20;

export const SD_RECEIVE = 0;
export const SD_SEND = 1;
export const SD_BOTH = 2;

export const FIONBIO = 0x8004667e | 0; // as a signed 32-bit long
export const FIONREAD = 0x4004667f;
export const SIOCATMARK = 0x40047307;
// WSAIoctl codes (ws2def.h, mstcpip.h, mswsock.h): _WSAIOW/_WSAIOR/_WSAIORW of IOC_WS2 or IOC_VENDOR.
export const SIO_GET_EXTENSION_FUNCTION_POINTER = 0xc8000006;
export const SIO_ADDRESS_LIST_QUERY = 0x48000016;
export const SIO_KEEPALIVE_VALS = 0x98000004;
export const SIO_UDP_CONNRESET = 0x9800000c;
export const SIO_UDP_NETRESET = 0x9800000f;

export const SO = {
  SO_DEBUG: 0x0001,
  SO_ACCEPTCONN: 0x0002,
  SO_CONDITIONAL_ACCEPT: 0x3002,
  SO_REUSEADDR: 0x0004,
  SO_KEEPALIVE: 0x0008,
  SO_DONTROUTE: 0x0010,
  SO_BROADCAST: 0x0020,
  SO_LINGER: 0x0080,
  SO_OOBINLINE: 0x0100,
  SO_DONTLINGER: ~0x0080,
  SO_EXCLUSIVEADDRUSE: ~0x0004,
  SO_SNDBUF: 0x1001,
  SO_RCVBUF: 0x1002,
  SO_SNDLOWAT: 0x1003,
  SO_RCVLOWAT: 0x1004,
  SO_SNDTIMEO: 0x1005,
  SO_RCVTIMEO: 0x1006,
  SO_ERROR: 0x1007,
  SO_TYPE: 0x1008,
  SO_MAX_MSG_SIZE: 0x2003,
  SO_PROTOCOL_INFOA: 0x2004,
  SO_PROTOCOL_INFOW: 0x2005,
  SO_CONNECT_TIME: 0x700c, // mswsock.h
} as const;
export const TCP_NODELAY = 0x0001;
export const TCP_KEEPIDLE = 3; // TCP_KEEPALIVE
export const TCP_KEEPCNT = 16;
export const TCP_KEEPINTVL = 17;
export const IP_TOS = 3;
export const IP_TTL = 4;
export const IPV6_UNICAST_HOPS = 4;
export const IPV6_V6ONLY = 27;
/** Multicast at IPPROTO_IP (ws2ipdef.h): the interface, TTL and loopback of sent datagrams, group membership. */
export const IP_MULTICAST_IF = 9;
export const IP_MULTICAST_TTL = 10;
export const IP_MULTICAST_LOOP = 11;
export const IP_ADD_MEMBERSHIP = 12;
export const IP_DROP_MEMBERSHIP = 13;
export const IP_ADD_SOURCE_MEMBERSHIP = 15;
export const IP_DROP_SOURCE_MEMBERSHIP = 16;
/** The same at IPPROTO_IPV6; IPV6_JOIN_GROUP and IPV6_LEAVE_GROUP are other names for 12 and 13. */
export const IPV6_MULTICAST_IF = 9;
export const IPV6_MULTICAST_HOPS = 10;
export const IPV6_MULTICAST_LOOP = 11;
export const IPV6_ADD_MEMBERSHIP = 12;
export const IPV6_DROP_MEMBERSHIP = 13;

export const WSA_FLAG_OVERLAPPED = 0x01;
export const WSA_FLAG_MULTIPOINT_C_LEAF = 0x04;
export const WSA_FLAG_MULTIPOINT_D_LEAF = 0x10;
/** C_ROOT 0x02, C_LEAF 0x04, D_ROOT 0x08, D_LEAF 0x10. */
export const WSA_FLAG_MULTIPOINT = 0x1e;
/** WSAJoinLeaf's dwFlags. */
export const JL_SENDER_ONLY = 0x01;
export const JL_RECEIVER_ONLY = 0x02;
export const JL_BOTH = 0x04;
export const FROM_PROTOCOL_INFO = -1;

export const INVALID_SOCKET = 0xffffffff;
export const SOCKET_ERROR = -1;

export const AI_PASSIVE = 0x01;
export const AI_CANONNAME = 0x02;
export const AI_NUMERICHOST = 0x04;
export const AI_NUMERICSERV = 0x08;

export const NI_NOFQDN = 0x01;
export const NI_NUMERICHOST = 0x02;
export const NI_NAMEREQD = 0x04;
export const NI_NUMERICSERV = 0x08;
export const NI_DGRAM = 0x10;

/** Largest UDP payload over IPv4 (65535 - 8 UDP - 20 IP): Windows' SO_MAX_MSG_SIZE. */
export const MAX_UDP_PAYLOAD = 65507;

export const WAIT_OBJECT_0 = 0;
export const WAIT_IO_COMPLETION = 0xc0;
export const WAIT_TIMEOUT = 258;
export const WAIT_FAILED = -1; // 0xFFFFFFFF as an i32
export const INFINITE = 0xffffffff;
export const MAXIMUM_WAIT_OBJECTS = 64;

/** WSAEventSelect network events (bit numbers FD_*_BIT) and WSAPoll flags. */
export const FD_MAX_EVENTS = 10;
export const POLLRDNORM = 0x0100;
export const POLLRDBAND = 0x0200;
export const POLLPRI = 0x0400;
export const POLLWRNORM = 0x0010;
export const POLLWRBAND = 0x0020;
export const POLLERR = 0x0001;
export const POLLHUP = 0x0002;
export const POLLNVAL = 0x0004;

/** Reverse lookup, for traces: WSA code number to its name. */
export const WSA_NAMES: ReadonlyMap<number, string> = new Map(
  Object.entries(WSA).map(([name, code]) => [code, name]),
);
