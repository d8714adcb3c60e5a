/* IP Helper: GetAdaptersAddresses, GetAdaptersInfo, GetNumberOfInterfaces and the netioapi.h
 * name/index/LUID conversions. Prints two kinds of lines:
 *   "proto-...: ..."  the error-code and buffer-size protocol, the same on every machine (these
 *                     are compared with Windows' under Wine: test/fixtures/iphlpapi/);
 *   everything else   what this machine's adapters are (compared with the host's own list).
 * Builds unchanged with mingw-w64: x86_64-w64-mingw32-gcc iphlpapi.c -liphlpapi -lws2_32 */
#include <winsock2.h>
#include <ws2tcpip.h>
#include <iphlpapi.h>
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#pragma comment(lib, "iphlpapi.lib")
#pragma comment(lib, "ws2_32.lib")

static void narrow(const WCHAR *w, char *out, size_t cap)
{
    size_t i;
    for (i = 0; w && w[i] && i + 1 < cap; i++) out[i] = w[i] < 0x80 ? (char)w[i] : '?';
    out[i] = 0;
}

static void print_sockaddr(const char *what, const SOCKET_ADDRESS *sa, ULONG prefix)
{
    char text[INET6_ADDRSTRLEN] = "?";
    if (sa->lpSockaddr->sa_family == AF_INET) {
        inet_ntop(AF_INET, &((struct sockaddr_in *)sa->lpSockaddr)->sin_addr, text, sizeof text);
        printf("  %s: 4 %s %lu len=%d\n", what, text, prefix, sa->iSockaddrLength);
    } else {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)sa->lpSockaddr;
        inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
        printf("  %s: 6 %s %lu len=%d scope=%lu\n", what, text, prefix, sa->iSockaddrLength, (unsigned long)in6->sin6_scope_id);
    }
}

/* GetAdaptersAddresses into a buffer of the size it asks for; NULL (and *rc) on failure. */
static IP_ADAPTER_ADDRESSES *adapters(ULONG family, ULONG flags, ULONG *rc)
{
    ULONG size = 0;
    IP_ADAPTER_ADDRESSES *aa;
    *rc = GetAdaptersAddresses(family, flags, NULL, NULL, &size);
    if (*rc != ERROR_BUFFER_OVERFLOW) return NULL;
    aa = (IP_ADAPTER_ADDRESSES *)malloc(size);
    *rc = GetAdaptersAddresses(family, flags, NULL, aa, &size);
    if (*rc != NO_ERROR) { free(aa); return NULL; }
    return aa;
}

static int count_unicast(const IP_ADAPTER_ADDRESSES *aa, int family)
{
    int n = 0;
    const IP_ADAPTER_UNICAST_ADDRESS *u;
    for (; aa; aa = aa->Next)
        for (u = aa->FirstUnicastAddress; u; u = u->Next) n += u->Address.lpSockaddr->sa_family == family;
    return n;
}

