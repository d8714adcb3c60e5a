/* TCP behaviour against Windows rules: blocking and non-blocking I/O, scatter/gather,
 * peeking, closes and resets, timeouts, backpressure. */
#include "common.h"

static int send_all(SOCKET s, const char *p, int len)
{
    int done = 0;
    while (done < len) {
        int n = send(s, p + done, len - done, 0);
        if (n == SOCKET_ERROR) return SOCKET_ERROR;
        done += n;
    }
    return done;
}

int main(void)
{
    WSADATA wsa;
    SOCKET c, s, l;
    struct sockaddr_in addr, name;
    int len, n, i;
    char buf[256];
    DWORD sent = 0, got = 0, flags = 0;
    u_long on = 1, avail = 0;

    WSAStartup(MAKEWORD(2, 2), &wsa);

    /* Addresses of a connected pair. */
    l = make_listener(&addr);
    SHOW("listener-port-nonzero", "%d", ntohs(addr.sin_port) != 0);
    c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    CHECK("connect", connect(c, (struct sockaddr *)&addr, sizeof(addr)));
    CHECK("connect-again", connect(c, (struct sockaddr *)&addr, sizeof(addr)));
    len = sizeof(name);
    s = accept(l, (struct sockaddr *)&name, &len);
    SHOW("accept-ok", "%d", s != INVALID_SOCKET);
    SHOW("accept-addrlen", "%d", len);
    SHOW("accept-peer", "%s", inet_ntoa(name.sin_addr));
    len = sizeof(name);
    getpeername(c, (struct sockaddr *)&name, &len);
    SHOW("peer-port-matches", "%d", name.sin_port == addr.sin_port);
    len = 4;
    CHECK("getsockname-short", getsockname(c, (struct sockaddr *)&name, &len));
    {
        int type = 0, optlen = sizeof(type), acc = -1;
        getsockopt(c, SOL_SOCKET, SO_TYPE, (char *)&type, &optlen);
        SHOW("so-type", "%d", type);
        optlen = sizeof(acc);
        getsockopt(l, SOL_SOCKET, SO_ACCEPTCONN, (char *)&acc, &optlen);
        SHOW("so-acceptconn-listener", "%d", acc);
        optlen = sizeof(acc);
        getsockopt(c, SOL_SOCKET, SO_ACCEPTCONN, (char *)&acc, &optlen);
        SHOW("so-acceptconn-client", "%d", acc);
        optlen = sizeof(acc);
        getsockopt(c, SOL_SOCKET, SO_SNDBUF, (char *)&acc, &optlen);
        SHOW("so-sndbuf-default", "%d", acc);
        CHECK("getsockopt-unknown", getsockopt(c, SOL_SOCKET, 0x7777, (char *)&acc, &optlen));
        optlen = 2;
        CHECK("getsockopt-short", getsockopt(c, SOL_SOCKET, SO_SNDBUF, (char *)&acc, &optlen));
    }

    /* "It allows multiple send buffers to be specified making it applicable to the scatter/gather type of I/O." */
    {
        WSABUF out[3], in[2];
        char a[] = "scatter-", b[] = "gather-", d[] = "io";
        char x[10], y[32];
        out[0].buf = a; out[0].len = 8;
        out[1].buf = b; out[1].len = 7;
        out[2].buf = d; out[2].len = 2;
        CHECK("WSASend-3-buffers", WSASend(c, out, 3, &sent, 0, NULL, NULL));
        SHOW("WSASend-bytes-sent", "%lu", (unsigned long)sent);
        /* MSG_WAITALL: the receive completes only when the buffer is full. */
        n = recv(s, x, 10, MSG_PEEK | 0);
        SHOW("peek-nonzero", "%d", n > 0);
        n = recv(s, x, 4, MSG_WAITALL);
        SHOW("waitall-4", "%d", n);
        in[0].buf = x + 4; in[0].len = 6;
        in[1].buf = y; in[1].len = sizeof(y);
        flags = 0;
        got = 0;
        /* Read the remaining 13 bytes across two WSABUFs (may arrive in pieces). */
        {
            DWORD total = 0;
            while (total < 13) {
                WSABUF rest[2];
                int k = 0;
                if (total < 6) { rest[k].buf = in[0].buf + total; rest[k].len = 6 - total; k++; rest[k] = in[1]; k++; }
                else { rest[k].buf = y + (total - 6); rest[k].len = sizeof(y) - (total - 6); k++; }
                flags = 0;
                if (WSARecv(s, rest, k, &got, &flags, NULL, NULL) == SOCKET_ERROR) break;
                total += got;
            }
            SHOW("WSARecv-total", "%lu", (unsigned long)total);
        }
        SHOW("WSARecv-first", "%.10s", x);
        SHOW("WSARecv-second", "%.7s", y);
        SHOW("WSARecv-flags-out", "%lu", (unsigned long)flags);
    }

    /* FIONREAD and MSG_PEEK leave the data in place. */
    send_all(c, "0123456789", 10);
    for (i = 0; i < 100; i++) {
        fd_set r;
        struct timeval tv = { 1, 0 };
        FD_ZERO(&r); FD_SET(s, &r);
        select(0, &r, NULL, NULL, &tv);
        ioctlsocket(s, FIONREAD, &avail);
        if (avail >= 10) break;
    }
    SHOW("fionread", "%lu", avail);
    n = recv(s, buf, 3, MSG_PEEK);
    SHOW("peek-3", "%.*s", n, buf);
    n = recv(s, buf, 10, 0);
    SHOW("after-peek", "%.*s", n, buf);

    /* select: readable after data, writable when connected, timeout when idle. */
    {
        fd_set r, w;
        struct timeval tv = { 0, 200000 };
        FD_ZERO(&r); FD_SET(s, &r);
        FD_ZERO(&w); FD_SET(c, &w);
        n = select(0, &r, &w, NULL, &tv);
        SHOW("select-idle-count", "%d", n);
        SHOW("select-idle-readable", "%d", FD_ISSET(s, &r) != 0);
        SHOW("select-writable", "%d", FD_ISSET(c, &w) != 0);
        FD_ZERO(&r); FD_SET(s, &r);
        tv.tv_sec = 0; tv.tv_usec = 100000;
        n = select(0, &r, NULL, NULL, &tv);
        SHOW("select-timeout", "%d", n);
    }

    /* SO_RCVTIMEO (milliseconds on Windows) expires with WSAETIMEDOUT. */
    {
        DWORD ms = 150;
        DWORD t0 = GetTickCount(), waited;
        setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, (const char *)&ms, sizeof(ms));
        CHECK("rcvtimeo-recv", recv(s, buf, sizeof(buf), 0));
        waited = GetTickCount() - t0;
        SHOW("rcvtimeo-waited-at-least-100ms", "%d", waited >= 100);
        ms = 0;
        setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, (const char *)&ms, sizeof(ms));
    }

    /* Non-blocking: WSAEWOULDBLOCK, then a partial send when the buffer has room for only part. */
    ioctlsocket(c, FIONBIO, &on);
    CHECK("nonblocking-recv", recv(c, buf, sizeof(buf), 0));
    {
        static char chunk[65536];
        long long total = 0;
        int last = 0, partial = 0, wouldblock = 0;
        int sndbuf = 8192;
        setsockopt(c, SOL_SOCKET, SO_SNDBUF, (const char *)&sndbuf, sizeof(sndbuf));
        memset(chunk, 'x', sizeof(chunk));
        for (i = 0; i < 100000 && total < (256LL << 20); i++) {
            n = send(c, chunk, 5000, 0);
            if (n == SOCKET_ERROR) {
                last = WSAGetLastError();
                if (last == WSAEWOULDBLOCK) { wouldblock = 1; break; }
                break;
            }
            if (n < 5000) partial = 1;
            total += n;
        }
        /* "If the socket is nonblocking and stream oriented, and there is not sufficient space in the transport's buffer,
            WSASend will return with only part of the application's buffers having been consumed." */
        SHOW("nonblocking-send-wouldblock", "%d", wouldblock);
        SHOW("nonblocking-send-partial-seen", "%d", partial);
        SHOW("nonblocking-send-bounded", "%d", total < (64LL << 20));
        /* Drain on the other side; everything sent arrives, in order. */
        {
            long long received = 0;
            int ok = 1;
            u_long off = 0;
            ioctlsocket(s, FIONBIO, &off);
            while (received < total) {
                n = recv(s, chunk, sizeof(chunk), 0);
                if (n <= 0) { ok = 0; break; }
                for (i = 0; i < n; i++) if (chunk[i] != 'x') ok = 0;
                received += n;
            }
            SHOW("nonblocking-send-all-arrived", "%d", ok && received == total);
        }
    }
    {
        u_long off = 0;
        ioctlsocket(c, FIONBIO, &off);
    }

    /* Graceful close: recv returns 0 once the data is read. */
    send_all(s, "bye", 3);
    shutdown(s, SD_SEND);
    n = recv(c, buf, sizeof(buf), MSG_WAITALL);
    SHOW("before-close-data", "%d", n);
    CHECK("graceful-close-recv", recv(c, buf, sizeof(buf), 0));
    /* Half-close: the other direction still works. */
    CHECK("half-closed-send", send(c, "still", 5, 0));
    n = recv(s, buf, 5, MSG_WAITALL);
    SHOW("half-closed-recv", "%d", n);
    closesocket(c);
    closesocket(s);

    /* A reset (SO_LINGER with a zero timeout) gives WSAECONNRESET. */
    make_pair(&c, &s);
    {
        struct linger lg = { 1, 0 };
        setsockopt(s, SOL_SOCKET, SO_LINGER, (const char *)&lg, sizeof(lg));
        closesocket(s);
        CHECK("reset-recv", recv(c, buf, sizeof(buf), 0));
        CHECK("reset-recv-again", recv(c, buf, sizeof(buf), 0));
        closesocket(c);
    }

    /* A refused connect: nothing listens on the port of a closed listener. */
    closesocket(l);
    {
        SOCKET r = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        CHECK("refused-connect-closed-listener", connect(r, (struct sockaddr *)&addr, sizeof(addr)));
        closesocket(r);
    }

    /* A non-blocking connect: WSAEWOULDBLOCK, then writable in select. */
    {
        struct sockaddr_in a2;
        SOCKET l2 = make_listener(&a2), r = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        fd_set w, e;
        struct timeval tv = { 2, 0 };
        ioctlsocket(r, FIONBIO, &on);
        CHECK("nonblocking-connect", connect(r, (struct sockaddr *)&a2, sizeof(a2)));
        CHECK("nonblocking-connect-again", connect(r, (struct sockaddr *)&a2, sizeof(a2)));
        FD_ZERO(&w); FD_SET(r, &w);
        FD_ZERO(&e); FD_SET(r, &e);
        n = select(0, NULL, &w, &e, &tv);
        SHOW("nonblocking-connect-select", "%d", n);
        SHOW("nonblocking-connect-writable", "%d", FD_ISSET(r, &w) != 0);
        closesocket(r);
        closesocket(l2);
        /* ...and a failed one shows in exceptfds, with SO_ERROR set. */
        r = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        ioctlsocket(r, FIONBIO, &on);
        connect(r, (struct sockaddr *)&a2, sizeof(a2));
        FD_ZERO(&w); FD_SET(r, &w);
        FD_ZERO(&e); FD_SET(r, &e);
        tv.tv_sec = 5;
        n = select(0, NULL, &w, &e, &tv);
        SHOW("failed-connect-select", "%d", n);
        SHOW("failed-connect-except", "%d", FD_ISSET(r, &e) != 0);
        {
            int err = 0, optlen = sizeof(err);
            getsockopt(r, SOL_SOCKET, SO_ERROR, (char *)&err, &optlen);
            SHOW("failed-connect-so-error", "%d", err);
        }
        closesocket(r);
    }

    /* bind conflicts. */
    {
        struct sockaddr_in a3;
        SOCKET l3 = make_listener(&a3), b = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        CHECK("bind-in-use", bind(b, (struct sockaddr *)&a3, sizeof(a3)));
        CHECK("listen-unbound", listen(b, 5));
        closesocket(b);
        closesocket(l3);
    }

    WSACleanup();
    printf("done: 1\n");
    return 0;
}
