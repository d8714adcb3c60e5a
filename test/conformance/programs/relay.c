/* A small chat relay, written the way Windows networking code usually is, in one process:
 * an event-driven server (WSAEventSelect, WSAWaitForMultipleEvents, WSAEnumNetworkEvents)
 * that forwards each message to the other clients with an overlapped WSASend and
 * WSAGetOverlappedResult, and clients that receive with completion routines, posting the
 * next receive from the routine, in alertable waits. Prints "name: value" lines. */
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <winsock2.h>
#include <ws2tcpip.h>
#include <stdio.h>
#include <string.h>

#pragma comment(lib, "Ws2_32.lib")

#define MAX_PEERS 4
#define BUFSIZE 256

typedef struct _CLIENT {
    SOCKET Socket;
    WSAOVERLAPPED Overlapped;
    WSABUF DataBuf;
    CHAR Buffer[BUFSIZE];
    CHAR Received[1024];
    DWORD ReceivedBytes;
    DWORD LastError;
    BOOL Ended;
} CLIENT;

static CLIENT Clients[2];

/* Server side: entry 0 is the listener, the others accepted peers. */
static SOCKET ServerSockets[1 + MAX_PEERS];
static WSAEVENT ServerEvents[1 + MAX_PEERS];
static DWORD ServerCount;
static DWORD Forwarded, ForwardedBytes, PeersClosed;

static void CALLBACK RecvRoutine(DWORD dwError, DWORD cbTransferred, LPWSAOVERLAPPED lpOverlapped, DWORD dwFlags);

static int PostRecv(CLIENT *c)
{
    DWORD flags = 0;
    ZeroMemory(&c->Overlapped, sizeof(WSAOVERLAPPED));
    c->DataBuf.len = BUFSIZE;
    c->DataBuf.buf = c->Buffer;
    if (WSARecv(c->Socket, &c->DataBuf, 1, NULL, &flags, &c->Overlapped, RecvRoutine) == SOCKET_ERROR) {
        if (WSAGetLastError() != WSA_IO_PENDING) {
            printf("post-recv-error: %d\n", WSAGetLastError());
            return 0;
        }
    }
    return 1;
}

static void CALLBACK RecvRoutine(DWORD dwError, DWORD cbTransferred, LPWSAOVERLAPPED lpOverlapped, DWORD dwFlags)
{
    CLIENT *c = CONTAINING_RECORD(lpOverlapped, CLIENT, Overlapped);
    (void)dwFlags;
    if (dwError != 0 || cbTransferred == 0) {
        c->LastError = dwError;
        c->Ended = TRUE;
        return;
    }
    if (c->ReceivedBytes + cbTransferred <= sizeof(c->Received)) {
        CopyMemory(c->Received + c->ReceivedBytes, c->Buffer, cbTransferred);
        c->ReceivedBytes += cbTransferred;
    }
    PostRecv(c);
}

/* Forward what one peer sent to every other peer, one overlapped WSASend each. */
static void Forward(DWORD from, char *data, DWORD len)
{
    DWORD i;
    for (i = 1; i < ServerCount; i++) {
        WSAOVERLAPPED ov;
        WSABUF wb;
        DWORD sent = 0, flags = 0;
        if (i == from) continue;
        ZeroMemory(&ov, sizeof(ov));
        ov.hEvent = WSACreateEvent();
        wb.buf = data;
        wb.len = len;
        if (WSASend(ServerSockets[i], &wb, 1, &sent, 0, &ov, NULL) == SOCKET_ERROR && WSAGetLastError() != WSA_IO_PENDING) {
            printf("forward-error: %d\n", WSAGetLastError());
        } else if (!WSAGetOverlappedResult(ServerSockets[i], &ov, &sent, TRUE, &flags)) {
            printf("forward-result-error: %d\n", WSAGetLastError());
        } else {
            Forwarded++;
            ForwardedBytes += sent;
        }
        WSACloseEvent(ov.hEvent);
    }
}

