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
#include "kernel32_internal.h"

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
    char *utf8;
    size_t n;
    if (!lpConsoleTitle) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    /* Kept as UTF-8, cut at a character boundary to what the buffer holds. */
    if (!(utf8 = __wsw_utf8_of(lpConsoleTitle, -1))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    n = strlen(utf8);
    if (n > sizeof title - 1) {
        n = sizeof title - 1;
        while (n && ((unsigned char)utf8[n] & 0xC0) == 0x80) n--;
    }
    memcpy(title, utf8, n);
    title[n] = 0;
    free(utf8);
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
    size_t k = __wsw_utf16_of(title, strlen(title), lpConsoleTitle, lpConsoleTitle && nSize ? nSize - 1 : 0);
    if (lpConsoleTitle && nSize) lpConsoleTitle[k < nSize ? k : nSize - 1] = 0;
    return (DWORD)k;
}

/* Console output and input over the standard handles: there is no console object, a handle
 * is a console when it is a character device (a terminal under Node, the page's output in a
 * browser). Guest C over ReadFile/WriteFile (wasm/runtime/kernel32_file.c). */

/* A handle is a console when GetFileType says FILE_TYPE_CHAR: a terminal under Node, the page's
 * output in a browser. "WriteConsole fails if it is used with a standard handle that is
 * redirected to a file": a pipe or a file gets ERROR_INVALID_HANDLE, as from Windows. */
static BOOL is_console(HANDLE h)
{
    DWORD saved = GetLastError();
    DWORD type = GetFileType(h);
    if (type == FILE_TYPE_UNKNOWN && GetLastError() != NO_ERROR) return FALSE; /* not a handle: its error stays */
    SetLastError(saved);
    if (type != FILE_TYPE_CHAR) { SetLastError(ERROR_INVALID_HANDLE); return FALSE; }
    return TRUE;
}

BOOL WINAPI WriteConsoleA(HANDLE hConsoleOutput, CONST VOID *lpBuffer, DWORD nNumberOfCharsToWrite, LPDWORD lpNumberOfCharsWritten,
                          LPVOID lpReserved)
{
    (void)lpReserved;
    if (lpNumberOfCharsWritten) *lpNumberOfCharsWritten = 0;
    if (!is_console(hConsoleOutput)) return FALSE;
    return WriteFile(hConsoleOutput, lpBuffer, nNumberOfCharsToWrite, lpNumberOfCharsWritten, NULL);
}

/* UTF-16 out as UTF-8; the count written is in characters (UTF-16 units), as the caller gave them. */
BOOL WINAPI WriteConsoleW(HANDLE hConsoleOutput, CONST VOID *lpBuffer, DWORD nNumberOfCharsToWrite, LPDWORD lpNumberOfCharsWritten,
                          LPVOID lpReserved)
{
    (void)lpReserved;
    if (lpNumberOfCharsWritten) *lpNumberOfCharsWritten = 0;
    if (!is_console(hConsoleOutput)) return FALSE;
    char *s = __wsw_utf8_of((const WCHAR *)lpBuffer, (int)nNumberOfCharsToWrite);
    if (!s) { SetLastError(ERROR_NOT_ENOUGH_MEMORY); return FALSE; }
    DWORD done = 0;
    BOOL ok = WriteFile(hConsoleOutput, s, (DWORD)strlen(s), &done, NULL);
    free(s);
    if (lpNumberOfCharsWritten && ok) *lpNumberOfCharsWritten = nNumberOfCharsToWrite;
    return ok;
}

/* One line at most (the console's line input mode), '\n' included. */
BOOL WINAPI ReadConsoleA(HANDLE hConsoleInput, LPVOID lpBuffer, DWORD nNumberOfCharsToRead, LPDWORD lpNumberOfCharsRead,
                         LPVOID pInputControl)
{
    (void)pInputControl;
    DWORD n = 0, k = 0;
    if (!is_console(hConsoleInput)) return FALSE;
    while (n < nNumberOfCharsToRead) {
        if (!ReadFile(hConsoleInput, (char *)lpBuffer + n, 1, &k, NULL)) return FALSE;
        if (k == 0) break;
        if (((char *)lpBuffer)[n++] == '\n') break;
    }
    if (lpNumberOfCharsRead) *lpNumberOfCharsRead = n;
    return TRUE;
}

BOOL WINAPI ReadConsoleW(HANDLE hConsoleInput, LPVOID lpBuffer, DWORD nNumberOfCharsToRead, LPDWORD lpNumberOfCharsRead,
                         LPVOID pInputControl)
{
    (void)pInputControl;
    if (!is_console(hConsoleInput)) return FALSE;
    char line[1024];
    size_t n = 0;
    DWORD k = 0;
    /* Enough UTF-8 for nNumberOfCharsToRead units, and no more than a line. */
    while (n < sizeof line && __wsw_utf16_of(line, n, NULL, 0) + 2 <= nNumberOfCharsToRead) {
        if (!ReadFile(hConsoleInput, line + n, 1, &k, NULL)) return FALSE;
        if (k == 0) break;
        if (line[n++] == '\n') break;
    }
    size_t units = __wsw_utf16_of(line, n, (WCHAR *)lpBuffer, nNumberOfCharsToRead);
    if (lpNumberOfCharsRead) *lpNumberOfCharsRead = (DWORD)(units < nNumberOfCharsToRead ? units : nNumberOfCharsToRead);
    return TRUE;
}

BOOL WINAPI GetConsoleMode(HANDLE hConsoleHandle, LPDWORD lpMode)
{
    if (lpMode) *lpMode = 0;
    if (!is_console(hConsoleHandle)) return FALSE;
    if (lpMode) *lpMode = hConsoleHandle == GetStdHandle(STD_INPUT_HANDLE) ? ENABLE_PROCESSED_INPUT | ENABLE_LINE_INPUT | ENABLE_ECHO_INPUT
                                     : ENABLE_PROCESSED_OUTPUT | ENABLE_WRAP_AT_EOL_OUTPUT;
    return TRUE;
}

