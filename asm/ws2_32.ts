// ws2_32 imports for AssemblyScript guests: the same functions, names and Win32 (i686)
// argument types as wasm/include/winsock2.h and ws2tcpip.h declare for C guests.
// SOCKET and HANDLE are u32 (UINT_PTR on wasm32), pointers are usize, int is i32, DWORD u32.
//
// The host's versions of SleepEx/WSAWaitForMultipleEvents/WaitFor*Ex return
// WAIT_IO_COMPLETION (192) when completion routines are queued; the C runtime then runs
// them (wasm/runtime/apc.c). The alertable variants here run them too (see ./apc.ts):
// import WSAWaitForMultipleEvents from this file, it is the loop, not the raw import.

import { runCompletionRoutines } from "./apc";

export type SOCKET = u32;
export type HANDLE = u32;
export type WSAEVENT = u32;

@external("ws2_32", "WSAStartup") export declare function WSAStartup(wVersionRequested: u16, lpWSAData: usize): i32;
@external("ws2_32", "WSACleanup") export declare function WSACleanup(): i32;
@external("ws2_32", "WSAGetLastError") export declare function WSAGetLastError(): i32;
@external("ws2_32", "WSASetLastError") export declare function WSASetLastError(iError: i32): void;

@external("ws2_32", "socket") export declare function socket(af: i32, type: i32, protocol: i32): SOCKET;
@external("ws2_32", "WSASocketA") export declare function WSASocketA(af: i32, type: i32, protocol: i32, lpProtocolInfo: usize, g: u32, dwFlags: u32): SOCKET;
@external("ws2_32", "WSASocketW") export declare function WSASocketW(af: i32, type: i32, protocol: i32, lpProtocolInfo: usize, g: u32, dwFlags: u32): SOCKET;
@external("ws2_32", "closesocket") export declare function closesocket(s: SOCKET): i32;
@external("ws2_32", "bind") export declare function bind(s: SOCKET, name: usize, namelen: i32): i32;
@external("ws2_32", "listen") export declare function listen(s: SOCKET, backlog: i32): i32;
@external("ws2_32", "accept") export declare function accept(s: SOCKET, addr: usize, addrlen: usize): SOCKET;
@external("ws2_32", "connect") export declare function connect(s: SOCKET, name: usize, namelen: i32): i32;
@external("ws2_32", "shutdown") export declare function shutdown(s: SOCKET, how: i32): i32;
@external("ws2_32", "getsockname") export declare function getsockname(s: SOCKET, name: usize, namelen: usize): i32;
@external("ws2_32", "getpeername") export declare function getpeername(s: SOCKET, name: usize, namelen: usize): i32;

@external("ws2_32", "send") export declare function send(s: SOCKET, buf: usize, len: i32, flags: i32): i32;
@external("ws2_32", "recv") export declare function recv(s: SOCKET, buf: usize, len: i32, flags: i32): i32;
@external("ws2_32", "sendto") export declare function sendto(s: SOCKET, buf: usize, len: i32, flags: i32, to: usize, tolen: i32): i32;
@external("ws2_32", "recvfrom") export declare function recvfrom(s: SOCKET, buf: usize, len: i32, flags: i32, from: usize, fromlen: usize): i32;
@external("ws2_32", "WSASend") export declare function WSASend(s: SOCKET, lpBuffers: usize, dwBufferCount: u32, lpNumberOfBytesSent: usize, dwFlags: u32, lpOverlapped: usize, lpCompletionRoutine: usize): i32;
@external("ws2_32", "WSARecv") export declare function WSARecv(s: SOCKET, lpBuffers: usize, dwBufferCount: u32, lpNumberOfBytesRecvd: usize, lpFlags: usize, lpOverlapped: usize, lpCompletionRoutine: usize): i32;
@external("ws2_32", "WSASendTo") export declare function WSASendTo(s: SOCKET, lpBuffers: usize, dwBufferCount: u32, lpNumberOfBytesSent: usize, dwFlags: u32, lpTo: usize, iTolen: i32, lpOverlapped: usize, lpCompletionRoutine: usize): i32;
@external("ws2_32", "WSARecvFrom") export declare function WSARecvFrom(s: SOCKET, lpBuffers: usize, dwBufferCount: u32, lpNumberOfBytesRecvd: usize, lpFlags: usize, lpFrom: usize, lpFromlen: usize, lpOverlapped: usize, lpCompletionRoutine: usize): i32;

