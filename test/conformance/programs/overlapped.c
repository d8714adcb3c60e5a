/* Overlapped WSASend/WSARecv with events and completion routines, TCP and UDP
 * (shared/reference/WSASend.txt, "Overlapped socket I/O"). */
#include "conf.h"

static int calls;
static DWORD last_err, last_bytes, last_flags;
static LPWSAOVERLAPPED last_ov;

static void CALLBACK done(DWORD err, DWORD bytes, LPWSAOVERLAPPED ov, DWORD flags)
{
    calls++; last_err = err; last_bytes = bytes; last_ov = ov; last_flags = flags;
}

int main(void)
{
    SOCKET c, s, u, v;
    WSAOVERLAPPED ov, ov2;
    WSABUF wb[3];
    WSAEVENT ev;
    DWORD n, flags, got;
    char rbuf[64], sbuf[64] = "abcdefghijklmnop";
    struct sockaddr_in ua, va, from;
    int fromlen, r;

    start();
    make_pair_with(WSASocket(AF_INET, SOCK_STREAM, IPPROTO_TCP, NULL, 0, WSA_FLAG_OVERLAPPED), &c, &s);
    ev = WSACreateEvent();

    /* "If the overlapped operation is successfully initiated and will complete later, ... SOCKET_ERROR and ... WSA_IO_PENDING" */
    memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
    WSASetEvent(ev);
    wb[0].buf = rbuf; wb[0].len = sizeof(rbuf);
    n = 12345; flags = 0;
    CHECK("recv-pending", WSARecv(c, wb, 1, &n, &flags, &ov, NULL));
    /* "In this case, lpNumberOfBytesSent is not updated." */
    SHOW("recv-pending-bytes-untouched", "%lu", (unsigned long)n);
    SHOW("recv-pending-event-reset", "%lu", (unsigned long)WaitForSingleObject(ev, 0));
    got = 0; flags = 0;
    r = (int)WSAGetOverlappedResult(c, &ov, &got, FALSE, &flags); SHOW("recv-pending-result-nowait", "%d %d", r, r ? 0 : ERR());
    send(s, "hello", 5, 0);
    SHOW("recv-wait", "%lu", (unsigned long)WSAWaitForMultipleEvents(1, &ev, TRUE, 10000, FALSE));
    got = 0; flags = 99;
    SHOW("recv-result", "%d", (int)WSAGetOverlappedResult(c, &ov, &got, FALSE, &flags));
    SHOW("recv-result-bytes", "%lu", (unsigned long)got);
    SHOW("recv-result-flags", "%lu", (unsigned long)flags);
    SHOW("recv-data", "%.5s", rbuf);
    SHOW("recv-Internal", "0x%08lx", (unsigned long)ov.Internal);
    SHOW("recv-InternalHigh", "%lu", (unsigned long)ov.InternalHigh);

    /* "If an overlapped operation completes immediately, WSASend returns a value of zero and the lpNumberOfBytesSent parameter is updated" */
    memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
    wb[0].buf = sbuf; wb[0].len = 4; wb[1].buf = sbuf + 4; wb[1].len = 0; wb[2].buf = sbuf + 4; wb[2].len = 8;
    n = 0;
    CHECK("send-immediate", WSASend(c, wb, 3, &n, 0, &ov, NULL));
    SHOW("send-immediate-bytes", "%lu", (unsigned long)n);
    SHOW("send-immediate-event", "%lu", (unsigned long)WaitForSingleObject(ev, 5000));
    got = 0; flags = 0;
    r = (int)WSAGetOverlappedResult(c, &ov, &got, TRUE, &flags); SHOW("send-immediate-result", "%d %lu", r, (unsigned long)got);
    memset(rbuf, 0, sizeof(rbuf));
    SHOW("send-gathered", "%d %.12s", recv_all(s, rbuf, 12), rbuf);

    /* Completion routines: "will not be invoked until the thread is in an alertable wait state" */
    calls = 0;
    memset(&ov, 0, sizeof(ov));
    wb[0].buf = sbuf; wb[0].len = 7;
    n = 0;
    CHECK("routine-send", WSASend(c, wb, 1, &n, 0, &ov, done));
    SHOW("routine-send-bytes", "%lu", (unsigned long)n);
    SHOW("routine-calls-before-alertable", "%d", calls);
    SHOW("routine-SleepEx", "%lu", (unsigned long)SleepEx(5000, TRUE));
    SHOW("routine-calls", "%d", calls);
    SHOW("routine-args", "%lu %lu %lu %d", (unsigned long)last_err, (unsigned long)last_bytes, (unsigned long)last_flags, last_ov == &ov);
    SHOW("routine-received", "%d", recv_all(s, rbuf, 7));
    SHOW("routine-SleepEx-nothing", "%lu", (unsigned long)SleepEx(0, TRUE));

    /* A receive with a routine, completed later; WSAWaitForMultipleEvents alertable returns WSA_WAIT_IO_COMPLETION. */
    calls = 0;
    memset(&ov, 0, sizeof(ov));
    wb[0].buf = rbuf; wb[0].len = sizeof(rbuf);
    flags = 0;
    CHECK("routine-recv", WSARecv(c, wb, 1, &n, &flags, &ov, done));
    send(s, "0123456789", 10, 0);
    WSAResetEvent(ev);
    SHOW("routine-recv-wait", "%lu", (unsigned long)WSAWaitForMultipleEvents(1, &ev, FALSE, 10000, TRUE));
    SHOW("routine-recv-calls", "%d", calls);
    SHOW("routine-recv-args", "%lu %lu", (unsigned long)last_err, (unsigned long)last_bytes);

    /* Two receives outstanding complete in order. */
    memset(&ov, 0, sizeof(ov)); memset(&ov2, 0, sizeof(ov2));
    ov.hEvent = WSACreateEvent(); ov2.hEvent = WSACreateEvent();
    {
        WSABUF a, b; char ba[3], bb[3]; DWORD fa = 0, fb = 0, na = 0, nb = 0;
        a.buf = ba; a.len = 3; b.buf = bb; b.len = 3;
        CHECK("two-recv-1", WSARecv(c, &a, 1, &na, &fa, &ov, NULL));
        CHECK("two-recv-2", WSARecv(c, &b, 1, &nb, &fb, &ov2, NULL));
        send(s, "xyzXYZ", 6, 0);
        WaitForSingleObject(ov.hEvent, 10000);
        WaitForSingleObject(ov2.hEvent, 10000);
        WSAGetOverlappedResult(c, &ov, &na, FALSE, &fa);
        WSAGetOverlappedResult(c, &ov2, &nb, FALSE, &fb);
        SHOW("two-recv-data", "%.3s %.3s %lu %lu", ba, bb, (unsigned long)na, (unsigned long)nb);
    }

    /* WSA_OPERATION_ABORTED: "The overlapped operation has been canceled due to the closure of the socket" (and CancelIo). */
    memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
    CHECK("cancel-recv", WSARecv(c, wb, 1, &n, &flags, &ov, NULL));
    SHOW("cancel-CancelIo", "%d", (int)CancelIo((HANDLE)c));
    got = 0; flags = 0;
    r = WSAGetOverlappedResult(c, &ov, &got, TRUE, &flags);
    SHOW("cancel-result", "%d %d %lu", r, r ? 0 : ERR(), (unsigned long)got);
    memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
    CHECK("close-recv", WSARecv(c, wb, 1, &n, &flags, &ov, NULL));
    closesocket(c);
    SHOW("close-event", "%lu", (unsigned long)WaitForSingleObject(ev, 10000));
    SHOW("close-Internal-not-pending", "%d", ov.Internal != 0x103);
    closesocket(s);

    /* Overlapped on a socket from socket() (overlapped by default on Windows). */
    make_pair(&c, &s);
    memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
    wb[0].buf = rbuf; wb[0].len = sizeof(rbuf); flags = 0;
    CHECK("socket-recv-pending", WSARecv(c, wb, 1, &n, &flags, &ov, NULL));
    send(s, "abc", 3, 0);
    SHOW("socket-recv-wait", "%lu", (unsigned long)WSAWaitForMultipleEvents(1, &ev, TRUE, 10000, FALSE));
    r = (int)WSAGetOverlappedResult(c, &ov, &got, FALSE, &flags); SHOW("socket-recv-result", "%d %lu", r, (unsigned long)got);
    /* Graceful close by the peer completes a pending receive with 0 bytes. */
    memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
    CHECK("eof-recv-pending", WSARecv(c, wb, 1, &n, &flags, &ov, NULL));
    shutdown(s, SD_SEND);
    SHOW("eof-recv-wait", "%lu", (unsigned long)WSAWaitForMultipleEvents(1, &ev, TRUE, 10000, FALSE));
    got = 99;
    r = (int)WSAGetOverlappedResult(c, &ov, &got, FALSE, &flags); SHOW("eof-recv-result", "%d %lu", r, (unsigned long)got);
    closesocket(c);
    closesocket(s);

    /* UDP overlapped: WSARecvFrom pending, then a datagram. */
    u = make_udp(&ua);
    v = make_udp(&va);
    memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
    wb[0].buf = rbuf; wb[0].len = sizeof(rbuf); flags = 0;
    fromlen = sizeof(from);
    CHECK("udp-recvfrom-pending", WSARecvFrom(u, wb, 1, &n, &flags, (struct sockaddr *)&from, &fromlen, &ov, NULL));
    wb[1].buf = sbuf; wb[1].len = 6;
    n = 0;
    CHECK("udp-sendto-overlapped", WSASendTo(v, &wb[1], 1, &n, 0, (struct sockaddr *)&ua, sizeof(ua), &ov2, NULL));
    SHOW("udp-sendto-overlapped-bytes", "%lu", (unsigned long)n);
    SHOW("udp-recvfrom-wait", "%lu", (unsigned long)WSAWaitForMultipleEvents(1, &ev, TRUE, 10000, FALSE));
    r = (int)WSAGetOverlappedResult(u, &ov, &got, FALSE, &flags); SHOW("udp-recvfrom-result", "%d %lu", r, (unsigned long)got);
    SHOW("udp-recvfrom-from", "%d %d %d", fromlen, from.sin_family, from.sin_port == va.sin_port);
    /* A datagram larger than the buffers: WSAEMSGSIZE, the buffer holds the first part. */
    memset(&ov, 0, sizeof(ov)); ov.hEvent = ev;
    wb[0].buf = rbuf; wb[0].len = 4; flags = 0;
    sendto(v, "0123456789", 10, 0, (struct sockaddr *)&ua, sizeof(ua));
    Sleep(50);
    fromlen = sizeof(from);
    r = WSARecvFrom(u, wb, 1, &n, &flags, (struct sockaddr *)&from, &fromlen, &ov, NULL);
    if (r == SOCKET_ERROR && WSAGetLastError() == WSA_IO_PENDING) { WaitForSingleObject(ev, 10000); r = WSAGetOverlappedResult(u, &ov, &n, FALSE, &flags) ? 0 : SOCKET_ERROR; }
    SHOW("udp-truncated", "%d %d %lu %.4s", r, r ? ERR() : 0, (unsigned long)n, rbuf);
    closesocket(u);
    closesocket(v);
    WSACloseEvent(ev);
    WSACleanup();
    return 0;
}
