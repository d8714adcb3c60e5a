/*
 * kernel32_env.c - GetEnvironmentVariable and friends over the C library's
 * environ (processenv.h). Names compare case-insensitively, as on Windows.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <windows.h>
#include <processenv.h>

#include "kernel32_internal.h"

extern char **environ;

/* The value of the variable named name[0..len), or NULL; *actual: the entry's own name. */
static const char *lookup(const char *name, size_t len, const char **actual)
{
    char **e;
    if (!len) return NULL;
    for (e = environ; e && *e; e++)
        if (!strncasecmp(*e, name, len) && (*e)[len] == '=') {
            if (actual) *actual = *e;
            return *e + len + 1;
        }
    return NULL;
}

/* UTF-16 to UTF-8 (malloc'd) and back, with the runtime's one converter (kernel32_strings.c). */
#define narrow(s) __wsw_utf8_of((s), -1)
/* The units s[0..n) makes; written to out when out is not NULL. */
static size_t widen(const char *s, size_t n, WCHAR *out) { return __wsw_utf16_of(s, n, out, out ? (size_t)-1 : 0); }

/* "If lpBuffer is not large enough to hold the data, the return value is the buffer size, in
 * characters, required to hold the string and its terminating null character"; found, the
 * number of characters stored, not including the terminator. */
DWORD WINAPI GetEnvironmentVariableA(LPCSTR lpName, LPSTR lpBuffer, DWORD nSize)
{
    const char *v = lpName ? lookup(lpName, strlen(lpName), NULL) : NULL;
    size_t n;
    if (!v) {
        SetLastError(ERROR_ENVVAR_NOT_FOUND);
        return 0;
    }
    n = strlen(v);
    if (!lpBuffer || nSize < n + 1) return (DWORD)(n + 1);
    memcpy(lpBuffer, v, n + 1);
    return (DWORD)n;
}

DWORD WINAPI GetEnvironmentVariableW(LPCWSTR lpName, LPWSTR lpBuffer, DWORD nSize)
{
    char *name = lpName ? narrow(lpName) : NULL;
    const char *v = name ? lookup(name, strlen(name), NULL) : NULL;
    size_t n;
    free(name);
    if (!v) {
        SetLastError(ERROR_ENVVAR_NOT_FOUND);
        return 0;
    }
    n = widen(v, strlen(v), NULL);
    if (!lpBuffer || nSize < n + 1) return (DWORD)(n + 1);
    widen(v, strlen(v), lpBuffer);
    lpBuffer[n] = 0;
    return (DWORD)n;
}

BOOL WINAPI SetEnvironmentVariableA(LPCSTR lpName, LPCSTR lpValue)
{
    const char *actual = NULL;
    char *name;
    size_t len;
    int r;
    if (!lpName || !*lpName || strchr(lpName + 1, '=')) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    len = strlen(lpName);
    /* The variable keeps the spelling it has: setting "path" changes PATH. */
    name = strdup(lookup(lpName, len, &actual) ? actual : lpName);
    if (!name) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    name[len] = 0;
    if (!lpValue) {
        /* "If this parameter is NULL, the variable is deleted from the current process's environment." */
        if (!actual) {
            free(name);
            SetLastError(ERROR_ENVVAR_NOT_FOUND);
            return FALSE;
        }
        r = unsetenv(name);
    } else {
        r = setenv(name, lpValue, 1);
    }
    free(name);
    if (r) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    return TRUE;
}

BOOL WINAPI SetEnvironmentVariableW(LPCWSTR lpName, LPCWSTR lpValue)
{
    char *name = lpName ? narrow(lpName) : NULL, *value = lpValue ? narrow(lpValue) : NULL;
    BOOL r = (lpName && !name) || (lpValue && !value) ? (SetLastError(ERROR_NOT_ENOUGH_MEMORY), FALSE)
                                                      : SetEnvironmentVariableA(name, value);
    free(name);
    free(value);
    return r;
}

/* %NAME% replaced by the value; an undefined %NAME% stays as it is. The length with the terminator. */
static size_t expand(const char *src, char *dst, size_t cap)
{
    size_t k = 0;
    while (*src) {
        const char *end = *src == '%' ? strchr(src + 1, '%') : NULL;
        const char *v = end ? lookup(src + 1, (size_t)(end - src - 1), NULL) : NULL;
        const char *from = v ? v : src;
        size_t n = v ? strlen(v) : end ? (size_t)(end - src) : 1;
        if (dst && k + n < cap) memcpy(dst + k, from, n);
        k += n;
        src = v ? end + 1 : src + n;
    }
    if (dst && k < cap) dst[k] = 0;
    return k + 1;
}

/* "If the function succeeds, the return value is the number of TCHARs stored in the destination
 * buffer, including the terminating null character. If the destination buffer is too small to
 * hold the expanded string, the return value is the required buffer size, in characters." */
DWORD WINAPI ExpandEnvironmentStringsA(LPCSTR lpSrc, LPSTR lpDst, DWORD nSize)
{
    size_t need;
    if (!lpSrc) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    need = expand(lpSrc, NULL, 0);
    if (lpDst && nSize >= need) expand(lpSrc, lpDst, nSize);
    return (DWORD)need;
}

DWORD WINAPI ExpandEnvironmentStringsW(LPCWSTR lpSrc, LPWSTR lpDst, DWORD nSize)
{
    char *src = lpSrc ? narrow(lpSrc) : NULL, *out;
    size_t need8, need;
    if (!src) {
        SetLastError(lpSrc ? ERROR_NOT_ENOUGH_MEMORY : ERROR_INVALID_PARAMETER);
        return 0;
    }
    need8 = expand(src, NULL, 0);
    out = (char *)malloc(need8);
    if (!out) {
        free(src);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    expand(src, out, need8);
    need = widen(out, need8, NULL); /* the terminator included */
    if (lpDst && nSize >= need) widen(out, need8, lpDst);
    free(src);
    free(out);
    return (DWORD)need;
}

/* "NAME=value\0" for each variable, then one more \0. */
LPCH WINAPI GetEnvironmentStringsA(VOID)
{
    size_t n = 1, k = 0;
    char **e, *block;
    for (e = environ; e && *e; e++) n += strlen(*e) + 1;
    block = (char *)malloc(n);
    if (!block) return NULL;
    for (e = environ; e && *e; e++) {
        size_t l = strlen(*e) + 1;
        memcpy(block + k, *e, l);
        k += l;
    }
    block[k] = 0;
    return block;
}

LPWCH WINAPI GetEnvironmentStringsW(VOID)
{
    char *a = GetEnvironmentStringsA(), *p;
    size_t n;
    WCHAR *w;
    if (!a) return NULL;
    for (p = a; *p; p += strlen(p) + 1) {}
    n = (size_t)(p - a) + 1;
    w = (WCHAR *)malloc(widen(a, n, NULL) * sizeof(WCHAR));
    if (w) widen(a, n, w);
    free(a);
    return w;
}

BOOL WINAPI FreeEnvironmentStringsA(LPCH penv) { free(penv); return TRUE; }
BOOL WINAPI FreeEnvironmentStringsW(LPWCH penv) { free(penv); return TRUE; }
