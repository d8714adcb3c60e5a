/* Overlapped I/O against the "Overlapped socket I/O" part of the WSASend reference
 * (and the same rules for WSARecv, WSASendTo, WSARecvFrom, closesocket, CancelIoEx).
 * Deterministic: whatever must be pending is posted before the peer sends. */
#include "common.h"
#include <windows.h>

#define SIGNALLED(h) (WaitForSingleObject((h), 0) == WAIT_OBJECT_0)
#define BIG_SEND (16 * 1024 * 1024)
#define GROW_BLOCKS 16
#define GROW_BLOCK_SIZE (4 * 1024 * 1024)

/* BOOL-returning calls: "ret lasterror" with the last error only on failure. */
#define BCHECK(name, call) do { \
    BOOL b_; SetLastError(SENTINEL); b_ = (call); \
    printf("%s: %d %lu\n", name, b_ ? 1 : 0, b_ ? 0UL : (unsigned long)GetLastError()); \
} while (0)

/* WSAGetOverlappedResult: "ok error bytes flags" (error 0 when ok). */
static void show_result(const char *name, SOCKET s, LPWSAOVERLAPPED ov, BOOL wait)
{
    DWORD n = 0xDEADBEEF, flags = 0xDEADBEEF;
    BOOL ok;
    WSASetLastError(SENTINEL);
    ok = WSAGetOverlappedResult(s, ov, &n, wait, &flags);
    if (ok) printf("%s: 1 0 %lu %lu\n", name, (unsigned long)n, (unsigned long)flags);
    else printf("%s: 0 %d %lu\n", name, WSAGetLastError(), (unsigned long)n);
}

/* A completion routine that records its arguments. */
static struct {
    int calls;
    DWORD error, bytes, flags;
    LPWSAOVERLAPPED ov;
    HANDLE context;
} R;

static void CALLBACK record(DWORD dwError, DWORD cbTransferred, LPWSAOVERLAPPED lpOverlapped, DWORD dwFlags)
{
    R.calls++;
    R.error = dwError;
    R.bytes = cbTransferred;
    R.ov = lpOverlapped;
    R.flags = dwFlags;
    R.context = lpOverlapped->hEvent;
}

static void reset_record(void) { memset(&R, 0, sizeof(R)); R.error = R.bytes = R.flags = 0xDEADBEEF; }

/* Counts calls and bytes. */
static int count_calls, count_errors;
static DWORD count_bytes;
static void CALLBACK count_routine(DWORD dwError, DWORD cbTransferred, LPWSAOVERLAPPED lpOverlapped, DWORD dwFlags)
{
    (void)lpOverlapped; (void)dwFlags;
    count_calls++;
    count_bytes += cbTransferred;
    if (dwError != 0) count_errors++;
}

/* A routine that waits alertably itself: other routines for the same socket must not run inside it. */
static int nest_depth, nest_max_depth, nest_calls, nest_calls_inside;
static void CALLBACK nest_routine(DWORD dwError, DWORD cbTransferred, LPWSAOVERLAPPED lpOverlapped, DWORD dwFlags)
{
    (void)dwError; (void)cbTransferred; (void)lpOverlapped; (void)dwFlags;
    nest_depth++;
    if (nest_depth > nest_max_depth) nest_max_depth = nest_depth;
    nest_calls++;
    if (nest_calls == 1) {
        int before = nest_calls;
        SleepEx(0, TRUE);
        nest_calls_inside = nest_calls - before;
    }
    nest_depth--;
}

/* A routine that posts the next WSASend: "This function may be called from within the completion routine of a previous ... WSASend". */
#define CHAIN_LINKS 5
static SOCKET chain_socket;
static WSAOVERLAPPED chain_ov[CHAIN_LINKS];
static WSABUF chain_buf[CHAIN_LINKS];
static char chain_data[CHAIN_LINKS][8];
static int chain_done, chain_posted_ok;

static void CALLBACK chain_routine(DWORD dwError, DWORD cbTransferred, LPWSAOVERLAPPED lpOverlapped, DWORD dwFlags);
static void chain_post(int i)
{
    DWORD sent;
    int r;
    sprintf(chain_data[i], "link%d", i);
    chain_buf[i].buf = chain_data[i];
    chain_buf[i].len = 5;
    memset(&chain_ov[i], 0, sizeof(chain_ov[i]));
    r = WSASend(chain_socket, &chain_buf[i], 1, &sent, 0, &chain_ov[i], chain_routine);
    if (r == 0 || WSAGetLastError() == WSA_IO_PENDING) chain_posted_ok++;
}
static void CALLBACK chain_routine(DWORD dwError, DWORD cbTransferred, LPWSAOVERLAPPED lpOverlapped, DWORD dwFlags)
{
    (void)cbTransferred; (void)dwFlags;
    if (dwError != 0) return;
    chain_done++;
    if (lpOverlapped - chain_ov + 1 < CHAIN_LINKS) chain_post((int)(lpOverlapped - chain_ov) + 1);
}

