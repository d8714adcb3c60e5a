/* WSAEnumProtocolsA/W and SO_PROTOCOL_INFOA/W: the TCP and UDP providers over IPv4 and IPv6.
 * The protocol list asked for is {IPPROTO_TCP, IPPROTO_UDP}, so that only those providers
 * answer (Wine also lists IPX and SPX). Provider names and catalog ids are the system's own
 * and are not compared.
 *
 * learn.microsoft.com/windows/win32/api/winsock2/nf-winsock2-wsaenumprotocolsa: "If no error
 * occurs, WSAEnumProtocols returns the number of protocols to be reported"; "WSAENOBUFS: The
 * buffer length was too small to receive all the relevant WSAPROTOCOL_INFO structures and
 * associated information. Pass in a buffer at least as large as the value returned in
 * lpdwBufferLength"; "lpiProtocols: A NULL-terminated array of iProtocol values ... If this
 * parameter is NULL, information on all available protocols is returned". */
#include "conf.h"

static void show(const char *tag, const WSAPROTOCOL_INFOA *e)
{
    char label[64];
    snprintf(label, sizeof label, "%s-%d-%d", tag, e->iAddressFamily, e->iProtocol);
    SHOW(label,
         "sf1=%05lx pf=%lx guid=%08lx-%04x chain=%d ver=%d addr=%d/%d type=%d maxoff=%d order=%d sec=%d msg=%lu",
         e->dwServiceFlags1, e->dwProviderFlags, e->ProviderId.Data1, e->ProviderId.Data2, e->ProtocolChain.ChainLen,
         e->iVersion, e->iMaxSockAddr, e->iMinSockAddr, e->iSocketType, e->iProtocolMaxOffset, e->iNetworkByteOrder,
         e->iSecurityScheme, e->dwMessageSize);
}

int main(void)
{
    WSADATA wsa;
    INT tcp_udp[] = {IPPROTO_TCP, IPPROTO_UDP, 0}, udp[] = {IPPROTO_UDP, 0};
    WSAPROTOCOL_INFOA a[16];
    WSAPROTOCOL_INFOW w[16];
    DWORD len;
    int n, i;

    WSAStartup(MAKEWORD(2, 2), &wsa);
    len = 0;
    n = WSAEnumProtocolsA(tcp_udp, NULL, &len);
    SHOW("size-query", "%d %d len=%lu", n, ERR(), (unsigned long)len);
    len = sizeof a;
    n = WSAEnumProtocolsA(tcp_udp, a, &len);
    SHOW("enum-a", "%d", n);
    for (i = 0; i < n; i++) show("a", &a[i]);
    SHOW("a-names", "%d %d", n > 0 && strstr(a[0].szProtocol, "TCP/IP") != NULL, n > 1 && strstr(a[1].szProtocol, "UDP/IP") != NULL);
    len = sizeof w;
    n = WSAEnumProtocolsW(tcp_udp, w, &len);
    SHOW("enum-w", "%d", n);
    SHOW("w-same", "%d %d", n > 0 && w[0].dwCatalogEntryId == a[0].dwCatalogEntryId && w[0].iSocketType == a[0].iSocketType,
         n > 0 && wcsstr(w[0].szProtocol, L"TCP/IP") != NULL);
    len = sizeof a;
    n = WSAEnumProtocolsA(udp, a, &len);
    SHOW("udp-only", "%d %d %d", n, n > 0 ? a[0].iProtocol : -1, n > 1 ? a[1].iAddressFamily : -1);
    len = sizeof(WSAPROTOCOL_INFOA) - 1;
    n = WSAEnumProtocolsA(udp, a, &len);
    SHOW("short", "%d %d len=%lu", n, ERR(), (unsigned long)len);

    {
        SOCKET s = socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP);
        WSAPROTOCOL_INFOA pa;
        WSAPROTOCOL_INFOW pw;
        int pl = sizeof pa, r;
        r = getsockopt(s, SOL_SOCKET, SO_PROTOCOL_INFOA, (char *)&pa, &pl);
        SHOW("so-protocol-info-a", "%d %d", r, pl);
        if (r == 0) show("so", &pa);
        pl = sizeof pw;
        r = getsockopt(s, SOL_SOCKET, SO_PROTOCOL_INFOW, (char *)&pw, &pl);
        SHOW("so-protocol-info-w", "%d %d %d %d", r, pl, pw.iAddressFamily, pw.iSocketType);
        pl = sizeof pa - 1;
        r = getsockopt(s, SOL_SOCKET, SO_PROTOCOL_INFOA, (char *)&pa, &pl);
        SHOW("so-protocol-info-short", "%d %d", r, ERR());
        pl = sizeof pa;
        r = setsockopt(s, SOL_SOCKET, SO_PROTOCOL_INFOA, (char *)&pa, pl);
        SHOW("so-protocol-info-set", "%d %d", r, ERR());
        closesocket(s);
    }
    WSACleanup();
    SHOW("done", "%d", 1);
    return 0;
}