static void protocol(void)
{
    ULONG size, need, rc;
    IP_ADAPTER_ADDRESSES *aa;
    IP_ADAPTER_INFO *ai;
    DWORD num;
    NET_LUID luid;
    char name[IF_NAMESIZE];
    HMODULE dll;

    printf("proto-gaa-null-size: %lu\n", GetAdaptersAddresses(AF_UNSPEC, 0, NULL, NULL, NULL));
    size = 12345;
    rc = GetAdaptersAddresses(99, 0, NULL, NULL, &size);
    printf("proto-gaa-bad-family: %lu size-kept=%d\n", rc, size == 12345);
    printf("proto-gaa-family-10: %lu\n", GetAdaptersAddresses(10 /* AF_INET6 elsewhere, not on Windows */, 0, NULL, NULL, &size));
    size = 0;
    rc = GetAdaptersAddresses(AF_UNSPEC, 0, NULL, NULL, &size);
    printf("proto-gaa-null-buffer: %lu size>0=%d\n", rc, size > 0);
    need = size;
    size = need + 100;
    rc = GetAdaptersAddresses(AF_UNSPEC, 0, NULL, NULL, &size);
    printf("proto-gaa-null-buffer-big-size: %lu size=need=%d\n", rc, size == need);
    aa = (IP_ADAPTER_ADDRESSES *)malloc(need);
    size = need - 1;
    rc = GetAdaptersAddresses(AF_UNSPEC, 0, NULL, aa, &size);
    printf("proto-gaa-short: %lu size=need=%d\n", rc, size == need);
    size = need;
    rc = GetAdaptersAddresses(AF_UNSPEC, 0, NULL, aa, &size);
    printf("proto-gaa-exact: %lu size=need=%d length=%d\n", rc, size == need, rc == 0 && aa->Length == sizeof(IP_ADAPTER_ADDRESSES));
    free(aa);
    size = 0;
    rc = GetAdaptersAddresses(AF_INET, 0, NULL, NULL, &size);
    printf("proto-gaa-inet-null-buffer: %lu\n", rc);

    printf("proto-gai-null-size: %lu\n", GetAdaptersInfo(NULL, NULL));
    size = 0;
    rc = GetAdaptersInfo(NULL, &size);
    printf("proto-gai-null-buffer: %lu size>0=%d\n", rc, size > 0);
    need = size;
    ai = (IP_ADAPTER_INFO *)malloc(need);
    size = need - 1;
    rc = GetAdaptersInfo(ai, &size);
    printf("proto-gai-short: %lu size=need=%d\n", rc, size == need);
    size = need;
    printf("proto-gai-exact: %lu\n", GetAdaptersInfo(ai, &size));
    free(ai);

    printf("proto-numif-null: %lu\n", GetNumberOfInterfaces(NULL));
    printf("proto-numif: %lu\n", GetNumberOfInterfaces(&num));
    printf("proto-nametoindex-unknown: %lu\n", (unsigned long)if_nametoindex("nosuch_7"));
    printf("proto-indextoname-unknown: %s\n", if_indextoname(0x7FFFFFF0, name) ? "name" : "null");
    printf("proto-index-to-luid-null: %lu\n", (unsigned long)ConvertInterfaceIndexToLuid(1, NULL));
    printf("proto-luid-to-name-null-luid: %lu\n", (unsigned long)ConvertInterfaceLuidToNameA(NULL, name, sizeof name));
    printf("proto-name-to-luid-null-luid: %lu\n", (unsigned long)ConvertInterfaceNameToLuidA("loopback_0", NULL));
    printf("proto-name-to-luid-loopback: %lu\n", (unsigned long)ConvertInterfaceNameToLuidA("loopback_0", &luid));
    printf("proto-luid-to-name-short: %lu\n", (unsigned long)ConvertInterfaceLuidToNameA(&luid, name, 3));
    printf("proto-luid-to-name: %lu %s\n", (unsigned long)ConvertInterfaceLuidToNameA(&luid, name, sizeof name), name);
    printf("proto-loopback-luid-type: %u\n", (unsigned)luid.Info.IfType);

    dll = LoadLibraryA("iphlpapi.dll");
    printf("proto-dll: %s GetAdaptersAddresses=%s GetAdaptersInfo=%s if_nametoindex=%s\n", dll ? "ok" : "null",
           dll && GetProcAddress(dll, "GetAdaptersAddresses") ? "ok" : "null",
           dll && GetProcAddress(dll, "GetAdaptersInfo") ? "ok" : "null",
           dll && GetProcAddress(dll, "if_nametoindex") ? "ok" : "null");
}

