/* The POSIX branch of the project: it must never be built for Windows. */
#ifdef _WIN32
#error "posix_only.c is built for Windows: the project took its POSIX branch"
#endif
#include <sys/epoll.h>
int posix_only(void) { return epoll_create1(0); }
