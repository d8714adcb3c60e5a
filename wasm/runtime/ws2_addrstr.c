/*
 * ws2_addrstr.c - address strings of ws2_32: WSAAddressToStringA/W, WSAStringToAddressA/W,
 * InetPtonW and InetNtopW (winsock-wasm runtime). Pure C over inet.c's inet_pton and
 * inet_ntop, so the address text follows Windows' rules there.
 *
 * WSAAddressToString: "a.b.c.d" or "a.b.c.d:port" for AF_INET; "addr", "addr%scope",
 * "[addr]:port" or "[addr%scope]:port" for AF_INET6 (the port and scope only when not 0).
 * *lpdwAddressStringLength counts characters with the terminator; too small gives WSAEFAULT
 * with the length needed. WSAStringToAddress reads the same forms back (an IPv4 address as
 * inet_addr reads it, in the RtlIpv4StringToAddressEx non-strict rules); text that is not an
 * address is WSAEINVAL, and a too small *lpAddressLength WSAEFAULT with the size needed. The
 * lpProtocolInfo argument is not used: every address family here is the system's own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <winsock2.h>
#include <ws2tcpip.h>

/* inet_addr's reading of "a[.b[.c[.d]]]" (decimal, octal, hex parts), the whole text. */
static int ipv4_text(const char *s, size_t n, IN_ADDR *out)
{
    char buf[32];
    unsigned long a;
    if (n == 0 || n >= sizeof buf) return 0;
    memcpy(buf, s, n);
    buf[n] = 0;
    for (size_t i = 0; i < n; i++)
        if (!((buf[i] >= '0' && buf[i] <= '9') || buf[i] == '.' || buf[i] == 'x' || buf[i] == 'X' ||
              (buf[i] >= 'a' && buf[i] <= 'f') || (buf[i] >= 'A' && buf[i] <= 'F')))
            return 0;
    a = inet_addr(buf);
    if (a == INADDR_NONE && strcmp(buf, "255.255.255.255") != 0) return 0;
    out->s_addr = (ULONG)a;
    return 1;
}

/* A decimal port 0-65535, the whole text. */
static int port_text(const char *s, size_t n, USHORT *port)
{
    unsigned long v = 0;
    if (n == 0 || n > 5) return 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return 0;
        v = v * 10 + (unsigned long)(s[i] - '0');
    }
    if (v > 65535) return 0;
    *port = (USHORT)v;
    return 1;
}

/* The text of an address, or 0 with the Winsock error. */
static int address_text(const SOCKADDR *sa, DWORD len, char *out, size_t cap)
{
    char host[INET6_ADDRSTRLEN];
    if (!sa) return WSAEFAULT;
    if (len < sizeof(USHORT)) return WSAEFAULT;
    if (sa->sa_family == AF_INET) {
        const SOCKADDR_IN *in = (const SOCKADDR_IN *)sa;
        if (len < sizeof *in) return WSAEFAULT;
        inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
        if (in->sin_port) snprintf(out, cap, "%s:%u", host, ntohs(in->sin_port));
        else snprintf(out, cap, "%s", host);
        return 0;
    }
    if (sa->sa_family == AF_INET6) {
        const SOCKADDR_IN6 *in6 = (const SOCKADDR_IN6 *)sa;
        char scoped[INET6_ADDRSTRLEN + 12];
        if (len < sizeof *in6) return WSAEFAULT;
        inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
        if (in6->sin6_scope_id) snprintf(scoped, sizeof scoped, "%s%%%lu", host, (unsigned long)in6->sin6_scope_id);
        else snprintf(scoped, sizeof scoped, "%s", host);
        if (in6->sin6_port) snprintf(out, cap, "[%s]:%u", scoped, ntohs(in6->sin6_port));
        else snprintf(out, cap, "%s", scoped);
        return 0;
    }
    return WSAEINVAL;
}

