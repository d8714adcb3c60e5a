/* Socket states the other programs do not reach:
 *  - what a TCP socket can still do after its connect failed (refused), for a socket never
 *    bound and one bound to 127.0.0.1:0 first, and for a blocking connect, a non-blocking one
 *    seen through select and one seen through WSAEventSelect's FD_CONNECT;
 *  - recv/WSARecv with MSG_WAITALL: non-blocking, with MSG_PEEK, overlapped, peer close, reset;
 *  - how many bytes setsockopt reads and getsockopt writes for BOOL and int options at each
 *    optlen. */
#include "conf.h"

enum { BLOCKING, NONBLOCKING, EVENTS };

static struct sockaddr_in dead;  /* a loopback port nobody listens on */
static struct sockaddr_in live;  /* the listener's address */
static SOCKET listener;
static WSAEVENT ev;              /* the WSAEventSelect event of the socket under test */

/* The first n bytes of buf as text, "-" when there are none (no trailing blanks in the output). */
static const char *text(const char *buf, int n)
{
    static char t[32];
    if (n <= 0) return "-";
    if (n > (int)sizeof(t) - 1) n = sizeof(t) - 1;
    memcpy(t, buf, n);
    t[n] = 0;
    return t;
}

static const char *nm(const char *p, const char *what)
{
    static char name[96];
    snprintf(name, sizeof(name), "%s-%s", p, what);
    return name;
}

/* select on one socket for read, write and except: "n r w e". */
static void show_select(const char *name, SOCKET s, long ms)
{
    fd_set rs, ws, es;
    struct timeval tv;
    int n;
    FD_ZERO(&rs); FD_ZERO(&ws); FD_ZERO(&es);
    FD_SET(s, &rs); FD_SET(s, &ws); FD_SET(s, &es);
    tv.tv_sec = ms / 1000; tv.tv_usec = (ms % 1000) * 1000;
    n = select(0, &rs, &ws, &es, &tv);
    SHOW(name, "%d %d %d %d", n, FD_ISSET(s, &rs) != 0, FD_ISSET(s, &ws) != 0, FD_ISSET(s, &es) != 0);
}

/* select waiting for a non-blocking connect to complete, for write and except only (Wine
 * sometimes also wakes the read set while the failure arrives): "n w e". */
static void show_connect_select(const char *name, SOCKET s, long ms)
{
    fd_set ws, es;
    struct timeval tv;
    int n;
    FD_ZERO(&ws); FD_ZERO(&es);
    FD_SET(s, &ws); FD_SET(s, &es);
    tv.tv_sec = ms / 1000; tv.tv_usec = (ms % 1000) * 1000;
    n = select(0, NULL, &ws, &es, &tv);
    SHOW(name, "%d %d %d", n, FD_ISSET(s, &ws) != 0, FD_ISSET(s, &es) != 0);
}

static void show_poll(const char *name, SOCKET s)
{
    WSAPOLLFD pf;
    int n;
    pf.fd = s; pf.events = POLLRDNORM | POLLWRNORM; pf.revents = 0x7777;
    n = WSAPoll(&pf, 1, 0);
    SHOW(name, "%d 0x%x", n, pf.revents);
}

static void show_so_error(const char *name, SOCKET s)
{
    int v = 0x7777, len = sizeof(v), r;
    r = getsockopt(s, SOL_SOCKET, SO_ERROR, (char *)&v, &len);
    SHOW(name, "%d %d", r, r ? ERR() : v);
}

/* The network events since the last call: "wait events connect-error". */
static void show_events(const char *name, SOCKET s, long ms)
{
    WSANETWORKEVENTS ne;
    DWORD w = WaitForSingleObject(ev, ms);
    memset(&ne, 0, sizeof(ne));
    WSAEnumNetworkEvents(s, ev, &ne);
    SHOW(name, "%lu 0x%lx %d", (unsigned long)w, ne.lNetworkEvents,
         ne.lNetworkEvents & FD_CONNECT ? ne.iErrorCode[FD_CONNECT_BIT] : -1);
}

