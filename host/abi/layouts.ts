// Every wasm32 (Win32 i686) byte offset the host uses, in one place. The C headers
// pin the same numbers with _Static_assert; test/unit/layouts.test.ts checks both agree.

export const WSABUF = { size: 8, len: 0, buf: 4 } as const;
export const SOCKADDR = { size: 16, family: 0 } as const;
export const SOCKADDR_IN = { size: 16, family: 0, port: 2, addr: 4, zero: 8 } as const;
export const SOCKADDR_IN6 = { size: 28, family: 0, port: 2, flowinfo: 4, addr: 8, scopeId: 24 } as const;
export const SOCKADDR_STORAGE = { size: 128 } as const;
export const FD_SET = { count: 0, array: 4, entry: 4 } as const;
export const TIMEVAL = { size: 8, sec: 0, usec: 4 } as const;
export const LINGER = { size: 4, onoff: 0, linger: 2 } as const;
/** struct ip_mreq (IP_ADD_MEMBERSHIP, IP_DROP_MEMBERSHIP): two IN_ADDRs, the group and the interface. */
export const IP_MREQ = { size: 8, multiaddr: 0, iface: 4 } as const;
/** struct ip_mreq_source (IP_ADD_SOURCE_MEMBERSHIP, IP_DROP_SOURCE_MEMBERSHIP): the group, the source, the interface. */
export const IP_MREQ_SOURCE = { size: 12, multiaddr: 0, sourceaddr: 4, iface: 8 } as const;
/** struct ipv6_mreq (IPV6_ADD_MEMBERSHIP, IPV6_DROP_MEMBERSHIP): the group's IN6_ADDR and a ULONG interface index. */
export const IPV6_MREQ = { size: 20, multiaddr: 0, iface: 16 } as const;
export const WSADATA = {
  size: 400, wVersion: 0, wHighVersion: 2, szDescription: 4, descriptionLen: 257,
  szSystemStatus: 261, systemStatusLen: 129, iMaxSockets: 390, iMaxUdpDg: 392, lpVendorInfo: 396,
} as const;
export const ADDRINFO = {
  size: 32, flags: 0, family: 4, socktype: 8, protocol: 12, addrlen: 16, canonname: 20, addr: 24, next: 28,
} as const;
export const HOSTENT = { size: 16, name: 0, aliases: 4, addrtype: 8, length: 10, addrList: 12 } as const;
export const WSAPROTOCOL_INFO = { addressFamily: 76, socketType: 88, protocol: 92 } as const;
export const WSAOVERLAPPED = { size: 20, internal: 0, internalHigh: 4, offset: 8, offsetHigh: 12, hEvent: 16 } as const;
export const WSANETWORKEVENTS = { size: 44, lNetworkEvents: 0, iErrorCode: 4 } as const;
export const SOCKET_ADDRESS = { size: 8, lpSockaddr: 0, iSockaddrLength: 4 } as const;
/** The header of a SOCKET_ADDRESS_LIST (12 bytes with its one declared entry): the count, then the array. */
export const SOCKET_ADDRESS_LIST = { size: 12, iAddressCount: 0, address: 4 } as const;
export const TCP_KEEPALIVE = { size: 12, onoff: 0, keepalivetime: 4, keepaliveinterval: 8 } as const;
export const GUID = { size: 16 } as const;
export const WSAPOLLFD = { size: 8, fd: 0, events: 4, revents: 6 } as const;
/** winuser.h's MSG: what GetMessage and PeekMessage fill (pt is a POINT of two LONGs). */
export const MSG = { size: 28, hwnd: 0, message: 4, wParam: 8, lParam: 12, time: 16, ptX: 20, ptY: 24 } as const;
/** wasm/runtime/apc.c's struct __wsw_apc: one completion routine handed to the guest. */
export const APC_RECORD = { size: 20, routine: 0, error: 4, transferred: 8, overlapped: 12, flags: 16 } as const;
