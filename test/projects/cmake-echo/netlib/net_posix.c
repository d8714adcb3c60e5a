/* The POSIX backend: it must never be built for Windows. */
#ifdef _WIN32
#error "net_posix.c is built for Windows: the project took its POSIX branch"
#endif
#include <sys/socket.h>
#include <unistd.h>
#include "netlib.h"
const char *netlib_backend(void) { return "bsd sockets"; }
