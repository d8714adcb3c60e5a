/* Event objects, WSAEventSelect/WSAEnumNetworkEvents, select and WSAPoll. */
#include "conf.h"

static void enum_events(const char *name, SOCKET s, WSAEVENT ev, long mask)
{
    WSANETWORKEVENTS ne;
    int r;
    memset(&ne, 0xAA, sizeof(ne));
    r = WSAEnumNetworkEvents(s, ev, &ne);
    printf("%s: %d 0x%lx", name, r, ne.lNetworkEvents & mask);
    if (mask & FD_READ) printf(" read=%d", ne.lNetworkEvents & FD_READ ? ne.iErrorCode[FD_READ_BIT] : -1);
    if (mask & FD_ACCEPT) printf(" accept=%d", ne.lNetworkEvents & FD_ACCEPT ? ne.iErrorCode[FD_ACCEPT_BIT] : -1);
    if (mask & FD_CONNECT) printf(" connect=%d", ne.lNetworkEvents & FD_CONNECT ? ne.iErrorCode[FD_CONNECT_BIT] : -1);
    if (mask & FD_CLOSE) printf(" close=%d", ne.lNetworkEvents & FD_CLOSE ? ne.iErrorCode[FD_CLOSE_BIT] : -1);
    printf("\n");
    fflush(stdout);
}

static int sel(SOCKET r, SOCKET w, SOCKET e, long ms, int *rr, int *ww, int *ee)
{
    fd_set rs, ws, es; struct timeval tv; int n;
    FD_ZERO(&rs); FD_ZERO(&ws); FD_ZERO(&es);
    if (r != INVALID_SOCKET) FD_SET(r, &rs);
    if (w != INVALID_SOCKET) FD_SET(w, &ws);
    if (e != INVALID_SOCKET) FD_SET(e, &es);
    tv.tv_sec = ms / 1000; tv.tv_usec = (ms % 1000) * 1000;
    n = select(0, r != INVALID_SOCKET ? &rs : NULL, w != INVALID_SOCKET ? &ws : NULL, e != INVALID_SOCKET ? &es : NULL, ms < 0 ? NULL : &tv);
    *rr = r != INVALID_SOCKET && FD_ISSET(r, &rs); *ww = w != INVALID_SOCKET && FD_ISSET(w, &ws); *ee = e != INVALID_SOCKET && FD_ISSET(e, &es);
    return n;
}

