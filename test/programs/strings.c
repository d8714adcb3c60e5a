/* The Win32 string surface around sockets: strsafe.h, tchar.h, kernel32's lstr* and code-page
 * conversion, user32's Char* / IsChar* / wsprintf. Prints "name: value" lines; the golden
 * values in test/integration/strings.test.ts come from this source built with
 * x86_64-w64-mingw32-gcc and run under Wine (with the documented Windows values where Wine
 * differs; the test says where). Built twice: as is (narrow generic names) and with
 * -DUNICODE -D_UNICODE; the "generic-" lines must not change between the two. */
#define __USE_MINGW_ANSI_STDIO 0
/* The SDK deprecates strcpy and friends in strsafe.h unless told not to, and wants tchar.h first. */
#define STRSAFE_NO_DEPRECATE
#include <windows.h>
#include <tchar.h>
#include <strsafe.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

/* n narrow units, printable ASCII as is, others as \xNN. */
static const char *showA_n(const char *s, size_t n)
{
    static char out[2][512];
    static int k;
    char *o = out[k ^= 1];
    size_t j = 0;
    for (size_t i = 0; i < n && j + 6 < sizeof out[0]; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '\\') o[j++] = (char)c;
        else j += (size_t)sprintf(o + j, "\\x%02X", c);
    }
    o[j] = 0;
    return o;
}
/* n wide units, printable ASCII as is, others as \uXXXX. */
static const char *showW_n(const WCHAR *s, size_t n)
{
    static char out[2][1024];
    static int k;
    char *o = out[k ^= 1];
    size_t j = 0;
    for (size_t i = 0; i < n && j + 8 < sizeof out[0]; i++) {
        unsigned u = (unsigned short)s[i];
        if (u >= 0x20 && u < 0x7f && u != '\\') o[j++] = (char)u;
        else j += (size_t)sprintf(o + j, "\\u%04X", u);
    }
    o[j] = 0;
    return o;
}
#define showA(s) showA_n((s), strlen(s))
#define showW(s) showW_n((s), (size_t)lstrlenW(s))
#define HR(h) ((unsigned long)(h))
#define SIGN(x) ((x) < 0 ? -1 : (x) > 0)

/* An 8-unit buffer pre-filled with '#', shown whole after the call. */
#define BUFA(b) char b[8]; memset(b, '#', sizeof b)
#define BUFW(b) WCHAR b[8]; for (int i_ = 0; i_ < 8; i_++) b[i_] = '#'

static HRESULT vprintfA(char *d, size_t n, const char *f, ...)
{
    va_list ap; HRESULT h; va_start(ap, f); h = StringCchVPrintfA(d, n, f, ap); va_end(ap); return h;
}
static HRESULT vprintfW(WCHAR *d, size_t n, const WCHAR *f, ...)
{
    va_list ap; HRESULT h; va_start(ap, f); h = StringCbVPrintfW(d, n * sizeof(WCHAR), f, ap); va_end(ap); return h;
}