static void RemovePeer(DWORD i)
{
    closesocket(ServerSockets[i]);
    WSACloseEvent(ServerEvents[i]);
    ServerSockets[i] = ServerSockets[ServerCount - 1];
    ServerEvents[i] = ServerEvents[ServerCount - 1];
    ServerCount--;
    PeersClosed++;
}

/* One turn of the server: wait (alertably, so client routines run too) and handle one socket. */
static DWORD ServerTurn(DWORD timeout)
{
    WSANETWORKEVENTS ne;
    DWORD r = WSAWaitForMultipleEvents(ServerCount, ServerEvents, FALSE, timeout, TRUE);
    DWORD i;
    if (r == WAIT_IO_COMPLETION || r == WSA_WAIT_TIMEOUT) return r;
    if (r == WSA_WAIT_FAILED) {
        printf("wait-failed: %d\n", WSAGetLastError());
        return r;
    }
    i = r - WSA_WAIT_EVENT_0;
    if (WSAEnumNetworkEvents(ServerSockets[i], ServerEvents[i], &ne) == SOCKET_ERROR) {
        printf("enum-error: %d\n", WSAGetLastError());
        return r;
    }
    if (ne.lNetworkEvents & FD_ACCEPT) {
        SOCKET s = accept(ServerSockets[0], NULL, NULL);
        if (s != INVALID_SOCKET && ServerCount < 1 + MAX_PEERS) {
            ServerSockets[ServerCount] = s;
            ServerEvents[ServerCount] = WSACreateEvent();
            WSAEventSelect(s, ServerEvents[ServerCount], FD_READ | FD_CLOSE);
            ServerCount++;
        }
    }
    if (ne.lNetworkEvents & FD_READ) {
        char buf[BUFSIZE];
        int n = recv(ServerSockets[i], buf, sizeof(buf), 0);
        if (n > 0) Forward(i, buf, (DWORD)n);
    }
    if (ne.lNetworkEvents & FD_CLOSE) {
        /* Data may still be waiting when FD_CLOSE is seen: read it all before closing. */
        char buf[BUFSIZE];
        int n;
        while ((n = recv(ServerSockets[i], buf, sizeof(buf), 0)) > 0) Forward(i, buf, (DWORD)n);
        printf("server-close-error: %d\n", ne.iErrorCode[FD_CLOSE_BIT]);
        RemovePeer(i);
    }
    return r;
}

static int RunUntil(BOOL (*done)(void))
{
    int turns = 0;
    while (!done()) {
        if (++turns > 10000) return 0;
        ServerTurn(5000);
    }
    return 1;
}

static BOOL TwoPeers(void) { return ServerCount == 3; }
static BOOL OnePeer(void) { return ServerCount == 2; }
static BOOL Client1HasHello(void) { return Clients[1].ReceivedBytes >= 12; }
static BOOL Client0HasReply(void) { return Clients[0].ReceivedBytes >= 15; }
static BOOL Client1Ended(void) { return Clients[1].Ended; }

static DWORD SendDone, SendDoneError, SendDoneBytes;
static void CALLBACK SendRoutine(DWORD dwError, DWORD cbTransferred, LPWSAOVERLAPPED lpOverlapped, DWORD dwFlags)
{
    (void)lpOverlapped; (void)dwFlags;
    SendDone++;
    SendDoneError = dwError;
    SendDoneBytes = cbTransferred;
}

