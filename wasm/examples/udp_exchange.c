/* A UDP exchange: the responder answers each datagram with "ack <n>: <text>";
 * the sender sends its messages with sendto and reads each answer with recvfrom.
 *   udp_exchange responder <port> <count>
 *   udp_exchange sender <host> <port> <message>... */
#define WIN32_LEAN_AND_MEAN
#include <winsock2.h>
#include <ws2tcpip.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#pragma comment(lib, "ws2_32.lib")

static int responder(int port, int count)
{
    SOCKET s = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    struct sockaddr_in addr, from;
    char buf[1024], reply[1100];
    int i, n, fromlen;

    ZeroMemory(&addr, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons((u_short)port);
    if (bind(s, (struct sockaddr *)&addr, sizeof(addr)) == SOCKET_ERROR) {
        printf("bind: %d\n", WSAGetLastError());
        return 1;
    }
    printf("responder: on port %d\n", port);
    fflush(stdout);
    for (i = 1; i <= count; i++) {
        fromlen = sizeof(from);
        n = recvfrom(s, buf, sizeof(buf) - 1, 0, (struct sockaddr *)&from, &fromlen);
        if (n == SOCKET_ERROR) { printf("recvfrom: %d\n", WSAGetLastError()); return 1; }
        buf[n] = '\0';
        printf("responder: %d bytes from %s:%d: %s\n", n, inet_ntoa(from.sin_addr), ntohs(from.sin_port), buf);
        n = sprintf(reply, "ack %d: %s", i, buf);
        sendto(s, reply, n, 0, (struct sockaddr *)&from, fromlen);
    }
    closesocket(s);
    return 0;
}

static int sender(const char *host, int port, int argc, char **argv)
{
    SOCKET s = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    struct sockaddr_in to;
    DWORD timeout = 3000;
    char buf[1200];
    int i, n;

    setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, (const char *)&timeout, sizeof(timeout));
    ZeroMemory(&to, sizeof(to));
    to.sin_family = AF_INET;
    to.sin_port = htons((u_short)port);
    to.sin_addr.s_addr = inet_addr(host);
    for (i = 0; i < argc; i++) {
        if (sendto(s, argv[i], (int)strlen(argv[i]), 0, (struct sockaddr *)&to, sizeof(to)) == SOCKET_ERROR) {
            printf("sendto: %d\n", WSAGetLastError());
            return 1;
        }
        n = recvfrom(s, buf, sizeof(buf) - 1, 0, NULL, NULL);
        if (n == SOCKET_ERROR) { printf("recvfrom: %d\n", WSAGetLastError()); return 1; }
        buf[n] = '\0';
        printf("sender: %s\n", buf);
    }
    closesocket(s);
    return 0;
}

int main(int argc, char **argv)
{
    WSADATA wsa;
    int rc = 2;
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) return 1;
    if (argc >= 4 && strcmp(argv[1], "responder") == 0)
        rc = responder(atoi(argv[2]), atoi(argv[3]));
    else if (argc >= 4 && strcmp(argv[1], "sender") == 0)
        rc = sender(argv[2], atoi(argv[3]), argc - 4, argv + 4);
    else
        fprintf(stderr, "usage: %s responder <port> <count> | sender <host> <port> <message>...\n", argv[0]);
    WSACleanup();
    return rc;
}
