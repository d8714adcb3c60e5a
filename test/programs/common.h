/* Shared helpers for the behaviour test programs: each prints "name: value" lines. */
#define WIN32_LEAN_AND_MEAN
#include <winsock2.h>
#include <ws2tcpip.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#pragma comment(lib, "ws2_32.lib")

#define SENTINEL 0xDEAD

/* Print the return value and the last error of a call, with the last error set to a sentinel first. */
#define CHECK(name, call) do { \
    int r_; WSASetLastError(SENTINEL); r_ = (int)(call); \
    printf("%s: %d %d\n", name, r_, r_ == SOCKET_ERROR || r_ == (int)INVALID_SOCKET ? WSAGetLastError() : 0); \
} while (0)

#define SHOW(name, fmt, ...) printf("%s: " fmt "\n", name, __VA_ARGS__)

/* A listener on 127.0.0.1, port chosen by the system. */
static inline SOCKET make_listener(struct sockaddr_in *addr)
{
    int len = sizeof(*addr);
    SOCKET l = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    memset(addr, 0, sizeof(*addr));
    addr->sin_family = AF_INET;
    addr->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(l, (struct sockaddr *)addr, sizeof(*addr)) == SOCKET_ERROR) { printf("setup-bind: %d\n", WSAGetLastError()); exit(1); }
    if (listen(l, 8) == SOCKET_ERROR) { printf("setup-listen: %d\n", WSAGetLastError()); exit(1); }
    getsockname(l, (struct sockaddr *)addr, &len);
    return l;
}

/* A connected pair: *client connected to *server through a fresh listener. */
static inline void make_pair(SOCKET *client, SOCKET *server)
{
    struct sockaddr_in addr;
    SOCKET l = make_listener(&addr);
    *client = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (connect(*client, (struct sockaddr *)&addr, sizeof(addr)) == SOCKET_ERROR) { printf("setup-connect: %d\n", WSAGetLastError()); exit(1); }
    *server = accept(l, NULL, NULL);
    if (*server == INVALID_SOCKET) { printf("setup-accept: %d\n", WSAGetLastError()); exit(1); }
    closesocket(l);
}

/* A TCP connection to 127.0.0.1:<port> (a server the test runs), or INVALID_SOCKET with the
 * connect's error as the last error. */
static inline SOCKET try_connect_loopback(const char *port)
{
    struct sockaddr_in addr;
    SOCKET s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    int err;
    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons((u_short)atoi(port));
    if (connect(s, (struct sockaddr *)&addr, sizeof(addr)) == SOCKET_ERROR) {
        err = WSAGetLastError();
        closesocket(s);
        WSASetLastError(err);
        return INVALID_SOCKET;
    }
    return s;
}

/* A TCP connection to 127.0.0.1:<port>; exits on failure. */
static inline SOCKET connect_loopback(const char *port)
{
    SOCKET s = try_connect_loopback(port);
    if (s == INVALID_SOCKET) { printf("connect: %d\n", WSAGetLastError()); exit(1); }
    return s;
}
