/* A single-threaded echo server in the WSAEventSelect style: one event object per socket,
 * WSAWaitForMultipleEvents to wait for any of them, WSAEnumNetworkEvents to learn what happened.
 * It serves several clients at once, echoes everything back (holding what the client cannot take
 * yet until FD_WRITE says there is room), and exits after <clients> have come and gone.
 *   eventselect_server <port> <clients>
 * Builds unchanged with MSVC or mingw (-lws2_32). */
#define WIN32_LEAN_AND_MEAN
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>

#pragma comment(lib, "ws2_32.lib")

#define MAX_SOCKETS WSA_MAXIMUM_WAIT_EVENTS   /* the listener and up to 63 clients */
#define BUFFER_SIZE 8192
#define IDLE_TIMEOUT_MS 10000

typedef struct {
    SOCKET s;
    char buf[BUFFER_SIZE];
    int len, off;     /* bytes received and not yet echoed: buf[off..len) */
    int eof;          /* the client has finished sending */
    int gone;
} CLIENT;

static SOCKET sockets[MAX_SOCKETS];
static WSAEVENT events[MAX_SOCKETS];
static CLIENT *clients[MAX_SOCKETS];   /* clients[0] is unused: index 0 is the listener */
static int nsockets;
static int served, expected;

static void drop(int i, const char *why, int code)
{
    CLIENT *c = clients[i];
    if (c->gone) return;
    if (code) printf("eventselect_server: %s: %d\n", why, code);
    closesocket(c->s);
    c->gone = 1;
    served++;
    printf("eventselect_server: a client left (%d served)\n", served);
}

/* Echo as much as the socket takes, read when everything read so far has been echoed.
 * recv and send are the re-enabling functions: FD_READ comes again while data waits,
 * FD_WRITE after a send failed with WSAEWOULDBLOCK and there is room again. */
static void pump(int i)
{
    CLIENT *c = clients[i];
    for (;;) {
        int n;
        if (c->gone) return;
        if (c->off < c->len) {
            n = send(c->s, c->buf + c->off, c->len - c->off, 0);
            if (n == SOCKET_ERROR) {
                int err = WSAGetLastError();
                if (err != WSAEWOULDBLOCK) drop(i, "send", err);
                return;   /* wait for FD_WRITE */
            }
            c->off += n;
            continue;
        }
        c->off = c->len = 0;
        if (c->eof) { drop(i, "", 0); return; }
        n = recv(c->s, c->buf, BUFFER_SIZE, 0);
        if (n > 0) { c->len = n; continue; }
        if (n == 0) { c->eof = 1; continue; }
        n = WSAGetLastError();
        if (n != WSAEWOULDBLOCK) drop(i, "recv", n);
        return;           /* wait for FD_READ or FD_CLOSE */
    }
}

static void accept_clients(void)
{
    for (;;) {
        SOCKET s = accept(sockets[0], NULL, NULL);
        CLIENT *c;
        if (s == INVALID_SOCKET) {
            if (WSAGetLastError() != WSAEWOULDBLOCK) printf("eventselect_server: accept: %d\n", WSAGetLastError());
            return;
        }
        if (nsockets == MAX_SOCKETS) {
            closesocket(s);
            continue;
        }
        c = (CLIENT *)calloc(1, sizeof(CLIENT));
        c->s = s;
        sockets[nsockets] = s;
        events[nsockets] = WSACreateEvent();
        clients[nsockets] = c;
        /* The accepted socket inherits the listener's selection; give it its own event and events. */
        if (WSAEventSelect(s, events[nsockets], FD_READ | FD_WRITE | FD_CLOSE) == SOCKET_ERROR) {
            printf("eventselect_server: WSAEventSelect: %d\n", WSAGetLastError());
            closesocket(s);
            WSACloseEvent(events[nsockets]);
            free(c);
            continue;
        }
        nsockets++;
        printf("eventselect_server: client %d connected (%d open)\n", served + nsockets - 1, nsockets - 1);
    }
}

/* Removes clients that have left, keeping the arrays dense for WSAWaitForMultipleEvents. */
static void compact(void)
{
    int i = 1;
    while (i < nsockets) {
        if (clients[i]->gone) {
            WSACloseEvent(events[i]);
            free(clients[i]);
            nsockets--;
            sockets[i] = sockets[nsockets];
            events[i] = events[nsockets];
            clients[i] = clients[nsockets];
        } else {
            i++;
        }
    }
}

int main(int argc, char **argv)
{
    WSADATA wsa;
    struct sockaddr_in addr;
    int i;

    if (argc < 3) {
        fprintf(stderr, "usage: %s <port> <clients>\n", argv[0]);
        return 2;
    }
    expected = atoi(argv[2]);
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) return 1;

    sockets[0] = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    ZeroMemory(&addr, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons((u_short)atoi(argv[1]));
    if (bind(sockets[0], (struct sockaddr *)&addr, sizeof(addr)) == SOCKET_ERROR ||
        listen(sockets[0], SOMAXCONN) == SOCKET_ERROR) {
        printf("bind/listen: %d\n", WSAGetLastError());
        return 1;
    }
    events[0] = WSACreateEvent();
    if (WSAEventSelect(sockets[0], events[0], FD_ACCEPT) == SOCKET_ERROR) {
        printf("WSAEventSelect: %d\n", WSAGetLastError());
        return 1;
    }
    nsockets = 1;
    printf("eventselect_server: listening on port %s for %d clients\n", argv[1], expected);
    fflush(stdout);

    while (served < expected) {
        DWORD r = WSAWaitForMultipleEvents((DWORD)nsockets, events, FALSE, IDLE_TIMEOUT_MS, FALSE);
        int first;
        if (r == WSA_WAIT_FAILED) { printf("WSAWaitForMultipleEvents: %d\n", WSAGetLastError()); return 1; }
        if (r == WSA_WAIT_TIMEOUT) { printf("eventselect_server: idle for %d s, giving up\n", IDLE_TIMEOUT_MS / 1000); return 1; }
        first = (int)(r - WSA_WAIT_EVENT_0);
        /* The lowest signalled index is reported; look at every socket from there so none starves. */
        for (i = first; i < nsockets; i++) {
            WSANETWORKEVENTS ne;
            if (i != first && WSAWaitForMultipleEvents(1, &events[i], FALSE, 0, FALSE) != WSA_WAIT_EVENT_0) continue;
            if (WSAEnumNetworkEvents(sockets[i], events[i], &ne) == SOCKET_ERROR) {
                printf("WSAEnumNetworkEvents: %d\n", WSAGetLastError());
                if (i == 0) return 1;
                drop(i, "WSAEnumNetworkEvents", WSAGetLastError());
                continue;
            }
            if (i == 0) {
                if (ne.lNetworkEvents & FD_ACCEPT) accept_clients();
                continue;
            }
            if ((ne.lNetworkEvents & FD_CLOSE) && ne.iErrorCode[FD_CLOSE_BIT] != 0) {
                drop(i, "connection lost", ne.iErrorCode[FD_CLOSE_BIT]);
                continue;
            }
            /* FD_READ, FD_WRITE or a graceful FD_CLOSE (data may still be waiting before the end). */
            if (ne.lNetworkEvents & (FD_READ | FD_WRITE | FD_CLOSE)) pump(i);
        }
        compact();
    }
    for (i = 1; i < nsockets; i++) drop(i, "", 0);
    compact();
    closesocket(sockets[0]);
    WSACloseEvent(events[0]);
    WSACleanup();
    printf("eventselect_server: done\n");
    return 0;
}
