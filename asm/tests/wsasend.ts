// WSASend and friends from AssemblyScript over real loopback sockets, one program playing
// client and server. Prints "name: value" lines for test/integration/assemblyscript.test.ts.
import {
  WSAStartup, WSACleanup, WSAGetLastError, socket, closesocket, bind, listen, accept, connect, getsockname,
  send, recv, WSASend, WSARecv, ioctlsocket, shutdown, setsockopt, getsockopt,
  WSACreateEvent, WSACloseEvent, WSAWaitForMultipleEvents, WSAGetOverlappedResult, SleepEx, GetTickCount,
  WSABUF, WSAOVERLAPPED, SOCKADDR_IN, WSADATA, routineIndex,
  AF_INET, SOCK_STREAM, IPPROTO_TCP, INVALID_SOCKET, SOCKET_ERROR, MSG_WAITALL, FIONBIO, SD_SEND, SOL_SOCKET, SO_RCVBUF,
  WSA_INFINITE, htons, ntohs, inet_addr, MAKEWORD,
} from "../index";
import { print } from "./log";
export { malloc, free } from "../index";

function out(name: string, v: i64): void { print(name + ": " + v.toString()); }
function outs(name: string, v: string): void { print(name + ": " + v); }

function alloc<T>(): T { const p = heap.alloc(offsetof<T>()); memory.fill(p, 0, offsetof<T>()); return changetype<T>(p); }
function u32cell(v: u32 = 0): usize { const p = heap.alloc(4); store<u32>(p, v); return p; }
function bytes(s: string): usize {
  const b = String.UTF8.encode(s);
  const p = heap.alloc(<usize>b.byteLength);
  memory.copy(p, changetype<usize>(b), <usize>b.byteLength);
  return p;
}
function text(p: usize, n: i32): string { return n <= 0 ? "" : String.UTF8.decodeUnsafe(p, <usize>n); }

function loopback(port: u16): SOCKADDR_IN {
  const sa = alloc<SOCKADDR_IN>();
  sa.sin_family = <u16>AF_INET;
  sa.sin_port = htons(port);
  sa.sin_addr = inet_addr("127.0.0.1");
  return sa;
}

// Completion routine state (overlapped WSARecv with a routine, run inside SleepEx).
let routineCalls: i32 = 0;
let routineError: u32 = 0xFFFF;
let routineBytes: u32 = 0;
let routineOverlapped: usize = 0;
function onRecv(dwError: u32, cbTransferred: u32, lpOverlapped: usize, dwFlags: u32): void {
  routineCalls++;
  routineError = dwError;
  routineBytes = cbTransferred;
  routineOverlapped = lpOverlapped;
}