static void show_name(const char *name, SOCKET s, int peer)
{
    struct sockaddr_in a;
    int len = sizeof(a), r;
    memset(&a, 0, sizeof(a));
    WSASetLastError(0);
    r = peer ? getpeername(s, (struct sockaddr *)&a, &len) : getsockname(s, (struct sockaddr *)&a, &len);
    if (r) SHOW(name, "%d %d", r, ERR());
    else SHOW(name, "%d %d %s port-set=%d", r, len, inet_ntoa(a.sin_addr), a.sin_port != 0);
}

/* After a connect that will complete later: how it completed. */
static void show_completion(const char *p, const char *what, SOCKET s, int mode)
{
    char n[64];
    if (mode == NONBLOCKING) { snprintf(n, sizeof(n), "%s-select", what); show_connect_select(nm(p, n), s, 5000); }
    if (mode == EVENTS) { snprintf(n, sizeof(n), "%s-events", what); show_events(nm(p, n), s, 5000); }
    snprintf(n, sizeof(n), "%s-SO_ERROR", what);
    show_so_error(nm(p, n), s);
}

/* A TCP socket whose connect to `dead` failed (on Windows a refused loopback connect takes about
 * 2 s: the SYN is retried after the reset). */
static SOCKET failed(const char *p, int bound, int mode, int show)
{
    SOCKET s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    struct sockaddr_in a = loopback(0);
    u_long one = 1;
    int r, e;
    if (bound && bind(s, (struct sockaddr *)&a, sizeof(a)) == SOCKET_ERROR) die("failed-bind");
    if (mode == NONBLOCKING) ioctlsocket(s, FIONBIO, &one);
    if (mode == EVENTS) {
        ev = WSACreateEvent();
        WSAEventSelect(s, ev, FD_CONNECT | FD_READ | FD_WRITE | FD_CLOSE);
    }
    WSASetLastError(0);
    r = connect(s, (struct sockaddr *)&dead, sizeof(dead));
    e = r ? ERR() : 0;
    if (show) SHOW(nm(p, "connect"), "%d %d", r, e);
    if (mode == NONBLOCKING) {
        if (show) show_connect_select(nm(p, "select"), s, 5000);
        else { fd_set es; struct timeval tv = { 5, 0 }; FD_ZERO(&es); FD_SET(s, &es); select(0, NULL, NULL, &es, &tv); }
    }
    if (mode == EVENTS) {
        if (show) show_events(nm(p, "events"), s, 5000);
        else { WSANETWORKEVENTS ne; WaitForSingleObject(ev, 5000); WSAEnumNetworkEvents(s, ev, &ne); }
    }
    return s;
}

/* accept on the listener, waiting at most 2 s for a connection. */
static SOCKET accept_live(void)
{
    fd_set rs; struct timeval tv = { 2, 0 };
    FD_ZERO(&rs); FD_SET(listener, &rs);
    if (select(0, &rs, NULL, NULL, &tv) != 1) { WSASetLastError(WSAETIMEDOUT); return INVALID_SOCKET; }
    return accept(listener, NULL, NULL);
}

static void done(SOCKET s, int mode)
{
    closesocket(s);
    if (mode == EVENTS) WSACloseEvent(ev);
}

