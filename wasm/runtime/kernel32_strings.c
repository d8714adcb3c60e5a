/* kernel32's string functions: code-page conversion (UTF-8, which the ANSI and OEM code
 * pages are here: winnls.h) and lstrlen / lstrcpy / lstrcpyn / lstrcat / lstrcmp / lstrcmpi.
 * Pure guest code; only the last error crosses to the host. */
#include <windows.h>
#include <winnls.h>
#include <stdlib.h>
#include <string.h>

#include "kernel32_internal.h"

UINT WINAPI GetACP(void) { return CP_UTF8; }
UINT WINAPI GetOEMCP(void) { return CP_UTF8; }

/* 1: explicitly UTF-8; 2: a page that is UTF-8 here (ACP, OEMCP, MACCP, THREAD_ACP); 0: none. */
static int utf8_page(UINT cp)
{
    if (cp == CP_UTF8) return 1;
    if (cp == CP_ACP || cp == CP_OEMCP || cp == CP_MACCP || cp == CP_THREAD_ACP) return 2;
    return 0;
}

BOOL WINAPI IsValidCodePage(UINT CodePage) { return CodePage == CP_UTF8; }

static int fail(DWORD error)
{
    SetLastError(error);
    return 0;
}

/* ---- UTF-8 and UTF-16: the runtime's one converter ----
 * Every conversion between the two with Windows' rules is these functions: MultiByteToWideChar
 * and WideCharToMultiByte below, and through __wsw_utf8_of / __wsw_utf16_of
 * (kernel32_internal.h) each W function's strings (files, the environment, the console,
 * OutputDebugStringW), the CRT's _w functions (msvcrt_path.h) and the command line
 * (crt_main.c). A lone surrogate becomes U+FFFD, as WideCharToMultiByte(CP_UTF8) does without
 * WC_ERR_INVALID_CHARS; ill-formed UTF-8 becomes one U+FFFD per maximal ill-formed subpart, as
 * MultiByteToWideChar does without MB_ERR_INVALID_CHARS. (The C library's mbstowcs, wcrtomb ...
 * in wchar.c are C's conversions: they fail with EILSEQ, as C requires, and keep a state
 * between calls.) */

/* One UTF-8 character at s[0..n): its code point in *cp and its length, or 0 with the length
 * of the maximal ill-formed subpart in *bad (Unicode's "U+FFFD substitution of maximal
 * subparts", which Windows follows: one U+FFFD per subpart). */
static int utf8_decode(const unsigned char *s, size_t n, unsigned *cp, int *bad)
{
    unsigned c = s[0], lo = 0x80, hi = 0xBF;
    int len, i;
    *bad = 1;
    if (c < 0x80) { *cp = c; return 1; }
    if (c >= 0xC2 && c <= 0xDF) { len = 2; c &= 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; c &= 0x0F; if (s[0] == 0xE0) lo = 0xA0; if (s[0] == 0xED) hi = 0x9F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; c &= 0x07; if (s[0] == 0xF0) lo = 0x90; if (s[0] == 0xF4) hi = 0x8F; }
    else return 0;
    for (i = 1; i < len; i++) {
        if ((size_t)i >= n || s[i] < lo || s[i] > hi) { *bad = i; return 0; }
        c = (c << 6) | (s[i] & 0x3F);
        lo = 0x80; hi = 0xBF;
    }
    *cp = c;
    return len;
}

/* The code point at w[0..n) (n >= 1) in *cp and the units it takes (1, or 2 for a pair); 0
 * for a lone surrogate. */
static int utf16_decode(const WCHAR *w, size_t n, unsigned *cp)
{
    unsigned c = (unsigned short)w[0];
    if (c >= 0xD800 && c <= 0xDBFF && n > 1 && (unsigned short)w[1] >= 0xDC00 && (unsigned short)w[1] <= 0xDFFF) {
        *cp = 0x10000 + ((c - 0xD800) << 10) + ((unsigned short)w[1] - 0xDC00);
        return 2;
    }
    *cp = c;
    return c >= 0xD800 && c <= 0xDFFF ? 0 : 1;
}

