/* WSAEventSelect and WSAEnumNetworkEvents against Microsoft's WSAEventSelect page:
 * non-blocking mode, the network event record, the re-enabling functions, FD_ACCEPT, FD_CONNECT,
 * FD_WRITE, FD_READ, FD_CLOSE and their error codes, cancelling. */
#include "common.h"
#include <windows.h>

#define WAIT0(h) WSAWaitForMultipleEvents(1, &(h), FALSE, 0, FALSE)

/* Waits (up to 5 s each time) and enumerates until every event of `want` has been seen;
 * returns the union of what was seen, the error codes in *codes. */
static long collect(SOCKET s, WSAEVENT ev, long want, int codes[FD_MAX_EVENTS])
{
    long seen = 0;
    int i, rounds;
    for (i = 0; i < FD_MAX_EVENTS; i++) codes[i] = -1;
    for (rounds = 0; rounds < 10 && (seen & want) != want; rounds++) {
        WSANETWORKEVENTS ne;
        if (WSAWaitForMultipleEvents(1, &ev, FALSE, 5000, FALSE) != WSA_WAIT_EVENT_0) break;
        if (WSAEnumNetworkEvents(s, ev, &ne) == SOCKET_ERROR) { printf("setup-enum: %d\n", WSAGetLastError()); break; }
        for (i = 0; i < FD_MAX_EVENTS; i++)
            if (ne.lNetworkEvents & (1L << i)) codes[i] = ne.iErrorCode[i];
        seen |= ne.lNetworkEvents;
    }
    return seen;
}

static int wait_readable(SOCKET s)
{
    fd_set r;
    struct timeval tv = { 5, 0 };
    FD_ZERO(&r);
    FD_SET(s, &r);
    return select(0, &r, NULL, NULL, &tv);
}

