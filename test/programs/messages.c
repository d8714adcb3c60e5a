/* FormatMessageA/W and the Local/Global memory functions. Run with no argument: the lines
 * that the same source built by mingw-w64 prints under Wine (test/fixtures/base/messages.wine.txt).
 * Run with "system": the system message texts, which come from Microsoft's System Error Codes
 * pages and differ from Wine's. */
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define FM_SYS (FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS)

/* The text with CR, LF and TAB made visible. */
static const char *shown(const char *s, DWORD n)
{
    static char out[4096];
    size_t o = 0;
    for (DWORD i = 0; i < n && o < sizeof out - 4; i++) {
        if (s[i] == '\r') { out[o++] = '\\'; out[o++] = 'r'; }
        else if (s[i] == '\n') { out[o++] = '\\'; out[o++] = 'n'; }
        else if (s[i] == '\t') { out[o++] = '\\'; out[o++] = 't'; }
        else out[o++] = s[i];
    }
    out[o] = 0;
    return out;
}

static const char *shownw(const WCHAR *s, DWORD n)
{
    static char narrow[4096];
    DWORD i;
    for (i = 0; i < n && i < sizeof narrow - 1; i++) narrow[i] = s[i] < 128 ? (char)s[i] : '?';
    return shown(narrow, i);
}

static void fmt_a(const char *label, DWORD flags, const char *source, DWORD size, ...)
{
    char buf[512];
    va_list ap;
    DWORD n;
    memset(buf, '#', sizeof buf);
    va_start(ap, size);
    SetLastError(12345);
    n = FormatMessageA(flags | FORMAT_MESSAGE_FROM_STRING, source, 0, 0, buf, size ? size : sizeof buf, &ap);
    va_end(ap);
    if (n) printf("%s: %lu [%s] terminated %d\n", label, (unsigned long)n, shown(buf, n), buf[n] == 0);
    else printf("%s: 0 error %lu\n", label, (unsigned long)GetLastError());
}

static void fmt_w(const char *label, DWORD flags, const WCHAR *source, DWORD size, ...)
{
    WCHAR buf[512];
    va_list ap;
    DWORD n;
    va_start(ap, size);
    SetLastError(12345);
    n = FormatMessageW(flags | FORMAT_MESSAGE_FROM_STRING, source, 0, 0, buf, size ? size : 512, &ap);
    va_end(ap);
    if (n) printf("%s: %lu [%s] terminated %d\n", label, (unsigned long)n, shownw(buf, n), buf[n] == 0);
    else printf("%s: 0 error %lu\n", label, (unsigned long)GetLastError());
}

static void fmt_array(const char *label, DWORD flags, const char *source, DWORD_PTR *args)
{
    char buf[512];
    DWORD n;
    SetLastError(12345);
    n = FormatMessageA(flags | FORMAT_MESSAGE_FROM_STRING | FORMAT_MESSAGE_ARGUMENT_ARRAY, source, 0, 0, buf, sizeof buf,
                       (va_list *)args);
    if (n) printf("%s: %lu [%s]\n", label, (unsigned long)n, shown(buf, n));
    else printf("%s: 0 error %lu\n", label, (unsigned long)GetLastError());
}

static void sys_call(const char *label, DWORD flags, LPCVOID source, DWORD id, DWORD lang)
{
    char buf[512];
    DWORD n;
    SetLastError(12345);
    n = FormatMessageA(flags, source, id, lang, buf, sizeof buf, NULL);
    printf("%s: %s error %lu\n", label, n ? "text" : "0", n ? 0ul : (unsigned long)GetLastError());
}

