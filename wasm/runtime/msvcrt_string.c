/* The Microsoft CRT's own names for string, number and printf functions (and the POSIX
 * spellings MSVC accepts, stricmp, strdup, itoa ...), and errno's accessors.
 *
 * - _stricmp/_strnicmp compare as in the "C" locale: ASCII letters fold to lower case
 *   ("_stricmp ... converts each character to lowercase", Microsoft, _stricmp);
 * - _itoa/_ltoa/_i64toa: a minus sign only in radix 10, otherwise the value's bits unsigned;
 *   lower-case digits;
 * - _snprintf/_vsnprintf: "If len < count, len characters are stored in buffer, a null
 *   terminator is appended, and len is returned. If len = count, len characters are stored in
 *   buffer, no null-terminator is appended, and len is returned. If len > count, count
 *   characters are stored in buffer, no null-terminator is appended, and a negative value is
 *   returned" (Microsoft, snprintf, _snprintf ...). */
#include <corecrt.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

static int fold(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

int _stricmp(const char *a, const char *b) {
  const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
  while (*p && fold(*p) == fold(*q)) p++, q++;
  return fold(*p) - fold(*q);
}
int _strnicmp(const char *a, const char *b, size_t n) {
  const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
  if (!n) return 0;
  while (--n && *p && fold(*p) == fold(*q)) p++, q++;
  return fold(*p) - fold(*q);
}
int _stricmp_l(const char *a, const char *b, struct __locale_struct *l) { (void)l; return _stricmp(a, b); }
int _strnicmp_l(const char *a, const char *b, size_t n, struct __locale_struct *l) { (void)l; return _strnicmp(a, b, n); }
int stricmp(const char *a, const char *b) { return _stricmp(a, b); }
int strnicmp(const char *a, const char *b, size_t n) { return _strnicmp(a, b, n); }
int strcmpi(const char *a, const char *b) { return _stricmp(a, b); }
int _strcmpi(const char *a, const char *b) { return _stricmp(a, b); }
int _stricoll(const char *a, const char *b) { return _stricmp(a, b); } /* the "C" locale */
int _strcoll_l(const char *a, const char *b, struct __locale_struct *l) { (void)l; return strcmp(a, b); }
int _memicmp(const void *a, const void *b, size_t n) {
  const unsigned char *p = a, *q = b;
  for (; n; n--, p++, q++) if (fold(*p) != fold(*q)) return fold(*p) - fold(*q);
  return 0;
}
int memicmp(const void *a, const void *b, size_t n) { return _memicmp(a, b, n); }

char *_strdup(const char *s) { return s ? strdup(s) : NULL; }

char *_strlwr(char *s) { for (char *p = s; *p; p++) *p = (char)fold((unsigned char)*p); return s; }
char *_strupr(char *s) { for (char *p = s; *p; p++) if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 32); return s; }
char *_strrev(char *s) {
  size_t n = strlen(s);
  for (size_t i = 0; i < n / 2; i++) { char c = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = c; }
  return s;
}
char *_strset(char *s, int c) { for (char *p = s; *p; p++) *p = (char)c; return s; }
char *_strnset(char *s, int c, size_t n) { for (char *p = s; *p && n; p++, n--) *p = (char)c; return s; }
char *strlwr(char *s) { return _strlwr(s); }
char *strupr(char *s) { return _strupr(s); }
char *strrev(char *s) { return _strrev(s); }
char *strset(char *s, int c) { return _strset(s, c); }
char *strnset(char *s, int c, size_t n) { return _strnset(s, c, n); }

/* ---- integers to text ---- */

#define TOA(T, name)                                                                           \
  static T *name(unsigned long long v, int neg, T *d, int radix) {                            \
    char tmp[66];                                                                               \
    size_t n = 0;                                                                               \
    if (radix < 2 || radix > 36) { d[0] = 0; return d; }                                       \
    do { unsigned dig = (unsigned)(v % (unsigned)radix); tmp[n++] = (char)(dig < 10 ? '0' + dig : 'a' + dig - 10); v /= (unsigned)radix; } while (v); \
    if (neg) tmp[n++] = '-';                                                                    \
    for (size_t i = 0; i < n; i++) d[i] = (T)tmp[n - 1 - i];                                    \
    d[n] = 0;                                                                                   \
    return d;                                                                                   \
  }
TOA(char, to_text)
TOA(wchar_t, to_wtext)

