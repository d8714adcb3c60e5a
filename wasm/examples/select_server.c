/* A single-threaded server that serves several clients at once with select():
 * it echoes each line back in upper case and exits after <clients> have come and gone.
 *   select_server <port> <clients> */
#define WIN32_LEAN_AND_MEAN
#include <winsock2.h>
#include <ws2tcpip.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#pragma comment(lib, "ws2_32.lib")

#define MAX_CLIENTS 32

int main(int argc, char **argv)
{
    WSADATA wsa;
    SOCKET listener, clients[MAX_CLIENTS];
    int nclients = 0, served = 0, expected, i;
    struct sockaddr_in addr;
    u_long nonblocking = 1;

    if (argc < 3) {
        fprintf(stderr, "usage: %s <port> <clients>\n", argv[0]);
        return 2;
    }
    expected = atoi(argv[2]);
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) return 1;

    listener = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    ZeroMemory(&addr, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons((u_short)atoi(argv[1]));
    if (bind(listener, (struct sockaddr *)&addr, sizeof(addr)) == SOCKET_ERROR ||
        listen(listener, SOMAXCONN) == SOCKET_ERROR) {
        printf("bind/listen: %d\n", WSAGetLastError());
        return 1;
    }
    ioctlsocket(listener, FIONBIO, &nonblocking);
    printf("select_server: listening on port %s for %d clients\n", argv[1], expected);
    fflush(stdout);

    while (served < expected) {
        fd_set readable;
        struct timeval tv = { 5, 0 };
        int ready;

        FD_ZERO(&readable);
        FD_SET(listener, &readable);
        for (i = 0; i < nclients; i++) FD_SET(clients[i], &readable);
        ready = select(0, &readable, NULL, NULL, &tv);
        if (ready == SOCKET_ERROR) { printf("select: %d\n", WSAGetLastError()); return 1; }
        if (ready == 0) { printf("select_server: idle for 5 s, giving up\n"); return 1; }

        if (FD_ISSET(listener, &readable)) {
            SOCKET c = accept(listener, NULL, NULL);
            if (c != INVALID_SOCKET) {
                if (nclients == MAX_CLIENTS) { closesocket(c); continue; }
                clients[nclients++] = c;
                printf("select_server: client %d connected (%d open)\n", served + nclients, nclients);
            }
        }
        for (i = 0; i < nclients; i++) {
            char buf[256];
            int n, j;
            if (!FD_ISSET(clients[i], &readable)) continue;
            n = recv(clients[i], buf, sizeof(buf), 0);
            if (n > 0) {
                for (j = 0; j < n; j++) buf[j] = (char)toupper((unsigned char)buf[j]);
                send(clients[i], buf, n, 0);
            } else {
                if (n == SOCKET_ERROR) printf("select_server: recv: %d\n", WSAGetLastError());
                closesocket(clients[i]);
                clients[i] = clients[--nclients];
                i--;
                served++;
                printf("select_server: a client left (%d served)\n", served);
            }
        }
    }
    closesocket(listener);
    WSACleanup();
    printf("select_server: done\n");
    return 0;
}
