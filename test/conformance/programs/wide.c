/* The wide C library on a 16-bit wchar_t: strings, numbers and the wide printf family's
 * Windows rules. Wide results are printed as ASCII, with every other unit as \uXXXX.
 *
 * Microsoft's "Format specification syntax: printf and wprintf functions" (type field):
 * "c: When used with printf functions, specifies a single-byte character; when used with
 * wprintf functions, specifies a wide character."  "C: When used with printf functions,
 * specifies a wide character; when used with wprintf functions, specifies a single-byte
 * character."  "s: When used with printf functions, specifies a single-byte or multi-byte
 * character string; when used with wprintf functions, specifies a wide-character string."
 * "S: When used with printf functions, specifies a wide-character string; when used with
 * wprintf functions, specifies a single-byte or multi-byte character string."
 * Size prefixes: "h ... with s or c: a single-byte character string/character";
 * "l or w ... a wide-character string/character".
 *
 * "_snprintf, _snwprintf ...": "If len < count, len characters are stored in buffer, a
 * null-terminator is appended, and len is returned. If len = count, len characters are
 * stored in buffer, no null-terminator is appended, and len is returned. If len > count,
 * count characters are stored in buffer, no null-terminator is appended, and a negative
 * value is returned." */
/* mingw-w64 otherwise swaps in its own C99 printf; a Windows program gets the CRT's. */
#define __USE_MINGW_ANSI_STDIO 0
#include <windows.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* n units of s as ASCII with \uXXXX escapes. */
static const char *show_n(const wchar_t *s, size_t n)
{
    static char out[1024];
    size_t o = 0;
    for (size_t i = 0; i < n && o + 8 < sizeof out; i++) {
        unsigned u = (unsigned short)s[i];
        if (u >= 0x20 && u < 0x7f && u != '\\') out[o++] = (char)u;
        else o += (size_t)sprintf(out + o, "\\u%04X", u);
    }
    out[o] = 0;
    return out;
}

static const char *show(const wchar_t *s) { return show_n(s, wcslen(s)); }

#define SIGN(x) ((x) < 0 ? -1 : (x) > 0)

/* One swprintf line: the result and the text. */
#define SWP(name, ...) do { \
    wchar_t b_[256]; int r_ = swprintf(b_, 256, __VA_ARGS__); \
    printf("%s: %d [%s]\n", name, r_, r_ >= 0 ? show(b_) : ""); \
} while (0)

/* A truncating call into a buffer of 8 units pre-filled with '#': the result and all 8. */
static void show_buffer(const char *name, int r, const wchar_t *b)
{
    printf("%s: %d [%s]\n", name, r, show_n(b, 8));
}