/* The text of the address in text[80] and its length with the terminator in *need, after the
 * checks both forms share: 0, or the Winsock error. "If the supplied buffer is not large
 * enough, the function fails with a specific error of WSAEFAULT and this parameter is
 * updated with the required size." */
static int address_string(const SOCKADDR *sa, DWORD len, const void *buffer, LPDWORD cap, char text[80], size_t *need)
{
    int err;
    if (!cap) return WSAEFAULT;
    err = address_text(sa, len, text, 80);
    if (err) return err;
    *need = strlen(text) + 1;
    if (!buffer || *cap < *need) {
        *cap = (DWORD)*need;
        return WSAEFAULT;
    }
    *cap = (DWORD)*need;
    return 0;
}

INT WSAAPI WSAAddressToStringA(LPSOCKADDR lpsaAddress, DWORD dwAddressLength, LPWSAPROTOCOL_INFOA lpProtocolInfo,
                               LPSTR lpszAddressString, LPDWORD lpdwAddressStringLength)
{
    char text[80];
    size_t need;
    int err = address_string(lpsaAddress, dwAddressLength, lpszAddressString, lpdwAddressStringLength, text, &need);
    (void)lpProtocolInfo;
    if (err) {
        WSASetLastError(err);
        return SOCKET_ERROR;
    }
    memcpy(lpszAddressString, text, need);
    return 0;
}

INT WSAAPI WSAAddressToStringW(LPSOCKADDR lpsaAddress, DWORD dwAddressLength, LPWSAPROTOCOL_INFOW lpProtocolInfo,
                               LPWSTR lpszAddressString, LPDWORD lpdwAddressStringLength)
{
    char text[80];
    size_t need, i;
    int err = address_string(lpsaAddress, dwAddressLength, lpszAddressString, lpdwAddressStringLength, text, &need);
    (void)lpProtocolInfo;
    if (err) {
        WSASetLastError(err);
        return SOCKET_ERROR;
    }
    for (i = 0; i < need; i++) lpszAddressString[i] = (WCHAR)(unsigned char)text[i];
    return 0;
}

/* Reads s as an address of the family into a sockaddr; 0, or the Winsock error. */
static int string_address(const char *s, INT family, LPSOCKADDR out, LPINT len)
{
    size_t n;
    if (!s || !len) return WSAEFAULT;
    n = strlen(s);
    if (family == AF_INET) {
        SOCKADDR_IN in;
        const char *colon = memchr(s, ':', n);
        memset(&in, 0, sizeof in);
        in.sin_family = AF_INET;
        if (!ipv4_text(s, colon ? (size_t)(colon - s) : n, &in.sin_addr)) return WSAEINVAL;
        if (colon && !port_text(colon + 1, n - (size_t)(colon + 1 - s), &in.sin_port)) return WSAEINVAL;
        in.sin_port = htons(in.sin_port);
        if (!out || *len < (INT)sizeof in) {
            *len = (INT)sizeof in;
            return WSAEFAULT;
        }
        memcpy(out, &in, sizeof in);
        *len = (INT)sizeof in;
        return 0;
    }
    if (family == AF_INET6) {
        SOCKADDR_IN6 in6;
        char host[INET6_ADDRSTRLEN + 16];
        const char *h = s, *end = s + n, *pct;
        USHORT port = 0;
        memset(&in6, 0, sizeof in6);
        in6.sin6_family = AF_INET6;
        if (*s == '[') {
            const char *close = memchr(s, ']', n);
            if (!close) return WSAEINVAL;
            h = s + 1;
            if (close + 1 < end) {
                if (close[1] != ':' || !port_text(close + 2, (size_t)(end - close - 2), &port)) return WSAEINVAL;
            }
            end = close;
        }
        pct = memchr(h, '%', (size_t)(end - h));
        if ((size_t)((pct ? pct : end) - h) >= sizeof host) return WSAEINVAL;
        memcpy(host, h, (size_t)((pct ? pct : end) - h));
        host[(pct ? pct : end) - h] = 0;
        if (inet_pton(AF_INET6, host, &in6.sin6_addr) != 1) return WSAEINVAL;
        if (pct) {
            unsigned long scope = 0;
            const char *p;
            if (pct + 1 >= end) return WSAEINVAL;
            for (p = pct + 1; p < end; p++) {
                if (*p < '0' || *p > '9') return WSAEINVAL;
                scope = scope * 10 + (unsigned long)(*p - '0');
            }
            in6.sin6_scope_id = (ULONG)scope;
        }
        in6.sin6_port = htons(port);
        if (!out || *len < (INT)sizeof in6) {
            *len = (INT)sizeof in6;
            return WSAEFAULT;
        }
        memcpy(out, &in6, sizeof in6);
        *len = (INT)sizeof in6;
        return 0;
    }
    return WSAEINVAL;
}

