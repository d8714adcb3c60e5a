/*
 * fdset.c - __WSAFDIsSet, the function behind FD_ISSET (winsock-wasm
 * runtime). A Windows fd_set is a count and an array of sockets.
 */
#include <winsock2.h>

int WSAAPI __WSAFDIsSet(SOCKET fd, fd_set *set)
{
    u_int i;
    for (i = 0; i < set->fd_count; i++) {
        if (set->fd_array[i] == fd) return 1;
    }
    return 0;
}