static void after_failed_connect(const char *p, int bound, int mode)
{
    SOCKET s, c, a;
    struct sockaddr_in me;
    char buf[8];
    int len, r;
    DWORD tmo = 1000;

    /* Probes that change nothing, on one socket. */
    s = failed(p, bound, mode, 1);
    show_so_error(nm(p, "SO_ERROR-1"), s);
    show_so_error(nm(p, "SO_ERROR-2"), s);
    show_select(nm(p, "select-again-1"), s, 0);
    show_select(nm(p, "select-again-2"), s, 0);
    show_poll(nm(p, "WSAPoll-1"), s);
    show_poll(nm(p, "WSAPoll-2"), s);
    show_name(nm(p, "getsockname"), s, 0);
    show_name(nm(p, "getpeername"), s, 1);
    /* send/recv: "WSAENOTCONN: The socket is not connected." (send and recv pages); Wine answers
     * WSAECONNRESET and 0, the golden file holds the documented value (overrides.json). */
    CHECK(nm(p, "send"), send(s, "x", 1, 0));
    setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, (char *)&tmo, sizeof(tmo));
    CHECK(nm(p, "recv"), recv(s, buf, sizeof(buf), 0));
    show_so_error(nm(p, "SO_ERROR-after-send-recv"), s);
    done(s, mode);

    /* Each of these on a socket of its own. */
    s = failed(p, bound, mode, 0);
    CHECK(nm(p, "shutdown"), shutdown(s, SD_BOTH));
    done(s, mode);

    s = failed(p, bound, mode, 0);
    me = loopback(0);
    CHECK(nm(p, "bind"), bind(s, (struct sockaddr *)&me, sizeof(me)));
    done(s, mode);

    /* listen: WSAEINVAL only if "The socket has not been bound with bind", WSAEISCONN if "already
     * connected" (listen page); Wine's test_select asserts that Windows listens on a bound socket
     * after a failed connect (todo_wine). Wine fails it; overrides.json has the Windows value for
     * the bound sockets. */
    s = failed(p, bound, mode, 0);
    CHECK(nm(p, "listen"), listen(s, 5));
    len = sizeof(me);
    if (getsockname(s, (struct sockaddr *)&me, &len) == 0 && me.sin_port != 0) {
        u_long zero = 0;
        if (mode == EVENTS) WSAEventSelect(s, ev, 0);
        ioctlsocket(s, FIONBIO, &zero);
        c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        r = connect(c, (struct sockaddr *)&me, sizeof(me));
        a = r ? INVALID_SOCKET : accept(s, NULL, NULL);
        SHOW(nm(p, "listen-accepts"), "%d %d", r ? ERR() : 0, a != INVALID_SOCKET);
        if (a != INVALID_SOCKET) closesocket(a);
        closesocket(c);
    }
    done(s, mode);

    /* connect again: "If the error code returned indicates the connection attempt failed (that is,
     * WSAECONNREFUSED, WSAENETUNREACH, WSAETIMEDOUT) the application can call connect again for
     * the same socket." (connect page). Wine answers WSAECONNABORTED to the first connect after a
     * failed one (its test_select marks the Windows WSAEWOULDBLOCK todo_wine); overrides.json. */
    s = failed(p, bound, mode, 0);
    CHECK(nm(p, "connect-refused-again"), connect(s, (struct sockaddr *)&dead, sizeof(dead)));
    if (mode != BLOCKING) show_completion(p, "connect-refused-again", s, mode);
    done(s, mode);

    s = failed(p, bound, mode, 0);
    CHECK(nm(p, "connect-live"), connect(s, (struct sockaddr *)&live, sizeof(live)));
    if (mode != BLOCKING) show_completion(p, "connect-live", s, mode);
    a = accept_live();
    if (a == INVALID_SOCKET) SHOW(nm(p, "connect-live-data"), "accept %d", ERR());
    else {
        if (mode != BLOCKING) { u_long zero = 0; if (mode == EVENTS) WSAEventSelect(s, ev, 0); ioctlsocket(s, FIONBIO, &zero); }
        r = send(a, "hi", 2, 0);
        len = recv_all(s, buf, 2);
        SHOW(nm(p, "connect-live-data"), "%d %d %s", r, len, text(buf, len));
        closesocket(a);
    }
    done(s, mode);
}

/* Wait until s has something to read (or 2 s). */
static void readable(SOCKET s)
{
    fd_set rs; struct timeval tv = { 2, 0 };
    FD_ZERO(&rs); FD_SET(s, &rs);
    select(0, &rs, NULL, NULL, &tv);
}

/* Bytes still queued on s, read without blocking (after waiting up to 200 ms for them). */
static int left(SOCKET s)
{
    fd_set rs; struct timeval tv = { 0, 200000 };
    u_long n = 0;
    FD_ZERO(&rs); FD_SET(s, &rs);
    select(0, &rs, NULL, NULL, &tv);
    ioctlsocket(s, FIONREAD, &n);
    return (int)n;
}

