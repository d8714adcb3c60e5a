/* WSAPoll against Microsoft's WSAPoll and WSAPOLLFD pages. revents are printed in hex:
 * POLLRDNORM 0x100, POLLWRNORM 0x10, POLLHUP 0x2, POLLNVAL 0x4, POLLERR 0x1. */
#include "common.h"
#include <windows.h>

#define GARBAGE ((SHORT)0x7777)

static void set(WSAPOLLFD *p, SOCKET s, SHORT events)
{
    p->fd = s;
    p->events = events;
    p->revents = GARBAGE;
}

int main(void)
{
    WSADATA wsa;
    SOCKET c, s, l, k;
    struct sockaddr_in addr;
    WSAPOLLFD p[4];
    ULONGLONG t0;
    char buf[64];
    u_long on = 1;

    WSAStartup(MAKEWORD(2, 2), &wsa);
    make_pair(&c, &s);
    l = make_listener(&addr);

    /* "Greater than zero: The number of elements in fdarray for which an revents member of the POLLFD structure is nonzero." */
    set(&p[0], c, POLLRDNORM | POLLWRNORM);
    CHECK("idle-connected", WSAPoll(p, 1, 0));
    SHOW("idle-connected-revents", "0x%x", (unsigned short)p[0].revents);
    /* "For sockets that do not satisfy the status query, and have no error, the revents member is set to zero upon return." */
    set(&p[0], s, POLLRDNORM);
    CHECK("idle-read", WSAPoll(p, 1, 0));
    SHOW("idle-read-revents", "0x%x", (unsigned short)p[0].revents);
    /* "Greater than zero: The time, in milliseconds, to wait." */
    t0 = GetTickCount64();
    CHECK("idle-read-timeout-100", WSAPoll(p, 1, 100));
    SHOW("idle-read-timeout-100-waited", "%d", GetTickCount64() - t0 >= 90);

    /* "POLLRDNORM: Normal data may be read without blocking." */
    send(c, "data", 4, 0);
    set(&p[0], s, POLLRDNORM);
    CHECK("data-arrives", WSAPoll(p, 1, 5000));
    SHOW("data-arrives-revents", "0x%x", (unsigned short)p[0].revents);
    /* POLLIN is POLLRDNORM | POLLRDBAND: normal data reports POLLRDNORM only. */
    set(&p[0], s, POLLIN);
    CHECK("data-pollin", WSAPoll(p, 1, 0));
    SHOW("data-pollin-revents", "0x%x", (unsigned short)p[0].revents);
    /* Only what was asked for is reported. */
    set(&p[0], s, POLLWRNORM);
    CHECK("data-ask-write-only", WSAPoll(p, 1, 0));
    SHOW("data-ask-write-only-revents", "0x%x", (unsigned short)p[0].revents);

    /* A listening socket is readable when a connection is pending. */
    set(&p[0], l, POLLRDNORM);
    CHECK("listener-idle", WSAPoll(p, 1, 0));
    SHOW("listener-idle-revents", "0x%x", (unsigned short)p[0].revents);
    k = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    connect(k, (struct sockaddr *)&addr, sizeof(addr));
    set(&p[0], l, POLLRDNORM);
    CHECK("listener-pending", WSAPoll(p, 1, 5000));
    SHOW("listener-pending-revents", "0x%x", (unsigned short)p[0].revents);

    /* Several entries: the count of entries with nonzero revents. */
    set(&p[0], c, POLLRDNORM | POLLWRNORM);   /* writable only */
    set(&p[1], s, POLLRDNORM);                /* readable */
    set(&p[2], l, POLLRDNORM);                /* connection pending */
    set(&p[3], k, POLLRDNORM);                /* nothing */
    CHECK("several", WSAPoll(p, 4, 0));
    SHOW("several-revents", "0x%x 0x%x 0x%x 0x%x", (unsigned short)p[0].revents, (unsigned short)p[1].revents,
         (unsigned short)p[2].revents, (unsigned short)p[3].revents);

    /* "POLLNVAL: An invalid socket was used." */
    set(&p[0], c, POLLWRNORM);
    set(&p[1], (SOCKET)0x12345678, POLLRDNORM);
    CHECK("invalid-among-valid", WSAPoll(p, 2, 0));
    SHOW("invalid-among-valid-revents", "0x%x 0x%x", (unsigned short)p[0].revents, (unsigned short)p[1].revents);
    /* WSAEINVAL: "This error is also returned if none of the sockets specified in the fd member of any of the
     * WSAPOLLFD structures pointed to by the fdarray parameter were valid." */
    set(&p[0], (SOCKET)0x12345678, POLLRDNORM);
    CHECK("all-invalid", WSAPoll(p, 1, 0));
    /* "The array must contain at least one structure with a valid socket." */
    CHECK("zero-fds", WSAPoll(p, 0, 0));
    /* WSAEINVAL: "This error is returned if the fdarray parameter contains a NULL pointer." */
    CHECK("null-array", WSAPoll(NULL, 1, 0));
    /* WSAEINVAL: "This error is also returned if invalid flags were specified in the events member of any of the
     * WSAPOLLFD structures" (only POLLRDNORM, POLLRDBAND, POLLWRNORM are requestable; POLLPRI "is not supported
     * by the Microsoft Winsock provider"). */
    set(&p[0], c, POLLRDNORM | POLLHUP);
    CHECK("events-pollhup", WSAPoll(p, 1, 0));
    set(&p[0], c, POLLPRI);
    CHECK("events-pollpri", WSAPoll(p, 1, 0));
    /* WSAEFAULT: "An exception occurred while reading user input parameters." */
    CHECK("fault-array", WSAPoll((LPWSAPOLLFD)(UINT_PTR)0xFFFFFFF0u, 4, 0));

    /* A non-blocking connect shows as writable when it completes. */
    {
        SOCKET nb = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP), nbs;
        ioctlsocket(nb, FIONBIO, &on);
        CHECK("nonblocking-connect", connect(nb, (struct sockaddr *)&addr, sizeof(addr)));
        set(&p[0], nb, POLLWRNORM);
        CHECK("nonblocking-connect-poll", WSAPoll(p, 1, 5000));
        SHOW("nonblocking-connect-revents", "0x%x", (unsigned short)p[0].revents);
        nbs = accept(l, NULL, NULL);
        closesocket(nbs);
        closesocket(nb);
    }

    /* Datagram sockets: writable once bound, readable when a datagram waits. */
    {
        SOCKET u = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
        struct sockaddr_in ua;
        int len = sizeof(ua);
        memset(&ua, 0, sizeof(ua));
        ua.sin_family = AF_INET;
        ua.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        bind(u, (struct sockaddr *)&ua, sizeof(ua));
        getsockname(u, (struct sockaddr *)&ua, &len);
        set(&p[0], u, POLLRDNORM | POLLWRNORM);
        CHECK("udp-idle", WSAPoll(p, 1, 0));
        SHOW("udp-idle-revents", "0x%x", (unsigned short)p[0].revents);
        sendto(u, "self", 4, 0, (struct sockaddr *)&ua, sizeof(ua));
        set(&p[0], u, POLLRDNORM);
        CHECK("udp-datagram", WSAPoll(p, 1, 5000));
        SHOW("udp-datagram-revents", "0x%x", (unsigned short)p[0].revents);
        closesocket(u);
    }

    /* "POLLHUP: A stream-oriented connection was either disconnected or aborted." */
    recv(s, buf, sizeof(buf), 0);
    closesocket(c);
    set(&p[0], s, POLLRDNORM);
    CHECK("peer-closed", WSAPoll(p, 1, 5000));
    SHOW("peer-closed-pollhup", "%d", (p[0].revents & POLLHUP) != 0);
    SHOW("peer-closed-no-pollnval", "%d", (p[0].revents & POLLNVAL) == 0);
    CHECK("peer-closed-recv", recv(s, buf, sizeof(buf), 0));
    {
        SOCKET c2, s2;
        LINGER lg = { 1, 0 };
        make_pair(&c2, &s2);
        setsockopt(c2, SOL_SOCKET, SO_LINGER, (const char *)&lg, sizeof(lg));
        closesocket(c2);
        set(&p[0], s2, POLLRDNORM);
        CHECK("peer-reset", WSAPoll(p, 1, 5000));
        SHOW("peer-reset-pollhup", "%d", (p[0].revents & POLLHUP) != 0);
        closesocket(s2);
    }
    /* A socket closed by this program is no longer valid. */
    closesocket(s);
    {
        SOCKET u2 = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
        struct sockaddr_in ua;
        memset(&ua, 0, sizeof(ua));
        ua.sin_family = AF_INET;
        ua.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        bind(u2, (struct sockaddr *)&ua, sizeof(ua));
        set(&p[0], u2, POLLWRNORM);
        set(&p[1], s, POLLRDNORM);
        CHECK("closed-socket", WSAPoll(p, 2, 0));
        SHOW("closed-socket-revents", "0x%x 0x%x", (unsigned short)p[0].revents, (unsigned short)p[1].revents);
        closesocket(u2);
    }

    closesocket(k);
    closesocket(l);
    CHECK("cleanup", WSACleanup());
    return 0;
}