INT WSAAPI WSAStringToAddressA(LPSTR AddressString, INT AddressFamily, LPWSAPROTOCOL_INFOA lpProtocolInfo,
                               LPSOCKADDR lpAddress, LPINT lpAddressLength)
{
    int err;
    (void)lpProtocolInfo;
    err = string_address(AddressString, AddressFamily, lpAddress, lpAddressLength);
    if (err) {
        WSASetLastError(err);
        return SOCKET_ERROR;
    }
    return 0;
}

/* Wide text as ASCII for the address parsers: any other character makes it no address. */
static char *narrow_ascii(const WCHAR *w, int *bad)
{
    size_t n = 0, i;
    char *s;
    *bad = 0;
    if (!w) return NULL;
    while (w[n]) n++;
    s = malloc(n + 1);
    if (!s) return NULL;
    for (i = 0; i < n; i++) {
        if (w[i] > 0x7F) *bad = 1;
        s[i] = w[i] > 0x7F ? '?' : (char)w[i];
    }
    s[n] = 0;
    return s;
}

INT WSAAPI WSAStringToAddressW(LPWSTR AddressString, INT AddressFamily, LPWSAPROTOCOL_INFOW lpProtocolInfo,
                               LPSOCKADDR lpAddress, LPINT lpAddressLength)
{
    int bad, err;
    char *s;
    (void)lpProtocolInfo;
    if (!AddressString) {
        WSASetLastError(WSAEFAULT);
        return SOCKET_ERROR;
    }
    s = narrow_ascii(AddressString, &bad);
    if (!s) {
        WSASetLastError(WSAENOBUFS);
        return SOCKET_ERROR;
    }
    err = bad ? WSAEINVAL : string_address(s, AddressFamily, lpAddress, lpAddressLength);
    free(s);
    if (err) {
        WSASetLastError(err);
        return SOCKET_ERROR;
    }
    return 0;
}

INT WSAAPI InetPtonW(INT Family, PCWSTR pszAddrString, PVOID pAddrBuf)
{
    int bad, r;
    char *s;
    if (!pszAddrString || !pAddrBuf) return inet_pton(Family, NULL, pAddrBuf);
    s = narrow_ascii(pszAddrString, &bad);
    if (!s) {
        WSASetLastError(WSAENOBUFS);
        return -1;
    }
    r = bad ? (Family == AF_INET || Family == AF_INET6 ? 0 : inet_pton(Family, s, pAddrBuf)) : inet_pton(Family, s, pAddrBuf);
    free(s);
    return r;
}

PCWSTR WSAAPI InetNtopW(INT Family, const VOID *pAddr, PWSTR pStringBuf, size_t StringBufSize)
{
    char text[INET6_ADDRSTRLEN];
    size_t i, n;
    if (!inet_ntop(Family, pAddr, text, sizeof text)) return NULL;
    n = strlen(text) + 1;
    if (!pStringBuf || StringBufSize < n) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    for (i = 0; i < n; i++) pStringBuf[i] = (WCHAR)(unsigned char)text[i];
    return pStringBuf;
}
