/* Name and address functions: getaddrinfo, getnameinfo, gethostbyname, gethostbyaddr, inet_*. */
#include "common.h"

static void show_ai(const char *name, struct addrinfo *ai)
{
    int i = 0;
    for (; ai; ai = ai->ai_next, i++) {
        char host[INET6_ADDRSTRLEN] = "";
        if (ai->ai_family == AF_INET)
            inet_ntop(AF_INET, &((struct sockaddr_in *)ai->ai_addr)->sin_addr, host, sizeof(host));
        else if (ai->ai_family == AF_INET6)
            inet_ntop(AF_INET6, &((struct sockaddr_in6 *)ai->ai_addr)->sin6_addr, host, sizeof(host));
        printf("%s-%d: family=%d socktype=%d protocol=%d addrlen=%d addr=%s port=%d\n", name, i, ai->ai_family,
               ai->ai_socktype, ai->ai_protocol, (int)ai->ai_addrlen, host,
               ntohs(((struct sockaddr_in *)ai->ai_addr)->sin_port));
    }
}

int main(void)
{
    WSADATA wsa;
    struct addrinfo hints, *res = NULL;
    struct in_addr ia;
    struct in6_addr i6;
    char text[INET6_ADDRSTRLEN];
    int rc;

    {
        struct in_addr lo;
        lo.s_addr = htonl(INADDR_LOOPBACK);
        { int r_ = gethostbyaddr((const char *)&lo, 4, AF_INET) != NULL; SHOW("ghba-not-started", "%d %d", r_, WSAGetLastError()); }
    }
    WSAStartup(MAKEWORD(2, 2), &wsa);

    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_protocol = IPPROTO_TCP;
    rc = getaddrinfo("127.0.0.1", "8080", &hints, &res);
    SHOW("gai-numeric-rc", "%d", rc);
    show_ai("gai-numeric", res);
    freeaddrinfo(res);

    hints.ai_flags = AI_PASSIVE;
    rc = getaddrinfo(NULL, "80", &hints, &res);
    SHOW("gai-passive-rc", "%d", rc);
    show_ai("gai-passive", res);
    freeaddrinfo(res);

    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_INET6;
    hints.ai_socktype = SOCK_DGRAM;
    rc = getaddrinfo("::1", "http", &hints, &res);
    SHOW("gai-v6-service-rc", "%d", rc);
    show_ai("gai-v6-service", res);
    freeaddrinfo(res);

    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_INET;
    rc = getaddrinfo("localhost", NULL, &hints, &res);
    SHOW("gai-localhost-rc", "%d", rc);
    SHOW("gai-localhost-first", "%s", rc == 0 ? inet_ntoa(((struct sockaddr_in *)res->ai_addr)->sin_addr) : "-");
    if (rc == 0) freeaddrinfo(res);

    hints.ai_flags = AI_NUMERICHOST;
    SHOW("gai-numerichost-name", "%d", getaddrinfo("localhost", NULL, &hints, &res));
    hints.ai_flags = 0;
    SHOW("gai-bad-service", "%d", getaddrinfo("127.0.0.1", "no-such-service", &hints, &res));
    SHOW("gai-no-name-no-service", "%d", getaddrinfo(NULL, NULL, &hints, &res));
    hints.ai_family = 99;
    SHOW("gai-bad-family", "%d", getaddrinfo("127.0.0.1", NULL, &hints, &res));
    hints.ai_family = AF_INET;
    SHOW("gai-unknown-host", "%d", getaddrinfo("no-such-host.invalid", NULL, &hints, &res));
    SHOW("gai-unknown-host-lasterror", "%d", WSAGetLastError());

    {
        struct sockaddr_in sa;
        char host[NI_MAXHOST], serv[NI_MAXSERV];
        memset(&sa, 0, sizeof(sa));
        sa.sin_family = AF_INET;
        sa.sin_port = htons(443);
        sa.sin_addr.s_addr = inet_addr("10.1.2.3");
        rc = getnameinfo((struct sockaddr *)&sa, sizeof(sa), host, sizeof(host), serv, sizeof(serv), NI_NUMERICHOST | NI_NUMERICSERV);
        SHOW("gni-numeric-rc", "%d", rc);
        SHOW("gni-numeric-host", "%s", host);
        SHOW("gni-numeric-serv", "%s", serv);
        rc = getnameinfo((struct sockaddr *)&sa, sizeof(sa), host, sizeof(host), serv, sizeof(serv), NI_NUMERICHOST);
        SHOW("gni-named-serv", "%s", serv);
        rc = getnameinfo((struct sockaddr *)&sa, 4, host, sizeof(host), serv, sizeof(serv), NI_NUMERICHOST);
        SHOW("gni-short-salen", "%d", rc);
    }

    {
        struct hostent *he = gethostbyname("127.0.0.1");
        SHOW("ghbn-numeric-ok", "%d", he != NULL);
        if (he) {
            SHOW("ghbn-addrtype", "%d", he->h_addrtype);
            SHOW("ghbn-length", "%d", he->h_length);
            memcpy(&ia, he->h_addr_list[0], 4);
            SHOW("ghbn-addr", "%s", inet_ntoa(ia));
            SHOW("ghbn-second-null", "%d", he->h_addr_list[1] == NULL);
        }
        he = gethostbyname("localhost");
        SHOW("ghbn-localhost-ok", "%d", he != NULL);
    }
    {
        struct in_addr lo;
        struct hostent *he;
        lo.s_addr = htonl(INADDR_LOOPBACK);
        he = gethostbyaddr((const char *)&lo, sizeof(lo), AF_INET);
        SHOW("ghba-v4-ok", "%d", he != NULL);
        if (he) {
            SHOW("ghba-v4-name-nonempty", "%d", he->h_name && he->h_name[0] != 0);
            SHOW("ghba-v4-aliases", "%d", he->h_aliases && he->h_aliases[0] == NULL);
            SHOW("ghba-v4-type", "%d %d", he->h_addrtype, he->h_length);
            SHOW("ghba-v4-addr", "%s", inet_ntoa(*(struct in_addr *)he->h_addr_list[0]));
            SHOW("ghba-v4-second-null", "%d", he->h_addr_list[1] == NULL);
        }
        {
            struct hostent *again = gethostbyname("127.0.0.1");
            SHOW("ghba-shares-area", "%d", again == he);
        }
        he = gethostbyaddr((const char *)&in6addr_loopback, 16, AF_INET6);
        /* ::1 has a name only where the hosts file gives it one (not every Linux does). */
        SHOW("ghba-v6-ok", "%d %d", he != NULL, he ? 0 : WSAGetLastError());
        if (he) {
            SHOW("ghba-v6-name-nonempty", "%d", he->h_name && he->h_name[0] != 0);
            SHOW("ghba-v6-type", "%d %d", he->h_addrtype, he->h_length);
            SHOW("ghba-v6-addr", "%s", inet_ntop(AF_INET6, he->h_addr_list[0], text, sizeof(text)));
            SHOW("ghba-v6-second-null", "%d", he->h_addr_list[1] == NULL);
        }
        { int r_ = gethostbyaddr(NULL, 4, AF_INET) != NULL; SHOW("ghba-null", "%d %d", r_, WSAGetLastError()); }
        { int r_ = gethostbyaddr((const char *)&lo, 3, AF_INET) != NULL; SHOW("ghba-short", "%d %d", r_, WSAGetLastError()); }
        { int r_ = gethostbyaddr((const char *)&in6addr_loopback, 4, AF_INET6) != NULL; SHOW("ghba-v6-len4", "%d %d", r_, WSAGetLastError()); }
        { int r_ = gethostbyaddr((const char *)&lo, 4, 99) != NULL; SHOW("ghba-bad-type", "%d %d", r_, WSAGetLastError()); }
        { int r_ = gethostbyaddr((const char *)0xfffffff0u, 4, AF_INET) != NULL; SHOW("ghba-bad-pointer", "%d %d", r_, WSAGetLastError()); }
    }
    {
        /* GetAddrInfoExA, synchronous (the conformance corpus's addrinfo_w.c has the W forms;
         * Wine 8, its reference, does not implement the A one). */
        ADDRINFOEXA hxa, *rxa = NULL;
        memset(&hxa, 0, sizeof hxa);
        hxa.ai_family = AF_INET;
        hxa.ai_flags = AI_CANONNAME;
        rc = GetAddrInfoExA("localhost", "80", NS_ALL, NULL, &hxa, &rxa, NULL, NULL, NULL, NULL);
        SHOW("gaiexa-rc", "%d", rc);
        if (rc == 0) {
            SHOW("gaiexa", "family=%d addrlen=%d port=%d canon=%d", rxa->ai_family, (int)rxa->ai_addrlen,
                 ntohs(((struct sockaddr_in *)rxa->ai_addr)->sin_port), rxa->ai_canonname && rxa->ai_canonname[0]);
            FreeAddrInfoEx(rxa);
        }
        { int r_ = GetAddrInfoExA("localhost", NULL, NS_NLA, NULL, NULL, &rxa, NULL, NULL, NULL, NULL); SHOW("gaiexa-namespace", "%d %d", r_, WSAGetLastError()); }
        SHOW("gaiexa-no-result", "%d", GetAddrInfoExA("localhost", NULL, NS_ALL, NULL, NULL, NULL, NULL, NULL, NULL, NULL));
    }
    {
        char host[256];
        SHOW("gethostname", "%d", gethostname(host, sizeof(host)));
        SHOW("gethostname-nonempty", "%d", host[0] != 0);
        CHECK("gethostname-short", gethostname(host, 1));
    }

    /* inet_addr accepts the forms Windows does. */
    SHOW("inet_addr-dotted", "0x%08lx", (unsigned long)ntohl(inet_addr("192.168.1.2")));
    SHOW("inet_addr-short", "0x%08lx", (unsigned long)ntohl(inet_addr("10.1")));
    SHOW("inet_addr-hex", "0x%08lx", (unsigned long)ntohl(inet_addr("0x7f.0.0.1")));
    SHOW("inet_addr-octal", "0x%08lx", (unsigned long)ntohl(inet_addr("010.0.0.1")));
    SHOW("inet_addr-bad", "0x%08lx", (unsigned long)inet_addr("1.2.3.256"));
    ia.s_addr = htonl(0x7f000001);
    SHOW("inet_ntoa", "%s", inet_ntoa(ia));
    SHOW("inet_pton-v4", "%d", inet_pton(AF_INET, "1.2.3.4", &ia));
    SHOW("inet_pton-v4-bad", "%d", inet_pton(AF_INET, "1.2.3", &ia));
    SHOW("inet_pton-v6", "%d", inet_pton(AF_INET6, "2001:db8::1", &i6));
    SHOW("inet_ntop-v6", "%s", inet_ntop(AF_INET6, &i6, text, sizeof(text)));
    SHOW("inet_pton-bad-family", "%d", inet_pton(99, "1.2.3.4", &ia));
    SHOW("htons", "0x%04x", htons(0x1234));
    SHOW("htonl", "0x%08lx", (unsigned long)htonl(0x12345678));

    WSACleanup();
    printf("done: 1\n");
    return 0;
}
