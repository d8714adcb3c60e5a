/* getservbyname, getservbyport, getprotobyname and getprotobynumber (winsock2.h): entries of
 * Windows' own services and protocol files, ports in network byte order, WSANO_DATA for a miss. */
#include <winsock2.h>
#include <stdio.h>

static void show_serv(const char *what, struct servent *s)
{
    if (!s) { printf("%s: NULL %d\n", what, WSAGetLastError()); return; }
    printf("%s: %s %u/%s", what, s->s_name, ntohs((unsigned short)s->s_port), s->s_proto);
    for (char **a = s->s_aliases; *a; a++) printf(" %s", *a);
    printf("\n");
}

static void show_proto(const char *what, struct protoent *p)
{
    if (!p) { printf("%s: NULL %d\n", what, WSAGetLastError()); return; }
    printf("%s: %s %d", what, p->p_name, p->p_proto);
    for (char **a = p->p_aliases; *a; a++) printf(" %s", *a);
    printf("\n");
}

int main(void)
{
    WSADATA wsa;
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) return 1;
    show_serv("http/tcp", getservbyname("http", "tcp"));
    show_serv("WWW/TCP", getservbyname("WWW", "TCP"));
    show_serv("domain/NULL", getservbyname("domain", NULL));
    show_serv("domain/udp", getservbyname("domain", "udp"));
    show_serv("tftp/tcp", getservbyname("tftp", "tcp"));
    show_serv("nosuch", getservbyname("no-such-service", NULL));
    show_serv("443/tcp", getservbyport(htons(443), "tcp"));
    show_serv("69/NULL", getservbyport(htons(69), NULL));
    show_serv("25/udp", getservbyport(htons(25), "udp"));
    show_serv("9/NULL", getservbyport(htons(9), NULL));
    /* The result is the library's storage: writing to it does not change the table. */
    struct servent *s = getservbyname("smtp", "tcp");
    s->s_name[0] = 'X';
    show_serv("smtp again", getservbyname("smtp", "tcp"));
    show_proto("tcp", getprotobyname("tcp"));
    show_proto("UDP", getprotobyname("UDP"));
    show_proto("ipv6-icmp", getprotobyname("ipv6-icmp"));
    show_proto("17", getprotobynumber(17));
    show_proto("0", getprotobynumber(0));
    show_proto("200", getprotobynumber(200));
    show_proto("nosuch", getprotobyname("nosuch"));
    WSACleanup();
    return 0;
}
