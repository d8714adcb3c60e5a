/*
 * iphlpapi.c - IP Helper: GetAdaptersAddresses, GetAdaptersInfo, GetNumberOfInterfaces and
 * the interface name/index/LUID conversions of netioapi.h.
 *
 * The host describes its interfaces as text (host/abi/kernel32.ts, net_interfaces): a line
 * "i\t<name>\t<mac, 12 hex digits>\t<loopback 0|1>" per interface, each followed by lines
 * "a\t<4|6>\t<numeric address>\t<prefix length>". Everything Windows-shaped is decided here:
 *   - indices: the loopback interface is 1, as on Windows; the others follow in the host's
 *     order (2, 3 ...), so an index is stable while the host's list is;
 *   - LUIDs and the names netioapi.h uses: IfType IF_TYPE_SOFTWARE_LOOPBACK and NetLuidIndex 0
 *     for the loopback ("loopback_0"), IF_TYPE_ETHERNET_CSMACD and 32768, 32769 ... for the
 *     others ("ethernet_32768"), as Windows numbers physical adapters; the host cannot tell
 *     Wi-Fi or tunnels apart, so every other adapter is Ethernet;
 *   - AdapterName, which Windows makes the adapter's GUID in braces: a GUID made from the
 *     host's name for the interface (so it is the same from run to run);
 *   - FriendlyName: the host's name ("eth0"); Description: Windows' "Software Loopback
 *     Interface 1" for the loopback, the host's name for the others;
 *   - Mtu: the host cannot know it: 1500 (Ethernet's) for adapters, 4294967295 for the
 *     loopback as Windows reports; OperStatus is always IfOperStatusUp (the host lists
 *     interfaces that have addresses);
 *   - the order: adapters in the host's order, the loopback last, as Windows lists it.
 * Neither DNS servers, gateways, anycast nor multicast addresses are known: those lists are
 * empty, and so is DnsSuffix.
 */
#include <stdlib.h>
#include <string.h>
#include <winsock2.h>
#include <ws2tcpip.h>
#include <iphlpapi.h>
#include "kernel32_internal.h"

/* The host's interfaces as text, written as much as fits in buf[cap]; returns the whole length. */
size_t __wsw_net_interfaces(char *buf, size_t cap) __WSW_IMPORT(winsock_wasm, net_interfaces);

#define LUID_INDEX_FIRST_ADAPTER 32768
#define ADAPTER_MTU 1500
#define LOOPBACK_MTU 0xFFFFFFFFu
#define LOOPBACK_DESCRIPTION "Software Loopback Interface 1"
#define GUID_TEXT 38 /* "{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}" */

struct host_addr {
    int family; /* AF_INET or AF_INET6 */
    BYTE bytes[16];
    int prefix;
};

struct host_if {
    char name[IF_MAX_STRING_SIZE + 1];
    BYTE mac[6];
    int loopback;
    int nv4, nv6;
    struct host_addr *addr; /* into the table's addresses */
    int naddr;
    NET_IFINDEX index;
    NET_LUID luid;
    char guid[GUID_TEXT + 1];
};

struct if_table {
    struct host_if *ifs; /* in listing order: adapters, then loopback */
    int n;
    struct host_addr *addrs;
};

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The next tab- or newline-ended field of *p, terminated in place. */
static char *field(char **p)
{
    char *s = *p, *e = s;
    while (*e && *e != '\t' && *e != '\n') e++;
    *p = *e ? e + 1 : e;
    *e = 0;
    return s;
}

/* A GUID in braces made from the name: FNV-1a, four 32-bit lanes with different offsets. */
static void name_guid(const char *name, char *out)
{
    static const char hex[] = "0123456789ABCDEF";
    unsigned lane[4] = {0x811C9DC5u, 0x01000193u, 0x9E3779B9u, 0x7F4A7C15u};
    BYTE b[16];
    int i, j, k = 0;
    for (i = 0; i < 4; i++)
        for (j = 0; name[j]; j++) lane[i] = (lane[i] ^ (BYTE)name[j]) * 0x01000193u;
    for (i = 0; i < 16; i++) b[i] = (BYTE)(lane[i / 4] >> (8 * (i % 4)));
    out[k++] = '{';
    for (i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out[k++] = '-';
        out[k++] = hex[b[i] >> 4];
        out[k++] = hex[b[i] & 15];
    }
    out[k++] = '}';
    out[k] = 0;
}