int main(void)
{
    printf("sizeof-wchar_t: %d\n", (int)sizeof(wchar_t));
    printf("sizeof-literal: %d\n", (int)sizeof(L"ab"));
    printf("WCHAR_MAX: %u\n", (unsigned)WCHAR_MAX);
    printf("WCHAR_MIN: %d\n", (int)WCHAR_MIN);
    printf("literal-units: %s\n", show(L"h\u00e9llo \U0001F600"));
    printf("wchar_t-unsigned: %d\n", (wchar_t)-1 > 0);

    /* Strings. */
    printf("wcslen: %d\n", (int)wcslen(L"h\u00e9llo"));
    printf("wcslen-pair: %d\n", (int)wcslen(L"\U0001F600"));
    printf("wcscmp-lt: %d\n", SIGN(wcscmp(L"abc", L"abd")));
    printf("wcscmp-eq: %d\n", SIGN(wcscmp(L"abc", L"abc")));
    printf("wcscmp-high: %d\n", SIGN(wcscmp(L"\uFFFF", L"a")));
    printf("wcsncmp: %d\n", SIGN(wcsncmp(L"abcX", L"abcY", 3)));
    printf("_wcsicmp-eq: %d\n", SIGN(_wcsicmp(L"HeLLo", L"hello")));
    printf("_wcsicmp-underscore: %d\n", SIGN(_wcsicmp(L"_", L"A")));
    /* The C locale folds A-Z only. */
    printf("_wcsicmp-nonascii: %d\n", SIGN(_wcsicmp(L"\u00c9", L"\u00e9")));
    printf("_wcsnicmp: %d\n", SIGN(_wcsnicmp(L"ABCdef", L"abcXYZ", 3)));
    {
        wchar_t b[32];
        wcscpy(b, L"net");
        wcscat(b, L"work");
        printf("wcscpy-wcscat: %s\n", show(b));
        wcsncpy(b, L"ab", 5);
        printf("wcsncpy-pads: %d %d %d\n", b[2], b[3], b[4]);
        const wchar_t *s = L"a,b;c,d";
        printf("wcschr: %d\n", (int)(wcschr(s, L';') - s));
        printf("wcsrchr: %d\n", (int)(wcsrchr(s, L',') - s));
        const wchar_t *h = L"winsock wasm";
        printf("wcsstr: %d\n", (int)(wcsstr(h, L"wasm") - h));
        printf("wcsstr-none: %d\n", wcsstr(h, L"tcp") == NULL);
        printf("wcsspn: %d\n", (int)wcsspn(L"aabbcx", L"abc"));
        printf("wcscspn: %d\n", (int)wcscspn(L"hello, world", L" ,"));
        printf("wcspbrk: %s\n", show(wcspbrk(L"hello, world", L"ow")));
        wchar_t *d = _wcsdup(L"dup\u00e9");
        printf("_wcsdup: %s\n", show(d));
        free(d);
        const wchar_t *m = L"abcdef";
        printf("wmemchr: %d\n", (int)((const wchar_t *)wmemchr(m, L'd', 6) - m));
        printf("wmemcmp: %d\n", SIGN(wmemcmp(L"abc", L"abd", 3)));
        wmemset(b, L'z', 3);
        b[3] = 0;
        printf("wmemset: %s\n", show(b));
    }

    /* Numbers. */
    {
        wchar_t *end;
        long v = wcstol(L"  -1234xyz", &end, 10);
        printf("wcstol: %ld rest=%s\n", v, show(end));
        unsigned long u = wcstoul(L"0x1fG", &end, 0);
        printf("wcstoul-base0: %lu rest=%s\n", u, show(end));
        printf("wcstol-octal: %ld\n", wcstol(L"0755", NULL, 0));
        errno = 0;
        v = wcstol(L"99999999999", &end, 10);
        printf("wcstol-overflow: %ld ERANGE=%d\n", v, errno == ERANGE);
        v = wcstol(L"xyz", &end, 10);
        printf("wcstol-none: %ld rest=%s\n", v, show(end));
        double dv = wcstod(L"3.25e2x", &end);
        printf("wcstod: %.2f rest=%s\n", dv, show(end));
        printf("wcstoll: %lld\n", wcstoll(L"-9223372036854775807", NULL, 10));
        printf("wcstoull: %llu\n", wcstoull(L"18446744073709551615", NULL, 10));
        printf("_wtoi: %d\n", _wtoi(L" 42abc"));
        printf("_wtol: %ld\n", _wtol(L"-7"));
    }

    /* The wide printf family. */
    SWP("swprintf-s", L"[%s]", L"wide");
    SWP("swprintf-S", L"[%S]", "narrow");
    SWP("swprintf-hs", L"[%hs]", "narrow");
    SWP("swprintf-ls", L"[%ls]", L"wide");
    SWP("swprintf-ws", L"[%ws]", L"wide");
    SWP("swprintf-c", L"[%c]", L'W');
    SWP("swprintf-C", L"[%C]", 'n');
    SWP("swprintf-hc", L"[%hc]", 'n');
    SWP("swprintf-lc", L"[%lc]", L'W');
    SWP("swprintf-s-nonascii", L"[%s]", L"h\u00e9\U0001F600");
    SWP("swprintf-s-width", L"[%8s|%-8s|%.2s]", L"ab", L"cd", L"efgh");
    SWP("swprintf-S-width", L"[%6S|%-6S|%.1S]", "ab", "cd", "ef");
    SWP("swprintf-s-null", L"[%s]", (wchar_t *)NULL);
    SWP("swprintf-d", L"[%d|%5d|%-5d|%05d|%+d|% d]", 42, 42, 42, 42, 42, 42);
    SWP("swprintf-u-x-o", L"[%u|%x|%X|%#x|%o]", 4000000000u, 255, 255, 255, 8);
    SWP("swprintf-hd", L"[%hd|%hu]", 70000, 70000);
    SWP("swprintf-I64d", L"[%I64d|%lld|%I64u]", -5000000000LL, 5000000000LL, 18446744073709551615ULL);
    SWP("swprintf-ld", L"[%ld|%lu]", -2147483647L - 1, 4294967295UL);
    SWP("swprintf-star", L"[%*d|%-*d|%.*f]", 6, 1, 4, 2, 3, 3.14159);
    SWP("swprintf-f", L"[%f|%.2f|%8.3f|%-8.1f|%g|%g]", 1.5, 2.345, 3.14159, 2.5, 0.0001, 123456789.0);
    SWP("swprintf-percent", L"[100%%]");
    SWP("swprintf-empty", L"");

    /* Truncation. */
    {
        wchar_t b[8];
        int r;
        wmemset(b, L'#', 8);
        r = _snwprintf(b, 5, L"%s", L"abcdefgh");
        show_buffer("_snwprintf-truncated", r, b);
        wmemset(b, L'#', 8);
        r = _snwprintf(b, 5, L"%s", L"abcde");
        show_buffer("_snwprintf-exact", r, b);
        wmemset(b, L'#', 8);
        r = _snwprintf(b, 5, L"%s", L"abc");
        show_buffer("_snwprintf-fits", r, b);
        wmemset(b, L'#', 8);
        r = _snwprintf(b, 0, L"%s", L"abc");
        show_buffer("_snwprintf-zero", r, b);
        wmemset(b, L'#', 8);
        r = swprintf(b, 5, L"%s", L"abcdefgh");
        show_buffer("swprintf-truncated", r, b);
        wmemset(b, L'#', 8);
        r = swprintf(b, 5, L"%s", L"abcde");
        show_buffer("swprintf-exact", r, b);
        wmemset(b, L'#', 8);
        r = swprintf(b, 5, L"%s", L"abcd");
        show_buffer("swprintf-fits", r, b);
        printf("_scwprintf: %d\n", _scwprintf(L"%s-%d", L"abc", 12345));
    }

    /* wprintf to stdout (ASCII: the encoding of other text depends on the console). */
    fflush(stdout);
    int n = wprintf(L"wprintf-line: %s %S %d %c\n", L"wide", "narrow", 7, L'x');
    fflush(stdout);
    printf("wprintf-result: %d\n", n);
    n = fwprintf(stdout, L"fwprintf-line: %5s|\n", L"ab");
    fflush(stdout);
    printf("fwprintf-result: %d\n", n);
    fputws(L"fputws-line: ok\n", stdout);
    fputws(L"fputwc-line: ", stdout);
    fputwc(L'f', stdout);
    fputwc(L'\n', stdout);
    fputws(L"putwchar-line: ", stdout);
    putwchar(L'p');
    putwchar(L'\n');
    fflush(stdout);
    return 0;
}
