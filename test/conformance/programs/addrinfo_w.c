/* GetAddrInfoW, GetNameInfoW and GetAddrInfoEx: the UTF-16 and extended name functions.
 * Wide results are printed as ASCII (every name here is ASCII).
 *
 * learn.microsoft.com/windows/win32/api/ws2tcpip/nf-ws2tcpip-getaddrinfow: "Success returns
 * zero. Failure returns a nonzero Windows Sockets error code"; the error codes are
 * getaddrinfo's (EAI_SERVICE = WSATYPE_NOT_FOUND, EAI_NONAME = WSAHOST_NOT_FOUND).
 * nf-ws2tcpip-getaddrinfoexw: "If the lpOverlapped parameter is not NULL ... the return value
 * is WSA_IO_PENDING" for an asynchronous call; "the completion routine" or "the hEvent member
 * of the OVERLAPPED structure" signals completion.
 * nf-ws2tcpip-getaddrinfoexoverlappedresult: "On success ... returns NO_ERROR (0)".
 * nf-ws2tcpip-getaddrinfoexcancel: "If the GetAddrInfoEx request has already completed or
 * timed out, or the handle is invalid, WSA_INVALID_HANDLE will be returned".
 * GetAddrInfoExA is in test/programs/names.c: Wine 8 does not implement it. */
#include "conf.h"

typedef INT(WSAAPI *overlapped_result_fn)(LPOVERLAPPED);
typedef INT(WSAAPI *cancel_fn)(LPHANDLE);

static void narrow(const WCHAR *w, char *out, size_t cap)
{
    size_t i = 0;
    for (; w && w[i] && i + 1 < cap; i++) out[i] = w[i] < 128 ? (char)w[i] : '?';
    out[i] = 0;
}

static int port_of(const struct sockaddr *sa)
{
    return ntohs(((const struct sockaddr_in *)sa)->sin_port);
}

static void show_w(const char *name, const ADDRINFOW *ai)
{
    int n = 0;
    for (; ai; ai = ai->ai_next, n++)
        if (n == 0)
            SHOW(name, "family=%d socktype=%d protocol=%d addrlen=%d port=%d canon=%d", ai->ai_family, ai->ai_socktype,
                 ai->ai_protocol, (int)ai->ai_addrlen, port_of(ai->ai_addr), ai->ai_canonname != NULL);
}

static HANDLE routine_done;
static DWORD routine_error = 0xDEAD;
static LPOVERLAPPED routine_overlapped;
static int routine_calls;

static void CALLBACK routine(DWORD dwError, DWORD dwBytes, LPWSAOVERLAPPED lpOverlapped)
{
    (void)dwBytes;
    routine_error = dwError;
    routine_overlapped = lpOverlapped;
    routine_calls++;
    SetEvent(routine_done);
}

