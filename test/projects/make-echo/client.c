/* Sends its arguments to the echo server on 127.0.0.1:<port> and prints the reply. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "net.h"

int main(int argc, char **argv) {
  SOCKET s;
  char buf[512];
  int n, got = 0;
  const char *msg = argc > 2 ? argv[2] : "hello";
  if (argc < 2 || net_start() != 0) return 2;
  s = net_connect_loopback((unsigned short)atoi(argv[1]));
  if (s == INVALID_SOCKET) {
    printf("connect failed: %d\n", WSAGetLastError());
    return 1;
  }
  if (net_send_all(s, msg, (int)strlen(msg)) == SOCKET_ERROR) return 1;
  shutdown(s, SD_SEND);
  while ((n = recv(s, buf + got, (int)sizeof buf - 1 - got, 0)) > 0) got += n;
  buf[got] = '\0';
  printf("reply: %s\n", buf);
  closesocket(s);
  WSACleanup();
  return 0;
}
