/* A connect to an address that never answers (the test's listener has a full backlog and
 * never accepts, so its SYNs are dropped): how it fails and after how long, blocking,
 * non-blocking (select) and with WSAEventSelect (FD_CONNECT).
 *   connect_timeout <port> <blocking|nonblocking|eventselect> */
#include "common.h"

int main(int argc, char **argv)
{
    WSADATA wsa;
    SOCKET s;
    struct sockaddr_in a;
    ULONGLONG t0;
    int r, err, len = sizeof(err);

    if (argc < 3) return 2;
    WSAStartup(MAKEWORD(2, 2), &wsa);
    s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons((u_short)atoi(argv[1]));
    t0 = GetTickCount64();
    if (strcmp(argv[2], "blocking") == 0) {
        CHECK("connect", connect(s, (struct sockaddr *)&a, sizeof(a)));
    } else if (strcmp(argv[2], "nonblocking") == 0) {
        u_long on = 1;
        fd_set w, e;
        ioctlsocket(s, FIONBIO, &on);
        CHECK("connect", connect(s, (struct sockaddr *)&a, sizeof(a)));
        FD_ZERO(&w); FD_ZERO(&e); FD_SET(s, &w); FD_SET(s, &e);
        r = select(0, NULL, &w, &e, NULL);
        SHOW("select", "%d writable %d except %d", r, FD_ISSET(s, &w) ? 1 : 0, FD_ISSET(s, &e) ? 1 : 0);
        getsockopt(s, SOL_SOCKET, SO_ERROR, (char *)&err, &len);
        SHOW("SO_ERROR", "%d", err);
    } else {
        WSAEVENT ev = WSACreateEvent();
        WSANETWORKEVENTS ne;
        WSAEventSelect(s, ev, FD_CONNECT);
        CHECK("connect", connect(s, (struct sockaddr *)&a, sizeof(a)));
        WSAWaitForMultipleEvents(1, &ev, FALSE, WSA_INFINITE, FALSE);
        WSAEnumNetworkEvents(s, ev, &ne);
        SHOW("FD_CONNECT", "%d %d", (ne.lNetworkEvents & FD_CONNECT) ? 1 : 0, ne.iErrorCode[FD_CONNECT_BIT]);
    }
    SHOW("elapsed-ms", "%llu", (unsigned long long)(GetTickCount64() - t0));
    /* The socket may try again, as after a refused connect. */
    closesocket(s);
    WSACleanup();
    return 0;
}
