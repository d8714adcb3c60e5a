// Winsock constants for AssemblyScript guests, with the values of wasm/include (winsock2.h,
// ws2def.h, winerror.h, winbase.h): the Win32 ones, not POSIX's.

// Address families, socket types, protocols
export const AF_UNSPEC: i32 = 0;
export const AF_INET: i32 = 2;
export const AF_INET6: i32 = 23;
export const SOCK_STREAM: i32 = 1;
export const SOCK_DGRAM: i32 = 2;
export const SOCK_RAW: i32 = 3;
export const IPPROTO_IP: i32 = 0;
export const IPPROTO_TCP: i32 = 6;
export const IPPROTO_UDP: i32 = 17;
export const IPPROTO_IPV6: i32 = 41;

export const INVALID_SOCKET: u32 = 0xFFFFFFFF;
export const SOCKET_ERROR: i32 = -1;
export const INADDR_ANY: u32 = 0;
export const INADDR_LOOPBACK: u32 = 0x7F000001; // host order: htonl(INADDR_LOOPBACK)
export const INADDR_NONE: u32 = 0xFFFFFFFF;

// Flags for send/recv
export const MSG_OOB: i32 = 0x1;
export const MSG_PEEK: i32 = 0x2;
export const MSG_DONTROUTE: i32 = 0x4;
export const MSG_WAITALL: i32 = 0x8;
export const MSG_INTERRUPT: i32 = 0x10;
export const MSG_PUSH_IMMEDIATE: i32 = 0x20;
export const MSG_PARTIAL: i32 = 0x8000;

// shutdown
export const SD_RECEIVE: i32 = 0;
export const SD_SEND: i32 = 1;
export const SD_BOTH: i32 = 2;

// ioctlsocket
export const FIONREAD: i32 = 0x4004667F;
export const FIONBIO: i32 = <i32>0x8004667E; // -2147195266 as an i32
export const FIOASYNC: i32 = <i32>0x8004667D;

// Socket options
export const SOL_SOCKET: i32 = 0xFFFF;
export const SO_DEBUG: i32 = 0x0001;
export const SO_ACCEPTCONN: i32 = 0x0002;
export const SO_REUSEADDR: i32 = 0x0004;
export const SO_KEEPALIVE: i32 = 0x0008;
export const SO_DONTROUTE: i32 = 0x0010;
export const SO_BROADCAST: i32 = 0x0020;
export const SO_LINGER: i32 = 0x0080;
export const SO_OOBINLINE: i32 = 0x0100;
export const SO_DONTLINGER: i32 = ~SO_LINGER;
export const SO_EXCLUSIVEADDRUSE: i32 = ~SO_REUSEADDR;
export const SO_SNDBUF: i32 = 0x1001;
export const SO_RCVBUF: i32 = 0x1002;
export const SO_SNDLOWAT: i32 = 0x1003;
export const SO_RCVLOWAT: i32 = 0x1004;
export const SO_SNDTIMEO: i32 = 0x1005;
export const SO_RCVTIMEO: i32 = 0x1006;
export const SO_ERROR: i32 = 0x1007;
export const SO_TYPE: i32 = 0x1008;
export const SO_CONNECT_TIME: i32 = 0x700C; // mswsock.h
export const TCP_NODELAY: i32 = 0x0001;
export const TCP_KEEPALIVE: i32 = 3;
export const TCP_KEEPIDLE: i32 = TCP_KEEPALIVE;
export const TCP_KEEPCNT: i32 = 16;
export const TCP_KEEPINTVL: i32 = 17;
export const IP_TOS: i32 = 3;
export const IP_TTL: i32 = 4;
export const IPV6_UNICAST_HOPS: i32 = 4;
export const IP_MULTICAST_IF: i32 = 9;
export const IP_MULTICAST_TTL: i32 = 10;
export const IP_MULTICAST_LOOP: i32 = 11;
export const IP_ADD_MEMBERSHIP: i32 = 12;
export const IP_DROP_MEMBERSHIP: i32 = 13;
export const IPV6_MULTICAST_IF: i32 = 9;
export const IPV6_MULTICAST_HOPS: i32 = 10;
export const IPV6_MULTICAST_LOOP: i32 = 11;
export const IPV6_ADD_MEMBERSHIP: i32 = 12;
export const IPV6_JOIN_GROUP: i32 = IPV6_ADD_MEMBERSHIP;
export const IPV6_DROP_MEMBERSHIP: i32 = 13;
export const IPV6_LEAVE_GROUP: i32 = IPV6_DROP_MEMBERSHIP;

// WSAEventSelect network events
export const FD_READ: i32 = 0x01;
export const FD_WRITE: i32 = 0x02;
export const FD_OOB: i32 = 0x04;
export const FD_ACCEPT: i32 = 0x08;
export const FD_CONNECT: i32 = 0x10;
export const FD_CLOSE: i32 = 0x20;

