/*
 * mstcpip.h - Microsoft TCP/IP extensions (winsock-wasm): keep-alive
 * parameters for SIO_KEEPALIVE_VALS, the vendor ioctl codes, and the SDK's
 * inline address helpers: IN4_IS_ADDR_*, IN4ADDR_*, the IN6 ones ws2ipdef.h
 * does not hold, and the family-generic INET_* and INETADDR_* over a SOCKADDR.
 * Addresses are in network byte order, as in the structures themselves.
 */
#ifndef _MSTCPIP_
#define _MSTCPIP_

#include "winsock_wasm_abi.h"
#include "winsock2.h"
#include "ws2ipdef.h"

__WSW_BEGIN_DECLS

struct tcp_keepalive {
    ULONG onoff;
    ULONG keepalivetime;
    ULONG keepaliveinterval;
};

#define SIO_RCVALL _WSAIOW(IOC_VENDOR, 1)
#define SIO_RCVALL_MCAST _WSAIOW(IOC_VENDOR, 2)
#define SIO_RCVALL_IGMPMCAST _WSAIOW(IOC_VENDOR, 3)
#define SIO_KEEPALIVE_VALS _WSAIOW(IOC_VENDOR, 4)
#define SIO_ABSORB_RTRALERT _WSAIOW(IOC_VENDOR, 5)
#define SIO_UCAST_IF _WSAIOW(IOC_VENDOR, 6)
#define SIO_LIMIT_BROADCASTS _WSAIOW(IOC_VENDOR, 7)
#define SIO_INDEX_BIND _WSAIOW(IOC_VENDOR, 8)
#define SIO_INDEX_MCASTIF _WSAIOW(IOC_VENDOR, 9)
#define SIO_INDEX_ADD_MCAST _WSAIOW(IOC_VENDOR, 10)
#define SIO_INDEX_DEL_MCAST _WSAIOW(IOC_VENDOR, 11)
#define SIO_LOOPBACK_FAST_PATH _WSAIOW(IOC_VENDOR, 16)

typedef enum {
    RCVALL_OFF = 0,
    RCVALL_ON = 1,
    RCVALL_SOCKETLEVELONLY = 2,
    RCVALL_IPLEVEL = 3
} RCVALL_VALUE, *PRCVALL_VALUE;

__WSW_SIZE(struct tcp_keepalive, 12);

/* ---- IPv4 addresses (IN_ADDR), by their bytes in network order ---- */
WS2TCPIP_INLINE BOOLEAN IN4_ADDR_EQUAL(const IN_ADDR *a, const IN_ADDR *b) { return (BOOLEAN)(a->s_addr == b->s_addr); }
WS2TCPIP_INLINE BOOLEAN IN4_IS_ADDR_UNSPECIFIED(const IN_ADDR *a) { return (BOOLEAN)(a->s_addr == INADDR_ANY); }
WS2TCPIP_INLINE BOOLEAN IN4_IS_ADDR_LOOPBACK(const IN_ADDR *a) { return (BOOLEAN)(a->s_net == 0x7f); }
WS2TCPIP_INLINE BOOLEAN IN4_IS_ADDR_BROADCAST(const IN_ADDR *a) { return (BOOLEAN)(a->s_addr == INADDR_BROADCAST); }
WS2TCPIP_INLINE BOOLEAN IN4_IS_ADDR_MULTICAST(const IN_ADDR *a) { return (BOOLEAN)((a->s_net & 0xf0) == 0xe0); }
/* 169.254.0.0/16 */
WS2TCPIP_INLINE BOOLEAN IN4_IS_ADDR_LINKLOCAL(const IN_ADDR *a)
{
    return (BOOLEAN)(a->S_un.S_un_b.s_b1 == 169 && a->S_un.S_un_b.s_b2 == 254);
}
/* IPv4 has no site-local scope. */
WS2TCPIP_INLINE BOOLEAN IN4_IS_ADDR_SITELOCAL(const IN_ADDR *a)
{
    (void)a;
    return FALSE;
}
/* 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 */
WS2TCPIP_INLINE BOOLEAN IN4_IS_ADDR_RFC1918(const IN_ADDR *a)
{
    UCHAR b1 = a->S_un.S_un_b.s_b1, b2 = a->S_un.S_un_b.s_b2;
    return (BOOLEAN)(b1 == 10 || (b1 == 172 && (b2 & 0xf0) == 16) || (b1 == 192 && b2 == 168));
}
/* 224.0.0.0/24 */
WS2TCPIP_INLINE BOOLEAN IN4_IS_ADDR_MC_LINKLOCAL(const IN_ADDR *a)
{
    return (BOOLEAN)(a->S_un.S_un_b.s_b1 == 224 && a->S_un.S_un_b.s_b2 == 0 && a->S_un.S_un_b.s_b3 == 0);
}
/* 239.255.0.0/16 */
WS2TCPIP_INLINE BOOLEAN IN4_IS_ADDR_MC_ADMINLOCAL(const IN_ADDR *a)
{
    return (BOOLEAN)(a->S_un.S_un_b.s_b1 == 239 && a->S_un.S_un_b.s_b2 == 255);
}
/* 239.0.0.0/8 outside the admin-local range */
WS2TCPIP_INLINE BOOLEAN IN4_IS_ADDR_MC_SITELOCAL(const IN_ADDR *a)
{
    return (BOOLEAN)(a->S_un.S_un_b.s_b1 == 239 && !IN4_IS_ADDR_MC_ADMINLOCAL(a));
}

