/* Loopback sockets for the two programs. */
#ifndef NET_H
#define NET_H
#include <winsock2.h>

int net_start(void);
SOCKET net_listen_loopback(unsigned short *port);
SOCKET net_connect_loopback(unsigned short port);
int net_send_all(SOCKET s, const char *buf, int len);
#endif
