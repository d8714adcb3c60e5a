/* user32's windowless part: window classes, windows that draw nothing (message-only windows
 * under HWND_MESSAGE, and top-level or child windows that are never shown), window procedures,
 * SendMessage and DispatchMessage. What waits or what the host posts to (GetMessage,
 * PeekMessage, PostMessage, SetTimer, WSAAsyncSelect's notifications) is the host's message
 * queue (module user32, host/abi/user32.ts); a window is a handle of the one handle table, so
 * the host knows which windows exist, and destroying one takes its timers and the messages
 * posted to it.
 *
 * Creation sends WM_GETMINMAXINFO (to a window that is not a child, or is resizable),
 * WM_NCCREATE, WM_NCCALCSIZE and WM_CREATE (a window refused by WM_NCCREATE or WM_CREATE
 * gets WM_NCDESTROY alone); DestroyWindow sends WM_DESTROY to the window,
 * then to its children and owned windows, then WM_NCDESTROY to them and last to the window,
 * as Windows does. Message parameters are not translated between the A and W forms. */
#include <windows.h>
#include <string.h>
#include <stdlib.h>
#include "kernel32_internal.h"

#define KIND_WINDOW 3 /* host/core/winsock.ts GUEST_KIND.WINDOW */
#define KIND_ICON 4   /* GUEST_KIND.ICON: a predefined cursor or icon */
#define MAX_CLASS_NAME 256
#define FIRST_ATOM 0xC000

HANDLE __wsw_handle_new(int kind, void *value) __WSW_IMPORT(winsock_wasm, handle_new);
void *__wsw_handle_value(HANDLE h, int kind) __WSW_IMPORT(winsock_wasm, handle_value);
int __wsw_handle_free(HANDLE h, int kind) __WSW_IMPORT(winsock_wasm, handle_free);

BOOL __wsw_PostMessageW(HWND hWnd, UINT Msg, WPARAM wParam, LPARAM lParam) __WSW_IMPORT(user32, PostMessageW);
BOOL __wsw_GetMessageW(LPMSG lpMsg, HWND hWnd, UINT wMsgFilterMin, UINT wMsgFilterMax) __WSW_IMPORT(user32, GetMessageW);
BOOL __wsw_PeekMessageW(LPMSG lpMsg, HWND hWnd, UINT wMsgFilterMin, UINT wMsgFilterMax, UINT wRemoveMsg)
    __WSW_IMPORT(user32, PeekMessageW);

struct wndclass {
    struct wndclass *next;
    ATOM atom;
    UINT style;
    WNDPROC proc;
    int cls_extra;
    int wnd_extra;
    HINSTANCE instance;
    HICON icon, icon_small;
    HCURSOR cursor;
    HBRUSH background;
    int windows; /* alive: UnregisterClass refuses while there are any */
    WCHAR name[MAX_CLASS_NAME];
};

struct window {
    struct window *next;
    HWND hwnd;
    struct wndclass *cls;
    WNDPROC proc;
    HWND parent; /* the parent (WS_CHILD) or owner; NULL for top-level and message-only windows */
    BOOL message_only;
    BOOL destroying;
    DWORD style, ex_style;
    HINSTANCE instance;
    LONG_PTR id, user_data;
    BYTE extra[];
};

static struct wndclass *classes;
static struct window *windows;
static ATOM next_atom = FIRST_ATOM;

/* ---- classes ------------------------------------------------------------------------ */

static int is_atom(const void *name) { return ((ULONG_PTR)name >> 16) == 0; }

static WCHAR fold(WCHAR c) { return c >= 'a' && c <= 'z' ? (WCHAR)(c - 32) : c; }

static int same_name(const WCHAR *a, const WCHAR *b)
{
    while (*a && fold(*a) == fold(*b)) a++, b++;
    return fold(*a) == fold(*b);
}

/* A class name given as A or W text, or as an atom (MAKEINTATOM). */
struct class_key {
    ATOM atom;
    WCHAR name[MAX_CLASS_NAME];
};

