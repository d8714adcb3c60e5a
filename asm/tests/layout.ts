// Prints every offset and constant of asm/ as "NAME.field: value" lines, in the names
// test/programs/layout_probe.c uses, so the test can compare them with the C headers.
import {
  WSABUF, WSAOVERLAPPED, SOCKADDR, SOCKADDR_IN, SOCKADDR_IN6, TIMEVAL, LINGER, WSADATA, ADDRINFOA, HOSTENT,
  WSAPOLLFD, WSANETWORKEVENTS, APC_RECORD, FD_SETSIZE,
  AF_UNSPEC, AF_INET, AF_INET6, SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_IP, IPPROTO_IPV6,
  SOL_SOCKET, MSG_OOB, MSG_PEEK, MSG_DONTROUTE, MSG_WAITALL, MSG_PARTIAL, MSG_PUSH_IMMEDIATE, SD_RECEIVE, SD_SEND, SD_BOTH,
  FIONBIO, FIONREAD, SO_RCVBUF, SO_SNDBUF, SO_RCVTIMEO, SO_ERROR, SO_TYPE, SO_REUSEADDR, SO_LINGER, TCP_NODELAY,
  WSAEWOULDBLOCK, WSAEFAULT, WSAENOTSOCK, WSAESHUTDOWN, WSAEINVAL, WSAECONNREFUSED, WSA_IO_PENDING, WSA_IO_INCOMPLETE,
  WAIT_IO_COMPLETION, WAIT_TIMEOUT, INFINITE, FD_READ, FD_WRITE, FD_ACCEPT, FD_CONNECT, FD_CLOSE, POLLIN, POLLOUT,
  INVALID_SOCKET,
} from "../index";
import { print } from "./log";
export { malloc, free } from "../index";

function p(name: string, v: i64): void { print(name + ": " + v.toString()); }