static void table_free(struct if_table *t)
{
    free(t->ifs);
    free(t->addrs);
    t->ifs = NULL;
    t->addrs = NULL;
    t->n = 0;
}

/* Reads the host's list into t (listing order, indices, LUIDs). FALSE when out of memory. */
static BOOL table_read(struct if_table *t)
{
    size_t len = __wsw_net_interfaces(NULL, 0), got;
    char *text, *p;
    int nif = 0, naddr = 0, i, loopbacks = 0, adapters = 0, next;
    struct host_if *ifs;
    memset(t, 0, sizeof *t);
    for (;;) {
        text = malloc(len + 1);
        if (!text) return FALSE;
        got = __wsw_net_interfaces(text, len);
        if (got <= len) break;
        free(text); /* the list grew between the calls */
        len = got;
    }
    text[got] = 0;
    for (p = text; *p; p++)
        if ((p == text || p[-1] == '\n') && (*p == 'i' || *p == 'a')) *(*p == 'i' ? &nif : &naddr) += 1;
    ifs = calloc(nif ? (size_t)nif : 1, sizeof *ifs);
    t->addrs = calloc(naddr ? (size_t)naddr : 1, sizeof *t->addrs);
    if (!ifs || !t->addrs) {
        free(ifs);
        free(text);
        table_free(t);
        return FALSE;
    }
    /* Parse, in the host's order. */
    nif = naddr = 0;
    for (p = text; *p;) {
        char *kind = field(&p);
        if (kind[0] == 'i' && !kind[1]) {
            struct host_if *f = &ifs[nif++];
            const char *name = field(&p), *mac = field(&p), *lb = field(&p);
            strncpy(f->name, name, IF_MAX_STRING_SIZE);
            for (i = 0; i < 6 && hexval(mac[2 * i]) >= 0 && hexval(mac[2 * i + 1]) >= 0; i++)
                f->mac[i] = (BYTE)(hexval(mac[2 * i]) << 4 | hexval(mac[2 * i + 1]));
            f->loopback = lb[0] == '1';
            f->addr = &t->addrs[naddr];
        } else if (kind[0] == 'a' && !kind[1] && nif > 0) {
            struct host_if *f = &ifs[nif - 1];
            struct host_addr *a = &t->addrs[naddr];
            const char *fam = field(&p), *text_addr = field(&p), *prefix = field(&p);
            a->family = fam[0] == '6' ? AF_INET6 : AF_INET;
            a->prefix = atoi(prefix);
            if (inet_pton(a->family, text_addr, a->bytes) != 1) continue;
            if (a->prefix < 0 || a->prefix > (a->family == AF_INET ? 32 : 128)) a->prefix = a->family == AF_INET ? 32 : 128;
            if (a->family == AF_INET) f->nv4++; else f->nv6++;
            f->naddr++;
            naddr++;
        } else {
            while (*p && p[-1] != '\n') p++; /* an unknown record: skip its line */
        }
    }
    free(text);
    /* Indices: the loopback first (1), then the others in the host's order. */
    next = 1;
    for (i = 0; i < nif; i++)
        if (ifs[i].loopback) {
            ifs[i].index = (NET_IFINDEX)next++;
            ifs[i].luid.Info.IfType = IF_TYPE_SOFTWARE_LOOPBACK;
            ifs[i].luid.Info.NetLuidIndex = (ULONG64)loopbacks++;
        }
    for (i = 0; i < nif; i++)
        if (!ifs[i].loopback) {
            ifs[i].index = (NET_IFINDEX)next++;
            ifs[i].luid.Info.IfType = IF_TYPE_ETHERNET_CSMACD;
            ifs[i].luid.Info.NetLuidIndex = (ULONG64)(LUID_INDEX_FIRST_ADAPTER + adapters++);
        }
    /* Listing order: the adapters, then the loopback. */
    t->ifs = calloc(nif ? (size_t)nif : 1, sizeof *t->ifs);
    if (!t->ifs) {
        free(ifs);
        table_free(t);
        return FALSE;
    }
    for (i = 0; i < nif; i++) if (!ifs[i].loopback) t->ifs[t->n++] = ifs[i];
    for (i = 0; i < nif; i++) if (ifs[i].loopback) t->ifs[t->n++] = ifs[i];
    for (i = 0; i < t->n; i++) name_guid(t->ifs[i].name, t->ifs[i].guid);
    free(ifs);
    return TRUE;
}

