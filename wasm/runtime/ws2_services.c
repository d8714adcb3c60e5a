/*
 * ws2_services.c - ws2_32's service and protocol databases: getservbyname, getservbyport,
 * getprotobyname and getprotobynumber (winsock-wasm runtime). Pure C: the entries are those
 * of Windows' own %SystemRoot%\System32\drivers\etc\services and protocol files (the
 * commonly used part), so a program finds "http" at 80/tcp with the aliases "www" and
 * "www-http", as on Windows, whatever the host machine's /etc/services says.
 *
 * As on Windows: names and protocol names compare without regard to case; a NULL proto
 * matches the first entry of the name or port; the result lives in storage of the
 * library's own, valid until the next call of the same function; a miss is NULL with
 * WSANO_DATA. The port is given and returned in network byte order.
 */
#include <string.h>
#include <winsock2.h>

struct service_entry { const char *name; unsigned short port; const char *proto; const char *aliases[3]; };
struct protocol_entry { const char *name; short number; const char *aliases[2]; };

static const struct service_entry services[] = {
    { "echo", 7, "tcp", { 0 } },            { "echo", 7, "udp", { 0 } },
    { "discard", 9, "tcp", { "sink", "null", 0 } }, { "discard", 9, "udp", { "sink", "null", 0 } },
    { "systat", 11, "tcp", { "users", 0 } }, { "systat", 11, "udp", { "users", 0 } },
    { "daytime", 13, "tcp", { 0 } },        { "daytime", 13, "udp", { 0 } },
    { "qotd", 17, "tcp", { "quote", 0 } },  { "qotd", 17, "udp", { "quote", 0 } },
    { "chargen", 19, "tcp", { "ttytst", "source", 0 } }, { "chargen", 19, "udp", { "ttytst", "source", 0 } },
    { "ftp-data", 20, "tcp", { 0 } },       { "ftp", 21, "tcp", { 0 } },
    { "ssh", 22, "tcp", { 0 } },            { "telnet", 23, "tcp", { 0 } },
    { "smtp", 25, "tcp", { "mail", 0 } },   { "time", 37, "tcp", { "timserver", 0 } },
    { "time", 37, "udp", { "timserver", 0 } }, { "rlp", 39, "udp", { "resource", 0 } },
    { "nameserver", 42, "tcp", { "name", 0 } }, { "nameserver", 42, "udp", { "name", 0 } },
    { "nicname", 43, "tcp", { "whois", 0 } }, { "domain", 53, "tcp", { 0 } },
    { "domain", 53, "udp", { 0 } },         { "bootps", 67, "udp", { "dhcps", 0 } },
    { "bootpc", 68, "udp", { "dhcpc", 0 } }, { "tftp", 69, "udp", { 0 } },
    { "gopher", 70, "tcp", { 0 } },         { "finger", 79, "tcp", { 0 } },
    { "http", 80, "tcp", { "www", "www-http", 0 } }, { "hosts2-ns", 81, "tcp", { 0 } },
    { "hosts2-ns", 81, "udp", { 0 } },      { "kerberos", 88, "tcp", { "krb5", "kerberos-sec", 0 } },
    { "kerberos", 88, "udp", { "krb5", "kerberos-sec", 0 } }, { "hostname", 101, "tcp", { "hostnames", 0 } },
    { "iso-tsap", 102, "tcp", { 0 } },      { "rtelnet", 107, "tcp", { 0 } },
    { "pop2", 109, "tcp", { "postoffice", 0 } }, { "pop3", 110, "tcp", { 0 } },
    { "sunrpc", 111, "tcp", { "rpcbind", "portmap", 0 } }, { "sunrpc", 111, "udp", { "rpcbind", "portmap", 0 } },
    { "auth", 113, "tcp", { "ident", "tap", 0 } }, { "uucp-path", 117, "tcp", { 0 } },
    { "sqlserv", 118, "tcp", { 0 } },       { "nntp", 119, "tcp", { "usenet", 0 } },
    { "ntp", 123, "udp", { 0 } },           { "epmap", 135, "tcp", { "loc-srv", 0 } },
    { "epmap", 135, "udp", { "loc-srv", 0 } }, { "netbios-ns", 137, "tcp", { "nbname", 0 } },
    { "netbios-ns", 137, "udp", { "nbname", 0 } }, { "netbios-dgm", 138, "udp", { "nbdatagram", 0 } },
    { "netbios-ssn", 139, "tcp", { "nbsession", 0 } }, { "imap", 143, "tcp", { "imap4", 0 } },
    { "sql-net", 150, "tcp", { 0 } },       { "sqlsrv", 156, "tcp", { 0 } },
    { "pcmail-srv", 158, "tcp", { 0 } },    { "snmp", 161, "udp", { 0 } },
    { "snmptrap", 162, "udp", { "snmp-trap", 0 } }, { "print-srv", 170, "tcp", { 0 } },
    { "bgp", 179, "tcp", { 0 } },           { "irc", 194, "tcp", { 0 } },
    { "ipx", 213, "udp", { 0 } },           { "rtsps", 322, "tcp", { 0 } },
    { "rtsps", 322, "udp", { 0 } },         { "mftp", 349, "tcp", { 0 } },
    { "mftp", 349, "udp", { 0 } },          { "ldap", 389, "tcp", { 0 } },
    { "https", 443, "tcp", { "MCom", 0 } }, { "https", 443, "udp", { "MCom", 0 } },
    { "microsoft-ds", 445, "tcp", { 0 } },  { "microsoft-ds", 445, "udp", { 0 } },
    { "kpasswd", 464, "tcp", { 0 } },       { "kpasswd", 464, "udp", { 0 } },
    { "isakmp", 500, "udp", { "ike", 0 } }, { "crs", 507, "tcp", { 0 } },
    { "crs", 507, "udp", { 0 } },           { "exec", 512, "tcp", { 0 } },
    { "biff", 512, "udp", { "comsat", 0 } }, { "login", 513, "tcp", { 0 } },
    { "who", 513, "udp", { "whod", 0 } },   { "cmd", 514, "tcp", { "shell", 0 } },
    { "syslog", 514, "udp", { 0 } },        { "printer", 515, "tcp", { "spooler", 0 } },
    { "talk", 517, "udp", { 0 } },          { "ntalk", 518, "udp", { 0 } },
    { "efs", 520, "tcp", { 0 } },           { "router", 520, "udp", { "route", "routed", 0 } },
    { "ulp", 522, "tcp", { 0 } },           { "ulp", 522, "udp", { 0 } },
    { "timed", 525, "udp", { "timeserver", 0 } }, { "tempo", 526, "tcp", { "newdate", 0 } },
    { "irc-serv", 529, "tcp", { 0 } },      { "irc-serv", 529, "udp", { 0 } },
    { "courier", 530, "tcp", { "rpc", 0 } }, { "conference", 531, "tcp", { "chat", 0 } },
    { "netnews", 532, "tcp", { "readnews", 0 } }, { "netwall", 533, "udp", { 0 } },
    { "uucp", 540, "tcp", { "uucpd", 0 } }, { "klogin", 543, "tcp", { 0 } },
    { "kshell", 544, "tcp", { "krcmd", 0 } }, { "dhcpv6-client", 546, "tcp", { 0 } },
    { "dhcpv6-client", 546, "udp", { 0 } }, { "dhcpv6-server", 547, "tcp", { 0 } },
    { "dhcpv6-server", 547, "udp", { 0 } }, { "new-rwho", 550, "udp", { "new-who", 0 } },
    { "rtsp", 554, "tcp", { 0 } },          { "rtsp", 554, "udp", { 0 } },
    { "remotefs", 556, "tcp", { "rfs", "rfs_server", 0 } }, { "rmonitor", 560, "udp", { "rmonitord", 0 } },
    { "monitor", 561, "udp", { 0 } },       { "nntps", 563, "tcp", { "snntp", 0 } },
    { "nntps", 563, "udp", { "snntp", 0 } }, { "whoami", 565, "tcp", { 0 } },
    { "whoami", 565, "udp", { 0 } },        { "ms-shuttle", 568, "tcp", { 0 } },
    { "ms-shuttle", 568, "udp", { 0 } },    { "ms-rome", 569, "tcp", { 0 } },
    { "ms-rome", 569, "udp", { 0 } },       { "http-rpc-epmap", 593, "tcp", { 0 } },
    { "http-rpc-epmap", 593, "udp", { 0 } }, { "hmmp-ind", 612, "tcp", { 0 } },
    { "hmmp-ind", 612, "udp", { 0 } },      { "hmmp-op", 613, "tcp", { 0 } },
    { "hmmp-op", 613, "udp", { 0 } },       { "ldaps", 636, "tcp", { "sldap", 0 } },
    { "doom", 666, "tcp", { 0 } },          { "doom", 666, "udp", { 0 } },
    { "msexch-routing", 691, "tcp", { 0 } }, { "msexch-routing", 691, "udp", { 0 } },
    { "kerberos-adm", 749, "tcp", { 0 } },  { "kerberos-adm", 749, "udp", { 0 } },
    { "kerberos-iv", 750, "udp", { 0 } },   { "mdbs_daemon", 800, "tcp", { 0 } },
    { "mdbs_daemon", 800, "udp", { 0 } },   { "ftps-data", 989, "tcp", { 0 } },
    { "ftps", 990, "tcp", { 0 } },          { "telnets", 992, "tcp", { 0 } },
    { "imaps", 993, "tcp", { 0 } },         { "ircs", 994, "tcp", { 0 } },
    { "pop3s", 995, "tcp", { "spop3", 0 } }, { "pop3s", 995, "udp", { "spop3", 0 } },
    { "kpop", 1109, "tcp", { 0 } },         { "nfsd-status", 1110, "tcp", { 0 } },
    { "nfsd-keepalive", 1110, "udp", { 0 } }, { "nfa", 1155, "tcp", { 0 } },
    { "nfa", 1155, "udp", { 0 } },          { "activesync", 1034, "tcp", { 0 } },
    { "opsmgr", 1270, "tcp", { 0 } },       { "opsmgr", 1270, "udp", { 0 } },
    { "ms-sql-s", 1433, "tcp", { 0 } },     { "ms-sql-s", 1433, "udp", { 0 } },
    { "ms-sql-m", 1434, "tcp", { 0 } },     { "ms-sql-m", 1434, "udp", { 0 } },
    { "ms-sna-server", 1477, "tcp", { 0 } }, { "ms-sna-server", 1477, "udp", { 0 } },
    { "ms-sna-base", 1478, "tcp", { 0 } },  { "ms-sna-base", 1478, "udp", { 0 } },
    { "wins", 1512, "tcp", { 0 } },         { "wins", 1512, "udp", { 0 } },
    { "ingreslock", 1524, "tcp", { "ingres", 0 } }, { "stt", 1607, "tcp", { 0 } },
    { "stt", 1607, "udp", { 0 } },          { "l2tp", 1701, "udp", { 0 } },
    { "pptconference", 1711, "tcp", { 0 } }, { "pptconference", 1711, "udp", { 0 } },
    { "pptp", 1723, "tcp", { 0 } },         { "msiccp", 1731, "tcp", { 0 } },
    { "msiccp", 1731, "udp", { 0 } },       { "remote-winsock", 1745, "tcp", { 0 } },
    { "remote-winsock", 1745, "udp", { 0 } }, { "ms-streaming", 1755, "tcp", { 0 } },
    { "ms-streaming", 1755, "udp", { 0 } }, { "msmq", 1801, "tcp", { 0 } },
    { "msmq", 1801, "udp", { 0 } },         { "radius", 1812, "udp", { 0 } },
    { "radacct", 1813, "udp", { 0 } },      { "msnp", 1863, "tcp", { 0 } },
    { "msnp", 1863, "udp", { 0 } },         { "ssdp", 1900, "tcp", { 0 } },
    { "ssdp", 1900, "udp", { 0 } },         { "close-combat", 1944, "tcp", { 0 } },
    { "close-combat", 1944, "udp", { 0 } }, { "nfsd", 2049, "udp", { "nfs", 0 } },
    { "knetd", 2053, "tcp", { 0 } },        { "mzap", 2106, "tcp", { 0 } },
    { "mzap", 2106, "udp", { 0 } },         { "qwave", 2177, "tcp", { 0 } },
    { "qwave", 2177, "udp", { 0 } },        { "directplay", 2234, "tcp", { 0 } },
    { "directplay", 2234, "udp", { 0 } },   { "ms-olap3", 2382, "tcp", { 0 } },
    { "ms-olap3", 2382, "udp", { 0 } },     { "ms-olap4", 2383, "tcp", { 0 } },
    { "ms-olap4", 2383, "udp", { 0 } },     { "ms-olap1", 2393, "tcp", { 0 } },
    { "ms-olap1", 2393, "udp", { 0 } },     { "ms-olap2", 2394, "tcp", { 0 } },
    { "ms-olap2", 2394, "udp", { 0 } },     { "ms-theater", 2460, "tcp", { 0 } },
    { "ms-theater", 2460, "udp", { 0 } },   { "wlbs", 2504, "tcp", { 0 } },
    { "wlbs", 2504, "udp", { 0 } },         { "ms-v-worlds", 2525, "tcp", { 0 } },
    { "ms-v-worlds", 2525, "udp", { 0 } },  { "sms-rcinfo", 2701, "tcp", { 0 } },
    { "sms-rcinfo", 2701, "udp", { 0 } },   { "sms-xfer", 2702, "tcp", { 0 } },
    { "sms-xfer", 2702, "udp", { 0 } },     { "sms-chat", 2703, "tcp", { 0 } },
    { "sms-chat", 2703, "udp", { 0 } },     { "sms-remctrl", 2704, "tcp", { 0 } },
    { "sms-remctrl", 2704, "udp", { 0 } },  { "msolap-ptp2", 2725, "tcp", { 0 } },
    { "msolap-ptp2", 2725, "udp", { 0 } },  { "icslap", 2869, "tcp", { 0 } },
    { "icslap", 2869, "udp", { 0 } },       { "cifs", 3020, "tcp", { 0 } },
    { "cifs", 3020, "udp", { 0 } },         { "xbox", 3074, "tcp", { 0 } },
    { "xbox", 3074, "udp", { 0 } },         { "ms-dotnetster", 3126, "tcp", { 0 } },
    { "ms-dotnetster", 3126, "udp", { 0 } }, { "ms-rule-engine", 3132, "tcp", { 0 } },
    { "ms-rule-engine", 3132, "udp", { 0 } }, { "msft-gc", 3268, "tcp", { 0 } },
    { "msft-gc", 3268, "udp", { 0 } },      { "msft-gc-ssl", 3269, "tcp", { 0 } },
    { "msft-gc-ssl", 3269, "udp", { 0 } },  { "ms-cluster-net", 3343, "tcp", { 0 } },
    { "ms-cluster-net", 3343, "udp", { 0 } }, { "ms-wbt-server", 3389, "tcp", { 0 } },
    { "ms-wbt-server", 3389, "udp", { 0 } }, { "ms-la", 3535, "tcp", { 0 } },
    { "ms-la", 3535, "udp", { 0 } },        { "pnrp-port", 3540, "tcp", { 0 } },
    { "pnrp-port", 3540, "udp", { 0 } },    { "teredo", 3544, "tcp", { 0 } },
    { "teredo", 3544, "udp", { 0 } },       { "p2pgroup", 3587, "tcp", { 0 } },
    { "p2pgroup", 3587, "udp", { 0 } },     { "ws-discovery", 3702, "udp", { 0 } },
    { "dvcprov-port", 3776, "tcp", { 0 } }, { "dvcprov-port", 3776, "udp", { 0 } },
    { "msfw-control", 3847, "tcp", { 0 } }, { "msdts1", 3882, "tcp", { 0 } },
    { "sdp-portmapper", 3935, "tcp", { 0 } }, { "sdp-portmapper", 3935, "udp", { 0 } },
    { "net-device", 4350, "tcp", { 0 } },   { "net-device", 4350, "udp", { 0 } },
    { "ipsec-msft", 4500, "tcp", { 0 } },   { "ipsec-msft", 4500, "udp", { 0 } },
    { "llmnr", 5355, "tcp", { 0 } },        { "llmnr", 5355, "udp", { 0 } },
    { "rrac", 5678, "tcp", { 0 } },         { "rrac", 5678, "udp", { 0 } },
    { "dccm", 5679, "tcp", { 0 } },         { "dccm", 5679, "udp", { 0 } },
    { "ms-licensing", 5720, "tcp", { 0 } }, { "ms-licensing", 5720, "udp", { 0 } },
    { "directplay8", 6073, "tcp", { 0 } },  { "directplay8", 6073, "udp", { 0 } },
    { "man", 9535, "tcp", { 0 } },          { "rasadv", 9753, "tcp", { 0 } },
    { "rasadv", 9753, "udp", { 0 } },       { "imip-channels", 11320, "tcp", { 0 } },
    { "imip-channels", 11320, "udp", { 0 } }, { "directplaysrvr", 47624, "tcp", { 0 } },
    { "directplaysrvr", 47624, "udp", { 0 } },
};