int main(void)
{
    WSADATA wsa;
    ADDRINFOW hw, *rw = NULL;
    ADDRINFOEXW hx, *rx = NULL;
    HMODULE ws2;
    overlapped_result_fn overlapped_result;
    cancel_fn cancel;
    char text[128];
    int rc;

    SHOW("not-started", "%d", GetAddrInfoW(L"127.0.0.1", NULL, NULL, &rw));
    WSAStartup(MAKEWORD(2, 2), &wsa);
    ws2 = LoadLibraryA("ws2_32.dll");
    overlapped_result = (overlapped_result_fn)(void *)GetProcAddress(ws2, "GetAddrInfoExOverlappedResult");
    cancel = (cancel_fn)(void *)GetProcAddress(ws2, "GetAddrInfoExCancel");
    SHOW("procs", "%d %d", overlapped_result != NULL, cancel != NULL);

    memset(&hw, 0, sizeof hw);
    hw.ai_family = AF_INET;
    hw.ai_socktype = SOCK_STREAM;
    hw.ai_protocol = IPPROTO_TCP;
    rc = GetAddrInfoW(L"127.0.0.1", L"8080", &hw, &rw);
    SHOW("gaiw-numeric-rc", "%d", rc);
    if (rc == 0) {
        char host[INET6_ADDRSTRLEN];
        show_w("gaiw-numeric", rw);
        inet_ntop(AF_INET, &((struct sockaddr_in *)rw->ai_addr)->sin_addr, host, sizeof host);
        SHOW("gaiw-numeric-addr", "%s", host);
        SHOW("gaiw-numeric-one", "%d", rw->ai_next == NULL);
        FreeAddrInfoW(rw);
    }
    hw.ai_flags = AI_CANONNAME;
    rc = GetAddrInfoW(L"localhost", NULL, &hw, &rw);
    SHOW("gaiw-canon-rc", "%d", rc);
    if (rc == 0) {
        ADDRINFOA ha, *ra = NULL;
        narrow(rw->ai_canonname, text, sizeof text);
        memset(&ha, 0, sizeof ha);
        ha.ai_family = AF_INET;
        ha.ai_flags = AI_CANONNAME;
        getaddrinfo("localhost", NULL, &ha, &ra);
        SHOW("gaiw-canon-same-as-a", "%d", ra && ra->ai_canonname && strcmp(ra->ai_canonname, text) == 0 && text[0]);
        if (ra) freeaddrinfo(ra);
        FreeAddrInfoW(rw);
    }
    hw.ai_flags = 0;
    rc = GetAddrInfoW(L"127.0.0.1", L"no-such-service", &hw, &rw);
    SHOW("gaiw-bad-service", "%d %d", rc, ERR());
    SHOW("gaiw-no-name-no-service", "%d", GetAddrInfoW(NULL, NULL, &hw, &rw));
    rc = GetAddrInfoW(L"no-such-host.invalid", NULL, &hw, &rw);
    SHOW("gaiw-unknown-host", "%d %d", rc, ERR());

    {
        struct sockaddr_in sa = loopback(443);
        WCHAR host[NI_MAXHOST], serv[NI_MAXSERV], tiny[3];
        sa.sin_addr.s_addr = inet_addr("10.1.2.3");
        rc = GetNameInfoW((struct sockaddr *)&sa, sizeof sa, host, NI_MAXHOST, serv, NI_MAXSERV,
                          NI_NUMERICHOST | NI_NUMERICSERV);
        narrow(host, text, sizeof text);
        SHOW("gniw-numeric", "%d %s", rc, text);
        narrow(serv, text, sizeof text);
        SHOW("gniw-numeric-serv", "%s", text);
        rc = GetNameInfoW((struct sockaddr *)&sa, sizeof sa, host, NI_MAXHOST, serv, NI_MAXSERV, NI_NUMERICHOST);
        narrow(serv, text, sizeof text);
        SHOW("gniw-named-serv", "%d %s", rc, text);
        SHOW("gniw-short-salen", "%d", GetNameInfoW((struct sockaddr *)&sa, 4, host, NI_MAXHOST, NULL, 0, NI_NUMERICHOST));
        rc = GetNameInfoW((struct sockaddr *)&sa, sizeof sa, tiny, 3, NULL, 0, NI_NUMERICHOST);
        SHOW("gniw-tiny-host", "%d %d", rc, ERR());
    }

    memset(&hx, 0, sizeof hx);
    hx.ai_family = AF_INET6;
    hx.ai_socktype = SOCK_STREAM;
    rc = GetAddrInfoExW(L"::1", L"http", NS_DNS, NULL, &hx, &rx, NULL, NULL, NULL, NULL);
    SHOW("gaiexw-rc", "%d", rc);
    if (rc == 0) {
        SHOW("gaiexw", "family=%d socktype=%d addrlen=%d port=%d blob=%d provider=%d one=%d", rx->ai_family,
             rx->ai_socktype, (int)rx->ai_addrlen, port_of(rx->ai_addr), rx->ai_blob != NULL, rx->ai_provider != NULL,
             rx->ai_next == NULL);
        FreeAddrInfoExW(rx);
    }
    SHOW("gaiexw-unknown-host", "%d", GetAddrInfoExW(L"no-such-host.invalid", NULL, NS_ALL, NULL, NULL, &rx, NULL, NULL, NULL, NULL));

    /* Asynchronous: an event. */
    {
        OVERLAPPED ov;
        HANDLE h = NULL;
        memset(&ov, 0, sizeof ov);
        ov.hEvent = CreateEventA(NULL, TRUE, FALSE, NULL);
        rx = NULL;
        rc = GetAddrInfoExW(L"127.0.0.1", L"80", NS_ALL, NULL, NULL, &rx, NULL, &ov, NULL, &h);
        SHOW("async-event-rc", "%d", rc);
        SHOW("async-event-wait", "%lu", (unsigned long)WaitForSingleObject(ov.hEvent, 5000));
        SHOW("async-event-result", "%d", overlapped_result ? overlapped_result(&ov) : -1);
        SHOW("async-event-list", "%d %d", rx != NULL, rx ? port_of(rx->ai_addr) : 0);
        SHOW("async-handle", "%d", h != NULL);
        SHOW("async-cancel-done", "%d", cancel ? cancel(&h) : -1);
        if (rx) FreeAddrInfoExW(rx);
        CloseHandle(ov.hEvent);
    }
    /* Asynchronous: a completion routine, and a failure delivered through it. */
    {
        OVERLAPPED ov;
        memset(&ov, 0, sizeof ov);
        routine_done = CreateEventA(NULL, TRUE, FALSE, NULL);
        rx = NULL;
        rc = GetAddrInfoExW(L"127.0.0.1", L"80", NS_ALL, NULL, NULL, &rx, NULL, &ov,
                            (LPLOOKUPSERVICE_COMPLETION_ROUTINE)routine, NULL);
        SHOW("async-routine-rc", "%d", rc);
        SHOW("async-routine-wait", "%lu", (unsigned long)WaitForSingleObject(routine_done, 5000));
        SHOW("async-routine", "%lu %d %d", (unsigned long)routine_error, routine_overlapped == &ov, routine_calls);
        if (rx) FreeAddrInfoExW(rx);
        ResetEvent(routine_done);
        memset(&ov, 0, sizeof ov);
        rx = NULL;
        rc = GetAddrInfoExW(L"no-such-host.invalid", NULL, NS_ALL, NULL, NULL, &rx, NULL, &ov,
                            (LPLOOKUPSERVICE_COMPLETION_ROUTINE)routine, NULL);
        SHOW("async-fail-rc", "%d", rc);
        SHOW("async-fail-wait", "%lu", (unsigned long)WaitForSingleObject(routine_done, 10000));
        SHOW("async-fail", "%lu %d %d", (unsigned long)routine_error, overlapped_result ? overlapped_result(&ov) : -1,
             rx == NULL);
        CloseHandle(routine_done);
    }
    SHOW("overlapped-result-null", "%d", overlapped_result ? overlapped_result(NULL) : -1);

    WSACleanup();
    SHOW("done", "%d", 1);
    return 0;
}