/* The same tests on an address that may not be 4-byte aligned. */
#define __WSW_IN4_UNALIGNED(test)                                                                                     \
    WS2TCPIP_INLINE BOOLEAN IN4_IS_UNALIGNED_##test(const IN_ADDR UNALIGNED *a)                                     \
    {                                                                                                                 \
        IN_ADDR x;                                                                                                    \
        memcpy(&x, (const void *)a, sizeof x);                                                                        \
        return IN4_IS_##test(&x);                                                                                     \
    }
__WSW_IN4_UNALIGNED(ADDR_UNSPECIFIED)
__WSW_IN4_UNALIGNED(ADDR_LOOPBACK)
__WSW_IN4_UNALIGNED(ADDR_BROADCAST)
__WSW_IN4_UNALIGNED(ADDR_MULTICAST)
__WSW_IN4_UNALIGNED(ADDR_LINKLOCAL)
__WSW_IN4_UNALIGNED(ADDR_SITELOCAL)
__WSW_IN4_UNALIGNED(ADDR_RFC1918)
#undef __WSW_IN4_UNALIGNED
WS2TCPIP_INLINE BOOLEAN IN4_UNALIGNED_ADDR_EQUAL(const IN_ADDR UNALIGNED *a, const IN_ADDR UNALIGNED *b)
{
    return (BOOLEAN)(memcmp((const void *)a, (const void *)b, sizeof(IN_ADDR)) == 0);
}

/* ---- IPv4 socket addresses (SOCKADDR_IN) ---- */
/* An IPv4 address has no scope: its scope id is 0. */
WS2TCPIP_INLINE SCOPE_ID IN4ADDR_SCOPE_ID(const SOCKADDR_IN *a)
{
    SCOPE_ID none;
    (void)a;
    none.Value = 0;
    return none;
}
WS2TCPIP_INLINE BOOLEAN IN4ADDR_ISANY(const SOCKADDR_IN *a) { return IN4_IS_ADDR_UNSPECIFIED(&a->sin_addr); }
WS2TCPIP_INLINE BOOLEAN IN4ADDR_ISLOOPBACK(const SOCKADDR_IN *a) { return IN4_IS_ADDR_LOOPBACK(&a->sin_addr); }
/* Address and scope; the port is not compared. */
WS2TCPIP_INLINE BOOLEAN IN4ADDR_ISEQUAL(const SOCKADDR_IN *a, const SOCKADDR_IN *b)
{
    return (BOOLEAN)(IN4ADDR_SCOPE_ID(a).Value == IN4ADDR_SCOPE_ID(b).Value && IN4_ADDR_EQUAL(&a->sin_addr, &b->sin_addr));
}
WS2TCPIP_INLINE BOOLEAN IN4ADDR_ISUNSPECIFIED(const SOCKADDR_IN *a)
{
    return (BOOLEAN)(IN4ADDR_SCOPE_ID(a).Value == 0 && IN4_IS_ADDR_UNSPECIFIED(&a->sin_addr));
}
WS2TCPIP_INLINE VOID IN4ADDR_SETSOCKADDR(PSOCKADDR_IN a, const IN_ADDR *addr, USHORT port)
{
    memset(a, 0, sizeof *a);
    a->sin_family = AF_INET;
    a->sin_port = port;
    a->sin_addr = *addr;
}
WS2TCPIP_INLINE VOID IN4ADDR_SETANY(PSOCKADDR_IN a)
{
    IN_ADDR any;
    any.s_addr = INADDR_ANY;
    IN4ADDR_SETSOCKADDR(a, &any, 0);
}
WS2TCPIP_INLINE VOID IN4ADDR_SETLOOPBACK(PSOCKADDR_IN a)
{
    IN_ADDR lo;
    lo.s_addr = htonl(INADDR_LOOPBACK);
    IN4ADDR_SETSOCKADDR(a, &lo, 0);
}

