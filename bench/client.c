/* The benchmark client: Windows Sockets source. Built three ways by bench.ts:
 * with winsock-cc (wasm, this project), and natively with gcc through the
 * POSIX branch below; the plain-Node equivalent is node_client.js.
 *   client <host> <port> bulk <MiB>        WSASend of two 32 KiB WSABUFs per call
 *   client <host> <port> pingpong <count>  64-byte round trips
 *   client <host> <port> overlapped <count> 64-byte overlapped WSASends with completion
 *                                          routines, 16 in flight (POSIX: plain sends)
 * Prints one line: "<mode> <cold> <warm>" (MB/s, round trips or messages per second):
 * the workload runs twice on one connection, and each pass is timed. */
#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <winsock2.h>
#include <ws2tcpip.h>
#pragma comment(lib, "ws2_32.lib")
static double now_seconds(void)
{
    LARGE_INTEGER f, c;
    QueryPerformanceFrequency(&f);
    QueryPerformanceCounter(&c);
    return (double)c.QuadPart / (double)f.QuadPart;
}
#else
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>
typedef int SOCKET;
typedef struct { unsigned long len; char *buf; } WSABUF;
#define INVALID_SOCKET (-1)
#define SOCKET_ERROR (-1)
#define closesocket close
#define SD_SEND SHUT_WR
static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HALF (32 * 1024)
#define IN_FLIGHT 16

#ifdef _WIN32
/* Overlapped small messages: each completion routine posts the next send. */
static SOCKET ov_socket;
static int ov_posted, ov_done, ov_total, ov_failed;
static char ov_msg[64];
static WSAOVERLAPPED ov_slots[IN_FLIGHT];

static void CALLBACK ov_sent(DWORD error, DWORD transferred, LPWSAOVERLAPPED ov, DWORD flags);

static void ov_post(LPWSAOVERLAPPED ov)
{
    WSABUF b;
    b.buf = ov_msg;
    b.len = sizeof(ov_msg);
    memset(ov, 0, sizeof(*ov));
    ov_posted++;
    if (WSASend(ov_socket, &b, 1, NULL, 0, ov, ov_sent) == SOCKET_ERROR && WSAGetLastError() != WSA_IO_PENDING) ov_failed = 1;
}

static void CALLBACK ov_sent(DWORD error, DWORD transferred, LPWSAOVERLAPPED ov, DWORD flags)
{
    (void)flags;
    if (error != 0 || transferred != sizeof(ov_msg)) ov_failed = 1;
    ov_done++;
    if (ov_posted < ov_total) ov_post(ov);
}
#endif

static int send_two(SOCKET s, WSABUF *bufs)
{
#ifdef _WIN32
    DWORD sent = 0;
    if (WSASend(s, bufs, 2, &sent, 0, NULL, NULL) == SOCKET_ERROR) return -1;
    return (int)sent;
#else
    struct iovec iov[2] = { { bufs[0].buf, bufs[0].len }, { bufs[1].buf, bufs[1].len } };
    size_t total = bufs[0].len + bufs[1].len, done = 0;
    while (done < total) {   /* a blocking writev may be partial; WSASend is not */
        ssize_t n;
        if (done < iov[0].iov_len) {
            struct iovec rest[2] = { { (char *)iov[0].iov_base + done, iov[0].iov_len - done }, iov[1] };
            n = writev(s, rest, 2);
        } else {
            n = write(s, (char *)iov[1].iov_base + (done - iov[0].iov_len), total - done);
        }
        if (n <= 0) return -1;
        done += (size_t)n;
    }
    return (int)total;
#endif
}

static int recv_full(SOCKET s, char *buf, int len)
{
    int got = 0;
    while (got < len) {
        int n = recv(s, buf + got, len - got, 0);
        if (n <= 0) return -1;
        got += n;
    }
    return got;
}

