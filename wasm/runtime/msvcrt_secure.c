/* The secure CRT (the _s functions) with the Windows CRT's invalid parameter rules.
 *
 * "When a CRT function detects an invalid parameter, it calls the invalid parameter handler
 * ... if the handler returns, the function returns an error code and sets errno" (Microsoft,
 * "Parameter validation"). Each function below checks its arguments as its reference page
 * says, calls invalid_parameter() for a violation, and when an installed handler returns,
 * sets errno, empties the destination where the page says so, and returns the code.
 *
 * The default handler ends the program, as the CRT's does ("the default invalid parameter
 * handler ... terminates the application", with fast fail code STATUS_INVALID_CRT_PARAMETER
 * 0xC0000417): here it prints a line naming the function to stderr and exits with status
 * 0xC0000417 (a POSIX parent sees its low byte, 23).
 *
 * Handlers are per process: _set_thread_local_invalid_parameter_handler installs one that
 * takes precedence over the process one, as on Windows; all green threads share it. */
#define _CRT_RAND_S
#include <corecrt.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>
#include "msvcrt_path.h"
#include "msvcrt_internal.h"
#include "winsock_wasm_abi.h"

#define STATUS_INVALID_CRT_PARAMETER 0xC0000417u

static _invalid_parameter_handler process_handler, thread_handler;

_invalid_parameter_handler _set_invalid_parameter_handler(_invalid_parameter_handler h) {
  _invalid_parameter_handler old = process_handler;
  process_handler = h;
  return old;
}
_invalid_parameter_handler _get_invalid_parameter_handler(void) { return process_handler; }
_invalid_parameter_handler _set_thread_local_invalid_parameter_handler(_invalid_parameter_handler h) {
  _invalid_parameter_handler old = thread_handler;
  thread_handler = h;
  return old;
}
_invalid_parameter_handler _get_thread_local_invalid_parameter_handler(void) { return thread_handler; }

/* The CRT's entry points: the handler, with the release CRT's empty arguments. */
void _invalid_parameter(const wchar_t *expr, const wchar_t *func, const wchar_t *file, unsigned int line, uintptr_t reserved) {
  _invalid_parameter_handler h = thread_handler ? thread_handler : process_handler;
  if (h) { h(expr, func, file, line, reserved); return; }
  static const char msg[] = "winsock-wasm: invalid parameter passed to a C runtime function; the program ends (STATUS_INVALID_CRT_PARAMETER 0xC0000417)\n";
  fflush(stdout);
  (void)!write(2, msg, sizeof msg - 1);
  _Exit((int)STATUS_INVALID_CRT_PARAMETER);
}
void _invalid_parameter_noinfo(void) { _invalid_parameter(0, 0, 0, 0, 0); }
void _invalid_parameter_noinfo_noreturn(void) {
  _invalid_parameter(0, 0, 0, 0, 0);
  _Exit((int)STATUS_INVALID_CRT_PARAMETER);
}

/* A violation in `func`: the handler (which by default ends the program naming `func`),
 * then errno = code; returns code. */
static errno_t invalid(const char *func, errno_t code) {
  _invalid_parameter_handler h = thread_handler ? thread_handler : process_handler;
  if (!h) {
    fflush(stdout);
    fprintf(stderr, "winsock-wasm: invalid parameter passed to %s; the program ends (STATUS_INVALID_CRT_PARAMETER 0xC0000417)\n", func);
    fflush(stderr);
    _Exit((int)STATUS_INVALID_CRT_PARAMETER);
  }
  h(0, 0, 0, 0, 0);
  errno = code;
  return code;
}

int __wsw_crt_invalid(const char *func, int code) { return invalid(func, code); }

/* ---- strings: one template for char and wchar_t ---- */