/* ---- IPv6: the tests and setters the SDK keeps here rather than in ws2ipdef.h ---- */
/* 2002::/16 */
WS2TCPIP_INLINE BOOLEAN IN6_IS_ADDR_6TO4(const IN6_ADDR *a) { return (BOOLEAN)(a->s6_bytes[0] == 0x20 && a->s6_bytes[1] == 0x02); }
/* 2001:0::/32 */
WS2TCPIP_INLINE BOOLEAN IN6_IS_ADDR_TEREDO(const IN6_ADDR *a)
{
    return (BOOLEAN)(a->s6_bytes[0] == 0x20 && a->s6_bytes[1] == 0x01 && a->s6_bytes[2] == 0 && a->s6_bytes[3] == 0);
}
/* An interface identifier of the form [02]00:5efe:w.x.y.z */
WS2TCPIP_INLINE BOOLEAN IN6_IS_ADDR_ISATAP(const IN6_ADDR *a)
{
    return (BOOLEAN)((a->s6_bytes[8] & 0xfd) == 0 && a->s6_bytes[9] == 0 && a->s6_bytes[10] == 0x5e && a->s6_bytes[11] == 0xfe);
}
/* ::ffff:0:w.x.y.z */
WS2TCPIP_INLINE BOOLEAN IN6_IS_ADDR_V4TRANSLATED(const IN6_ADDR *a)
{
    static const UCHAR prefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0};
    return (BOOLEAN)(memcmp(a->s6_bytes, prefix, sizeof prefix) == 0);
}
/* ff02::1:ffXX:XXXX */
WS2TCPIP_INLINE BOOLEAN IN6_IS_ADDR_SOLICITEDNODE(const IN6_ADDR *a)
{
    static const UCHAR prefix[13] = {0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01, 0xff};
    return (BOOLEAN)(memcmp(a->s6_bytes, prefix, sizeof prefix) == 0);
}
/* The IPv4 address in the last four bytes of a mapped (::ffff:w.x.y.z) or compatible (::w.x.y.z) address. */
WS2TCPIP_INLINE const IN_ADDR *IN6_GET_ADDR_V4MAPPED(const IN6_ADDR *a) { return (const IN_ADDR *)(const void *)&a->s6_bytes[12]; }
WS2TCPIP_INLINE const IN_ADDR *IN6_GET_ADDR_V4COMPAT(const IN6_ADDR *a) { return (const IN_ADDR *)(const void *)&a->s6_bytes[12]; }
WS2TCPIP_INLINE VOID IN6_SET_ADDR_V4MAPPED(PIN6_ADDR a6, const IN_ADDR *a4)
{
    memset(a6->s6_bytes, 0, 10);
    a6->s6_bytes[10] = 0xff;
    a6->s6_bytes[11] = 0xff;
    memcpy(&a6->s6_bytes[12], a4, 4);
}
WS2TCPIP_INLINE VOID IN6_SET_ADDR_V4COMPAT(PIN6_ADDR a6, const IN_ADDR *a4)
{
    memset(a6->s6_bytes, 0, 12);
    memcpy(&a6->s6_bytes[12], a4, 4);
}
/* ff02::1:ffXX:XXXX for the last three bytes of a. */
WS2TCPIP_INLINE VOID IN6_SET_ADDR_SOLICITEDNODE(PIN6_ADDR multicast, const IN6_ADDR *a)
{
    memset(multicast->s6_bytes, 0, sizeof(IN6_ADDR));
    multicast->s6_bytes[0] = 0xff;
    multicast->s6_bytes[1] = 0x02;
    multicast->s6_bytes[11] = 0x01;
    multicast->s6_bytes[12] = 0xff;
    memcpy(&multicast->s6_bytes[13], &a->s6_bytes[13], 3);
}
WS2TCPIP_INLINE SCOPE_ID IN6ADDR_SCOPE_ID(const SOCKADDR_IN6 *a)
{
    SCOPE_ID s;
    s.Value = a->sin6_scope_id;
    return s;
}
/* Address and scope id; the port and flow information are not compared. */
WS2TCPIP_INLINE BOOLEAN IN6ADDR_ISEQUAL(const SOCKADDR_IN6 *a, const SOCKADDR_IN6 *b)
{
    return (BOOLEAN)(a->sin6_scope_id == b->sin6_scope_id && IN6_ADDR_EQUAL(&a->sin6_addr, &b->sin6_addr));
}
WS2TCPIP_INLINE BOOLEAN IN6ADDR_ISUNSPECIFIED(const SOCKADDR_IN6 *a)
{
    return (BOOLEAN)(a->sin6_scope_id == 0 && IN6_IS_ADDR_UNSPECIFIED(&a->sin6_addr));
}
WS2TCPIP_INLINE VOID IN6ADDR_SETSOCKADDR(PSOCKADDR_IN6 a, const IN6_ADDR *addr, SCOPE_ID scope, USHORT port)
{
    memset(a, 0, sizeof *a);
    a->sin6_family = AF_INET6;
    a->sin6_port = port;
    a->sin6_addr = *addr;
    a->sin6_scope_id = scope.Value;
}
WS2TCPIP_INLINE VOID IN6ADDR_SETV4MAPPED(PSOCKADDR_IN6 a6, const IN_ADDR *a4, SCOPE_ID scope, USHORT port)
{
    IN6_ADDR mapped;
    IN6_SET_ADDR_V4MAPPED(&mapped, a4);
    IN6ADDR_SETSOCKADDR(a6, &mapped, scope, port);
}

