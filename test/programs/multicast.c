/* IP multicast on UDP sockets: the IPPROTO_IP and IPPROTO_IPV6 multicast options
 * (learn.microsoft.com/windows/win32/winsock/ipproto-ip-socket-options and
 * .../ipproto-ipv6-socket-options), on real loopback sockets: a group joined on 127.0.0.1 by two
 * receivers bound to one port with SO_REUSEADDR, a datagram sent to the group through
 * IP_MULTICAST_IF 127.0.0.1, and no delivery once the members have left. */
#include "common.h"

#define GROUP "239.1.2.3"

static void get_dword(const char *name, SOCKET s, int level, int opt)
{
    DWORD v = 0x55555555; int len = sizeof(v), r;
    WSASetLastError(SENTINEL);
    r = getsockopt(s, level, opt, (char *)&v, &len);
    if (r == SOCKET_ERROR) printf("%s: -1 %d\n", name, WSAGetLastError());
    else printf("%s: 0 %lu len=%d\n", name, (unsigned long)v, len);
}

static int set_dword(SOCKET s, int level, int opt, DWORD v)
{
    return setsockopt(s, level, opt, (const char *)&v, sizeof(v));
}

static void receive(const char *name, SOCKET s)
{
    char buf[64]; int r;
    WSASetLastError(SENTINEL);
    r = recv(s, buf, sizeof(buf) - 1, 0);
    if (r == SOCKET_ERROR) { printf("%s: -1 %d\n", name, WSAGetLastError()); return; }
    buf[r] = 0;
    printf("%s: %d %s\n", name, r, buf);
}

