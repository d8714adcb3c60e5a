/* WSAAddressToStringA/W, WSAStringToAddressA/W, InetPtonW and InetNtopW (winsock2.h,
 * ws2tcpip.h): the output is compared with the same source built by mingw-w64 under Wine. */
#include <winsock2.h>
#include <ws2tcpip.h>
#include <stdio.h>
#include <string.h>

static const char *err_name(int e)
{
    switch (e) {
    case 0: return "0";
    case WSAEFAULT: return "WSAEFAULT";
    case WSAEINVAL: return "WSAEINVAL";
    case WSAEAFNOSUPPORT: return "WSAEAFNOSUPPORT";
    case ERROR_INVALID_PARAMETER: return "ERROR_INVALID_PARAMETER";
    default: return "other";
    }
}

static void to_string4(const char *ip, unsigned short port)
{
    struct sockaddr_in sa;
    char buf[64];
    DWORD len = sizeof buf;
    int r;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    inet_pton(AF_INET, ip, &sa.sin_addr);
    r = WSAAddressToStringA((struct sockaddr *)&sa, sizeof sa, NULL, buf, &len);
    printf("v4 %s port %u: %d [%s] len %lu\n", ip, port, r, r == 0 ? buf : "", (unsigned long)len);
}

static void to_string6(const char *ip, unsigned short port, unsigned long scope)
{
    struct sockaddr_in6 sa;
    char buf[80];
    WCHAR wbuf[80];
    DWORD len = sizeof buf, wlen = 80;
    int r, rw;
    memset(&sa, 0, sizeof sa);
    sa.sin6_family = AF_INET6;
    sa.sin6_port = htons(port);
    sa.sin6_scope_id = scope;
    inet_pton(AF_INET6, ip, &sa.sin6_addr);
    r = WSAAddressToStringA((struct sockaddr *)&sa, sizeof sa, NULL, buf, &len);
    rw = WSAAddressToStringW((struct sockaddr *)&sa, sizeof sa, NULL, wbuf, &wlen);
    printf("v6 %s port %u scope %lu: %d [%s] len %lu, wide %d len %lu same %d\n", ip, port, scope, r, r == 0 ? buf : "",
           (unsigned long)len, rw, (unsigned long)wlen, rw == 0 && (int)wlen == (int)len);
}

static void from_string(const char *text, int family)
{
    struct sockaddr_storage ss;
    char back[80];
    DWORD blen = sizeof back;
    int len = sizeof ss, r;
    memset(&ss, 0xAB, sizeof ss);
    WSASetLastError(0);
    r = WSAStringToAddressA((char *)text, family, NULL, (struct sockaddr *)&ss, &len);
    if (r != 0) {
        printf("parse %s [%s]: %d %s\n", family == AF_INET ? "v4" : family == AF_INET6 ? "v6" : "other", text, r,
               err_name(WSAGetLastError()));
        return;
    }
    WSAAddressToStringA((struct sockaddr *)&ss, len, NULL, back, &blen);
    printf("parse %s [%s]: 0 len %d family %d -> [%s]\n", family == AF_INET ? "v4" : "v6", text, len, ss.ss_family, back);
}

int main(void)
{
    WSADATA wsa;
    struct sockaddr_in sa;
    char small[8];
    DWORD len;
    int ilen, r;
    IN_ADDR a4;
    IN6_ADDR a6;
    WCHAR w[64];
    struct sockaddr_in6 s6;

    WSAStartup(MAKEWORD(2, 2), &wsa);
    to_string4("127.0.0.1", 0);
    to_string4("192.168.1.20", 8080);
    to_string4("0.0.0.0", 65535);
    to_string6("::1", 0, 0);
    to_string6("fe80::1", 0, 3);
    to_string6("2001:db8::ff00:42:8329", 443, 0);
    to_string6("fe80::1:2", 80, 12);
    to_string6("::ffff:10.0.0.1", 1, 0);

    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(1234);
    sa.sin_addr.s_addr = htonl(0x0A000001);
    len = sizeof small;
    r = WSAAddressToStringA((struct sockaddr *)&sa, sizeof sa, NULL, small, &len);
    printf("small buffer: %d %s len %lu\n", r, err_name(WSAGetLastError()), (unsigned long)len);
    len = 0;
    r = WSAAddressToStringA((struct sockaddr *)&sa, sizeof sa, NULL, NULL, &len);
    printf("NULL buffer: %d %s len %lu\n", r, err_name(WSAGetLastError()), (unsigned long)len);
    len = 64;
    r = WSAAddressToStringA((struct sockaddr *)&sa, sizeof sa - 1, NULL, small, &len);
    printf("short address: %d %s\n", r, err_name(WSAGetLastError()));
    sa.sin_family = 99;
    len = 64;
    r = WSAAddressToStringA((struct sockaddr *)&sa, sizeof sa, NULL, small, &len);
    printf("bad family: %d %s\n", r, err_name(WSAGetLastError()));

    from_string("10.1.2.3", AF_INET);
    from_string("10.1.2.3:80", AF_INET);
    from_string("1.2.3.4:65535", AF_INET);
    from_string("1.2.3.4:65536", AF_INET);
    from_string("1.2.3.4:", AF_INET);
    from_string("999.1.1.1", AF_INET);
    from_string("localhost", AF_INET);
    from_string("", AF_INET);
    from_string("::1", AF_INET6);
    from_string("[::1]:8080", AF_INET6);
    from_string("fe80::1%4", AF_INET6);
    from_string("[fe80::1%4]:22", AF_INET6);
    from_string("[::1]", AF_INET6);
    from_string("[::1]x", AF_INET6);
    from_string("1.2.3.4", AF_INET6);
    from_string("::1", AF_INET);
    from_string("::1", 99);
    ilen = 4;
    r = WSAStringToAddressA((char *)"1.2.3.4", AF_INET, NULL, (struct sockaddr *)&s6, &ilen);
    printf("parse small: %d %s len %d\n", r, err_name(WSAGetLastError()), ilen);
    ilen = sizeof s6;
    r = WSAStringToAddressW(L"[::2]:99", AF_INET6, NULL, (struct sockaddr *)&s6, &ilen);
    printf("parse wide: %d len %d port %u\n", r, ilen, ntohs(s6.sin6_port));

    r = InetPtonW(AF_INET, L"10.20.30.40", &a4);
    printf("InetPtonW v4: %d %08lx\n", r, (unsigned long)ntohl(a4.s_addr));
    r = InetPtonW(AF_INET6, L"2001:db8::1", &a6);
    printf("InetPtonW v6: %d %02x%02x last %02x\n", r, a6.s6_addr[0], a6.s6_addr[1], a6.s6_addr[15]);
    r = InetPtonW(AF_INET, L"1.2.3", &a4);
    printf("InetPtonW bad: %d\n", r);
    WSASetLastError(0);
    r = InetPtonW(99, L"1.2.3.4", &a4);
    printf("InetPtonW family: %d %s\n", r, err_name(WSAGetLastError()));
    {
        const WCHAR *p = InetNtopW(AF_INET6, &a6, w, 64);
        char n[64];
        WideCharToMultiByte(CP_UTF8, 0, w, -1, n, sizeof n, NULL, NULL);
        printf("InetNtopW: %d [%s]\n", p == w, n);
        WSASetLastError(0);
        p = InetNtopW(AF_INET6, &a6, w, 4);
        printf("InetNtopW small: %d %s\n", p != NULL, err_name(WSAGetLastError()));
    }
    WSACleanup();
    return 0;
}
