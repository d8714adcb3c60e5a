/* The message loop beside sockets, in the ways real programs use it: a PeekMessage game loop
 * that never waits, timers and socket messages in one GetMessage loop, FD_READ re-posted
 * while data remains, an alertable MsgWaitForMultipleObjectsEx running a completion routine,
 * WaitMessage, HWND_BROADCAST, child windows destroyed with their parent, and a window
 * destroyed under a WSAAsyncSelect. Prints "name: value" lines (test/integration/winloop.test.ts). */
#include <winsock2.h>
#include <windows.h>
#include <stdio.h>
#include <string.h>

#define WM_SOCK (WM_USER + 1)
#define SHOW(name, fmt, ...) do { printf("%s: " fmt "\n", name, __VA_ARGS__); fflush(stdout); } while (0)

static char log_buf[256];
static void note(const char *tag, UINT m)
{
    size_t n = strlen(log_buf);
    if (n + 16 < sizeof log_buf) snprintf(log_buf + n, sizeof log_buf - n, "%s%s%04x", n ? " " : "", tag, m);
}

static SOCKET client, server, listener;
static int reads, accepted, connected, timers;

static LRESULT CALLBACK proc(HWND h, UINT m, WPARAM w, LPARAM l)
{
    const char *tag = (const char *)GetWindowLongPtrA(h, GWLP_USERDATA);
    if (tag && (m == WM_DESTROY || m == WM_NCDESTROY || m == WM_SHOWWINDOW)) note(tag, m);
    if (m == WM_TIMER) timers++;
    if (m == WM_SOCK) {
        SOCKET s = (SOCKET)w;
        int ev = WSAGETSELECTEVENT(l);
        char c;
        if (s == listener && ev == FD_ACCEPT) { server = accept(listener, NULL, NULL); accepted++; }
        if (s == client && ev == FD_CONNECT) connected = 1 + WSAGETSELECTERROR(l);
        /* One byte per FD_READ: "if data remains after recv, another FD_READ is posted". */
        if (s == client && ev == FD_READ && recv(client, &c, 1, 0) == 1) reads++;
    }
    if (m == WM_APP + 1) note(tag ? tag : "?", m);
    return DefWindowProcA(h, m, w, l);
}

static HWND make(HWND parent, DWORD style, const char *tag)
{
    HWND h = CreateWindowExA(0, "winloop", "", style, 0, 0, 0, 0, parent, NULL, NULL, NULL);
    if (h) SetWindowLongPtrA(h, GWLP_USERDATA, (LONG_PTR)tag);
    return h;
}

static int routine_calls;
static void CALLBACK on_recv(DWORD error, DWORD bytes, LPWSAOVERLAPPED ov, DWORD flags)
{
    (void)ov, (void)flags;
    routine_calls++;
    SHOW("routine", "%lu %lu", (unsigned long)error, (unsigned long)bytes);
}

static void pump(void)
{
    MSG m;
    while (PeekMessageA(&m, NULL, 0, 0, PM_REMOVE)) DispatchMessageA(&m);
}

