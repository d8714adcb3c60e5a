/* WSAAccept with a condition function, and WSAConnect.
 *
 * learn.microsoft.com/windows/win32/api/winsock2/nf-winsock2-wsaaccept:
 * "WSAECONNREFUSED ... This error is returned if the connection request was forcefully
 * rejected as indicated in the return value of the condition function (CF_REJECT)."
 * "WSATRY_AGAIN ... The acceptance of the connection request was deferred as indicated in
 * the return value of the condition function (CF_DEFER)."
 * "WSAEINVAL ... the return value of the condition function is not a valid one".
 * "WSAEFAULT ... This error is returned if the addrlen parameter is too small".
 * A rejected connection is closed, not reset: the documentation is silent, and Wine closes it.
 * The condition function gets "lpCallerId ... the address of the connecting entity" and
 * "lpCalleeId ... the local address of the connected entity".
 * nf-winsock2-wsaconnect: "lpCalleeData->len is set to zero if no user data has been passed
 * back" (TCP carries no connect data). */
#include "conf.h"

static int calls, verdict;
static USHORT caller_port, callee_port;
static ULONG caller_len;
static DWORD_PTR seen_data;
static int saw_group;

static int CALLBACK condition(LPWSABUF lpCallerId, LPWSABUF lpCallerData, LPQOS lpSQOS, LPQOS lpGQOS,
                              LPWSABUF lpCalleeId, LPWSABUF lpCalleeData, GROUP *g, DWORD_PTR dwCallbackData)
{
    (void)lpCallerData;
    (void)lpSQOS;
    (void)lpGQOS;
    (void)lpCalleeData;
    calls++;
    caller_len = lpCallerId->len;
    caller_port = ntohs(((struct sockaddr_in *)lpCallerId->buf)->sin_port);
    callee_port = ntohs(((struct sockaddr_in *)lpCalleeId->buf)->sin_port);
    seen_data = dwCallbackData;
    saw_group = g != NULL;
    return verdict;
}

static SOCKET connect_to(const struct sockaddr_in *addr)
{
    SOCKET c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (connect(c, (const struct sockaddr *)addr, sizeof *addr) == SOCKET_ERROR) die("connect");
    return c;
}

static USHORT local_port(SOCKET s)
{
    struct sockaddr_in a;
    int len = sizeof a;
    getsockname(s, (struct sockaddr *)&a, &len);
    return ntohs(a.sin_port);
}

