/* WSASend error codes and flags (shared/reference/WSASend.txt, "Error Codes" and dwFlags),
 * non-overlapped, TCP and UDP. */
#include "conf.h"

int main(void)
{
    SOCKET c, s, u, v;
    char buf[64] = "hello";
    WSABUF wb[2];
    DWORD n = 0;
    struct sockaddr_in ua, va, bc;
    char *big;
    int i, r;

    wb[0].buf = buf; wb[0].len = 5;
    /* WSANOTINITIALISED: "A successful WSAStartup must occur before using this function."
     * Wine answers WSAENOTSOCK; the golden file holds the Windows value (overrides.json). */
    CHECK("before-startup-WSASend", WSASend(0x100, wb, 1, &n, 0, NULL, NULL));
    CHECK("before-startup-socket", socket(AF_INET, SOCK_STREAM, 0) == INVALID_SOCKET ? SOCKET_ERROR : 0);
    start();

    /* WSAENOTSOCK: "The descriptor is not a socket." */
    CHECK("notsock-WSASend", WSASend(0x12345678, wb, 1, &n, 0, NULL, NULL));
    CHECK("notsock-send", send(0x12345678, buf, 5, 0));
    CHECK("invalid-socket-WSASend", WSASend(INVALID_SOCKET, wb, 1, &n, 0, NULL, NULL));

    /* WSAENOTCONN: "The socket is not connected." Wine answers WSAECONNRESET; the golden file
     * holds the Windows value (overrides.json). */
    c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    CHECK("notconn-tcp-WSASend", WSASend(c, wb, 1, &n, 0, NULL, NULL));
    CHECK("notconn-tcp-send", send(c, buf, 5, 0));
    closesocket(c);

    make_pair(&c, &s);
    /* WSAEFAULT: "The lpBuffers argument is not totally contained in a valid part of the user address space." */
    CHECK("fault-lpBuffers", WSASend(c, (LPWSABUF)(UINT_PTR)0xFFFFFF00u, 1, &n, 0, NULL, NULL));
    wb[0].buf = (char *)(UINT_PTR)0xFFFFFF00u; wb[0].len = 1024;
    CHECK("fault-buffer", WSASend(c, wb, 1, &n, 0, NULL, NULL));
    CHECK("fault-send-buffer", send(c, (char *)(UINT_PTR)0xFFFFFF00u, 1024, 0));
    wb[0].buf = buf; wb[0].len = 5;

    /* dwFlags: MSG_PARTIAL "WSAEOPNOTSUPP will be returned by transports which do not support partial message transmissions."
     * (Error Codes: WSAEOPNOTSUPP "... MSG_PARTIAL is not supported"). TCP is a stream: Wine ignores
     * the flag and sends; the golden file holds WSAEOPNOTSUPP (overrides.json). */
    CHECK("tcp-MSG_PARTIAL", WSASend(c, wb, 1, &n, MSG_PARTIAL, NULL, NULL));
    /* MSG_DONTROUTE: "A Windows Sockets service provider can choose to ignore this flag." */
    n = 0;
    CHECK("tcp-MSG_DONTROUTE", WSASend(c, wb, 1, &n, MSG_DONTROUTE, NULL, NULL));
    SHOW("tcp-MSG_DONTROUTE-bytes", "%lu", (unsigned long)n);
    SHOW("tcp-MSG_DONTROUTE-received", "%d", recv_all(s, buf + 10, 5));
    /* MSG_OOB: "Send out-of-band data on a stream-style socket such as SOCK_STREAM only." */
    n = 0;
    CHECK("tcp-MSG_OOB", WSASend(c, wb, 1, &n, MSG_OOB, NULL, NULL));
    SHOW("tcp-MSG_OOB-bytes", "%lu", (unsigned long)n);
    /* The socket is untouched by the failures above. */
    wb[0].buf = buf; wb[0].len = 3; wb[1].buf = buf + 3; wb[1].len = 2;
    n = 0;
    CHECK("valid-after-errors", WSASend(c, wb, 2, &n, 0, NULL, NULL));
    SHOW("valid-after-errors-bytes", "%lu", (unsigned long)n);

    /* WSAESHUTDOWN: "not possible to WSASend on a socket after shutdown has been invoked with how set to SD_SEND or SD_BOTH." */
    CHECK("shutdown-SD_SEND", shutdown(c, SD_SEND));
    CHECK("after-SD_SEND-WSASend", WSASend(c, wb, 1, &n, 0, NULL, NULL));
    CHECK("after-SD_SEND-send", send(c, buf, 5, 0));
    /* WSAEINVAL for a bad how. */
    CHECK("shutdown-bad-how", shutdown(c, 7));
    closesocket(c);
    closesocket(s);
    make_pair(&c, &s);
    CHECK("shutdown-SD_BOTH", shutdown(c, SD_BOTH));
    CHECK("after-SD_BOTH-WSASend", WSASend(c, wb, 1, &n, 0, NULL, NULL));
    closesocket(c);
    closesocket(s);

    /* WSAEWOULDBLOCK: "Nonoverlapped sockets: The socket is marked as nonblocking and the send operation cannot be completed immediately." */
    make_pair(&c, &s);
    {
        u_long on = 1;
        static char chunk[65536];
        int reached = 0, err = 0, partial_ok = 1;
        ioctlsocket(c, FIONBIO, &on);
        wb[0].buf = chunk; wb[0].len = sizeof(chunk);
        for (i = 0; i < 4096 && !reached; i++) {
            n = 0;
            r = WSASend(c, wb, 1, &n, 0, NULL, NULL);
            if (r == SOCKET_ERROR) { reached = 1; err = WSAGetLastError(); }
            else if (n == 0 || n > sizeof(chunk)) partial_ok = 0;
        }
        SHOW("nonblocking-full-wouldblock", "%d %d", reached, err);
        SHOW("nonblocking-byte-counts-sane", "%d", partial_ok);
        CHECK("nonblocking-recv-empty", recv(s, buf, 0, 0));
    }
    closesocket(c);
    closesocket(s);

    /* WSAECONNRESET: "The virtual circuit was reset by the remote side." */
    make_pair(&c, &s);
    {
        struct linger lg = { 1, 0 };
        setsockopt(s, SOL_SOCKET, SO_LINGER, (char *)&lg, sizeof(lg));
        closesocket(s);
        /* recv: "WSAECONNRESET: The virtual circuit was reset by the remote side executing a hard or
         * abortive close." Wine returns 0; the golden file holds the Windows value (overrides.json). */
        CHECK("reset-recv", recv(c, buf, sizeof(buf), 0));
        wb[0].buf = buf; wb[0].len = 5;
        CHECK("reset-WSASend", WSASend(c, wb, 1, &n, 0, NULL, NULL));
    }
    closesocket(c);

    /* UDP. */
    u = make_udp(&ua);
    v = make_udp(&va);
    wb[0].buf = buf; wb[0].len = 5;
    /* WSASend "may also be used ... on connectionless sockets which have a stipulated default peer address" — not without one. */
    CHECK("udp-unconnected-WSASend", WSASend(u, wb, 1, &n, 0, NULL, NULL));
    /* WSAEOPNOTSUPP: "MSG_OOB was specified, but the socket is not stream style" */
    CHECK("udp-MSG_OOB-WSASendTo", WSASendTo(u, wb, 1, &n, MSG_OOB, (struct sockaddr *)&va, sizeof(va), NULL, NULL));
    /* WSAEMSGSIZE: "If the data is too long to pass atomically through the underlying protocol the error WSAEMSGSIZE is returned, and no data is transmitted." */
    big = (char *)calloc(1, 70000);
    wb[0].buf = big; wb[0].len = 65508;
    CHECK("udp-65508-WSASendTo", WSASendTo(u, wb, 1, &n, 0, (struct sockaddr *)&va, sizeof(va), NULL, NULL));
    wb[0].len = 65507; n = 0;
    CHECK("udp-65507-WSASendTo", WSASendTo(u, wb, 1, &n, 0, (struct sockaddr *)&va, sizeof(va), NULL, NULL));
    SHOW("udp-65507-bytes", "%lu", (unsigned long)n);
    CHECK("udp-65507-received", recv(v, big, 70000, 0));
    /* A connected datagram socket: WSASend goes to the peer, one datagram of all buffers. */
    CHECK("udp-connect", connect(u, (struct sockaddr *)&va, sizeof(va)));
    wb[0].buf = buf; wb[0].len = 3; wb[1].buf = buf + 3; wb[1].len = 2; n = 0;
    CHECK("udp-connected-WSASend", WSASend(u, wb, 2, &n, 0, NULL, NULL));
    SHOW("udp-connected-WSASend-bytes", "%lu", (unsigned long)n);
    CHECK("udp-connected-received", recv(v, big, 70000, 0));
    /* WSAEACCES: "The requested address is a broadcast address, but the appropriate flag was not set." */
    bc = loopback(9);
    bc.sin_addr.s_addr = htonl(INADDR_BROADCAST);
    wb[0].buf = buf; wb[0].len = 5;
    CHECK("udp-broadcast-no-SO_BROADCAST", WSASendTo(v, wb, 1, &n, 0, (struct sockaddr *)&bc, sizeof(bc), NULL, NULL));
    closesocket(u);
    closesocket(v);
    free(big);

    CHECK("cleanup", WSACleanup());
    /* WSANOTINITIALISED after the last WSACleanup ("A successful WSAStartup must occur before using
     * this function."). Wine answers WSAENOTSOCK; the golden file holds the Windows value (overrides.json). */
    CHECK("after-cleanup-WSASend", WSASend(0x100, wb, 1, &n, 0, NULL, NULL));
    return 0;
}
