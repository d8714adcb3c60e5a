/*
 * wspiapi.h - the SDK's getaddrinfo compatibility layer for old code
 * (winsock-wasm).
 *
 * On Windows this header carried inline fallbacks for systems without
 * getaddrinfo (before Windows XP) and used ws2_32's functions where they
 * exist. Here they always exist: WspiapiGetAddrInfo, WspiapiGetNameInfo and
 * WspiapiFreeAddrInfo call getaddrinfo, getnameinfo and freeaddrinfo.
 */
#ifndef _WSPIAPI_H_
#define _WSPIAPI_H_

#include "winsock_wasm_abi.h"
#include "ws2tcpip.h"

__WSW_BEGIN_DECLS

static __inline int WINAPI WspiapiGetAddrInfo(const char *nodename, const char *servname,
                                               const struct addrinfo *hints, struct addrinfo **res)
{
    return getaddrinfo(nodename, servname, hints, res);
}

static __inline int WINAPI WspiapiGetNameInfo(const struct sockaddr *sa, socklen_t salen, char *host,
                                               size_t hostlen, char *serv, size_t servlen, int flags)
{
    return getnameinfo(sa, salen, host, (DWORD)hostlen, serv, (DWORD)servlen, flags);
}

static __inline void WINAPI WspiapiFreeAddrInfo(struct addrinfo *ai)
{
    freeaddrinfo(ai);
}

__WSW_END_DECLS

#endif /* _WSPIAPI_H_ */