/* ---- Either family: by the family argument, or the SOCKADDR's own ---- */
WS2TCPIP_INLINE SIZE_T INET_ADDR_LENGTH(ADDRESS_FAMILY af) { return af == AF_INET6 ? sizeof(IN6_ADDR) : sizeof(IN_ADDR); }
WS2TCPIP_INLINE SIZE_T INET_SOCKADDR_LENGTH(ADDRESS_FAMILY af) { return af == AF_INET6 ? sizeof(SOCKADDR_IN6) : sizeof(SOCKADDR_IN); }
WS2TCPIP_INLINE BOOLEAN INET_ADDR_EQUAL(ADDRESS_FAMILY af, const VOID *a, const VOID *b)
{
    return af == AF_INET6 ? IN6_ADDR_EQUAL((const IN6_ADDR *)a, (const IN6_ADDR *)b)
                          : IN4_ADDR_EQUAL((const IN_ADDR *)a, (const IN_ADDR *)b);
}
WS2TCPIP_INLINE BOOLEAN INET_UNALIGNED_ADDR_EQUAL(ADDRESS_FAMILY af, const VOID *a, const VOID *b)
{
    return (BOOLEAN)(memcmp(a, b, INET_ADDR_LENGTH(af)) == 0);
}
WS2TCPIP_INLINE BOOLEAN INET_IS_ADDR_UNSPECIFIED(ADDRESS_FAMILY af, const VOID *a)
{
    return af == AF_INET6 ? IN6_IS_ADDR_UNSPECIFIED((const IN6_ADDR *)a) : IN4_IS_UNALIGNED_ADDR_UNSPECIFIED((const IN_ADDR *)a);
}
WS2TCPIP_INLINE BOOLEAN INET_IS_ADDR_LOOPBACK(ADDRESS_FAMILY af, const VOID *a)
{
    return af == AF_INET6 ? IN6_IS_ADDR_LOOPBACK((const IN6_ADDR *)a) : IN4_IS_UNALIGNED_ADDR_LOOPBACK((const IN_ADDR *)a);
}
/* IPv6 has no broadcast address. */
WS2TCPIP_INLINE BOOLEAN INET_IS_ADDR_BROADCAST(ADDRESS_FAMILY af, const VOID *a)
{
    return af == AF_INET6 ? (BOOLEAN)FALSE : IN4_IS_UNALIGNED_ADDR_BROADCAST((const IN_ADDR *)a);
}
WS2TCPIP_INLINE VOID INET_SET_ADDRESS(ADDRESS_FAMILY af, PUCHAR a, const UCHAR *value) { memcpy(a, value, INET_ADDR_LENGTH(af)); }