int main(int argc, char **argv)
{
    SOCKET s;
    struct sockaddr_in addr;
    double t0, t1;
    int one = 1;
#ifdef _WIN32
    WSADATA wsa;
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) return 1;
#endif
    if (argc < 5) {
        fprintf(stderr, "usage: %s <host> <port> bulk <MiB> | pingpong <count> | overlapped <count>\n", argv[0]);
        return 2;
    }
    s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_port = htons((unsigned short)atoi(argv[2]));
    inet_pton(AF_INET, argv[1], &addr.sin_addr);
    if (connect(s, (struct sockaddr *)&addr, sizeof(addr)) == SOCKET_ERROR) { fprintf(stderr, "connect failed\n"); return 1; }
    setsockopt(s, IPPROTO_TCP, TCP_NODELAY, (const char *)&one, sizeof(one));

    /* Every mode runs its workload twice on one connection: a first (cold) pass, then
     * the same again (warm, after JIT warm-up). Each pass is timed until its last send
     * has been taken (bulk, overlapped) or its last round trip is back (pingpong). */
    if (strcmp(argv[3], "bulk") == 0) {
        long long total = atoll(argv[4]) * 1024 * 1024, sent = 0, echoed = 0;
        static char a[HALF], b[HALF];
        WSABUF bufs[2];
        double rate[2];
        int pass;
        memset(a, 'a', sizeof(a));
        memset(b, 'b', sizeof(b));
        bufs[0].buf = a; bufs[0].len = HALF;
        bufs[1].buf = b; bufs[1].len = HALF;
        if (send(s, "B", 1, 0) != 1) return 1;
        for (pass = 0; pass < 2; pass++) {
            long long start = sent;
            t0 = now_seconds();
            while (sent - start < total) {
                int n = send_two(s, bufs);
                if (n <= 0) { fprintf(stderr, "send failed\n"); return 1; }
                sent += n;
            }
            t1 = now_seconds();
            rate[pass] = (sent - start) / (t1 - t0) / 1e6;
        }
        shutdown(s, SD_SEND);
        if (recv_full(s, (char *)&echoed, 8) != 8 || echoed != sent) { fprintf(stderr, "server counted %lld of %lld\n", echoed, sent); return 1; }
        printf("bulk %.1f %.1f\n", rate[0], rate[1]);
    } else if (strcmp(argv[3], "overlapped") == 0) {
        long long echoed = 0;
        int count = atoi(argv[4]), pass;
        double rate[2];
        if (send(s, "B", 1, 0) != 1) return 1;
        for (pass = 0; pass < 2; pass++) {
            t0 = now_seconds();
#ifdef _WIN32
            {
                int i;
                ov_socket = s;
                ov_total = count;
                ov_posted = ov_done = 0;
                memset(ov_msg, 'o', sizeof(ov_msg));
                for (i = 0; i < IN_FLIGHT && i < count; i++) ov_post(&ov_slots[i]);
                while (ov_done < count && !ov_failed) SleepEx(INFINITE, TRUE);
                if (ov_failed) { fprintf(stderr, "overlapped send failed\n"); return 1; }
            }
#else
            {
                char msg[64];
                int i;
                memset(msg, 'o', sizeof(msg));
                for (i = 0; i < count; i++) if (send(s, msg, 64, 0) != 64) return 1;
            }
#endif
            t1 = now_seconds();
            rate[pass] = count / (t1 - t0);
        }
        shutdown(s, SD_SEND);
        if (recv_full(s, (char *)&echoed, 8) != 8 || echoed != 2 * 64LL * count) { fprintf(stderr, "server counted %lld\n", echoed); return 1; }
        printf("overlapped %.0f %.0f\n", rate[0], rate[1]);
    } else {
        int count = atoi(argv[4]), i, pass;
        char msg[64], back[64];
        double rate[2];
        memset(msg, 'p', sizeof(msg));
        if (send(s, "P", 1, 0) != 1) return 1;
        for (pass = 0; pass < 2; pass++) {
            t0 = now_seconds();
            for (i = 0; i < count; i++) {
                if (send(s, msg, 64, 0) != 64 || recv_full(s, back, 64) != 64) { fprintf(stderr, "round trip failed\n"); return 1; }
            }
            t1 = now_seconds();
            rate[pass] = count / (t1 - t0);
        }
        printf("pingpong %.0f %.0f\n", rate[0], rate[1]);
    }
    closesocket(s);
    return 0;
}
