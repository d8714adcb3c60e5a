/* WSAAsyncSelect: a client and a server in one message loop over loopback, and the
 * WSAAsyncGet* look-ups answered as messages.
 *
 * learn.microsoft.com/windows/win32/api/winsock/nf-winsock-wsaasyncselect: "When one of the
 * nominated network events occurs on the specified socket s, the application window hWnd
 * receives message wMsg. The wParam parameter identifies the socket on which a network event
 * has occurred. The low word of lParam specifies the network event that has occurred. The high
 * word of lParam contains any error code." "The WSAAsyncSelect function automatically sets
 * socket s to nonblocking mode." "Issuing a WSAAsyncSelect for a socket cancels any previous
 * WSAAsyncSelect or WSAEventSelect for the same socket." "To set the socket back to blocking
 * mode, an application must first disable WSAAsyncSelect by calling WSAAsyncSelect with the
 * lEvent parameter equal to zero". "Any WSAAsyncSelect or WSAEventSelect events set for the
 * listening socket apply to the accepted socket."
 * nf-winsock-wsaasyncgethostbyname: "When the asynchronous operation has completed, the
 * application window indicated by the hWnd parameter receives message in the wMsg parameter.
 * The wParam parameter contains the asynchronous task handle as returned by the original
 * function call. The high 16 bits of lParam contain any error code." */
#include "conf.h"

#define WM_SOCK (WM_USER + 1)
#define WM_REFUSED (WM_USER + 2)
#define WM_HOST (WM_USER + 3)
#define WM_SERV (WM_USER + 4)
#define WM_PROTO (WM_USER + 5)

static SOCKET l = INVALID_SOCKET, c = INVALID_SOCKET, s = INVALID_SOCKET;
static char log_l[128], log_c[128], log_s[128];
static int closed;

static void add(char *log, size_t cap, const char *what, int error)
{
    size_t n = strlen(log);
    if (error) snprintf(log + n, cap - n, "%s%s(%d)", n ? " " : "", what, error);
    else snprintf(log + n, cap - n, "%s%s", n ? " " : "", what);
}

static const char *event_name(int e)
{
    switch (e) {
    case FD_READ: return "READ";
    case FD_WRITE: return "WRITE";
    case FD_OOB: return "OOB";
    case FD_ACCEPT: return "ACCEPT";
    case FD_CONNECT: return "CONNECT";
    case FD_CLOSE: return "CLOSE";
    default: return "?";
    }
}

static void on_socket(SOCKET sock, int event, int error)
{
    char buf[64];
    int n;
    char *log = sock == l ? log_l : sock == c ? log_c : sock == s ? log_s : NULL;
    if (!log) return;
    add(log, 128, event_name(event), error);
    if (sock == l && event == FD_ACCEPT) {
        s = accept(l, NULL, NULL);
        SHOW("accept", "%d", s != INVALID_SOCKET);
    } else if (sock == c && event == FD_WRITE) {
        SHOW("client-send", "%d", send(c, "ping", 4, 0));
    } else if (sock == s && event == FD_READ) {
        n = recv(s, buf, sizeof buf, 0);
        SHOW("server-recv", "%d %.*s", n, n > 0 ? n : 0, buf);
        SHOW("server-send", "%d", send(s, "pong", 4, 0));
        n = recv(s, buf, sizeof buf, 0);
        SHOW("server-recv-empty", "%d %d", n, n < 0 ? WSAGetLastError() : 0);
    } else if (sock == c && event == FD_READ) {
        n = recv(c, buf, sizeof buf, 0);
        SHOW("client-recv", "%d %.*s", n, n > 0 ? n : 0, buf);
        SHOW("client-shutdown", "%d", shutdown(c, SD_SEND));
    } else if (sock == s && event == FD_CLOSE) {
        n = recv(s, buf, sizeof buf, 0);
        SHOW("server-recv-eof", "%d", n);
        closesocket(s);
    } else if (sock == c && event == FD_CLOSE) {
        closed = 1;
        PostQuitMessage(0);
    }
}