/* A receive routine that posts the next WSARecv. */
static SOCKET rchain_socket;
static WSAOVERLAPPED rchain_ov[2];
static WSABUF rchain_buf[2];
static char rchain_data[2][16];
static int rchain_calls, rchain_post_ret, rchain_post_err;
static DWORD rchain_bytes[2];
static void CALLBACK rchain_routine(DWORD dwError, DWORD cbTransferred, LPWSAOVERLAPPED lpOverlapped, DWORD dwFlags)
{
    (void)dwError; (void)dwFlags;
    rchain_bytes[lpOverlapped - rchain_ov] = cbTransferred;
    rchain_calls++;
    if (lpOverlapped == &rchain_ov[0]) {
        DWORD got = 0, flags = 0;
        rchain_buf[1].buf = rchain_data[1];
        rchain_buf[1].len = sizeof(rchain_data[1]);
        WSASetLastError(SENTINEL);
        rchain_post_ret = WSARecv(rchain_socket, &rchain_buf[1], 1, &got, &flags, &rchain_ov[1], rchain_routine);
        rchain_post_err = rchain_post_ret == SOCKET_ERROR ? WSAGetLastError() : 0;
    }
}

/* Posts a receive into a and b through a WSABUF array on this function's stack, then scribbles over the array. */
static int post_stack_recv(SOCKET s, char *a, char *b, LPWSAOVERLAPPED ov, int *err)
{
    WSABUF arr[2];
    volatile unsigned char *p = (volatile unsigned char *)arr;
    DWORD got = 0xDEADBEEF, flags = 0;
    size_t i;
    int r;
    arr[0].buf = a; arr[0].len = 4;
    arr[1].buf = b; arr[1].len = 4;
    WSASetLastError(SENTINEL);
    r = WSARecv(s, arr, 2, &got, &flags, ov, NULL);
    *err = r == SOCKET_ERROR ? WSAGetLastError() : 0;
    for (i = 0; i < sizeof(arr); i++) p[i] = 0xAB;
    return r;
}

/* Overwrites the stack below the caller's frame. */
static void scribble_stack(void)
{
    volatile unsigned char junk[4096];
    size_t i;
    for (i = 0; i < sizeof(junk); i++) junk[i] = 0xCD;
}

/* Connects an existing socket to a fresh listener; the accepted end in *server. */
static void connect_pair(SOCKET client, SOCKET *server)
{
    struct sockaddr_in addr;
    SOCKET l = make_listener(&addr);
    if (connect(client, (struct sockaddr *)&addr, sizeof(addr)) == SOCKET_ERROR) { printf("setup-connect: %d\n", WSAGetLastError()); exit(1); }
    *server = accept(l, NULL, NULL);
    if (*server == INVALID_SOCKET) { printf("setup-accept: %d\n", WSAGetLastError()); exit(1); }
    closesocket(l);
}

/* Blocks until s is readable (data has arrived), at most 5 s. */
static int wait_readable(SOCKET s)
{
    fd_set r;
    struct timeval tv = { 5, 0 };
    FD_ZERO(&r);
    FD_SET(s, &r);
    return select(0, &r, NULL, NULL, &tv);
}

static void recv_exact(SOCKET s, char *buf, int len)
{
    int done = 0;
    while (done < len) {
        int n = recv(s, buf + done, len - done, 0);
        if (n <= 0) { printf("setup-recv: %d %d\n", n, WSAGetLastError()); exit(1); }
        done += n;
    }
}

