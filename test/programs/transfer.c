/* A checksummed transfer through one send or receive path: byte o of the stream is
 * PAT(seed, o). The test's server checks what this program sends, or sends what it checks.
 *   transfer <port> <path> <MiB>
 * send paths:    send, WSASend, nonblocking-send, overlapped-send, routine-send
 * receive paths: recv, WSARecv, nonblocking-recv, waitall-recv, overlapped-recv, routine-recv
 * The overlapped paths keep several operations in flight and grow linear memory while they
 * are pending (the host must write into, and read from, the guest's current memory).
 * Prints "result: ok <bytes>" or "result: bad at <offset>" / "result: error <call> <code>". */
#include "common.h"
#include <stdint.h>

#define PAT(seed, o) ((unsigned char)((((uint32_t)(o) ^ (uint32_t)(seed) * 0x9e3779b9u) * 2654435761u) >> 24 ^ (uint32_t)(o) >> 13))
#define INFLIGHT 6
#define CHUNK (96 * 1024)

static SOCKET s;
static unsigned seed;
static uint64_t total, done_bytes, bad_at = (uint64_t)-1;
static const char *failed_call;
static int failed_code;
static size_t grown;

static void fill(char *p, uint64_t off, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) p[i] = (char)PAT(seed, off + i);
}

static void check(const char *p, uint64_t off, size_t n)
{
    size_t i;
    if (bad_at != (uint64_t)-1) return;
    for (i = 0; i < n; i++) if ((unsigned char)p[i] != PAT(seed, off + i)) { bad_at = off + i; return; }
}

static void failure(const char *call)
{
    if (!failed_call) { failed_call = call; failed_code = WSAGetLastError(); }
}

/* Varying sizes, so that every path meets small, odd and large pieces. */
static size_t piece(uint64_t i) { return 1 + (size_t)((i * 7919u) % CHUNK); }

/* Grow linear memory (keep the blocks) while operations are pending, up to 64 MiB. */
static void grow(void)
{
    if (grown < (64u << 20)) { char *p = malloc(4u << 20); if (p) { p[0] = 1; p[(4u << 20) - 1] = 1; grown += 4u << 20; } }
}

/* ---- send paths ---- */
static void send_blocking(int gather)
{
    static char buf[3 * CHUNK];
    uint64_t i = 0;
    while (done_bytes < total) {
        size_t n = piece(i++);
        if (n > total - done_bytes) n = (size_t)(total - done_bytes);
        fill(buf, done_bytes, n);
        if (gather) {
            WSABUF wb[3];
            DWORD sent = 0;
            size_t a = n / 3, b = n / 3;
            wb[0].buf = buf; wb[0].len = (ULONG)a;
            wb[1].buf = buf + a; wb[1].len = (ULONG)b;
            wb[2].buf = buf + a + b; wb[2].len = (ULONG)(n - a - b);
            if (WSASend(s, wb, 3, &sent, 0, NULL, NULL) == SOCKET_ERROR) { failure("WSASend"); return; }
            done_bytes += sent;
        } else {
            int r = send(s, buf, (int)n, 0);
            if (r == SOCKET_ERROR) { failure("send"); return; }
            done_bytes += (uint64_t)r;
        }
    }
}

static void send_nonblocking(void)
{
    static char buf[CHUNK];
    u_long on = 1;
    uint64_t i = 0;
    size_t have = 0, at = 0;
    ioctlsocket(s, FIONBIO, &on);
    while (done_bytes < total) {
        int r;
        if (at == have) {
            have = piece(i++);
            if (have > total - done_bytes) have = (size_t)(total - done_bytes);
            fill(buf, done_bytes, have);
            at = 0;
        }
        r = send(s, buf + at, (int)(have - at), 0);
        if (r == SOCKET_ERROR) {
            fd_set w;
            if (WSAGetLastError() != WSAEWOULDBLOCK) { failure("send"); return; }
            FD_ZERO(&w); FD_SET(s, &w);
            if (select(0, NULL, &w, NULL, NULL) != 1) { failure("select"); return; }
            continue;
        }
        at += (size_t)r;
        done_bytes += (uint64_t)r;
    }
}

