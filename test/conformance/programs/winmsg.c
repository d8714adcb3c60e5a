/* The windowless message loop: window classes, message-only windows, the message queue,
 * timers and MsgWaitForMultipleObjects.
 *
 * learn.microsoft.com/windows/win32/api/winuser/nf-winuser-getmessage: "If the function
 * retrieves the WM_QUIT message, the return value is zero. If there is an error, the return
 * value is -1. For example, the function fails if hWnd is an invalid window handle".
 * nf-winuser-peekmessagea: "PeekMessage always retrieves WM_QUIT messages, no matter which
 * values you specify for wMsgFilterMin and wMsgFilterMax"; hWnd -1 "retrieves only messages on
 * the current thread's message queue whose hwnd value is NULL".
 * nf-winuser-postthreadmessagea: "GetLastError returns ERROR_INVALID_THREAD_ID if idThread is
 * not a valid thread identifier".
 * nf-winuser-msgwaitformultipleobjects: "WAIT_OBJECT_0 + nCount: New input of the type
 * specified in the dwWakeMask parameter is available"; it "does not return if there is unread
 * input of the specified type in the message queue after the thread has called a function to
 * check the queue", unless MWMO_INPUTAVAILABLE is given.
 * nf-winuser-settimer: "If the hWnd parameter is NULL, and the nIDEvent does not match an
 * existing timer then it is ignored and a new timer ID is generated."
 * WM_NCCREATE: "If the application returns FALSE, the CreateWindow or CreateWindowEx function
 * will return a NULL handle." WM_CREATE: "If an application returns -1, the window is
 * destroyed". */
#include "conf.h"

#define WM_PROBE (WM_USER + 10)

static char log_buf[512];
static int logging;
static const void *create_param;

static void note(const char *tag, UINT m)
{
    size_t n = strlen(log_buf);
    if (logging && n + 16 < sizeof log_buf) snprintf(log_buf + n, sizeof log_buf - n, "%s%s%04x", n ? " " : "", tag, m);
}

static void show_log(const char *name)
{
    SHOW(name, "%s", log_buf);
    log_buf[0] = 0;
}

static LRESULT CALLBACK proc(HWND h, UINT m, WPARAM w, LPARAM l)
{
    const char *tag = (const char *)GetWindowLongPtrA(h, GWLP_USERDATA);
    note(tag ? tag : "", m);
    if (m == WM_CREATE) create_param = ((CREATESTRUCTA *)l)->lpCreateParams;
    if (m == WM_PROBE) return 42 + (LRESULT)w;
    if (m == WM_TIMER) note("timer=", (UINT)w);
    return DefWindowProcA(h, m, w, l);
}

static LRESULT CALLBACK refuse_nccreate(HWND h, UINT m, WPARAM w, LPARAM l)
{
    note("", m);
    if (m == WM_NCCREATE) return FALSE;
    return DefWindowProcA(h, m, w, l);
}

static LRESULT CALLBACK refuse_create(HWND h, UINT m, WPARAM w, LPARAM l)
{
    note("", m);
    if (m == WM_CREATE) return -1;
    return DefWindowProcA(h, m, w, l);
}

static int timer_calls;
static UINT timer_msg;
static HWND timer_hwnd;
static void CALLBACK on_timer(HWND h, UINT m, UINT_PTR id, DWORD t)
{
    (void)id, (void)t;
    timer_calls++;
    timer_msg = m;
    timer_hwnd = h;
}

static HWND make(const char *cls, HWND parent, DWORD style, const char *tag)
{
    HWND h = CreateWindowExA(0, cls, "w", style, 0, 0, 0, 0, parent, NULL, GetModuleHandleA(NULL), NULL);
    if (h) SetWindowLongPtrA(h, GWLP_USERDATA, (LONG_PTR)tag);
    return h;
}

/* Result and last error of a user32 call, the error read after the call. */
#define CALL(name, expr) do { DWORD e_; long long r_; SetLastError(0xDEAD); r_ = (long long)(expr); e_ = GetLastError(); \
    SHOW(name, "%lld %lu", r_, r_ ? 0UL : (unsigned long)e_); } while (0)

