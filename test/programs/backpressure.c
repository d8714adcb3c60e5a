/* Connects, reads nothing for <ms>, then reads everything and reports the total.
 * The test's server meanwhile writes as fast as it may: with SO_RCVBUF respected
 * it must feel the stall.   backpressure <port> <ms> */
#include "common.h"

int main(int argc, char **argv)
{
    WSADATA wsa;
    SOCKET s;
    static char buf[65536];
    long long total = 0;
    int n;

    if (argc < 3) return 2;
    WSAStartup(MAKEWORD(2, 2), &wsa);
    s = connect_loopback(argv[1]);
    printf("connected: 1\n");
    fflush(stdout);
    Sleep((DWORD)atoi(argv[2]));
    printf("reading: 1\n");
    fflush(stdout);
    while ((n = recv(s, buf, sizeof(buf), 0)) > 0) total += n;
    printf("total: %lld\n", total);
    printf("last: %d\n", n == 0 ? 0 : WSAGetLastError());
    closesocket(s);
    WSACleanup();
    return 0;
}
