/* UDP behaviour: datagrams keep their boundaries, truncation, connected sockets, limits. */
#include "common.h"

int main(void)
{
    WSADATA wsa;
    SOCKET a, b;
    struct sockaddr_in aa, ba, from;
    int len, n, fromlen, maxmsg = 0;
    char buf[64];
    WSABUF wb[2];
    DWORD sent = 0, got = 0, flags = 0;
    DWORD timeout = 2000;

    WSAStartup(MAKEWORD(2, 2), &wsa);
    a = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    b = socket(AF_INET, SOCK_DGRAM, 0);
    memset(&aa, 0, sizeof(aa));
    aa.sin_family = AF_INET;
    aa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ba = aa;
    CHECK("bind-a", bind(a, (struct sockaddr *)&aa, sizeof(aa)));
    CHECK("bind-a-again", bind(a, (struct sockaddr *)&aa, sizeof(aa)));
    CHECK("bind-b", bind(b, (struct sockaddr *)&ba, sizeof(ba)));
    len = sizeof(aa); getsockname(a, (struct sockaddr *)&aa, &len);
    len = sizeof(ba); getsockname(b, (struct sockaddr *)&ba, &len);
    SHOW("ports-assigned", "%d", aa.sin_port != 0 && ba.sin_port != 0);
    setsockopt(a, SOL_SOCKET, SO_RCVTIMEO, (const char *)&timeout, sizeof(timeout));
    setsockopt(b, SOL_SOCKET, SO_RCVTIMEO, (const char *)&timeout, sizeof(timeout));

    len = sizeof(maxmsg);
    getsockopt(a, SOL_SOCKET, SO_MAX_MSG_SIZE, (char *)&maxmsg, &len);
    SHOW("so-max-msg-size", "%d", maxmsg);

    /* Boundaries are kept: two datagrams, two receives. */
    CHECK("sendto-1", sendto(a, "first", 5, 0, (struct sockaddr *)&ba, sizeof(ba)));
    CHECK("sendto-2", sendto(a, "second!", 7, 0, (struct sockaddr *)&ba, sizeof(ba)));
    fromlen = sizeof(from);
    n = recvfrom(b, buf, sizeof(buf), 0, (struct sockaddr *)&from, &fromlen);
    SHOW("recvfrom-1", "%.*s", n, buf);
    SHOW("recvfrom-1-fromlen", "%d", fromlen);
    SHOW("recvfrom-1-from-port-matches", "%d", from.sin_port == aa.sin_port);
    n = recvfrom(b, buf, sizeof(buf), 0, NULL, NULL);
    SHOW("recvfrom-2", "%.*s", n, buf);

    /* A datagram into a smaller buffer: WSAEMSGSIZE, the buffer filled, the rest discarded. */
    sendto(a, "0123456789", 10, 0, (struct sockaddr *)&ba, sizeof(ba));
    sendto(a, "next", 4, 0, (struct sockaddr *)&ba, sizeof(ba));
    memset(buf, 0, sizeof(buf));
    CHECK("truncated-recvfrom", recvfrom(b, buf, 4, 0, NULL, NULL));
    SHOW("truncated-buffer", "%.4s", buf);
    n = recvfrom(b, buf, sizeof(buf), 0, NULL, NULL);
    SHOW("after-truncated", "%.*s", n, buf);

    /* Scatter/gather on a datagram socket: WSASendTo of two buffers is one datagram. */
    wb[0].buf = "two-"; wb[0].len = 4;
    wb[1].buf = "parts"; wb[1].len = 5;
    CHECK("WSASendTo-2-buffers", WSASendTo(a, wb, 2, &sent, 0, (struct sockaddr *)&ba, sizeof(ba), NULL, NULL));
    SHOW("WSASendTo-bytes", "%lu", (unsigned long)sent);
    n = recv(b, buf, sizeof(buf), 0);
    SHOW("WSASendTo-one-datagram", "%.*s", n, buf);

    /* "It may also be used, however, on connectionless sockets which have a stipulated default peer address
        established through the connect or WSAConnect function." */
    CHECK("connect-udp", connect(a, (struct sockaddr *)&ba, sizeof(ba)));
    wb[0].buf = "via-"; wb[0].len = 4;
    wb[1].buf = "WSASend"; wb[1].len = 7;
    CHECK("WSASend-connected-udp", WSASend(a, wb, 2, &sent, 0, NULL, NULL));
    SHOW("WSASend-connected-udp-bytes", "%lu", (unsigned long)sent);
    wb[0].buf = buf; wb[0].len = 5;
    wb[1].buf = buf + 5; wb[1].len = sizeof(buf) - 5;
    flags = 0;
    CHECK("WSARecvFrom-udp", WSARecvFrom(b, wb, 2, &got, &flags, NULL, NULL, NULL, NULL));
    SHOW("WSARecvFrom-udp-data", "%.*s", (int)got, buf);
    CHECK("send-connected-udp", send(a, "plain", 5, 0));
    n = recv(b, buf, sizeof(buf), 0);
    SHOW("recv-connected-udp", "%.*s", n, buf);
    len = sizeof(from);
    CHECK("getpeername-udp", getpeername(a, (struct sockaddr *)&from, &len));

    /* A connected datagram socket takes datagrams from its peer only. */
    {
        SOCKET c = socket(AF_INET, SOCK_DGRAM, 0);
        sendto(c, "stranger", 8, 0, (struct sockaddr *)&aa, sizeof(aa));
        sendto(b, "peer", 4, 0, (struct sockaddr *)&aa, sizeof(aa));
        n = recv(a, buf, sizeof(buf), 0);
        SHOW("connected-filters", "%.*s", n, buf);
        closesocket(c);
    }

    /* The largest datagram goes through whole. */
    {
        char *big = (char *)malloc(65507), *back = (char *)malloc(65507);
        int sndbuf = 1 << 20, i, ok = 1;
        setsockopt(b, SOL_SOCKET, SO_RCVBUF, (const char *)&sndbuf, sizeof(sndbuf));
        for (i = 0; i < 65507; i++) big[i] = (char)(i * 7);
        CHECK("max-datagram-sendto", sendto(a, big, 65507, 0, (struct sockaddr *)&ba, sizeof(ba)));
        n = recv(b, back, 65507, 0);
        for (i = 0; i < n; i++) if (back[i] != big[i]) ok = 0;
        SHOW("max-datagram-recv", "%d", n);
        SHOW("max-datagram-intact", "%d", ok);
        free(big); free(back);
    }

    /* Timeout on an empty socket. */
    timeout = 100;
    setsockopt(b, SOL_SOCKET, SO_RCVTIMEO, (const char *)&timeout, sizeof(timeout));
    CHECK("udp-rcvtimeo", recv(b, buf, sizeof(buf), 0));

    /* Non-blocking and FIONREAD. */
    {
        u_long on = 1, avail = 0;
        fd_set r;
        struct timeval tv = { 2, 0 };
        ioctlsocket(b, FIONBIO, &on);
        CHECK("udp-wouldblock", recv(b, buf, sizeof(buf), 0));
        sendto(a, "12345", 5, 0, (struct sockaddr *)&ba, sizeof(ba));
        FD_ZERO(&r); FD_SET(b, &r);
        SHOW("udp-select", "%d", select(0, &r, NULL, NULL, &tv));
        ioctlsocket(b, FIONREAD, &avail);
        SHOW("udp-fionread", "%lu", avail);
    }

    closesocket(a);
    closesocket(b);
    WSACleanup();
    printf("done: 1\n");
    return 0;
}