int main(void)
{
    WSADATA wsa;
    WNDCLASSA wc;
    HWND h, p, c, top, gone;
    MSG m;
    struct sockaddr_in a;
    int len = sizeof a, frames = 0;
    DWORD r, start;

    WSAStartup(MAKEWORD(2, 2), &wsa);
    memset(&wc, 0, sizeof wc);
    wc.lpfnWndProc = proc;
    wc.lpszClassName = "winloop";
    RegisterClassA(&wc);
    h = make(HWND_MESSAGE, 0, NULL);

    /* Children and owned windows go with their parent: WM_DESTROY parent first, WM_NCDESTROY child first. */
    p = make(HWND_MESSAGE, 0, "p");
    c = make(p, WS_CHILD, "c");
    SHOW("child", "%d", c != NULL);
    DestroyWindow(p);
    SHOW("destroy-tree", "%s", log_buf);
    SHOW("child-gone", "%d", IsWindow(c));
    log_buf[0] = 0;
    SetLastError(0);
    SHOW("child-without-parent", "%d %lu", make(NULL, WS_CHILD, "x") != NULL, (unsigned long)GetLastError());

    /* What classic WinMain code does around its window: predefined cursors and icons, a stock
     * brush, ShowWindow and UpdateWindow. */
    {
        HCURSOR arrow = LoadCursor(NULL, IDC_ARROW);
        HWND shown;
        SHOW("loadcursor", "%d %d", arrow != NULL, arrow == LoadCursorA(NULL, IDC_ARROW));
        SHOW("loadicon", "%d %d", LoadIcon(NULL, IDI_APPLICATION) != NULL, LoadIcon(NULL, IDI_APPLICATION) != (HICON)arrow);
        SetLastError(0);
        SHOW("loadcursor-not-predefined", "%d %lu", LoadCursorA(NULL, MAKEINTRESOURCEA(1)) != NULL, (unsigned long)GetLastError());
        SetLastError(0);
        SHOW("loadicon-own-resource", "%d %lu", LoadIconA(GetModuleHandleA(NULL), "APPICON") != NULL, (unsigned long)GetLastError());
        SHOW("stock-object", "%d %d %d", GetStockObject(WHITE_BRUSH) != NULL, GetStockObject(WHITE_BRUSH) == GetStockObject(WHITE_BRUSH),
             GetStockObject(STOCK_LAST + 1) == NULL);
        shown = make(NULL, WS_OVERLAPPEDWINDOW, "s");
        SHOW("showwindow", "%d %d", ShowWindow(shown, SW_SHOWNORMAL), IsWindowVisible(shown));
        SHOW("showwindow-again", "%d %d", ShowWindow(shown, SW_SHOW), UpdateWindow(shown));
        SHOW("showwindow-hide", "%d %d", ShowWindow(shown, SW_HIDE), IsWindowVisible(shown));
        SHOW("show-messages", "%s", log_buf);
        log_buf[0] = 0;
        DestroyWindow(shown);
        log_buf[0] = 0;
    }

    /* HWND_BROADCAST reaches top-level windows, not message-only ones. */
    top = make(NULL, WS_OVERLAPPEDWINDOW, "t");
    SetWindowLongPtrA(h, GWLP_USERDATA, (LONG_PTR)"m");
    PostMessageA(HWND_BROADCAST, WM_APP + 1, 0, 0);
    pump();
    SHOW("broadcast", "%s", log_buf);
    log_buf[0] = 0;
    SetWindowLongPtrA(h, GWLP_USERDATA, 0);
    DestroyWindow(top);

    /* A game loop: PeekMessage, never a wait, and the connection still comes. */
    listener = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(listener, (struct sockaddr *)&a, sizeof a);
    listen(listener, 4);
    getsockname(listener, (struct sockaddr *)&a, &len);
    WSAAsyncSelect(listener, h, WM_SOCK, FD_ACCEPT);
    client = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    WSAAsyncSelect(client, h, WM_SOCK, FD_CONNECT | FD_READ);
    connect(client, (struct sockaddr *)&a, sizeof a);
    start = GetTickCount();
    while ((!accepted || !connected) && GetTickCount() - start < 10000) { pump(); frames++; }
    SHOW("game-loop", "%d %d %d", accepted, connected, frames > 0);

    /* FD_READ again for each byte left, and a timer in the same GetMessage loop. */
    send(server, "abc", 3, 0);
    SetTimer(h, 1, 30, NULL);
    while ((reads < 3 || timers < 2) && GetMessageA(&m, NULL, 0, 0) > 0) DispatchMessageA(&m);
    KillTimer(h, 1);
    SHOW("reads-and-timers", "%d %d", reads, timers >= 2);

    /* MWMO_ALERTABLE: a completion routine runs, and the wait says WAIT_IO_COMPLETION. */
    {
        WSAOVERLAPPED ov;
        WSABUF b;
        char buf[8];
        DWORD flags = 0;
        WSAAsyncSelect(client, h, 0, 0);
        memset(&ov, 0, sizeof ov);
        b.buf = buf;
        b.len = sizeof buf;
        WSARecv(client, &b, 1, NULL, &flags, &ov, on_recv);
        send(server, "xy", 2, 0);
        r = MsgWaitForMultipleObjectsEx(0, NULL, 5000, QS_ALLINPUT, MWMO_ALERTABLE);
        SHOW("msgwait-alertable", "%lx %d", (unsigned long)r, routine_calls);
    }

    /* WaitMessage: a message posted before it is new; after a look only a new one ends it. */
    PostMessageA(h, WM_USER + 9, 0, 0);
    SHOW("waitmessage-posted", "%d", WaitMessage());
    GetQueueStatus(QS_ALLINPUT);
    SetTimer(h, 2, 20, NULL);
    start = GetTickCount();
    SHOW("waitmessage-timer", "%d %d", WaitMessage(), GetTickCount() - start >= 10);
    KillTimer(h, 2);
    pump();

    /* A window destroyed under a WSAAsyncSelect: the events have nowhere to go, and nothing breaks. */
    gone = make(HWND_MESSAGE, 0, NULL);
    WSAAsyncSelect(client, gone, WM_SOCK, FD_READ | FD_CLOSE);
    DestroyWindow(gone);
    send(server, "z", 1, 0);
    closesocket(server);
    Sleep(50);
    SHOW("destroyed-target", "%d", PeekMessageA(&m, NULL, 0, 0, PM_REMOVE));
    closesocket(client);
    closesocket(listener);
    DestroyWindow(h);
    WSACleanup();
    return 0;
}