static void drain(SOCKET s)
{
    char buf[64];
    u_long n = 0, one = 1, zero = 0;
    ioctlsocket(s, FIONBIO, &one);
    while (ioctlsocket(s, FIONREAD, &n) == 0 && n > 0 && recv(s, buf, sizeof(buf), 0) > 0) {}
    ioctlsocket(s, FIONBIO, &zero);
}

static void waitall(void)
{
    SOCKET c, s;
    char buf[16];
    WSABUF wb;
    WSAOVERLAPPED ov;
    DWORD n, flags, w;
    u_long one = 1, zero = 0;
    int r;
    struct linger lg = { 1, 0 };
    DWORD tmo = 2000;  /* no blocking call below may hang the program */

    /* Non-blocking socket. recv and WSARecv pages: "if the socket is in a non-blocking mode, then
     * this call will fail with WSAEOPNOTSUPP"; Wine ignores MSG_WAITALL (overrides.json). */
    make_pair(&c, &s);
    setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, (char *)&tmo, sizeof(tmo));
    ioctlsocket(s, FIONBIO, &one);
    CHECK("waitall-nb-empty", recv(s, buf, 8, MSG_WAITALL));
    send(c, "abc", 3, 0);
    readable(s);
    memset(buf, 0, sizeof(buf));
    r = recv(s, buf, 8, MSG_WAITALL);
    SHOW("waitall-nb-short", "%d %d %s", r, r < 0 ? ERR() : 0, text(buf, r));
    SHOW("waitall-nb-short-left", "%d", left(s));
    drain(s); ioctlsocket(s, FIONBIO, &one);
    send(c, "0123456789", 10, 0);
    readable(s);
    memset(buf, 0, sizeof(buf));
    r = recv(s, buf, 8, MSG_WAITALL);
    SHOW("waitall-nb-full", "%d %d %s", r, r < 0 ? ERR() : 0, text(buf, r));
    SHOW("waitall-nb-full-left", "%d", left(s));
    drain(s); ioctlsocket(s, FIONBIO, &one);
    wb.buf = buf; wb.len = 8; n = 0x7777; flags = MSG_WAITALL;
    CHECK("WSARecv-waitall-nb-empty", WSARecv(s, &wb, 1, &n, &flags, NULL, NULL));
    send(c, "abc", 3, 0);
    readable(s);
    n = 0x7777; flags = MSG_WAITALL;
    r = WSARecv(s, &wb, 1, &n, &flags, NULL, NULL);
    SHOW("WSARecv-waitall-nb-short", "%d %d %lu", r, r ? ERR() : 0, r ? 0UL : (unsigned long)n);
    drain(s);

    /* Blocking socket: MSG_WAITALL with MSG_PEEK, all data already there. "if MSG_WAITALL is
     * specified along with MSG_OOB, MSG_PEEK, or MSG_PARTIAL, then this call will fail with
     * WSAEOPNOTSUPP" (recv and WSARecv pages; overrides.json). */
    ioctlsocket(s, FIONBIO, &zero);
    send(c, "0123456789", 10, 0);
    readable(s);
    SHOW("waitall-queued", "%d", left(s));
    CHECK("waitall-peek", recv(s, buf, 4, MSG_WAITALL | MSG_PEEK));
    n = 0x7777; flags = MSG_WAITALL | MSG_PEEK;
    r = WSARecv(s, &wb, 1, &n, &flags, NULL, NULL);
    SHOW("WSARecv-waitall-peek", "%d %d", r, r ? ERR() : (int)n);
    memset(buf, 0, sizeof(buf));
    r = recv(s, buf, 10, MSG_WAITALL);
    SHOW("waitall-blocking-all-there", "%d %s", r, text(buf, r));
    /* The peer closes gracefully after fewer bytes than asked for. */
    send(c, "abc", 3, 0);
    shutdown(c, SD_SEND);
    memset(buf, 0, sizeof(buf));
    r = recv(s, buf, 8, MSG_WAITALL);
    SHOW("waitall-peer-shutdown", "%d %d %s", r, r < 0 ? ERR() : 0, text(buf, r));
    CHECK("waitall-peer-shutdown-next", recv(s, buf, 8, MSG_WAITALL));
    closesocket(c);
    closesocket(s);

    /* The peer resets (abortive close) with nothing left unread. recv page: "If the connection has
     * been reset, a recv will fail with the error WSAECONNRESET." Wine returns 0 (overrides.json). */
    make_pair(&c, &s);
    setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, (char *)&tmo, sizeof(tmo));
    send(c, "abc", 3, 0);
    recv_all(s, buf, 3);
    setsockopt(c, SOL_SOCKET, SO_LINGER, (char *)&lg, sizeof(lg));
    closesocket(c);
    Sleep(100);
    CHECK("waitall-peer-reset", recv(s, buf, 8, MSG_WAITALL));
    CHECK("waitall-peer-reset-again", recv(s, buf, 8, MSG_WAITALL));
    closesocket(s);

    /* Overlapped WSARecv with MSG_WAITALL on a blocking socket. WSARecv page: "The receive request
     * will complete only when one of the following events occurs: The buffer supplied by the caller
     * is completely full. The connection has been closed. The request has been canceled or an error
     * occurred." Wine completes it with the first 3 bytes (overrides.json). */
    make_pair(&c, &s);
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = WSACreateEvent();
    memset(buf, 0, sizeof(buf));
    wb.buf = buf; wb.len = 8; n = 0x7777; flags = MSG_WAITALL;
    CHECK("ov-waitall-post", WSARecv(s, &wb, 1, &n, &flags, &ov, NULL));
    send(c, "abc", 3, 0);
    w = WaitForSingleObject(ov.hEvent, 300);
    SHOW("ov-waitall-after-3-bytes", "%lu", (unsigned long)w);
    send(c, "defgh", 5, 0);
    w = WaitForSingleObject(ov.hEvent, 2000);
    n = 0x7777; flags = 0x7777;
    r = WSAGetOverlappedResult(s, &ov, &n, FALSE, &flags);
    SHOW("ov-waitall-result", "%lu %d %lu %s", (unsigned long)w, r, (unsigned long)n, text(buf, r ? (int)n : 0));
    SHOW("ov-waitall-left", "%d", left(s));
    drain(s);
    /* Peer closes gracefully while it is pending. */
    WSAResetEvent(ov.hEvent);
    memset(buf, 0, sizeof(buf));
    wb.buf = buf; wb.len = 8; n = 0x7777; flags = MSG_WAITALL;
    CHECK("ov-waitall-close-post", WSARecv(s, &wb, 1, &n, &flags, &ov, NULL));
    send(c, "xyz", 3, 0);
    shutdown(c, SD_SEND);
    w = WaitForSingleObject(ov.hEvent, 2000);
    n = 0x7777; flags = 0x7777;
    r = WSAGetOverlappedResult(s, &ov, &n, FALSE, &flags);
    SHOW("ov-waitall-close-result", "%lu %d %lu %s", (unsigned long)w, r, (unsigned long)n, text(buf, r ? (int)n : 0));
    WSACloseEvent(ov.hEvent);
    closesocket(c);
    closesocket(s);
}

