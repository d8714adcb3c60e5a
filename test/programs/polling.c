/* A program that polls instead of waiting, as game loops and ports of busy-wait code do:
 * non-blocking recv until it stops failing, select with a zero timeout, Sleep(0) with WSAPoll.
 * The data comes from the test's server after a delay.   polling <port> */
#include "common.h"

static int give_up(DWORD t0) { return GetTickCount() - t0 > 5000; }

int main(int argc, char **argv)
{
    WSADATA wsa;
    SOCKET s;
    u_long on = 1;
    char buf[64];
    int n = SOCKET_ERROR;
    DWORD t0;

    if (argc < 2) return 2;
    WSAStartup(MAKEWORD(2, 2), &wsa);
    s = connect_loopback(argv[1]);
    ioctlsocket(s, FIONBIO, &on);

    /* 1. Spin on recv. */
    t0 = GetTickCount();
    while (!give_up(t0) && (n = recv(s, buf, sizeof(buf), 0)) == SOCKET_ERROR && WSAGetLastError() == WSAEWOULDBLOCK) {}
    SHOW("spin-recv", "%.*s", n > 0 ? n : 0, buf);
    send(s, "1", 1, 0);

    /* 2. Spin on select with a zero timeout. */
    t0 = GetTickCount();
    for (;;) {
        fd_set r;
        struct timeval tv = { 0, 0 };
        FD_ZERO(&r);
        FD_SET(s, &r);
        if (select(0, &r, NULL, NULL, &tv) == 1 || give_up(t0)) break;
    }
    n = recv(s, buf, sizeof(buf), 0);
    SHOW("spin-select", "%.*s", n > 0 ? n : 0, buf);
    send(s, "2", 1, 0);

    /* 3. WSAPoll with a zero timeout and Sleep(0) between tries. */
    t0 = GetTickCount();
    for (;;) {
        WSAPOLLFD p;
        p.fd = s;
        p.events = POLLRDNORM;
        p.revents = 0;
        if (WSAPoll(&p, 1, 0) == 1 || give_up(t0)) break;
        Sleep(0);
    }
    n = recv(s, buf, sizeof(buf), 0);
    SHOW("spin-poll", "%.*s", n > 0 ? n : 0, buf);
    closesocket(s);
    WSACleanup();
    return 0;
}