// `select` is also an AssemblyScript builtin; this module's name for it is `select`, import it
// with an alias if the builtin is needed too (import { select as wsaSelect } from ...).
@external("ws2_32", "select") export declare function select(nfds: i32, readfds: usize, writefds: usize, exceptfds: usize, timeout: usize): i32;
@external("ws2_32", "ioctlsocket") export declare function ioctlsocket(s: SOCKET, cmd: i32, argp: usize): i32;
@external("ws2_32", "WSAIoctl") export declare function WSAIoctl(s: SOCKET, dwIoControlCode: u32, lpvInBuffer: usize, cbInBuffer: u32, lpvOutBuffer: usize, cbOutBuffer: u32, lpcbBytesReturned: usize, lpOverlapped: usize, lpCompletionRoutine: usize): i32;
@external("ws2_32", "WSAEnumProtocolsA") export declare function WSAEnumProtocolsA(lpiProtocols: usize, lpProtocolBuffer: usize, lpdwBufferLength: usize): i32;
@external("ws2_32", "WSAEnumProtocolsW") export declare function WSAEnumProtocolsW(lpiProtocols: usize, lpProtocolBuffer: usize, lpdwBufferLength: usize): i32;
@external("ws2_32", "setsockopt") export declare function setsockopt(s: SOCKET, level: i32, optname: i32, optval: usize, optlen: i32): i32;
@external("ws2_32", "getsockopt") export declare function getsockopt(s: SOCKET, level: i32, optname: i32, optval: usize, optlen: usize): i32;

@external("ws2_32", "getaddrinfo") export declare function getaddrinfo(pNodeName: usize, pServiceName: usize, pHints: usize, ppResult: usize): i32;
@external("ws2_32", "freeaddrinfo") export declare function freeaddrinfo(pAddrInfo: usize): void;
@external("ws2_32", "getnameinfo") export declare function getnameinfo(pSockaddr: usize, SockaddrLength: i32, pNodeBuffer: usize, NodeBufferSize: u32, pServiceBuffer: usize, ServiceBufferSize: u32, Flags: i32): i32;
@external("ws2_32", "gethostbyname") export declare function gethostbyname(name: usize): usize;
@external("ws2_32", "gethostbyaddr") export declare function gethostbyaddr(addr: usize, len: i32, type: i32): usize;
@external("ws2_32", "gethostname") export declare function gethostname(name: usize, namelen: i32): i32;

@external("ws2_32", "WSACreateEvent") export declare function WSACreateEvent(): WSAEVENT;
@external("ws2_32", "WSACloseEvent") export declare function WSACloseEvent(hEvent: WSAEVENT): i32;
@external("ws2_32", "WSASetEvent") export declare function WSASetEvent(hEvent: WSAEVENT): i32;
@external("ws2_32", "WSAResetEvent") export declare function WSAResetEvent(hEvent: WSAEVENT): i32;
/** The raw host wait: answers WAIT_IO_COMPLETION without running the routines. */
@external("ws2_32", "WSAWaitForMultipleEvents") export declare function __WSAWaitForMultipleEvents(cEvents: u32, lphEvents: usize, fWaitAll: i32, dwTimeout: u32, fAlertable: i32): u32;
@external("ws2_32", "WSAGetOverlappedResult") export declare function WSAGetOverlappedResult(s: SOCKET, lpOverlapped: usize, lpcbTransfer: usize, fWait: i32, lpdwFlags: usize): i32;
@external("ws2_32", "WSAEventSelect") export declare function WSAEventSelect(s: SOCKET, hEventObject: WSAEVENT, lNetworkEvents: i32): i32;
@external("ws2_32", "WSAEnumNetworkEvents") export declare function WSAEnumNetworkEvents(s: SOCKET, hEventObject: WSAEVENT, lpNetworkEvents: usize): i32;
@external("ws2_32", "WSAPoll") export declare function WSAPoll(fdArray: usize, fds: u32, timeout: i32): i32;

/** WSAWaitForMultipleEvents as on Windows: an alertable wait runs queued completion routines before it returns. */
export function WSAWaitForMultipleEvents(cEvents: u32, lphEvents: usize, fWaitAll: i32, dwTimeout: u32, fAlertable: i32): u32 {
  return runCompletionRoutines(__WSAWaitForMultipleEvents(cEvents, lphEvents, fWaitAll, dwTimeout, fAlertable));
}