static const struct host_if *by_index(const struct if_table *t, NET_IFINDEX index)
{
    int i;
    for (i = 0; i < t->n; i++) if (t->ifs[i].index == index) return &t->ifs[i];
    return NULL;
}

static const struct host_if *by_luid(const struct if_table *t, const NET_LUID *luid)
{
    int i;
    for (i = 0; i < t->n; i++) if (t->ifs[i].luid.Value == luid->Value) return &t->ifs[i];
    return NULL;
}

static const char *description(const struct host_if *f)
{
    return f->loopback ? LOOPBACK_DESCRIPTION : f->name;
}

/* ---- GetAdaptersAddresses ---- */

#define ALIGN8(n) (((n) + 7) & ~(size_t)7)

static size_t wide_size(const char *s)
{
    return ALIGN8((__wsw_utf16_of(s, strlen(s), NULL, 0) + 1) * sizeof(WCHAR));
}

static WCHAR *put_wide(char **p, const char *s)
{
    WCHAR *w = (WCHAR *)*p;
    size_t n = __wsw_utf16_of(s, strlen(s), w, (size_t)-1 / sizeof(WCHAR));
    w[n] = 0;
    *p += wide_size(s);
    return w;
}

static int wanted(ULONG family, const struct host_addr *a)
{
    return family == AF_UNSPEC || (ULONG)a->family == family;
}

static int listed(ULONG family, const struct host_if *f)
{
    return family == AF_UNSPEC ? f->naddr > 0 : family == AF_INET ? f->nv4 > 0 : f->nv6 > 0;
}

static size_t sockaddr_size(int family)
{
    return family == AF_INET ? sizeof(struct sockaddr_in) : sizeof(struct sockaddr_in6);
}

/* The prefix of a (its first bits, the rest zero). */
static void prefix_of(const struct host_addr *a, BYTE *out)
{
    int i, n = a->family == AF_INET ? 4 : 16;
    for (i = 0; i < n; i++) {
        int bits = a->prefix - 8 * i;
        out[i] = bits >= 8 ? a->bytes[i] : bits <= 0 ? 0 : (BYTE)(a->bytes[i] & (0xFF00 >> bits));
    }
}

/* The addresses before a (of f) that have the same on-link prefix: a prefix is listed once. */
static int prefix_seen(const struct host_if *f, const struct host_addr *a)
{
    const struct host_addr *b;
    BYTE pa[16], pb[16];
    prefix_of(a, pa);
    for (b = f->addr; b < a; b++) {
        if (b->family != a->family || b->prefix != a->prefix) continue;
        prefix_of(b, pb);
        if (!memcmp(pa, pb, a->family == AF_INET ? 4 : 16)) return 1;
    }
    return 0;
}

static size_t adapter_size(const struct host_if *f, ULONG family, ULONG flags)
{
    size_t n = ALIGN8(sizeof(IP_ADAPTER_ADDRESSES)) + ALIGN8(GUID_TEXT + 1) + wide_size("") * 2;
    const struct host_addr *a;
    n += wide_size(description(f));
    if (!(flags & GAA_FLAG_SKIP_FRIENDLY_NAME)) n += wide_size(f->name);
    for (a = f->addr; a < f->addr + f->naddr; a++) {
        if (!wanted(family, a)) continue;
        if (!(flags & GAA_FLAG_SKIP_UNICAST))
            n += ALIGN8(sizeof(IP_ADAPTER_UNICAST_ADDRESS)) + ALIGN8(sockaddr_size(a->family));
        if ((flags & GAA_FLAG_INCLUDE_PREFIX) && !prefix_seen(f, a))
            n += ALIGN8(sizeof(IP_ADAPTER_PREFIX)) + ALIGN8(sockaddr_size(a->family));
    }
    return n;
}

