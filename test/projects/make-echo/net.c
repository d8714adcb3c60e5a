#include "net.h"

int net_start(void) {
  WSADATA wsa;
  return WSAStartup(MAKEWORD(2, 2), &wsa);
}

SOCKET net_listen_loopback(unsigned short *port) {
  struct sockaddr_in a;
  int len = sizeof a;
  SOCKET s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
  if (s == INVALID_SOCKET) return s;
  ZeroMemory(&a, sizeof a);
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = htons(*port);
  if (bind(s, (struct sockaddr *)&a, sizeof a) == SOCKET_ERROR || listen(s, SOMAXCONN) == SOCKET_ERROR ||
      getsockname(s, (struct sockaddr *)&a, &len) == SOCKET_ERROR) {
    closesocket(s);
    return INVALID_SOCKET;
  }
  *port = ntohs(a.sin_port);
  return s;
}

SOCKET net_connect_loopback(unsigned short port) {
  struct sockaddr_in a;
  SOCKET s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
  if (s == INVALID_SOCKET) return s;
  ZeroMemory(&a, sizeof a);
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = htons(port);
  if (connect(s, (struct sockaddr *)&a, sizeof a) == SOCKET_ERROR) {
    int err = WSAGetLastError();
    closesocket(s);
    WSASetLastError(err);
    return INVALID_SOCKET;
  }
  return s;
}

int net_send_all(SOCKET s, const char *buf, int len) {
  while (len > 0) {
    int n = send(s, buf, len, 0);
    if (n == SOCKET_ERROR) return SOCKET_ERROR;
    buf += n;
    len -= n;
  }
  return 0;
}
