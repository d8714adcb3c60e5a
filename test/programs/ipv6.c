/* IPv6: AF_INET6 stream and datagram sockets over ::1, SOCKADDR_IN6, IPV6_V6ONLY. */
#include "common.h"

int main(void)
{
    WSADATA wsa;
    SOCKET l, c, s, u1, u2;
    SOCKADDR_IN6 addr, peer;
    int len, n, v6only = 0; /* IPV6_V6ONLY is a one-byte BOOLEAN: getsockopt writes byte 0 alone */
    char buf[64], text[INET6_ADDRSTRLEN];

    WSAStartup(MAKEWORD(2, 2), &wsa);
    l = socket(AF_INET6, SOCK_STREAM, IPPROTO_TCP);
    len = sizeof(v6only);
    getsockopt(l, IPPROTO_IPV6, IPV6_V6ONLY, (char *)&v6only, &len);
    SHOW("v6only-default", "%d", v6only);
    SHOW("v6only-len", "%d", len);
    memset(&addr, 0, sizeof(addr));
    addr.sin6_family = AF_INET6;
    addr.sin6_addr = in6addr_loopback;
    CHECK("bind6", bind(l, (struct sockaddr *)&addr, sizeof(addr)));
    CHECK("bind6-short-namelen", bind(socket(AF_INET6, SOCK_STREAM, 0), (struct sockaddr *)&addr, sizeof(struct sockaddr_in)));
    CHECK("v6only-after-bind", setsockopt(l, IPPROTO_IPV6, IPV6_V6ONLY, (const char *)&v6only, sizeof(v6only)));
    CHECK("listen6", listen(l, 4));
    len = sizeof(addr);
    getsockname(l, (struct sockaddr *)&addr, &len);
    SHOW("getsockname6-len", "%d", len);
    SHOW("getsockname6-family", "%d", addr.sin6_family);
    c = socket(AF_INET6, SOCK_STREAM, IPPROTO_TCP);
    CHECK("connect6", connect(c, (struct sockaddr *)&addr, sizeof(addr)));
    len = sizeof(peer);
    s = accept(l, (struct sockaddr *)&peer, &len);
    SHOW("accept6-len", "%d", len);
    SHOW("accept6-peer", "%s", inet_ntop(AF_INET6, &peer.sin6_addr, text, sizeof(text)));
    send(c, "over ipv6", 9, 0);
    n = recv(s, buf, sizeof(buf), 0);
    SHOW("recv6", "%.*s", n, buf);
    {
        struct sockaddr_in v4;
        memset(&v4, 0, sizeof(v4));
        v4.sin_family = AF_INET;
        CHECK("connect-v4-addr-on-v6-socket", connect(socket(AF_INET6, SOCK_STREAM, 0), (struct sockaddr *)&v4, sizeof(v4)));
    }
    closesocket(c); closesocket(s); closesocket(l);

    u1 = socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP);
    u2 = socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP);
    memset(&addr, 0, sizeof(addr));
    addr.sin6_family = AF_INET6;
    addr.sin6_addr = in6addr_loopback;
    bind(u1, (struct sockaddr *)&addr, sizeof(addr));
    len = sizeof(addr);
    getsockname(u1, (struct sockaddr *)&addr, &len);
    CHECK("sendto6", sendto(u2, "dgram6", 6, 0, (struct sockaddr *)&addr, sizeof(addr)));
    len = sizeof(peer);
    n = recvfrom(u1, buf, sizeof(buf), 0, (struct sockaddr *)&peer, &len);
    SHOW("recvfrom6", "%.*s", n, buf);
    SHOW("recvfrom6-fromlen", "%d", len);
    SHOW("recvfrom6-from", "%s", inet_ntop(AF_INET6, &peer.sin6_addr, text, sizeof(text)));
    len = 16;
    CHECK("recvfrom6-short-fromlen", recvfrom(u1, buf, sizeof(buf), 0, (struct sockaddr *)&peer, &len));
    closesocket(u1); closesocket(u2);
    WSACleanup();
    printf("done: 1\n");
    return 0;
}