static void strsafe(void)
{
    HRESULT h;
    size_t rem, len;
    char *endA;
    WCHAR *endW;
    printf("constants: %lx %lx %lx %d\n", HR(STRSAFE_E_INSUFFICIENT_BUFFER), HR(STRSAFE_E_INVALID_PARAMETER),
           HR(STRSAFE_E_END_OF_FILE), STRSAFE_MAX_CCH);
    { BUFA(b); h = StringCchCopyA(b, 8, "abc"); printf("CchCopyA-fits: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFA(b); h = StringCchCopyA(b, 8, "abcdefgh"); printf("CchCopyA-trunc: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFA(b); h = StringCchCopyA(b, 8, "abcdefg"); printf("CchCopyA-exact: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFA(b); h = StringCchCopyA(b, 0, "abc"); printf("CchCopyA-zero: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFA(b); h = StringCchCopyA(b, (size_t)STRSAFE_MAX_CCH + 1, "abc"); printf("CchCopyA-toobig: %lx\n", HR(h)); }
    { BUFW(b); h = StringCchCopyW(b, 8, L"abc"); printf("CchCopyW-fits: %lx [%s]\n", HR(h), showW_n(b, 8)); }
    { BUFW(b); h = StringCchCopyW(b, 8, L"abcdefgh\u00e9"); printf("CchCopyW-trunc: %lx [%s]\n", HR(h), showW_n(b, 8)); }
    { BUFA(b); h = StringCbCopyA(b, 4, "abcdef"); printf("CbCopyA-trunc: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFW(b); h = StringCbCopyW(b, 8, L"abcdef"); printf("CbCopyW-trunc: %lx [%s]\n", HR(h), showW_n(b, 8)); }
    { BUFW(b); h = StringCbCopyW(b, 7, L"abcdef"); printf("CbCopyW-odd: %lx [%s]\n", HR(h), showW_n(b, 8)); }
    { BUFA(b); h = StringCchCopyNA(b, 8, "abcdef", 3); printf("CchCopyNA: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFA(b); h = StringCchCopyNA(b, 4, "abcdef", 5); printf("CchCopyNA-trunc: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFA(b); h = StringCchCopyNA(b, 8, "ab", 5); printf("CchCopyNA-short: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFW(b); h = StringCbCopyNW(b, 16, L"abcdef", 4); printf("CbCopyNW: %lx [%s]\n", HR(h), showW_n(b, 8)); }
    { BUFA(b); strcpy(b, "ab"); h = StringCchCatA(b, 8, "cd"); printf("CchCatA: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFA(b); strcpy(b, "ab"); h = StringCchCatA(b, 8, "cdefghij"); printf("CchCatA-trunc: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFA(b); h = StringCchCatA(b, 8, "x"); printf("CchCatA-unterminated: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFW(b); b[0] = 'a'; b[1] = 0; h = StringCchCatW(b, 8, L"bcdefghij"); printf("CchCatW-trunc: %lx [%s]\n", HR(h), showW_n(b, 8)); }
    { BUFA(b); strcpy(b, "ab"); h = StringCchCatNA(b, 8, "cdefgh", 2); printf("CchCatNA: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFW(b); b[0] = 'a'; b[1] = 0; h = StringCbCatNW(b, 16, L"cdefghij", 20); printf("CbCatNW-trunc: %lx [%s]\n", HR(h), showW_n(b, 8)); }
    { BUFA(b); strcpy(b, "ab"); h = StringCbCatA(b, 6, "cdef"); printf("CbCatA-trunc: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFA(b); h = StringCchPrintfA(b, 8, "%d-%s", 42, "x"); printf("CchPrintfA: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFA(b); h = StringCchPrintfA(b, 8, "%d", 12345678); printf("CchPrintfA-trunc: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFA(b); h = StringCchPrintfA(b, 8, "%d", 1234567); printf("CchPrintfA-exact: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFW(b); h = StringCchPrintfW(b, 8, L"%s=%d", L"k", 5); printf("CchPrintfW: %lx [%s]\n", HR(h), showW_n(b, 8)); }
    { BUFW(b); h = StringCchPrintfW(b, 8, L"%s", L"abcdefghij"); printf("CchPrintfW-trunc: %lx [%s]\n", HR(h), showW_n(b, 8)); }
    { BUFA(b); h = StringCbPrintfA(b, 5, "%s", "abcdef"); printf("CbPrintfA-trunc: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFA(b); h = vprintfA(b, 8, "%c%c%c", 'x', 'y', 'z'); printf("CchVPrintfA: %lx [%s]\n", HR(h), showA_n(b, 8)); }
    { BUFW(b); h = vprintfW(b, 4, L"%d", 123456); printf("CbVPrintfW-trunc: %lx [%s]\n", HR(h), showW_n(b, 8)); }
    len = 99; h = StringCchLengthA("abc", 8, &len); printf("CchLengthA: %lx %u\n", HR(h), (unsigned)len);
    len = 99; h = StringCchLengthA("abcdefgh", 8, &len); printf("CchLengthA-long: %lx %u\n", HR(h), (unsigned)len);
    len = 99; h = StringCchLengthA(NULL, 8, &len); printf("CchLengthA-null: %lx %u\n", HR(h), (unsigned)len);
    len = 99; h = StringCchLengthA("abc", (size_t)STRSAFE_MAX_CCH + 1, &len); printf("CchLengthA-toobig: %lx %u\n", HR(h), (unsigned)len);
    len = 99; h = StringCbLengthW(L"abc", 16, &len); printf("CbLengthW: %lx %u\n", HR(h), (unsigned)len);
    len = 99; h = StringCbLengthW(L"abc", 6, &len); printf("CbLengthW-long: %lx %u\n", HR(h), (unsigned)len);
    len = 99; h = StringCchLengthW(L"abc", 4, &len); printf("CchLengthW-exact: %lx %u\n", HR(h), (unsigned)len);

    /* The Ex forms: end pointer, remaining count, flags. */
    { BUFA(b); h = StringCchCopyExA(b, 8, "abc", &endA, &rem, 0); printf("CchCopyExA: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); h = StringCchCopyExA(b, 8, "abcdefghij", &endA, &rem, 0); printf("CchCopyExA-trunc: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); h = StringCchCopyExA(b, 8, "abc", &endA, &rem, STRSAFE_FILL_BEHIND_NULL | '*'); printf("CchCopyExA-fill-behind: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); h = StringCchCopyExA(b, 8, "abc", &endA, &rem, STRSAFE_FILL_BYTE('+')); printf("CchCopyExA-FILL_BYTE: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); h = StringCchCopyExA(b, 8, "abcdefghij", &endA, &rem, STRSAFE_FILL_ON_FAILURE | '*'); printf("CchCopyExA-fill-on-failure: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); h = StringCchCopyExA(b, 8, "abcdefghij", &endA, &rem, STRSAFE_FAILURE_BYTE(0)); printf("CchCopyExA-fill-on-failure-0: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); h = StringCchCopyExA(b, 8, "abcdefghij", &endA, &rem, STRSAFE_NULL_ON_FAILURE); printf("CchCopyExA-null-on-failure: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); h = StringCchCopyExA(b, 8, "abcdefghij", &endA, &rem, STRSAFE_NO_TRUNCATION); printf("CchCopyExA-no-truncation: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); h = StringCchCopyExA(b, 8, NULL, &endA, &rem, STRSAFE_IGNORE_NULLS); printf("CchCopyExA-ignore-nulls: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { h = StringCchCopyExA(NULL, 0, NULL, NULL, &rem, STRSAFE_IGNORE_NULLS); printf("CchCopyExA-ignore-nulls-dest: %lx\n", HR(h)); }
    { BUFA(b); h = StringCchCopyExA(b, 8, "abc", &endA, &rem, 0x10000); printf("CchCopyExA-bad-flags: %lx\n", HR(h)); }
    { BUFW(b); h = StringCchCopyExW(b, 8, L"abcdefghij", &endW, &rem, 0); printf("CchCopyExW-trunc: %lx [%s] %d %u\n", HR(h), showW_n(b, 8), (int)(endW - b), (unsigned)rem); }
    { BUFW(b); h = StringCbCopyExW(b, 16, L"ab", &endW, &rem, STRSAFE_FILL_BEHIND_NULL); printf("CbCopyExW-fill-behind-0: %lx [%s] %d %u\n", HR(h), showW_n(b, 8), (int)(endW - b), (unsigned)rem); }
    { BUFW(b); h = StringCbCopyExW(b, 16, L"abcdefghij", &endW, &rem, STRSAFE_NULL_ON_FAILURE); printf("CbCopyExW-null-on-failure: %lx [%s] %d %u\n", HR(h), showW_n(b, 8), (int)(endW - b), (unsigned)rem); }
    { BUFA(b); h = StringCchCopyNExA(b, 8, "abcdef", 2, &endA, &rem, 0); printf("CchCopyNExA: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFW(b); h = StringCbCopyNExW(b, 8, L"abcdef", 12, &endW, &rem, 0); printf("CbCopyNExW-trunc: %lx [%s] %d %u\n", HR(h), showW_n(b, 8), (int)(endW - b), (unsigned)rem); }
    { BUFA(b); strcpy(b, "ab"); h = StringCchCatExA(b, 8, "cd", &endA, &rem, 0); printf("CchCatExA: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); strcpy(b, "ab"); h = StringCchCatExA(b, 8, "cdefghij", &endA, &rem, 0); printf("CchCatExA-trunc: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); strcpy(b, "ab"); h = StringCchCatExA(b, 8, "cdefghij", &endA, &rem, STRSAFE_NO_TRUNCATION); printf("CchCatExA-no-truncation: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); strcpy(b, "ab"); h = StringCchCatExA(b, 8, "cdefghij", &endA, &rem, STRSAFE_NULL_ON_FAILURE); printf("CchCatExA-null-on-failure: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); strcpy(b, "ab"); h = StringCchCatExA(b, 8, "cdefghij", &endA, &rem, STRSAFE_FILL_ON_FAILURE | '*'); printf("CchCatExA-fill-on-failure: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); strcpy(b, "ab"); h = StringCchCatExA(b, 8, "c", &endA, &rem, STRSAFE_FILL_BEHIND_NULL | '*'); printf("CchCatExA-fill-behind: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); strcpy(b, "ab"); h = StringCchCatExA(b, 8, NULL, &endA, &rem, STRSAFE_IGNORE_NULLS); printf("CchCatExA-ignore-nulls: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFW(b); b[0] = 'a'; b[1] = 0; h = StringCbCatExW(b, 16, L"bc", &endW, &rem, 0); printf("CbCatExW: %lx [%s] %d %u\n", HR(h), showW_n(b, 8), (int)(endW - b), (unsigned)rem); }
    { BUFA(b); strcpy(b, "ab"); h = StringCchCatNExA(b, 8, "cdefgh", 3, &endA, &rem, 0); printf("CchCatNExA: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFW(b); b[0] = 0; h = StringCbCatNExW(b, 16, L"abcdefghij", 20, &endW, &rem, STRSAFE_NO_TRUNCATION); printf("CbCatNExW-no-truncation: %lx [%s] %d %u\n", HR(h), showW_n(b, 8), (int)(endW - b), (unsigned)rem); }
    { BUFA(b); h = StringCchPrintfExA(b, 8, &endA, &rem, 0, "%s", "ab"); printf("CchPrintfExA: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); h = StringCchPrintfExA(b, 8, &endA, &rem, 0, "%s", "abcdefghij"); printf("CchPrintfExA-trunc: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); h = StringCchPrintfExA(b, 8, &endA, &rem, STRSAFE_FILL_BEHIND_NULL | '.', "%d", 7); printf("CchPrintfExA-fill-behind: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFA(b); h = StringCchPrintfExA(b, 8, &endA, &rem, STRSAFE_NULL_ON_FAILURE, "%s", "abcdefghij"); printf("CchPrintfExA-null-on-failure: %lx [%s] %d %u\n", HR(h), showA_n(b, 8), (int)(endA - b), (unsigned)rem); }
    { BUFW(b); h = StringCbPrintfExW(b, 16, &endW, &rem, 0, L"%d", 1234567890); printf("CbPrintfExW-trunc: %lx [%s] %d %u\n", HR(h), showW_n(b, 8), (int)(endW - b), (unsigned)rem); }
    { BUFW(b); h = StringCbPrintfExW(b, 16, &endW, &rem, STRSAFE_FILL_ON_FAILURE | 0x41, L"%d", 1234567890); printf("CbPrintfExW-fill-on-failure: %lx [%s] %d %u\n", HR(h), showW_n(b, 8), (int)(endW - b), (unsigned)rem); }
}

static void lstr(void)
{
    char a[16];
    WCHAR w[16];
    printf("lstrlenA: %d %d\n", lstrlenA("hello"), lstrlenA(NULL));
    printf("lstrlenW: %d %d\n", lstrlenW(L"h\u00e9llo"), lstrlenW(NULL));
    /* Arguments are evaluated in no set order: each call first, then its print. */
    int same;
    same = lstrcpyA(a, "abc") == a;
    printf("lstrcpyA: %d [%s]\n", same, a);
    same = lstrcpyW(w, L"abc") == w;
    printf("lstrcpyW: %d [%s]\n", same, showW(w));
    memset(a, '#', sizeof a);
    same = lstrcpynA(a, "abcdef", 4) == a;
    printf("lstrcpynA: %d [%s]\n", same, showA_n(a, 6));
    lstrcpynA(a, "ab", 4);
    printf("lstrcpynA-fits: [%s]\n", showA_n(a, 4));
    lstrcpynA(a, "ab", 1);
    printf("lstrcpynA-1: [%s]\n", showA_n(a, 2));
    for (int i = 0; i < 16; i++) w[i] = '#';
    same = lstrcpynW(w, L"abcdef", 3) == w;
    printf("lstrcpynW: %d [%s]\n", same, showW_n(w, 5));
    lstrcpyA(a, "ab");
    same = lstrcatA(a, "cd") == a;
    printf("lstrcatA: %d [%s]\n", same, a);
    lstrcpyW(w, L"ab");
    same = lstrcatW(w, L"cd") == w;
    printf("lstrcatW: %d [%s]\n", same, showW(w));
    static const char *const pairs[][2] = {
        {"a", "B"}, {"A", "b"}, {"a", "A"}, {"A", "a"}, {"abc", "abc"}, {"abc", "abd"}, {"ab", "abc"},
        {"co-op", "coop"}, {"coop", "co-op"}, {"co-op", "cop"}, {"it's", "its"}, {"a-b", "a'b"},
        {"1", "a"}, {"!", "1"}, {"_", "a"}, {"Z", "a"}, {"10", "9"}, {"", "a"}, {"Ab", "aB"}, {"a b", "ab"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        WCHAR x[16], y[16];
        MultiByteToWideChar(CP_UTF8, 0, pairs[i][0], -1, x, 16);
        MultiByteToWideChar(CP_UTF8, 0, pairs[i][1], -1, y, 16);
        printf("lstrcmp[%s|%s]: %d %d %d %d\n", pairs[i][0], pairs[i][1],
               SIGN(lstrcmpA(pairs[i][0], pairs[i][1])), SIGN(lstrcmpiA(pairs[i][0], pairs[i][1])),
               SIGN(lstrcmpW(x, y)), SIGN(lstrcmpiW(x, y)));
    }
}

static void codepages(void)
{
    WCHAR w[16];
    char a[16];
    int r;
    BOOL used;
    printf("GetACP: %u\n", GetACP());
    printf("GetOEMCP: %u\n", GetOEMCP());
#define MB(name, cp, fl, src, n, out) do { \
    WCHAR *out_ = out; \
    for (int i_ = 0; i_ < 16; i_++) { w[i_] = '#'; } SetLastError(0xDEAD); \
    r = MultiByteToWideChar(cp, fl, src, n, out, out_ ? 16 : 0); \
    printf("%s: %d %lu [%s]\n", name, r, r ? 0ul : (unsigned long)GetLastError(), showW_n(w, r > 0 && out_ ? (size_t)r : 0)); \
} while (0)
    MB("MB-utf8", CP_UTF8, 0, "h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", -1, w);
    MB("MB-utf8-len", CP_UTF8, 0, "h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", -1, NULL);
    MB("MB-utf8-count", CP_UTF8, 0, "abcdef", 3, w);
    MB("MB-invalid", CP_UTF8, 0, "a\xff" "b\xc3(\xe2\x82z", -1, w);
    MB("MB-overlong", CP_UTF8, 0, "\xc0\xaf\xe0\x80\xaf", 5, w);
    MB("MB-surrogate", CP_UTF8, 0, "\xed\xa0\x80x", 4, w);
    MB("MB-truncated-end", CP_UTF8, 0, "a\xf0\x9f\x98", 4, w);
    MB("MB-err-invalid", CP_UTF8, MB_ERR_INVALID_CHARS, "a\xff", -1, w);
    MB("MB-err-valid", CP_UTF8, MB_ERR_INVALID_CHARS, "a\xc3\xa9", -1, w);
    MB("MB-bad-flags", CP_UTF8, MB_PRECOMPOSED, "a", -1, w);
    MB("MB-zero-len", CP_UTF8, 0, "a", 0, w);
    MB("MB-null", CP_UTF8, 0, NULL, 1, w);
    MB("MB-utf7", CP_UTF7, 0, "a", -1, w);
    MB("MB-unknown-cp", 12345, 0, "a", -1, w);
    MB("MB-acp", CP_ACP, 0, "a\xc3\xa9", -1, w);
    MB("MB-oemcp", CP_OEMCP, 0, "\xe2\x82\xac", -1, w);
    MB("MB-thread-acp", CP_THREAD_ACP, 0, "z", 1, w);
    SetLastError(0xDEAD);
    r = MultiByteToWideChar(CP_UTF8, 0, "abcdef", -1, w, 3);
    printf("MB-small: %d %lu\n", r, (unsigned long)GetLastError());
    SetLastError(0xDEAD);
    r = MultiByteToWideChar(CP_UTF8, 0, "a\xf0\x9f\x98\x80", 5, w, 2);
    printf("MB-small-pair: %d %lu\n", r, (unsigned long)GetLastError());
#define WC(name, cp, fl, src, n, out, def, usedp) do { \
    char *out_ = out; \
    memset(a, '#', sizeof a); SetLastError(0xDEAD); \
    r = WideCharToMultiByte(cp, fl, src, n, out_, out_ ? 16 : 0, def, usedp); \
    printf("%s: %d %lu [%s]\n", name, r, r ? 0ul : (unsigned long)GetLastError(), showA_n(a, r > 0 && out_ ? (size_t)r : 0)); \
} while (0)
    static const WCHAR mixed[] = { 'h', 0xE9, 0x20AC, 0xD83D, 0xDE00, 0 };
    static const WCHAR lone[] = { 'a', 0xD800, 'b', 0xDC00, 0 };
    WC("WC-utf8", CP_UTF8, 0, mixed, -1, a, NULL, NULL);
    WC("WC-utf8-len", CP_UTF8, 0, mixed, -1, NULL, NULL, NULL);
    WC("WC-utf8-count", CP_UTF8, 0, mixed, 2, a, NULL, NULL);
    WC("WC-lone", CP_UTF8, 0, lone, -1, a, NULL, NULL);
    WC("WC-lone-err", CP_UTF8, WC_ERR_INVALID_CHARS, lone, -1, a, NULL, NULL);
    WC("WC-err-valid", CP_UTF8, WC_ERR_INVALID_CHARS, mixed, -1, a, NULL, NULL);
    WC("WC-default-char", CP_UTF8, 0, mixed, -1, a, "?", NULL);
    WC("WC-used-default", CP_UTF8, 0, mixed, -1, a, NULL, &used);
    WC("WC-bad-flags", CP_UTF8, WC_NO_BEST_FIT_CHARS, mixed, -1, a, NULL, NULL);
    WC("WC-zero-len", CP_UTF8, 0, mixed, 0, a, NULL, NULL);
    WC("WC-utf7", CP_UTF7, 0, mixed, -1, a, NULL, NULL);
    WC("WC-unknown-cp", 12345, 0, mixed, -1, a, NULL, NULL);
    WC("WC-acp", CP_ACP, 0, L"ab", -1, a, NULL, NULL);
    SetLastError(0xDEAD);
    r = WideCharToMultiByte(CP_UTF8, 0, mixed, -1, a, 4, NULL, NULL);
    printf("WC-small: %d %lu\n", r, (unsigned long)GetLastError());
}

static void user32(void)
{
    char a[32];
    WCHAR w[32];
    int r;
    strcpy(a, "Hello, World 1");
    int same = CharUpperA(a) == a;
    printf("CharUpperA: %d [%s]\n", same, a);
    same = CharLowerA(a) == a;
    printf("CharLowerA: %d [%s]\n", same, a);
    printf("CharUpperA-char: %lu %lu\n", (unsigned long)(ULONG_PTR)CharUpperA((LPSTR)(ULONG_PTR)'q'), (unsigned long)(ULONG_PTR)CharUpperA((LPSTR)(ULONG_PTR)'5'));
    printf("CharLowerA-char: %lu\n", (unsigned long)(ULONG_PTR)CharLowerA((LPSTR)(ULONG_PTR)'Q'));
    lstrcpyW(w, L"Stra\u00dfe \u00e9t\u00e9 \u0434a");
    same = CharUpperW(w) == w;
    printf("CharUpperW: %d [%s]\n", same, showW(w));
    same = CharLowerW(w) == w;
    printf("CharLowerW: %d [%s]\n", same, showW(w));
    printf("CharUpperW-char: %lu %lu\n", (unsigned long)(ULONG_PTR)CharUpperW((LPWSTR)(ULONG_PTR)L'a'), (unsigned long)(ULONG_PTR)CharUpperW((LPWSTR)(ULONG_PTR)0xE9));
    printf("CharLowerW-char: %lu\n", (unsigned long)(ULONG_PTR)CharLowerW((LPWSTR)(ULONG_PTR)0xC9));
    memcpy(a, "abc\0def", 8);
    DWORD n = CharUpperBuffA(a, 6);
    printf("CharUpperBuffA: %lu [%s]\n", (unsigned long)n, showA_n(a, 7));
    n = CharLowerBuffA(a, 2);
    printf("CharLowerBuffA: %lu [%s]\n", (unsigned long)n, showA_n(a, 7));
    lstrcpyW(w, L"abc\u00e9");
    n = CharUpperBuffW(w, 4);
    printf("CharUpperBuffW: %lu [%s]\n", (unsigned long)n, showW(w));
    n = CharLowerBuffW(w, 2);
    printf("CharLowerBuffW: %lu [%s]\n", (unsigned long)n, showW(w));
    const char *s = "ab";
    printf("CharNextA: %d %d %d\n", (int)(CharNextA(s) - s), (int)(CharNextA(s + 1) - s), (int)(CharNextA(s + 2) - s));
    printf("CharPrevA: %d %d\n", (int)(CharPrevA(s, s + 2) - s), (int)(CharPrevA(s, s) - s));
    const WCHAR *t = L"ab";
    printf("CharNextW: %d %d %d\n", (int)(CharNextW(t) - t), (int)(CharNextW(t + 1) - t), (int)(CharNextW(t + 2) - t));
    printf("CharPrevW: %d %d\n", (int)(CharPrevW(t, t + 2) - t), (int)(CharPrevW(t, t) - t));
    printf("IsCharAlphaA: %d %d %d %d\n", !!IsCharAlphaA('a'), !!IsCharAlphaA('Z'), !!IsCharAlphaA('1'), !!IsCharAlphaA('-'));
    printf("IsCharAlphaNumericA: %d %d %d\n", !!IsCharAlphaNumericA('a'), !!IsCharAlphaNumericA('7'), !!IsCharAlphaNumericA(' '));
    printf("IsCharUpperA: %d %d %d\n", !!IsCharUpperA('A'), !!IsCharUpperA('a'), !!IsCharUpperA('1'));
    printf("IsCharLowerA: %d %d %d\n", !!IsCharLowerA('a'), !!IsCharLowerA('A'), !!IsCharLowerA('1'));
    printf("IsCharAlphaW: %d %d %d %d\n", !!IsCharAlphaW(L'a'), !!IsCharAlphaW(0xE9), !!IsCharAlphaW(0x434), !!IsCharAlphaW(L'3'));
    printf("IsCharAlphaNumericW: %d %d %d\n", !!IsCharAlphaNumericW(L'7'), !!IsCharAlphaNumericW(0xC9), !!IsCharAlphaNumericW(L'.'));
    printf("IsCharUpperW: %d %d %d\n", !!IsCharUpperW(L'A'), !!IsCharUpperW(0xC9), !!IsCharUpperW(0xE9));
    printf("IsCharLowerW: %d %d %d\n", !!IsCharLowerW(L'a'), !!IsCharLowerW(0xE9), !!IsCharLowerW(0xC9));

    r = wsprintfA(a, "%d|%5d|%-5d|%05d|%u|%x|%X|%#x", -42, 42, 42, 42, 3000000000u, 255, 255, 255);
    printf("wsprintfA-int: %d [%s]\n", r, a);
    r = wsprintfA(a, "%s|%5s|%-5s|%.2s|%c|%S|%ls|%hs|%C", "ab", "ab", "ab", "abcd", 'z', L"wi", L"wl", "nh", (int)L'W');
    printf("wsprintfA-str: %d [%s]\n", r, a);
    r = wsprintfA(a, "%ld|%lu|%lx|%hd|%hu|%I64d|%%", -5L, 5ul, 0xabcul, 70000, 70000, (long long)-1234567890123);
    printf("wsprintfA-size: %d [%s]\n", r, a);
    r = wsprintfA(a, "[%f]", 1.5);
    printf("wsprintfA-float: %d [%s]\n", r, a);
    r = wsprintfW(w, L"%d|%s|%S|%c|%C|%x", 7, L"w\u00e9", "n", (int)L'\u00e9', 'n', 0xbeef);
    printf("wsprintfW: %d [%s]\n", r, showW(w));
    {
        static char big[2048];
        static char arg[1500];
        memset(arg, 'x', sizeof arg - 1);
        r = wsprintfA(big, "%s", arg);
        printf("wsprintfA-limit: %d %d\n", r, (int)strlen(big));
        static WCHAR bigw[2048];
        r = wsprintfW(bigw, L"%S", arg);
        printf("wsprintfW-limit: %d %d\n", r, lstrlenW(bigw));
    }
}

/* Generic names: these lines are the same with and without UNICODE / _UNICODE. */
static const char *showT(const TCHAR *s)
{
#ifdef UNICODE
    return showW(s);
#else
    return showA(s);
#endif
}

static void generic(void)
{
    TCHAR b[16];
    _TCHAR t[16];
    size_t len = 0;
    HRESULT h;
    printf("tchar-size: %d\n", (int)sizeof(TCHAR));
    printf("generic-sizes: %d %d\n", sizeof(TCHAR) == sizeof(_TCHAR), sizeof(_T("x")[0]) == sizeof(_TCHAR));
    h = StringCchCopy(b, 16, TEXT("generic"));
    printf("generic-StringCchCopy: %lx [%s]\n", HR(h), showT(b));
    h = StringCchCat(b, 10, TEXT("-text"));
    printf("generic-StringCchCat: %lx [%s]\n", HR(h), showT(b));
    h = StringCchPrintf(b, 16, TEXT("%d:%s"), 5, TEXT("x"));
    printf("generic-StringCchPrintf: %lx [%s]\n", HR(h), showT(b));
    h = StringCbLength(b, sizeof b, &len);
    printf("generic-StringCbLength: %lx %u\n", HR(h), (unsigned)(len / sizeof(TCHAR)));
    printf("generic-lstrlen: %d\n", lstrlen(TEXT("four")));
    lstrcpyn(b, TEXT("abcdef"), 3);
    printf("generic-lstrcpyn: [%s]\n", showT(b));
    printf("generic-lstrcmp: %d %d\n", SIGN(lstrcmp(TEXT("a"), TEXT("B"))), SIGN(lstrcmpi(TEXT("a"), TEXT("A"))));
    lstrcpy(b, TEXT("MiXeD"));
    CharUpper(b);
    printf("generic-CharUpper: [%s]\n", showT(b));
    printf("generic-IsCharAlpha: %d\n", !!IsCharAlpha(TEXT('q')));
    int r = wsprintf(b, TEXT("%d-%s"), 12, TEXT("ab"));
    printf("generic-wsprintf: %d [%s]\n", r, showT(b));
    _tcscpy(t, _T("tchar"));
    _tcscat(t, _TEXT("+"));
    printf("generic-_tcscpy: [%s] %d\n", showT(t), (int)_tcslen(t));
    printf("generic-_tcscmp: %d %d\n", SIGN(_tcscmp(t, _T("tchar+"))), SIGN(_tcsncmp(t, _T("tchaz"), 4)));
    printf("generic-_tcsicmp: %d\n", SIGN(_tcsicmp(_T("ABC"), __T("abc"))));
    printf("generic-_tcschr: %d %d\n", (int)(_tcschr(t, _T('h')) - t), (int)(_tcsrchr(t, _T('+')) - t));
    printf("generic-_tcsstr: %d\n", (int)(_tcsstr(t, _T("ar")) - t));
    printf("generic-_tcstol: %ld %lu %d %ld\n", _tcstol(_T("-0x1f"), NULL, 16), _tcstoul(_T("42"), NULL, 10), _ttoi(_T("17")), _ttol(_T(" 9z")));
    printf("generic-_tcstod: %.2f\n", _tcstod(_T("2.5e1"), NULL));
    _sntprintf(t, 16, _T("%d%s"), 3, _T("x"));
    printf("generic-_sntprintf: [%s]\n", showT(t));
    _TCHAR *d = _tcsdup(_T("dup"));
    printf("generic-_tcsdup: [%s]\n", showT(d));
    free(d);
    _tcsncpy(t, _T("abcdef"), 3);
    t[3] = 0;
    printf("generic-_tcsncpy: [%s]\n", showT(t));
    _TCHAR tok[] = _T("a,b,,c");
    int n = 0;
    for (_TCHAR *p = _tcstok(tok, _T(",")); p; p = _tcstok(NULL, _T(","))) n++;
    printf("generic-_tcstok: %d\n", n);
    printf("generic-_TEOF: %d\n", _TEOF == (_TINT)-1 || _TEOF == EOF);
    _tprintf(_T("generic-_tprintf: %d\n"), 8);
    fflush(stdout);
}

int main(void)
{
    strsafe();
    lstr();
    codepages();
    user32();
    generic();
    return 0;
}