static int link_local(const struct host_addr *a)
{
    return a->family == AF_INET6 && a->bytes[0] == 0xFE && (a->bytes[1] & 0xC0) == 0x80;
}

/* A sockaddr for a at *p; its length. */
static LPSOCKADDR put_sockaddr(char **p, const struct host_if *f, const BYTE *bytes, int family, INT *len)
{
    LPSOCKADDR sa = (LPSOCKADDR)*p;
    if (family == AF_INET) {
        struct sockaddr_in *in = (struct sockaddr_in *)*p;
        in->sin_family = AF_INET;
        memcpy(&in->sin_addr, bytes, 4);
    } else {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)*p;
        in6->sin6_family = AF_INET6;
        memcpy(&in6->sin6_addr, bytes, 16);
        /* A link-local address is scoped to its interface: the scope is the interface's index. */
        if (bytes[0] == 0xFE && (bytes[1] & 0xC0) == 0x80) in6->sin6_scope_id = f->index;
    }
    *len = (INT)sockaddr_size(family);
    *p += ALIGN8(sockaddr_size(family));
    return sa;
}

static void put_adapter(char **p, IP_ADAPTER_ADDRESSES *aa, const struct host_if *f, ULONG family, ULONG flags)
{
    IP_ADAPTER_UNICAST_ADDRESS **unicast = &aa->FirstUnicastAddress;
    IP_ADAPTER_PREFIX **prefix = &aa->FirstPrefix;
    const struct host_addr *a;
    int pass;
    aa->Length = sizeof *aa;
    /* "IfIndex: The IPv4 interface index ... This member is zero if IPv4 is not available on
     * the interface"; "Ipv6IfIndex ... If IPv6 is not available on the interface, this member is zero." */
    aa->IfIndex = f->nv4 ? f->index : 0;
    aa->Ipv6IfIndex = f->nv6 ? f->index : 0;
    aa->AdapterName = *p;
    memcpy(*p, f->guid, GUID_TEXT + 1);
    *p += ALIGN8(GUID_TEXT + 1);
    aa->DnsSuffix = put_wide(p, "");
    aa->Description = put_wide(p, description(f));
    aa->FriendlyName = flags & GAA_FLAG_SKIP_FRIENDLY_NAME ? put_wide(p, "") : put_wide(p, f->name);
    if (!f->loopback) {
        memcpy(aa->PhysicalAddress, f->mac, 6);
        aa->PhysicalAddressLength = 6;
    }
    aa->Flags = (f->nv4 ? IP_ADAPTER_IPV4_ENABLED : 0) | (f->nv6 ? IP_ADAPTER_IPV6_ENABLED : 0);
    aa->Mtu = f->loopback ? LOOPBACK_MTU : ADAPTER_MTU;
    aa->IfType = f->loopback ? IF_TYPE_SOFTWARE_LOOPBACK : IF_TYPE_ETHERNET_CSMACD;
    aa->OperStatus = IfOperStatusUp;
    aa->Luid = f->luid;
    aa->CompartmentId = NET_IF_COMPARTMENT_ID_PRIMARY;
    aa->ConnectionType = NET_IF_CONNECTION_DEDICATED;
    aa->TunnelType = TUNNEL_TYPE_NONE;
    /* IPv6 addresses first, then IPv4, as Windows lists them; each in the host's order. */
    for (pass = 0; pass < 2; pass++)
    for (a = f->addr; a < f->addr + f->naddr; a++) {
        if (!wanted(family, a) || a->family != (pass ? AF_INET : AF_INET6)) continue;
        if (!(flags & GAA_FLAG_SKIP_UNICAST)) {
            IP_ADAPTER_UNICAST_ADDRESS *u = (IP_ADAPTER_UNICAST_ADDRESS *)*p;
            *p += ALIGN8(sizeof *u);
            u->Length = sizeof *u;
            u->Flags = f->loopback || link_local(a) ? 0 : IP_ADAPTER_ADDRESS_DNS_ELIGIBLE;
            u->Address.lpSockaddr = put_sockaddr(p, f, a->bytes, a->family, &u->Address.iSockaddrLength);
            u->PrefixOrigin = f->loopback ? IpPrefixOriginWellKnown : IpPrefixOriginOther;
            u->SuffixOrigin = f->loopback ? IpSuffixOriginWellKnown : IpSuffixOriginOther;
            u->DadState = IpDadStatePreferred;
            u->ValidLifetime = u->PreferredLifetime = u->LeaseLifetime = 0xFFFFFFFFu;
            u->OnLinkPrefixLength = (UINT8)a->prefix;
            *unicast = u;
            unicast = &u->Next;
        }
        if ((flags & GAA_FLAG_INCLUDE_PREFIX) && !prefix_seen(f, a)) {
            IP_ADAPTER_PREFIX *x = (IP_ADAPTER_PREFIX *)*p;
            BYTE bytes[16];
            *p += ALIGN8(sizeof *x);
            x->Length = sizeof *x;
            prefix_of(a, bytes);
            x->Address.lpSockaddr = put_sockaddr(p, f, bytes, a->family, &x->Address.iSockaddrLength);
            x->PrefixLength = (ULONG)a->prefix;
            *prefix = x;
            prefix = &x->Next;
        }
    }
}

