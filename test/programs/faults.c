/* The peer resets the connection while this program sends, receives, or has overlapped
 * operations pending.   faults <port> <send|recv|overlapped|select>
 * Each call that meets the reset prints its result; the program must not hang or crash. */
#include "common.h"

int main(int argc, char **argv)
{
    WSADATA wsa;
    SOCKET s;
    static char big[1 << 20];
    char buf[256];
    int r, i;

    if (argc < 3) return 2;
    WSAStartup(MAKEWORD(2, 2), &wsa);
    s = connect_loopback(argv[1]);
    if (strcmp(argv[2], "send") == 0) {
        /* The peer reads a little, then resets: a blocking send fails, and so does the next one. */
        for (i = 0; i < 4096; i++) if ((r = send(s, big, sizeof(big), 0)) == SOCKET_ERROR) break;
        printf("send-failed: %d\n", r == SOCKET_ERROR ? WSAGetLastError() : 0);
        CHECK("send-again", send(s, big, 16, 0));
        CHECK("recv-after", recv(s, buf, sizeof(buf), 0));
    } else if (strcmp(argv[2], "recv") == 0) {
        /* A blocking recv waits; the peer resets. */
        CHECK("recv", recv(s, buf, sizeof(buf), 0));
        CHECK("recv-again", recv(s, buf, sizeof(buf), 0));
        CHECK("send-after", send(s, buf, 16, 0));
    } else if (strcmp(argv[2], "overlapped") == 0) {
        /* A send too big to leave (the peer does not read) and a receive, both pending; the peer resets. */
        WSAOVERLAPPED so, ro;
        WSABUF sb, rb;
        DWORD n = 0, flags = 0;
        WSAEVENT ev[2];
        memset(&so, 0, sizeof(so)); memset(&ro, 0, sizeof(ro));
        ev[0] = so.hEvent = WSACreateEvent();
        ev[1] = ro.hEvent = WSACreateEvent();
        sb.buf = big; sb.len = sizeof(big);
        rb.buf = buf; rb.len = sizeof(buf);
        for (i = 0; i < 64; i++) {
            r = WSASend(s, &sb, 1, &n, 0, &so, NULL);
            if (r == SOCKET_ERROR) break;
        }
        printf("send-pending: %d\n", r == SOCKET_ERROR ? WSAGetLastError() : 0);
        r = WSARecv(s, &rb, 1, &n, &flags, &ro, NULL);
        printf("recv-pending: %d\n", r == SOCKET_ERROR ? WSAGetLastError() : 0);
        printf("ready: 1\n");
        fflush(stdout);
        WSAWaitForMultipleEvents(2, ev, TRUE, WSA_INFINITE, FALSE);
        r = WSAGetOverlappedResult(s, &so, &n, FALSE, &flags);
        printf("send-result: %d %d\n", r, r ? 0 : WSAGetLastError());
        r = WSAGetOverlappedResult(s, &ro, &n, FALSE, &flags);
        printf("recv-result: %d %d\n", r, r ? 0 : WSAGetLastError());
    } else {
        /* select says readable at the reset; recv then reports it. */
        fd_set rd;
        u_long on = 1;
        ioctlsocket(s, FIONBIO, &on);
        FD_ZERO(&rd); FD_SET(s, &rd);
        r = select(0, &rd, NULL, NULL, NULL);
        printf("select: %d %d\n", r, FD_ISSET(s, &rd) ? 1 : 0);
        CHECK("recv", recv(s, buf, sizeof(buf), 0));
    }
    closesocket(s);
    WSACleanup();
    printf("exited: 1\n");
    return 0;
}