int main(void)
{
    WSADATA wsa;
    SOCKET c, s, w, ws;
    WSAEVENT ev, ev2;
    WSAOVERLAPPED ov, ov2;
    WSABUF wb;
    DWORD sent, got, flags;
    char buf[256], peer[256];

    WSAStartup(MAKEWORD(2, 2), &wsa);
    ev = WSACreateEvent();
    ev2 = WSACreateEvent();

    /* c: from socket(); s: from accept(); w: from WSASocket(..., WSA_FLAG_OVERLAPPED). */
    make_pair(&c, &s);
    w = WSASocket(AF_INET, SOCK_STREAM, IPPROTO_TCP, NULL, 0, WSA_FLAG_OVERLAPPED);
    connect_pair(w, &ws);

    /* ---- Immediate completion ---- */
    /* "If an overlapped operation completes immediately, WSASend returns a value of zero and the
     * lpNumberOfBytesSent parameter is updated with the number of bytes sent." */
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = ev;
    sent = 0xDEADBEEF;
    wb.buf = "immediate"; wb.len = 9;
    CHECK("imm-send", WSASend(w, &wb, 1, &sent, 0, &ov, NULL));
    SHOW("imm-send-bytes", "%lu", (unsigned long)sent);
    /* "A completion indication will occur (invocation of the completion routine or setting of an event object)" */
    SHOW("imm-send-event", "%d", SIGNALLED(ev));
    SHOW("imm-send-completed", "%d", HasOverlappedIoCompleted(&ov) ? 1 : 0);
    show_result("imm-send-result", w, &ov, FALSE);
    recv_exact(ws, peer, 9);
    SHOW("imm-send-peer", "%.9s", peer);

    /* The same for a receive whose data is already there. */
    send(ws, "ready-data", 10, 0);
    wait_readable(w);
    WSAResetEvent(ev);
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = ev;
    got = 0xDEADBEEF; flags = 0;
    memset(buf, 0, sizeof(buf));
    wb.buf = buf; wb.len = sizeof(buf);
    CHECK("imm-recv", WSARecv(w, &wb, 1, &got, &flags, &ov, NULL));
    SHOW("imm-recv-bytes", "%lu", (unsigned long)got);
    SHOW("imm-recv-data", "%s", buf);
    SHOW("imm-recv-event", "%d", SIGNALLED(ev));

    /* lpNumberOfBytesSent may be NULL when lpOverlapped is not (Microsoft's WSASend page:
     * "Use NULL for this parameter if the lpOverlapped parameter is not NULL"). */
    WSAResetEvent(ev);
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = ev;
    wb.buf = "null-count"; wb.len = 10;
    CHECK("imm-send-null-count", WSASend(w, &wb, 1, NULL, 0, &ov, NULL));
    WaitForSingleObject(ev, 5000);
    show_result("imm-send-null-count-result", w, &ov, FALSE);
    recv_exact(ws, peer, 10);

    /* "Note that in this case, the completion routine will have already been scheduled, and to be
     * called once the calling thread is in the alertable state." */
    reset_record();
    memset(&ov, 0, sizeof(ov));
    sent = 0xDEADBEEF;
    wb.buf = "routine"; wb.len = 7;
    CHECK("imm-routine-send", WSASend(w, &wb, 1, &sent, 0, &ov, record));
    SHOW("imm-routine-bytes", "%lu", (unsigned long)sent);
    SHOW("imm-routine-calls-before-wait", "%d", R.calls);
    /* "The completion routine will not be invoked until the thread is in an alertable wait state" */
    Sleep(20);
    SHOW("imm-routine-calls-after-sleep", "%d", R.calls);
    WaitForSingleObject(ev2, 20);
    SHOW("imm-routine-calls-after-nonalertable-wait", "%d", R.calls);
    SHOW("imm-routine-sleepex", "%lu", (unsigned long)SleepEx(0, TRUE));
    SHOW("imm-routine-calls-after-wait", "%d", R.calls);
    /* "dwError specifies the completion status ... cbTransferred specifies the number of bytes sent.
     * Currently there are no flag values defined and dwFlags will be zero." */
    SHOW("imm-routine-args", "%lu %lu %d %lu", (unsigned long)R.error, (unsigned long)R.bytes, R.ov == &ov, (unsigned long)R.flags);
    SHOW("sleepex-nothing-queued", "%lu", (unsigned long)SleepEx(0, TRUE));
    recv_exact(ws, peer, 7);

    /* ---- Deferred completion ---- */
    /* "If the overlapped operation is successfully initiated and will complete later, WSASend returns
     * SOCKET_ERROR and indicates error code WSA_IO_PENDING. In this case, lpNumberOfBytesSent is not updated." */
    WSAResetEvent(ev);
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = ev;
    got = 0xDEADBEEF; flags = 0;
    memset(buf, 0, sizeof(buf));
    wb.buf = buf; wb.len = sizeof(buf);
    CHECK("pending-recv", WSARecv(c, &wb, 1, &got, &flags, &ov, NULL));
    SHOW("pending-recv-bytes-untouched", "0x%lx", (unsigned long)got);
    SHOW("pending-recv-completed", "%d", HasOverlappedIoCompleted(&ov) ? 1 : 0);
    SHOW("pending-recv-event", "%d", SIGNALLED(ev));
    show_result("pending-recv-result-nowait", c, &ov, FALSE);
    send(s, "deferred!", 9, 0);
    /* "An application can use WSAWaitForMultipleEvents or WSAGetOverlappedResult to wait or poll on the event object." */
    CHECK("pending-recv-wait", WSAWaitForMultipleEvents(1, &ev, FALSE, 5000, FALSE));
    SHOW("pending-recv-completed-after", "%d", HasOverlappedIoCompleted(&ov) ? 1 : 0);
    show_result("pending-recv-result", c, &ov, FALSE);
    SHOW("pending-recv-data", "%s", buf);
    SHOW("pending-recv-internal", "%lu %lu", (unsigned long)ov.Internal, (unsigned long)ov.InternalHigh);
    SHOW("pending-recv-bytes-still-untouched", "0x%lx", (unsigned long)got);

    /* WSAGetOverlappedResult with fWait TRUE waits for the completion. */
    WSAResetEvent(ev);
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = ev;
    memset(buf, 0, sizeof(buf));
    CHECK("wait-recv", WSARecv(c, &wb, 1, &got, &flags, &ov, NULL));
    send(s, "waited", 6, 0);
    show_result("wait-recv-result", c, &ov, TRUE);
    SHOW("wait-recv-data", "%s", buf);

    /* A send that cannot be consumed until the peer reads: pending, then completed with all its bytes.
     * "A completion indication will occur ... when the supplied buffer(s) have been consumed by the transport." */
    {
        char *big = (char *)malloc(BIG_SEND), *in = (char *)malloc(65536);
        int i, total = 0, ok = 1;
        for (i = 0; i < BIG_SEND; i++) big[i] = (char)(i * 7 + (i >> 16));
        WSAResetEvent(ev);
        memset(&ov, 0, sizeof(ov));
        ov.hEvent = ev;
        sent = 0xDEADBEEF;
        wb.buf = big; wb.len = BIG_SEND;
        CHECK("big-send", WSASend(c, &wb, 1, &sent, 0, &ov, NULL));
        SHOW("big-send-bytes-untouched", "0x%lx", (unsigned long)sent);
        SHOW("big-send-event-before-peer-reads", "%d", SIGNALLED(ev));
        show_result("big-send-result-nowait", c, &ov, FALSE);
        while (total < BIG_SEND) {
            int n = recv(s, in, 65536, 0), j;
            if (n <= 0) break;
            for (j = 0; j < n; j++)
                if (in[j] != (char)((total + j) * 7 + ((total + j) >> 16))) ok = 0;
            total += n;
        }
        SHOW("big-send-peer-got", "%d %d", total, ok);
        CHECK("big-send-wait", WSAWaitForMultipleEvents(1, &ev, FALSE, 5000, FALSE));
        show_result("big-send-result", c, &ov, FALSE);
        SHOW("big-send-bytes-still-untouched", "0x%lx", (unsigned long)sent);
        free(big);
        free(in);
    }

    /* ---- Completion routines ---- */
    /* "If lpCompletionRoutine is not NULL, the hEvent field is ignored and can be used by the
     * application to pass context information to the completion routine." */
    reset_record();
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = (WSAEVENT)(UINT_PTR)0x5EED1234u;
    memset(buf, 0, sizeof(buf));
    wb.buf = buf; wb.len = sizeof(buf);
    got = 0xDEADBEEF; flags = 0;
    CHECK("routine-recv", WSARecv(c, &wb, 1, &got, &flags, &ov, record));
    send(s, "context", 7, 0);
    SHOW("routine-recv-sleepex", "%lu", (unsigned long)SleepEx(5000, TRUE));
    SHOW("routine-recv-calls", "%d", R.calls);
    SHOW("routine-recv-args", "%lu %lu %d %lu", (unsigned long)R.error, (unsigned long)R.bytes, R.ov == &ov, (unsigned long)R.flags);
    SHOW("routine-recv-context", "0x%lx", (unsigned long)(UINT_PTR)R.context);
    SHOW("routine-recv-data", "%s", buf);
    SHOW("routine-recv-bytes-untouched", "0x%lx", (unsigned long)got);

    /* A real event handle in hEvent is ignored too: not signalled. */
    reset_record();
    WSAResetEvent(ev);
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = ev;
    CHECK("routine-event-recv", WSARecv(c, &wb, 1, &got, &flags, &ov, record));
    send(s, "ignored", 7, 0);
    SHOW("routine-event-sleepex", "%lu", (unsigned long)SleepEx(5000, TRUE));
    SHOW("routine-event-calls", "%d", R.calls);
    SHOW("routine-event-signalled", "%d", SIGNALLED(ev));

    /* "All waiting completion routines are called before the alertable thread's wait is satisfied
     * with a return code of WSA_IO_COMPLETION." */
    {
        WSAOVERLAPPED ovs[3];
        WSABUF b3[3];
        int i;
        count_calls = 0; count_bytes = 0; count_errors = 0;
        for (i = 0; i < 3; i++) {
            memset(&ovs[i], 0, sizeof(ovs[i]));
            b3[i].buf = &"abc"[i]; b3[i].len = 1;
            CHECK(i == 0 ? "three-send-0" : i == 1 ? "three-send-1" : "three-send-2", WSASend(c, &b3[i], 1, &sent, 0, &ovs[i], count_routine));
        }
        SHOW("three-calls-before-wait", "%d", count_calls);
        SHOW("three-sleepex", "%lu", (unsigned long)SleepEx(0, TRUE));
        SHOW("three-calls-after-one-wait", "%d", count_calls);
        SHOW("three-bytes", "%lu", (unsigned long)count_bytes);
        SHOW("three-sleepex-again", "%lu", (unsigned long)SleepEx(0, TRUE));
        recv_exact(s, peer, 3);
        SHOW("three-peer", "%.3s", peer);
    }

    /* "The transport providers allow an application to invoke send and receive operations from within
     * the context of the socket I/O completion routine, and guarantee that, for a given socket, I/O
     * completion routines will not be nested." */
    {
        WSAOVERLAPPED ovs[2];
        WSABUF b2[2];
        int i;
        for (i = 0; i < 2; i++) {
            memset(&ovs[i], 0, sizeof(ovs[i]));
            b2[i].buf = &"xy"[i]; b2[i].len = 1;
            WSASend(c, &b2[i], 1, &sent, 0, &ovs[i], nest_routine);
        }
        SHOW("nest-sleepex", "%lu", (unsigned long)SleepEx(0, TRUE));
        SHOW("nest-calls", "%d", nest_calls);
        SHOW("nest-max-depth", "%d", nest_max_depth);
        SHOW("nest-calls-inside-routine-wait", "%d", nest_calls_inside);
        recv_exact(s, peer, 2);
    }

    /* "This function may be called from within the completion routine of a previous WSARecv,
     * WSARecvFrom, WSASend or WSASendTo function." */
    {
        int i;
        chain_socket = c;
        chain_post(0);
        for (i = 0; i < 20 && chain_done < CHAIN_LINKS; i++) SleepEx(1000, TRUE);
        SHOW("chain-routines", "%d", chain_done);
        SHOW("chain-posted", "%d", chain_posted_ok);
        memset(peer, 0, sizeof(peer));
        recv_exact(s, peer, 5 * CHAIN_LINKS);
        SHOW("chain-peer", "%s", peer);
    }
    {
        DWORD rgot = 0, rflags = 0;
        rchain_socket = c;
        memset(rchain_data, 0, sizeof(rchain_data));
        rchain_buf[0].buf = rchain_data[0];
        rchain_buf[0].len = sizeof(rchain_data[0]);
        CHECK("rchain-first", WSARecv(c, &rchain_buf[0], 1, &rgot, &rflags, &rchain_ov[0], rchain_routine));
        send(s, "one", 3, 0);
        SHOW("rchain-sleepex-1", "%lu", (unsigned long)SleepEx(5000, TRUE));
        SHOW("rchain-post-in-routine", "%d %d", rchain_post_ret, rchain_post_err);
        send(s, "two", 3, 0);
        SHOW("rchain-sleepex-2", "%lu", (unsigned long)SleepEx(5000, TRUE));
        SHOW("rchain-calls", "%d", rchain_calls);
        SHOW("rchain-data", "%s %s %lu %lu", rchain_data[0], rchain_data[1], (unsigned long)rchain_bytes[0], (unsigned long)rchain_bytes[1]);
    }

    /* "However, the posted buffers are guaranteed to be sent in the same order they are supplied." */
    {
        enum { N = 32 };
        static WSAOVERLAPPED ovs[N];
        static WSABUF bufs[N];
        static char msgs[N][8];
        char expected[N * 7 + 1], in[N * 7 + 1];
        int i, posted = 0;
        count_calls = 0; count_bytes = 0; count_errors = 0;
        expected[0] = 0;
        for (i = 0; i < N; i++) {
            sprintf(msgs[i], "msg-%02d;", i);
            strcat(expected, msgs[i]);
            bufs[i].buf = msgs[i]; bufs[i].len = 7;
            memset(&ovs[i], 0, sizeof(ovs[i]));
            if (WSASend(c, &bufs[i], 1, &sent, 0, &ovs[i], count_routine) == 0 || WSAGetLastError() == WSA_IO_PENDING) posted++;
        }
        SHOW("order-posted", "%d", posted);
        memset(in, 0, sizeof(in));
        recv_exact(s, in, N * 7);
        SHOW("order-peer-matches", "%d", memcmp(in, expected, N * 7) == 0);
        for (i = 0; i < 20 && count_calls < N; i++) SleepEx(1000, TRUE);
        SHOW("order-routines", "%d %lu %d", count_calls, (unsigned long)count_bytes, count_errors);
    }

    /* "If multiple I/O operations are simultaneously outstanding, each must reference a separate
     * overlapped structure." Two receives pending at once, each with its own WSAOVERLAPPED and event. */
    {
        WSAEVENT evs[2];
        char a[8], b[8];
        WSABUF ba, bb;
        memset(a, 0, sizeof(a)); memset(b, 0, sizeof(b));
        evs[0] = ev; evs[1] = ev2;
        WSAResetEvent(ev); WSAResetEvent(ev2);
        memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
        memset(&ov2, 0, sizeof(ov2)); ov2.hEvent = ev2;
        ba.buf = a; ba.len = 4;
        bb.buf = b; bb.len = 4;
        flags = 0;
        CHECK("two-recv-1", WSARecv(c, &ba, 1, &got, &flags, &ov, NULL));
        flags = 0;
        CHECK("two-recv-2", WSARecv(c, &bb, 1, &got, &flags, &ov2, NULL));
        send(s, "ABCDEFGH", 8, 0);
        CHECK("two-recv-wait-all", WSAWaitForMultipleEvents(2, evs, TRUE, 5000, FALSE));
        show_result("two-recv-result-1", c, &ov, FALSE);
        show_result("two-recv-result-2", c, &ov2, FALSE);
        SHOW("two-recv-data", "%s %s", a, b);
    }

    /* "The array of WSABUF structures pointed to by the lpBuffers parameter is transient. If this
     * operation is completed in an overlapped manner, it is the service provider's responsibility to
     * capture these WSABUF structures before returning from this call. This enables applications to
     * build stack-based WSABUF arrays." */
    {
        char a[8], b[8];
        int err, r;
        memset(a, 0, sizeof(a)); memset(b, 0, sizeof(b));
        WSAResetEvent(ev);
        memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
        r = post_stack_recv(c, a, b, &ov, &err);
        SHOW("transient-recv", "%d %d", r, err);
        scribble_stack();
        send(s, "12345678", 8, 0);
        CHECK("transient-wait", WSAWaitForMultipleEvents(1, &ev, FALSE, 5000, FALSE));
        show_result("transient-result", c, &ov, FALSE);
        SHOW("transient-data", "%s %s", a, b);
    }

    /* "unless both lpOverlapped and lpCompletionRoutine are NULL in which case the socket is treated as
     * a nonoverlapped socket": blocking semantics on an overlapped socket. */
    sent = 0xDEADBEEF;
    wb.buf = "blocking"; wb.len = 8;
    CHECK("nonoverlapped-send", WSASend(w, &wb, 1, &sent, 0, NULL, NULL));
    SHOW("nonoverlapped-send-bytes", "%lu", (unsigned long)sent);
    recv_exact(ws, peer, 8);
    SHOW("nonoverlapped-send-peer", "%.8s", peer);
    send(ws, "blocks", 6, 0);
    memset(buf, 0, sizeof(buf));
    wb.buf = buf; wb.len = sizeof(buf);
    got = 0xDEADBEEF; flags = 0;
    CHECK("nonoverlapped-recv", WSARecv(w, &wb, 1, &got, &flags, NULL, NULL));
    SHOW("nonoverlapped-recv-bytes", "%lu %s", (unsigned long)got, buf);

    /* "For nonoverlapped sockets, the last two parameters (lpOverlapped, lpCompletionRoutine) are
     * ignored and WSASend adopts the same blocking semantics as send." */
    {
        SOCKET n = WSASocket(AF_INET, SOCK_STREAM, IPPROTO_TCP, NULL, 0, 0), ns;
        connect_pair(n, &ns);
        reset_record();
        memset(&ov, 0, sizeof(ov));
        sent = 0xDEADBEEF;
        wb.buf = "plain"; wb.len = 5;
        CHECK("nonoverlapped-socket-send", WSASend(n, &wb, 1, &sent, 0, &ov, record));
        SHOW("nonoverlapped-socket-bytes", "%lu", (unsigned long)sent);
        SHOW("nonoverlapped-socket-sleepex", "%lu", (unsigned long)SleepEx(0, TRUE));
        SHOW("nonoverlapped-socket-routine-calls", "%d", R.calls);
        recv_exact(ns, peer, 5);
        SHOW("nonoverlapped-socket-peer", "%.5s", peer);
        closesocket(n);
        closesocket(ns);
    }

    /* ---- Not initiated ---- */
    /* "Any other error code indicates that the overlapped operation was not successfully initiated and
     * no completion indication will occur." */
    {
        SOCKET u = WSASocket(AF_INET, SOCK_STREAM, IPPROTO_TCP, NULL, 0, WSA_FLAG_OVERLAPPED);
        WSAResetEvent(ev);
        memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
        wb.buf = "nowhere"; wb.len = 7;
        CHECK("notconn-send-event", WSASend(u, &wb, 1, &sent, 0, &ov, NULL));
        SHOW("notconn-send-event-signalled", "%d", SIGNALLED(ev));
        reset_record();
        memset(&ov2, 0, sizeof(ov2));
        CHECK("notconn-send-routine", WSASend(u, &wb, 1, &sent, 0, &ov2, record));
        SHOW("notconn-sleepex", "%lu", (unsigned long)SleepEx(0, TRUE));
        SHOW("notconn-routine-calls", "%d", R.calls);
        memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
        wb.buf = buf; wb.len = sizeof(buf); flags = 0;
        CHECK("notconn-recv", WSARecv(u, &wb, 1, &got, &flags, &ov, NULL));
        SHOW("notconn-recv-event-signalled", "%d", SIGNALLED(ev));
        closesocket(u);
    }
    /* "The lpBuffers argument is not totally contained in a valid part of the user address space." */
    WSAResetEvent(ev);
    memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
    CHECK("fault-overlapped-lpBuffers", WSASend(c, (LPWSABUF)(UINT_PTR)0xFFFFFFF0u, 1, &sent, 0, &ov, NULL));
    wb.buf = (char *)(UINT_PTR)0xFFFFFF00u; wb.len = 1024;
    CHECK("fault-overlapped-buffer", WSASend(c, &wb, 1, &sent, 0, &ov, NULL));
    flags = 0;
    CHECK("fault-overlapped-recv-buffer", WSARecv(c, &wb, 1, &got, &flags, &ov, NULL));
    SHOW("fault-overlapped-event-signalled", "%d", SIGNALLED(ev));
    wb.buf = "x"; wb.len = 1;
    CHECK("notsock-overlapped-send", WSASend(0x12345678, &wb, 1, &sent, 0, &ov, NULL));
    /* A valid receive after the faults still gets its data: the socket is untouched. */
    send(s, "intact", 6, 0);
    memset(buf, 0, sizeof(buf));
    wb.buf = buf; wb.len = sizeof(buf);
    SHOW("after-faults-recv", "%d %s", recv(c, buf, sizeof(buf), 0), buf);

    /* WSAGetOverlappedResult's own errors (its Error Codes: WSAENOTSOCK, WSAEFAULT). */
    {
        DWORD n2, f2;
        WSAResetEvent(ev);
        memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
        wb.buf = "done"; wb.len = 4;
        WSASend(c, &wb, 1, &sent, 0, &ov, NULL);
        WaitForSingleObject(ev, 5000);
        recv_exact(s, peer, 4);
        WSASetLastError(SENTINEL);
        SHOW("getresult-notsock", "%d %d", WSAGetOverlappedResult(0x12345678, &ov, &n2, FALSE, &f2) ? 1 : 0, WSAGetLastError());
        WSASetLastError(SENTINEL);
        SHOW("getresult-fault-lpcbTransfer", "%d %d", WSAGetOverlappedResult(c, &ov, (LPDWORD)(UINT_PTR)0xFFFFFFF0u, FALSE, &f2) ? 1 : 0, WSAGetLastError());
        WSASetLastError(SENTINEL);
        SHOW("getresult-fault-lpOverlapped", "%d %d", WSAGetOverlappedResult(c, (LPWSAOVERLAPPED)(UINT_PTR)0xFFFFFFF0u, &n2, FALSE, &f2) ? 1 : 0, WSAGetLastError());
    }

    /* ---- Datagrams ---- */
    {
        SOCKET u1 = WSASocket(AF_INET, SOCK_DGRAM, IPPROTO_UDP, NULL, 0, WSA_FLAG_OVERLAPPED);
        SOCKET u2 = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
        struct sockaddr_in a1, a2, from;
        int len = sizeof(a1), fromlen, r;
        memset(&a1, 0, sizeof(a1));
        a1.sin_family = AF_INET;
        a1.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a2 = a1;
        bind(u1, (struct sockaddr *)&a1, sizeof(a1));
        bind(u2, (struct sockaddr *)&a2, sizeof(a2));
        getsockname(u1, (struct sockaddr *)&a1, &len);
        len = sizeof(a2);
        getsockname(u2, (struct sockaddr *)&a2, &len);

        WSAResetEvent(ev); WSAResetEvent(ev2);
        memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
        memset(&from, 0, sizeof(from));
        fromlen = sizeof(from);
        memset(buf, 0, sizeof(buf));
        wb.buf = buf; wb.len = sizeof(buf);
        got = 0xDEADBEEF; flags = 0;
        CHECK("udp-recvfrom", WSARecvFrom(u2, &wb, 1, &got, &flags, (struct sockaddr *)&from, &fromlen, &ov, NULL));
        SHOW("udp-recvfrom-from-before", "%d", from.sin_family);
        memset(&ov2, 0, sizeof(ov2)); ov2.hEvent = ev2;
        wb.buf = "datagram"; wb.len = 8;
        WSASetLastError(SENTINEL);
        r = WSASendTo(u1, &wb, 1, &sent, 0, (struct sockaddr *)&a2, sizeof(a2), &ov2, NULL);
        SHOW("udp-sendto-initiated", "%d", r == 0 || WSAGetLastError() == WSA_IO_PENDING);
        CHECK("udp-sendto-wait", WSAWaitForMultipleEvents(1, &ev2, FALSE, 5000, FALSE));
        show_result("udp-sendto-result", u1, &ov2, FALSE);
        CHECK("udp-recvfrom-wait", WSAWaitForMultipleEvents(1, &ev, FALSE, 5000, FALSE));
        show_result("udp-recvfrom-result", u2, &ov, FALSE);
        SHOW("udp-recvfrom-data", "%s", buf);
        SHOW("udp-recvfrom-from", "%d %s %d %d", from.sin_family, inet_ntoa(from.sin_addr), from.sin_port == a1.sin_port, fromlen);

        /* A datagram larger than the posted buffer: the buffer is filled, the rest discarded, WSAEMSGSIZE. */
        WSAResetEvent(ev);
        memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
        memset(buf, 0, sizeof(buf));
        wb.buf = buf; wb.len = 4;
        fromlen = sizeof(from); flags = 0;
        CHECK("udp-small-recvfrom", WSARecvFrom(u2, &wb, 1, &got, &flags, (struct sockaddr *)&from, &fromlen, &ov, NULL));
        sendto(u1, "truncated", 9, 0, (struct sockaddr *)&a2, sizeof(a2));
        CHECK("udp-small-wait", WSAWaitForMultipleEvents(1, &ev, FALSE, 5000, FALSE));
        show_result("udp-small-result", u2, &ov, FALSE);
        SHOW("udp-small-data", "%s", buf);
        closesocket(u1);
        closesocket(u2);
    }

    /* ---- Aborted, cancelled, reset, closed ---- */
    /* "The overlapped operation has been canceled due to the closure of the socket" (WSA_OPERATION_ABORTED 995) */
    {
        SOCKET c3, s3;
        make_pair(&c3, &s3);
        WSAResetEvent(ev);
        memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
        wb.buf = buf; wb.len = sizeof(buf); flags = 0;
        CHECK("close-pending-recv", WSARecv(s3, &wb, 1, &got, &flags, &ov, NULL));
        CHECK("close-pending-closesocket", closesocket(s3));
        CHECK("close-pending-wait", WSAWaitForMultipleEvents(1, &ev, FALSE, 5000, FALSE));
        SHOW("close-pending-completed", "%d", HasOverlappedIoCompleted(&ov) ? 1 : 0);
        closesocket(c3);

        make_pair(&c3, &s3);
        reset_record();
        memset(&ov, 0, sizeof(ov));
        CHECK("close-routine-recv", WSARecv(s3, &wb, 1, &got, &flags, &ov, record));
        CHECK("close-routine-closesocket", closesocket(s3));
        SHOW("close-routine-sleepex", "%lu", (unsigned long)SleepEx(5000, TRUE));
        SHOW("close-routine-args", "%d %lu %lu %d", R.calls, (unsigned long)R.error, (unsigned long)R.bytes, R.ov == &ov);
        closesocket(c3);
    }
    /* The same for a send that is still pending when its socket is closed (the peer reads nothing). */
    {
        SOCKET c9, s9;
        char *big = (char *)calloc(1, BIG_SEND);
        make_pair(&c9, &s9);
        WSAResetEvent(ev);
        memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
        wb.buf = big; wb.len = BIG_SEND;
        CHECK("close-pending-send", WSASend(c9, &wb, 1, NULL, 0, &ov, NULL));
        CHECK("close-pending-send-closesocket", closesocket(c9));
        CHECK("close-pending-send-wait", WSAWaitForMultipleEvents(1, &ev, FALSE, 5000, FALSE));
        SHOW("close-pending-send-internal", "0x%lx", (unsigned long)ov.Internal);
        closesocket(s9);
        free(big);
    }
    /* CancelIoEx: the operation completes with ERROR_OPERATION_ABORTED; an unknown request is ERROR_NOT_FOUND. */
    {
        SOCKET c5, s5;
        WSAOVERLAPPED unknown;
        make_pair(&c5, &s5);
        WSAResetEvent(ev);
        memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
        wb.buf = buf; wb.len = sizeof(buf); flags = 0;
        CHECK("cancel-recv", WSARecv(c5, &wb, 1, &got, &flags, &ov, NULL));
        memset(&unknown, 0, sizeof(unknown));
        BCHECK("cancel-unknown", CancelIoEx((HANDLE)c5, &unknown));
        BCHECK("cancel-ioex", CancelIoEx((HANDLE)c5, &ov));
        CHECK("cancel-wait", WSAWaitForMultipleEvents(1, &ev, FALSE, 5000, FALSE));
        show_result("cancel-result", c5, &ov, FALSE);
        BCHECK("cancel-nothing-pending", CancelIoEx((HANDLE)c5, NULL));

        reset_record();
        memset(&ov, 0, sizeof(ov));
        CHECK("cancelio-recv", WSARecv(c5, &wb, 1, &got, &flags, &ov, record));
        BCHECK("cancelio", CancelIo((HANDLE)c5));
        SHOW("cancelio-sleepex", "%lu", (unsigned long)SleepEx(5000, TRUE));
        SHOW("cancelio-args", "%d %lu %lu", R.calls, (unsigned long)R.error, (unsigned long)R.bytes);
        closesocket(c5);
        closesocket(s5);
    }
    /* "The virtual circuit was reset by the remote side." (WSAECONNRESET) while a receive is pending. */
    {
        SOCKET c6, s6;
        LINGER lg = { 1, 0 };
        make_pair(&c6, &s6);
        WSAResetEvent(ev);
        memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
        wb.buf = buf; wb.len = sizeof(buf); flags = 0;
        CHECK("reset-pending-recv", WSARecv(c6, &wb, 1, &got, &flags, &ov, NULL));
        setsockopt(s6, SOL_SOCKET, SO_LINGER, (const char *)&lg, sizeof(lg));
        closesocket(s6);
        CHECK("reset-pending-wait", WSAWaitForMultipleEvents(1, &ev, FALSE, 5000, FALSE));
        show_result("reset-pending-result", c6, &ov, FALSE);
        closesocket(c6);
    }
    /* A graceful close by the peer completes a pending receive with 0 bytes and no error. */
    {
        SOCKET c7, s7;
        make_pair(&c7, &s7);
        WSAResetEvent(ev);
        memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
        wb.buf = buf; wb.len = sizeof(buf); flags = 0;
        CHECK("graceful-pending-recv", WSARecv(c7, &wb, 1, &got, &flags, &ov, NULL));
        closesocket(s7);
        CHECK("graceful-pending-wait", WSAWaitForMultipleEvents(1, &ev, FALSE, 5000, FALSE));
        show_result("graceful-pending-result", c7, &ov, FALSE);
        closesocket(c7);
    }

    /* ---- Memory growth while a receive is pending ---- */
    /* The buffer is written when the data arrives, into the guest's current memory. */
    {
        SOCKET c8, s8;
        char *target = (char *)malloc(64), *blocks[GROW_BLOCKS];
        int i, grew = 1;
#ifdef __wasm__
        size_t pages_before = __builtin_wasm_memory_size(0);
#endif
        make_pair(&c8, &s8);
        memset(target, 0, 64);
        WSAResetEvent(ev);
        memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
        wb.buf = target; wb.len = 64; flags = 0;
        CHECK("growth-recv", WSARecv(c8, &wb, 1, &got, &flags, &ov, NULL));
        for (i = 0; i < GROW_BLOCKS; i++) {
            blocks[i] = (char *)malloc(GROW_BLOCK_SIZE);
            if (blocks[i]) memset(blocks[i], i + 1, GROW_BLOCK_SIZE);
        }
#ifdef __wasm__
        grew = __builtin_wasm_memory_size(0) > pages_before;
#endif
        SHOW("growth-memory-grew", "%d", grew);
        send(s8, "after-growth", 12, 0);
        CHECK("growth-wait", WSAWaitForMultipleEvents(1, &ev, FALSE, 5000, FALSE));
        show_result("growth-result", c8, &ov, FALSE);
        SHOW("growth-data", "%s", target);
        for (i = 0; i < GROW_BLOCKS; i++) {
            int ok = blocks[i] && blocks[i][0] == (char)(i + 1) && blocks[i][GROW_BLOCK_SIZE - 1] == (char)(i + 1);
            if (!ok) SHOW("growth-block-damaged", "%d", i);
            free(blocks[i]);
        }
        free(target);
        closesocket(c8);
        closesocket(s8);
    }

    closesocket(c);
    closesocket(s);
    closesocket(w);
    closesocket(ws);
    WSACloseEvent(ev);
    WSACloseEvent(ev2);
    CHECK("cleanup", WSACleanup());
    return 0;
}