struct op {
    WSAOVERLAPPED ov; /* first: the routine's lpOverlapped is the op */
    WSABUF wb;
    char *buf;
    int busy;
};
static struct op ops[INFLIGHT];
static uint64_t posted;   /* sends: stream offset of the next operation to post */
static uint64_t received; /* receives: stream offset of the next byte to arrive */
static int eof, routines_inflight;

static void CALLBACK on_done(DWORD err, DWORD n, LPWSAOVERLAPPED ov, DWORD flags);

/* Post operation k (a send of the next piece of the stream, or a receive); FALSE when nothing is left. */
static int post(int k, int sending, int routine)
{
    struct op *o = &ops[k];
    DWORD n = 0, flags = 0;
    size_t len = piece(posted / 4096 + received / 4096);
    int r;
    if (sending ? posted >= total : eof) return 0;
    memset(&o->ov, 0, sizeof(o->ov));
    if (!routine) o->ov.hEvent = WSACreateEvent();
    o->wb.buf = o->buf;
    if (sending) {
        if (len > total - posted) len = (size_t)(total - posted);
        fill(o->buf, posted, len);
        posted += len;
        o->wb.len = (ULONG)len;
        r = WSASend(s, &o->wb, 1, &n, 0, &o->ov, routine ? on_done : NULL);
    } else {
        o->wb.len = (ULONG)len;
        r = WSARecv(s, &o->wb, 1, &n, &flags, &o->ov, routine ? on_done : NULL);
    }
    if (r == SOCKET_ERROR && WSAGetLastError() != WSA_IO_PENDING) { failure(sending ? "WSASend" : "WSARecv"); return 0; }
    o->busy = 1;
    if (k == 0) grow();
    return 1;
}

static int sending_path;

/* One finished operation: a send counts its bytes; a receive's data continues the stream
 * (operations on a stream complete in the order they were posted), 0 bytes is the end. */
static void finished(struct op *o, DWORD n)
{
    o->busy = 0;
    if (!sending_path) {
        check(o->buf, received, n);
        received += n;
        if (n == 0) eof = 1;
    }
    done_bytes += n;
}

/* Event path: wait for the oldest operation, take its result, post the next one in its place. */
static void overlapped_events(void)
{
    int k, head = 0, inflight = 0;
    for (k = 0; k < INFLIGHT; k++) { ops[k].buf = malloc(CHUNK); inflight += post(k, sending_path, 0); }
    while (inflight > 0) {
        struct op *o = &ops[head];
        DWORD n = 0, flags = 0;
        if (!o->busy) { head = (head + 1) % INFLIGHT; continue; }
        WSAWaitForMultipleEvents(1, &o->ov.hEvent, TRUE, WSA_INFINITE, FALSE);
        if (!WSAGetOverlappedResult(s, &o->ov, &n, FALSE, &flags)) { failure("WSAGetOverlappedResult"); return; }
        WSACloseEvent(o->ov.hEvent);
        inflight--;
        finished(o, n);
        inflight += post(head, sending_path, 0);
        head = (head + 1) % INFLIGHT;
    }
}

static void CALLBACK on_done(DWORD err, DWORD n, LPWSAOVERLAPPED ov, DWORD flags)
{
    struct op *o = (struct op *)ov;
    (void)flags;
    routines_inflight--;
    if (err) { o->busy = 0; if (!failed_call) { failed_call = "completion routine"; failed_code = (int)err; } return; }
    finished(o, n);
    if (!failed_call) routines_inflight += post((int)(o - ops), sending_path, 1);
}

/* Completion routines, run by alertable waits; each posts the next operation. */
static void overlapped_routines(void)
{
    int k;
    for (k = 0; k < INFLIGHT; k++) { ops[k].buf = malloc(CHUNK); routines_inflight += post(k, sending_path, 1); }
    while (routines_inflight > 0) SleepEx(INFINITE, TRUE);
}