#define STRING_S(T, cpy, ncpy, cat, ncat, len)                                                 \
  errno_t cpy(T *d, rsize_t size, const T *s) {                                                \
    if (!d || !size) return invalid(#cpy, EINVAL);                                             \
    if (!s) { d[0] = 0; return invalid(#cpy, EINVAL); }                                        \
    size_t n = len(s);                                                                          \
    if (n >= size) { d[0] = 0; return invalid(#cpy, ERANGE); }                                 \
    memcpy(d, s, (n + 1) * sizeof(T));                                                         \
    return 0;                                                                                   \
  }                                                                                             \
  errno_t ncpy(T *d, rsize_t size, const T *s, rsize_t count) {                                \
    if (!d && !size && !count) return 0;                                                        \
    if (!d || !size) return invalid(#ncpy, EINVAL);                                            \
    if (!count) { d[0] = 0; return 0; }                                                         \
    if (!s) { d[0] = 0; return invalid(#ncpy, EINVAL); }                                       \
    size_t n = 0;                                                                               \
    while (n < count && s[n]) n++;                                                              \
    if (count == _TRUNCATE && n >= size) {                                                      \
      memcpy(d, s, (size - 1) * sizeof(T));                                                    \
      d[size - 1] = 0;                                                                          \
      return STRUNCATE;                                                                         \
    }                                                                                           \
    if (n >= size) { d[0] = 0; return invalid(#ncpy, ERANGE); }                                \
    memcpy(d, s, n * sizeof(T));                                                               \
    d[n] = 0;                                                                                   \
    return 0;                                                                                   \
  }                                                                                             \
  errno_t cat(T *d, rsize_t size, const T *s) {                                                \
    if (!d || !size) return invalid(#cat, EINVAL);                                             \
    if (!s) { d[0] = 0; return invalid(#cat, EINVAL); }                                        \
    size_t at = 0;                                                                              \
    while (at < size && d[at]) at++;                                                            \
    if (at == size) { d[0] = 0; return invalid(#cat, EINVAL); }                                \
    size_t n = len(s);                                                                          \
    if (n >= size - at) { d[0] = 0; return invalid(#cat, ERANGE); }                            \
    memcpy(d + at, s, (n + 1) * sizeof(T));                                                    \
    return 0;                                                                                   \
  }                                                                                             \
  errno_t ncat(T *d, rsize_t size, const T *s, rsize_t count) {                                \
    if (!d && !size && !count) return 0;                                                        \
    if (!d || !size) return invalid(#ncat, EINVAL);                                            \
    if (!s && count) { d[0] = 0; return invalid(#ncat, EINVAL); }                              \
    size_t at = 0;                                                                              \
    while (at < size && d[at]) at++;                                                            \
    if (at == size) { d[0] = 0; return invalid(#ncat, EINVAL); }                               \
    size_t n = 0;                                                                               \
    while (n < count && s[n]) n++;                                                              \
    if (count == _TRUNCATE && n >= size - at) {                                                 \
      memcpy(d + at, s, (size - at - 1) * sizeof(T));                                          \
      d[size - 1] = 0;                                                                          \
      return STRUNCATE;                                                                         \
    }                                                                                           \
    if (n >= size - at) { d[0] = 0; return invalid(#ncat, ERANGE); }                           \
    memcpy(d + at, s, n * sizeof(T));                                                          \
    d[at + n] = 0;                                                                              \
    return 0;                                                                                   \
  }

STRING_S(char, strcpy_s, strncpy_s, strcat_s, strncat_s, strlen)
STRING_S(wchar_t, wcscpy_s, wcsncpy_s, wcscat_s, wcsncat_s, wcslen)

/* strtok_s/wcstok_s: "context ... NULL: EINVAL; str NULL and *context NULL: EINVAL; delimiters
 * NULL: EINVAL" (Microsoft, strtok_s); each returns NULL. */
#define TOKEN_S(T, name, span, cspan)                                                          \
  T *name(T *s, const T *delim, T **ctx) {                                                     \
    if (!ctx || !delim || (!s && !*ctx)) { invalid(#name, EINVAL); return 0; }                 \
    if (!s) s = *ctx;                                                                           \
    s += span(s, delim);                                                                        \
    if (!*s) { *ctx = s; return 0; }                                                            \
    T *end = s + cspan(s, delim);                                                               \
    if (*end) *end++ = 0;                                                                       \
    *ctx = end;                                                                                 \
    return s;                                                                                   \
  }
TOKEN_S(char, strtok_s, strspn, strcspn)
TOKEN_S(wchar_t, wcstok_s, wcsspn, wcscspn)

/* _strlwr_s/_strupr_s: NULL or unterminated within size: EINVAL, the string emptied. */
#define CASE_S(T, name, conv)                                                                  \
  errno_t name(T *s, size_t size) {                                                            \
    if (!s) return invalid(#name, EINVAL);                                                     \
    size_t n = 0;                                                                               \
    while (n < size && s[n]) n++;                                                               \
    if (n == size) { if (size) s[0] = 0; return invalid(#name, EINVAL); }                      \
    for (size_t i = 0; i < n; i++) s[i] = (T)conv(s[i]);                                        \
    return 0;                                                                                   \
  }
static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static int upper(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
CASE_S(char, _strlwr_s, lower)
CASE_S(char, _strupr_s, upper)
CASE_S(wchar_t, _wcslwr_s, lower)
CASE_S(wchar_t, _wcsupr_s, upper)

/* ---- memory ---- */

/* memcpy_s: "If src or dest is a null pointer, or destSize is smaller than count, those
 * functions invoke the invalid parameter handler"; on a NULL src or a short dest the
 * destination is zeroed (Microsoft, memcpy_s). count 0 is a no-op. */
errno_t memcpy_s(void *d, rsize_t size, const void *s, rsize_t count) {
  if (!count) return 0;
  if (!d) return invalid("memcpy_s", EINVAL);
  if (!s) { memset(d, 0, size); return invalid("memcpy_s", EINVAL); }
  if (size < count) { memset(d, 0, size); return invalid("memcpy_s", ERANGE); }
  memcpy(d, s, count);
  return 0;
}
errno_t memmove_s(void *d, rsize_t size, const void *s, rsize_t count) {
  if (!count) return 0;
  if (!d || !s) return invalid("memmove_s", EINVAL);
  if (size < count) return invalid("memmove_s", ERANGE);
  memmove(d, s, count);
  return 0;
}
errno_t wmemcpy_s(wchar_t *d, rsize_t size, const wchar_t *s, rsize_t count) {
  if (!count) return 0;
  if (!d) return invalid("wmemcpy_s", EINVAL);
  if (!s) { memset(d, 0, size * sizeof *d); return invalid("wmemcpy_s", EINVAL); }
  if (size < count) { memset(d, 0, size * sizeof *d); return invalid("wmemcpy_s", ERANGE); }
  memcpy(d, s, count * sizeof *d);
  return 0;
}
errno_t wmemmove_s(wchar_t *d, rsize_t size, const wchar_t *s, rsize_t count) {
  if (!count) return 0;
  if (!d || !s) return invalid("wmemmove_s", EINVAL);
  if (size < count) return invalid("wmemmove_s", ERANGE);
  memmove(d, s, count * sizeof *d);
  return 0;
}

/* ---- integers to text: _itoa_s and friends ---- */

/* The digits of v (negative only when `neg`), lower case, into d; EINVAL/ERANGE as _itoa_s:
 * "buffer NULL or size 0: EINVAL; radix not 2..36: EINVAL, buffer emptied; size too small:
 * ERANGE, buffer emptied". */
#define TOA_S(T, name)                                                                         \
  static errno_t name##_core(unsigned long long v, int neg, T *d, size_t size, int radix, const char *fn) { \
    if (!d || !size) return invalid(fn, EINVAL);                                               \
    d[0] = 0;                                                                                   \
    if (radix < 2 || radix > 36) return invalid(fn, EINVAL);                                   \
    char tmp[66];                                                                               \
    size_t n = 0;                                                                               \
    do { unsigned dig = (unsigned)(v % (unsigned)radix); tmp[n++] = (char)(dig < 10 ? '0' + dig : 'a' + dig - 10); v /= (unsigned)radix; } while (v); \
    if (neg) tmp[n++] = '-';                                                                    \
    if (n >= size) return invalid(fn, ERANGE);                                                 \
    for (size_t i = 0; i < n; i++) d[i] = (T)tmp[n - 1 - i];                                    \
    d[n] = 0;                                                                                   \
    return 0;                                                                                   \
  }
TOA_S(char, toa)
TOA_S(wchar_t, tow)

/* A negative value has a sign in radix 10 only; in any other radix its bits are unsigned. */
#define NEG32(v, r) ((r) == 10 && (v) < 0)
errno_t _itoa_s(int v, char *d, size_t size, int radix) {
  return toa_core(NEG32(v, radix) ? 0ull - (unsigned long long)(long long)v : (unsigned)v, NEG32(v, radix), d, size, radix, "_itoa_s");
}
errno_t _ltoa_s(long v, char *d, size_t size, int radix) {
  return toa_core(NEG32(v, radix) ? 0ull - (unsigned long long)(long long)v : (unsigned long)v, NEG32(v, radix), d, size, radix, "_ltoa_s");
}
errno_t _ultoa_s(unsigned long v, char *d, size_t size, int radix) { return toa_core(v, 0, d, size, radix, "_ultoa_s"); }
errno_t _i64toa_s(long long v, char *d, size_t size, int radix) {
  return toa_core(NEG32(v, radix) ? 0ull - (unsigned long long)v : (unsigned long long)v, NEG32(v, radix), d, size, radix, "_i64toa_s");
}
errno_t _ui64toa_s(unsigned long long v, char *d, size_t size, int radix) { return toa_core(v, 0, d, size, radix, "_ui64toa_s"); }
errno_t _itow_s(int v, wchar_t *d, size_t size, int radix) {
  return tow_core(NEG32(v, radix) ? 0ull - (unsigned long long)(long long)v : (unsigned)v, NEG32(v, radix), d, size, radix, "_itow_s");
}
errno_t _ltow_s(long v, wchar_t *d, size_t size, int radix) {
  return tow_core(NEG32(v, radix) ? 0ull - (unsigned long long)(long long)v : (unsigned long)v, NEG32(v, radix), d, size, radix, "_ltow_s");
}
errno_t _ultow_s(unsigned long v, wchar_t *d, size_t size, int radix) { return tow_core(v, 0, d, size, radix, "_ultow_s"); }
errno_t _i64tow_s(long long v, wchar_t *d, size_t size, int radix) {
  return tow_core(NEG32(v, radix) ? 0ull - (unsigned long long)v : (unsigned long long)v, NEG32(v, radix), d, size, radix, "_i64tow_s");
}
errno_t _ui64tow_s(unsigned long long v, wchar_t *d, size_t size, int radix) { return tow_core(v, 0, d, size, radix, "_ui64tow_s"); }

/* ---- printf ---- */

/* sprintf_s: "If the buffer is too small for the text being printed, then the buffer is set to
 * an empty string and the invalid parameter handler is invoked"; buffer NULL, size 0 or
 * format NULL: the handler, EINVAL, -1 (Microsoft, sprintf_s). */
int vsprintf_s(char *buf, size_t size, const char *fmt, va_list ap) {
  if (!buf || !size) { invalid("vsprintf_s", EINVAL); return -1; }
  if (!fmt) { buf[0] = 0; invalid("vsprintf_s", EINVAL); return -1; }
  int n = vsnprintf(buf, size, fmt, ap);
  if (n < 0) { buf[0] = 0; return -1; }
  if ((size_t)n >= size) { buf[0] = 0; invalid("vsprintf_s", ERANGE); return -1; }
  return n;
}
int sprintf_s(char *buf, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsprintf_s(buf, size, fmt, ap);
  va_end(ap);
  return r;
}

/* _snprintf_s: at most `count` characters and a terminator; with count _TRUNCATE (or count
 * below size) what does not fit is cut and the result is -1, without the handler; text that
 * does not fit in size otherwise empties the buffer and calls the handler (ERANGE). */
int _vsnprintf_s(char *buf, size_t size, size_t count, const char *fmt, va_list ap) {
  if (!fmt || (!buf && (size || count)) || (buf && !size)) { invalid("_vsnprintf_s", EINVAL); return -1; }
  if (!buf) return 0; /* buffer NULL, size 0, count 0 */
  va_list aq;
  va_copy(aq, ap);
  int n = vsnprintf(0, 0, fmt, aq);
  va_end(aq);
  if (n < 0) { buf[0] = 0; return -1; }
  size_t limit = count == _TRUNCATE ? size - 1 : count;
  if (count != _TRUNCATE && count >= size && (size_t)n >= size) { buf[0] = 0; invalid("_vsnprintf_s", ERANGE); return -1; }
  if ((size_t)n <= limit) { vsnprintf(buf, (size_t)n + 1, fmt, ap); return n; }
  vsnprintf(buf, limit + 1, fmt, ap);
  return -1;
}
int _snprintf_s(char *buf, size_t size, size_t count, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = _vsnprintf_s(buf, size, count, fmt, ap);
  va_end(ap);
  return r;
}

int vswprintf_s(wchar_t *buf, size_t size, const wchar_t *fmt, va_list ap) {
  if (!buf || !size) { invalid("vswprintf_s", EINVAL); return -1; }
  if (!fmt) { buf[0] = 0; invalid("vswprintf_s", EINVAL); return -1; }
  va_list aq;
  va_copy(aq, ap);
  int n = _vscwprintf(fmt, aq);
  va_end(aq);
  if (n < 0) { buf[0] = 0; return -1; }
  if ((size_t)n >= size) { buf[0] = 0; invalid("vswprintf_s", ERANGE); return -1; }
  return vswprintf(buf, size, fmt, ap);
}
int swprintf_s(wchar_t *buf, size_t size, const wchar_t *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vswprintf_s(buf, size, fmt, ap);
  va_end(ap);
  return r;
}
int _vsnwprintf_s(wchar_t *buf, size_t size, size_t count, const wchar_t *fmt, va_list ap) {
  if (!fmt || (!buf && (size || count)) || (buf && !size)) { invalid("_vsnwprintf_s", EINVAL); return -1; }
  if (!buf) return 0;
  va_list aq;
  va_copy(aq, ap);
  int n = _vscwprintf(fmt, aq);
  va_end(aq);
  if (n < 0) { buf[0] = 0; return -1; }
  size_t limit = count == _TRUNCATE ? size - 1 : count;
  if (count != _TRUNCATE && count >= size && (size_t)n >= size) { buf[0] = 0; invalid("_vsnwprintf_s", ERANGE); return -1; }
  if ((size_t)n <= limit) return vswprintf(buf, (size_t)n + 1, fmt, ap);
  vswprintf(buf, limit + 1, fmt, ap);
  return -1;
}
int _snwprintf_s(wchar_t *buf, size_t size, size_t count, const wchar_t *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = _vsnwprintf_s(buf, size, count, fmt, ap);
  va_end(ap);
  return r;
}

/* ---- files, time, environment, errors, random ---- */

errno_t fopen_s(FILE **pf, const char *name, const char *mode) {
  if (!pf || !name || !mode) return invalid("fopen_s", EINVAL);
  *pf = fopen(name, mode);
  return *pf ? 0 : errno;
}

/* _wfopen_s: the name and mode in UTF-8, as _wfopen has them (msvcrt_path.h). */
errno_t _wfopen_s(FILE **pf, const wchar_t *name, const wchar_t *mode) {
  if (!pf || !name || !mode) return invalid("_wfopen_s", EINVAL);
  *pf = 0;
  char *n = __wsw_utf8(name), *m = __wsw_utf8(mode);
  if (!n || !m) { free(n); free(m); errno = ENOMEM; return ENOMEM; }
  *pf = fopen(n, m);
  errno_t r = *pf ? 0 : errno;
  free(n);
  free(m);
  return r;
}

/* localtime_s/gmtime_s (Microsoft, localtime_s, "Error conditions"): tmDest NULL: EINVAL,
 * not modified, the handler; sourceTime NULL: EINVAL, all fields -1, the handler; sourceTime
 * "less than 0": EINVAL, all fields -1, and no handler. */
static errno_t time_s(struct tm *tm, const time_t *t, int local, const char *fn) {
  if (!tm) return invalid(fn, EINVAL);
  if (!t || *t < 0) {
    tm->tm_sec = tm->tm_min = tm->tm_hour = tm->tm_mday = tm->tm_mon = tm->tm_year = tm->tm_wday = tm->tm_yday = tm->tm_isdst = -1;
    if (!t) return invalid(fn, EINVAL);
    errno = EINVAL;
    return EINVAL;
  }
  if (!(local ? localtime_r(t, tm) : gmtime_r(t, tm))) return invalid(fn, EINVAL);
  return 0;
}
errno_t localtime_s(struct tm *tm, const time_t *t) { return time_s(tm, t, 1, "localtime_s"); }
errno_t gmtime_s(struct tm *tm, const time_t *t) { return time_s(tm, t, 0, "gmtime_s"); }
errno_t _localtime64_s(struct tm *tm, const long long *t) { time_t v = (time_t)*t; return time_s(tm, t ? &v : 0, 1, "_localtime64_s"); }
errno_t _gmtime64_s(struct tm *tm, const long long *t) { time_t v = (time_t)*t; return time_s(tm, t ? &v : 0, 0, "_gmtime64_s"); }

/* getenv_s: "*pReturnValue is the size needed including the terminator; 0 and an empty
 * buffer when the variable is not set; a buffer too small: ERANGE" (Microsoft, getenv_s). */
errno_t getenv_s(size_t *needed, char *buf, rsize_t size, const char *name) {
  if (!needed || (!buf && size) || !name) { if (needed) *needed = 0; return invalid("getenv_s", EINVAL); }
  if (buf) buf[0] = 0;
  const char *v = getenv(name);
  if (!v) { *needed = 0; return 0; }
  size_t n = strlen(v) + 1;
  *needed = n;
  if (!size) return 0;
  if (n > size) { errno = ERANGE; return ERANGE; }
  memcpy(buf, v, n);
  return 0;
}
errno_t _dupenv_s(char **buf, size_t *len, const char *name) {
  if (!buf || !name) return invalid("_dupenv_s", EINVAL);
  *buf = 0;
  if (len) *len = 0;
  const char *v = getenv(name);
  if (!v) return 0;
  size_t n = strlen(v) + 1;
  if (!(*buf = malloc(n))) { errno = ENOMEM; return ENOMEM; }
  memcpy(*buf, v, n);
  if (len) *len = n;
  return 0;
}

/* _wgetenv_s and _wdupenv_s: the same rules, counted in wide characters ("numberOfElements:
 * Size of buffer"; the UCRT counts _wdupenv_s's in characters too). The value comes from
 * GetEnvironmentVariableW (kernel32_env.c), which finds a name case-insensitively ("In the
 * Windows operating system, getenv_s isn't case sensitive") and converts the environment's
 * UTF-8 to UTF-16; the last error is left as it was, as the CRT's functions leave it. */
unsigned long GetEnvironmentVariableW(const wchar_t *, wchar_t *, unsigned long) __WSW_RUNTIME(GetEnvironmentVariableW);
unsigned long GetLastError(void) __WSW_IMPORT(kernel32, GetLastError);
void SetLastError(unsigned long) __WSW_IMPORT(kernel32, SetLastError);

/* The value's size in wide characters with the terminator (0: not set), and the value in
 * buf when it fits in size. */
static size_t wide_value(const wchar_t *name, wchar_t *buf, size_t size) {
  unsigned long saved = GetLastError();
  size_t n = GetEnvironmentVariableW(name, 0, 0);
  if (n && buf && size >= n) GetEnvironmentVariableW(name, buf, (unsigned long)size);
  SetLastError(saved);
  return n;
}

errno_t _wgetenv_s(size_t *needed, wchar_t *buf, size_t size, const wchar_t *name) {
  if (!needed || (!buf && size) || !name) { if (needed) *needed = 0; return invalid("_wgetenv_s", EINVAL); }
  if (buf) buf[0] = 0;
  size_t n = wide_value(name, buf, size);
  *needed = n;
  if (!n || !size) return 0;
  if (n > size) { errno = ERANGE; return ERANGE; }
  return 0;
}
errno_t _wdupenv_s(wchar_t **buf, size_t *len, const wchar_t *name) {
  if (!buf || !name) return invalid("_wdupenv_s", EINVAL);
  *buf = 0;
  if (len) *len = 0;
  size_t n = wide_value(name, 0, 0);
  if (!n) return 0;
  if (!(*buf = malloc(n * sizeof **buf))) { errno = ENOMEM; return ENOMEM; }
  if (wide_value(name, *buf, n) != n) { free(*buf); *buf = 0; return 0; }
  if (len) *len = n;
  return 0;
}

/* strerror_s: the message, cut to fit ("If the message is longer than the buffer, it is
 * truncated"); buffer NULL or size 0: EINVAL. */
errno_t strerror_s(char *buf, size_t size, int errnum) {
  if (!buf || !size) return invalid("strerror_s", EINVAL);
  const char *m = strerror(errnum);
  size_t n = strlen(m);
  if (n >= size) n = size - 1;
  memcpy(buf, m, n);
  buf[n] = 0;
  return 0;
}
/* _strerror_s: "prefix: message of errno\n", or "message\n" without a prefix. */
errno_t _strerror_s(char *buf, size_t size, const char *prefix) {
  if (!buf || !size) return invalid("_strerror_s", EINVAL);
  const char *m = strerror(errno);
  int n = prefix && *prefix ? snprintf(buf, size, "%s: %s\n", prefix, m) : snprintf(buf, size, "%s\n", m);
  (void)n;
  return 0;
}

/* rand_s: "a pseudorandom number in the range 0 to UINT_MAX ... cryptographically secure";
 * NULL: EINVAL. The bytes come from getentropy. */
errno_t rand_s(unsigned int *v) {
  if (!v) return invalid("rand_s", EINVAL);
  *v = 0;
  if (getentropy(v, sizeof *v) != 0) { errno = ENOMEM; return ENOMEM; }
  return 0;
}