WS2TCPIP_INLINE BOOLEAN INETADDR_ISANY(const SOCKADDR *a)
{
    return a->sa_family == AF_INET6 ? IN6ADDR_ISANY((const SOCKADDR_IN6 *)a) : IN4ADDR_ISANY((const SOCKADDR_IN *)a);
}
WS2TCPIP_INLINE BOOLEAN INETADDR_ISLOOPBACK(const SOCKADDR *a)
{
    return a->sa_family == AF_INET6 ? IN6ADDR_ISLOOPBACK((const SOCKADDR_IN6 *)a) : IN4ADDR_ISLOOPBACK((const SOCKADDR_IN *)a);
}
WS2TCPIP_INLINE BOOLEAN INETADDR_ISUNSPECIFIED(const SOCKADDR *a)
{
    return a->sa_family == AF_INET6 ? IN6ADDR_ISUNSPECIFIED((const SOCKADDR_IN6 *)a)
                                    : IN4ADDR_ISUNSPECIFIED((const SOCKADDR_IN *)a);
}
/* Same family, address and scope (ports are not compared). */
WS2TCPIP_INLINE BOOLEAN INETADDR_ISEQUAL(const SOCKADDR *a, const SOCKADDR *b)
{
    if (a->sa_family != b->sa_family) return FALSE;
    return a->sa_family == AF_INET6 ? IN6ADDR_ISEQUAL((const SOCKADDR_IN6 *)a, (const SOCKADDR_IN6 *)b)
                                    : IN4ADDR_ISEQUAL((const SOCKADDR_IN *)a, (const SOCKADDR_IN *)b);
}
WS2TCPIP_INLINE SCOPE_ID INETADDR_SCOPE_ID(const SOCKADDR *a)
{
    return a->sa_family == AF_INET6 ? IN6ADDR_SCOPE_ID((const SOCKADDR_IN6 *)a) : IN4ADDR_SCOPE_ID((const SOCKADDR_IN *)a);
}
/* The port in network byte order. */
WS2TCPIP_INLINE USHORT INETADDR_PORT(const SOCKADDR *a)
{
    return a->sa_family == AF_INET6 ? ((const SOCKADDR_IN6 *)a)->sin6_port : ((const SOCKADDR_IN *)a)->sin_port;
}
WS2TCPIP_INLINE PUCHAR INETADDR_ADDRESS(const SOCKADDR *a)
{
    return a->sa_family == AF_INET6 ? (PUCHAR)&((const SOCKADDR_IN6 *)a)->sin6_addr : (PUCHAR)&((const SOCKADDR_IN *)a)->sin_addr;
}
WS2TCPIP_INLINE VOID INETADDR_SET_PORT(PSOCKADDR a, USHORT port)
{
    if (a->sa_family == AF_INET6) ((SOCKADDR_IN6 *)a)->sin6_port = port;
    else ((SOCKADDR_IN *)a)->sin_port = port;
}
WS2TCPIP_INLINE VOID INETADDR_SET_ADDRESS(PSOCKADDR a, const UCHAR *address)
{
    INET_SET_ADDRESS(a->sa_family, INETADDR_ADDRESS(a), address);
}
/* The wildcard or loopback address of a's own family, port 0. */
WS2TCPIP_INLINE VOID INETADDR_SETANY(PSOCKADDR a)
{
    if (a->sa_family == AF_INET6) IN6ADDR_SETANY((PSOCKADDR_IN6)a);
    else IN4ADDR_SETANY((PSOCKADDR_IN)a);
}
WS2TCPIP_INLINE VOID INETADDR_SETLOOPBACK(PSOCKADDR a)
{
    if (a->sa_family == AF_INET6) IN6ADDR_SETLOOPBACK((PSOCKADDR_IN6)a);
    else IN4ADDR_SETLOOPBACK((PSOCKADDR_IN)a);
}

__WSW_END_DECLS

#endif /* _MSTCPIP_ */