/* setsockopt with optlen `len`, then the option read back into 4 bytes prefilled with 0xEE:
 * "set-ret set-err get-ret value optlen". For a BOOL the buffer's only nonzero byte is byte
 * len-1, so TRUE means setsockopt read that far (optlen 0: all zero, the option TRUE before);
 * `garbage` makes byte 0 zero and bytes 1..7 0xFF instead (TRUE means it read past optlen).
 * For an int the buffer holds `value` in bytes 0..3 and 0xFF after. */
static void set_len(const char *name, SOCKET s, int level, int opt, int is_bool, int garbage, DWORD value, int len)
{
    unsigned char b[8];
    DWORD got = 0xEEEEEEEE, start = len == 0;
    int r, e, gl = 4, g;
    if (is_bool) {
        setsockopt(s, level, opt, (char *)&start, 4);
        memset(b, 0, sizeof(b));
        if (garbage) memset(b + 1, 0xFF, 7);
        else if (len > 0) b[len - 1] = 1;
    } else { memcpy(b, &value, 4); memset(b + 4, 0xFF, 4); }
    WSASetLastError(0);
    r = setsockopt(s, level, opt, (char *)b, len);
    e = r ? ERR() : 0;
    g = getsockopt(s, level, opt, (char *)&got, &gl);
    SHOW(name, "%d %d %d 0x%08lx %d", r, e, g, (unsigned long)got, gl);
}

