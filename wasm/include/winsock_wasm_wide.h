/* The Windows CRT's wide-character names beyond C's, and wchar_t's limits, for a 16-bit
 * wchar_t. Windows declares them in <wchar.h> and again in <string.h>, <stdlib.h> and
 * <stdio.h>; the wrappers of those headers include this one. */
#ifndef WINSOCK_WASM_WIDE_H
#define WINSOCK_WASM_WIDE_H

#include <stdarg.h>
#include <stddef.h>


#ifdef __cplusplus
extern "C" {
#endif

#ifndef __WCHAR_UNSIGNED__
#error "wchar_t must be 16 bits and unsigned: compile with winsock-cc (which passes -fshort-wchar)"
#endif
#ifdef __cplusplus
static_assert(sizeof(wchar_t) == 2, "wchar_t is 16 bits, as on Windows (compile with -fshort-wchar)");
#else
_Static_assert(sizeof(wchar_t) == 2, "wchar_t is 16 bits, as on Windows (compile with -fshort-wchar)");
#endif

/* musl computes these from L'\0' with a 32-bit wchar_t in mind. */
#undef WCHAR_MAX
#undef WCHAR_MIN
#define WCHAR_MAX 0xffff
#define WCHAR_MIN 0

struct __locale_struct;

int _wcsicmp(const wchar_t *, const wchar_t *);
int _wcsnicmp(const wchar_t *, const wchar_t *, size_t);
int _wcsicmp_l(const wchar_t *, const wchar_t *, struct __locale_struct *);
int _wcsnicmp_l(const wchar_t *, const wchar_t *, size_t, struct __locale_struct *);
int wcsicmp(const wchar_t *, const wchar_t *);
int wcsnicmp(const wchar_t *, const wchar_t *, size_t);
wchar_t *_wcsdup(const wchar_t *);
wchar_t *_wcslwr(wchar_t *);
wchar_t *_wcsupr(wchar_t *);
wchar_t *_wcsrev(wchar_t *);
wchar_t *_wcstok(wchar_t *, const wchar_t *);

int _wtoi(const wchar_t *);
long _wtol(const wchar_t *);
long long _wtoll(const wchar_t *);
long long _wtoi64(const wchar_t *);
double _wtof(const wchar_t *);
long long _wcstoi64(const wchar_t *, wchar_t **, int);
unsigned long long _wcstoui64(const wchar_t *, wchar_t **, int);

int _snwprintf(wchar_t *, size_t, const wchar_t *, ...);
int _vsnwprintf(wchar_t *, size_t, const wchar_t *, va_list);
int _scwprintf(const wchar_t *, ...);
int _vscwprintf(const wchar_t *, va_list);
int _putws(const wchar_t *);

/* musl's versions of these walk 32-bit units; the project has no 16-bit ones yet. */
#define __WSW_NO_WIDE(what) __attribute__((unavailable(what " is not provided for the 16-bit wchar_t")))
struct _IO_FILE;
int swscanf(const wchar_t *__restrict, const wchar_t *__restrict, ...) __WSW_NO_WIDE("swscanf");
int vswscanf(const wchar_t *__restrict, const wchar_t *__restrict, va_list) __WSW_NO_WIDE("vswscanf");
int wscanf(const wchar_t *__restrict, ...) __WSW_NO_WIDE("wscanf");
int vwscanf(const wchar_t *__restrict, va_list) __WSW_NO_WIDE("vwscanf");
int fwscanf(struct _IO_FILE *__restrict, const wchar_t *__restrict, ...) __WSW_NO_WIDE("fwscanf");
int vfwscanf(struct _IO_FILE *__restrict, const wchar_t *__restrict, va_list) __WSW_NO_WIDE("vfwscanf");
struct _IO_FILE *open_wmemstream(wchar_t **, size_t *) __WSW_NO_WIDE("open_wmemstream");

#ifdef __cplusplus
}
#endif

/* The secure and CRT-named wide functions, in the UCRT's own headers. */
#include <corecrt_wstring.h>
#include <corecrt_wstdlib.h>
#include <corecrt_wstdio.h>

#endif