static void formatting(void)
{
    DWORD_PTR args[8];
    char small[8];
    char *alloc = NULL;
    WCHAR *walloc = NULL;
    DWORD n;

    puts("-- inserts");
    fmt_a("strings", 0, "Hello %1, you are %2!d! today", 0, "Bob", 42);
    fmt_a("repeat", 0, "%1 %2 %1", 0, "Bill", "Bob");
    fmt_a("formats", 0, "[%1!x!] [%1!08X!] [%2!c!] [%3!-6s!] [%4!5u!]", 0, 255, 'Z', "ab", 7u);
    fmt_a("wide in A", 0, "[%1!S!] [%2!ls!] [%3!hs!]", 0, L"wide", L"long", "short");
    fmt_a("int64", 0, "[%1!I64d!] [%2!d!]", 0, (long long)-1234567890123LL, 9);
    args[0] = (DWORD_PTR)"Ann"; args[1] = 7; args[2] = (DWORD_PTR)"x";
    fmt_array("array", 0, "%2!d! for %1, %1 again, %3", args);
    args[0] = 8; args[1] = 3; args[2] = (DWORD_PTR)"abcdef"; args[3] = (DWORD_PTR)"next";
    fmt_array("array star", 0, "[%1!*.*s!] [%4]", args);
    fmt_w("wide", 0, L"Hi %1, %2!d!, [%3!S!] [%4!c!]", 0, L"W", 5, "narrow", L'Q');

    puts("-- escapes");
    fmt_a("percent", 0, "100%% sure%.%!% x", 0);
    fmt_a("breaks", 0, "a%nb%rc%td", 0);
    fmt_a("stop", 0, "prompt: %0ignored", 0);
    fmt_a("unknown escape", 0, "a%qb%zc", 0);
    fmt_a("trailing percent", 0, "end%", 0);
    fmt_a("raw newlines", 0, "one\r\ntwo\nthree\rfour", 0);
    fmt_a("ignore", FORMAT_MESSAGE_IGNORE_INSERTS, "a %1 b %2!d! c %% d %n e %0 f", 0);
    fmt_a("insert 0x", 0, "x %10 y", 0, "1", "2", "3", "4", "5", "6", "7", "8", "9", "ten");
    fmt_w("wide escapes", 0, L"a%nb%%c%0d", 0);
    fmt_w("wide ignore", FORMAT_MESSAGE_IGNORE_INSERTS, L"a %1!d! b%n", 0);

    puts("-- line width");
    fmt_a("max width mask", FORMAT_MESSAGE_MAX_WIDTH_MASK, "one\r\ntwo\nthree%nfour", 0);
    fmt_a("width 12", 12, "the quick brown fox jumps over the lazy dog", 0);
    fmt_a("width 12 long word", 12, "a supercalifragilistic word", 0);
    fmt_a("width 12 hard", 12, "short%nline and a long tail here", 0);
    fmt_a("width 12 bare CR", 12, "one%rtwo three four five", 0);

    puts("-- buffers");
    n = FormatMessageA(FORMAT_MESSAGE_FROM_STRING, "1234567", 0, 0, small, 8, NULL);
    printf("exact fit: %lu [%s]\n", (unsigned long)n, n ? small : "");
    SetLastError(12345);
    n = FormatMessageA(FORMAT_MESSAGE_FROM_STRING, "12345678", 0, 0, small, 8, NULL);
    printf("one over: %lu error %lu\n", (unsigned long)n, (unsigned long)GetLastError());
    SetLastError(12345);
    n = FormatMessageA(FORMAT_MESSAGE_FROM_STRING | FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_ARGUMENT_ARRAY, "allocated %1", 0, 0,
                       (LPSTR)&alloc, 0, (va_list *)(DWORD_PTR[]){ (DWORD_PTR)"text" });
    printf("allocate: %lu [%s] LocalSize>=%d\n", (unsigned long)n, alloc, LocalSize(alloc) >= n + 1);
    printf("free: %s\n", LocalFree(alloc) == NULL ? "NULL" : "not NULL");
    n = FormatMessageA(FORMAT_MESSAGE_FROM_STRING | FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_ARGUMENT_ARRAY,
                       "abc", 0, 0, (LPSTR)&alloc, 100, NULL);
    printf("allocate minimum: %lu LocalSize>=100 %d\n", (unsigned long)n, LocalSize(alloc) >= 100);
    LocalFree(alloc);
    n = FormatMessageW(FORMAT_MESSAGE_FROM_STRING | FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_ARGUMENT_ARRAY, L"wide %1", 0, 0,
                       (LPWSTR)&walloc, 0, (va_list *)(DWORD_PTR[]){ (DWORD_PTR)L"alloc" });
    printf("allocate wide: %lu [%s] LocalSize>=%d\n", (unsigned long)n, shownw(walloc, n), LocalSize(walloc) >= 2 * (n + 1));
    LocalFree(walloc);
    SetLastError(12345);
    n = FormatMessageA(FORMAT_MESSAGE_FROM_STRING, "", 0, 0, small, 8, NULL);
    printf("empty: %lu\n", (unsigned long)n);

    puts("-- sources and errors");
    sys_call("system 10061", FM_SYS, NULL, 10061, 0);
    sys_call("system unknown", FM_SYS, NULL, 0x2345, 0);
    sys_call("system 0x8007274D", FM_SYS, NULL, 0x8007274D, 0);
    sys_call("system lang 0x409", FM_SYS, NULL, 2, MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US));
    sys_call("system lang neutral", FM_SYS, NULL, 2, MAKELANGID(LANG_NEUTRAL, SUBLANG_DEFAULT));
    sys_call("system lang 0x407", FM_SYS, NULL, 2, MAKELANGID(LANG_GERMAN, SUBLANG_GERMAN));
    sys_call("module none", FORMAT_MESSAGE_FROM_HMODULE | FORMAT_MESSAGE_IGNORE_INSERTS, NULL, 2, 0);
    sys_call("module then system", FORMAT_MESSAGE_FROM_HMODULE | FM_SYS, NULL, 2, 0);
    sys_call("string and system", FORMAT_MESSAGE_FROM_STRING | FORMAT_MESSAGE_FROM_SYSTEM, "x", 2, 0);
    sys_call("no source flag", 0, "x", 2, 0);
    sys_call("inserts, no arguments", FORMAT_MESSAGE_FROM_SYSTEM, NULL, 34, 0);
    sys_call("string inserts, no arguments", FORMAT_MESSAGE_FROM_STRING, "a %1 b", 0, 0);
    sys_call("string, no inserts, no arguments", FORMAT_MESSAGE_FROM_STRING, "a %% b", 0, 0);
    sys_call("string lang 0x407", FORMAT_MESSAGE_FROM_STRING, "x", 0, MAKELANGID(LANG_GERMAN, SUBLANG_GERMAN));
}