int main(void)
{
    WSADATA wsa;
    struct sockaddr_in addr, peer;
    SOCKET l, c, a, c2;
    int len;
    char buf[8];

    WSAStartup(MAKEWORD(2, 2), &wsa);
    l = make_listener(&addr);

    /* CF_ACCEPT: the condition function sees both ends; the socket works. */
    c = connect_to(&addr);
    verdict = CF_ACCEPT;
    len = sizeof peer;
    a = WSAAccept(l, (struct sockaddr *)&peer, &len, condition, 1234);
    SHOW("accept-ok", "%d %d", a != INVALID_SOCKET, a == INVALID_SOCKET ? ERR() : 0);
    SHOW("accept-condition", "calls=%d data=%lu group=%d caller_len=%lu", calls, (unsigned long)seen_data, saw_group,
         (unsigned long)caller_len);
    SHOW("accept-caller-is-client", "%d", caller_port == local_port(c));
    SHOW("accept-callee-is-listener-port", "%d", callee_port == ntohs(addr.sin_port));
    SHOW("accept-addr", "%d %d", len, ntohs(peer.sin_port) == local_port(c));
    send(c, "hi", 2, 0);
    SHOW("accept-data", "%d", recv_all(a, buf, 2));
    closesocket(a);
    closesocket(c);

    /* CF_REJECT: WSAECONNREFUSED here; the client's connection is closed. */
    c = connect_to(&addr);
    verdict = CF_REJECT;
    calls = 0;
    a = WSAAccept(l, NULL, NULL, condition, 0);
    SHOW("reject", "%d %d calls=%d", a != INVALID_SOCKET, ERR(), calls);
    {
        int r = recv(c, buf, sizeof buf, 0);
        SHOW("reject-client-recv", "%d %d", r, r == SOCKET_ERROR ? ERR() : 0);
    }
    closesocket(c);

    /* CF_DEFER: WSATRY_AGAIN, then the same connection is offered again. */
    c = connect_to(&addr);
    verdict = CF_DEFER;
    calls = 0;
    a = WSAAccept(l, NULL, NULL, condition, 0);
    SHOW("defer", "%d %d calls=%d", a != INVALID_SOCKET, ERR(), calls);
    verdict = CF_ACCEPT;
    caller_port = 0;
    a = WSAAccept(l, NULL, NULL, condition, 0);
    SHOW("defer-then-accept", "%d calls=%d same=%d", a != INVALID_SOCKET, calls, caller_port == local_port(c));
    send(c, "x", 1, 0);
    SHOW("defer-data", "%d", a == INVALID_SOCKET ? -1 : recv_all(a, buf, 1));
    closesocket(a);
    closesocket(c);

    /* A verdict that is none of CF_ACCEPT, CF_REJECT, CF_DEFER. */
    c = connect_to(&addr);
    verdict = 7;
    a = WSAAccept(l, NULL, NULL, condition, 0);
    SHOW("bad-verdict", "%d %d", a != INVALID_SOCKET, ERR());
    closesocket(c);

    /* No condition function: accept. */
    c = connect_to(&addr);
    a = WSAAccept(l, NULL, NULL, NULL, 0);
    SHOW("no-condition", "%d", a != INVALID_SOCKET);
    closesocket(a);
    closesocket(c);
    a = WSAAccept(socket(AF_INET, SOCK_STREAM, IPPROTO_TCP), NULL, NULL, NULL, 0);
    SHOW("not-listening", "%d %d", a != INVALID_SOCKET, ERR());

    /* WSAConnect: connect, with the callee data length set to 0. */
    {
        char data[16];
        WSABUF callee = {sizeof data, data};
        c2 = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        CHECK("wsaconnect", WSAConnect(c2, (struct sockaddr *)&addr, sizeof addr, NULL, &callee, NULL, NULL));
        SHOW("wsaconnect-callee-len", "%lu", (unsigned long)callee.len);
        a = accept(l, NULL, NULL);
        SHOW("wsaconnect-accepted", "%d", a != INVALID_SOCKET);
        CHECK("wsaconnect-again", WSAConnect(c2, (struct sockaddr *)&addr, sizeof addr, NULL, NULL, NULL, NULL));
        closesocket(a);
        closesocket(c2);
    }
    /* SO_CONDITIONAL_ACCEPT: a BOOL, FALSE by default, set and read back. */
    {
        BOOL on = 0;
        int ol = sizeof on, r;
        r = getsockopt(l, SOL_SOCKET, SO_CONDITIONAL_ACCEPT, (char *)&on, &ol);
        SHOW("conditional-accept-default", "%d %d %d", r, on, ol);
        on = TRUE;
        r = setsockopt(l, SOL_SOCKET, SO_CONDITIONAL_ACCEPT, (const char *)&on, sizeof on);
        SHOW("conditional-accept-set", "%d", r);
        on = 0;
        ol = sizeof on;
        r = getsockopt(l, SOL_SOCKET, SO_CONDITIONAL_ACCEPT, (char *)&on, &ol);
        SHOW("conditional-accept-get", "%d %d", r, on);
    }

    /* A too small addrlen: WSAEFAULT (last, so that a connection it may take matters to nothing after). */
    c = connect_to(&addr);
    len = 4;
    a = WSAAccept(l, (struct sockaddr *)&peer, &len, NULL, 0);
    SHOW("short-addrlen", "%d %d", a != INVALID_SOCKET, ERR());
    closesocket(c);
    closesocket(l);
    WSACleanup();
    SHOW("done", "%d", 1);
    return 0;
}
