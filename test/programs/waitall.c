/* MSG_WAITALL receives larger than SO_RCVBUF (64 KiB by default), through recv, WSARecv
 * and an overlapped WSARecv, checked byte for byte against the stream the test's server
 * sends (byte o of the stream is PATTERN(o)).   waitall <port> <reset-port>
 * "The receive request will complete only when one of the following events occurs: The
 * buffer supplied by the caller is completely full. The connection has been closed. The
 * request has been canceled or an error occurred." (recv, flags) */
#include "common.h"

#define PATTERN(o) ((unsigned char)((o) * 31u + ((o) >> 16)))

static unsigned long long offset; /* stream offset of the next byte expected */

/* Check n received bytes against the stream; "ok" or the first bad offset. */
static void verify(const char *name, const char *buf, long long n)
{
    long long i;
    for (i = 0; i < n; i++) {
        if ((unsigned char)buf[i] != PATTERN(offset + (unsigned long long)i)) {
            printf("%s: %lld bad at %llu\n", name, n, offset + (unsigned long long)i);
            offset += (unsigned long long)n;
            return;
        }
    }
    offset += (unsigned long long)n;
    printf("%s: %lld ok\n", name, n);
}

static void one_recv(SOCKET s, char *buf, int len, const char *name)
{
    int n = recv(s, buf, len, MSG_WAITALL);
    if (n == SOCKET_ERROR) { printf("%s: -1 %d\n", name, WSAGetLastError()); return; }
    verify(name, buf, n);
}

int main(int argc, char **argv)
{
    WSADATA wsa;
    SOCKET s, r;
    char *buf = malloc(16 << 20);
    WSABUF wb[3];
    WSAOVERLAPPED ov;
    DWORD n, flags;
    int rc;

    if (argc < 3 || !buf) return 2;
    WSAStartup(MAKEWORD(2, 2), &wsa);
    s = connect_loopback(argv[1]);
    one_recv(s, buf, 65537, "recv-65537");
    one_recv(s, buf, 1 << 20, "recv-1MiB");
    one_recv(s, buf, 16 << 20, "recv-16MiB");

    /* WSARecv scatters a MSG_WAITALL receive over its buffers. */
    wb[0].buf = buf; wb[0].len = 1;
    wb[1].buf = buf + 1; wb[1].len = 1 << 20;
    wb[2].buf = buf + 1 + (1 << 20); wb[2].len = 2;
    flags = MSG_WAITALL; n = 0;
    rc = WSARecv(s, wb, 3, &n, &flags, NULL, NULL);
    if (rc == SOCKET_ERROR) printf("WSARecv-1MiB+3: -1 %d\n", WSAGetLastError());
    else verify("WSARecv-1MiB+3", buf, n);
    printf("WSARecv-flags-out: %lu\n", (unsigned long)flags);

    /* Overlapped: the completion comes when the whole buffer is full. */
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = WSACreateEvent();
    wb[0].buf = buf; wb[0].len = 4 << 20;
    flags = MSG_WAITALL; n = 0;
    rc = WSARecv(s, wb, 1, &n, &flags, &ov, NULL);
    printf("overlapped-post: %d %d\n", rc, rc == SOCKET_ERROR ? WSAGetLastError() : 0);
    WSAWaitForMultipleEvents(1, &ov.hEvent, TRUE, WSA_INFINITE, FALSE);
    if (!WSAGetOverlappedResult(s, &ov, &n, FALSE, &flags)) printf("overlapped-4MiB: -1 %d\n", WSAGetLastError());
    else verify("overlapped-4MiB", buf, n);
    WSACloseEvent(ov.hEvent);

    /* The server closes after 1000 more bytes: the receive returns what arrived, then 0. */
    one_recv(s, buf, 65536, "recv-closed-early");
    one_recv(s, buf, 65536, "recv-after-close");
    closesocket(s);

    /* A reset while a MSG_WAITALL receive waits ends it; the next call reports the reset. */
    r = connect_loopback(argv[2]);
    rc = recv(r, buf, 1 << 20, MSG_WAITALL);
    printf("reset-waitall-returned: %d\n", rc == SOCKET_ERROR ? -WSAGetLastError() : rc > 0 && rc < (1 << 20) ? 1 : 0);
    rc = recv(r, buf, 1 << 20, MSG_WAITALL);
    printf("reset-next: %d %d\n", rc, rc == SOCKET_ERROR ? WSAGetLastError() : 0);
    closesocket(r);
    WSACleanup();
    free(buf);
    return 0;
}