static const struct protocol_entry protocols[] = {
    { "ip", 0, { "IP", 0 } },           { "icmp", 1, { "ICMP", 0 } },
    { "ggp", 3, { "GGP", 0 } },         { "tcp", 6, { "TCP", 0 } },
    { "egp", 8, { "EGP", 0 } },         { "pup", 12, { "PUP", 0 } },
    { "udp", 17, { "UDP", 0 } },        { "hmp", 20, { "HMP", 0 } },
    { "xns-idp", 22, { "XNS-IDP", 0 } }, { "rdp", 27, { "RDP", 0 } },
    { "ipv6", 41, { "IPv6", 0 } },      { "ipv6-route", 43, { "IPv6-Route", 0 } },
    { "ipv6-frag", 44, { "IPv6-Frag", 0 } }, { "esp", 50, { "ESP", 0 } },
    { "ah", 51, { "AH", 0 } },          { "ipv6-icmp", 58, { "IPv6-ICMP", 0 } },
    { "ipv6-nonxt", 59, { "IPv6-NoNxt", 0 } }, { "ipv6-opts", 60, { "IPv6-Opts", 0 } },
    { "rvd", 66, { "RVD", 0 } },
};

static int same_text(const char *a, const char *b)
{
    for (;; a++, b++) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z') x += 'a' - 'A';
        if (y >= 'A' && y <= 'Z') y += 'a' - 'A';
        if (x != y) return 0;
        if (!x) return 1;
    }
}