static void memory(void)
{
    HLOCAL h, h2;
    HGLOBAL g;
    char *p;
    int zero = 1, i;

    puts("-- LocalAlloc");
    p = LocalAlloc(LPTR, 16);
    for (i = 0; i < 16; i++) zero &= p[i] == 0;
    printf("LPTR: zeroed %d size %lu flags %u lock==ptr %d handle==ptr %d\n", zero, (unsigned long)LocalSize(p),
           LocalFlags(p), LocalLock(p) == p, LocalHandle(p) == p);
    SetLastError(12345);
    printf("unlock fixed: %d error %lu\n", LocalUnlock(p), (unsigned long)GetLastError());
    strcpy(p, "keep me");
    p = LocalReAlloc(p, 4096, LMEM_MOVEABLE);
    printf("realloc grow movable: %d [%s] size %lu\n", p != NULL, p ? p : "", (unsigned long)LocalSize(p));
    h = LocalReAlloc(p, 8, 0);
    printf("realloc shrink: same %d size %lu\n", h == p, (unsigned long)LocalSize(p));
    h = LocalReAlloc(p, 64, LMEM_ZEROINIT | LMEM_MOVEABLE);
    p = h;
    zero = 1;
    for (i = 8; i < 64; i++) zero &= p[i] == 0;
    printf("realloc zeroinit: tail zeroed %d head [%.7s]\n", zero, p);
    printf("free: %s\n", LocalFree(p) == NULL ? "NULL" : "not NULL");
    printf("free NULL: %s\n", LocalFree(NULL) == NULL ? "NULL" : "not NULL");
    SetLastError(12345);
    h = LocalAlloc(0x1, 16);
    printf("bad flags: %d error %lu\n", h != NULL, (unsigned long)GetLastError());
    if (h) LocalFree(h);

    puts("-- movable");
    h = LocalAlloc(LHND, 32);
    printf("LHND: %d flags %u size %lu\n", h != NULL, LocalFlags(h), (unsigned long)LocalSize(h));
    p = LocalLock(h);
    printf("lock: %d zeroed %d flags %u\n", p != NULL, p && p[0] == 0 && p[31] == 0, LocalFlags(h));
    i = LocalLock(h) == p;
    printf("lock again: same %d flags %u handle %d\n", i, LocalFlags(h), LocalHandle(p) == h);
    SetLastError(12345);
    printf("unlock: %d error %lu\n", LocalUnlock(h), (unsigned long)GetLastError());
    SetLastError(12345);
    printf("unlock: %d error %lu\n", LocalUnlock(h), (unsigned long)GetLastError());
    SetLastError(12345);
    printf("unlock unlocked: %d error %lu\n", LocalUnlock(h), (unsigned long)GetLastError());
    h2 = LocalReAlloc(h, 1000, LMEM_MOVEABLE);
    printf("realloc: %d size %lu\n", h2 != NULL, (unsigned long)LocalSize(h2));
    printf("free: %s\n", LocalFree(h2) == NULL ? "NULL" : "not NULL");
    h = LocalAlloc(LMEM_MOVEABLE, 0);
    SetLastError(12345);
    p = LocalLock(h);
    printf("zero-size movable: %d lock %d error %lu flags 0x%x size %lu\n", h != NULL, p != NULL,
           (unsigned long)GetLastError(), LocalFlags(h), (unsigned long)LocalSize(h));
    h2 = LocalReAlloc(h, 10, LMEM_MOVEABLE);
    p = LocalLock(h2);
    printf("revived: %d lock %d size %lu\n", h2 != NULL, p != NULL, (unsigned long)LocalSize(h2));
    LocalUnlock(h2);
    LocalFree(h2);

    puts("-- GlobalAlloc");
    p = GlobalAlloc(GPTR, 10);
    printf("GPTR: zeroed %d size %lu lock==ptr %d\n", p[0] == 0 && p[9] == 0, (unsigned long)GlobalSize(p), GlobalLock(p) == p);
    printf("free: %s\n", GlobalFree(p) == NULL ? "NULL" : "not NULL");
    g = GlobalAlloc(GHND, 20);
    p = GlobalLock(g);
    strcpy(p, "global");
    printf("GHND: lock %d flags %u handle %d\n", p != NULL, GlobalFlags(g), GlobalHandle(p) == g);
    SetLastError(12345);
    printf("unlock: %d error %lu\n", GlobalUnlock(g), (unsigned long)GetLastError());
    g = GlobalReAlloc(g, 200, GMEM_MOVEABLE);
    p = GlobalLock(g);
    printf("realloc: [%s] size %lu\n", p, (unsigned long)GlobalSize(g));
    GlobalUnlock(g);
    printf("free: %s\n", GlobalFree(g) == NULL ? "NULL" : "not NULL");
}