int main(void)
{
    WSADATA wsa;
    SOCKET snd, r1, r2, tcp, s6;
    struct sockaddr_in any, group;
    struct ip_mreq m;
    DWORD v, timeout = 500, on = 1;
    int len;
    char text[INET_ADDRSTRLEN];

    WSAStartup(MAKEWORD(2, 2), &wsa);
    snd = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    r1 = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    r2 = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    tcp = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    s6 = socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP);

    /* Defaults: "IP_MULTICAST_TTL ... the default is 1", IP_MULTICAST_LOOP on, no interface chosen. */
    get_dword("default-ttl", snd, IPPROTO_IP, IP_MULTICAST_TTL);
    get_dword("default-loop", snd, IPPROTO_IP, IP_MULTICAST_LOOP);
    get_dword("default-if", snd, IPPROTO_IP, IP_MULTICAST_IF);
    {
        unsigned char b[4] = { 0x55, 0x55, 0x55, 0x55 }; int r;
        len = 1;
        r = getsockopt(snd, IPPROTO_IP, IP_MULTICAST_TTL, (char *)b, &len);
        SHOW("ttl-one-byte", "%d %d len=%d next=%x", r, b[0], len, b[1]);
    }

    /* Not a datagram socket of the option's family. */
    get_dword("tcp-get-ttl", tcp, IPPROTO_IP, IP_MULTICAST_TTL);
    m.imr_multiaddr.s_addr = inet_addr(GROUP);
    m.imr_interface.s_addr = inet_addr("127.0.0.1");
    CHECK("tcp-join", setsockopt(tcp, IPPROTO_IP, IP_ADD_MEMBERSHIP, (const char *)&m, sizeof(m)));
    CHECK("v6-hops-on-v4", set_dword(snd, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, 1));
    get_dword("get-add-membership", snd, IPPROTO_IP, IP_ADD_MEMBERSHIP);

    /* The sender: TTL, loop and interface, read back. */
    CHECK("ttl-300", set_dword(snd, IPPROTO_IP, IP_MULTICAST_TTL, 300));
    CHECK("ttl-3", set_dword(snd, IPPROTO_IP, IP_MULTICAST_TTL, 3));
    get_dword("ttl-read", snd, IPPROTO_IP, IP_MULTICAST_TTL);
    CHECK("loop-0", set_dword(snd, IPPROTO_IP, IP_MULTICAST_LOOP, 0));
    get_dword("loop-read-0", snd, IPPROTO_IP, IP_MULTICAST_LOOP);
    CHECK("loop-2", set_dword(snd, IPPROTO_IP, IP_MULTICAST_LOOP, 2));
    get_dword("loop-read-2", snd, IPPROTO_IP, IP_MULTICAST_LOOP);
    CHECK("if-foreign", set_dword(snd, IPPROTO_IP, IP_MULTICAST_IF, inet_addr("10.99.99.99")));
    CHECK("if-short", setsockopt(snd, IPPROTO_IP, IP_MULTICAST_IF, (const char *)&on, 3));
    /* "an interface index ... in network byte order": 1 is the loopback interface. */
    CHECK("if-index-1", set_dword(snd, IPPROTO_IP, IP_MULTICAST_IF, htonl(1)));
    get_dword("if-index-read", snd, IPPROTO_IP, IP_MULTICAST_IF);
    CHECK("if-index-999", set_dword(snd, IPPROTO_IP, IP_MULTICAST_IF, htonl(999)));
    CHECK("if-loopback", set_dword(snd, IPPROTO_IP, IP_MULTICAST_IF, inet_addr("127.0.0.1")));
    {
        struct in_addr a; len = sizeof(a);
        getsockopt(snd, IPPROTO_IP, IP_MULTICAST_IF, (char *)&a, &len);
        inet_ntop(AF_INET, &a, text, sizeof(text));
        SHOW("if-read", "%s len=%d", text, len);
    }

    /* Receivers: joining needs a bound socket; two bind one port with SO_REUSEADDR. */
    CHECK("join-unbound", setsockopt(r1, IPPROTO_IP, IP_ADD_MEMBERSHIP, (const char *)&m, sizeof(m)));
    memset(&any, 0, sizeof(any));
    any.sin_family = AF_INET;
    setsockopt(r1, SOL_SOCKET, SO_REUSEADDR, (const char *)&on, sizeof(on));
    setsockopt(r2, SOL_SOCKET, SO_REUSEADDR, (const char *)&on, sizeof(on));
    CHECK("bind-r1", bind(r1, (struct sockaddr *)&any, sizeof(any)));
    len = sizeof(any);
    getsockname(r1, (struct sockaddr *)&any, &len);
    CHECK("bind-r2-same-port", bind(r2, (struct sockaddr *)&any, sizeof(any)));
    setsockopt(r1, SOL_SOCKET, SO_RCVTIMEO, (const char *)&timeout, sizeof(timeout));
    setsockopt(r2, SOL_SOCKET, SO_RCVTIMEO, (const char *)&timeout, sizeof(timeout));

    CHECK("join-short", setsockopt(r1, IPPROTO_IP, IP_ADD_MEMBERSHIP, (const char *)&m, sizeof(m) - 1));
    {
        struct ip_mreq bad = m;
        bad.imr_multiaddr.s_addr = inet_addr("10.1.2.3");
        CHECK("join-unicast", setsockopt(r1, IPPROTO_IP, IP_ADD_MEMBERSHIP, (const char *)&bad, sizeof(bad)));
        bad = m;
        bad.imr_interface.s_addr = inet_addr("10.99.99.99");
        CHECK("join-foreign-if", setsockopt(r1, IPPROTO_IP, IP_ADD_MEMBERSHIP, (const char *)&bad, sizeof(bad)));
    }
    CHECK("drop-not-joined", setsockopt(r1, IPPROTO_IP, IP_DROP_MEMBERSHIP, (const char *)&m, sizeof(m)));
    CHECK("join-r1", setsockopt(r1, IPPROTO_IP, IP_ADD_MEMBERSHIP, (const char *)&m, sizeof(m)));
    CHECK("join-r1-again", setsockopt(r1, IPPROTO_IP, IP_ADD_MEMBERSHIP, (const char *)&m, sizeof(m)));
    CHECK("join-r2", setsockopt(r2, IPPROTO_IP, IP_ADD_MEMBERSHIP, (const char *)&m, sizeof(m)));

    group = any;
    group.sin_addr.s_addr = inet_addr(GROUP);
    CHECK("send-1", sendto(snd, "hello", 5, 0, (struct sockaddr *)&group, sizeof(group)));
    receive("r1-first", r1);
    receive("r2-first", r2);

    /* Every member leaves: a datagram to the group reaches no one. */
    CHECK("drop-r2", setsockopt(r2, IPPROTO_IP, IP_DROP_MEMBERSHIP, (const char *)&m, sizeof(m)));
    CHECK("drop-r2-again", setsockopt(r2, IPPROTO_IP, IP_DROP_MEMBERSHIP, (const char *)&m, sizeof(m)));
    CHECK("drop-r1", setsockopt(r1, IPPROTO_IP, IP_DROP_MEMBERSHIP, (const char *)&m, sizeof(m)));
    CHECK("send-2", sendto(snd, "again", 5, 0, (struct sockaddr *)&group, sizeof(group)));
    receive("r1-after-drop", r1);
    receive("r2-after-drop", r2);

    /* WSAJoinLeaf: a c_leaf/d_leaf UDP socket joins the session the group is, as
     * IP_ADD_MEMBERSHIP would, on its IP_MULTICAST_IF interface; s itself comes back. */
    {
        SOCKET plain = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP), leaf, sender, r;
        WSABUF callee, caller;
        struct sockaddr_in a = any, unicast = any, wildcard = any;
        char data[16];
        QOS gqos;
        int err;
        a.sin_addr.s_addr = inet_addr(GROUP);
        WSASetLastError(SENTINEL);
        r = WSAJoinLeaf(plain, (struct sockaddr *)&a, sizeof(a), NULL, NULL, NULL, NULL, JL_BOTH);
        err = WSAGetLastError();
        SHOW("leaf-plain-socket", "%d %d", r == INVALID_SOCKET, err);
        leaf = WSASocketA(AF_INET, SOCK_DGRAM, IPPROTO_UDP, NULL, 0, WSA_FLAG_MULTIPOINT_C_LEAF | WSA_FLAG_MULTIPOINT_D_LEAF);
        setsockopt(leaf, SOL_SOCKET, SO_REUSEADDR, (const char *)&on, sizeof(on));
        wildcard.sin_addr.s_addr = INADDR_ANY;
        bind(leaf, (struct sockaddr *)&wildcard, sizeof(wildcard));
        set_dword(leaf, IPPROTO_IP, IP_MULTICAST_IF, inet_addr("127.0.0.1"));
        setsockopt(leaf, SOL_SOCKET, SO_RCVTIMEO, (const char *)&timeout, sizeof(timeout));
        memset(&gqos, 0, sizeof(gqos));
        r = WSAJoinLeaf(leaf, (struct sockaddr *)&a, sizeof(a), NULL, NULL, NULL, &gqos, JL_BOTH);
        err = WSAGetLastError();
        SHOW("leaf-gqos", "%d %d", r == INVALID_SOCKET, err);
        unicast.sin_addr.s_addr = inet_addr("127.0.0.1");
        r = WSAJoinLeaf(leaf, (struct sockaddr *)&unicast, sizeof(unicast), NULL, NULL, NULL, NULL, JL_BOTH);
        err = WSAGetLastError();
        SHOW("leaf-unicast", "%d %d", r == INVALID_SOCKET, err);
        r = WSAJoinLeaf(leaf, (struct sockaddr *)&wildcard, sizeof(wildcard), NULL, NULL, NULL, NULL, JL_BOTH);
        err = WSAGetLastError();
        SHOW("leaf-any", "%d %d", r == INVALID_SOCKET, err);
        caller.len = 4;
        caller.buf = data;
        r = WSAJoinLeaf(leaf, (struct sockaddr *)&a, sizeof(a), &caller, NULL, NULL, NULL, JL_BOTH);
        err = WSAGetLastError();
        SHOW("leaf-caller-data", "%d %d", r == INVALID_SOCKET, err);
        callee.len = sizeof(data);
        callee.buf = data;
        r = WSAJoinLeaf(leaf, (struct sockaddr *)&a, sizeof(a), NULL, &callee, NULL, NULL, JL_BOTH);
        SHOW("leaf-join", "%d %lu", r == leaf, (unsigned long)callee.len);
        r = WSAJoinLeaf(leaf, (struct sockaddr *)&a, sizeof(a), NULL, NULL, NULL, NULL, JL_BOTH);
        err = WSAGetLastError();
        SHOW("leaf-join-again", "%d %d", r == INVALID_SOCKET, err);
        sender = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
        set_dword(sender, IPPROTO_IP, IP_MULTICAST_IF, inet_addr("127.0.0.1"));
        CHECK("leaf-send", sendto(sender, "leaf", 4, 0, (struct sockaddr *)&a, sizeof(a)));
        receive("leaf-recv", leaf);
        closesocket(sender);
        closesocket(leaf);
        closesocket(plain);
    }

    /* Source-specific joins (IP_ADD_SOURCE_MEMBERSHIP, ip_mreq_source): only the named source's
     * datagrams arrive; a member for another source gets none. */
    {
        SOCKET ssm = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP), other = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
        SOCKET sender = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
        struct sockaddr_in a = any, to;
        struct ip_mreq_source ms;
        int alen = sizeof(a);
        a.sin_port = 0;
        a.sin_addr.s_addr = INADDR_ANY;
        setsockopt(ssm, SOL_SOCKET, SO_REUSEADDR, (const char *)&on, sizeof(on));
        setsockopt(other, SOL_SOCKET, SO_REUSEADDR, (const char *)&on, sizeof(on));
        bind(ssm, (struct sockaddr *)&a, sizeof(a));
        getsockname(ssm, (struct sockaddr *)&a, &alen);
        bind(other, (struct sockaddr *)&a, sizeof(a));
        setsockopt(ssm, SOL_SOCKET, SO_RCVTIMEO, (const char *)&timeout, sizeof(timeout));
        setsockopt(other, SOL_SOCKET, SO_RCVTIMEO, (const char *)&timeout, sizeof(timeout));
        memset(&ms, 0, sizeof(ms));
        ms.imr_multiaddr.s_addr = inet_addr("232.1.2.3");
        ms.imr_sourceaddr.s_addr = inet_addr("127.0.0.1");
        ms.imr_interface.s_addr = inet_addr("127.0.0.1");
        CHECK("ssm-short", setsockopt(ssm, IPPROTO_IP, IP_ADD_SOURCE_MEMBERSHIP, (const char *)&ms, sizeof(ms) - 1));
        CHECK("ssm-join", setsockopt(ssm, IPPROTO_IP, IP_ADD_SOURCE_MEMBERSHIP, (const char *)&ms, sizeof(ms)));
        CHECK("ssm-join-again", setsockopt(ssm, IPPROTO_IP, IP_ADD_SOURCE_MEMBERSHIP, (const char *)&ms, sizeof(ms)));
        ms.imr_sourceaddr.s_addr = inet_addr("10.9.9.9");
        CHECK("ssm-join-other-source", setsockopt(other, IPPROTO_IP, IP_ADD_SOURCE_MEMBERSHIP, (const char *)&ms, sizeof(ms)));
        set_dword(sender, IPPROTO_IP, IP_MULTICAST_IF, inet_addr("127.0.0.1"));
        to = a;
        to.sin_addr.s_addr = inet_addr("232.1.2.3");
        CHECK("ssm-send", sendto(sender, "ssm", 3, 0, (struct sockaddr *)&to, sizeof(to)));
        receive("ssm-recv", ssm);
        receive("ssm-other-source-recv", other);
        ms.imr_sourceaddr.s_addr = inet_addr("127.0.0.1");
        CHECK("ssm-drop", setsockopt(ssm, IPPROTO_IP, IP_DROP_SOURCE_MEMBERSHIP, (const char *)&ms, sizeof(ms)));
        CHECK("ssm-drop-again", setsockopt(ssm, IPPROTO_IP, IP_DROP_SOURCE_MEMBERSHIP, (const char *)&ms, sizeof(ms)));
        ms.imr_multiaddr.s_addr = inet_addr("10.1.2.3");
        CHECK("ssm-unicast-group", setsockopt(ssm, IPPROTO_IP, IP_ADD_SOURCE_MEMBERSHIP, (const char *)&ms, sizeof(ms)));
        CHECK("ssm-tcp", setsockopt(tcp, IPPROTO_IP, IP_ADD_SOURCE_MEMBERSHIP, (const char *)&ms, sizeof(ms)));
        closesocket(ssm);
        closesocket(other);
        closesocket(sender);
    }

    /* IPv6: the options' values and checks (delivery over IPv6 loopback is not exercised). */
    get_dword("v6-default-hops", s6, IPPROTO_IPV6, IPV6_MULTICAST_HOPS);
    get_dword("v6-default-loop", s6, IPPROTO_IPV6, IPV6_MULTICAST_LOOP);
    get_dword("v6-default-if", s6, IPPROTO_IPV6, IPV6_MULTICAST_IF);
    CHECK("v6-hops-256", set_dword(s6, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, 256));
    CHECK("v6-hops-7", set_dword(s6, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, 7));
    get_dword("v6-hops-read", s6, IPPROTO_IPV6, IPV6_MULTICAST_HOPS);
    CHECK("v6-loop-0", set_dword(s6, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, 0));
    get_dword("v6-loop-read", s6, IPPROTO_IPV6, IPV6_MULTICAST_LOOP);
    CHECK("v6-if-1", set_dword(s6, IPPROTO_IPV6, IPV6_MULTICAST_IF, 1));
    get_dword("v6-if-read", s6, IPPROTO_IPV6, IPV6_MULTICAST_IF);
    CHECK("v6-if-999", set_dword(s6, IPPROTO_IPV6, IPV6_MULTICAST_IF, 999));
    {
        struct ipv6_mreq m6;
        struct sockaddr_in6 a6;
        memset(&m6, 0, sizeof(m6));
        inet_pton(AF_INET6, "ff02::1:3", &m6.ipv6mr_multiaddr);
        CHECK("v6-join-unbound", setsockopt(s6, IPPROTO_IPV6, IPV6_JOIN_GROUP, (const char *)&m6, sizeof(m6)));
        memset(&a6, 0, sizeof(a6));
        a6.sin6_family = AF_INET6;
        CHECK("v6-bind", bind(s6, (struct sockaddr *)&a6, sizeof(a6)));
        CHECK("v6-join-short", setsockopt(s6, IPPROTO_IPV6, IPV6_JOIN_GROUP, (const char *)&m6, sizeof(m6) - 1));
        m6.ipv6mr_interface = 999;
        CHECK("v6-join-if-999", setsockopt(s6, IPPROTO_IPV6, IPV6_JOIN_GROUP, (const char *)&m6, sizeof(m6)));
        m6.ipv6mr_interface = 0;
        CHECK("v6-leave-not-joined", setsockopt(s6, IPPROTO_IPV6, IPV6_LEAVE_GROUP, (const char *)&m6, sizeof(m6)));
        inet_pton(AF_INET6, "2001:db8::1", &m6.ipv6mr_multiaddr);
        CHECK("v6-join-unicast", setsockopt(s6, IPPROTO_IPV6, IPV6_JOIN_GROUP, (const char *)&m6, sizeof(m6)));
    }

    closesocket(snd); closesocket(r1); closesocket(r2); closesocket(tcp); closesocket(s6);
    WSACleanup();
    return 0;
}
