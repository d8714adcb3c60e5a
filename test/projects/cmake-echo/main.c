/* Prints what configure found, then talks to the echo peer on the port it is given
   and to a port where nothing listens. */
#include <stdio.h>
#include <stdlib.h>
#include "config.h"
#include "netlib.h"

int main(int argc, char **argv) {
  char buf[256];
  int err;
  if (argc < 3) { fprintf(stderr, "usage: echo_client <echo port> <closed port>\n"); return 2; }
  printf("platform %s, backend %s\n", PLATFORM_NAME, netlib_backend());
#ifdef HAVE_WINSOCK2_H
  printf("HAVE_WINSOCK2_H 1\n");
#endif
  printf("HAVE_WSAPOLL %d\n", HAVE_WSAPOLL);
  printf("HAVE_WSANOSUCHFUNCTION %d\n", HAVE_WSANOSUCHFUNCTION);
  printf("HAVE_INET_PTON %d\n", HAVE_INET_PTON);
  printf("HAVE_NO_SUCH_FUNCTION_ANYWHERE %d\n", HAVE_NO_SUCH_FUNCTION_ANYWHERE);
  printf("HAVE_WIN32_LAYOUTS %d\n", HAVE_WIN32_LAYOUTS);
  printf("HAVE_BROKEN_PROBE %d\n", HAVE_BROKEN_PROBE);
  printf("SIZEOF_SOCKET %d\n", SIZEOF_SOCKET);
  printf("SIZEOF_WSABUF %d\n", SIZEOF_WSABUF);
  err = netlib_exchange((unsigned short)atoi(argv[1]), "ping over winsock", buf, sizeof buf);
  printf("exchange: %d \"%s\"\n", err, buf);
  err = netlib_exchange((unsigned short)atoi(argv[2]), "nobody", buf, sizeof buf);
  printf("closed port: %d\n", err);
  return 0;
}
