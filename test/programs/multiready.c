/* N connections to the test's server, then one wait over all of them; the server makes
 * every one readable in one turn while the program waits. How many does the first wait
 * report?   multiready <port> <n> <poll|select|events>
 * Then it reads one message from every socket and answers it, n times over, so that a
 * server can count the answers. */
#include "common.h"

#define MAXN 64

int main(int argc, char **argv)
{
    WSADATA wsa;
    SOCKET s[MAXN];
    WSAPOLLFD pfd[MAXN];
    WSAEVENT ev[MAXN];
    WSANETWORKEVENTS ne;
    fd_set rd;
    char buf[64];
    int n, i, ready = 0, r;

    if (argc < 4) return 2;
    n = atoi(argv[2]);
    if (n < 1 || n > MAXN) return 2;
    WSAStartup(MAKEWORD(2, 2), &wsa);
    for (i = 0; i < n; i++) {
        s[i] = connect_loopback(argv[1]);
        pfd[i].fd = s[i];
        pfd[i].events = POLLRDNORM;
        if (strcmp(argv[3], "events") == 0) {
            ev[i] = WSACreateEvent();
            WSAEventSelect(s[i], ev[i], FD_READ);
        }
    }
    printf("connected: %d\n", n);
    fflush(stdout);
    if (strcmp(argv[3], "poll") == 0) {
        r = WSAPoll(pfd, (ULONG)n, -1);
        for (i = 0; i < n; i++) if (pfd[i].revents & POLLRDNORM) ready++;
        printf("poll-returned: %d\n", r);
    } else if (strcmp(argv[3], "select") == 0) {
        FD_ZERO(&rd);
        for (i = 0; i < n; i++) FD_SET(s[i], &rd);
        r = select(0, &rd, NULL, NULL, NULL);
        for (i = 0; i < n; i++) if (FD_ISSET(s[i], &rd)) ready++;
        printf("select-returned: %d\n", r);
    } else {
        r = (int)WSAWaitForMultipleEvents((DWORD)n, ev, FALSE, WSA_INFINITE, FALSE);
        printf("wait-returned: %d\n", r - (int)WSA_WAIT_EVENT_0);
        /* Every event set by the time the wait returned. */
        for (i = 0; i < n; i++) {
            WSAEnumNetworkEvents(s[i], ev[i], &ne);
            if (ne.lNetworkEvents & FD_READ) ready++;
        }
    }
    printf("ready-at-first-wait: %d\n", ready);
    for (i = 0; i < n; i++) {
        u_long off = 0;
        if (strcmp(argv[3], "events") == 0) { WSAEventSelect(s[i], NULL, 0); ioctlsocket(s[i], FIONBIO, &off); }
        r = recv(s[i], buf, sizeof(buf), 0);
        send(s[i], buf, r > 0 ? r : 1, 0);
        closesocket(s[i]);
    }
    WSACleanup();
    return 0;
}