export function main(): i32 {
  p("WSABUF.size", offsetof<WSABUF>()); p("WSABUF.len", offsetof<WSABUF>("len")); p("WSABUF.buf", offsetof<WSABUF>("buf"));
  p("SOCKADDR.size", offsetof<SOCKADDR>()); p("SOCKADDR.sa_family", offsetof<SOCKADDR>("sa_family"));
  p("SOCKADDR_IN.size", offsetof<SOCKADDR_IN>()); p("SOCKADDR_IN.sin_family", offsetof<SOCKADDR_IN>("sin_family"));
  p("SOCKADDR_IN.sin_port", offsetof<SOCKADDR_IN>("sin_port")); p("SOCKADDR_IN.sin_addr", offsetof<SOCKADDR_IN>("sin_addr"));
  p("SOCKADDR_IN.sin_zero", offsetof<SOCKADDR_IN>("sin_zero"));
  p("SOCKADDR_IN6.size", offsetof<SOCKADDR_IN6>()); p("SOCKADDR_IN6.sin6_family", offsetof<SOCKADDR_IN6>("sin6_family"));
  p("SOCKADDR_IN6.sin6_port", offsetof<SOCKADDR_IN6>("sin6_port")); p("SOCKADDR_IN6.sin6_flowinfo", offsetof<SOCKADDR_IN6>("sin6_flowinfo"));
  p("SOCKADDR_IN6.sin6_addr", offsetof<SOCKADDR_IN6>("sin6_addr")); p("SOCKADDR_IN6.sin6_scope_id", offsetof<SOCKADDR_IN6>("sin6_scope_id"));
  p("FD_SET.fd_count", 0); p("FD_SET.fd_array", 4); p("FD_SET.entry", 4); p("FD_SET.size", 4 + 4 * FD_SETSIZE);
  p("TIMEVAL.size", offsetof<TIMEVAL>()); p("TIMEVAL.tv_sec", offsetof<TIMEVAL>("tv_sec")); p("TIMEVAL.tv_usec", offsetof<TIMEVAL>("tv_usec"));
  p("LINGER.size", offsetof<LINGER>()); p("LINGER.l_onoff", offsetof<LINGER>("l_onoff")); p("LINGER.l_linger", offsetof<LINGER>("l_linger"));
  p("WSADATA.size", offsetof<WSADATA>()); p("WSADATA.wVersion", offsetof<WSADATA>("wVersion"));
  p("WSADATA.wHighVersion", offsetof<WSADATA>("wHighVersion")); p("WSADATA.szDescription", offsetof<WSADATA>("szDescription"));
  p("WSADATA.szSystemStatus", offsetof<WSADATA>("szSystemStatus")); p("WSADATA.iMaxSockets", offsetof<WSADATA>("iMaxSockets"));
  p("WSADATA.iMaxUdpDg", offsetof<WSADATA>("iMaxUdpDg")); p("WSADATA.lpVendorInfo", offsetof<WSADATA>("lpVendorInfo"));
  p("ADDRINFO.size", offsetof<ADDRINFOA>()); p("ADDRINFO.ai_flags", offsetof<ADDRINFOA>("ai_flags"));
  p("ADDRINFO.ai_family", offsetof<ADDRINFOA>("ai_family")); p("ADDRINFO.ai_socktype", offsetof<ADDRINFOA>("ai_socktype"));
  p("ADDRINFO.ai_protocol", offsetof<ADDRINFOA>("ai_protocol")); p("ADDRINFO.ai_addrlen", offsetof<ADDRINFOA>("ai_addrlen"));
  p("ADDRINFO.ai_canonname", offsetof<ADDRINFOA>("ai_canonname")); p("ADDRINFO.ai_addr", offsetof<ADDRINFOA>("ai_addr"));
  p("ADDRINFO.ai_next", offsetof<ADDRINFOA>("ai_next"));
  p("HOSTENT.size", offsetof<HOSTENT>()); p("HOSTENT.h_name", offsetof<HOSTENT>("h_name")); p("HOSTENT.h_aliases", offsetof<HOSTENT>("h_aliases"));
  p("HOSTENT.h_addrtype", offsetof<HOSTENT>("h_addrtype")); p("HOSTENT.h_length", offsetof<HOSTENT>("h_length"));
  p("HOSTENT.h_addr_list", offsetof<HOSTENT>("h_addr_list"));
  p("WSAOVERLAPPED.size", offsetof<WSAOVERLAPPED>()); p("WSAOVERLAPPED.Internal", offsetof<WSAOVERLAPPED>("Internal"));
  p("WSAOVERLAPPED.InternalHigh", offsetof<WSAOVERLAPPED>("InternalHigh")); p("WSAOVERLAPPED.Offset", offsetof<WSAOVERLAPPED>("Offset"));
  p("WSAOVERLAPPED.OffsetHigh", offsetof<WSAOVERLAPPED>("OffsetHigh")); p("WSAOVERLAPPED.hEvent", offsetof<WSAOVERLAPPED>("hEvent"));
  p("WSAPOLLFD.size", offsetof<WSAPOLLFD>()); p("WSAPOLLFD.fd", offsetof<WSAPOLLFD>("fd"));
  p("WSAPOLLFD.events", offsetof<WSAPOLLFD>("events")); p("WSAPOLLFD.revents", offsetof<WSAPOLLFD>("revents"));
  p("WSANETWORKEVENTS.size", offsetof<WSANETWORKEVENTS>()); p("WSANETWORKEVENTS.lNetworkEvents", offsetof<WSANETWORKEVENTS>("lNetworkEvents"));
  p("WSANETWORKEVENTS.iErrorCode", offsetof<WSANETWORKEVENTS>("iErrorCode"));
  p("APC_RECORD.size", offsetof<APC_RECORD>()); p("APC_RECORD.routine", offsetof<APC_RECORD>("routine"));
  p("APC_RECORD.error", offsetof<APC_RECORD>("error")); p("APC_RECORD.transferred", offsetof<APC_RECORD>("transferred"));
  p("APC_RECORD.overlapped", offsetof<APC_RECORD>("overlapped")); p("APC_RECORD.flags", offsetof<APC_RECORD>("flags"));
  p("const.AF_UNSPEC", AF_UNSPEC); p("const.AF_INET", AF_INET); p("const.AF_INET6", AF_INET6);
  p("const.SOCK_STREAM", SOCK_STREAM); p("const.SOCK_DGRAM", SOCK_DGRAM); p("const.SOCK_RAW", SOCK_RAW);
  p("const.IPPROTO_TCP", IPPROTO_TCP); p("const.IPPROTO_UDP", IPPROTO_UDP); p("const.IPPROTO_IP", IPPROTO_IP); p("const.IPPROTO_IPV6", IPPROTO_IPV6);
  p("const.SOL_SOCKET", SOL_SOCKET); p("const.MSG_OOB", MSG_OOB); p("const.MSG_PEEK", MSG_PEEK); p("const.MSG_DONTROUTE", MSG_DONTROUTE);
  p("const.MSG_WAITALL", MSG_WAITALL); p("const.MSG_PARTIAL", MSG_PARTIAL); p("const.MSG_PUSH_IMMEDIATE", MSG_PUSH_IMMEDIATE);
  p("const.SD_RECEIVE", SD_RECEIVE); p("const.SD_SEND", SD_SEND); p("const.SD_BOTH", SD_BOTH);
  p("const.FIONBIO", FIONBIO); p("const.FIONREAD", FIONREAD); p("const.SO_RCVBUF", SO_RCVBUF); p("const.SO_SNDBUF", SO_SNDBUF);
  p("const.SO_RCVTIMEO", SO_RCVTIMEO); p("const.SO_ERROR", SO_ERROR); p("const.SO_TYPE", SO_TYPE); p("const.SO_REUSEADDR", SO_REUSEADDR);
  p("const.SO_LINGER", SO_LINGER); p("const.TCP_NODELAY", TCP_NODELAY);
  p("const.WSAEWOULDBLOCK", WSAEWOULDBLOCK); p("const.WSAEFAULT", WSAEFAULT); p("const.WSAENOTSOCK", WSAENOTSOCK);
  p("const.WSAESHUTDOWN", WSAESHUTDOWN); p("const.WSAEINVAL", WSAEINVAL); p("const.WSAECONNREFUSED", WSAECONNREFUSED);
  p("const.WSA_IO_PENDING", WSA_IO_PENDING); p("const.WSA_IO_INCOMPLETE", WSA_IO_INCOMPLETE);
  p("const.WAIT_IO_COMPLETION", WAIT_IO_COMPLETION); p("const.WAIT_TIMEOUT", WAIT_TIMEOUT); p("const.INFINITE", INFINITE);
  p("const.FD_READ", FD_READ); p("const.FD_WRITE", FD_WRITE); p("const.FD_ACCEPT", FD_ACCEPT); p("const.FD_CONNECT", FD_CONNECT);
  p("const.FD_CLOSE", FD_CLOSE); p("const.POLLIN", POLLIN); p("const.POLLOUT", POLLOUT); p("const.INVALID_SOCKET", INVALID_SOCKET);
  return 0;
}