/* cp as UTF-8 in b[0..4); its length. */
static int utf8_encode(unsigned cp, unsigned char *b)
{
    if (cp < 0x80) { b[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) { b[0] = (unsigned char)(0xC0 | (cp >> 6)); b[1] = (unsigned char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        b[0] = (unsigned char)(0xE0 | (cp >> 12)); b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    b[0] = (unsigned char)(0xF0 | (cp >> 18)); b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F)); b[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* cp as UTF-16 in w[0..2); its units. */
static int utf16_encode(unsigned cp, WCHAR *w)
{
    if (cp < 0x10000) { w[0] = (WCHAR)cp; return 1; }
    w[0] = (WCHAR)(0xD800 + ((cp - 0x10000) >> 10));
    w[1] = (WCHAR)(0xDC00 + ((cp - 0x10000) & 0x3FF));
    return 2;
}

size_t __wsw_utf16_of(const char *s, size_t len, WCHAR *out, size_t cap)
{
    size_t i = 0, n = 0;
    while (i < len) {
        unsigned cp;
        WCHAR u[2];
        int bad, l = utf8_decode((const unsigned char *)s + i, len - i, &cp, &bad), units;
        if (!l) { cp = 0xFFFD; l = bad; }
        units = utf16_encode(cp, u);
        for (int k = 0; k < units; k++, n++) if (n < cap) out[n] = u[k];
        i += (size_t)l;
    }
    return n;
}

size_t __wsw_utf8_from(const WCHAR *w, size_t len, char *out, size_t cap)
{
    size_t i = 0, n = 0;
    while (i < len) {
        unsigned cp;
        unsigned char b[4];
        int units = utf16_decode(w + i, len - i, &cp);
        if (!units) { cp = 0xFFFD; units = 1; }
        int bytes = utf8_encode(cp, b);
        for (int k = 0; k < bytes; k++, n++) if (n < cap) out[n] = (char)b[k];
        i += (size_t)units;
    }
    return n;
}

char *__wsw_utf8_of(const WCHAR *w, int n)
{
    if (!w) return NULL;
    size_t len = 0;
    if (n < 0) while (w[len]) len++;
    else len = (size_t)n;
    size_t bytes = __wsw_utf8_from(w, len, NULL, 0);
    char *out = malloc(bytes + 1);
    if (!out) return NULL;
    __wsw_utf8_from(w, len, out, bytes);
    out[bytes] = 0;
    return out;
}

int WINAPI MultiByteToWideChar(UINT CodePage, DWORD dwFlags, LPCCH lpMultiByteStr, int cbMultiByte,
                               LPWSTR lpWideCharStr, int cchWideChar)
{
    const unsigned char *s = (const unsigned char *)lpMultiByteStr;
    int page = utf8_page(CodePage), n, i = 0, out = 0;
    if (!lpMultiByteStr || cbMultiByte == 0 || cbMultiByte < -1 || cchWideChar < 0 || (cchWideChar && !lpWideCharStr) ||
        (lpWideCharStr && (const void *)lpWideCharStr == (const void *)lpMultiByteStr))
        return fail(ERROR_INVALID_PARAMETER);
    if (!page) return fail(ERROR_INVALID_PARAMETER);
    /* "For UTF-8 ... dwFlags must be set to either 0 or MB_ERR_INVALID_CHARS. Otherwise, the
     * function fails with ERROR_INVALID_FLAGS." The pages that are UTF-8 only here also take
     * the flags any code page takes (a program written for a legacy ANSI page passes them). */
    if (dwFlags & ~(page == 1 ? MB_ERR_INVALID_CHARS
                              : (MB_PRECOMPOSED | MB_COMPOSITE | MB_USEGLYPHCHARS | MB_ERR_INVALID_CHARS)))
        return fail(ERROR_INVALID_FLAGS);
    if (page == 2 && (dwFlags & MB_PRECOMPOSED) && (dwFlags & MB_COMPOSITE)) return fail(ERROR_INVALID_FLAGS);
    n = cbMultiByte == -1 ? (int)strlen(lpMultiByteStr) + 1 : cbMultiByte;
    while (i < n) {
        unsigned cp;
        int bad, len = utf8_decode(s + i, (size_t)(n - i), &cp, &bad), units;
        WCHAR u[2];
        if (!len) {
            if (dwFlags & MB_ERR_INVALID_CHARS) return fail(ERROR_NO_UNICODE_TRANSLATION);
            cp = 0xFFFD;
            len = bad;
        }
        units = utf16_encode(cp, u);
        if (cchWideChar) {
            if (out + units > cchWideChar) return fail(ERROR_INSUFFICIENT_BUFFER);
            for (int k = 0; k < units; k++) lpWideCharStr[out + k] = u[k];
        }
        out += units;
        i += len;
    }
    return out;
}

int WINAPI WideCharToMultiByte(UINT CodePage, DWORD dwFlags, LPCWCH lpWideCharStr, int cchWideChar,
                               LPSTR lpMultiByteStr, int cbMultiByte, LPCCH lpDefaultChar, LPBOOL lpUsedDefaultChar)
{
    int page = utf8_page(CodePage), n, i = 0, out = 0;
    BOOL used = FALSE;
    if (!lpWideCharStr || cchWideChar == 0 || cchWideChar < -1 || cbMultiByte < 0 || (cbMultiByte && !lpMultiByteStr) ||
        (lpMultiByteStr && (const void *)lpMultiByteStr == (const void *)lpWideCharStr))
        return fail(ERROR_INVALID_PARAMETER);
    if (!page) return fail(ERROR_INVALID_PARAMETER);
    if (page == 1) {
        /* "For the CP_UTF7 and CP_UTF8 settings for CodePage, [lpDefaultChar and
         * lpUsedDefaultChar] must be set to NULL. Otherwise, the function fails with
         * ERROR_INVALID_PARAMETER." dwFlags: 0 or WC_ERR_INVALID_CHARS, else ERROR_INVALID_FLAGS. */
        if (dwFlags & ~WC_ERR_INVALID_CHARS) return fail(ERROR_INVALID_FLAGS);
        if (lpDefaultChar || lpUsedDefaultChar) return fail(ERROR_INVALID_PARAMETER);
    } else if (dwFlags & ~(WC_COMPOSITECHECK | WC_DISCARDNS | WC_SEPCHARS | WC_DEFAULTCHAR | WC_NO_BEST_FIT_CHARS |
                           WC_ERR_INVALID_CHARS)) {
        return fail(ERROR_INVALID_FLAGS);
    }
    if (cchWideChar == -1) {
        n = 0;
        while (lpWideCharStr[n]) n++;
        n++;
    } else {
        n = cchWideChar;
    }
    while (i < n) {
        unsigned cp;
        unsigned char b[4];
        const unsigned char *p = b;
        int len, k, units = utf16_decode(lpWideCharStr + i, (size_t)(n - i), &cp);
        i += units ? units : 1;
        if (!units) {
            /* A lone surrogate: "WC_ERR_INVALID_CHARS: Fail (by returning 0 and setting the
             * last-error code to ERROR_NO_UNICODE_TRANSLATION) if an invalid input character
             * is encountered"; otherwise U+FFFD (or, on an ANSI page, the default character). */
            if (dwFlags & WC_ERR_INVALID_CHARS) return fail(ERROR_NO_UNICODE_TRANSLATION);
            used = TRUE;
            if (page == 2 && lpDefaultChar && *lpDefaultChar) {
                p = (const unsigned char *)lpDefaultChar;
                len = (int)strlen(lpDefaultChar);
                goto put;
            }
            cp = 0xFFFD;
        }
        len = utf8_encode(cp, b);
    put:
        if (cbMultiByte) {
            if (out + len > cbMultiByte) return fail(ERROR_INSUFFICIENT_BUFFER);
            for (k = 0; k < len; k++) lpMultiByteStr[out + k] = (char)p[k];
        }
        out += len;
    }
    if (lpUsedDefaultChar) *lpUsedDefaultChar = used;
    return out;
}

/* lstr*: the documented forms. lstrlen(NULL) is 0: "If lpString is NULL, the function returns 0." */
int WINAPI lstrlenA(LPCSTR lpString) { return lpString ? (int)strlen(lpString) : 0; }
int WINAPI lstrlenW(LPCWSTR lpString)
{
    int n = 0;
    if (!lpString) return 0;
    while (lpString[n]) n++;
    return n;
}

LPSTR WINAPI lstrcpyA(LPSTR lpString1, LPCSTR lpString2)
{
    if (!lpString1 || !lpString2) return NULL;
    return strcpy(lpString1, lpString2);
}
LPWSTR WINAPI lstrcpyW(LPWSTR lpString1, LPCWSTR lpString2)
{
    int i = 0;
    if (!lpString1 || !lpString2) return NULL;
    while ((lpString1[i] = lpString2[i]) != 0) i++;
    return lpString1;
}

/* "iMaxLength: The number of TCHAR values to be copied from the string pointed to by
 * lpString2 into the buffer pointed to by lpString1, including a terminating null
 * character." The result is always terminated. */
LPSTR WINAPI lstrcpynA(LPSTR lpString1, LPCSTR lpString2, int iMaxLength)
{
    int i = 0;
    if (!lpString1 || !lpString2) return NULL;
    if (iMaxLength <= 0) return lpString1;
    while (i < iMaxLength - 1 && lpString2[i]) { lpString1[i] = lpString2[i]; i++; }
    lpString1[i] = 0;
    return lpString1;
}
LPWSTR WINAPI lstrcpynW(LPWSTR lpString1, LPCWSTR lpString2, int iMaxLength)
{
    int i = 0;
    if (!lpString1 || !lpString2) return NULL;
    if (iMaxLength <= 0) return lpString1;
    while (i < iMaxLength - 1 && lpString2[i]) { lpString1[i] = lpString2[i]; i++; }
    lpString1[i] = 0;
    return lpString1;
}

LPSTR WINAPI lstrcatA(LPSTR lpString1, LPCSTR lpString2)
{
    if (!lpString1 || !lpString2) return NULL;
    return strcat(lpString1, lpString2);
}
LPWSTR WINAPI lstrcatW(LPWSTR lpString1, LPCWSTR lpString2)
{
    if (!lpString1 || !lpString2) return NULL;
    lstrcpyW(lpString1 + lstrlenW(lpString1), lpString2);
    return lpString1;
}

/* lstrcmp and lstrcmpi compare as CompareString with the user's locale does ("The
 * function calls CompareStringEx, using the current thread locale"), not ordinally. What
 * is modelled (checked against Wine's tables, test/programs/strings.c): a "word sort" in
 * three levels. First the letters alone, without case, with the hyphen and the apostrophe
 * ignored ("the hyphen and apostrophe are treated differently from other nonalphanumeric
 * symbols, in order to ensure that words such as 'coop' and 'co-op' stay together"),
 * punctuation and symbols before digits before letters; then case, lowercase first; then
 * the ignored hyphens and apostrophes (a string with one sorts after the one without).
 * Non-ASCII characters sort after ASCII letters, by code point. */
static unsigned primary(unsigned c)
{
    if (c >= 'a' && c <= 'z') c -= 32;
    if (c >= 'A' && c <= 'Z') return 0x300 + c;
    if (c >= '0' && c <= '9') return 0x200 + c;
    if (c < 0x80) return 0x100 + c;
    return 0x10000 + c;
}
static int ignored(unsigned c) { return c == '-' || c == '\''; }
static int is_lower(unsigned c) { return c >= 'a' && c <= 'z'; }
static int is_upper(unsigned c) { return c >= 'A' && c <= 'Z'; }

#define SIGNUM(x) ((x) < 0 ? -1 : (x) > 0)

/* Compares n-unit strings a and b of units fetched by get; returns -1, 0 or 1. */
static int word_compare(const void *a, const void *b, unsigned (*get)(const void *, int), int ignore_case)
{
    int i, j, d;
    /* level 1: letters, ignored characters skipped */
    for (i = 0, j = 0;;) {
        unsigned x, y;
        while ((x = get(a, i)) && ignored(x)) i++;
        while ((y = get(b, j)) && ignored(y)) j++;
        if (!x || !y) { if (x || y) return x ? 1 : -1; break; }
        d = (int)primary(x) - (int)primary(y);
        if (d) return SIGNUM(d);
        i++; j++;
    }
    /* level 2: case, lowercase first */
    if (!ignore_case) {
        for (i = 0, j = 0;;) {
            unsigned x, y;
            while ((x = get(a, i)) && ignored(x)) i++;
            while ((y = get(b, j)) && ignored(y)) j++;
            if (!x || !y) break;
            if (is_lower(x) && is_upper(y)) return -1;
            if (is_upper(x) && is_lower(y)) return 1;
            i++; j++;
        }
    }
    /* level 3: the ignored characters, in order, then their position */
    for (i = 0, j = 0;;) {
        unsigned x = get(a, i), y = get(b, j);
        if (!x || !y) return x ? 1 : y ? -1 : 0;
        if (x != y) {
            if (ignored(x) && !ignored(y)) return 1;
            if (ignored(y) && !ignored(x)) return -1;
            if (ignored(x) && ignored(y)) return x < y ? -1 : 1;
        }
        i++; j++;
    }
}

static unsigned getA(const void *s, int i) { return ((const unsigned char *)s)[i]; }
static unsigned getW(const void *s, int i) { return ((const unsigned short *)s)[i]; }
static const char emptyA[1] = "";
static const WCHAR emptyW[1] = { 0 };

/* A NULL string compares as the empty one. */
int WINAPI lstrcmpA(LPCSTR a, LPCSTR b) { return word_compare(a ? a : emptyA, b ? b : emptyA, getA, 0); }
int WINAPI lstrcmpiA(LPCSTR a, LPCSTR b) { return word_compare(a ? a : emptyA, b ? b : emptyA, getA, 1); }
int WINAPI lstrcmpW(LPCWSTR a, LPCWSTR b) { return word_compare(a ? a : emptyW, b ? b : emptyW, getW, 0); }
int WINAPI lstrcmpiW(LPCWSTR a, LPCWSTR b) { return word_compare(a ? a : emptyW, b ? b : emptyW, getW, 1); }
