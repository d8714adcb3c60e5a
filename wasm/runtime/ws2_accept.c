/*
 * ws2_accept.c - WSAAccept and WSAConnect (winsock-wasm runtime): pure C over accept,
 * connect and the socket calls, so blocking, non-blocking and the error codes are theirs.
 *
 * WSAAccept takes the next connection, then asks the condition function, passing the
 * caller's address (lpCallerId), the local address (lpCalleeId), empty connect data (TCP
 * carries none) and no QoS (lpSQOS and lpGQOS NULL):
 *   - CF_ACCEPT: the accepted socket is returned;
 *   - CF_REJECT: the connection is closed (the peer reads end of stream; the
 *     documentation is silent, and Wine closes it too) and WSAAccept fails with
 *     WSAECONNREFUSED;
 *   - CF_DEFER: the connection is kept for this listener and WSAAccept fails with
 *     WSATRY_AGAIN; the next WSAAccept on the listener offers the same connection again,
 *     before any newer one;
 *   - anything else: the connection is closed and WSAAccept fails with WSAEINVAL.
 * Connections are accepted before the condition function runs, as Windows does without
 * SO_CONDITIONAL_ACCEPT; the peer's connect has already succeeded. A deferred connection
 * does not make the listener readable for select or WSAPoll.
 *
 * WSAConnect is connect; TCP has no connect data, so lpCalleeData comes back with len 0
 * and lpCallerData is not sent. QoS (lpSQOS, lpGQOS) is not applied: there is no QoS
 * provider.
 */
#include <stdlib.h>
#include <string.h>
#include <winsock2.h>

/* Connections a condition function deferred, oldest first, per listener. */
struct deferred {
    SOCKET listener, conn;
    struct deferred *next;
};
static struct deferred *deferred_head;

static SOCKET take_deferred(SOCKET listener)
{
    for (struct deferred **p = &deferred_head; *p; p = &(*p)->next) {
        if ((*p)->listener == listener) {
            struct deferred *d = *p;
            SOCKET c = d->conn;
            *p = d->next;
            free(d);
            return c;
        }
    }
    return INVALID_SOCKET;
}

/* Keeps c at the head of the listener's queue, so it is offered again first. */
static int put_deferred(SOCKET listener, SOCKET c)
{
    struct deferred *d = malloc(sizeof *d);
    if (!d) return 0;
    d->listener = listener;
    d->conn = c;
    d->next = deferred_head;
    deferred_head = d;
    return 1;
}

SOCKET WSAAPI WSAAccept(SOCKET s, struct sockaddr *addr, LPINT addrlen, LPCONDITIONPROC lpfnCondition,
                        DWORD_PTR dwCallbackData)
{
    SOCKADDR_STORAGE peer, local;
    int peer_len = sizeof peer, local_len = sizeof local, verdict;
    WSABUF caller_id, caller_data = {0, NULL}, callee_id, callee_data = {0, NULL};
    GROUP g = 0;
    SOCKET c;

    if (addr && (!addrlen || *addrlen < (int)sizeof(SOCKADDR_IN))) {
        WSASetLastError(WSAEFAULT);
        return INVALID_SOCKET;
    }
    c = take_deferred(s);
    if (c == INVALID_SOCKET) {
        c = accept(s, NULL, NULL);
        if (c == INVALID_SOCKET) return INVALID_SOCKET;
    }
    if (getpeername(c, (SOCKADDR *)&peer, &peer_len) == SOCKET_ERROR) {
        /* The peer went away while the connection waited. */
        closesocket(c);
        WSASetLastError(WSAECONNRESET);
        return INVALID_SOCKET;
    }
    if (lpfnCondition) {
        getsockname(c, (SOCKADDR *)&local, &local_len);
        caller_id.len = (ULONG)peer_len;
        caller_id.buf = (char *)&peer;
        callee_id.len = (ULONG)local_len;
        callee_id.buf = (char *)&local;
        verdict = lpfnCondition(&caller_id, &caller_data, NULL, NULL, &callee_id, &callee_data, &g, dwCallbackData);
        if (verdict == CF_DEFER) {
            if (!put_deferred(s, c)) {
                closesocket(c);
                WSASetLastError(WSAENOBUFS);
                return INVALID_SOCKET;
            }
            WSASetLastError(WSATRY_AGAIN);
            return INVALID_SOCKET;
        }
        if (verdict != CF_ACCEPT) {
            closesocket(c);
            WSASetLastError(verdict == CF_REJECT ? WSAECONNREFUSED : WSAEINVAL);
            return INVALID_SOCKET;
        }
    }
    if (addr) {
        int n = peer_len < *addrlen ? peer_len : *addrlen;
        memcpy(addr, &peer, (size_t)n);
        *addrlen = peer_len;
    }
    return c;
}

int WSAAPI WSAConnect(SOCKET s, const struct sockaddr *name, int namelen, LPWSABUF lpCallerData, LPWSABUF lpCalleeData,
                      LPQOS lpSQOS, LPQOS lpGQOS)
{
    (void)lpCallerData;
    (void)lpSQOS;
    (void)lpGQOS;
    if (lpCalleeData) lpCalleeData->len = 0;
    return connect(s, name, namelen);
}
