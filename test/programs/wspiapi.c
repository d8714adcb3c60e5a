/* wspiapi.h: old code's WspiapiGetAddrInfo / WspiapiGetNameInfo / WspiapiFreeAddrInfo. */
#include <winsock2.h>
#include <ws2tcpip.h>
#include <wspiapi.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    WSADATA wsa;
    struct addrinfo hints, *res = NULL;
    char host[NI_MAXHOST], serv[NI_MAXSERV];
    int rc;
    WSAStartup(MAKEWORD(2, 2), &wsa);
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    rc = WspiapiGetAddrInfo("localhost", "80", &hints, &res);
    printf("gai-rc: %d\n", rc);
    if (rc == 0) {
        printf("gai-family: %d\n", res->ai_family);
        rc = WspiapiGetNameInfo(res->ai_addr, (socklen_t)res->ai_addrlen, host, sizeof(host), serv, sizeof(serv),
                                NI_NUMERICHOST | NI_NUMERICSERV);
        printf("gni-rc: %d\n", rc);
        printf("gni: %s %s\n", host, serv);
        WspiapiFreeAddrInfo(res);
    }
    printf("gai-bad-rc: %d\n", WspiapiGetAddrInfo("no-such-host.invalid", "80", &hints, &res));
    WSACleanup();
    return 0;
}