#define NEG(v, r) ((r) == 10 && (v) < 0)
#define MAG32(v, r) (NEG(v, r) ? 0ull - (unsigned long long)(long long)(v) : (unsigned long long)(unsigned)(v))
#define MAG64(v, r) (NEG(v, r) ? 0ull - (unsigned long long)(v) : (unsigned long long)(v))

char *_itoa(int v, char *d, int r) { return to_text(MAG32(v, r), NEG(v, r), d, r); }
char *_ltoa(long v, char *d, int r) { return to_text(MAG32(v, r), NEG(v, r), d, r); }
char *_ultoa(unsigned long v, char *d, int r) { return to_text(v, 0, d, r); }
char *_i64toa(long long v, char *d, int r) { return to_text(MAG64(v, r), NEG(v, r), d, r); }
char *_ui64toa(unsigned long long v, char *d, int r) { return to_text(v, 0, d, r); }
char *itoa(int v, char *d, int r) { return _itoa(v, d, r); }
char *ltoa(long v, char *d, int r) { return _ltoa(v, d, r); }
char *ultoa(unsigned long v, char *d, int r) { return _ultoa(v, d, r); }
wchar_t *_itow(int v, wchar_t *d, int r) { return to_wtext(MAG32(v, r), NEG(v, r), d, r); }
wchar_t *_ltow(long v, wchar_t *d, int r) { return to_wtext(MAG32(v, r), NEG(v, r), d, r); }
wchar_t *_ultow(unsigned long v, wchar_t *d, int r) { return to_wtext(v, 0, d, r); }
wchar_t *_i64tow(long long v, wchar_t *d, int r) { return to_wtext(MAG64(v, r), NEG(v, r), d, r); }
wchar_t *_ui64tow(unsigned long long v, wchar_t *d, int r) { return to_wtext(v, 0, d, r); }

/* ---- text to integers ---- */

long long _atoi64(const char *s) { return strtoll(s, 0, 10); }
long long _strtoi64(const char *s, char **end, int base) { return strtoll(s, end, base); }
unsigned long long _strtoui64(const char *s, char **end, int base) { return strtoull(s, end, base); }

/* ---- printf ---- */

int _vsnprintf(char *buf, size_t count, const char *fmt, va_list ap) {
  va_list aq;
  va_copy(aq, ap);
  int n = vsnprintf(0, 0, fmt, aq);
  va_end(aq);
  if (n < 0) return -1;
  if ((size_t)n < count) return vsnprintf(buf, count, fmt, ap);
  /* The text without its terminator: format into a copy one longer, keep `count` characters. */
  char *w = malloc((size_t)n + 1);
  if (!w) { errno = ENOMEM; return -1; }
  vsnprintf(w, (size_t)n + 1, fmt, ap);
  memcpy(buf, w, count);
  free(w);
  return (size_t)n == count ? n : -1;
}
int _snprintf(char *buf, size_t count, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = _vsnprintf(buf, count, fmt, ap);
  va_end(ap);
  return r;
}
int _vscprintf(const char *fmt, va_list ap) { return vsnprintf(0, 0, fmt, ap); }
int _scprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(0, 0, fmt, ap);
  va_end(ap);
  return r;
}

/* _swprintf/_vswprintf: the CRT's forms without a count ("the buffer is assumed large
 * enough"): no limit but INT_MAX. */
int _vswprintf(wchar_t *buf, const wchar_t *fmt, va_list ap) {
  va_list aq;
  va_copy(aq, ap);
  int n = _vscwprintf(fmt, aq);
  va_end(aq);
  if (n < 0) return -1;
  return vswprintf(buf, (size_t)n + 1, fmt, ap);
}
int _swprintf(wchar_t *buf, const wchar_t *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = _vswprintf(buf, fmt, ap);
  va_end(ap);
  return r;
}

/* ---- errno ---- */

int *_errno(void) { return &errno; }
errno_t _get_errno(int *v) {
  if (!v) return EINVAL;
  *v = errno;
  return 0;
}
errno_t _set_errno(int v) { errno = v; return 0; }

/* _doserrno: "For I/O operations, _doserrno stores the operating-system error-code
 * equivalents of errno codes"; the runtime here sets it nowhere, so it stays as set. */
static unsigned long dos_errno;
unsigned long *__doserrno(void) { return &dos_errno; }
errno_t _get_doserrno(unsigned long *v) {
  if (!v) return EINVAL;
  *v = dos_errno;
  return 0;
}
errno_t _set_doserrno(unsigned long v) { dos_errno = v; return 0; }