/* "ERROR_INVALID_PARAMETER ... the SizePointer parameter is NULL, the Address parameter is not
 * AF_INET, AF_INET6, or AF_UNSPEC"; "ERROR_BUFFER_OVERFLOW: The buffer size indicated by the
 * SizePointer parameter is too small to hold the adapter information or the AdapterAddresses
 * parameter is NULL. The SizePointer parameter returned points to the required size";
 * "ERROR_NO_DATA: No addresses were found for the requested parameters." */
ULONG WINAPI GetAdaptersAddresses(ULONG Family, ULONG Flags, PVOID Reserved, PIP_ADAPTER_ADDRESSES AdapterAddresses,
                                  PULONG SizePointer)
{
    struct if_table t;
    size_t need = 0;
    int i, any = 0;
    char *p;
    IP_ADAPTER_ADDRESSES **link = &AdapterAddresses;
    (void)Reserved;
    if (!SizePointer || (Family != AF_UNSPEC && Family != AF_INET && Family != AF_INET6)) return ERROR_INVALID_PARAMETER;
    if (!table_read(&t)) return ERROR_NOT_ENOUGH_MEMORY;
    for (i = 0; i < t.n; i++)
        if (listed(Family, &t.ifs[i])) {
            need += adapter_size(&t.ifs[i], Family, Flags);
            any = 1;
        }
    if (!any) {
        table_free(&t);
        return ERROR_NO_DATA;
    }
    if (!AdapterAddresses || *SizePointer < need) {
        *SizePointer = (ULONG)need;
        table_free(&t);
        return ERROR_BUFFER_OVERFLOW;
    }
    memset(AdapterAddresses, 0, need);
    p = (char *)AdapterAddresses;
    for (i = 0; i < t.n; i++) {
        IP_ADAPTER_ADDRESSES *aa;
        if (!listed(Family, &t.ifs[i])) continue;
        aa = (IP_ADAPTER_ADDRESSES *)p;
        p += ALIGN8(sizeof *aa);
        *link = aa;
        link = &aa->Next;
        put_adapter(&p, aa, &t.ifs[i], Family, Flags);
    }
    *link = NULL;
    table_free(&t);
    return NO_ERROR;
}

/* ---- GetAdaptersInfo ---- */