int main(void)
{
    WNDCLASSA wc;
    WNDCLASSEXA wx;
    MSG msg;
    HWND h, gone;
    HANDLE ev;
    DWORD r, e;
    ATOM atom;
    int got, i;

    memset(&wc, 0, sizeof wc);
    wc.lpfnWndProc = proc;
    wc.cbWndExtra = 8;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "winmsg";
    atom = RegisterClassA(&wc);
    SHOW("register", "%d", atom != 0);
    CALL("register-again", RegisterClassA(&wc));
    memset(&wx, 0, sizeof wx);
    wx.cbSize = sizeof wx - 4;
    wx.lpfnWndProc = proc;
    wx.lpszClassName = "winmsg-ex";
    CALL("register-ex-bad-size", RegisterClassExA(&wx));
    wx.cbSize = sizeof wx;
    SHOW("register-ex", "%d", RegisterClassExA(&wx) != 0);
    wc.lpfnWndProc = refuse_nccreate;
    wc.lpszClassName = "winmsg-no-nc";
    RegisterClassA(&wc);
    wc.lpfnWndProc = refuse_create;
    wc.lpszClassName = "winmsg-no-create";
    RegisterClassA(&wc);

    /* Creation. */
    logging = 1;
    h = CreateWindowExA(0, "WINMSG", "w", 0, 0, 0, 0, 0, HWND_MESSAGE, NULL, GetModuleHandleA(NULL), (LPVOID)&atom);
    SHOW("create-message-only", "%d", h != NULL);
    show_log("create-messages");
    SHOW("create-param", "%d", create_param == &atom);
    SetWindowLongPtrA(h, GWLP_USERDATA, (LONG_PTR)"");
    SHOW("iswindow", "%d", IsWindow(h));
    gone = CreateWindowExA(0, MAKEINTATOM(atom), "w", 0, 0, 0, 0, 0, HWND_MESSAGE, NULL, NULL, NULL);
    SHOW("create-by-atom", "%d", gone != NULL);
    DestroyWindow(gone);
    log_buf[0] = 0;
    SetLastError(0xDEAD);
    gone = CreateWindowExA(0, "winmsg-no-nc", "w", 0, 0, 0, 0, 0, HWND_MESSAGE, NULL, NULL, NULL);
    SHOW("create-nccreate-false", "%d", gone != NULL);
    show_log("create-nccreate-false-messages");
    gone = CreateWindowExA(0, "winmsg-no-create", "w", 0, 0, 0, 0, 0, HWND_MESSAGE, NULL, NULL, NULL);
    SHOW("create-create-minus-one", "%d", gone != NULL);
    show_log("create-create-minus-one-messages");
    logging = 0;

    /* Window longs. */
    CALL("setlong-extra", SetWindowLongA(h, 4, 77));
    CALL("getlong-extra", GetWindowLongA(h, 4));
    CALL("getlong-past-extra", GetWindowLongA(h, 8));
    SHOW("getlong-wndproc", "%d", (WNDPROC)GetWindowLongPtrA(h, GWLP_WNDPROC) == proc);

    /* SendMessage calls the window procedure now. */
    CALL("sendmessage", SendMessageA(h, WM_PROBE, 1, 0));

    /* Posted messages come in order; WM_QUIT after the posted ones, whatever the filter. */
    PostMessageA(h, WM_USER + 1, 11, 12);
    got = PeekMessageA(&msg, h, WM_USER + 9, WM_USER + 9, PM_REMOVE);
    SHOW("peek-range-empty", "%d", got);
    got = PeekMessageA(&msg, (HWND)-1, 0, 0, PM_REMOVE);
    SHOW("peek-thread-only-empty", "%d", got);
    got = PeekMessageA(&msg, NULL, 0, 0, PM_REMOVE);
    SHOW("peek-remove", "%d %x", got, msg.message);
    PostMessageA(h, WM_USER + 1, 11, 12);
    PostMessageA(NULL, WM_USER + 2, 21, 22);
    PostThreadMessageA(GetCurrentThreadId(), WM_USER + 3, 31, 32);
    PostQuitMessage(7);
    PostMessageA(h, WM_USER + 4, 41, 42);
    r = GetQueueStatus(QS_POSTMESSAGE);
    SHOW("queue-status-posted", "%d %d", HIWORD(r) != 0, LOWORD(r) != 0);
    r = GetQueueStatus(QS_POSTMESSAGE);
    SHOW("queue-status-again", "%d %d", HIWORD(r) != 0, LOWORD(r) != 0);
    got = PeekMessageA(&msg, NULL, WM_USER + 4, WM_USER + 4, PM_NOREMOVE);
    SHOW("peek-range-noremove", "%d %x %d", got, msg.message, msg.hwnd == h);
    got = PeekMessageA(&msg, (HWND)-1, 0, 0, PM_REMOVE);
    SHOW("peek-thread-only", "%d %x %d", got, msg.message, (int)msg.wParam);
    for (i = 0; i < 5; i++) {
        char name[32];
        int ret = GetMessageA(&msg, NULL, 0, 0);
        snprintf(name, sizeof name, "get-%d", i);
        SHOW(name, "%d %x %s %d %d", ret, msg.message, msg.hwnd == h ? "h" : msg.hwnd ? "?" : "0", (int)msg.wParam,
             (int)msg.lParam);
        if (ret == 0) break;
        DispatchMessageA(&msg);
    }
    got = PeekMessageA(&msg, NULL, 0, 0, PM_REMOVE);
    SHOW("peek-after-quit", "%d", got);

    PostQuitMessage(3);
    PostMessageA(h, WM_USER + 5, 0, 0);
    got = PeekMessageA(&msg, NULL, WM_USER + 6, WM_USER + 7, PM_REMOVE);
    SHOW("peek-quit-outside-filter", "%d %x %d", got, msg.message, (int)msg.wParam);
    got = PeekMessageA(&msg, NULL, 0, 0, PM_REMOVE);
    SHOW("peek-after-quit-filter", "%d %x", got, msg.message);
    PostQuitMessage(4);
    PostMessageA(NULL, WM_USER + 5, 0, 0);
    got = PeekMessageA(&msg, h, 0, 0, PM_REMOVE);
    SHOW("peek-quit-other-window", "%d %x %d", got, msg.message, (int)msg.wParam);
    got = PeekMessageA(&msg, NULL, 0, 0, PM_REMOVE);
    SHOW("peek-thread-message-left", "%d %x", got, msg.message);

    /* Bad handles and threads. */
    CALL("post-bad-window", PostMessageA((HWND)(ULONG_PTR)0x4321, WM_USER, 0, 0));
    CALL("post-bad-thread", PostThreadMessageA(GetCurrentThreadId() + 1000, WM_USER, 0, 0));
    CALL("send-bad-window", SendMessageA((HWND)(ULONG_PTR)0x4321, WM_USER, 0, 0));
    CALL("getlong-bad-window", GetWindowLongA((HWND)(ULONG_PTR)0x4321, GWLP_USERDATA));
    SetLastError(0xDEAD);
    r = (DWORD)GetMessageA(&msg, (HWND)(ULONG_PTR)0x4321, 0, 0);
    e = GetLastError();
    SHOW("getmessage-bad-window", "%d %lu", (int)r, (unsigned long)e);
    CALL("create-unknown-class", CreateWindowExA(0, "no-such-class", "w", 0, 0, 0, 0, 0, HWND_MESSAGE, NULL, NULL, NULL));
    CALL("create-bad-parent", CreateWindowExA(0, "winmsg", "w", WS_CHILD, 0, 0, 0, 0, (HWND)(ULONG_PTR)0x4321, NULL, NULL, NULL));

    /* Timers: WM_TIMER for a window's, the TIMERPROC for one with it, after posted messages. */
    SHOW("settimer-window", "%d", (int)SetTimer(h, 5, 20, NULL));
    PostMessageA(h, WM_USER + 6, 0, 0);
    Sleep(40);
    GetMessageA(&msg, NULL, 0, 0);
    SHOW("posted-before-timer", "%x", msg.message);
    GetMessageA(&msg, NULL, 0, 0);
    SHOW("timer-message", "%x %d %d %d", msg.message, msg.hwnd == h, (int)msg.wParam, msg.lParam == 0);
    logging = 1;
    DispatchMessageA(&msg);
    logging = 0;
    show_log("timer-dispatch");
    CALL("killtimer", KillTimer(h, 5));
    CALL("killtimer-again", KillTimer(h, 5));
    {
        UINT_PTR id = SetTimer(NULL, 0, 10, on_timer);
        UINT_PTR same = SetTimer(NULL, id, 15, on_timer);
        SHOW("settimer-thread", "%d %d", id != 0, same == id);
        GetMessageA(&msg, NULL, 0, 0);
        SHOW("thread-timer-message", "%x %d %d", msg.message, msg.hwnd == NULL, msg.wParam == id);
        DispatchMessageA(&msg);
        SHOW("timerproc", "%d %x %d", timer_calls, timer_msg, timer_hwnd == NULL);
        CALL("killtimer-thread", KillTimer(NULL, id));
    }
    CALL("settimer-bad-window", SetTimer((HWND)(ULONG_PTR)0x4321, 1, 10, NULL));

    /* MsgWaitForMultipleObjects. */
    ev = CreateEventA(NULL, TRUE, FALSE, NULL);
    SHOW("msgwait-timeout", "%lu", (unsigned long)MsgWaitForMultipleObjects(1, &ev, FALSE, 0, QS_ALLINPUT));
    SetEvent(ev);
    SHOW("msgwait-event", "%lu", (unsigned long)MsgWaitForMultipleObjects(1, &ev, FALSE, 0, QS_ALLINPUT));
    ResetEvent(ev);
    PostMessageA(h, WM_USER + 7, 0, 0);
    SHOW("msgwait-new-message", "%lu", (unsigned long)MsgWaitForMultipleObjects(1, &ev, FALSE, 1000, QS_ALLINPUT));
    SHOW("msgwait-other-mask", "%lu", (unsigned long)MsgWaitForMultipleObjects(1, &ev, FALSE, 0, QS_TIMER));
    PeekMessageA(&msg, NULL, WM_USER + 9, WM_USER + 9, PM_NOREMOVE);
    SHOW("msgwait-after-look", "%lu", (unsigned long)MsgWaitForMultipleObjects(1, &ev, FALSE, 0, QS_ALLINPUT));
    SHOW("msgwait-inputavailable", "%lu",
         (unsigned long)MsgWaitForMultipleObjectsEx(1, &ev, 0, QS_ALLINPUT, MWMO_INPUTAVAILABLE));
    SHOW("msgwait-waitall-no-event", "%lu",
         (unsigned long)MsgWaitForMultipleObjectsEx(1, &ev, 0, QS_ALLINPUT, MWMO_WAITALL | MWMO_INPUTAVAILABLE));
    PeekMessageA(&msg, NULL, 0, 0, PM_REMOVE);
    SetTimer(h, 6, 20, NULL);
    SHOW("msgwait-timer", "%lu", (unsigned long)MsgWaitForMultipleObjects(0, NULL, FALSE, 2000, QS_TIMER));
    KillTimer(h, 6);
    CloseHandle(ev);

    /* Destruction. */
    PostMessageA(h, WM_USER + 8, 0, 0);
    SetTimer(h, 9, 10, NULL);
    CALL("unregister-with-windows", UnregisterClassA("winmsg", GetModuleHandleA(NULL)));
    logging = 1;
    CALL("destroy", DestroyWindow(h));
    logging = 0;
    show_log("destroy-messages");
    SHOW("iswindow-after-destroy", "%d", IsWindow(h));
    Sleep(20);
    got = PeekMessageA(&msg, NULL, 0, 0, PM_REMOVE);
    SHOW("messages-of-destroyed-window", "%d", got);
    CALL("destroy-again", DestroyWindow(h));
    h = make("winmsg", HWND_MESSAGE, 0, "");
    logging = 1;
    SendMessageA(h, WM_CLOSE, 0, 0);
    logging = 0;
    show_log("close-messages");
    SHOW("iswindow-after-close", "%d", IsWindow(h));
    CALL("unregister", UnregisterClassA("winmsg", GetModuleHandleA(NULL)));
    CALL("unregister-again", UnregisterClassA("winmsg", GetModuleHandleA(NULL)));
    SHOW("translate-plain", "%d", TranslateMessage(&msg));
    msg.message = WM_KEYDOWN;
    SHOW("translate-keydown", "%d", TranslateMessage(&msg));
    return 0;
}