static void memory_status(void)
{
    MEMORYSTATUSEX x;
    MEMORYSTATUS m;
    BOOL ok;
    puts("-- GlobalMemoryStatus");
    memset(&x, 0, sizeof x);
    SetLastError(12345);
    ok = GlobalMemoryStatusEx(&x);
    printf("no dwLength: %d error %lu\n", ok, (unsigned long)GetLastError());
    x.dwLength = sizeof x;
    ok = GlobalMemoryStatusEx(&x);
    printf("Ex: %d total>0 %d avail<=total %d load<=100 %d pagefile>=avail %d virtual>0 %d availvirtual<=virtual %d extended %lu\n",
           ok, x.ullTotalPhys > 0, x.ullAvailPhys <= x.ullTotalPhys, x.dwMemoryLoad <= 100,
           x.ullTotalPageFile >= x.ullAvailPageFile, x.ullTotalVirtual > 0, x.ullAvailVirtual <= x.ullTotalVirtual,
           (unsigned long)x.ullAvailExtendedVirtual);
    memset(&m, 0xAA, sizeof m);
    GlobalMemoryStatus(&m);
    printf("GlobalMemoryStatus: dwLength set %d total>0 %d avail<=total %d\n", m.dwLength == sizeof m, m.dwTotalPhys > 0,
           m.dwAvailPhys <= m.dwTotalPhys);
    printf("languages: 0x%04x 0x%04x 0x%08lx 0x%08lx 0x%04x\n", GetUserDefaultLangID(), GetSystemDefaultLangID(),
           (unsigned long)GetUserDefaultLCID(), (unsigned long)GetSystemDefaultLCID(), GetUserDefaultUILanguage());
}

