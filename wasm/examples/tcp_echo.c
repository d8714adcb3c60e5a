/* A blocking TCP echo server and client in one Windows program.
 *   tcp_echo server <port> [count]   serve <count> clients (default 1), echoing each line
 *   tcp_echo client <host> <port> <message>...
 * Plain Winsock 2: WSAStartup, getaddrinfo, socket, bind, listen, accept,
 * connect, send, recv, shutdown, closesocket. */
#define WIN32_LEAN_AND_MEAN
#include <winsock2.h>
#include <ws2tcpip.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#pragma comment(lib, "ws2_32.lib")

/* The error as Windows words it: "connect failed: 10061: No connection could be made ..." */
static int fail(const char *what)
{
    int err = WSAGetLastError();
    char text[256];
    DWORD n = FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS | FORMAT_MESSAGE_MAX_WIDTH_MASK,
                             NULL, (DWORD)err, 0, text, sizeof text, NULL);
    while (n > 0 && text[n - 1] == ' ') text[--n] = 0;
    fprintf(stderr, "%s failed: %d: %s\n", what, err, n ? text : "unknown error");
    return 1;
}

static int serve(const char *port, int count)
{
    struct addrinfo hints, *res = NULL;
    SOCKET listener, client;
    char buf[512];
    int n, i;

    ZeroMemory(&hints, sizeof(hints));
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_protocol = IPPROTO_TCP;
    hints.ai_flags = AI_PASSIVE;
    if (getaddrinfo(NULL, port, &hints, &res) != 0) return fail("getaddrinfo");

    listener = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (listener == INVALID_SOCKET) return fail("socket");
    if (bind(listener, res->ai_addr, (int)res->ai_addrlen) == SOCKET_ERROR) return fail("bind");
    freeaddrinfo(res);
    if (listen(listener, SOMAXCONN) == SOCKET_ERROR) return fail("listen");
    printf("server: listening on port %s\n", port);
    fflush(stdout);

    for (i = 0; i < count; i++) {
        struct sockaddr_in peer;
        int peerlen = sizeof(peer);
        client = accept(listener, (struct sockaddr *)&peer, &peerlen);
        if (client == INVALID_SOCKET) return fail("accept");
        printf("server: client from %s\n", inet_ntoa(peer.sin_addr));
        while ((n = recv(client, buf, sizeof(buf), 0)) > 0) {
            int sent = 0;
            while (sent < n) {
                int k = send(client, buf + sent, n - sent, 0);
                if (k == SOCKET_ERROR) return fail("send");
                sent += k;
            }
            printf("server: echoed %d bytes\n", n);
        }
        if (n == SOCKET_ERROR) return fail("recv");
        printf("server: client closed\n");
        shutdown(client, SD_SEND);
        closesocket(client);
    }
    closesocket(listener);
    return 0;
}

static int client(const char *host, const char *port, int argc, char **argv)
{
    struct addrinfo hints, *res = NULL, *ai;
    SOCKET s = INVALID_SOCKET;
    char buf[512];
    int i, n, total = 0, expected = 0;

    ZeroMemory(&hints, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0) return fail("getaddrinfo");
    for (ai = res; ai != NULL; ai = ai->ai_next) {
        s = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        if (s == INVALID_SOCKET) continue;
        if (connect(s, ai->ai_addr, (int)ai->ai_addrlen) == 0) break;
        closesocket(s);
        s = INVALID_SOCKET;
    }
    freeaddrinfo(res);
    if (s == INVALID_SOCKET) return fail("connect");

    for (i = 0; i < argc; i++) {
        int len = (int)strlen(argv[i]);
        if (send(s, argv[i], len, 0) != len) return fail("send");
        if (send(s, "\n", 1, 0) != 1) return fail("send");
        expected += len + 1;
    }
    shutdown(s, SD_SEND);
    printf("client: sent %d bytes\n", expected);
    /* The echo may come back in any number of pieces: print them as one text. */
    printf("client: received: ");
    while ((n = recv(s, buf, sizeof(buf), 0)) > 0) {
        fwrite(buf, 1, (size_t)n, stdout);
        total += n;
    }
    if (n == SOCKET_ERROR) return fail("recv");
    printf("client: %d of %d bytes came back\n", total, expected);
    closesocket(s);
    return total == expected ? 0 : 2;
}

int main(int argc, char **argv)
{
    WSADATA wsa;
    int rc;

    if (argc < 3) {
        fprintf(stderr, "usage: %s server <port> [count] | client <host> <port> <message>...\n", argv[0]);
        return 2;
    }
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) {
        fprintf(stderr, "WSAStartup failed\n");
        return 1;
    }
    if (strcmp(argv[1], "server") == 0)
        rc = serve(argv[2], argc > 3 ? atoi(argv[3]) : 1);
    else if (argc >= 4)
        rc = client(argv[2], argv[3], argc - 4, argv + 4);
    else
        rc = 2;
    WSACleanup();
    return rc;
}