int main(void)
{
    WSADATA wsa;
    SOCKET l, c, s;
    struct sockaddr_in addr;
    WSAEVENT ev_l, ev_s, ev;
    WSANETWORKEVENTS ne;
    int codes[FD_MAX_EVENTS];
    u_long zero = 0, avail = 0;
    char buf[64];
    long seen;
    int i;

    WSAStartup(MAKEWORD(2, 2), &wsa);
    ev_l = WSACreateEvent();
    ev_s = WSACreateEvent();
    ev = WSACreateEvent();

    /* ---- Listener: FD_ACCEPT ---- */
    l = make_listener(&addr);
    CHECK("listener-select", WSAEventSelect(l, ev_l, FD_ACCEPT | FD_READ | FD_CLOSE));
    /* "The WSAEventSelect function automatically sets socket s to nonblocking mode" */
    CHECK("listener-nonblocking-accept", accept(l, NULL, NULL));
    /* ioctlsocket: "If WSAAsyncSelect or WSAEventSelect has been issued on a socket, then any attempt to use
     * ioctlsocket to set the socket back to blocking mode will fail with WSAEINVAL." */
    CHECK("listener-fionbio-off", ioctlsocket(l, FIONBIO, &zero));
    CHECK("listener-idle", WAIT0(ev_l));
    c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    CHECK("client-connect", connect(c, (struct sockaddr *)&addr, sizeof(addr)));
    CHECK("accept-wait", WSAWaitForMultipleEvents(1, &ev_l, FALSE, 5000, FALSE));
    memset(&ne, 0x55, sizeof(ne));
    CHECK("accept-enum", WSAEnumNetworkEvents(l, ev_l, &ne));
    SHOW("accept-events", "0x%lx", (unsigned long)ne.lNetworkEvents);
    SHOW("accept-error", "%d", ne.iErrorCode[FD_ACCEPT_BIT]);
    /* WSAEnumNetworkEvents: "The event object, if supplied, is reset" and the record is cleared. */
    CHECK("accept-enum-reset-event", WAIT0(ev_l));
    CHECK("accept-enum-again", WSAEnumNetworkEvents(l, NULL, &ne));
    SHOW("accept-enum-again-events", "0x%lx", (unsigned long)ne.lNetworkEvents);
    s = accept(l, NULL, NULL);
    SHOW("accept-ok", "%d", s != INVALID_SOCKET);
    /* "The socket created when the accept function is called has the same properties as the listening socket
     * used to accept it. Any WSAEventSelect association and network events selection set for the listening
     * socket apply to the accepted socket." */
    CHECK("accepted-inherits-nonblocking", recv(s, buf, sizeof(buf), 0));
    CHECK("accepted-inherits-fionbio-off", ioctlsocket(s, FIONBIO, &zero));
    /* No connection is pending any more: accept re-enabled FD_ACCEPT, the condition is gone, nothing is recorded. */
    CHECK("accept-drained", WAIT0(ev_l));

    /* ---- Connected socket: FD_WRITE, FD_READ and their re-enabling ---- */
    /* "Issuing a WSAEventSelect for a socket cancels any previous WSAAsyncSelect or WSAEventSelect for the same
     * socket and clears the internal network event record." A connected socket with room to send records FD_WRITE. */
    CHECK("select-accepted", WSAEventSelect(s, ev_s, FD_READ | FD_WRITE | FD_CLOSE));
    CHECK("connected-fd-write-wait", WSAWaitForMultipleEvents(1, &ev_s, FALSE, 5000, FALSE));
    CHECK("connected-fd-write-enum", WSAEnumNetworkEvents(s, ev_s, &ne));
    SHOW("connected-fd-write-events", "0x%lx", (unsigned long)ne.lNetworkEvents);
    SHOW("connected-fd-write-error", "%d", ne.iErrorCode[FD_WRITE_BIT]);
    /* "an application can assume that sends are possible starting from the first FD_WRITE network event setting
     * and lasting until a send returns WSAEWOULDBLOCK": a successful send records no new FD_WRITE. */
    CHECK("send-no-new-fd-write", send(s, "x", 1, 0));
    CHECK("send-no-new-fd-write-event", WAIT0(ev_s));
    recv(c, buf, 1, 0);

    /* FD_READ when data arrives. */
    CHECK("peer-send-10", send(c, "0123456789", 10, 0));
    CHECK("fd-read-wait", WSAWaitForMultipleEvents(1, &ev_s, FALSE, 5000, FALSE));
    CHECK("fd-read-enum", WSAEnumNetworkEvents(s, ev_s, &ne));
    SHOW("fd-read-events", "0x%lx", (unsigned long)ne.lNetworkEvents);
    SHOW("fd-read-error", "%d", ne.iErrorCode[FD_READ_BIT]);
    ioctlsocket(s, FIONREAD, &avail);
    SHOW("fd-read-available", "%lu", (unsigned long)avail);
    /* "For FD_READ, FD_OOB, and FD_ACCEPT network events, network event recording and event object signaling
     * are level-triggered": a recv that leaves data records FD_READ again. */
    CHECK("partial-recv", recv(s, buf, 3, 0));
    CHECK("partial-recv-fd-read-again", WSAWaitForMultipleEvents(1, &ev_s, FALSE, 1000, FALSE));
    CHECK("partial-recv-enum", WSAEnumNetworkEvents(s, ev_s, &ne));
    SHOW("partial-recv-events", "0x%lx", (unsigned long)ne.lNetworkEvents);
    /* "no further actions are taken for that network event until the application makes the function call that
     * implicitly reenables the setting of that network event": more data, but no recv, no new FD_READ. */
    CHECK("peer-send-4", send(c, "more", 4, 0));
    /* Wait for the 4 bytes to arrive; FIONREAD is not a re-enabling function. */
    for (i = 0; i < 500; i++) {
        ioctlsocket(s, FIONREAD, &avail);
        if (avail >= 11) break;
        Sleep(10);
    }
    SHOW("no-recv-available", "%lu", (unsigned long)avail);
    CHECK("no-recv-no-event", WAIT0(ev_s));
    CHECK("no-recv-enum", WSAEnumNetworkEvents(s, ev_s, &ne));
    SHOW("no-recv-events", "0x%lx", (unsigned long)ne.lNetworkEvents);
    /* A recv that takes everything leaves nothing to record; the next recv would block. */
    memset(buf, 0, sizeof(buf));
    CHECK("drain-recv", recv(s, buf, sizeof(buf), 0));
    SHOW("drain-data", "%s", buf);
    CHECK("drained-no-event", WAIT0(ev_s));
    CHECK("drained-recv-wouldblock", recv(s, buf, sizeof(buf), 0));

    /* WSAEnumNetworkEvents with no event object clears the record but leaves the event signalled. */
    CHECK("null-event-peer-send", send(c, "ab", 2, 0));
    CHECK("null-event-wait", WSAWaitForMultipleEvents(1, &ev_s, FALSE, 5000, FALSE));
    CHECK("null-event-enum", WSAEnumNetworkEvents(s, NULL, &ne));
    SHOW("null-event-events", "0x%lx", (unsigned long)ne.lNetworkEvents);
    CHECK("null-event-still-signalled", WAIT0(ev_s));
    CHECK("null-event-record-cleared", WSAEnumNetworkEvents(s, ev_s, &ne));
    SHOW("null-event-record-cleared-events", "0x%lx", (unsigned long)ne.lNetworkEvents);
    recv(s, buf, sizeof(buf), 0);

    /* Bad arguments. */
    CHECK("enum-notsock", WSAEnumNetworkEvents(0x12345678, ev_s, &ne));
    CHECK("enum-fault", WSAEnumNetworkEvents(s, ev_s, (LPWSANETWORKEVENTS)(UINT_PTR)0xFFFFFFF0u));
    CHECK("select-notsock", WSAEventSelect(0x12345678, ev_s, FD_READ));

    /* ---- FD_CLOSE ---- */
    /* Graceful close: "FD_CLOSE ... iErrorCode[FD_CLOSE_BIT] ... 0" */
    CHECK("graceful-closesocket", closesocket(c));
    seen = collect(s, ev_s, FD_CLOSE, codes);
    SHOW("graceful-fd-close", "%d", (seen & FD_CLOSE) != 0);
    SHOW("graceful-fd-close-error", "%d", codes[FD_CLOSE_BIT]);
    CHECK("graceful-recv", recv(s, buf, sizeof(buf), 0));
    closesocket(s);

    /* Reset: "WSAECONNRESET: The connection was reset by the remote side." */
    {
        SOCKET c2, s2;
        LINGER lg = { 1, 0 };
        make_pair(&c2, &s2);
        WSAResetEvent(ev);
        CHECK("reset-select", WSAEventSelect(s2, ev, FD_READ | FD_CLOSE));
        setsockopt(c2, SOL_SOCKET, SO_LINGER, (const char *)&lg, sizeof(lg));
        closesocket(c2);
        seen = collect(s2, ev, FD_CLOSE, codes);
        SHOW("reset-fd-close", "%d", (seen & FD_CLOSE) != 0);
        SHOW("reset-fd-close-error", "%d", codes[FD_CLOSE_BIT]);
        closesocket(s2);
    }

    /* ---- FD_CONNECT ---- */
    /* A non-blocking connect (WSAEventSelect makes it so) records FD_CONNECT with error 0, and FD_WRITE:
     * "An FD_WRITE network event is recorded when a socket is first connected with connect/WSAConnect". */
    {
        SOCKET k = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP), ks;
        WSAResetEvent(ev);
        CHECK("connect-select", WSAEventSelect(k, ev, FD_CONNECT | FD_WRITE | FD_READ | FD_CLOSE));
        CHECK("connect-nonblocking", connect(k, (struct sockaddr *)&addr, sizeof(addr)));
        seen = collect(k, ev, FD_CONNECT | FD_WRITE, codes);
        SHOW("connect-fd-connect", "%d", (seen & FD_CONNECT) != 0);
        SHOW("connect-fd-connect-error", "%d", codes[FD_CONNECT_BIT]);
        SHOW("connect-fd-write", "%d", (seen & FD_WRITE) != 0);
        SHOW("connect-no-fd-read-or-close", "%d", (seen & (FD_READ | FD_CLOSE)) == 0);
        /* FD_CONNECT has no re-enabling function: it is not recorded again. */
        CHECK("connect-once", WAIT0(ev));
        /* The listener still has FD_ACCEPT selected: it records this connection. */
        CHECK("listener-second-accept-wait", WSAWaitForMultipleEvents(1, &ev_l, FALSE, 5000, FALSE));
        CHECK("listener-second-accept-enum", WSAEnumNetworkEvents(l, ev_l, &ne));
        SHOW("listener-second-accept-events", "0x%lx", (unsigned long)ne.lNetworkEvents);
        ks = accept(l, NULL, NULL);
        SHOW("listener-second-accept-ok", "%d", ks != INVALID_SOCKET);
        closesocket(ks);
        closesocket(k);
    }
    /* A refused connect: "WSAECONNREFUSED: The attempt to connect was rejected." in iErrorCode[FD_CONNECT_BIT]. */
    {
        struct sockaddr_in gone;
        SOCKET gl = make_listener(&gone), k = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        closesocket(gl);
        WSAResetEvent(ev);
        CHECK("refused-select", WSAEventSelect(k, ev, FD_CONNECT | FD_WRITE));
        CHECK("refused-connect", connect(k, (struct sockaddr *)&gone, sizeof(gone)));
        seen = collect(k, ev, FD_CONNECT, codes);
        SHOW("refused-fd-connect", "%d", (seen & FD_CONNECT) != 0);
        SHOW("refused-fd-connect-error", "%d", codes[FD_CONNECT_BIT]);
        SHOW("refused-no-fd-write", "%d", (seen & FD_WRITE) == 0);
        closesocket(k);
    }

    /* ---- Persistence ---- */
    /* "If a network event has already happened when the application calls WSAEventSelect or when the reenabling
     * function is called, then a network event is recorded and signaled as appropriate." */
    {
        SOCKET c4, s4;
        make_pair(&c4, &s4);
        send(c4, "pre", 3, 0);
        wait_readable(s4);
        WSAResetEvent(ev);
        CHECK("persist-select", WSAEventSelect(s4, ev, FD_READ));
        CHECK("persist-event", WAIT0(ev));
        CHECK("persist-enum", WSAEnumNetworkEvents(s4, ev, &ne));
        SHOW("persist-events", "0x%lx", (unsigned long)ne.lNetworkEvents);

        /* A pending connection when FD_ACCEPT is selected: "Windows Sockets records the FD_ACCEPT network event and
         * sets the associated event object immediately." */
        {
            struct sockaddr_in a2;
            SOCKET l2 = make_listener(&a2), k2 = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP), ks2;
            WSAEVENT ev2 = WSACreateEvent();
            connect(k2, (struct sockaddr *)&a2, sizeof(a2));
            wait_readable(l2);
            CHECK("persist-accept-select", WSAEventSelect(l2, ev2, FD_ACCEPT));
            CHECK("persist-accept-event", WAIT0(ev2));
            CHECK("persist-accept-enum", WSAEnumNetworkEvents(l2, ev2, &ne));
            SHOW("persist-accept-events", "0x%lx", (unsigned long)ne.lNetworkEvents);
            ks2 = accept(l2, NULL, NULL);
            closesocket(ks2);
            closesocket(k2);
            closesocket(l2);
            WSACloseEvent(ev2);
        }

        /* ---- Cancelling ---- */
        /* "To cancel the association and selection of network events on a socket, lNetworkEvents should be set to
         * zero, in which case the hEventObject parameter will be ignored." Then blocking mode can be set again. */
        recv(s4, buf, sizeof(buf), 0);
        CHECK("cancel-fionbio-off-before", ioctlsocket(s4, FIONBIO, &zero));
        CHECK("cancel-select", WSAEventSelect(s4, NULL, 0));
        CHECK("cancel-still-nonblocking", recv(s4, buf, sizeof(buf), 0));
        CHECK("cancel-fionbio-off", ioctlsocket(s4, FIONBIO, &zero));
        WSAResetEvent(ev);
        send(c4, "blocking", 8, 0);
        memset(buf, 0, sizeof(buf));
        CHECK("cancel-blocking-recv", recv(s4, buf, 8, MSG_WAITALL));
        SHOW("cancel-blocking-data", "%s", buf);
        CHECK("cancel-no-event", WAIT0(ev));
        closesocket(c4);
        closesocket(s4);
    }

    closesocket(l);
    WSACloseEvent(ev_l);
    WSACloseEvent(ev_s);
    WSACloseEvent(ev);
    CHECK("cleanup", WSACleanup());
    return 0;
}
