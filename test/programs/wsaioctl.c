/* WSAIoctl: FIONBIO, FIONREAD, SIOCATMARK, SIO_KEEPALIVE_VALS, SIO_ADDRESS_LIST_QUERY,
 * SIO_UDP_CONNRESET, SIO_UDP_NETRESET and SIO_GET_EXTENSION_FUNCTION_POINTER, plain and
 * overlapped, on real loopback sockets. Each line is "name: return lasterror [outputs]". */
#include "common.h"
#include <windows.h>
#include <mstcpip.h>
#include <mswsock.h>

/* WSAIoctl with the last error set to a sentinel first: "ret error bytesreturned". */
static void ioctl_line(const char *name, SOCKET s, DWORD code, void *in, DWORD cbin, void *out, DWORD cbout)
{
    DWORD n = 0xDEADBEEF;
    int r;
    WSASetLastError(SENTINEL);
    r = WSAIoctl(s, code, in, cbin, out, cbout, &n, NULL, NULL);
    printf("%s: %d %d %lu\n", name, r, r == SOCKET_ERROR ? WSAGetLastError() : 0, (unsigned long)n);
}

static struct { int calls; DWORD error, bytes, flags; LPWSAOVERLAPPED ov; } R;

static void CALLBACK record(DWORD dwError, DWORD cbTransferred, LPWSAOVERLAPPED lpOverlapped, DWORD dwFlags)
{
    R.calls++;
    R.error = dwError;
    R.bytes = cbTransferred;
    R.ov = lpOverlapped;
    R.flags = dwFlags;
}

static int keepalive_option(SOCKET s)
{
    DWORD v = 0xDEADBEEF;
    int len = sizeof(v);
    if (getsockopt(s, SOL_SOCKET, SO_KEEPALIVE, (char *)&v, &len) == SOCKET_ERROR) return -WSAGetLastError();
    return (int)(v & 0xff); /* a one-byte BOOLEAN in the kernel */
}