static BOOL make_key(struct class_key *k, const void *name, BOOL unicode)
{
    k->atom = 0;
    k->name[0] = 0;
    if (!name) return FALSE;
    if (is_atom(name)) { k->atom = (ATOM)(ULONG_PTR)name; return k->atom != 0; }
    if (unicode) {
        size_t n = wcslen((const WCHAR *)name);
        if (n >= MAX_CLASS_NAME) return FALSE;
        memcpy(k->name, name, (n + 1) * sizeof(WCHAR));
    } else {
        size_t len = strlen((const char *)name);
        size_t n = __wsw_utf16_of((const char *)name, len, k->name, MAX_CLASS_NAME - 1);
        if (n >= MAX_CLASS_NAME) return FALSE;
        k->name[n] = 0;
    }
    return TRUE;
}

static struct wndclass *find_class(const struct class_key *k)
{
    struct wndclass *c;
    for (c = classes; c; c = c->next)
        if (k->atom ? c->atom == k->atom : same_name(c->name, k->name)) return c;
    return NULL;
}

static ATOM register_class(const WNDCLASSEXW *wc, const void *name, BOOL unicode)
{
    struct class_key k;
    struct wndclass *c;
    if (!make_key(&k, name, unicode) || k.atom || wc->cbClsExtra < 0 || wc->cbWndExtra < 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (find_class(&k)) {
        SetLastError(ERROR_CLASS_ALREADY_EXISTS);
        return 0;
    }
    c = calloc(1, sizeof *c);
    if (!c) { SetLastError(ERROR_NOT_ENOUGH_MEMORY); return 0; }
    c->atom = next_atom++;
    c->style = wc->style;
    c->proc = wc->lpfnWndProc;
    c->cls_extra = wc->cbClsExtra;
    c->wnd_extra = wc->cbWndExtra;
    c->instance = wc->hInstance;
    c->icon = wc->hIcon;
    c->icon_small = wc->hIconSm;
    c->cursor = wc->hCursor;
    c->background = wc->hbrBackground;
    memcpy(c->name, k.name, sizeof c->name);
    c->next = classes;
    classes = c;
    return c->atom;
}

/* The A and W forms share one description; only the class name's encoding differs. */
#define CLASS_FIELDS(dst, src)                    \
    do {                                          \
        (dst).style = (src)->style;               \
        (dst).lpfnWndProc = (src)->lpfnWndProc;   \
        (dst).cbClsExtra = (src)->cbClsExtra;     \
        (dst).cbWndExtra = (src)->cbWndExtra;     \
        (dst).hInstance = (src)->hInstance;       \
        (dst).hIcon = (src)->hIcon;               \
        (dst).hCursor = (src)->hCursor;           \
        (dst).hbrBackground = (src)->hbrBackground; \
    } while (0)

ATOM WINAPI RegisterClassExW(const WNDCLASSEXW *lpwcx)
{
    if (!lpwcx || lpwcx->cbSize != sizeof(WNDCLASSEXW)) { SetLastError(ERROR_INVALID_PARAMETER); return 0; }
    return register_class(lpwcx, lpwcx->lpszClassName, TRUE);
}

ATOM WINAPI RegisterClassExA(const WNDCLASSEXA *lpwcx)
{
    WNDCLASSEXW w = {0};
    if (!lpwcx || lpwcx->cbSize != sizeof(WNDCLASSEXA)) { SetLastError(ERROR_INVALID_PARAMETER); return 0; }
    CLASS_FIELDS(w, lpwcx);
    w.hIconSm = lpwcx->hIconSm;
    return register_class(&w, lpwcx->lpszClassName, FALSE);
}

ATOM WINAPI RegisterClassW(const WNDCLASSW *lpWndClass)
{
    WNDCLASSEXW w = {0};
    if (!lpWndClass) { SetLastError(ERROR_INVALID_PARAMETER); return 0; }
    CLASS_FIELDS(w, lpWndClass);
    return register_class(&w, lpWndClass->lpszClassName, TRUE);
}

ATOM WINAPI RegisterClassA(const WNDCLASSA *lpWndClass)
{
    WNDCLASSEXW w = {0};
    if (!lpWndClass) { SetLastError(ERROR_INVALID_PARAMETER); return 0; }
    CLASS_FIELDS(w, lpWndClass);
    return register_class(&w, lpWndClass->lpszClassName, FALSE);
}

static BOOL unregister_class(const void *name, BOOL unicode)
{
    struct class_key k;
    struct wndclass **p;
    if (make_key(&k, name, unicode)) {
        for (p = &classes; *p; p = &(*p)->next) {
            struct wndclass *c = *p;
            if (!(k.atom ? c->atom == k.atom : same_name(c->name, k.name))) continue;
            if (c->windows) { SetLastError(ERROR_CLASS_HAS_WINDOWS); return FALSE; }
            *p = c->next;
            free(c);
            return TRUE;
        }
    }
    SetLastError(ERROR_CLASS_DOES_NOT_EXIST);
    return FALSE;
}

BOOL WINAPI UnregisterClassW(LPCWSTR lpClassName, HINSTANCE hInstance)
{
    (void)hInstance;
    return unregister_class(lpClassName, TRUE);
}

BOOL WINAPI UnregisterClassA(LPCSTR lpClassName, HINSTANCE hInstance)
{
    (void)hInstance;
    return unregister_class(lpClassName, FALSE);
}

/* ---- windows ------------------------------------------------------------------------ */

static struct window *window_of(HWND hwnd)
{
    struct window *w;
    if (!hwnd) return NULL;
    w = (struct window *)__wsw_handle_value(hwnd, KIND_WINDOW);
    return w;
}

/* A window the caller may use, or NULL with ERROR_INVALID_WINDOW_HANDLE. */
static struct window *checked(HWND hwnd)
{
    struct window *w = window_of(hwnd);
    if (!w) SetLastError(ERROR_INVALID_WINDOW_HANDLE);
    return w;
}

BOOL WINAPI IsWindow(HWND hWnd) { return window_of(hWnd) != NULL; }

static LRESULT deliver(struct window *w, UINT msg, WPARAM wp, LPARAM lp)
{
    return w->proc ? w->proc(w->hwnd, msg, wp, lp) : 0;
}

static void free_window(struct window *w)
{
    struct window **p;
    for (p = &windows; *p; p = &(*p)->next)
        if (*p == w) { *p = w->next; break; }
    __wsw_handle_free(w->hwnd, KIND_WINDOW);
    w->cls->windows--;
    free(w);
}

/* WM_DESTROY to the window, then to the windows it parents or owns. */
static void send_destroy(struct window *w)
{
    struct window *c;
    w->destroying = TRUE;
    deliver(w, WM_DESTROY, 0, 0);
    for (c = windows; c; c = c->next)
        if (c->parent == w->hwnd && !c->destroying) send_destroy(c);
}

/* WM_NCDESTROY to those windows, then to the window, each freed after its message. */
static void send_ncdestroy(struct window *w)
{
    struct window *c;
    HWND hwnd = w->hwnd;
    for (;;) {
        for (c = windows; c; c = c->next)
            if (c->parent == hwnd) break;
        if (!c) break;
        send_ncdestroy(c);
    }
    deliver(w, WM_NCDESTROY, 0, 0);
    free_window(w);
}

BOOL WINAPI DestroyWindow(HWND hWnd)
{
    struct window *w = checked(hWnd);
    if (!w) return FALSE;
    if (w->destroying) return TRUE; /* DestroyWindow again from its WM_DESTROY */
    send_destroy(w);
    if (window_of(hWnd) == w) send_ncdestroy(w);
    return TRUE;
}

static HWND create_window(DWORD exStyle, const void *className, const void *windowName, DWORD style, int x, int y,
                          int width, int height, HWND parent, HMENU menu, HINSTANCE instance, LPVOID param,
                          BOOL unicode)
{
    struct class_key k;
    struct wndclass *cls;
    struct window *w;
    BOOL message_only = parent == HWND_MESSAGE;
    /* CREATESTRUCTA and CREATESTRUCTW have one layout; the strings are the caller's. */
    CREATESTRUCTW cs;
    MINMAXINFO mmi;
    RECT rc;
    if (!make_key(&k, className, unicode) || !(cls = find_class(&k))) {
        SetLastError(ERROR_CANNOT_FIND_WND_CLASS);
        return NULL;
    }
    if (message_only) parent = NULL;
    else if (parent && !window_of(parent)) { SetLastError(ERROR_INVALID_WINDOW_HANDLE); return NULL; }
    else if (!parent && (style & WS_CHILD)) { SetLastError(ERROR_TLW_WITH_WSCHILD); return NULL; }
    w = calloc(1, sizeof *w + (size_t)cls->wnd_extra);
    if (!w) { SetLastError(ERROR_NOT_ENOUGH_MEMORY); return NULL; }
    w->hwnd = (HWND)__wsw_handle_new(KIND_WINDOW, w);
    w->cls = cls;
    w->proc = cls->proc;
    w->parent = parent;
    w->message_only = message_only;
    w->style = style;
    w->ex_style = exStyle;
    w->instance = instance;
    w->id = (style & WS_CHILD) ? (LONG_PTR)menu : 0;
    w->next = windows;
    windows = w;
    cls->windows++;

    cs.lpCreateParams = param;
    cs.hInstance = instance;
    cs.hMenu = menu;
    cs.hwndParent = message_only ? HWND_MESSAGE : parent;
    cs.cy = height;
    cs.cx = width;
    cs.y = y;
    cs.x = x;
    cs.style = (LONG)style;
    cs.lpszName = (LPCWSTR)windowName;
    cs.lpszClass = (LPCWSTR)className;
    cs.dwExStyle = exStyle;
    {
        HWND hwnd = w->hwnd;
        if ((style & WS_THICKFRAME) || !(style & (WS_POPUP | WS_CHILD))) {
            memset(&mmi, 0, sizeof mmi);
            deliver(w, WM_GETMINMAXINFO, 0, (LPARAM)&mmi);
            if (window_of(hwnd) != w) return NULL;
        }
        if (!deliver(w, WM_NCCREATE, 0, (LPARAM)&cs)) {
            /* "If an application processes this message, it should return TRUE to continue
             * creation of the window. If the application returns FALSE, the CreateWindow or
             * CreateWindowEx function will return a NULL handle." */
            if (window_of(hwnd) == w) { w->destroying = TRUE; send_ncdestroy(w); }
            return NULL;
        }
        if (window_of(hwnd) != w) return NULL;
        rc.left = x == CW_USEDEFAULT ? 0 : x;
        rc.top = y == CW_USEDEFAULT ? 0 : y;
        rc.right = rc.left + (width == CW_USEDEFAULT ? 0 : width);
        rc.bottom = rc.top + (height == CW_USEDEFAULT ? 0 : height);
        deliver(w, WM_NCCALCSIZE, FALSE, (LPARAM)&rc);
        if (window_of(hwnd) != w) return NULL;
        /* "If an application returns -1, the window is destroyed and the CreateWindowEx or
         * CreateWindow function returns a NULL handle." */
        if (deliver(w, WM_CREATE, 0, (LPARAM)&cs) == -1) {
            /* As Windows does (and Wine): WM_NCDESTROY, with no WM_DESTROY first. */
            if (window_of(hwnd) == w) { w->destroying = TRUE; send_ncdestroy(w); }
            return NULL;
        }
        /* A window created WS_VISIBLE is shown as it is created. */
        if (window_of(hwnd) == w && (style & WS_VISIBLE) && !message_only) deliver(w, WM_SHOWWINDOW, TRUE, 0);
        return window_of(hwnd) == w ? hwnd : NULL;
    }
}

HWND WINAPI CreateWindowExW(DWORD dwExStyle, LPCWSTR lpClassName, LPCWSTR lpWindowName, DWORD dwStyle, int X, int Y,
                            int nWidth, int nHeight, HWND hWndParent, HMENU hMenu, HINSTANCE hInstance, LPVOID lpParam)
{
    return create_window(dwExStyle, lpClassName, lpWindowName, dwStyle, X, Y, nWidth, nHeight, hWndParent, hMenu,
                         hInstance, lpParam, TRUE);
}

HWND WINAPI CreateWindowExA(DWORD dwExStyle, LPCSTR lpClassName, LPCSTR lpWindowName, DWORD dwStyle, int X, int Y,
                            int nWidth, int nHeight, HWND hWndParent, HMENU hMenu, HINSTANCE hInstance, LPVOID lpParam)
{
    return create_window(dwExStyle, lpClassName, lpWindowName, dwStyle, X, Y, nWidth, nHeight, hWndParent, hMenu,
                         hInstance, lpParam, FALSE);
}

/* "Calls the default window procedure to provide default processing for any window messages
 * that an application does not process." Nothing is drawn, so most messages need nothing. */
static LRESULT default_proc(HWND hWnd, UINT Msg)
{
    switch (Msg) {
    case WM_NCCREATE: return TRUE;
    case WM_CLOSE: DestroyWindow(hWnd); return 0;
    case WM_QUERYENDSESSION: return TRUE;
    default: return 0;
    }
}

LRESULT WINAPI DefWindowProcW(HWND hWnd, UINT Msg, WPARAM wParam, LPARAM lParam)
{
    (void)wParam, (void)lParam;
    return default_proc(hWnd, Msg);
}

LRESULT WINAPI DefWindowProcA(HWND hWnd, UINT Msg, WPARAM wParam, LPARAM lParam)
{
    (void)wParam, (void)lParam;
    return default_proc(hWnd, Msg);
}

LRESULT WINAPI CallWindowProcW(WNDPROC lpPrevWndFunc, HWND hWnd, UINT Msg, WPARAM wParam, LPARAM lParam)
{
    return lpPrevWndFunc ? lpPrevWndFunc(hWnd, Msg, wParam, lParam) : 0;
}

LRESULT WINAPI CallWindowProcA(WNDPROC lpPrevWndFunc, HWND hWnd, UINT Msg, WPARAM wParam, LPARAM lParam)
{
    return CallWindowProcW(lpPrevWndFunc, hWnd, Msg, wParam, lParam);
}

/* The window's value at nIndex: a GWL_ index, or an offset into its cbWndExtra bytes. */
static LONG *extra_slot(struct window *w, int nIndex)
{
    if (nIndex < 0 || (size_t)nIndex + sizeof(LONG) > (size_t)w->cls->wnd_extra) return NULL;
    return (LONG *)(void *)(w->extra + nIndex);
}

static LONG window_long(HWND hWnd, int nIndex, BOOL set, LONG value)
{
    struct window *w = checked(hWnd);
    LONG old, *slot;
    if (!w) return 0;
    switch (nIndex) {
    case GWL_WNDPROC: old = (LONG)w->proc; if (set) w->proc = (WNDPROC)value; return old;
    case GWL_HINSTANCE: old = (LONG)w->instance; if (set) w->instance = (HINSTANCE)value; return old;
    case GWL_HWNDPARENT: old = (LONG)w->parent; if (set) w->parent = (HWND)value; return old;
    case GWL_STYLE: old = (LONG)w->style; if (set) w->style = (DWORD)value; return old;
    case GWL_EXSTYLE: old = (LONG)w->ex_style; if (set) w->ex_style = (DWORD)value; return old;
    case GWL_ID: old = (LONG)w->id; if (set) w->id = value; return old;
    case GWL_USERDATA: old = (LONG)w->user_data; if (set) w->user_data = value; return old;
    default:
        slot = extra_slot(w, nIndex);
        if (!slot) { SetLastError(ERROR_INVALID_INDEX); return 0; }
        memcpy(&old, slot, sizeof old);
        if (set) memcpy(slot, &value, sizeof value);
        return old;
    }
}

LONG WINAPI GetWindowLongW(HWND hWnd, int nIndex) { return window_long(hWnd, nIndex, FALSE, 0); }
LONG WINAPI GetWindowLongA(HWND hWnd, int nIndex) { return window_long(hWnd, nIndex, FALSE, 0); }
LONG WINAPI SetWindowLongW(HWND hWnd, int nIndex, LONG dwNewLong) { return window_long(hWnd, nIndex, TRUE, dwNewLong); }
LONG WINAPI SetWindowLongA(HWND hWnd, int nIndex, LONG dwNewLong) { return window_long(hWnd, nIndex, TRUE, dwNewLong); }

/* "If the window was previously visible, the return value is nonzero. If the window was
 * previously hidden, the return value is zero." A message-only window is never visible. */
BOOL WINAPI ShowWindow(HWND hWnd, int nCmdShow)
{
    struct window *w = checked(hWnd);
    BOOL was, now;
    if (!w) return FALSE;
    was = (w->style & WS_VISIBLE) != 0;
    now = nCmdShow != SW_HIDE && !w->message_only;
    if (was != now) {
        w->style = now ? w->style | WS_VISIBLE : w->style & ~(DWORD)WS_VISIBLE;
        deliver(w, WM_SHOWWINDOW, now, 0);
    }
    return was;
}

/* "If the update region is empty, no message is sent": nothing is drawn, so it always is. */
BOOL WINAPI UpdateWindow(HWND hWnd) { return checked(hWnd) != NULL; }

/* WS_VISIBLE on the window and on each parent. */
BOOL WINAPI IsWindowVisible(HWND hWnd)
{
    struct window *w = window_of(hWnd);
    while (w) {
        if (!(w->style & WS_VISIBLE)) return FALSE;
        if (!(w->style & WS_CHILD)) return TRUE;
        w = window_of(w->parent);
    }
    return FALSE;
}

/* ---- predefined cursors and icons --------------------------------------------------- */

/* IDC_ARROW .. IDC_HELP and IDI_APPLICATION .. IDI_SHIELD. */
static int predefined(ULONG_PTR id, int cursor)
{
    if (cursor) return (id >= 32512 && id <= 32516) || (id >= 32640 && id <= 32651 && id != 32647);
    return id >= 32512 && id <= 32518;
}

static HANDLE load_predefined(HINSTANCE hInstance, const void *name, int cursor)
{
    static HANDLE cursors[32652 - 32512], icons[7];
    ULONG_PTR id = (ULONG_PTR)name;
    HANDLE *slot;
    if (hInstance || !is_atom(name) || !predefined(id, cursor)) {
        SetLastError(ERROR_RESOURCE_NAME_NOT_FOUND);
        return NULL;
    }
    slot = cursor ? &cursors[id - 32512] : &icons[id - 32512];
    /* One shared handle per cursor or icon, as Windows' predefined ones are shared. */
    if (!*slot) *slot = __wsw_handle_new(KIND_ICON, (void *)id);
    return *slot;
}

HCURSOR WINAPI LoadCursorA(HINSTANCE hInstance, LPCSTR lpCursorName) { return load_predefined(hInstance, lpCursorName, 1); }
HCURSOR WINAPI LoadCursorW(HINSTANCE hInstance, LPCWSTR lpCursorName) { return load_predefined(hInstance, lpCursorName, 1); }
HICON WINAPI LoadIconA(HINSTANCE hInstance, LPCSTR lpIconName) { return load_predefined(hInstance, lpIconName, 0); }
HICON WINAPI LoadIconW(HINSTANCE hInstance, LPCWSTR lpIconName) { return load_predefined(hInstance, lpIconName, 0); }

/* ---- messages ----------------------------------------------------------------------- */

/* HWND_BROADCAST reaches the top-level windows: not children, not message-only windows. */
static int broadcast_target(const struct window *w)
{
    return !w->message_only && !(w->style & WS_CHILD) && !w->destroying;
}

LRESULT WINAPI SendMessageW(HWND hWnd, UINT Msg, WPARAM wParam, LPARAM lParam)
{
    struct window *w;
    if (hWnd == HWND_BROADCAST) {
        HWND targets[64];
        int n = 0, i;
        for (w = windows; w && n < 64; w = w->next)
            if (broadcast_target(w)) targets[n++] = w->hwnd;
        for (i = 0; i < n; i++)
            if ((w = window_of(targets[i]))) deliver(w, Msg, wParam, lParam);
        return 1;
    }
    w = checked(hWnd);
    return w ? deliver(w, Msg, wParam, lParam) : 0;
}

LRESULT WINAPI SendMessageA(HWND hWnd, UINT Msg, WPARAM wParam, LPARAM lParam)
{
    return SendMessageW(hWnd, Msg, wParam, lParam);
}

BOOL WINAPI PostMessageW(HWND hWnd, UINT Msg, WPARAM wParam, LPARAM lParam)
{
    if (hWnd == HWND_BROADCAST) {
        struct window *w;
        for (w = windows; w; w = w->next)
            if (broadcast_target(w)) __wsw_PostMessageW(w->hwnd, Msg, wParam, lParam);
        return TRUE;
    }
    return __wsw_PostMessageW(hWnd, Msg, wParam, lParam);
}

BOOL WINAPI PostMessageA(HWND hWnd, UINT Msg, WPARAM wParam, LPARAM lParam)
{
    return PostMessageW(hWnd, Msg, wParam, lParam);
}

/* "GetLastError returns ERROR_INVALID_THREAD_ID if idThread is not a valid thread identifier." */
BOOL WINAPI PostThreadMessageW(DWORD idThread, UINT Msg, WPARAM wParam, LPARAM lParam)
{
    if (idThread != GetCurrentThreadId()) { SetLastError(ERROR_INVALID_THREAD_ID); return FALSE; }
    return __wsw_PostMessageW(NULL, Msg, wParam, lParam);
}

BOOL WINAPI PostThreadMessageA(DWORD idThread, UINT Msg, WPARAM wParam, LPARAM lParam)
{
    return PostThreadMessageW(idThread, Msg, wParam, lParam);
}

BOOL WINAPI GetMessageW(LPMSG lpMsg, HWND hWnd, UINT wMsgFilterMin, UINT wMsgFilterMax)
{
    return __wsw_GetMessageW(lpMsg, hWnd, wMsgFilterMin, wMsgFilterMax);
}

BOOL WINAPI GetMessageA(LPMSG lpMsg, HWND hWnd, UINT wMsgFilterMin, UINT wMsgFilterMax)
{
    return __wsw_GetMessageW(lpMsg, hWnd, wMsgFilterMin, wMsgFilterMax);
}

BOOL WINAPI PeekMessageW(LPMSG lpMsg, HWND hWnd, UINT wMsgFilterMin, UINT wMsgFilterMax, UINT wRemoveMsg)
{
    return __wsw_PeekMessageW(lpMsg, hWnd, wMsgFilterMin, wMsgFilterMax, wRemoveMsg);
}

BOOL WINAPI PeekMessageA(LPMSG lpMsg, HWND hWnd, UINT wMsgFilterMin, UINT wMsgFilterMax, UINT wRemoveMsg)
{
    return __wsw_PeekMessageW(lpMsg, hWnd, wMsgFilterMin, wMsgFilterMax, wRemoveMsg);
}

/* There is no keyboard, so nothing to translate; "If the message is WM_KEYDOWN, WM_KEYUP,
 * WM_SYSKEYDOWN, or WM_SYSKEYUP, the return value is nonzero, regardless of the translation." */
BOOL WINAPI TranslateMessage(const MSG *lpMsg)
{
    if (!lpMsg) return FALSE;
    switch (lpMsg->message) {
    case WM_KEYDOWN: case WM_KEYUP: case WM_SYSKEYDOWN: case WM_SYSKEYUP: return TRUE;
    default: return FALSE;
    }
}

/* A WM_TIMER whose lParam is the TIMERPROC given to SetTimer calls that, with the tick count;
 * a message posted with no window has nowhere to go. */
LRESULT WINAPI DispatchMessageW(const MSG *lpMsg)
{
    struct window *w;
    if (!lpMsg) { SetLastError(ERROR_INVALID_PARAMETER); return 0; }
    if (lpMsg->message == WM_TIMER && lpMsg->lParam) {
        ((TIMERPROC)lpMsg->lParam)(lpMsg->hwnd, WM_TIMER, lpMsg->wParam, GetTickCount());
        return 0;
    }
    if (!lpMsg->hwnd) return 0;
    w = checked(lpMsg->hwnd);
    return w ? deliver(w, lpMsg->message, lpMsg->wParam, lpMsg->lParam) : 0;
}

LRESULT WINAPI DispatchMessageA(const MSG *lpMsg) { return DispatchMessageW(lpMsg); }

/* "The WaitMessage function suspends the thread and does not return until a new message is
 * placed in the thread's message queue." */
BOOL WINAPI WaitMessage(VOID)
{
    return MsgWaitForMultipleObjectsEx(0, NULL, INFINITE, QS_ALLINPUT, 0) != WAIT_FAILED;
}

DWORD WINAPI MsgWaitForMultipleObjects(DWORD nCount, const HANDLE *pHandles, BOOL fWaitAll, DWORD dwMilliseconds,
                                       DWORD dwWakeMask)
{
    return MsgWaitForMultipleObjectsEx(nCount, pHandles, dwMilliseconds, dwWakeMask, fWaitAll ? MWMO_WAITALL : 0);
}
