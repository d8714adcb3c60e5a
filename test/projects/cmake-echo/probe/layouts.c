/* Compiles only against Win32 (i686) layouts. */
#include <winsock2.h>
typedef char wsabuf_is_8_bytes[sizeof(WSABUF) == 8 ? 1 : -1];
typedef char af_inet6_is_23[AF_INET6 == 23 ? 1 : -1];
int main(void) { return 0; }
