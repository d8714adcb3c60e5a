/* mstcpip.h's inline address helpers: IN4_IS_ADDR_*, IN4ADDR_*, IN6_*, INET_* and INETADDR_*.
 * Each line is one helper over a fixed list of addresses, as 0/1 flags in list order. */
#include "common.h"
#include <mstcpip.h>

static const char *V4[] = {"0.0.0.0", "127.0.0.1", "127.255.0.9", "255.255.255.255", "224.0.0.1", "224.0.1.1",
                           "239.255.1.1", "239.1.2.3", "169.254.3.4", "10.9.8.7", "172.16.0.1", "172.31.255.255",
                           "172.32.0.1", "192.168.1.1", "192.169.1.1", "8.8.8.8"};
#define NV4 (sizeof V4 / sizeof V4[0])
static const char *V6[] = {"::", "::1", "2002:c000:201::1", "2001:0:4136:e378::1", "2001:db8::1",
                           "fe80::200:5efe:c000:201", "fe80::5efe:a00:1", "::ffff:0:1.2.3.4", "::ffff:1.2.3.4",
                           "ff02::1:ff12:3456", "ff02::1:fe12:3456"};
#define NV6 (sizeof V6 / sizeof V6[0])

#define FLAGS4(label, test)                                                                                         \
    do {                                                                                                            \
        char f[NV4 + 1];                                                                                            \
        for (size_t i = 0; i < NV4; i++) {                                                                          \
            IN_ADDR a;                                                                                              \
            inet_pton(AF_INET, V4[i], &a);                                                                          \
            f[i] = test(&a) ? '1' : '0';                                                                            \
        }                                                                                                           \
        f[NV4] = 0;                                                                                                 \
        SHOW(label, "%s", f);                                                                                       \
    } while (0)
#define FLAGS6(label, test)                                                                                         \
    do {                                                                                                            \
        char f[NV6 + 1];                                                                                            \
        for (size_t i = 0; i < NV6; i++) {                                                                          \
            IN6_ADDR a;                                                                                             \
            inet_pton(AF_INET6, V6[i], &a);                                                                         \
            f[i] = test(&a) ? '1' : '0';                                                                            \
        }                                                                                                           \
        f[NV6] = 0;                                                                                                 \
        SHOW(label, "%s", f);                                                                                       \
    } while (0)

static void hex(const char *label, const void *p, size_t n)
{
    char s[80] = "";
    for (size_t i = 0; i < n; i++) sprintf(s + 2 * i, "%02x", ((const unsigned char *)p)[i]);
    SHOW(label, "%s", s);
}