static void set_lens(const char *opt_name, SOCKET s, int level, int opt, int is_bool, DWORD value)
{
    static const int lens[] = { 0, 1, 2, 3, 4, 8 };
    char name[64];
    unsigned i;
    if (!is_bool) setsockopt(s, level, opt, (char *)&value, 4);  /* what a failed set leaves */
    for (i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
        snprintf(name, sizeof(name), "set-%s-len%d", opt_name, lens[i]);
        set_len(name, s, level, opt, is_bool, 0, value + 1 + i, lens[i]);
    }
    if (is_bool) {
        snprintf(name, sizeof(name), "set-%s-len1-garbage", opt_name);
        set_len(name, s, level, opt, 1, 1, 0, 1);
    }
}

/* getsockopt with *optlen `len` into 8 bytes prefilled with 0xEE: "ret err optlen b0..b7". */
static void get_lens(const char *opt_name, SOCKET s, int level, int opt)
{
    static const int lens[] = { 0, 1, 2, 3, 4, 8 };
    char name[64];
    unsigned char b[8];
    unsigned i;
    int r, e, gl;
    for (i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
        memset(b, 0xEE, sizeof(b));
        gl = lens[i];
        WSASetLastError(0);
        r = getsockopt(s, level, opt, (char *)b, &gl);
        e = r ? ERR() : 0;
        snprintf(name, sizeof(name), "get-%s-len%d", opt_name, lens[i]);
        SHOW(name, "%d %d %d %02x%02x%02x%02x%02x%02x%02x%02x", r, e, gl, b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]);
    }
}

/* The expected Windows results for optlen 1, 2, 4 and 8 are the table in Wine's
 * dlls/ws2_32/tests/sock.c test_set_getsockopt (test_optsize), which Wine passes: SO_KEEPALIVE,
 * TCP_NODELAY and IPV6_V6ONLY are one byte (only byte 0 is read, getsockopt writes 1 byte and
 * sets *optlen 1); SOL_SOCKET BOOLs such as SO_REUSEADDR accept optlen 0; ints need 4 bytes. */
