/* A Windows-style echo client built on overlapped I/O with completion routines:
 * it keeps several WSASends and one WSARecv in flight, posts the next operation from
 * each completion routine, and otherwise only waits alertably with SleepEx(INFINITE, TRUE).
 * Every byte that comes back is checked against what was sent.
 *   overlapped_echo_client <host> <port> <count>
 * Builds unchanged with MSVC or mingw (-lws2_32). */
#define WIN32_LEAN_AND_MEAN
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#pragma comment(lib, "ws2_32.lib")

#define MESSAGE_SIZE 1024
#define SENDS_IN_FLIGHT 4
#define RECV_SIZE 4096

/* One send slot: its WSAOVERLAPPED must stay valid until its completion routine runs. */
typedef struct {
    WSAOVERLAPPED ov;
    WSABUF wsabuf;
    int busy;
    char data[MESSAGE_SIZE];
} SEND_SLOT;

static SOCKET sock = INVALID_SOCKET;
static SEND_SLOT slots[SENDS_IN_FLIGHT];
static WSAOVERLAPPED recv_ov;
static char recv_data[RECV_SIZE];
static WSABUF recv_wsabuf;

static int count;                 /* messages to send */
static int next_message;          /* next message to post */
static int in_flight, max_in_flight;
static long long bytes_sent, bytes_echoed, total_bytes;
static int finished, failed, send_side_closed;

/* Byte j of message i. */
static char pattern(long long offset)
{
    long long i = offset / MESSAGE_SIZE, j = offset % MESSAGE_SIZE;
    return (char)('a' + (i * 7 + j) % 26);
}

static void fail(const char *what, DWORD code)
{
    if (!failed) printf("overlapped_echo_client: %s failed: %lu\n", what, (unsigned long)code);
    failed = 1;
}

static void CALLBACK send_done(DWORD dwError, DWORD cbTransferred, LPWSAOVERLAPPED lpOverlapped, DWORD dwFlags);
static void CALLBACK recv_done(DWORD dwError, DWORD cbTransferred, LPWSAOVERLAPPED lpOverlapped, DWORD dwFlags);

/* Posts the next message into a free slot. */
static void post_send(SEND_SLOT *slot)
{
    long long base = (long long)next_message * MESSAGE_SIZE;
    int j;
    DWORD sent;

    for (j = 0; j < MESSAGE_SIZE; j++) slot->data[j] = pattern(base + j);
    ZeroMemory(&slot->ov, sizeof(slot->ov));
    slot->ov.hEvent = (WSAEVENT)slot;     /* ignored with a completion routine: free for context */
    slot->wsabuf.buf = slot->data;
    slot->wsabuf.len = MESSAGE_SIZE;
    slot->busy = 1;
    next_message++;
    in_flight++;
    if (in_flight > max_in_flight) max_in_flight = in_flight;
    if (WSASend(sock, &slot->wsabuf, 1, &sent, 0, &slot->ov, send_done) == SOCKET_ERROR &&
        WSAGetLastError() != WSA_IO_PENDING) {
        fail("WSASend", WSAGetLastError());
        slot->busy = 0;
        in_flight--;
    }
}

static void post_recv(void)
{
    DWORD flags = 0, got;
    ZeroMemory(&recv_ov, sizeof(recv_ov));
    recv_wsabuf.buf = recv_data;
    recv_wsabuf.len = RECV_SIZE;
    if (WSARecv(sock, &recv_wsabuf, 1, &got, &flags, &recv_ov, recv_done) == SOCKET_ERROR &&
        WSAGetLastError() != WSA_IO_PENDING)
        fail("WSARecv", WSAGetLastError());
}

