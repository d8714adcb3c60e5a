/* user32's character and string functions: CharUpper/CharLower and their Buff forms,
 * CharNext/CharPrev, IsChar*, wsprintf/wvsprintf. Pure guest code. Narrow strings are
 * UTF-8 (the ANSI code page here, winnls.h); case mapping and classification cover ASCII
 * and, for the W forms, Latin-1 and the Latin, Greek and Cyrillic blocks that towupper /
 * towlower map in the runtime's wide library. */
#include <windows.h>
#include <winnls.h>
#include <winuser.h>
#include <stdio.h>
#include <wctype.h>

/* "If the high-order word of this parameter is zero, the low-order word must contain a
 * single character to be converted." */
#define IS_CHAR_ARG(p) (((unsigned long)(unsigned long)(p) >> 16) == 0)

/* Windows' uppercase table leaves U+00DF (sharp s) as it is; towupper maps it to U+1E9E. */
static WCHAR upW(WCHAR c) { return c == 0xDF ? c : (WCHAR)towupper(c); }

static unsigned upA(unsigned c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
static unsigned lowA(unsigned c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

LPSTR WINAPI CharUpperA(LPSTR lpsz)
{
    char *p;
    if (IS_CHAR_ARG(lpsz)) return (LPSTR)(unsigned long)upA((unsigned long)lpsz & 0xFF);
    for (p = lpsz; *p; p++) *p = (char)upA((unsigned char)*p);
    return lpsz;
}
LPSTR WINAPI CharLowerA(LPSTR lpsz)
{
    char *p;
    if (IS_CHAR_ARG(lpsz)) return (LPSTR)(unsigned long)lowA((unsigned long)lpsz & 0xFF);
    for (p = lpsz; *p; p++) *p = (char)lowA((unsigned char)*p);
    return lpsz;
}
LPWSTR WINAPI CharUpperW(LPWSTR lpsz)
{
    WCHAR *p;
    if (IS_CHAR_ARG(lpsz)) return (LPWSTR)(unsigned long)upW((WCHAR)(unsigned long)lpsz);
    for (p = lpsz; *p; p++) *p = upW(*p);
    return lpsz;
}
LPWSTR WINAPI CharLowerW(LPWSTR lpsz)
{
    WCHAR *p;
    if (IS_CHAR_ARG(lpsz)) return (LPWSTR)(unsigned long)(WCHAR)towlower((WCHAR)(unsigned long)lpsz);
    for (p = lpsz; *p; p++) *p = (WCHAR)towlower(*p);
    return lpsz;
}

/* "Return value: The number of TCHARs processed": all cchLength of them, NULs included. */
DWORD WINAPI CharUpperBuffA(LPSTR lpsz, DWORD cchLength)
{
    DWORD i;
    if (!lpsz) return 0;
    for (i = 0; i < cchLength; i++) lpsz[i] = (char)upA((unsigned char)lpsz[i]);
    return cchLength;
}
DWORD WINAPI CharLowerBuffA(LPSTR lpsz, DWORD cchLength)
{
    DWORD i;
    if (!lpsz) return 0;
    for (i = 0; i < cchLength; i++) lpsz[i] = (char)lowA((unsigned char)lpsz[i]);
    return cchLength;
}
DWORD WINAPI CharUpperBuffW(LPWSTR lpsz, DWORD cchLength)
{
    DWORD i;
    if (!lpsz) return 0;
    for (i = 0; i < cchLength; i++) lpsz[i] = upW(lpsz[i]);
    return cchLength;
}
DWORD WINAPI CharLowerBuffW(LPWSTR lpsz, DWORD cchLength)
{
    DWORD i;
    if (!lpsz) return 0;
    for (i = 0; i < cchLength; i++) lpsz[i] = (WCHAR)towlower(lpsz[i]);
    return cchLength;
}

/* "If lpsz points to the terminating null character, the return value is equal to lpsz."
 * A UTF-8 sequence (lead byte and its continuation bytes) is one character. */
LPSTR WINAPI CharNextA(LPCSTR lpsz)
{
    const unsigned char *p = (const unsigned char *)lpsz;
    if (!*p) return (LPSTR)lpsz;
    p++;
    if (p[-1] >= 0xC0)
        while ((*p & 0xC0) == 0x80) p++;
    return (LPSTR)p;
}
/* A surrogate pair is one character. */
LPWSTR WINAPI CharNextW(LPCWSTR lpsz)
{
    if (!*lpsz) return (LPWSTR)lpsz;
    if (lpsz[0] >= 0xD800 && lpsz[0] <= 0xDBFF && lpsz[1] >= 0xDC00 && lpsz[1] <= 0xDFFF) return (LPWSTR)lpsz + 2;
    return (LPWSTR)lpsz + 1;
}
/* "The function returns lpszStart if lpszCurrent is equal to lpszStart." */
LPSTR WINAPI CharPrevA(LPCSTR lpszStart, LPCSTR lpszCurrent)
{
    const unsigned char *p = (const unsigned char *)lpszCurrent, *s = (const unsigned char *)lpszStart;
    if (p <= s) return (LPSTR)lpszStart;
    p--;
    while (p > s && (*p & 0xC0) == 0x80) p--;
    return (LPSTR)p;
}
LPWSTR WINAPI CharPrevW(LPCWSTR lpszStart, LPCWSTR lpszCurrent)
{
    if (lpszCurrent <= lpszStart) return (LPWSTR)lpszStart;
    if (lpszCurrent - 1 > lpszStart && lpszCurrent[-1] >= 0xDC00 && lpszCurrent[-1] <= 0xDFFF &&
        lpszCurrent[-2] >= 0xD800 && lpszCurrent[-2] <= 0xDBFF)
        return (LPWSTR)lpszCurrent - 2;
    return (LPWSTR)lpszCurrent - 1;
}

BOOL WINAPI IsCharAlphaA(CHAR ch) { unsigned c = (unsigned char)ch; return (c | 32) >= 'a' && (c | 32) <= 'z'; }
BOOL WINAPI IsCharAlphaNumericA(CHAR ch) { return IsCharAlphaA(ch) || (ch >= '0' && ch <= '9'); }
BOOL WINAPI IsCharUpperA(CHAR ch) { return ch >= 'A' && ch <= 'Z'; }
BOOL WINAPI IsCharLowerA(CHAR ch) { return ch >= 'a' && ch <= 'z'; }
BOOL WINAPI IsCharAlphaW(WCHAR ch) { return iswalpha(ch) != 0; }
BOOL WINAPI IsCharAlphaNumericW(WCHAR ch) { return iswalnum(ch) != 0; }
BOOL WINAPI IsCharUpperW(WCHAR ch) { return iswupper(ch) != 0; }
BOOL WINAPI IsCharLowerW(WCHAR ch) { return iswlower(ch) != 0; }

/* wsprintf: "The maximum size of the buffer is 1,024 bytes." It writes at most 1023 units
 * and the terminator and returns the units written without it. Its types: c C d i u x X s S
 * p (and the h, l, w, I64 prefixes); "It does not support floating-point values". */
#define WSPRINTF_MAX 1024

struct sink { char *a; WCHAR *w; int n; };

static void put(struct sink *o, unsigned c)
{
    if (o->n >= WSPRINTF_MAX - 1) return;
    if (o->a) o->a[o->n++] = (char)c;
    else o->w[o->n++] = (WCHAR)c;
}

/* Narrow UTF-8 text into the sink (as UTF-16 in a wide one). */
static void put_narrow(struct sink *o, const char *s, int len)
{
    int i;
    if (len > WSPRINTF_MAX - 1 - o->n) len = WSPRINTF_MAX - 1 - o->n; /* no more can be stored */
    if (o->a) { for (i = 0; i < len; i++) put(o, (unsigned char)s[i]); return; }
    if (len > 0) {
        WCHAR tmp[WSPRINTF_MAX];
        int n = MultiByteToWideChar(CP_UTF8, 0, s, len, tmp, WSPRINTF_MAX);
        for (i = 0; i < n; i++) put(o, tmp[i]);
    }
}
/* Wide text into the sink (as UTF-8 in a narrow one). */
static void put_wide(struct sink *o, const WCHAR *s, int len)
{
    int i;
    if (len > WSPRINTF_MAX - 1 - o->n) len = WSPRINTF_MAX - 1 - o->n;
    if (o->w) { for (i = 0; i < len; i++) put(o, s[i]); return; }
    if (len > 0) {
        char tmp[WSPRINTF_MAX * 3];
        int n = WideCharToMultiByte(CP_UTF8, 0, s, len, tmp, (int)sizeof tmp, NULL, NULL);
        for (i = 0; i < n; i++) put(o, (unsigned char)tmp[i]);
    }
}

static void pad(struct sink *o, int n, unsigned c) { while (n-- > 0) put(o, c); }

/* The format's units are read through `at`, so one walker serves both widths. */
static int format(struct sink *o, const void *fmt, unsigned (*at)(const void *, int), va_list ap)
{
    int i = 0;
    unsigned c;
    while ((c = at(fmt, i++)) != 0) {
        int left = 0, zero = 0, alt = 0, width = 0, prec = -1, size = 0; /* size: -1 h, 1 l/w, 2 I64 */
        int wide_out = o->w != NULL;
        if (c != '%') { put(o, c); continue; }
        for (;; i++) {
            c = at(fmt, i);
            if (c == '-') left = 1;
            else if (c == '0') zero = 1;
            else if (c == '#') alt = 1;
            else break;
        }
        while ((c = at(fmt, i)) >= '0' && c <= '9') { width = width * 10 + (int)(c - '0'); i++; }
        if (at(fmt, i) == '.') {
            i++;
            prec = 0;
            while ((c = at(fmt, i)) >= '0' && c <= '9') { prec = prec * 10 + (int)(c - '0'); i++; }
        }
        c = at(fmt, i);
        if (c == 'h') { size = -1; i++; }
        else if (c == 'l' || c == 'w') { size = 1; i++; }
        else if (c == 'I' && at(fmt, i + 1) == '6' && at(fmt, i + 2) == '4') { size = 2; i += 3; }
        c = at(fmt, i++);
        switch (c) {
        case 'c': case 'C': {
            /* c: the caller's width (char for wsprintfA, WCHAR for wsprintfW); C the other;
             * h narrow, l/w wide. */
            int wide_arg = size == 1 || (size == 0 && ((c == 'c') == wide_out));
            unsigned v = (unsigned)va_arg(ap, int);
            if (!left) pad(o, width - 1, ' ');
            if (wide_arg) { WCHAR u = (WCHAR)v; put_wide(o, &u, 1); }
            else { char b = (char)v; put_narrow(o, &b, 1); }
            if (left) pad(o, width - 1, ' ');
            break;
        }
        case 's': case 'S': {
            int wide_arg = size == 1 || (size == 0 && ((c == 's') == wide_out));
            int len = 0;
            if (wide_arg) {
                const WCHAR *s = va_arg(ap, const WCHAR *);
                static const WCHAR null_w[] = { '(', 'n', 'u', 'l', 'l', ')', 0 };
                if (!s) s = null_w;
                while (s[len] && (prec < 0 || len < prec)) len++;
                if (!left) pad(o, width - len, ' ');
                put_wide(o, s, len);
            } else {
                const char *s = va_arg(ap, const char *);
                if (!s) s = "(null)";
                while (s[len] && (prec < 0 || len < prec)) len++;
                if (!left) pad(o, width - len, ' ');
                put_narrow(o, s, len);
            }
            if (left) pad(o, width - len, ' ');
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'p': {
            char spec[16], num[72];
            int k = 0, n;
            spec[k++] = '%';
            if (left) spec[k++] = '-';
            if (zero && !left) spec[k++] = '0';
            if (alt && (c == 'x' || c == 'X')) spec[k++] = '#';
            spec[k++] = '*';
            if (prec >= 0) { spec[k++] = '.'; spec[k++] = '*'; }
            if (c == 'p') {
                /* p: the pointer in hexadecimal, 8 digits (a 32-bit pointer), uppercase. */
                n = snprintf(num, sizeof num, "%0*lX", width > 8 ? width : 8, (unsigned long)va_arg(ap, void *));
            } else {
                char conv = (char)(c == 'i' ? 'd' : c);
                if (size == 2) { spec[k++] = 'l'; spec[k++] = 'l'; }
                spec[k++] = conv;
                spec[k] = 0;
                if (size == 2) {
                    long long v = va_arg(ap, long long);
                    n = prec >= 0 ? snprintf(num, sizeof num, spec, width, prec, v) : snprintf(num, sizeof num, spec, width, v);
                } else if (conv == 'd') {
                    int v = va_arg(ap, int); /* h is taken and ignored, as Wine does */
                    n = prec >= 0 ? snprintf(num, sizeof num, spec, width, prec, v) : snprintf(num, sizeof num, spec, width, v);
                } else {
                    unsigned v = va_arg(ap, unsigned);
                    n = prec >= 0 ? snprintf(num, sizeof num, spec, width, prec, v) : snprintf(num, sizeof num, spec, width, v);
                }
            }
            put_narrow(o, num, n > (int)sizeof num - 1 ? (int)sizeof num - 1 : n);
            break;
        }
        case 0:
            return o->n;
        default:
            /* An unknown type (a floating-point one among them) prints as itself. */
            put(o, c);
            break;
        }
    }
    return o->n;
}

static unsigned fmtA(const void *f, int i) { return ((const unsigned char *)f)[i]; }
static unsigned fmtW(const void *f, int i) { return ((const WCHAR *)f)[i]; }

int WINAPI wvsprintfA(LPSTR lpOutput, LPCSTR lpFmt, va_list arglist)
{
    struct sink o = { lpOutput, NULL, 0 };
    int n;
    if (!lpOutput || !lpFmt) return 0;
    n = format(&o, lpFmt, fmtA, arglist);
    lpOutput[n] = 0;
    return n;
}
int WINAPI wvsprintfW(LPWSTR lpOutput, LPCWSTR lpFmt, va_list arglist)
{
    struct sink o = { NULL, lpOutput, 0 };
    int n;
    if (!lpOutput || !lpFmt) return 0;
    n = format(&o, lpFmt, fmtW, arglist);
    lpOutput[n] = 0;
    return n;
}
int WINAPIV wsprintfA(LPSTR lpOut, LPCSTR lpFmt, ...)
{
    va_list ap;
    int n;
    va_start(ap, lpFmt);
    n = wvsprintfA(lpOut, lpFmt, ap);
    va_end(ap);
    return n;
}
int WINAPIV wsprintfW(LPWSTR lpOut, LPCWSTR lpFmt, ...)
{
    va_list ap;
    int n;
    va_start(ap, lpFmt);
    n = wvsprintfW(lpOut, lpFmt, ap);
    va_end(ap);
    return n;
}