static void put_addr_string(IP_ADDR_STRING *s, const struct host_addr *a, DWORD context)
{
    ULONG mask = a->prefix <= 0 ? 0 : a->prefix >= 32 ? 0xFFFFFFFFu : ~0u << (32 - a->prefix);
    struct in_addr m;
    m.s_addr = htonl(mask);
    inet_ntop(AF_INET, a->bytes, s->IpAddress.String, sizeof s->IpAddress.String);
    inet_ntop(AF_INET, &m, s->IpMask.String, sizeof s->IpMask.String);
    s->Context = context;
}

/* IPv4 adapters only, and not the loopback: "the GetAdaptersInfo and GetInterfaceInfo functions
 * ... do not return information about the loopback interface" (GetNumberOfInterfaces).
 * "ERROR_BUFFER_OVERFLOW ... This value is returned if the buffer size indicated by the
 * pOutBufLen parameter is too small to hold the adapter information or the pAdapterInfo parameter
 * was a NULL pointer"; "ERROR_INVALID_PARAMETER ... if the pOutBufLen parameter is a NULL pointer";
 * "ERROR_NO_DATA: No adapter information exists for the local computer." */
ULONG WINAPI GetAdaptersInfo(PIP_ADAPTER_INFO AdapterInfo, PULONG SizePointer)
{
    struct if_table t;
    size_t need = 0;
    int i, n = 0;
    IP_ADAPTER_INFO *info;
    IP_ADDR_STRING *extra;
    if (!SizePointer) return ERROR_INVALID_PARAMETER;
    if (!table_read(&t)) return ERROR_NOT_ENOUGH_MEMORY;
    for (i = 0; i < t.n; i++)
        if (!t.ifs[i].loopback && t.ifs[i].nv4) {
            n++;
            need += sizeof(IP_ADAPTER_INFO) + (size_t)(t.ifs[i].nv4 - 1) * sizeof(IP_ADDR_STRING);
        }
    if (n == 0) {
        table_free(&t);
        return ERROR_NO_DATA;
    }
    if (!AdapterInfo || *SizePointer < need) {
        *SizePointer = (ULONG)need;
        table_free(&t);
        return ERROR_BUFFER_OVERFLOW;
    }
    memset(AdapterInfo, 0, need);
    info = AdapterInfo;
    extra = (IP_ADDR_STRING *)(AdapterInfo + n);
    for (i = 0; i < t.n; i++) {
        const struct host_if *f = &t.ifs[i];
        const struct host_addr *a;
        IP_ADDR_STRING **next = NULL;
        DWORD context = (DWORD)f->index << 8;
        if (f->loopback || !f->nv4) continue;
        info->ComboIndex = f->index;
        memcpy(info->AdapterName, f->guid, GUID_TEXT + 1);
        strncpy(info->Description, description(f), MAX_ADAPTER_DESCRIPTION_LENGTH);
        info->AddressLength = 6;
        memcpy(info->Address, f->mac, 6);
        info->Index = f->index;
        info->Type = MIB_IF_TYPE_ETHERNET;
        for (a = f->addr; a < f->addr + f->naddr; a++) {
            IP_ADDR_STRING *s;
            if (a->family != AF_INET) continue;
            s = next ? extra++ : &info->IpAddressList;
            if (next) *next = s;
            put_addr_string(s, a, context++);
            next = &s->Next;
        }
        /* Gateways, DHCP and WINS servers are not known: their lists hold "0.0.0.0" as Windows
         * writes an empty entry. */
        strcpy(info->GatewayList.IpAddress.String, "0.0.0.0");
        strcpy(info->GatewayList.IpMask.String, "0.0.0.0");
        strcpy(info->DhcpServer.IpAddress.String, "0.0.0.0");
        strcpy(info->DhcpServer.IpMask.String, "0.0.0.0");
        strcpy(info->PrimaryWinsServer.IpAddress.String, "0.0.0.0");
        strcpy(info->PrimaryWinsServer.IpMask.String, "0.0.0.0");
        strcpy(info->SecondaryWinsServer.IpAddress.String, "0.0.0.0");
        strcpy(info->SecondaryWinsServer.IpMask.String, "0.0.0.0");
        info->Next = --n ? info + 1 : NULL;
        info++;
    }
    table_free(&t);
    return NO_ERROR;
}

