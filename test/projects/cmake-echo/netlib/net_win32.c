#include <winsock2.h>
#include <ws2tcpip.h>
#include <string.h>
#include "netlib.h"

const char *netlib_backend(void) { return "winsock"; }

int netlib_exchange(unsigned short port, const char *msg, char *buf, int size) {
  WSADATA wsa;
  struct sockaddr_in a;
  SOCKET s;
  int got = 0, n, err = 0;
  if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) return WSASYSNOTREADY;
  s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
  if (s == INVALID_SOCKET) { err = WSAGetLastError(); WSACleanup(); return err; }
  ZeroMemory(&a, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
  if (connect(s, (struct sockaddr *)&a, sizeof a) == SOCKET_ERROR ||
      send(s, msg, (int)strlen(msg), 0) == SOCKET_ERROR || shutdown(s, SD_SEND) == SOCKET_ERROR) {
    err = WSAGetLastError();
  } else {
    while ((n = recv(s, buf + got, size - 1 - got, 0)) > 0) got += n;
    if (n == SOCKET_ERROR) err = WSAGetLastError();
  }
  buf[got] = '\0';
  closesocket(s);
  WSACleanup();
  return err;
}
