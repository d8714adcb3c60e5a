/* A client in the middle of a transfer when the connection's transport vanishes (the
 * test kills the proxy): the pending or the next call must fail, and the program must
 * go on by itself. It then starts a new connection to the same port, which must fail too.
 *   proxy_fault send <port>   blocking send of 64 KiB blocks to a peer that reads nothing
 *   proxy_fault recv <port>   blocking recv from a peer that sends nothing
 *   proxy_fault halfclosed <port>   reads until the peer's FIN, prints "peer-closed: 1",
 *                             then sends a byte every 20 ms (at most 5 s) until a send fails
 *   proxy_fault udp <port>    a datagram to a peer that never answers, then a blocking recvfrom
 * Prints "connected: 1" once connected, then the failed call and "reconnect: r error".
 * Exits with status 3 once it has reported the failure (a status of its own: not a kill,
 * not an abort). */
#include "common.h"

int main(int argc, char **argv)
{
    WSADATA wsa;
    SOCKET s;
    static char buf[65536];
    int n;

    if (argc < 3) return 2;
    WSAStartup(MAKEWORD(2, 2), &wsa);
    if (strcmp(argv[1], "udp") == 0) {
        /* The endpoint lives at the proxy: once the proxy is gone, receives and sends fail. */
        struct sockaddr_in to;
        SOCKET u = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
        memset(&to, 0, sizeof(to));
        to.sin_family = AF_INET;
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        to.sin_port = htons((u_short)atoi(argv[2]));
        sendto(u, "ping", 4, 0, (struct sockaddr *)&to, sizeof(to));
        printf("connected: 1\n");
        fflush(stdout);
        WSASetLastError(SENTINEL);
        n = recvfrom(u, buf, sizeof(buf), 0, NULL, NULL);
        printf("recvfrom: %d %d\n", n, n < 0 ? WSAGetLastError() : 0);
        WSASetLastError(SENTINEL);
        n = sendto(u, "ping", 4, 0, (struct sockaddr *)&to, sizeof(to));
        printf("again: %d %d\n", n, n < 0 ? WSAGetLastError() : 0);
        closesocket(u);
        fflush(stdout);
        WSACleanup();
        return 3;
    }
    s = connect_loopback(argv[2]);
    printf("connected: 1\n");
    fflush(stdout);
    if (strcmp(argv[1], "send") == 0) {
        memset(buf, 'x', sizeof(buf));
        do {
            WSASetLastError(SENTINEL);
            n = send(s, buf, sizeof(buf), 0);
        } while (n > 0);
        printf("send: %d %d\n", n, WSAGetLastError());
    } else if (strcmp(argv[1], "recv") == 0) {
        WSASetLastError(SENTINEL);
        n = recv(s, buf, sizeof(buf), 0);
        printf("recv: %d %d\n", n, n < 0 ? WSAGetLastError() : 0);
    } else {
        int tries = 0;
        while ((n = recv(s, buf, sizeof(buf), 0)) > 0) {}
        printf("peer-closed: %d\n", n == 0);
        fflush(stdout);
        /* Sending to a peer that has only shut down its own side is allowed, until the
         * connection itself is lost. */
        do {
            Sleep(20);
            WSASetLastError(SENTINEL);
            n = send(s, buf, 1, 0);
        } while (n == 1 && ++tries < 250);
        printf("send: %d %d\n", n, n < 0 ? WSAGetLastError() : 0);
    }
    /* The failure stays with the socket: the next call reports it again. */
    WSASetLastError(SENTINEL);
    n = send(s, buf, 1, 0);
    printf("again: %d %d\n", n, n < 0 ? WSAGetLastError() : 0);
    closesocket(s);
    WSASetLastError(SENTINEL);
    s = try_connect_loopback(argv[2]);
    if (s == INVALID_SOCKET) printf("reconnect: -1 %d\n", WSAGetLastError());
    else {
        printf("reconnect: 0 0\n");
        closesocket(s);
    }
    fflush(stdout);
    WSACleanup();
    return 3;
}