static void CALLBACK send_done(DWORD dwError, DWORD cbTransferred, LPWSAOVERLAPPED lpOverlapped, DWORD dwFlags)
{
    SEND_SLOT *slot = (SEND_SLOT *)lpOverlapped->hEvent;
    (void)dwFlags;
    slot->busy = 0;
    in_flight--;
    if (dwError != 0) { fail("send completion", dwError); return; }
    if (cbTransferred != MESSAGE_SIZE) { fail("send completion (short)", cbTransferred); return; }
    bytes_sent += cbTransferred;
    if (failed) return;
    if (next_message < count) {
        post_send(slot);              /* posted from within the completion routine */
    } else if (in_flight == 0 && !send_side_closed) {
        shutdown(sock, SD_SEND);      /* everything sent: let the server see the end */
        send_side_closed = 1;
    }
}

static void CALLBACK recv_done(DWORD dwError, DWORD cbTransferred, LPWSAOVERLAPPED lpOverlapped, DWORD dwFlags)
{
    DWORD i;
    (void)lpOverlapped; (void)dwFlags;
    if (dwError != 0) { fail("receive completion", dwError); return; }
    if (cbTransferred == 0) {
        if (bytes_echoed == total_bytes) finished = 1;
        else fail("connection closed early, bytes missing", (DWORD)(total_bytes - bytes_echoed));
        return;
    }
    for (i = 0; i < cbTransferred; i++) {
        if (recv_data[i] != pattern(bytes_echoed + i)) {
            fail("echo check at byte", (DWORD)(bytes_echoed + i));
            return;
        }
    }
    bytes_echoed += cbTransferred;
    if (bytes_echoed > total_bytes) { fail("echo check (too many bytes)", (DWORD)bytes_echoed); return; }
    post_recv();                      /* the next receive, from within the completion routine */
}

int main(int argc, char **argv)
{
    WSADATA wsa;
    struct addrinfo hints, *res = NULL, *ai;
    int i, rc, connect_error = 0;

    if (argc < 4) {
        fprintf(stderr, "usage: %s <host> <port> <count>\n", argv[0]);
        return 2;
    }
    count = atoi(argv[3]);
    if (count < 1) count = 1;
    total_bytes = (long long)count * MESSAGE_SIZE;
    if ((rc = WSAStartup(MAKEWORD(2, 2), &wsa)) != 0) {
        printf("WSAStartup failed: %d\n", rc);
        return 1;
    }

    ZeroMemory(&hints, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_protocol = IPPROTO_TCP;
    if ((rc = getaddrinfo(argv[1], argv[2], &hints, &res)) != 0) {
        printf("getaddrinfo failed: %d\n", rc);
        WSACleanup();
        return 1;
    }
    for (ai = res; ai != NULL; ai = ai->ai_next) {
        sock = WSASocket(ai->ai_family, ai->ai_socktype, ai->ai_protocol, NULL, 0, WSA_FLAG_OVERLAPPED);
        if (sock == INVALID_SOCKET) continue;
        if (connect(sock, ai->ai_addr, (int)ai->ai_addrlen) == 0) break;
        connect_error = WSAGetLastError();
        closesocket(sock);
        sock = INVALID_SOCKET;
    }
    freeaddrinfo(res);
    if (sock == INVALID_SOCKET) {
        printf("overlapped_echo_client: cannot connect to %s:%s (%d)\n", argv[1], argv[2], connect_error);
        WSACleanup();
        return 1;
    }

    post_recv();
    for (i = 0; i < SENDS_IN_FLIGHT && next_message < count && !failed; i++) post_send(&slots[i]);

    /* Everything else happens in completion routines, run during this alertable wait. */
    while (!finished && !failed) SleepEx(INFINITE, TRUE);

    closesocket(sock);               /* cancels anything still pending */
    while (in_flight > 0 && SleepEx(1000, TRUE) == WAIT_IO_COMPLETION) {}
    WSACleanup();
    if (failed) return 1;
    printf("overlapped_echo_client: %d messages, %lld bytes sent, %lld bytes echoed and verified, up to %d sends in flight\n",
           count, bytes_sent, bytes_echoed, max_in_flight);
    return 0;
}