/* One entry, copied into storage the caller may read (and, as on Windows, scribble on)
 * until the next call; the library's table stays intact. */
static struct servent *service_result(const struct service_entry *e)
{
    static struct servent out;
    static char *aliases[4];
    static char name[32], proto[8], alias_text[3][32];
    int i;
    strcpy(name, e->name);
    strcpy(proto, e->proto);
    for (i = 0; i < 3 && e->aliases[i]; i++) {
        strcpy(alias_text[i], e->aliases[i]);
        aliases[i] = alias_text[i];
    }
    aliases[i] = 0;
    out.s_name = name;
    out.s_aliases = aliases;
    out.s_port = (short)htons(e->port);
    out.s_proto = proto;
    return &out;
}

static struct protoent *protocol_result(const struct protocol_entry *e)
{
    static struct protoent out;
    static char *aliases[3];
    static char name[16], alias_text[2][16];
    int i;
    strcpy(name, e->name);
    for (i = 0; i < 2 && e->aliases[i]; i++) {
        strcpy(alias_text[i], e->aliases[i]);
        aliases[i] = alias_text[i];
    }
    aliases[i] = 0;
    out.p_name = name;
    out.p_aliases = aliases;
    out.p_proto = e->number;
    return &out;
}

static int service_named(const struct service_entry *e, const char *name)
{
    if (same_text(e->name, name)) return 1;
    for (int i = 0; i < 3 && e->aliases[i]; i++)
        if (same_text(e->aliases[i], name)) return 1;
    return 0;
}