static HANDLE task_host, task_small, task_unknown, task_serv, task_proto;
static char host_buf[MAXGETHOSTSTRUCT], small_buf[8], unknown_buf[MAXGETHOSTSTRUCT], serv_buf[MAXGETHOSTSTRUCT],
    proto_buf[MAXGETHOSTSTRUCT];
static int answers;

static int inside(const void *p, const char *buf, size_t n) { return (const char *)p >= buf && (const char *)p < buf + n; }

static void on_answer(UINT m, WPARAM w, LPARAM lp)
{
    HANDLE task = (HANDLE)w;
    int error = WSAGETASYNCERROR(lp), len = WSAGETASYNCBUFLEN(lp);
    answers++;
    if (m == WM_HOST && task == task_host) {
        struct hostent *he = (struct hostent *)host_buf;
        struct in_addr a;
        memcpy(&a, he->h_addr_list[0], 4);
        SHOW("host-answer", "%d %d %d %d %s", error, len > 0 && len <= MAXGETHOSTSTRUCT, he->h_addrtype, he->h_length,
             inet_ntoa(a));
        SHOW("host-inside-buffer", "%d %d %d", inside(he->h_name, host_buf, sizeof host_buf),
             inside(he->h_addr_list, host_buf, sizeof host_buf), inside(he->h_addr_list[0], host_buf, sizeof host_buf));
    } else if (m == WM_HOST && task == task_small) {
        SHOW("host-small-buffer", "%d %d", error, len > (int)sizeof small_buf);
    } else if (m == WM_HOST && task == task_unknown) {
        SHOW("host-unknown", "%d", error);
    } else if (m == WM_SERV && task == task_serv) {
        struct servent *se = (struct servent *)serv_buf;
        SHOW("serv-answer", "%d %s %d %s %d", error, se->s_name, ntohs(se->s_port), se->s_proto,
             inside(se->s_proto, serv_buf, sizeof serv_buf));
    } else if (m == WM_PROTO && task == task_proto) {
        struct protoent *pe = (struct protoent *)proto_buf;
        SHOW("proto-answer", "%d %s %d", error, pe->p_name, pe->p_proto);
    } else {
        SHOW("unexpected-answer", "%x", m);
    }
}

static LRESULT CALLBACK proc(HWND h, UINT m, WPARAM w, LPARAM lp)
{
    if (m == WM_SOCK) { on_socket((SOCKET)w, WSAGETSELECTEVENT(lp), WSAGETSELECTERROR(lp)); return 0; }
    if (m == WM_REFUSED) {
        SHOW("refused-message", "%s %d", event_name(WSAGETSELECTEVENT(lp)), WSAGETSELECTERROR(lp));
        closesocket((SOCKET)w);
        return 0;
    }
    if (m == WM_HOST || m == WM_SERV || m == WM_PROTO) { on_answer(m, w, lp); return 0; }
    return DefWindowProcA(h, m, w, lp);
}