export function main(): i32 {
  // WSAStartup fills the 400-byte WSADATA at the C offsets.
  const wsa = alloc<WSADATA>();
  out("WSAStartup", WSAStartup(MAKEWORD(2, 2), changetype<usize>(wsa)));
  out("wsadata.wVersion", wsa.wVersion);
  out("wsadata.wHighVersion", wsa.wHighVersion);
  out("wsadata.description.nonempty", wsa.description().length > 0 ? 1 : 0);

  // Blocking listener on 127.0.0.1, port 0.
  const listener = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
  out("listener.valid", listener != INVALID_SOCKET ? 1 : 0);
  const any = loopback(0);
  out("bind", bind(listener, changetype<usize>(any), <i32>offsetof<SOCKADDR_IN>()));
  out("listen", listen(listener, 4));
  const bound = alloc<SOCKADDR_IN>();
  const blen = u32cell(<u32>offsetof<SOCKADDR_IN>());
  out("getsockname", getsockname(listener, changetype<usize>(bound), blen));
  const port = ntohs(bound.sin_port);
  out("port.nonzero", port != 0 ? 1 : 0);
  out("getsockname.family", bound.sin_family);
  out("getsockname.addr", bound.sin_addr == inet_addr("127.0.0.1") ? 1 : 0);

  // Blocking connect and accept (both wait for the other side through the event loop).
  const client = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
  const target = loopback(port);
  out("connect", connect(client, changetype<usize>(target), <i32>offsetof<SOCKADDR_IN>()));
  const peer = alloc<SOCKADDR_IN>();
  const plen = u32cell(<u32>offsetof<SOCKADDR_IN>());
  const server = accept(listener, changetype<usize>(peer), plen);
  out("accept.valid", server != INVALID_SOCKET ? 1 : 0);
  out("accept.addrlen", load<u32>(plen));
  out("accept.family", peer.sin_family);

  // WSASend of two WSABUFs, gathered in order.
  const bufs = heap.alloc(2 * offsetof<WSABUF>());
  const b0 = changetype<WSABUF>(bufs);
  const b1 = changetype<WSABUF>(bufs + offsetof<WSABUF>());
  b0.buf = bytes("Hello, "); b0.len = 7;
  b1.buf = bytes("winsock!"); b1.len = 8;
  const sent = u32cell(0xDEAD);
  out("WSASend", WSASend(client, bufs, 2, sent, 0, 0, 0));
  out("WSASend.sent", load<u32>(sent));
  out("WSASend.error", WSAGetLastError());

  // recv with MSG_WAITALL: all 15 bytes, in one call (it waits for them).
  const rbuf = heap.alloc(64);
  const got = recv(server, rbuf, 15, MSG_WAITALL);
  out("recv.waitall", got);
  outs("recv.text", text(rbuf, got));

  // Non-blocking recv with nothing there: WSAEWOULDBLOCK.
  const one = u32cell(1);
  out("ioctlsocket.FIONBIO", ioctlsocket(server, FIONBIO, one));
  out("recv.nonblocking", recv(server, rbuf, 64, 0));
  out("recv.nonblocking.error", WSAGetLastError());
  const zero = u32cell(0);
  out("ioctlsocket.FIONBIO.off", ioctlsocket(server, FIONBIO, zero));

  // A WSABUF array outside the guest's memory: WSAEFAULT. A bad handle: WSAENOTSOCK.
  const outside: usize = <usize>(memory.size() << 16) + 64;
  out("WSASend.fault", WSASend(client, outside, 1, sent, 0, 0, 0));
  out("WSASend.fault.error", WSAGetLastError());
  out("WSASend.notsock", WSASend(0x7777, bufs, 2, sent, 0, 0, 0));
  out("WSASend.notsock.error", WSAGetLastError());

  // Socket options: SO_RCVBUF defaults to 64 KiB as on Windows.
  const optval = u32cell(0);
  const optlen = u32cell(4);
  out("getsockopt.SO_RCVBUF", getsockopt(server, SOL_SOCKET, SO_RCVBUF, optval, optlen));
  out("SO_RCVBUF", load<u32>(optval));
  store<u32>(optval, 32768);
  out("setsockopt.SO_RCVBUF", setsockopt(server, SOL_SOCKET, SO_RCVBUF, optval, 4));

  // Overlapped WSARecv with an event: pending, then the wait and the result.
  const ev = WSACreateEvent();
  out("event.valid", ev != 0 ? 1 : 0);
  const ov = alloc<WSAOVERLAPPED>();
  ov.hEvent = ev;
  const orbuf = alloc<WSABUF>();
  orbuf.buf = heap.alloc(64); orbuf.len = 64;
  const recvd = u32cell(0);
  const flags = u32cell(0);
  out("WSARecv.overlapped", WSARecv(server, changetype<usize>(orbuf), 1, recvd, flags, changetype<usize>(ov), 0));
  out("WSARecv.overlapped.error", WSAGetLastError());
  out("send", send(client, bytes("overlapped"), 10, 0));
  const events = u32cell(ev);
  out("WSAWaitForMultipleEvents", WSAWaitForMultipleEvents(1, events, 0, 5000, 0));
  const transferred = u32cell(0);
  out("WSAGetOverlappedResult", WSAGetOverlappedResult(server, changetype<usize>(ov), transferred, 0, flags));
  out("WSAGetOverlappedResult.transferred", load<u32>(transferred));
  out("overlapped.InternalHigh", ov.InternalHigh);
  outs("overlapped.text", text(orbuf.buf, <i32>load<u32>(transferred)));
  WSACloseEvent(ev);

  // Overlapped WSARecv with a completion routine, run by an alertable SleepEx in guest code.
  const ov2 = alloc<WSAOVERLAPPED>();
  out("WSARecv.routine", WSARecv(server, changetype<usize>(orbuf), 1, recvd, flags, changetype<usize>(ov2), routineIndex(onRecv)));
  out("WSARecv.routine.error", WSAGetLastError());
  out("send.routine", send(client, bytes("routine!"), 8, 0));
  const t0 = GetTickCount();
  let slept: u32 = 0;
  while (routineCalls == 0 && GetTickCount() - t0 < 5000) slept = SleepEx(5000, 1);
  out("SleepEx.alertable", slept);
  out("routine.calls", routineCalls);
  out("routine.error", routineError);
  out("routine.bytes", routineBytes);
  out("routine.overlapped", routineOverlapped == changetype<usize>(ov2) ? 1 : 0);
  outs("routine.text", text(orbuf.buf, <i32>routineBytes));

  // After shutdown(SD_SEND), a send fails with WSAESHUTDOWN.
  out("shutdown", shutdown(client, SD_SEND));
  out("WSASend.shutdown", WSASend(client, bufs, 2, sent, 0, 0, 0));
  out("WSASend.shutdown.error", WSAGetLastError());
  // The peer sees the end of the stream.
  out("recv.eof", recv(server, rbuf, 64, 0));

  out("closesocket.bad", closesocket(0x7777));
  out("closesocket.bad.error", WSAGetLastError());
  out("closesocket", closesocket(client) | closesocket(server) | closesocket(listener));
  out("WSACleanup", WSACleanup());
  return SOCKET_ERROR + 1 + (WSA_INFINITE == 0xFFFFFFFF ? 0 : 1);
}