/* A NULL pointer where a name is needed is WSAEFAULT, as for every string argument of ws2_32. */
struct servent *WSAAPI getservbyname(const char *name, const char *proto)
{
    if (!name) { WSASetLastError(WSAEFAULT); return NULL; }
    for (size_t i = 0; i < sizeof services / sizeof services[0]; i++)
        if (service_named(&services[i], name) && (!proto || same_text(services[i].proto, proto)))
            return service_result(&services[i]);
    WSASetLastError(WSANO_DATA);
    return NULL;
}

struct servent *WSAAPI getservbyport(int port, const char *proto)
{
    unsigned short host_port = ntohs((unsigned short)port);
    for (size_t i = 0; i < sizeof services / sizeof services[0]; i++)
        if (services[i].port == host_port && (!proto || same_text(services[i].proto, proto)))
            return service_result(&services[i]);
    WSASetLastError(WSANO_DATA);
    return NULL;
}

struct protoent *WSAAPI getprotobyname(const char *name)
{
    if (!name) { WSASetLastError(WSAEFAULT); return NULL; }
    for (size_t i = 0; i < sizeof protocols / sizeof protocols[0]; i++)
        if (same_text(protocols[i].name, name) || (protocols[i].aliases[0] && same_text(protocols[i].aliases[0], name)))
            return protocol_result(&protocols[i]);
    WSASetLastError(WSANO_DATA);
    return NULL;
}

struct protoent *WSAAPI getprotobynumber(int number)
{
    for (size_t i = 0; i < sizeof protocols / sizeof protocols[0]; i++)
        if (protocols[i].number == number)
            return protocol_result(&protocols[i]);
    WSASetLastError(WSANO_DATA);
    return NULL;
}