int __cdecl main(void)
{
    WSADATA wsaData;
    struct sockaddr_in addr;
    int addrlen = sizeof(addr), i;
    WSAOVERLAPPED sendOv;
    WSABUF sendBuf;
    char reply[] = "hi 0, this is 1";
    DWORD sleepResult;

    if (WSAStartup(MAKEWORD(2, 2), &wsaData) != 0) {
        printf("startup: failed\n");
        return 1;
    }

    ServerSockets[0] = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    ZeroMemory(&addr, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(ServerSockets[0], (SOCKADDR *)&addr, sizeof(addr)) == SOCKET_ERROR || listen(ServerSockets[0], SOMAXCONN) == SOCKET_ERROR) {
        printf("listen: %d\n", WSAGetLastError());
        return 1;
    }
    getsockname(ServerSockets[0], (SOCKADDR *)&addr, &addrlen);
    ServerEvents[0] = WSACreateEvent();
    printf("listener-select: %d\n", WSAEventSelect(ServerSockets[0], ServerEvents[0], FD_ACCEPT | FD_CLOSE));
    ServerCount = 1;

    for (i = 0; i < 2; i++) {
        Clients[i].Socket = WSASocket(AF_INET, SOCK_STREAM, IPPROTO_TCP, NULL, 0, WSA_FLAG_OVERLAPPED);
        if (connect(Clients[i].Socket, (SOCKADDR *)&addr, sizeof(addr)) == SOCKET_ERROR) {
            printf("connect-%d: %d\n", i, WSAGetLastError());
            return 1;
        }
    }
    printf("peers-accepted: %d\n", RunUntil(TwoPeers) ? (int)ServerCount - 1 : -1);
    for (i = 0; i < 2; i++) printf("client-%d-recv-posted: %d\n", i, PostRecv(&Clients[i]));

    /* Client 0 says hello with a plain send; the server relays it to client 1. */
    printf("client-0-send: %d\n", send(Clients[0].Socket, "hello from 0", 12, 0));
    printf("client-1-got-hello: %d\n", RunUntil(Client1HasHello));
    printf("client-1-received: %.*s\n", (int)Clients[1].ReceivedBytes, Clients[1].Received);

    /* Client 1 answers with an overlapped send and a completion routine. */
    ZeroMemory(&sendOv, sizeof(sendOv));
    sendBuf.buf = reply;
    sendBuf.len = (ULONG)strlen(reply);
    if (WSASend(Clients[1].Socket, &sendBuf, 1, NULL, 0, &sendOv, SendRoutine) == SOCKET_ERROR && WSAGetLastError() != WSA_IO_PENDING) {
        printf("client-1-send: %d\n", WSAGetLastError());
    }
    /* The routine runs only in an alertable wait. */
    printf("client-1-send-routine-before-wait: %lu\n", SendDone);
    sleepResult = SleepEx(5000, TRUE);
    while (sleepResult == WAIT_IO_COMPLETION && SendDone == 0) sleepResult = SleepEx(5000, TRUE);
    printf("client-1-send-routine: %lu %lu %lu\n", SendDone, SendDoneError, SendDoneBytes);
    printf("client-0-got-reply: %d\n", RunUntil(Client0HasReply));
    printf("client-0-received: %.*s\n", (int)Clients[0].ReceivedBytes, Clients[0].Received);

    /* Client 0 leaves gracefully: the server sees FD_CLOSE with no error and drops it. */
    shutdown(Clients[0].Socket, SD_SEND);
    printf("peer-left: %d\n", RunUntil(OnePeer));

    /* The server closes on client 1: its pending receive completes with 0 bytes. */
    RemovePeer(1);
    printf("client-1-ended: %d\n", RunUntil(Client1Ended));
    printf("client-1-end-error: %lu\n", Clients[1].LastError);
    printf("server-forwarded: %lu %lu\n", Forwarded, ForwardedBytes);
    printf("server-peers-closed: %lu\n", PeersClosed);

    /* Client 0 saw the end of its stream when the server dropped it (its routine ran in an
     * earlier alertable wait and posted nothing more), so closing it leaves no routine to run. */
    closesocket(Clients[0].Socket);
    sleepResult = SleepEx(0, TRUE);
    printf("client-0-close-wait: %lu\n", sleepResult);
    printf("client-0-ended: %d %lu\n", Clients[0].Ended, Clients[0].LastError);

    closesocket(Clients[1].Socket);
    closesocket(ServerSockets[0]);
    WSACloseEvent(ServerEvents[0]);
    printf("cleanup: %d\n", WSACleanup());
    return 0;
}