int main(void)
{
    FLAGS4("in4-unspecified", IN4_IS_ADDR_UNSPECIFIED);
    FLAGS4("in4-loopback", IN4_IS_ADDR_LOOPBACK);
    FLAGS4("in4-broadcast", IN4_IS_ADDR_BROADCAST);
    FLAGS4("in4-multicast", IN4_IS_ADDR_MULTICAST);
    FLAGS4("in4-linklocal", IN4_IS_ADDR_LINKLOCAL);
    FLAGS4("in4-sitelocal", IN4_IS_ADDR_SITELOCAL);
    FLAGS4("in4-rfc1918", IN4_IS_ADDR_RFC1918);
    FLAGS4("in4-mc-linklocal", IN4_IS_ADDR_MC_LINKLOCAL);
    FLAGS4("in4-mc-adminlocal", IN4_IS_ADDR_MC_ADMINLOCAL);
    FLAGS4("in4-mc-sitelocal", IN4_IS_ADDR_MC_SITELOCAL);
    FLAGS6("in6-6to4", IN6_IS_ADDR_6TO4);
    FLAGS6("in6-teredo", IN6_IS_ADDR_TEREDO);
    FLAGS6("in6-isatap", IN6_IS_ADDR_ISATAP);
    FLAGS6("in6-v4translated", IN6_IS_ADDR_V4TRANSLATED);
    FLAGS6("in6-v4mapped", IN6_IS_ADDR_V4MAPPED);
    FLAGS6("in6-solicitednode", IN6_IS_ADDR_SOLICITEDNODE);
    {
        /* Unaligned: an address one byte into a buffer. */
        unsigned char buf[8] = {0, 127, 0, 0, 1, 0, 0, 0};
        SHOW("in4-unaligned-loopback", "%d", IN4_IS_UNALIGNED_ADDR_LOOPBACK((const IN_ADDR *)(buf + 1)));
        SHOW("in4-unaligned-rfc1918", "%d", IN4_IS_UNALIGNED_ADDR_RFC1918((const IN_ADDR *)(buf + 1)));
    }
    {
        SOCKADDR_IN a, b;
        SOCKADDR_IN6 a6, b6;
        SOCKADDR_STORAGE st;
        IN_ADDR v4;
        IN6_ADDR v6, sn;
        SCOPE_ID scope;
        memset(&a, 0xcc, sizeof a);
        IN4ADDR_SETANY(&a);
        hex("in4addr-setany", &a, sizeof a);
        SHOW("in4addr-isany", "%d %d", IN4ADDR_ISANY(&a), IN4ADDR_ISUNSPECIFIED(&a));
        memset(&b, 0xcc, sizeof b);
        IN4ADDR_SETLOOPBACK(&b);
        hex("in4addr-setloopback", &b, sizeof b);
        SHOW("in4addr-isloopback", "%d %d", IN4ADDR_ISLOOPBACK(&b), IN4ADDR_ISANY(&b));
        inet_pton(AF_INET, "127.0.0.1", &v4);
        IN4ADDR_SETSOCKADDR(&a, &v4, htons(80));
        SHOW("in4addr-isequal-port-ignored", "%d", IN4ADDR_ISEQUAL(&a, &b));
        SHOW("inetaddr-port", "%d", ntohs(INETADDR_PORT((SOCKADDR *)&a)));
        INETADDR_SET_PORT((SOCKADDR *)&a, htons(8080));
        SHOW("inetaddr-set-port", "%d", ntohs(a.sin_port));
        hex("inetaddr-address-v4", INETADDR_ADDRESS((SOCKADDR *)&a), INET_ADDR_LENGTH(AF_INET));

        inet_pton(AF_INET, "1.2.3.4", &v4);
        scope.Value = 5;
        IN6ADDR_SETV4MAPPED(&a6, &v4, scope, htons(443));
        hex("in6addr-setv4mapped", &a6, sizeof a6);
        SHOW("in6-get-v4mapped", "%d", IN4_ADDR_EQUAL(IN6_GET_ADDR_V4MAPPED(&a6.sin6_addr), &v4));
        SHOW("inetaddr-scope", "%lu %lu", (unsigned long)INETADDR_SCOPE_ID((SOCKADDR *)&a6).Value,
             (unsigned long)INETADDR_SCOPE_ID((SOCKADDR *)&a).Value);
        b6 = a6;
        b6.sin6_port = 0;
        SHOW("in6addr-isequal-port-ignored", "%d", IN6ADDR_ISEQUAL(&a6, &b6));
        b6.sin6_scope_id = 6;
        SHOW("in6addr-isequal-scope", "%d", IN6ADDR_ISEQUAL(&a6, &b6));
        IN6_SET_ADDR_V4COMPAT(&v6, &v4);
        hex("in6-set-v4compat", &v6, sizeof v6);
        inet_pton(AF_INET6, "2001:db8::aabb:ccdd", &v6);
        IN6_SET_ADDR_SOLICITEDNODE(&sn, &v6);
        inet_ntop(AF_INET6, &sn, (char *)&st, sizeof st);
        SHOW("in6-set-solicitednode", "%s", (char *)&st);

        memset(&st, 0xcc, sizeof st);
        st.ss_family = AF_INET6;
        INETADDR_SETLOOPBACK((SOCKADDR *)&st);
        SHOW("inetaddr-setloopback-v6", "%d %d %d", INETADDR_ISLOOPBACK((SOCKADDR *)&st), INETADDR_ISANY((SOCKADDR *)&st),
             ((SOCKADDR_IN6 *)&st)->sin6_port);
        INETADDR_SETANY((SOCKADDR *)&st);
        SHOW("inetaddr-setany-v6", "%d %d %d", INETADDR_ISANY((SOCKADDR *)&st), INETADDR_ISUNSPECIFIED((SOCKADDR *)&st),
             st.ss_family);
        st.ss_family = AF_INET;
        INETADDR_SETLOOPBACK((SOCKADDR *)&st);
        hex("inetaddr-setloopback-v4", &st, sizeof(SOCKADDR_IN));
        SHOW("inetaddr-isequal-families", "%d %d", INETADDR_ISEQUAL((SOCKADDR *)&st, (SOCKADDR *)&b),
             INETADDR_ISEQUAL((SOCKADDR *)&st, (SOCKADDR *)&a6));
        INETADDR_SET_ADDRESS((SOCKADDR *)&st, (const UCHAR *)&v4);
        hex("inetaddr-set-address", &((SOCKADDR_IN *)&st)->sin_addr, 4);
        SHOW("inet-lengths", "%d %d %d %d", (int)INET_ADDR_LENGTH(AF_INET), (int)INET_ADDR_LENGTH(AF_INET6),
             (int)INET_SOCKADDR_LENGTH(AF_INET), (int)INET_SOCKADDR_LENGTH(AF_INET6));
        SHOW("inet-is", "%d %d %d %d", INET_IS_ADDR_LOOPBACK(AF_INET6, &in6addr_loopback),
             INET_IS_ADDR_UNSPECIFIED(AF_INET6, &in6addr_any), INET_IS_ADDR_BROADCAST(AF_INET6, &in6addr_any),
             INET_ADDR_EQUAL(AF_INET, &v4, IN6_GET_ADDR_V4MAPPED(&a6.sin6_addr)));
    }
    printf("done: 1\n");
    return 0;
}
