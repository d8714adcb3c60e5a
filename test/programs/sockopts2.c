/* Socket options beyond the basic ones: IP_TTL, IP_TOS, IPV6_UNICAST_HOPS, SO_RCVLOWAT/SO_SNDLOWAT,
 * TCP_KEEPIDLE/TCP_KEEPINTVL/TCP_KEEPCNT and SO_CONNECT_TIME, on real loopback sockets. */
#include "common.h"
#include <mswsock.h>

/* getsockopt with *optlen = len into a buffer of 0xEE bytes: "r err value optlen". */
static void get_opt(const char *name, SOCKET s, int level, int opt, int len)
{
    unsigned char buf[8];
    DWORD v;
    int r;
    memset(buf, 0xEE, sizeof(buf));
    WSASetLastError(SENTINEL);
    r = getsockopt(s, level, opt, (char *)buf, &len);
    memcpy(&v, buf, 4);
    printf("%s: %d %d 0x%08lx %d\n", name, r, r == SOCKET_ERROR ? WSAGetLastError() : 0, (unsigned long)v, len);
}

/* setsockopt of the DWORD v with optlen len: "r err". */
static void set_opt(const char *name, SOCKET s, int level, int opt, DWORD v, int len)
{
    int r;
    WSASetLastError(SENTINEL);
    r = setsockopt(s, level, opt, (const char *)&v, len);
    printf("%s: %d %d\n", name, r, r == SOCKET_ERROR ? WSAGetLastError() : 0);
}

/* The DWORD getsockopt reports with *optlen 4, or -1 with the error printed. */
static void show_dword(const char *name, SOCKET s, int level, int opt)
{
    DWORD v = 0xEEEEEEEE;
    int len = sizeof(v);
    if (getsockopt(s, level, opt, (char *)&v, &len) == SOCKET_ERROR) printf("%s: error %d\n", name, WSAGetLastError());
    else printf("%s: %lu\n", name, (unsigned long)v);
}