/* The raw figures, which the test compares with the host's. */
static void memory_figures(void)
{
    MEMORYSTATUSEX x;
    MEMORYSTATUS m;
    x.dwLength = sizeof x;
    GlobalMemoryStatusEx(&x);
    GlobalMemoryStatus(&m);
    printf("total %llu\navail %llu\nload %lu\nvirtual %llu %llu\n32-bit total %lu\n", x.ullTotalPhys, x.ullAvailPhys,
           (unsigned long)x.dwMemoryLoad, x.ullTotalVirtual, x.ullAvailVirtual, (unsigned long)m.dwTotalPhys);
}

static void system_texts(void)
{
    static const DWORD codes[] = { 0, 2, 5, 6, 8, 87, 122, 183, 995, 997, 1460, 10004, 10013, 10014, 10022, 10024,
                                   10035, 10036, 10037, 10038, 10048, 10049, 10050, 10051, 10053, 10054, 10055,
                                   10056, 10057, 10058, 10060, 10061, 10064, 10065, 10091, 10092, 10093, 10101,
                                   10109, 11001, 11002, 11003, 11004 };
    char buf[512];
    WCHAR wbuf[512];
    char *alloc = NULL;
    size_t i;
    DWORD n;
    for (i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        n = FormatMessageA(FM_SYS, NULL, codes[i], 0, buf, sizeof buf, NULL);
        printf("%lu: %lu [%s]\n", (unsigned long)codes[i], (unsigned long)n, shown(buf, n));
    }
    n = FormatMessageW(FM_SYS, NULL, 10061, 0, wbuf, 512, NULL);
    printf("wide 10061: %lu [%s]\n", (unsigned long)n, shownw(wbuf, n));
    n = FormatMessageA(FM_SYS | FORMAT_MESSAGE_ALLOCATE_BUFFER, NULL, WSAECONNRESET, 0, (LPSTR)&alloc, 0, NULL);
    printf("allocated 10054: %lu [%s]\n", (unsigned long)n, shown(alloc, n));
    LocalFree(alloc);
    n = FormatMessageA(FM_SYS | FORMAT_MESSAGE_MAX_WIDTH_MASK, NULL, 10060, 0, buf, sizeof buf, NULL);
    printf("max width 10060: %lu [%s]\n", (unsigned long)n, shown(buf, n));
    n = FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_ARGUMENT_ARRAY, NULL, 34, 0, buf, sizeof buf,
                       (va_list *)(DWORD_PTR[]){ (DWORD_PTR)"A:", (DWORD_PTR)"DISK1", (DWORD_PTR)"1234-5678" });
    printf("inserts 34: %lu [%s]\n", (unsigned long)n, shown(buf, n));
    n = FormatMessageA(FM_SYS, NULL, 0x4567, 0, buf, sizeof buf, NULL);
    printf("unknown: %lu error %lu\n", (unsigned long)n, (unsigned long)GetLastError());
    printf("gai_strerror(WSAHOST_NOT_FOUND): [%s]\n", gai_strerrorA(WSAHOST_NOT_FOUND));
    printf("gai_strerror(EAI_AGAIN): [%s]\n", gai_strerrorA(EAI_AGAIN));
    printf("gai_strerrorW(EAI_NONAME): [%s]\n", shownw(gai_strerrorW(EAI_NONAME), (DWORD)wcslen(gai_strerrorW(EAI_NONAME))));
    printf("gai_strerror(0x4567): [%s]\n", gai_strerrorA(0x4567));
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    if (argc > 1 && strcmp(argv[1], "system") == 0) {
        system_texts();
        return 0;
    }
    if (argc > 1 && strcmp(argv[1], "memory") == 0) {
        memory_figures();
        return 0;
    }
    formatting();
    memory();
    memory_status();
    return 0;
}
