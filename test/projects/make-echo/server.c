/* Echoes one connection, then exits. Prints the port it listens on first. */
#include <stdio.h>
#include <stdlib.h>
#include "net.h"
#include "util.h"

int main(int argc, char **argv) {
  unsigned short port = argc > 1 ? (unsigned short)atoi(argv[1]) : 0;
  SOCKET ls, c;
  char buf[512];
  int n, total = 0;
  if (net_start() != 0) return 1;
  ls = net_listen_loopback(&port);
  if (ls == INVALID_SOCKET) { report_error("listen"); return 1; }
  printf("listening on %u\n", port);
  fflush(stdout);
  c = accept(ls, NULL, NULL);
  if (c == INVALID_SOCKET) { report_error("accept"); return 1; }
  while ((n = recv(c, buf, sizeof buf, 0)) > 0) {
    if (net_send_all(c, buf, n) == SOCKET_ERROR) { report_error("send"); return 1; }
    total += n;
  }
  if (n == SOCKET_ERROR) { report_error("recv"); return 1; }
  printf("echoed %d bytes\n", total);
  closesocket(c);
  closesocket(ls);
  WSACleanup();
  return 0;
}
