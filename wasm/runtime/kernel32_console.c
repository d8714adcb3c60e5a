/*
 * kernel32_console.c - console control handlers and the title (consoleapi.h).
 * The host calls winsock_ctrl_dispatch when SIGINT or SIGTERM arrives while the
 * program waits; it asks for those signals (winsock_wasm.ctrl_watch) only once
 * a handler is registered or CTRL+C is ignored.
 */
#include <stdlib.h>
#include <string.h>
#include <windows.h>
#include <consoleapi.h>

void __wsw_ctrl_watch(int on) __WSW_IMPORT(winsock_wasm, ctrl_watch);

static PHANDLER_ROUTINE *handlers;
static size_t count, cap;
static int ignore_ctrl_c;
static int watching;

static void watch(void)
{
    if (!watching) {
        watching = 1;
        __wsw_ctrl_watch(1);
    }
}

BOOL WINAPI SetConsoleCtrlHandler(PHANDLER_ROUTINE HandlerRoutine, BOOL Add)
{
    size_t i;
    if (!HandlerRoutine) {
        /* "If the HandlerRoutine parameter is NULL, a TRUE value causes the calling process to ignore
         * CTRL+C input, and a FALSE value restores normal processing of CTRL+C input." */
        ignore_ctrl_c = Add != FALSE;
        if (ignore_ctrl_c) watch();
        return TRUE;
    }
    if (Add) {
        if (count == cap) {
            size_t n = cap ? cap * 2 : 8;
            PHANDLER_ROUTINE *h = (PHANDLER_ROUTINE *)realloc(handlers, n * sizeof *h);
            if (!h) {
                SetLastError(ERROR_NOT_ENOUGH_MEMORY);
                return FALSE;
            }
            handlers = h;
            cap = n;
        }
        handlers[count++] = HandlerRoutine;
        watch();
        return TRUE;
    }
    /* Removing: the most recent registration of that function. */
    for (i = count; i-- > 0;)
        if (handlers[i] == HandlerRoutine) {
            memmove(handlers + i, handlers + i + 1, (count - i - 1) * sizeof *handlers);
            count--;
            return TRUE;
        }
    SetLastError(ERROR_INVALID_PARAMETER);
    return FALSE;
}

/* 1 when a handler returned TRUE (or CTRL+C is ignored), 0 when the default handler must end the process. */
__attribute__((used)) int winsock_ctrl_dispatch(int event)
{
    size_t i;
    if (event == CTRL_C_EVENT && ignore_ctrl_c) return 1;
    /* "the last one registered is the first one called" */
    for (i = count; i-- > 0;)
        if (handlers[i]((DWORD)event)) return 1;
    return 0;
}

static char title[1024];

BOOL WINAPI SetConsoleTitleA(LPCSTR lpConsoleTitle)
{
    if (!lpConsoleTitle) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    strncpy(title, lpConsoleTitle, sizeof title - 1);
    return TRUE;
}

BOOL WINAPI SetConsoleTitleW(LPCWSTR lpConsoleTitle)
{
    size_t i;
    if (!lpConsoleTitle) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    /* Kept as UTF-8. */
    for (i = 0; *lpConsoleTitle && i < sizeof title - 4; lpConsoleTitle++) {
        unsigned c = *lpConsoleTitle;
        if (c < 0x80) title[i++] = (char)c;
        else if (c < 0x800) { title[i++] = (char)(0xC0 | c >> 6); title[i++] = (char)(0x80 | (c & 63)); }
        else { title[i++] = (char)(0xE0 | c >> 12); title[i++] = (char)(0x80 | (c >> 6 & 63)); title[i++] = (char)(0x80 | (c & 63)); }
    }
    title[i] = 0;
    return TRUE;
}

/* "the return value is the length of the console window's title, in characters" (copied cut to nSize - 1). */
DWORD WINAPI GetConsoleTitleA(LPSTR lpConsoleTitle, DWORD nSize)
{
    size_t n = strlen(title);
    if (!lpConsoleTitle || !nSize) return (DWORD)n;
    if (n > nSize - 1) n = nSize - 1;
    memcpy(lpConsoleTitle, title, n);
    lpConsoleTitle[n] = 0;
    return (DWORD)strlen(title);
}

DWORD WINAPI GetConsoleTitleW(LPWSTR lpConsoleTitle, DWORD nSize)
{
    size_t i = 0, k = 0;
    while (title[i]) {
        unsigned char b = (unsigned char)title[i];
        unsigned c = b < 0x80 ? b : b < 0xE0 ? (b & 31u) << 6 | (title[i + 1] & 63u) : (b & 15u) << 12 | (title[i + 1] & 63u) << 6 | (title[i + 2] & 63u);
        i += b < 0x80 ? 1 : b < 0xE0 ? 2 : 3;
        if (lpConsoleTitle && k + 1 < nSize) lpConsoleTitle[k] = (WCHAR)c;
        k++;
    }
    if (lpConsoleTitle && nSize) lpConsoleTitle[k < nSize ? k : nSize - 1] = 0;
    return (DWORD)k;
}
