/* Error codes where Windows produces them (WSASend reference, Error Codes). */
#include "common.h"

int main(void)
{
    WSADATA wsa;
    SOCKET c, s, u;
    char buf[64] = "hello";
    WSABUF wb[2];
    DWORD n = 0, flags = 0;
    struct sockaddr_in addr;
    int big = 65508;
    char *huge;

    /* "A successful WSAStartup must occur before using this function." */
    wb[0].buf = buf; wb[0].len = 5;
    CHECK("before-startup-WSASend", WSASend(0x100, wb, 1, &n, 0, NULL, NULL));
    CHECK("before-startup-socket", socket(AF_INET, SOCK_STREAM, 0));

    SHOW("startup-1.1", "%d", WSAStartup(MAKEWORD(1, 1), &wsa));
    SHOW("startup-1.1-version", "0x%04x", wsa.wVersion);
    SHOW("startup-1.1-high", "0x%04x", wsa.wHighVersion);
    SHOW("startup-3.0", "%d", WSAStartup(MAKEWORD(3, 0), &wsa));
    SHOW("startup-3.0-version", "0x%04x", wsa.wVersion);
    SHOW("startup-0.0", "%d", WSAStartup(MAKEWORD(0, 0), &wsa));
    SHOW("startup-null", "%d", WSAStartup(MAKEWORD(2, 2), NULL));
    SHOW("startup-2.2", "%d", WSAStartup(MAKEWORD(2, 2), &wsa));
    SHOW("description", "%s", wsa.szDescription);
    SHOW("status", "%s", wsa.szSystemStatus);
    /* Three successful startups so far: two cleanups leave it initialised. */
    CHECK("cleanup-1", WSACleanup());
    CHECK("cleanup-2", WSACleanup());
    CHECK("after-two-cleanups-socket", (c = socket(AF_INET, SOCK_STREAM, 0)) == INVALID_SOCKET ? SOCKET_ERROR : 0);
    closesocket(c);

    /* "The descriptor is not a socket." */
    CHECK("notsock-WSASend", WSASend(0x12345678, wb, 1, &n, 0, NULL, NULL));
    CHECK("notsock-closesocket", closesocket(0x12345678));

    /* "The socket is not connected." */
    c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    CHECK("notconn-WSASend", WSASend(c, wb, 1, &n, 0, NULL, NULL));
    CHECK("notconn-recv", recv(c, buf, sizeof(buf), 0));
    closesocket(c);

    make_pair(&c, &s);
    /* "The lpBuffers argument is not totally contained in a valid part of the user address space." */
    CHECK("fault-lpBuffers", WSASend(c, (LPWSABUF)(UINT_PTR)0xFFFFFFF0u, 1, &n, 0, NULL, NULL));
    wb[0].buf = (char *)(UINT_PTR)0xFFFFFF00u; wb[0].len = 1024;
    CHECK("fault-buffer", WSASend(c, wb, 1, &n, 0, NULL, NULL));
    wb[0].buf = buf; wb[0].len = 5;
    CHECK("fault-bytes-sent", WSASend(c, wb, 1, NULL, 0, NULL, NULL));
    CHECK("fault-recv-buffer", recv(s, (char *)(UINT_PTR)0xFFFFFF00u, 1024, 0));
    /* MSG_PARTIAL: "WSAEOPNOTSUPP will be returned by transports which do not support partial message transmissions." */
    CHECK("partial-WSASend", WSASend(c, wb, 1, &n, MSG_PARTIAL, NULL, NULL));
    /* Valid sends after bad ones: the socket is untouched. */
    CHECK("valid-after-faults", WSASend(c, wb, 1, &n, 0, NULL, NULL));
    SHOW("valid-after-faults-bytes", "%lu", (unsigned long)n);
    CHECK("valid-after-faults-recv", recv(s, buf, sizeof(buf), 0));
    /* "Nonoverlapped sockets: The socket is marked as nonblocking and the send operation cannot be completed immediately." (receive side) */
    {
        u_long on = 1;
        ioctlsocket(s, FIONBIO, &on);
        CHECK("wouldblock-recv", recv(s, buf, sizeof(buf), 0));
    }
    /* "it is not possible to WSASend on a socket after shutdown has been invoked with how set to SD_SEND or SD_BOTH." */
    CHECK("shutdown-send", shutdown(c, SD_SEND));
    CHECK("shutdown-WSASend", WSASend(c, wb, 1, &n, 0, NULL, NULL));
    CHECK("shutdown-bad-how", shutdown(c, 7));
    closesocket(c);
    closesocket(s);

    u = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    /* "MSG_OOB was specified, but the socket is not stream style such as type SOCK_STREAM" */
    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(9);
    CHECK("udp-oob-WSASendTo", WSASendTo(u, wb, 1, &n, MSG_OOB, (struct sockaddr *)&addr, sizeof(addr), NULL, NULL));
    /* "If the data is too long to pass atomically through the underlying protocol the error WSAEMSGSIZE is returned" */
    huge = (char *)calloc(1, big);
    CHECK("udp-msgsize-sendto", sendto(u, huge, big, 0, (struct sockaddr *)&addr, sizeof(addr)));
    /* Receiving on a datagram socket that was never bound. */
    CHECK("udp-unbound-recvfrom", recvfrom(u, buf, sizeof(buf), 0, NULL, NULL));
    /* send on a datagram socket with no default peer. */
    CHECK("udp-notconn-send", send(u, buf, 5, 0));
    /* Broadcast without SO_BROADCAST: "The requested address is a broadcast address, but the appropriate flag was not set." */
    addr.sin_addr.s_addr = htonl(INADDR_BROADCAST);
    CHECK("udp-broadcast-sendto", sendto(u, buf, 5, 0, (struct sockaddr *)&addr, sizeof(addr)));
    closesocket(u);
    free(huge);

    /* select with no sockets at all. */
    {
        fd_set r;
        struct timeval tv = { 0, 0 };
        FD_ZERO(&r);
        CHECK("select-empty", select(0, &r, NULL, NULL, &tv));
    }
    CHECK("bad-family", socket(12345, SOCK_STREAM, 0));
    CHECK("bad-type", socket(AF_INET, 77, 0));
    CHECK("bad-protocol", socket(AF_INET, SOCK_STREAM, IPPROTO_UDP));

    CHECK("cleanup-last", WSACleanup());
    CHECK("after-cleanup-socket", socket(AF_INET, SOCK_STREAM, 0));
    CHECK("after-cleanup-cleanup", WSACleanup());
    return 0;
}