int main(void)
{
    WSADATA wsa;
    SOCKET t, u, u6, l, c, a;
    struct sockaddr_in addr;
    int alen = sizeof(addr);
    char data[8];

    WSAStartup(MAKEWORD(2, 2), &wsa);
    setvbuf(stdout, NULL, _IONBF, 0);

    /* ---- IPPROTO_IP: IP_TTL and IP_TOS on a TCP socket ---- */
    t = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    show_dword("tcp-ttl-default", t, IPPROTO_IP, IP_TTL);
    show_dword("tcp-tos-default", t, IPPROTO_IP, IP_TOS);
    set_opt("tcp-ttl-set-64", t, IPPROTO_IP, IP_TTL, 64, 4);
    show_dword("tcp-ttl-after-64", t, IPPROTO_IP, IP_TTL);
    set_opt("tcp-ttl-set-256", t, IPPROTO_IP, IP_TTL, 256, 4);
    show_dword("tcp-ttl-after-refused", t, IPPROTO_IP, IP_TTL);
    set_opt("tcp-ttl-set-len1", t, IPPROTO_IP, IP_TTL, 0xEEEEEE07, 1);
    show_dword("tcp-ttl-after-len1", t, IPPROTO_IP, IP_TTL);
    set_opt("tcp-ttl-set-len0", t, IPPROTO_IP, IP_TTL, 9, 0);
    get_opt("tcp-ttl-get-len1", t, IPPROTO_IP, IP_TTL, 1);
    get_opt("tcp-ttl-get-len2", t, IPPROTO_IP, IP_TTL, 2);
    get_opt("tcp-ttl-get-len4", t, IPPROTO_IP, IP_TTL, 4);
    get_opt("tcp-ttl-get-len0", t, IPPROTO_IP, IP_TTL, 0);
    set_opt("tcp-tos-set-16", t, IPPROTO_IP, IP_TOS, 16, 4);
    show_dword("tcp-tos-after-16", t, IPPROTO_IP, IP_TOS);
    get_opt("tcp-v6hops-on-v4", t, IPPROTO_IPV6, IPV6_UNICAST_HOPS, 4);
    set_opt("tcp-v6hops-set-on-v4", t, IPPROTO_IPV6, IPV6_UNICAST_HOPS, 5, 4);

    /* ---- SOL_SOCKET: SO_RCVLOWAT and SO_SNDLOWAT ---- */
    get_opt("rcvlowat-get", t, SOL_SOCKET, SO_RCVLOWAT, 4);
    set_opt("rcvlowat-set", t, SOL_SOCKET, SO_RCVLOWAT, 1, 4);
    get_opt("sndlowat-get", t, SOL_SOCKET, SO_SNDLOWAT, 4);
    set_opt("sndlowat-set", t, SOL_SOCKET, SO_SNDLOWAT, 1, 4);

    /* ---- IPPROTO_TCP: keep-alive timing ---- */
    show_dword("keepidle-default", t, IPPROTO_TCP, TCP_KEEPIDLE);
    show_dword("keepintvl-default", t, IPPROTO_TCP, TCP_KEEPINTVL);
    show_dword("keepcnt-default", t, IPPROTO_TCP, TCP_KEEPCNT);
    set_opt("keepidle-set-30", t, IPPROTO_TCP, TCP_KEEPIDLE, 30, 4);
    show_dword("keepidle-after-30", t, IPPROTO_TCP, TCP_KEEPIDLE);
    set_opt("keepalive-alias-set-45", t, IPPROTO_TCP, TCP_KEEPALIVE, 45, 4);
    show_dword("keepidle-after-alias", t, IPPROTO_TCP, TCP_KEEPIDLE);
    set_opt("keepidle-set-len2", t, IPPROTO_TCP, TCP_KEEPIDLE, 99, 2);
    get_opt("keepidle-get-len2", t, IPPROTO_TCP, TCP_KEEPIDLE, 2);
    set_opt("keepintvl-set-5", t, IPPROTO_TCP, TCP_KEEPINTVL, 5, 4);
    show_dword("keepintvl-after-5", t, IPPROTO_TCP, TCP_KEEPINTVL);
    set_opt("keepcnt-set-256", t, IPPROTO_TCP, TCP_KEEPCNT, 256, 4);
    set_opt("keepcnt-set-4", t, IPPROTO_TCP, TCP_KEEPCNT, 4, 4);
    show_dword("keepcnt-after-4", t, IPPROTO_TCP, TCP_KEEPCNT);

    /* ---- SO_CONNECT_TIME before a connection ---- */
    show_dword("connect-time-unconnected", t, SOL_SOCKET, SO_CONNECT_TIME);
    set_opt("connect-time-set", t, SOL_SOCKET, SO_CONNECT_TIME, 1, 4);
    closesocket(t);

    /* ---- UDP: TTL applied to the datagram endpoint, and the socket still works ---- */
    u = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(u, (struct sockaddr *)&addr, sizeof(addr));
    getsockname(u, (struct sockaddr *)&addr, &alen);
    show_dword("udp-ttl-default", u, IPPROTO_IP, IP_TTL);
    set_opt("udp-ttl-set-1", u, IPPROTO_IP, IP_TTL, 1, 4);
    show_dword("udp-ttl-after-1", u, IPPROTO_IP, IP_TTL);
    CHECK("udp-ttl1-sendto-self", sendto(u, "ttl", 3, 0, (struct sockaddr *)&addr, sizeof(addr)));
    CHECK("udp-ttl1-recv", recv(u, data, sizeof(data), 0));
    set_opt("udp-ttl-set-300", u, IPPROTO_IP, IP_TTL, 300, 4);
    show_dword("udp-ttl-after-300", u, IPPROTO_IP, IP_TTL);
    set_opt("udp-keepidle-set", u, IPPROTO_TCP, TCP_KEEPIDLE, 30, 4);
    get_opt("udp-keepidle-get", u, IPPROTO_TCP, TCP_KEEPIDLE, 4);
    show_dword("udp-connect-time", u, SOL_SOCKET, SO_CONNECT_TIME);
    closesocket(u);

    u6 = socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP);
    {
        struct sockaddr_in6 a6;
        memset(&a6, 0, sizeof(a6));
        a6.sin6_family = AF_INET6;
        a6.sin6_addr = in6addr_loopback;
        CHECK("udp6-bind", bind(u6, (struct sockaddr *)&a6, sizeof(a6)));
    }
    show_dword("udp6-hops-default", u6, IPPROTO_IPV6, IPV6_UNICAST_HOPS);
    set_opt("udp6-hops-set-9", u6, IPPROTO_IPV6, IPV6_UNICAST_HOPS, 9, 4);
    show_dword("udp6-hops-after-9", u6, IPPROTO_IPV6, IPV6_UNICAST_HOPS);
    set_opt("udp6-hops-set-256", u6, IPPROTO_IPV6, IPV6_UNICAST_HOPS, 256, 4);
    closesocket(u6);

    /* ---- SO_CONNECT_TIME and keep-alive on a connection ---- */
    l = make_listener(&addr);
    show_dword("connect-time-listener", l, SOL_SOCKET, SO_CONNECT_TIME);
    c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    CHECK("connect", connect(c, (struct sockaddr *)&addr, sizeof(addr)));
    a = accept(l, NULL, NULL);
    show_dword("connect-time-client", c, SOL_SOCKET, SO_CONNECT_TIME);
    show_dword("connect-time-accepted", a, SOL_SOCKET, SO_CONNECT_TIME);
    get_opt("connect-time-len2", c, SOL_SOCKET, SO_CONNECT_TIME, 2);
    set_opt("connected-keepalive-on", c, SOL_SOCKET, SO_KEEPALIVE, 1, 4);
    set_opt("connected-keepidle-60", c, IPPROTO_TCP, TCP_KEEPIDLE, 60, 4);
    show_dword("connected-keepidle", c, IPPROTO_TCP, TCP_KEEPIDLE);
    CHECK("connected-send", send(c, "x", 1, 0));
    CHECK("connected-recv", recv(a, data, sizeof(data), 0));
    Sleep(1100);
    show_dword("connect-time-after-1s", c, SOL_SOCKET, SO_CONNECT_TIME);
    closesocket(a);
    closesocket(c);
    closesocket(l);

    WSACleanup();
    return 0;
}