int main(void)
{
    WSADATA wsa;
    SOCKET c, sv, u, u6;
    u_long one = 1, zero = 0, v;
    BOOL b;
    DWORD n;
    char buf[16];
    struct tcp_keepalive ka;

    /* "A successful WSAStartup call must occur before using this function." (WSANOTINITIALISED) */
    {
        DWORD m = 0;
        int r;
        WSASetLastError(SENTINEL);
        r = WSAIoctl(0, FIONBIO, &one, sizeof(one), NULL, 0, &m, NULL, NULL);
        SHOW("not-started", "%d %d", r, WSAGetLastError());
    }
    WSAStartup(MAKEWORD(2, 2), &wsa);
    make_pair(&c, &sv);
    u = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    u6 = socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP);

    /* WSAENOTSOCK: "The descriptor s is not a socket." */
    {
        SOCKET gone = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        closesocket(gone);
        ioctl_line("not-socket", gone, FIONBIO, &one, sizeof(one), NULL, 0);
    }

    /* FIONBIO, as ioctlsocket: a non-blocking recv with nothing to read is WSAEWOULDBLOCK. */
    ioctl_line("fionbio-on", c, FIONBIO, &one, sizeof(one), NULL, 0);
    CHECK("fionbio-on-recv", recv(c, buf, sizeof(buf), 0));
    ioctl_line("fionbio-off", c, FIONBIO, &zero, sizeof(zero), NULL, 0);
    /* WSAEFAULT: "The lpvInBuffer ... parameter is not totally contained in a valid part of the user
     * address space, or the cbInBuffer or cbOutBuffer parameter is too small." */
    ioctl_line("fionbio-short-in", c, FIONBIO, &one, 2, NULL, 0);
    ioctl_line("fionbio-null-in", c, FIONBIO, NULL, sizeof(one), NULL, 0);
    /* ... "lpcbBytesReturned ... is not totally contained in a valid part of the user address space". */
    {
        int r;
        WSASetLastError(SENTINEL);
        r = WSAIoctl(c, FIONBIO, &one, sizeof(one), NULL, 0, NULL, NULL, NULL);
        SHOW("null-bytes-returned", "%d %d", r, WSAGetLastError());
    }

    /* FIONREAD: the bytes waiting, in an u_long the output buffer receives. */
    send(sv, "hello", 5, 0);
    {
        fd_set r;
        struct timeval tv = { 5, 0 };
        FD_ZERO(&r);
        FD_SET(c, &r);
        select(0, &r, NULL, NULL, &tv);
    }
    v = 0xDEADBEEF;
    ioctl_line("fionread", c, FIONREAD, NULL, 0, &v, sizeof(v));
    SHOW("fionread-value", "%lu", (unsigned long)v);
    ioctl_line("fionread-short-out", c, FIONREAD, NULL, 0, &v, 2);
    ioctl_line("fionread-null-out", c, FIONREAD, NULL, 0, NULL, sizeof(v));

    /* SIOCATMARK: TRUE when no out-of-band data waits. */
    b = 0xDEAD;
    ioctl_line("siocatmark", c, SIOCATMARK, NULL, 0, &b, sizeof(b));
    SHOW("siocatmark-value", "%d", (int)b);
    recv(c, buf, 5, 0);

    /* SIO_KEEPALIVE_VALS "enables or disables the per-connection setting of the TCP keep-alive
     * option which specifies the TCP keep-alive timeout and interval"; SO_KEEPALIVE follows it. */
    SHOW("keepalive-before", "%d", keepalive_option(c));
    ka.onoff = 1; ka.keepalivetime = 30000; ka.keepaliveinterval = 1000;
    ioctl_line("keepalive-on", c, SIO_KEEPALIVE_VALS, &ka, sizeof(ka), NULL, 0);
    SHOW("keepalive-on-option", "%d", keepalive_option(c));
    ka.onoff = 0;
    ioctl_line("keepalive-off", c, SIO_KEEPALIVE_VALS, &ka, sizeof(ka), NULL, 0);
    SHOW("keepalive-off-option", "%d", keepalive_option(c));
    /* "cbInBuffer ... should be equal to or greater than the size of the tcp_keepalive structure". */
    ka.onoff = 1;
    ioctl_line("keepalive-short", c, SIO_KEEPALIVE_VALS, &ka, sizeof(ka) - 4, NULL, 0);
    SHOW("keepalive-short-option", "%d", keepalive_option(c));
    /* WSAENOPROTOOPT: "an attempt to use ... the TCP SIO_KEEPALIVE_VALS IOCTL on a datagram socket". */
    ioctl_line("keepalive-udp", u, SIO_KEEPALIVE_VALS, &ka, sizeof(ka), NULL, 0);

    /* SIO_UDP_CONNRESET / SIO_UDP_NETRESET: a BOOL in, datagram sockets only. */
    b = FALSE;
    ioctl_line("connreset-udp", u, SIO_UDP_CONNRESET, &b, sizeof(b), NULL, 0);
    ioctl_line("netreset-udp", u, SIO_UDP_NETRESET, &b, sizeof(b), NULL, 0);
    ioctl_line("connreset-short", u, SIO_UDP_CONNRESET, &b, 2, NULL, 0);
    /* WSAEINVAL: "the command is not applicable to the type of socket specified". */
    ioctl_line("connreset-tcp", c, SIO_UDP_CONNRESET, &b, sizeof(b), NULL, 0);
    ioctl_line("netreset-tcp", c, SIO_UDP_NETRESET, &b, sizeof(b), NULL, 0);

    /* SIO_ADDRESS_LIST_QUERY: too small a buffer is WSAEFAULT with the size needed returned. */
    {
        DWORD need = 0xDEADBEEF, got = 0xDEADBEEF;
        int r, i, ok = 1, binds = 1;
        char *list;
        SOCKET_ADDRESS_LIST *l;
        WSASetLastError(SENTINEL);
        r = WSAIoctl(u, SIO_ADDRESS_LIST_QUERY, NULL, 0, NULL, 0, &need, NULL, NULL);
        SHOW("addrlist-null", "%d %d", r, r == SOCKET_ERROR ? WSAGetLastError() : 0);
        list = malloc(need + 64);
        memset(list, 0xAB, need + 64);
        WSASetLastError(SENTINEL);
        r = WSAIoctl(u, SIO_ADDRESS_LIST_QUERY, NULL, 0, list, need - 1, &got, NULL, NULL);
        SHOW("addrlist-one-short", "%d %d %d", r, r == SOCKET_ERROR ? WSAGetLastError() : 0, got == need);
        got = 0xDEADBEEF;
        WSASetLastError(SENTINEL);
        r = WSAIoctl(u, SIO_ADDRESS_LIST_QUERY, NULL, 0, list, need + 64, &got, NULL, NULL);
        l = (SOCKET_ADDRESS_LIST *)list;
        SHOW("addrlist", "%d %d %d", r, r == SOCKET_ERROR ? WSAGetLastError() : 0, got == need);
        /* The SOCKET_ADDRESS array, then the sockaddrs it points to, in the same buffer. */
        SHOW("addrlist-size", "%d", (int)need == (int)(FIELD_OFFSET(SOCKET_ADDRESS_LIST, Address) +
             l->iAddressCount * (sizeof(SOCKET_ADDRESS) + sizeof(struct sockaddr_in))));
        for (i = 0; i < l->iAddressCount; i++) {
            struct sockaddr_in *a = (struct sockaddr_in *)l->Address[i].lpSockaddr;
            SOCKET t;
            if ((char *)a < list || (char *)a + sizeof(*a) > list + need || l->Address[i].iSockaddrLength != sizeof(*a)
                || a->sin_family != AF_INET || a->sin_port != 0) ok = 0;
            /* "a list of local transport addresses ... to which the application can bind" */
            t = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
            if (bind(t, (struct sockaddr *)a, sizeof(*a)) == SOCKET_ERROR) binds = 0;
            closesocket(t);
        }
        SHOW("addrlist-entries", "%d %d", ok, binds);
        SHOW("addrlist-count", "%d", l->iAddressCount);
        SHOW("addrlist-tail-untouched", "%d", (unsigned char)list[need] == 0xAB);
        free(list);

        need = 0xDEADBEEF;
        WSASetLastError(SENTINEL);
        r = WSAIoctl(u6, SIO_ADDRESS_LIST_QUERY, NULL, 0, NULL, 0, &need, NULL, NULL);
        SHOW("addrlist6-null", "%d %d", r, r == SOCKET_ERROR ? WSAGetLastError() : 0);
        list = malloc(need);
        got = 0xDEADBEEF;
        r = WSAIoctl(u6, SIO_ADDRESS_LIST_QUERY, NULL, 0, list, need, &got, NULL, NULL);
        l = (SOCKET_ADDRESS_LIST *)list;
        SHOW("addrlist6", "%d %d", r, got == need);
        ok = (int)need == (int)(FIELD_OFFSET(SOCKET_ADDRESS_LIST, Address) +
             l->iAddressCount * (sizeof(SOCKET_ADDRESS) + sizeof(struct sockaddr_in6)));
        binds = 1;
        for (i = 0; i < l->iAddressCount; i++) {
            SOCKET t;
            if (l->Address[i].lpSockaddr->sa_family != AF_INET6 || l->Address[i].iSockaddrLength != sizeof(struct sockaddr_in6)) ok = 0;
            /* Each binds; a link-local one (fe80::/10) is left out of this check: it needs its
             * scope id (the entry carries it), which the Node transport does not pass to bind yet. */
            if (IN6_IS_ADDR_LINKLOCAL(&((struct sockaddr_in6 *)l->Address[i].lpSockaddr)->sin6_addr)) continue;
            t = socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP);
            if (bind(t, l->Address[i].lpSockaddr, l->Address[i].iSockaddrLength) == SOCKET_ERROR) binds = 0;
            closesocket(t);
        }
        SHOW("addrlist6-entries", "%d %d", ok, binds);
        SHOW("addrlist6-count", "%d %lu", l->iAddressCount, (unsigned long)need);
        free(list);
    }

    /* SIO_GET_EXTENSION_FUNCTION_POINTER: AcceptEx and the other extensions are not provided. */
    {
        GUID acceptex = WSAID_ACCEPTEX, unknown = { 0x12345678, 0x1234, 0x5678, { 1, 2, 3, 4, 5, 6, 7, 8 } };
        void *fn = NULL;
        ioctl_line("extension-unknown", c, SIO_GET_EXTENSION_FUNCTION_POINTER, &unknown, sizeof(unknown), &fn, sizeof(fn));
        ioctl_line("extension-acceptex", c, SIO_GET_EXTENSION_FUNCTION_POINTER, &acceptex, sizeof(acceptex), &fn, sizeof(fn));
    }

    /* "The dwIoControlCode parameter is not a valid command" (WSAEINVAL). */
    ioctl_line("unknown-code", c, 0x98765432, NULL, 0, NULL, 0);

    /* Overlapped: every command here completes at once; "If an overlapped operation completes
     * immediately, WSAIoctl returns a value of zero and the lpcbBytesReturned parameter is updated".
     * The event is signalled and WSAGetOverlappedResult reports the bytes. */
    {
        WSAOVERLAPPED ov;
        WSAEVENT ev = WSACreateEvent();
        DWORD bytes = 0xDEADBEEF, flags = 0xDEADBEEF;
        int r;
        send(sv, "abc", 3, 0);
        {
            fd_set rs;
            struct timeval tv = { 5, 0 };
            FD_ZERO(&rs);
            FD_SET(c, &rs);
            select(0, &rs, NULL, NULL, &tv);
        }
        memset(&ov, 0, sizeof(ov));
        ov.hEvent = ev;
        v = 0xDEADBEEF;
        n = 0xDEADBEEF;
        WSASetLastError(SENTINEL);
        r = WSAIoctl(c, FIONREAD, NULL, 0, &v, sizeof(v), &n, &ov, NULL);
        SHOW("ov-fionread", "%d %d %lu %lu", r, r == SOCKET_ERROR ? WSAGetLastError() : 0, (unsigned long)n, (unsigned long)v);
        SHOW("ov-fionread-signalled", "%d", WaitForSingleObject(ev, 0) == WAIT_OBJECT_0);
        WSASetLastError(SENTINEL);
        r = WSAGetOverlappedResult(c, &ov, &bytes, FALSE, &flags);
        SHOW("ov-fionread-result", "%d %d %lu %lu", r, r ? 0 : WSAGetLastError(), (unsigned long)bytes, (unsigned long)flags);
        recv(c, buf, 3, 0);

        /* A failed overlapped call gives no completion indication: the event stays reset. */
        WSAResetEvent(ev);
        memset(&ov, 0, sizeof(ov));
        ov.hEvent = ev;
        WSASetLastError(SENTINEL);
        r = WSAIoctl(c, 0x98765432, NULL, 0, NULL, 0, &n, &ov, NULL);
        {
            int err = WSAGetLastError();
            SHOW("ov-bad-code", "%d %d %d", r, err, WaitForSingleObject(ev, 0) == WAIT_OBJECT_0);
        }

        /* With a routine: queued, and run only in an alertable wait. */
        memset(&R, 0, sizeof(R));
        R.error = R.bytes = R.flags = 0xDEADBEEF;
        memset(&ov, 0, sizeof(ov));
        ka.onoff = 1; ka.keepalivetime = 60000; ka.keepaliveinterval = 2000;
        WSASetLastError(SENTINEL);
        n = 0xDEADBEEF;
        r = WSAIoctl(c, SIO_KEEPALIVE_VALS, &ka, sizeof(ka), NULL, 0, &n, &ov, record);
        SHOW("ov-routine", "%d %d %lu", r, r == SOCKET_ERROR ? WSAGetLastError() : 0, (unsigned long)n);
        SHOW("ov-routine-calls-before-wait", "%d", R.calls);
        SHOW("ov-routine-sleepex", "%lu", (unsigned long)SleepEx(0, TRUE));
        SHOW("ov-routine-args", "%d %lu %lu %d %lu", R.calls, (unsigned long)R.error, (unsigned long)R.bytes, R.ov == &ov, (unsigned long)R.flags);
        SHOW("ov-routine-option", "%d", keepalive_option(c));
        WSACloseEvent(ev);
    }

    closesocket(u6);
    closesocket(u);
    closesocket(c);
    closesocket(sv);
    WSACleanup();
    SHOW("done", "%d", 1);
    return 0;
}