int main(void)
{
    WSAEVENT e1, e2, evs[2];
    HANDLE a;
    SOCKET l, c, s, x;
    struct sockaddr_in addr, dead;
    char buf[16];
    int n, rr, ww, ee, len;
    u_long arg;
    WSAPOLLFD pf[2];
    DWORD r;

    start();
    /* Events: manual reset (WSACreateEvent), auto reset (CreateEvent FALSE). */
    e1 = WSACreateEvent();
    SHOW("event-initial", "%lu", (unsigned long)WaitForSingleObject(e1, 0));
    SHOW("event-set", "%d", (int)WSASetEvent(e1));
    SHOW("event-manual-wait-1", "%lu", (unsigned long)WaitForSingleObject(e1, 0));
    SHOW("event-manual-wait-2", "%lu", (unsigned long)WSAWaitForMultipleEvents(1, &e1, FALSE, 0, FALSE));
    SHOW("event-reset", "%d", (int)WSAResetEvent(e1));
    SHOW("event-after-reset", "%lu", (unsigned long)WSAWaitForMultipleEvents(1, &e1, FALSE, 0, FALSE));
    a = CreateEventA(NULL, FALSE, FALSE, NULL);
    SetEvent(a);
    SHOW("auto-wait-1", "%lu", (unsigned long)WaitForSingleObject(a, 0));
    SHOW("auto-wait-2", "%lu", (unsigned long)WaitForSingleObject(a, 0));
    e2 = WSACreateEvent();
    evs[0] = e1; evs[1] = e2;
    WSASetEvent(e2);
    SHOW("wait-any-second", "%lu", (unsigned long)WSAWaitForMultipleEvents(2, evs, FALSE, 0, FALSE));
    SHOW("wait-all-one-set", "%lu", (unsigned long)WSAWaitForMultipleEvents(2, evs, TRUE, 0, FALSE));
    WSASetEvent(e1);
    SHOW("wait-all-both-set", "%lu", (unsigned long)WSAWaitForMultipleEvents(2, evs, TRUE, 0, FALSE));
    SHOW("wait-timeout-50ms", "%lu", (unsigned long)WaitForSingleObject(a, 50));
    WSASetLastError(0);
    r = WSAWaitForMultipleEvents(0, evs, FALSE, 0, FALSE);
    SHOW("wait-count-0", "0x%lx %d", (unsigned long)r, ERR());
    WSASetLastError(0);
    r = WSAWaitForMultipleEvents(WSA_MAXIMUM_WAIT_EVENTS + 1, evs, FALSE, 0, FALSE);
    SHOW("wait-count-65", "0x%lx %d", (unsigned long)r, ERR());
    SHOW("close-event", "%d", (int)WSACloseEvent(e2));
    CloseHandle(a);
    WSAResetEvent(e1);

    /* WSAEventSelect: FD_ACCEPT on a listener. */
    l = make_listener(&addr);
    SHOW("eventselect-listener", "%d", WSAEventSelect(l, e1, FD_ACCEPT));
    SHOW("listener-no-event-yet", "%lu", (unsigned long)WaitForSingleObject(e1, 0));
    c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    CHECK("client-connect", connect(c, (struct sockaddr *)&addr, sizeof(addr)));
    SHOW("accept-wait", "%lu", (unsigned long)WSAWaitForMultipleEvents(1, &e1, FALSE, 10000, FALSE));
    enum_events("accept-events", l, e1, FD_ACCEPT);
    SHOW("accept-event-reset-by-enum", "%lu", (unsigned long)WaitForSingleObject(e1, 0));
    s = accept(l, NULL, NULL);
    SHOW("accepted", "%d", s != INVALID_SOCKET);
    /* "WSAEventSelect ... automatically sets socket s to nonblocking mode" */
    CHECK("accepted-inherits-nonblocking-recv", recv(s, buf, sizeof(buf), 0));
    SHOW("accepted-eventselect-read", "%d", WSAEventSelect(s, e1, FD_READ | FD_CLOSE));
    arg = 0;
    CHECK("clear-FIONBIO-while-selected", ioctlsocket(s, FIONBIO, &arg));
    send(c, "x", 1, 0);
    SHOW("read-wait", "%lu", (unsigned long)WSAWaitForMultipleEvents(1, &e1, FALSE, 10000, FALSE));
    enum_events("read-events", s, e1, FD_READ | FD_CLOSE);
    CHECK("read-recv", recv(s, buf, sizeof(buf), 0));
    CHECK("read-recv-empty", recv(s, buf, sizeof(buf), 0));
    closesocket(c);
    SHOW("close-wait", "%lu", (unsigned long)WSAWaitForMultipleEvents(1, &e1, FALSE, 10000, FALSE));
    enum_events("close-events", s, e1, FD_READ | FD_CLOSE);
    CHECK("close-recv", recv(s, buf, sizeof(buf), 0));
    closesocket(s);

    /* FD_CONNECT (success) and FD_WRITE on a connecting socket. */
    c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    WSAEventSelect(c, e1, FD_CONNECT | FD_WRITE);
    CHECK("eventselect-connect", connect(c, (struct sockaddr *)&addr, sizeof(addr)));
    SHOW("connect-wait", "%lu", (unsigned long)WSAWaitForMultipleEvents(1, &e1, FALSE, 10000, FALSE));
    enum_events("connect-events", c, e1, FD_CONNECT);
    x = accept(l, NULL, NULL);
    /* select on a socket with WSAEventSelect still works. */
    n = sel(INVALID_SOCKET, c, INVALID_SOCKET, 5000, &rr, &ww, &ee);
    SHOW("connected-writable", "%d %d", n, ww);
    WSAEventSelect(c, NULL, 0);
    closesocket(c);
    closesocket(x);

    /* FD_CONNECT with an error: nothing listens on `dead`. */
    {
        SOCKET t = make_listener(&dead);
        closesocket(t);
    }
    c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    WSAResetEvent(e1);
    WSAEventSelect(c, e1, FD_CONNECT);
    CHECK("refused-connect", connect(c, (struct sockaddr *)&dead, sizeof(dead)));
    SHOW("refused-wait", "%lu", (unsigned long)WSAWaitForMultipleEvents(1, &e1, FALSE, 20000, FALSE));
    enum_events("refused-events", c, e1, FD_CONNECT);
    closesocket(c);

    /* select */
    n = sel(l, INVALID_SOCKET, INVALID_SOCKET, 0, &rr, &ww, &ee);
    SHOW("select-listener-idle", "%d %d", n, rr);
    WSAEventSelect(l, NULL, 0);
    arg = 0; ioctlsocket(l, FIONBIO, &arg);
    c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    connect(c, (struct sockaddr *)&addr, sizeof(addr));
    n = sel(l, INVALID_SOCKET, INVALID_SOCKET, 10000, &rr, &ww, &ee);
    SHOW("select-listener-pending", "%d %d", n, rr);
    s = accept(l, NULL, NULL);
    n = sel(s, c, INVALID_SOCKET, 0, &rr, &ww, &ee);
    SHOW("select-connected", "%d %d %d", n, rr, ww);
    n = sel(s, INVALID_SOCKET, INVALID_SOCKET, 100, &rr, &ww, &ee);
    SHOW("select-timeout", "%d %d", n, rr);
    send(c, "abc", 3, 0);
    n = sel(s, INVALID_SOCKET, INVALID_SOCKET, 10000, &rr, &ww, &ee);
    SHOW("select-data", "%d %d", n, rr);
    arg = 0;
    CHECK("FIONREAD", ioctlsocket(s, FIONREAD, &arg));
    SHOW("FIONREAD-value", "%lu", (unsigned long)arg);
    recv(s, buf, 3, 0);
    {
        fd_set rs; struct timeval tv = { 0, 0 };
        FD_ZERO(&rs); FD_SET(s, &rs); FD_SET(c, &rs); FD_SET(s, &rs);
        SHOW("fd_set-count-after-duplicate", "%u", rs.fd_count);
        FD_CLR(s, &rs);
        SHOW("fd_set-count-after-clr", "%u %d", rs.fd_count, FD_ISSET(c, &rs));
        CHECK("select-all-null", select(0, NULL, NULL, NULL, &tv));
        FD_ZERO(&rs); FD_SET((SOCKET)0x12345678, &rs);
        CHECK("select-notsock", select(0, &rs, NULL, NULL, &tv));
    }
    shutdown(c, SD_SEND);
    n = sel(s, INVALID_SOCKET, INVALID_SOCKET, 10000, &rr, &ww, &ee);
    SHOW("select-eof", "%d %d", n, rr);
    CHECK("select-eof-recv", recv(s, buf, sizeof(buf), 0));

    /* Non-blocking connect: writable on success; in exceptfds with SO_ERROR on failure. */
    x = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    arg = 1; ioctlsocket(x, FIONBIO, &arg);
    CHECK("nb-connect", connect(x, (struct sockaddr *)&addr, sizeof(addr)));
    n = sel(INVALID_SOCKET, x, x, 10000, &rr, &ww, &ee);
    SHOW("nb-connect-select", "%d %d %d", n, ww, ee);
    CHECK("nb-connect-again", connect(x, (struct sockaddr *)&addr, sizeof(addr)));
    closesocket(accept(l, NULL, NULL));
    closesocket(x);
    x = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    arg = 1; ioctlsocket(x, FIONBIO, &arg);
    CHECK("nb-refused-connect", connect(x, (struct sockaddr *)&dead, sizeof(dead)));
    n = sel(INVALID_SOCKET, x, x, 20000, &rr, &ww, &ee);
    SHOW("nb-refused-select", "%d %d %d", n, ww, ee);
    {
        int err = 0; len = sizeof(err);
        getsockopt(x, SOL_SOCKET, SO_ERROR, (char *)&err, &len);
        SHOW("nb-refused-SO_ERROR", "%d", err);
    }
    closesocket(x);

    /* WSAPoll */
    x = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    connect(x, (struct sockaddr *)&addr, sizeof(addr));
    pf[0].fd = l; pf[0].events = POLLRDNORM; pf[0].revents = 0;
    pf[1].fd = x; pf[1].events = POLLWRNORM; pf[1].revents = 0;
    n = WSAPoll(pf, 2, 10000);
    SHOW("poll-accept-write", "%d 0x%x 0x%x", n, pf[0].revents, pf[1].revents);
    closesocket(x);
    x = accept(l, NULL, NULL);
    pf[0].fd = x; pf[0].events = POLLRDNORM; pf[0].revents = 0;
    n = WSAPoll(pf, 1, 10000);
    SHOW("poll-peer-closed", "%d 0x%x", n, pf[0].revents);
    pf[0].fd = (SOCKET)0x12345678; pf[0].events = POLLRDNORM; pf[0].revents = 0;
    n = WSAPoll(pf, 1, 0);
    SHOW("poll-invalid", "%d 0x%x", n, pf[0].revents);
    pf[0].fd = s; pf[0].events = POLLRDNORM; pf[0].revents = 0;
    n = WSAPoll(pf, 1, 50);
    SHOW("poll-eof", "%d 0x%x", n, pf[0].revents);
    closesocket(x);
    closesocket(s);
    closesocket(c);
    closesocket(l);
    WSACloseEvent(e1);
    WSACleanup();
    return 0;
}