// WSAPoll
export const POLLRDNORM: i16 = 0x0100;
export const POLLRDBAND: i16 = 0x0200;
export const POLLIN: i16 = POLLRDNORM | POLLRDBAND;
export const POLLWRNORM: i16 = 0x0010;
export const POLLOUT: i16 = POLLWRNORM;
export const POLLERR: i16 = 0x0001;
export const POLLHUP: i16 = 0x0002;
export const POLLNVAL: i16 = 0x0004;

// WSASocket
export const WSA_FLAG_OVERLAPPED: u32 = 0x01;

// Waits
export const INFINITE: u32 = 0xFFFFFFFF;
export const WSA_INFINITE: u32 = INFINITE;
export const WAIT_OBJECT_0: u32 = 0;
export const WSA_WAIT_EVENT_0: u32 = 0;
export const WAIT_ABANDONED: u32 = 0x80;
export const WAIT_IO_COMPLETION: u32 = 0xC0;
export const WSA_WAIT_IO_COMPLETION: u32 = 0xC0;
export const WAIT_TIMEOUT: u32 = 258;
export const WSA_WAIT_TIMEOUT: u32 = 258;
export const WAIT_FAILED: u32 = 0xFFFFFFFF;
export const WSA_WAIT_FAILED: u32 = 0xFFFFFFFF;
export const WSA_INVALID_EVENT: u32 = 0;
export const WSA_MAXIMUM_WAIT_EVENTS: u32 = 64;

// Win32 errors that Winsock uses
export const ERROR_IO_PENDING: i32 = 997;
export const ERROR_IO_INCOMPLETE: i32 = 996;
export const WSA_IO_PENDING: i32 = 997;
export const WSA_IO_INCOMPLETE: i32 = 996;
export const WSA_INVALID_HANDLE: i32 = 6;
export const WSA_INVALID_PARAMETER: i32 = 87;
export const WSA_NOT_ENOUGH_MEMORY: i32 = 8;
export const WSA_OPERATION_ABORTED: i32 = 995;

// WSA error codes
export const WSABASEERR: i32 = 10000;
export const WSAEINTR: i32 = 10004;
export const WSAEBADF: i32 = 10009;
export const WSAEACCES: i32 = 10013;
export const WSAEFAULT: i32 = 10014;
export const WSAEINVAL: i32 = 10022;
export const WSAEMFILE: i32 = 10024;
export const WSAEWOULDBLOCK: i32 = 10035;
export const WSAEINPROGRESS: i32 = 10036;
export const WSAEALREADY: i32 = 10037;
export const WSAENOTSOCK: i32 = 10038;
export const WSAEDESTADDRREQ: i32 = 10039;
export const WSAEMSGSIZE: i32 = 10040;
export const WSAEPROTOTYPE: i32 = 10041;
export const WSAENOPROTOOPT: i32 = 10042;
export const WSAEPROTONOSUPPORT: i32 = 10043;
export const WSAESOCKTNOSUPPORT: i32 = 10044;
export const WSAEOPNOTSUPP: i32 = 10045;
export const WSAEPFNOSUPPORT: i32 = 10046;
export const WSAEAFNOSUPPORT: i32 = 10047;
export const WSAEADDRINUSE: i32 = 10048;
export const WSAEADDRNOTAVAIL: i32 = 10049;
export const WSAENETDOWN: i32 = 10050;
export const WSAENETUNREACH: i32 = 10051;
export const WSAENETRESET: i32 = 10052;
export const WSAECONNABORTED: i32 = 10053;
export const WSAECONNRESET: i32 = 10054;
export const WSAENOBUFS: i32 = 10055;
export const WSAEISCONN: i32 = 10056;
export const WSAENOTCONN: i32 = 10057;
export const WSAESHUTDOWN: i32 = 10058;
export const WSAETOOMANYREFS: i32 = 10059;
export const WSAETIMEDOUT: i32 = 10060;
export const WSAECONNREFUSED: i32 = 10061;
export const WSAELOOP: i32 = 10062;
export const WSAENAMETOOLONG: i32 = 10063;
export const WSAEHOSTDOWN: i32 = 10064;
export const WSAEHOSTUNREACH: i32 = 10065;
export const WSAENOTEMPTY: i32 = 10066;
export const WSAEPROCLIM: i32 = 10067;
export const WSASYSNOTREADY: i32 = 10091;
export const WSAVERNOTSUPPORTED: i32 = 10092;
export const WSANOTINITIALISED: i32 = 10093;
export const WSAEDISCON: i32 = 10101;
export const WSAENOMORE: i32 = 10102;
export const WSAECANCELLED: i32 = 10103;
export const WSAHOST_NOT_FOUND: i32 = 11001;
export const WSATRY_AGAIN: i32 = 11002;
export const WSANO_RECOVERY: i32 = 11003;
export const WSANO_DATA: i32 = 11004;