/* "The GetNumberOfInterfaces function returns the number of interfaces on the local computer,
 * including the loopback interface." */
DWORD WINAPI GetNumberOfInterfaces(PDWORD pdwNumIf)
{
    struct if_table t;
    if (!pdwNumIf) return ERROR_INVALID_PARAMETER;
    if (!table_read(&t)) return ERROR_NOT_ENOUGH_MEMORY;
    *pdwNumIf = (DWORD)t.n;
    table_free(&t);
    return NO_ERROR;
}

/* ---- netioapi.h ---- */

/* The LUID name: "loopback_0", "ethernet_32768" (the type's name and the NetLuidIndex). */
static void luid_name(const NET_LUID *luid, char *out)
{
    const char *type = luid->Info.IfType == IF_TYPE_SOFTWARE_LOOPBACK ? "loopback" : "ethernet";
    char digits[16];
    unsigned v = (unsigned)luid->Info.NetLuidIndex;
    int n = 0;
    do digits[n++] = (char)('0' + v % 10); while ((v /= 10) != 0);
    strcpy(out, type);
    out += strlen(type);
    *out++ = '_';
    while (n) *out++ = digits[--n];
    *out = 0;
}

NETIO_STATUS WINAPI ConvertInterfaceIndexToLuid(NET_IFINDEX InterfaceIndex, PNET_LUID InterfaceLuid)
{
    struct if_table t;
    const struct host_if *f;
    if (!InterfaceLuid) return ERROR_INVALID_PARAMETER;
    memset(InterfaceLuid, 0, sizeof *InterfaceLuid);
    if (!table_read(&t)) return ERROR_NOT_ENOUGH_MEMORY;
    f = by_index(&t, InterfaceIndex);
    if (f) *InterfaceLuid = f->luid;
    table_free(&t);
    return f ? NO_ERROR : ERROR_FILE_NOT_FOUND;
}

NETIO_STATUS WINAPI ConvertInterfaceLuidToIndex(const NET_LUID *InterfaceLuid, PNET_IFINDEX InterfaceIndex)
{
    struct if_table t;
    const struct host_if *f;
    if (!InterfaceLuid || !InterfaceIndex) return ERROR_INVALID_PARAMETER;
    if (!table_read(&t)) return ERROR_NOT_ENOUGH_MEMORY;
    f = by_luid(&t, InterfaceLuid);
    *InterfaceIndex = f ? f->index : NET_IFINDEX_UNSPECIFIED;
    table_free(&t);
    return f ? NO_ERROR : ERROR_FILE_NOT_FOUND;
}

/* "ERROR_INVALID_PARAMETER ... if either the InterfaceLuid or the InterfaceName parameter was NULL
 * or if the InterfaceLuid parameter was invalid"; "ERROR_NOT_ENOUGH_MEMORY ... if the size of the
 * buffer pointed to by InterfaceName parameter was not large enough". */
NETIO_STATUS WINAPI ConvertInterfaceLuidToNameA(const NET_LUID *InterfaceLuid, PSTR InterfaceName, SIZE_T Length)
{
    struct if_table t;
    const struct host_if *f;
    char name[IF_MAX_STRING_SIZE + 1];
    if (!InterfaceLuid || !InterfaceName) return ERROR_INVALID_PARAMETER;
    if (!table_read(&t)) return ERROR_NOT_ENOUGH_MEMORY;
    f = by_luid(&t, InterfaceLuid);
    table_free(&t);
    if (!f) return ERROR_INVALID_PARAMETER;
    luid_name(InterfaceLuid, name);
    if (strlen(name) + 1 > Length) return ERROR_NOT_ENOUGH_MEMORY;
    strcpy(InterfaceName, name);
    return NO_ERROR;
}