/* ---- receive paths ---- */
static void recv_loop(int how)
{
    static char buf[1 << 20];
    uint64_t i = 0;
    u_long on = 1;
    if (how == 2) ioctlsocket(s, FIONBIO, &on);
    for (;;) {
        size_t want = how == 3 ? sizeof(buf) : piece(i++);
        int n;
        if (how == 1) {
            WSABUF wb[3];
            DWORD got = 0, flags = 0;
            size_t a = want / 3 + 1, b = want / 3 + 1;
            wb[0].buf = buf; wb[0].len = (ULONG)a;
            wb[1].buf = buf + a; wb[1].len = (ULONG)b;
            wb[2].buf = buf + a + b; wb[2].len = (ULONG)(want - (a + b < want ? a + b : want));
            n = WSARecv(s, wb, 3, &got, &flags, NULL, NULL) == SOCKET_ERROR ? SOCKET_ERROR : (int)got;
        } else {
            n = recv(s, buf, (int)want, how == 3 ? MSG_WAITALL : 0);
        }
        if (n == SOCKET_ERROR) {
            fd_set r;
            if (how != 2 || WSAGetLastError() != WSAEWOULDBLOCK) { failure(how == 1 ? "WSARecv" : "recv"); return; }
            FD_ZERO(&r); FD_SET(s, &r);
            if (select(0, &r, NULL, NULL, NULL) != 1) { failure("select"); return; }
            continue;
        }
        if (n == 0) return;
        check(buf, done_bytes, (size_t)n);
        done_bytes += (uint64_t)n;
    }
}

int main(int argc, char **argv)
{
    WSADATA wsa;
    const char *path;
    char header[8], verdict[64];
    int sending, n;

    if (argc < 4) return 2;
    path = argv[2];
    total = (uint64_t)atoi(argv[3]) << 20;
    seed = (unsigned)strlen(path) * 7u + (unsigned char)path[0];
    sending = sending_path = strstr(path, "send") != NULL || strcmp(path, "WSASend") == 0;
    WSAStartup(MAKEWORD(2, 2), &wsa);
    s = connect_loopback(argv[1]);
    header[0] = sending ? 'S' : 'R';
    header[1] = (char)seed;
    memcpy(header + 2, &total, 4);
    header[6] = header[7] = 0;
    send(s, header, 8, 0);

    if (strcmp(path, "send") == 0) send_blocking(0);
    else if (strcmp(path, "WSASend") == 0) send_blocking(1);
    else if (strcmp(path, "nonblocking-send") == 0) send_nonblocking();
    else if (strcmp(path, "overlapped-send") == 0) overlapped_events();
    else if (strcmp(path, "routine-send") == 0) overlapped_routines();
    else if (strcmp(path, "recv") == 0) recv_loop(0);
    else if (strcmp(path, "WSARecv") == 0) recv_loop(1);
    else if (strcmp(path, "nonblocking-recv") == 0) recv_loop(2);
    else if (strcmp(path, "waitall-recv") == 0) recv_loop(3);
    else if (strcmp(path, "overlapped-recv") == 0) overlapped_events();
    else if (strcmp(path, "routine-recv") == 0) overlapped_routines();
    else return 2;

    if (failed_call) { printf("result: error %s %d\n", failed_call, failed_code); return 1; }
    if (sending) {
        u_long off = 0;
        int got = 0;
        ioctlsocket(s, FIONBIO, &off);
        shutdown(s, SD_SEND);
        while ((n = recv(s, verdict + got, (int)sizeof(verdict) - 1 - got, 0)) > 0) got += n;
        verdict[got] = 0;
        printf("result: %s\n", verdict); /* the server's verdict: "ok <bytes>" or "bad at <offset>" */
    } else if (bad_at != (uint64_t)-1) {
        printf("result: bad at %llu\n", (unsigned long long)bad_at);
    } else {
        printf("result: ok %llu\n", (unsigned long long)done_bytes);
    }
    printf("memory-grown-mib: %u\n", (unsigned)(grown >> 20));
    closesocket(s);
    WSACleanup();
    return 0;
}
