/* The wide C library's choices beyond what test/conformance/programs/wide.c compares with
 * Windows: UTF-8 as the multibyte encoding and on the streams, surrogate pairs, the
 * conversion states, wide input. Prints "name: value" lines; `wide stdin` echoes stdin
 * through fgetws/fputws. */
#include <windows.h>
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

static const char *hex(const void *p, size_t n)
{
    static char out[256];
    const unsigned char *b = p;
    size_t o = 0;
    for (size_t i = 0; i < n && o + 3 < sizeof out; i++) o += (size_t)sprintf(out + o, "%02x", b[i]);
    out[o] = 0;
    return out;
}

static const char *units(const wchar_t *s, size_t n)
{
    static char out[256];
    size_t o = 0;
    for (size_t i = 0; i < n && o + 6 < sizeof out; i++) o += (size_t)sprintf(out + o, "%s%04x", i ? " " : "", (unsigned)s[i]);
    out[o] = 0;
    return out;
}

int main(int argc, char **argv)
{
    if (argc > 1 && !strcmp(argv[1], "stdin")) {
        wchar_t line[8];
        int lines = 0;
        while (fgetws(line, 8, stdin)) {
            fputws(line, stdout);
            lines++;
        }
        wprintf(L"[%d pieces]\n", lines);
        return 0;
    }

    /* A W function takes the literal as it is. */
    HANDLE e = CreateEventW(NULL, TRUE, FALSE, NULL);
    printf("CreateEventW: %d\n", e != NULL && SetEvent(e) && WaitForSingleObject(e, 0) == WAIT_OBJECT_0);
    SetLastError(0);
    HANDLE named = CreateEventW(NULL, TRUE, FALSE, L"Global\\name");
    printf("CreateEventW-named: %d %lu\n", named != NULL, GetLastError());
    CloseHandle(e);

    char mb[64];
    wchar_t w[64];
    size_t n = wcstombs(mb, L"h\u00e9\u20ac\U0001F600", sizeof mb);
    printf("wcstombs: %d %s\n", (int)n, hex(mb, n));
    n = wcstombs(NULL, L"h\u00e9\u20ac\U0001F600", 0);
    printf("wcstombs-length: %d\n", (int)n);
    n = mbstowcs(w, "h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 64);
    printf("mbstowcs: %d %s\n", (int)n, units(w, n));
    n = mbstowcs(NULL, "h\xc3\xa9\xf0\x9f\x98\x80", 0);
    printf("mbstowcs-length: %d\n", (int)n);
    errno = 0;
    n = mbstowcs(w, "bad\xff", 64);
    printf("mbstowcs-invalid: %d %d\n", n == (size_t)-1, errno == EILSEQ);
    errno = 0;
    n = mbstowcs(w, "\xed\xa0\x80", 64); /* a surrogate encoded in UTF-8 */
    printf("mbstowcs-surrogate: %d %d\n", n == (size_t)-1, errno == EILSEQ);
    errno = 0;
    n = mbstowcs(w, "\xe0\x80\xaf", 64); /* overlong '/' */
    printf("mbstowcs-overlong: %d %d\n", n == (size_t)-1, errno == EILSEQ);
    errno = 0;
    n = wcstombs(mb, L"a\xdc00", sizeof mb); /* a lone low surrogate */
    printf("wcstombs-lone: %d %d\n", n == (size_t)-1, errno == EILSEQ);
    n = wcstombs(mb, L"\u00e9\u00e9", 3); /* a character is written whole or not at all */
    printf("wcstombs-short: %d %s\n", (int)n, hex(mb, n));

    /* mbrtowc one byte at a time, and the pair's second half. */
    {
        mbstate_t st;
        memset(&st, 0, sizeof st);
        const char *s = "\xf0\x9f\x98\x80";
        wchar_t c = 0;
        char trail[64] = "";
        for (int i = 0; i < 4; i++) {
            size_t r = mbrtowc(&c, s + i, 1, &st);
            sprintf(trail + strlen(trail), "%s%d", i ? "," : "", (int)r);
        }
        printf("mbrtowc-bytes: %s %04x\n", trail, (unsigned)c);
        size_t r = mbrtowc(&c, "", 1, &st);
        printf("mbrtowc-low: %d %04x %d\n", (int)r, (unsigned)c, mbsinit(&st));
        printf("mbrlen: %d %d\n", (int)mbrlen("\xe2\x82\xac", 3, NULL), (int)mbrlen("\xe2\x82", 2, NULL));
        mbrlen(NULL, 0, NULL);
    }

    /* wcrtomb with a pair across two calls. */
    {
        mbstate_t st;
        memset(&st, 0, sizeof st);
        char b[8];
        size_t a = wcrtomb(b, 0xd83d, &st);
        int init = mbsinit(&st);
        size_t c = wcrtomb(b, 0xde00, &st);
        printf("wcrtomb-pair: %d %d %d %s\n", (int)a, init, (int)c, hex(b, c));
        printf("wctomb: %d %s\n", wctomb(b, 0x20ac), hex(b, 3));
        wchar_t wc;
        printf("mbtowc: %d %04x\n", mbtowc(&wc, "\xc3\xa9", 2), (unsigned)wc);
        printf("btowc-wctob: %d %d %d\n", (int)btowc('A'), btowc(0xe9) == WEOF, wctob(0xe9));
    }

    /* wcsnrtombs / mbsnrtowcs stop where told. */
    {
        const wchar_t *src = L"abc\u00e9def";
        mbstate_t st;
        memset(&st, 0, sizeof st);
        size_t r = wcsnrtombs(mb, &src, 4, sizeof mb, &st);
        printf("wcsnrtombs: %d %s rest=%d\n", (int)r, hex(mb, r), (int)(src ? wcslen(src) : -1));
        const char *msrc = "ab\xc3\xa9" "cd";
        memset(&st, 0, sizeof st);
        r = mbsnrtowcs(w, &msrc, 3, 64, &st); /* stops inside the two-byte character */
        printf("mbsnrtowcs: %d %s pending=%d\n", (int)r, units(w, r), !mbsinit(&st));
    }

    /* wcstok (the conforming form). */
    {
        wchar_t text[] = L"a, b,,c";
        wchar_t *ctx, *tok;
        char out[64] = "";
        for (tok = wcstok(text, L", ", &ctx); tok; tok = wcstok(NULL, L", ", &ctx)) {
            wcstombs(out + strlen(out), tok, 8);
            strcat(out, "|");
        }
        printf("wcstok: %s\n", out);
    }

    /* Printing: %p and %n, the pair through %s, the result counts units. */
    {
        wchar_t b[64];
        int r = swprintf(b, 64, L"%p", (void *)0x1234abcd);
        wcstombs(mb, b, sizeof mb);
        printf("swprintf-p: %d %s\n", r, mb);
        int count = 0;
        errno = 0;
        r = swprintf(b, 64, L"ab%n", &count);
        printf("swprintf-n: %d %d %d\n", r, errno == EINVAL, count);
        r = swprintf(b, 64, L"%s|%S", L"\U0001F600", "\xc3\xa9");
        printf("swprintf-pair: %d %s\n", r, units(b, (size_t)r));
        errno = 0;
        r = swprintf(b, 64, L"%S", "bad\xff");
        printf("swprintf-S-invalid: %d %d\n", r, errno == EILSEQ);
        r = swprintf(b, 64, L"%5.1Lf|%hhd|%zu|%Id", (long double)2.25, 300, (size_t)7, (size_t)9);
        wcstombs(mb, b, sizeof mb);
        printf("swprintf-sizes: %d %s\n", r, mb);
    }

    /* wcsftime. */
    {
        struct tm tm;
        memset(&tm, 0, sizeof tm);
        tm.tm_year = 124;
        tm.tm_mon = 1;
        tm.tm_mday = 29;
        tm.tm_hour = 13;
        wchar_t b[64];
        size_t r = wcsftime(b, 64, L"%Y-%m-%d %H\u00e9", &tm);
        printf("wcsftime: %d %s\n", (int)r, units(b, r));
    }

    /* Output: UTF-8 on the stream, the count in units. */
    fflush(stdout);
    int r = wprintf(L"wprintf-utf8: h\u00e9llo \U0001F600 %s\n", L"\u20ac");
    fflush(stdout);
    printf("wprintf-result: %d\n", r);
    errno = 0;
    r = wprintf(L"wprintf-lone: \xd800!\n");
    fflush(stdout);
    printf("\nwprintf-lone-result: %d %d\n", r, errno == EILSEQ);
    fputws(L"fputwc-pair: ", stdout);
    fputwc(0xd83d, stdout);
    fputwc(0xde00, stdout);
    fputwc(L'\n', stdout);
    _putws(L"_putws: ok");
    fflush(stdout);
    return 0;
}
