/* kernel32_debug.c - IsDebuggerPresent, DebugBreak, OutputDebugString (debugapi.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>
#include <debugapi.h>

#include "kernel32_internal.h"

BOOL WINAPI IsDebuggerPresent(VOID) { return FALSE; }

VOID WINAPI DebugBreak(VOID)
{
    fflush(stdout);
    fputs("winsock-wasm: DebugBreak: a breakpoint with no debugger attached ends the program\n", stderr);
    fflush(stderr);
    __builtin_trap();
}

VOID WINAPI OutputDebugStringA(LPCSTR s)
{
    size_t n;
    if (!s) return;
    n = strlen(s);
    fprintf(stderr, "[debug] %s%s", s, n && s[n - 1] == '\n' ? "" : "\n");
    fflush(stderr);
}

/* The narrow form for the debugger, as Windows converts it, with the runtime's one converter
 * (a lone surrogate is U+FFFD). */
VOID WINAPI OutputDebugStringW(LPCWSTR s)
{
    char *a;
    if (!s) return;
    a = __wsw_utf8_of(s, -1);
    if (a) OutputDebugStringA(a);
    free(a);
}
