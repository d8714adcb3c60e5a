/* The many-connections benchmark client: Windows Sockets source, built like client.c with
 * winsock-cc (wasm, this project) and natively with gcc through the POSIX branch below
 * (poll, errno); the plain-Node equivalent is node_many.js.
 *   many <host> <port> <connections> <exchanges>
 * Opens <connections> non-blocking connections to many_server, then every connection does
 * <exchanges> request/response exchanges of 64 bytes (send 64, wait for the 64-byte answer,
 * repeat), all in parallel, multiplexed by one WSAPoll loop over every connection. The
 * exchanges run twice on the same connections (cold, then warm) and each pass is timed.
 * Prints one line:
 *   "many <cold> <warm> <cold seconds> <warm seconds> <connect seconds>"
 * (exchanges per second over all connections; connection setup is timed on its own). */
#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <winsock2.h>
#include <ws2tcpip.h>
#pragma comment(lib, "ws2_32.lib")
#define last_error() WSAGetLastError()
#define WOULD_BLOCK(e) ((e) == WSAEWOULDBLOCK)
#define IN_PROGRESS(e) ((e) == WSAEWOULDBLOCK)
static double now_seconds(void)
{
    LARGE_INTEGER f, c;
    QueryPerformanceFrequency(&f);
    QueryPerformanceCounter(&c);
    return (double)c.QuadPart / (double)f.QuadPart;
}
static int set_nonblocking(SOCKET s)
{
    u_long on = 1;
    return ioctlsocket(s, FIONBIO, &on);
}
#else
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
typedef int SOCKET;
typedef struct pollfd WSAPOLLFD;
#define INVALID_SOCKET (-1)
#define SOCKET_ERROR (-1)
#define closesocket close
#define WSAPoll poll
#define last_error() errno
#define WOULD_BLOCK(e) ((e) == EWOULDBLOCK || (e) == EAGAIN)
#define IN_PROGRESS(e) ((e) == EINPROGRESS)
static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}
static int set_nonblocking(SOCKET s)
{
    int on = 1;
    return ioctl(s, FIONBIO, &on);
}
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MSG 64

/* One connection's exchange: its request, how much of it the socket has taken, and how
 * much of the answer has arrived. The first 8 bytes of a request name the connection and
 * the exchange; the answer must echo them. */
struct conn {
    SOCKET s;
    int sent, got, done;
    char msg[MSG], back[MSG];
};

static struct conn *conns;
static WSAPOLLFD *pfd;   /* pfd[i] polls conns[which[i]]; the first `active` are live */
static int *which;

static void fail(const char *what, int i)
{
    fprintf(stderr, "many: connection %d: %s (error %d)\n", i, what, last_error());
    exit(1);
}

/* Hand the rest of the request to the socket; 0 when all of it was taken. */
static int send_rest(struct conn *c, int i)
{
    while (c->sent < MSG) {
        int n = send(c->s, c->msg + c->sent, MSG - c->sent, 0);
        if (n == SOCKET_ERROR) {
            if (WOULD_BLOCK(last_error())) return 1;
            fail("send failed", i);
        }
        c->sent += n;
    }
    return 0;
}

static int start_exchange(struct conn *c, int i)
{
    int n = c->done;
    memcpy(c->msg, &i, 4);
    memcpy(c->msg + 4, &n, 4);
    c->sent = c->got = 0;
    return send_rest(c, i);
}

/* Take what has arrived of the answer; 1 once all of it is here. */
static int recv_rest(struct conn *c, int i)
{
    while (c->got < MSG) {
        int n = recv(c->s, c->back + c->got, MSG - c->got, 0);
        if (n == 0) fail("closed by the server", i);
        if (n == SOCKET_ERROR) {
            if (WOULD_BLOCK(last_error())) return 0;
            fail("recv failed", i);
        }
        c->got += n;
    }
    if (memcmp(c->back, c->msg, 8) != 0) fail("answer does not match its request", i);
    return 1;
}

/* Drop live entry k: the last live entry takes its place. */
static void retire(int *active, int k)
{
    (*active)--;
    pfd[k] = pfd[*active];
    which[k] = which[*active];
}

