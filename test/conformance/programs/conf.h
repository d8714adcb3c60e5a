/* Shared helpers for the behaviour conformance corpus (test/conformance/programs).
 * Every program prints deterministic "name: value" lines; the same source is built
 * with x86_64-w64-mingw32-gcc (golden output, run under Wine, Windows overrides
 * applied from test/conformance/overrides.json) and with winsock-cc (our host). */
#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0A00
#endif
#define WIN32_LEAN_AND_MEAN
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#pragma comment(lib, "ws2_32.lib")

/* Return value, and the last error when the call failed (0 otherwise). */
#define CHECK(name, call) do { \
    int r_; WSASetLastError(0xDEAD); r_ = (int)(call); \
    printf("%s: %d %d\n", name, r_, r_ == SOCKET_ERROR || r_ == (int)INVALID_SOCKET ? WSAGetLastError() : 0); \
    fflush(stdout); \
} while (0)
#define SHOW(name, fmt, ...) do { printf("%s: " fmt "\n", name, __VA_ARGS__); fflush(stdout); } while (0)
#define ERR() WSAGetLastError()

static inline void die(const char *what) { printf("setup-%s: %d\n", what, WSAGetLastError()); fflush(stdout); exit(1); }

static inline struct sockaddr_in loopback(unsigned short port)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(port);
    return a;
}

/* A TCP listener on 127.0.0.1, port chosen by the system; its address in *addr. */
static inline SOCKET make_listener(struct sockaddr_in *addr)
{
    int len = sizeof(*addr);
    SOCKET l = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    *addr = loopback(0);
    if (bind(l, (struct sockaddr *)addr, sizeof(*addr)) == SOCKET_ERROR) die("bind");
    if (listen(l, 8) == SOCKET_ERROR) die("listen");
    getsockname(l, (struct sockaddr *)addr, &len);
    return l;
}

/* *client connected to *server; client made by `mk` (socket or WSASocket). */
static inline void make_pair_with(SOCKET client_sock, SOCKET *client, SOCKET *server)
{
    struct sockaddr_in addr;
    SOCKET l = make_listener(&addr);
    *client = client_sock;
    if (connect(*client, (struct sockaddr *)&addr, sizeof(addr)) == SOCKET_ERROR) die("connect");
    *server = accept(l, NULL, NULL);
    if (*server == INVALID_SOCKET) die("accept");
    closesocket(l);
}
static inline void make_pair(SOCKET *client, SOCKET *server)
{
    make_pair_with(socket(AF_INET, SOCK_STREAM, IPPROTO_TCP), client, server);
}

/* A UDP socket bound to 127.0.0.1:0; its address in *addr. */
static inline SOCKET make_udp(struct sockaddr_in *addr)
{
    int len = sizeof(*addr);
    SOCKET u = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    *addr = loopback(0);
    if (bind(u, (struct sockaddr *)addr, sizeof(*addr)) == SOCKET_ERROR) die("udp-bind");
    getsockname(u, (struct sockaddr *)addr, &len);
    return u;
}

/* Receive exactly n bytes (blocking). */
static inline int recv_all(SOCKET s, char *buf, int n)
{
    int got = 0;
    while (got < n) {
        int r = recv(s, buf + got, n - got, 0);
        if (r <= 0) return got;
        got += r;
    }
    return got;
}

static inline void start(void)
{
    WSADATA wsa;
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) { printf("setup-startup: failed\n"); exit(1); }
}
