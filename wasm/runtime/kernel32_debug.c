/* kernel32_debug.c - IsDebuggerPresent, DebugBreak, OutputDebugString (debugapi.h). */
#include <stdio.h>
#include <string.h>
#include <windows.h>
#include <debugapi.h>

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

VOID WINAPI OutputDebugStringW(LPCWSTR s)
{
    /* UTF-16 to UTF-8, as Windows converts to the narrow form for the debugger. */
    char buf[512];
    size_t n = 0;
    if (!s) return;
    fputs("[debug] ", stderr);
    for (; *s; s++) {
        unsigned c = *s;
        if (c >= 0xD800 && c < 0xDC00 && s[1] >= 0xDC00 && s[1] < 0xE000) c = 0x10000 + ((c - 0xD800) << 10) + (*++s - 0xDC00);
        else if (c >= 0xD800 && c < 0xE000) c = 0xFFFD;
        if (n > sizeof buf - 5) { fwrite(buf, 1, n, stderr); n = 0; }
        if (c < 0x80) buf[n++] = (char)c;
        else if (c < 0x800) { buf[n++] = (char)(0xC0 | c >> 6); buf[n++] = (char)(0x80 | (c & 63)); }
        else if (c < 0x10000) { buf[n++] = (char)(0xE0 | c >> 12); buf[n++] = (char)(0x80 | (c >> 6 & 63)); buf[n++] = (char)(0x80 | (c & 63)); }
        else { buf[n++] = (char)(0xF0 | c >> 18); buf[n++] = (char)(0x80 | (c >> 12 & 63)); buf[n++] = (char)(0x80 | (c >> 6 & 63)); buf[n++] = (char)(0x80 | (c & 63)); }
    }
    fwrite(buf, 1, n, stderr);
    if (!n || buf[n - 1] != '\n') fputc('\n', stderr);
    fflush(stderr);
}