/* Open every connection without blocking, then wait for them all together. */
static void connect_all(int count, const struct sockaddr_in *addr)
{
    int i, active = count, one = 1;
    for (i = 0; i < count; i++) {
        SOCKET s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        if (s == INVALID_SOCKET) fail("socket failed", i);
        if (set_nonblocking(s) == SOCKET_ERROR) fail("FIONBIO failed", i);
        if (connect(s, (const struct sockaddr *)addr, sizeof(*addr)) == SOCKET_ERROR && !IN_PROGRESS(last_error()))
            fail("connect failed", i);
        conns[i].s = s;
        pfd[i].fd = s;
        pfd[i].events = POLLWRNORM;
        which[i] = i;
    }
    while (active > 0) {
        int k = 0;
        if (WSAPoll(pfd, (unsigned long)active, -1) == SOCKET_ERROR) fail("WSAPoll failed while connecting", -1);
        while (k < active) {
            int c = which[k], err = 0;
            socklen_t len = sizeof(err);
            if (!pfd[k].revents) { k++; continue; }
            if (getsockopt(conns[c].s, SOL_SOCKET, SO_ERROR, (char *)&err, &len) == SOCKET_ERROR || err != 0
                || (pfd[k].revents & (POLLERR | POLLHUP | POLLNVAL))) {
                fprintf(stderr, "many: connection %d: connect failed (error %d)\n", c, err);
                exit(1);
            }
            setsockopt(conns[c].s, IPPROTO_TCP, TCP_NODELAY, (const char *)&one, sizeof(one));
            retire(&active, k);
        }
    }
}

/* Every connection does `exchanges` exchanges, all at once, under one WSAPoll loop. */
static void exchange_all(int count, int exchanges)
{
    int i, active = count;
    for (i = 0; i < count; i++) {
        conns[i].done = 0;
        pfd[i].fd = conns[i].s;
        pfd[i].events = POLLRDNORM | (start_exchange(&conns[i], i) ? POLLWRNORM : 0);
        which[i] = i;
    }
    while (active > 0) {
        int k = 0;
        if (WSAPoll(pfd, (unsigned long)active, -1) == SOCKET_ERROR) fail("WSAPoll failed", -1);
        while (k < active) {
            int r = pfd[k].revents, c = which[k];
            struct conn *cn = &conns[c];
            if (!r) { k++; continue; }
            if (r & (POLLERR | POLLNVAL)) fail("WSAPoll reports an error", c);
            if ((r & POLLWRNORM) && send_rest(cn, c) == 0) pfd[k].events = POLLRDNORM;
            if ((r & (POLLRDNORM | POLLHUP)) && recv_rest(cn, c)) {
                if (++cn->done == exchanges) { retire(&active, k); continue; }
                pfd[k].events = POLLRDNORM | (start_exchange(cn, c) ? POLLWRNORM : 0);
            }
            k++;
        }
    }
}

int main(int argc, char **argv)
{
    struct sockaddr_in addr;
    int count, exchanges, pass, i;
    double t0, setup, secs[2];
#ifdef _WIN32
    WSADATA wsa;
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) return 1;
#endif
    if (argc < 5 || (count = atoi(argv[3])) <= 0 || (exchanges = atoi(argv[4])) <= 0) {
        fprintf(stderr, "usage: %s <host> <port> <connections> <exchanges>\n", argv[0]);
        return 2;
    }
    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_port = htons((unsigned short)atoi(argv[2]));
    inet_pton(AF_INET, argv[1], &addr.sin_addr);
    conns = calloc((size_t)count, sizeof(*conns));
    pfd = calloc((size_t)count, sizeof(*pfd));
    which = calloc((size_t)count, sizeof(*which));
    if (!conns || !pfd || !which) return 1;
    for (i = 0; i < count; i++) memset(conns[i].msg, 'm', MSG);

    t0 = now_seconds();
    connect_all(count, &addr);
    setup = now_seconds() - t0;
    for (pass = 0; pass < 2; pass++) {
        t0 = now_seconds();
        exchange_all(count, exchanges);
        secs[pass] = now_seconds() - t0;
    }
    for (i = 0; i < count; i++) closesocket(conns[i].s);
    printf("many %.0f %.0f %.4f %.4f %.4f\n", (double)count * exchanges / secs[0], (double)count * exchanges / secs[1], secs[0], secs[1], setup);
    return 0;
}