int main(void)
{
    WSADATA wsa;
    WNDCLASSA wc;
    HWND h;
    MSG msg;
    struct sockaddr_in addr;
    u_long arg;
    int len = sizeof addr, r, e, got;
    SOCKET r_sock, extra;

    if (WSAStartup(MAKEWORD(2, 2), &wsa)) die("startup");
    memset(&wc, 0, sizeof wc);
    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "asyncselect";
    RegisterClassA(&wc);
    h = CreateWindowExA(0, "asyncselect", "", 0, 0, 0, 0, 0, HWND_MESSAGE, NULL, wc.hInstance, NULL);
    if (!h) die("window");

    /* Argument checks. */
    extra = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    CHECK("bad-socket", WSAAsyncSelect((SOCKET)0x4321, h, WM_SOCK, FD_READ));
    CHECK("select", WSAAsyncSelect(extra, h, WM_SOCK, FD_READ | FD_WRITE));
    arg = 0;
    CHECK("fionbio-off-while-selected", ioctlsocket(extra, FIONBIO, &arg));
    CHECK("cancel", WSAAsyncSelect(extra, h, 0, 0));
    CHECK("fionbio-off-after-cancel", ioctlsocket(extra, FIONBIO, &arg));
    {
        /* A WSAEventSelect replaces the WSAAsyncSelect: no message comes for it. */
        WSAEVENT ev = WSACreateEvent();
        CHECK("select-again", WSAAsyncSelect(extra, h, WM_SOCK, FD_WRITE));
        CHECK("eventselect-replaces", WSAEventSelect(extra, ev, FD_WRITE));
        CHECK("eventselect-cancel", WSAEventSelect(extra, NULL, 0));
        WSACloseEvent(ev);
    }
    closesocket(extra);

    /* The client and the server. */
    l = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    addr = loopback(0);
    if (bind(l, (struct sockaddr *)&addr, sizeof addr)) die("bind");
    CHECK("listener-select", WSAAsyncSelect(l, h, WM_SOCK, FD_ACCEPT | FD_READ | FD_WRITE | FD_CLOSE));
    if (listen(l, 4)) die("listen");
    getsockname(l, (struct sockaddr *)&addr, &len);
    c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    CHECK("client-select", WSAAsyncSelect(c, h, WM_SOCK, FD_CONNECT | FD_READ | FD_WRITE | FD_CLOSE));
    r = connect(c, (struct sockaddr *)&addr, sizeof addr);
    e = WSAGetLastError();
    SHOW("client-connect", "%d %d", r, r ? e : 0);

    /* A refused connect reports FD_CONNECT with the error. */
    {
        struct sockaddr_in closed_port;
        SOCKET t = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        int tl = sizeof closed_port;
        closed_port = loopback(0);
        bind(t, (struct sockaddr *)&closed_port, sizeof closed_port);
        getsockname(t, (struct sockaddr *)&closed_port, &tl);
        closesocket(t);
        r_sock = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        WSAAsyncSelect(r_sock, h, WM_REFUSED, FD_CONNECT);
        r = connect(r_sock, (struct sockaddr *)&closed_port, sizeof closed_port);
        e = WSAGetLastError();
        SHOW("refused-connect", "%d %d", r, r ? e : 0);
    }

    while (!closed && (got = GetMessageA(&msg, NULL, 0, 0)) > 0) DispatchMessageA(&msg);
    /* The refused connect may still be on its way. */
    while (PeekMessageA(&msg, NULL, 0, 0, PM_REMOVE) || MsgWaitForMultipleObjects(0, NULL, FALSE, 200, QS_ALLINPUT) == 0)
        if (msg.message != WM_QUIT) DispatchMessageA(&msg);
    SHOW("listener-events", "%s", log_l);
    SHOW("client-events", "%s", log_c);
    SHOW("server-events", "%s", log_s);
    closesocket(c);
    closesocket(l);

    /* The database look-ups, answered as messages. */
    task_host = WSAAsyncGetHostByName(h, WM_HOST, "localhost", host_buf, sizeof host_buf);
    task_small = WSAAsyncGetHostByName(h, WM_HOST, "localhost", small_buf, sizeof small_buf);
    task_unknown = WSAAsyncGetHostByName(h, WM_HOST, "no-such-host.invalid", unknown_buf, sizeof unknown_buf);
    task_serv = WSAAsyncGetServByName(h, WM_SERV, "http", "tcp", serv_buf, sizeof serv_buf);
    task_proto = WSAAsyncGetProtoByNumber(h, WM_PROTO, 17, proto_buf, sizeof proto_buf);
    SHOW("tasks", "%d %d %d %d %d", task_host != NULL, task_small != NULL, task_unknown != NULL, task_serv != NULL,
         task_proto != NULL);
    while (answers < 5 && GetMessageA(&msg, NULL, 0, 0) > 0) DispatchMessageA(&msg);
    CHECK("cancel-completed", WSACancelAsyncRequest(task_host));

    DestroyWindow(h);
    WSACleanup();
    return 0;
}