NETIO_STATUS WINAPI ConvertInterfaceLuidToNameW(const NET_LUID *InterfaceLuid, PWSTR InterfaceName, SIZE_T Length)
{
    char name[IF_MAX_STRING_SIZE + 1];
    NETIO_STATUS r;
    size_t i;
    if (!InterfaceName) return ERROR_INVALID_PARAMETER;
    r = ConvertInterfaceLuidToNameA(InterfaceLuid, name, sizeof name);
    if (r != NO_ERROR) return r;
    if (strlen(name) + 1 > Length) return ERROR_NOT_ENOUGH_MEMORY;
    for (i = 0; i <= strlen(name); i++) InterfaceName[i] = (WCHAR)(BYTE)name[i];
    return NO_ERROR;
}

/* "ERROR_INVALID_NAME ... if the InterfaceName parameter contained an invalid name";
 * "ERROR_INVALID_PARAMETER ... if the InterfaceLuid parameter was NULL". */
NETIO_STATUS WINAPI ConvertInterfaceNameToLuidA(const CHAR *InterfaceName, NET_LUID *InterfaceLuid)
{
    struct if_table t;
    char name[IF_MAX_STRING_SIZE + 1];
    int i, found = 0;
    if (!InterfaceLuid) return ERROR_INVALID_PARAMETER;
    memset(InterfaceLuid, 0, sizeof *InterfaceLuid);
    if (!InterfaceName) return ERROR_INVALID_NAME;
    if (strlen(InterfaceName) > IF_MAX_STRING_SIZE) return ERROR_BUFFER_OVERFLOW;
    if (!table_read(&t)) return ERROR_NOT_ENOUGH_MEMORY;
    for (i = 0; i < t.n && !found; i++) {
        luid_name(&t.ifs[i].luid, name);
        if (!strcmp(name, InterfaceName)) {
            *InterfaceLuid = t.ifs[i].luid;
            found = 1;
        }
    }
    table_free(&t);
    return found ? NO_ERROR : ERROR_INVALID_NAME;
}

NETIO_STATUS WINAPI ConvertInterfaceNameToLuidW(const WCHAR *InterfaceName, NET_LUID *InterfaceLuid)
{
    char name[IF_MAX_STRING_SIZE + 1];
    size_t i;
    if (!InterfaceLuid) return ERROR_INVALID_PARAMETER;
    if (!InterfaceName) {
        memset(InterfaceLuid, 0, sizeof *InterfaceLuid);
        return ERROR_INVALID_NAME;
    }
    for (i = 0; InterfaceName[i]; i++) {
        if (i == IF_MAX_STRING_SIZE) {
            memset(InterfaceLuid, 0, sizeof *InterfaceLuid);
            return ERROR_BUFFER_OVERFLOW;
        }
        /* LUID names are ASCII: anything else names no interface. */
        name[i] = InterfaceName[i] < 0x80 ? (char)InterfaceName[i] : '?';
    }
    name[i] = 0;
    return ConvertInterfaceNameToLuidA(name, InterfaceLuid);
}

/* "If the function succeeds, if_nametoindex returns the local interface index. If the function
 * fails, if_nametoindex returns zero." */
NET_IFINDEX WINAPI if_nametoindex(PCSTR InterfaceName)
{
    NET_LUID luid;
    NET_IFINDEX index = 0;
    if (ConvertInterfaceNameToLuidA(InterfaceName, &luid) != NO_ERROR) return 0;
    return ConvertInterfaceLuidToIndex(&luid, &index) == NO_ERROR ? index : 0;
}

/* "The length, in bytes, of the buffer that this parameter points to must be equal to or greater
 * than IF_NAMESIZE"; "If this function fails, if_indextoname returns a NULL pointer". */
PCHAR WINAPI if_indextoname(NET_IFINDEX InterfaceIndex, PCHAR InterfaceName)
{
    NET_LUID luid;
    if (!InterfaceName || ConvertInterfaceIndexToLuid(InterfaceIndex, &luid) != NO_ERROR) return NULL;
    return ConvertInterfaceLuidToNameA(&luid, InterfaceName, IF_NAMESIZE) == NO_ERROR ? InterfaceName : NULL;
}