static void options(void)
{
    SOCKET t = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    SOCKET u = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    SOCKET t6 = socket(AF_INET6, SOCK_STREAM, IPPROTO_TCP);
    DWORD v;
    struct linger lg;
    unsigned char b[8];
    int r, e, len;

    set_lens("SO_KEEPALIVE", t, SOL_SOCKET, SO_KEEPALIVE, 1, 0);
    set_lens("SO_REUSEADDR", t, SOL_SOCKET, SO_REUSEADDR, 1, 0);
    set_lens("TCP_NODELAY", t, IPPROTO_TCP, TCP_NODELAY, 1, 0);
    set_lens("SO_BROADCAST", u, SOL_SOCKET, SO_BROADCAST, 1, 0);
    set_lens("SO_DONTLINGER", t, SOL_SOCKET, SO_DONTLINGER, 1, 0);
    if (t6 != INVALID_SOCKET) set_lens("IPV6_V6ONLY", t6, IPPROTO_IPV6, IPV6_V6ONLY, 1, 0);
    set_lens("SO_RCVTIMEO", t, SOL_SOCKET, SO_RCVTIMEO, 0, 1000);
    set_lens("SO_SNDBUF", t, SOL_SOCKET, SO_SNDBUF, 0, 8192);
    /* A BOOL given as 4 bytes 0x00000100: nonzero as an int, zero in its first byte. */
    v = 0x100;
    set_len("set-SO_KEEPALIVE-0x100", t, SOL_SOCKET, SO_KEEPALIVE, 0, 0, v, 4);
    set_len("set-SO_REUSEADDR-0x100", t, SOL_SOCKET, SO_REUSEADDR, 0, 0, v, 4);
    set_len("set-TCP_NODELAY-0x100", t, IPPROTO_TCP, TCP_NODELAY, 0, 0, v, 4);
    set_len("set-SO_DONTLINGER-0x100", t, SOL_SOCKET, SO_DONTLINGER, 0, 0, v, 4);
    /* SO_LINGER: a 4-byte struct linger at each optlen. */
    {
        static const int lens[] = { 0, 1, 2, 3, 4, 8 };
        unsigned i;
        char name[64];
        for (i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
            lg.l_onoff = 0; lg.l_linger = 0;
            setsockopt(t, SOL_SOCKET, SO_LINGER, (char *)&lg, sizeof(lg));
            memset(b, 0xFF, sizeof(b));
            lg.l_onoff = 1; lg.l_linger = (u_short)(5 + i);
            memcpy(b, &lg, sizeof(lg));
            WSASetLastError(0);
            r = setsockopt(t, SOL_SOCKET, SO_LINGER, (char *)b, lens[i]);
            e = r ? ERR() : 0;
            memset(&lg, 0xEE, sizeof(lg));
            len = sizeof(lg);
            getsockopt(t, SOL_SOCKET, SO_LINGER, (char *)&lg, &len);
            snprintf(name, sizeof(name), "set-SO_LINGER-len%d", lens[i]);
            SHOW(name, "%d %d %u %u %d", r, e, lg.l_onoff, lg.l_linger, len);
        }
    }

    /* getsockopt at each *optlen: a 1-byte BOOL (SO_KEEPALIVE), a 4-byte BOOL (SO_REUSEADDR),
     * ints (SO_RCVTIMEO, SO_SNDBUF), SO_ERROR, SO_LINGER. */
    v = 1;
    setsockopt(t, SOL_SOCKET, SO_KEEPALIVE, (char *)&v, 4);
    setsockopt(t, SOL_SOCKET, SO_REUSEADDR, (char *)&v, 4);
    setsockopt(t, IPPROTO_TCP, TCP_NODELAY, (char *)&v, 4);
    v = 0x01020304;
    setsockopt(t, SOL_SOCKET, SO_RCVTIMEO, (char *)&v, 4);
    v = 0x4000;
    setsockopt(t, SOL_SOCKET, SO_SNDBUF, (char *)&v, 4);
    lg.l_onoff = 1; lg.l_linger = 0x0203;
    setsockopt(t, SOL_SOCKET, SO_LINGER, (char *)&lg, sizeof(lg));
    get_lens("SO_KEEPALIVE", t, SOL_SOCKET, SO_KEEPALIVE);
    get_lens("TCP_NODELAY", t, IPPROTO_TCP, TCP_NODELAY);
    get_lens("SO_REUSEADDR", t, SOL_SOCKET, SO_REUSEADDR);
    get_lens("SO_RCVTIMEO", t, SOL_SOCKET, SO_RCVTIMEO);
    get_lens("SO_SNDBUF", t, SOL_SOCKET, SO_SNDBUF);
    get_lens("SO_ERROR", t, SOL_SOCKET, SO_ERROR);
    get_lens("SO_LINGER", t, SOL_SOCKET, SO_LINGER);
    closesocket(t);
    closesocket(u);
    if (t6 != INVALID_SOCKET) closesocket(t6);
}

int main(void)
{
    SOCKET d;

    start();
    listener = make_listener(&live);
    d = make_listener(&dead);
    closesocket(d);

    after_failed_connect("blocking-unbound", 0, BLOCKING);
    after_failed_connect("blocking-bound", 1, BLOCKING);
    after_failed_connect("nonblocking-unbound", 0, NONBLOCKING);
    after_failed_connect("nonblocking-bound", 1, NONBLOCKING);
    after_failed_connect("events-unbound", 0, EVENTS);
    after_failed_connect("events-bound", 1, EVENTS);
    closesocket(listener);

    waitall();
    options();
    CHECK("cleanup", WSACleanup());
    return 0;
}
