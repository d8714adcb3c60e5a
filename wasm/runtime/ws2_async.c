/* The WSAAsyncGet* database look-ups: the answer is a window message. Each look-up is the
 * blocking function's (gethostbyname, gethostbyaddr, getservbyname ...), made during the call;
 * its result is laid out in the caller's buffer, every pointer pointing into that buffer, and
 * then the message is posted: wParam the task handle the call returns, lParam
 * WSAMAKEASYNCREPLY(buffer length, error). "If the error code is WSAENOBUFS, the size of the
 * buffer specified by buflen in the original call was too small to contain all the resulting
 * information. In this case, the low 16 bits of lParam contain the size of buffer required."
 * The message arrives through the message loop as on Windows; only the look-up's own wait
 * happens inside the call rather than beside it. */
#include <winsock2.h>
#include <windows.h>
#include <string.h>

static DWORD next_task = 1;

/* Packs pointers and strings into [buf, buf+cap) from the end of the fixed struct on. */
struct packer {
    char *buf;
    size_t cap, used;
};

static size_t align4(size_t n) { return (n + 3) & ~(size_t)3; }

static void *take(struct packer *p, size_t n, size_t align)
{
    size_t at = align == 4 ? align4(p->used) : p->used;
    void *r = at + n <= p->cap ? p->buf + at : NULL;
    p->used = at + n;
    return r;
}

static char *pack_string(struct packer *p, const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = take(p, n, 1);
    if (d) memcpy(d, s, n);
    return d;
}

static char **pack_strings(struct packer *p, char **list)
{
    size_t n = 0, i;
    char **d;
    while (list && list[n]) n++;
    d = take(p, (n + 1) * sizeof(char *), 4);
    for (i = 0; i < n; i++) {
        char *s = pack_string(p, list[i]);
        if (d) d[i] = s;
    }
    if (d) d[n] = NULL;
    return d;
}

/* The sizes: a first pass with no room measures, the second writes when it fits. */
static size_t pack_hostent(const struct hostent *h, char *buf, size_t cap)
{
    struct packer p = {buf, cap, 0};
    struct hostent *d = take(&p, sizeof *d, 4);
    size_t n = 0, i;
    char **addrs;
    while (h->h_addr_list && h->h_addr_list[n]) n++;
    addrs = take(&p, (n + 1) * sizeof(char *), 4);
    for (i = 0; i < n; i++) {
        char *a = take(&p, (size_t)h->h_length, 4);
        if (a) memcpy(a, h->h_addr_list[i], (size_t)h->h_length);
        if (addrs) addrs[i] = a;
    }
    if (addrs) addrs[n] = NULL;
    if (d) {
        d->h_addrtype = h->h_addrtype;
        d->h_length = h->h_length;
        d->h_addr_list = addrs;
    }
    {
        char *name = pack_string(&p, h->h_name ? h->h_name : "");
        char **aliases = pack_strings(&p, h->h_aliases);
        if (d) { d->h_name = name; d->h_aliases = aliases; }
    }
    return p.used;
}

static size_t pack_servent(const struct servent *s, char *buf, size_t cap)
{
    struct packer p = {buf, cap, 0};
    struct servent *d = take(&p, sizeof *d, 4);
    char *name = pack_string(&p, s->s_name);
    char **aliases = pack_strings(&p, s->s_aliases);
    char *proto = pack_string(&p, s->s_proto ? s->s_proto : "");
    if (d) {
        d->s_name = name;
        d->s_aliases = aliases;
        d->s_port = s->s_port;
        d->s_proto = proto;
    }
    return p.used;
}

static size_t pack_protoent(const struct protoent *e, char *buf, size_t cap)
{
    struct packer p = {buf, cap, 0};
    struct protoent *d = take(&p, sizeof *d, 4);
    char *name = pack_string(&p, e->p_name);
    char **aliases = pack_strings(&p, e->p_aliases);
    if (d) {
        d->p_name = name;
        d->p_aliases = aliases;
        d->p_proto = e->p_proto;
    }
    return p.used;
}

enum kind { HOST, SERV, PROTO };

/* Lays the result out (or not: no room, or the look-up failed) and posts the answer. */
static HANDLE answer(HWND hWnd, u_int wMsg, enum kind kind, const void *result, char *buf, int buflen)
{
    HANDLE task;
    int error = 0;
    size_t need = 0;
    if (!result) {
        error = WSAGetLastError();
        /* "If the asynchronous operation could not be initiated, the return value is zero". */
        if (error == WSANOTINITIALISED || error == WSAENETDOWN) return NULL;
    } else {
        size_t cap = buflen > 0 && buf ? (size_t)buflen : 0;
        need = kind == HOST ? pack_hostent(result, NULL, 0) : kind == SERV ? pack_servent(result, NULL, 0)
                                                                            : pack_protoent(result, NULL, 0);
        if (need > cap) error = WSAENOBUFS;
        else if (kind == HOST) pack_hostent(result, buf, cap);
        else if (kind == SERV) pack_servent(result, buf, cap);
        else pack_protoent(result, buf, cap);
    }
    task = (HANDLE)(ULONG_PTR)next_task++;
    if (next_task == 0) next_task = 1;
    /* The length is the result's, or with WSAENOBUFS the one needed; 0 for another error. */
    PostMessageW(hWnd, wMsg, (WPARAM)task, WSAMAKEASYNCREPLY(error && error != WSAENOBUFS ? 0 : need, error));
    WSASetLastError(0);
    return task;
}

HANDLE WSAAPI WSAAsyncGetHostByName(HWND hWnd, u_int wMsg, const char *name, char *buf, int buflen)
{
    return answer(hWnd, wMsg, HOST, gethostbyname(name), buf, buflen);
}

HANDLE WSAAPI WSAAsyncGetHostByAddr(HWND hWnd, u_int wMsg, const char *addr, int len, int type, char *buf, int buflen)
{
    return answer(hWnd, wMsg, HOST, gethostbyaddr(addr, len, type), buf, buflen);
}

HANDLE WSAAPI WSAAsyncGetServByName(HWND hWnd, u_int wMsg, const char *name, const char *proto, char *buf, int buflen)
{
    return answer(hWnd, wMsg, SERV, getservbyname(name, proto), buf, buflen);
}

HANDLE WSAAPI WSAAsyncGetServByPort(HWND hWnd, u_int wMsg, int port, const char *proto, char *buf, int buflen)
{
    return answer(hWnd, wMsg, SERV, getservbyport(port, proto), buf, buflen);
}

HANDLE WSAAPI WSAAsyncGetProtoByName(HWND hWnd, u_int wMsg, const char *name, char *buf, int buflen)
{
    return answer(hWnd, wMsg, PROTO, getprotobyname(name), buf, buflen);
}

HANDLE WSAAPI WSAAsyncGetProtoByNumber(HWND hWnd, u_int wMsg, int number, char *buf, int buflen)
{
    return answer(hWnd, wMsg, PROTO, getprotobynumber(number), buf, buflen);
}

/* Every task has completed by the time its handle is returned: "WSAEALREADY: The asynchronous
 * routine being canceled has already completed." A handle never returned is WSAEINVAL. */
int WSAAPI WSACancelAsyncRequest(HANDLE hAsyncTaskHandle)
{
    DWORD h = (DWORD)(ULONG_PTR)hAsyncTaskHandle;
    WSASetLastError(h != 0 && h < next_task ? WSAEALREADY : WSAEINVAL);
    return SOCKET_ERROR;
}