static void listing(void)
{
    ULONG rc;
    DWORD num = 0;
    IP_ADAPTER_ADDRESSES *all = adapters(AF_UNSPEC, GAA_FLAG_INCLUDE_PREFIX, &rc), *aa, *v4, *v6, *skip;
    IP_ADAPTER_INFO *ai, *i;
    ULONG size = 0;
    if (!all) { printf("gaa: %lu\n", rc); return; }
    GetNumberOfInterfaces(&num);
    printf("interfaces: %lu\n", (unsigned long)num);
    for (aa = all; aa; aa = aa->Next) {
        char friendly[256], desc[256], luidname[IF_NAMESIZE] = "", byindex[IF_NAMESIZE] = "";
        NET_LUID luid;
        NET_IFINDEX back = 0;
        IP_ADAPTER_UNICAST_ADDRESS *u;
        IP_ADAPTER_PREFIX *x;
        ULONG k, index = aa->IfIndex ? aa->IfIndex : aa->Ipv6IfIndex;
        narrow(aa->FriendlyName, friendly, sizeof friendly);
        narrow(aa->Description, desc, sizeof desc);
        printf("adapter: %s\n", friendly);
        printf("  index: %lu %lu\n", (unsigned long)aa->IfIndex, (unsigned long)aa->Ipv6IfIndex);
        printf("  name: %s\n", aa->AdapterName);
        printf("  description: %s\n", desc);
        printf("  type: %lu\n", (unsigned long)aa->IfType);
        printf("  oper: %d\n", (int)aa->OperStatus);
        printf("  mtu: %lu\n", (unsigned long)aa->Mtu);
        printf("  flags: 0x%lx\n", (unsigned long)aa->Flags);
        printf("  phys:");
        for (k = 0; k < aa->PhysicalAddressLength; k++) printf("%s%02x", k ? ":" : " ", aa->PhysicalAddress[k]);
        printf("\n");
        printf("  luid: %lu %lu\n", (unsigned long)aa->Luid.Info.IfType, (unsigned long)aa->Luid.Info.NetLuidIndex);
        if (ConvertInterfaceIndexToLuid(index, &luid) == NO_ERROR) ConvertInterfaceLuidToNameA(&luid, luidname, sizeof luidname);
        if (!if_indextoname(index, byindex)) strcpy(byindex, "(null)");
        ConvertInterfaceLuidToIndex(&aa->Luid, &back);
        printf("  luid-name: %s if_indextoname=%s if_nametoindex=%lu luid-to-index=%lu same-luid=%d\n", luidname, byindex,
               (unsigned long)if_nametoindex(byindex), (unsigned long)back, luid.Value == aa->Luid.Value);
        for (u = aa->FirstUnicastAddress; u; u = u->Next) {
            print_sockaddr("unicast", &u->Address, u->OnLinkPrefixLength);
            printf("  unicast-detail: length=%lu dad=%d\n", (unsigned long)u->Length, (int)u->DadState);
        }
        for (x = aa->FirstPrefix; x; x = x->Next) print_sockaddr("prefix", &x->Address, x->PrefixLength);
    }
    v4 = adapters(AF_INET, 0, &rc);
    printf("family-inet: %lu v4=%d v6=%d\n", rc, count_unicast(v4, AF_INET), count_unicast(v4, AF_INET6));
    v6 = adapters(AF_INET6, 0, &rc);
    printf("family-inet6: %lu v4=%d v6=%d\n", rc, count_unicast(v6, AF_INET), count_unicast(v6, AF_INET6));
    printf("family-unspec: v4=%d v6=%d\n", count_unicast(all, AF_INET), count_unicast(all, AF_INET6));
    skip = adapters(AF_UNSPEC, GAA_FLAG_SKIP_UNICAST | GAA_FLAG_SKIP_FRIENDLY_NAME, &rc);
    if (skip) {
        int friendly = 0, prefixes = 0, n = 0;
        for (aa = skip; aa; aa = aa->Next, n++) {
            friendly += aa->FriendlyName && aa->FriendlyName[0];
            prefixes += aa->FirstPrefix != NULL;
        }
        printf("skip-unicast: %lu adapters=%d unicast=%d friendly=%d prefixes=%d\n", rc, n,
               count_unicast(skip, AF_INET) + count_unicast(skip, AF_INET6), friendly, prefixes);
    }
    free(all);
    free(v4);
    free(v6);
    free(skip);

    rc = GetAdaptersInfo(NULL, &size);
    if (rc != ERROR_BUFFER_OVERFLOW) { printf("gai: %lu\n", rc); return; }
    ai = (IP_ADAPTER_INFO *)malloc(size);
    rc = GetAdaptersInfo(ai, &size);
    printf("gai: %lu\n", rc);
    for (i = rc == NO_ERROR ? ai : NULL; i; i = i->Next) {
        IP_ADDR_STRING *s;
        printf("info: %lu %s type=%u len=%u", (unsigned long)i->Index, i->AdapterName, i->Type, i->AddressLength);
        for (s = &i->IpAddressList; s; s = s->Next) printf(" %s/%s", s->IpAddress.String, s->IpMask.String);
        printf(" gateway=%s\n", i->GatewayList.IpAddress.String);
    }
    free(ai);
}

int main(void)
{
    WSADATA wsa;
    WSAStartup(MAKEWORD(2, 2), &wsa);
    protocol();
    listing();
    WSACleanup();
    return 0;
}
