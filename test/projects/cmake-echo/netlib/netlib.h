/* A line-echo exchange with a loopback peer. */
#ifndef NETLIB_H
#define NETLIB_H
/* Connects to 127.0.0.1:port, sends msg, reads the reply into buf. Returns 0 or the
   Windows Sockets error code. */
int netlib_exchange(unsigned short port, const char *msg, char *buf, int size);
const char *netlib_backend(void);
#endif
