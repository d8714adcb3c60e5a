/* The wide C library for a 16-bit wchar_t (UTF-16), as on Windows: strings, memory,
 * numbers and the conversions between UTF-16 and the multibyte encoding, UTF-8.
 *
 * Emscripten's musl was built with a 32-bit wchar_t; every function of it that reads or
 * writes wchar_t through a pointer would walk the wrong units. These definitions are
 * linked before libc, so the linker takes them and never musl's archive members for these
 * names. musl's functions that take and return single characters by value (isw*, tow*,
 * wctype, iswctype, wctrans, towctrans, wcwidth) are correct for UTF-16 units and stay.
 *
 * The multibyte encoding is UTF-8 whatever the locale: a character outside the BMP is a
 * surrogate pair in wchar_t and four bytes in UTF-8; a lone surrogate is invalid (EILSEQ).
 * These are C's conversions, which C requires to fail with EILSEQ and to keep a state between
 * calls; the Win32 and CRT ones, which substitute U+FFFD as Windows does, are the runtime's
 * one converter in kernel32_strings.c. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

_Static_assert(sizeof(wchar_t) == 2, "wchar_t is 16 bits (compile with -fshort-wchar)");

/* ---- strings ---- */

size_t wcslen(const wchar_t *s) {
  const wchar_t *p = s;
  while (*p) p++;
  return (size_t)(p - s);
}

size_t wcsnlen(const wchar_t *s, size_t n) {
  size_t i = 0;
  while (i < n && s[i]) i++;
  return i;
}

wchar_t *wcscpy(wchar_t *restrict d, const wchar_t *restrict s) {
  wchar_t *r = d;
  while ((*d++ = *s++)) {}
  return r;
}

wchar_t *wcsncpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n) {
  size_t i = 0;
  for (; i < n && s[i]; i++) d[i] = s[i];
  for (; i < n; i++) d[i] = 0;
  return d;
}

wchar_t *wcpcpy(wchar_t *restrict d, const wchar_t *restrict s) {
  while ((*d = *s++)) d++;
  return d;
}

wchar_t *wcpncpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n) {
  size_t i = 0;
  for (; i < n && s[i]; i++) d[i] = s[i];
  wchar_t *end = d + i;
  for (; i < n; i++) d[i] = 0;
  return end;
}

wchar_t *wcscat(wchar_t *restrict d, const wchar_t *restrict s) {
  wcscpy(d + wcslen(d), s);
  return d;
}

wchar_t *wcsncat(wchar_t *restrict d, const wchar_t *restrict s, size_t n) {
  wchar_t *p = d + wcslen(d);
  while (n-- && *s) *p++ = *s++;
  *p = 0;
  return d;
}

/* Units compare as unsigned 16-bit values (wchar_t is unsigned), as on Windows. */
int wcscmp(const wchar_t *a, const wchar_t *b) {
  while (*a && *a == *b) a++, b++;
  return *a < *b ? -1 : *a > *b;
}

int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n) {
  for (; n; n--, a++, b++) {
    if (*a != *b) return *a < *b ? -1 : 1;
    if (!*a) return 0;
  }
  return 0;
}

/* _wcsicmp folds to lower case, as the CRT does (so '_' sorts after letters), and in the C
 * locale, the only one here, it folds A-Z only: "The comparison is affected by the LC_CTYPE
 * category setting of the locale" (Microsoft, _stricmp, _wcsicmp ...). */
static wchar_t ascii_lower(wchar_t c) { return c >= L'A' && c <= L'Z' ? (wchar_t)(c + 32) : c; }
static wchar_t ascii_upper(wchar_t c) { return c >= L'a' && c <= L'z' ? (wchar_t)(c - 32) : c; }

int _wcsicmp(const wchar_t *a, const wchar_t *b) {
  for (;; a++, b++) {
    wchar_t x = ascii_lower(*a), y = ascii_lower(*b);
    if (x != y) return x < y ? -1 : 1;
    if (!x) return 0;
  }
}

int _wcsnicmp(const wchar_t *a, const wchar_t *b, size_t n) {
  for (; n; n--, a++, b++) {
    wchar_t x = ascii_lower(*a), y = ascii_lower(*b);
    if (x != y) return x < y ? -1 : 1;
    if (!x) return 0;
  }
  return 0;
}

int _wcsicmp_l(const wchar_t *a, const wchar_t *b, locale_t l) { (void)l; return _wcsicmp(a, b); }
int _wcsnicmp_l(const wchar_t *a, const wchar_t *b, size_t n, locale_t l) { (void)l; return _wcsnicmp(a, b, n); }
int wcsicmp(const wchar_t *a, const wchar_t *b) { return _wcsicmp(a, b); }
int wcsnicmp(const wchar_t *a, const wchar_t *b, size_t n) { return _wcsnicmp(a, b, n); }
int wcscasecmp(const wchar_t *a, const wchar_t *b) { return _wcsicmp(a, b); }
int wcsncasecmp(const wchar_t *a, const wchar_t *b, size_t n) { return _wcsnicmp(a, b, n); }
int wcscasecmp_l(const wchar_t *a, const wchar_t *b, locale_t l) { (void)l; return _wcsicmp(a, b); }
int wcsncasecmp_l(const wchar_t *a, const wchar_t *b, size_t n, locale_t l) { (void)l; return _wcsnicmp(a, b, n); }

/* Collation is by code unit: the C locale's order. */
int wcscoll(const wchar_t *a, const wchar_t *b) { return wcscmp(a, b); }
int wcscoll_l(const wchar_t *a, const wchar_t *b, locale_t l) { (void)l; return wcscmp(a, b); }
int __wcscoll_l(const wchar_t *a, const wchar_t *b, locale_t l) { (void)l; return wcscmp(a, b); }

size_t wcsxfrm(wchar_t *restrict d, const wchar_t *restrict s, size_t n) {
  size_t len = wcslen(s);
  if (len < n) wmemcpy(d, s, len + 1);
  else if (n) { wmemcpy(d, s, n - 1); d[n - 1] = 0; }
  return len;
}
size_t wcsxfrm_l(wchar_t *restrict d, const wchar_t *restrict s, size_t n, locale_t l) { (void)l; return wcsxfrm(d, s, n); }
size_t __wcsxfrm_l(wchar_t *restrict d, const wchar_t *restrict s, size_t n, locale_t l) { (void)l; return wcsxfrm(d, s, n); }

wchar_t *wcschr(const wchar_t *s, wchar_t c) {
  for (;; s++) {
    if (*s == c) return (wchar_t *)s;
    if (!*s) return 0;
  }
}

wchar_t *wcsrchr(const wchar_t *s, wchar_t c) {
  const wchar_t *r = 0;
  for (;; s++) {
    if (*s == c) r = s;
    if (!*s) return (wchar_t *)r;
  }
}

wchar_t *wcsstr(const wchar_t *restrict h, const wchar_t *restrict n) {
  size_t len = wcslen(n);
  if (!len) return (wchar_t *)h;
  for (; (h = wcschr(h, *n)); h++)
    if (!wmemcmp(h, n, len)) return (wchar_t *)h;
  return 0;
}

wchar_t *wcswcs(const wchar_t *h, const wchar_t *n) { return wcsstr(h, n); }

size_t wcsspn(const wchar_t *s, const wchar_t *set) {
  const wchar_t *p = s;
  while (*p && wcschr(set, *p)) p++;
  return (size_t)(p - s);
}

size_t wcscspn(const wchar_t *s, const wchar_t *set) {
  const wchar_t *p = s;
  while (*p && !wcschr(set, *p)) p++;
  return (size_t)(p - s);
}

wchar_t *wcspbrk(const wchar_t *s, const wchar_t *set) {
  s += wcscspn(s, set);
  return *s ? (wchar_t *)s : 0;
}

/* The conforming form, as the UCRT's wcstok: the caller keeps the position. */
wchar_t *wcstok(wchar_t *restrict s, const wchar_t *restrict sep, wchar_t **restrict p) {
  if (!s && !(s = *p)) return 0;
  s += wcsspn(s, sep);
  if (!*s) return *p = 0;
  *p = s + wcscspn(s, sep);
  if (**p) *(*p)++ = 0;
  else *p = 0;
  return s;
}

/* The MSVC form without the context argument (the CRT keeps it per thread). */
wchar_t *_wcstok(wchar_t *restrict s, const wchar_t *restrict sep) {
  static wchar_t *next;
  return wcstok(s, sep, &next);
}

wchar_t *wcsdup(const wchar_t *s) {
  size_t n = wcslen(s) + 1;
  wchar_t *d = malloc(n * sizeof *d);
  return d ? wmemcpy(d, s, n) : 0;
}

wchar_t *_wcsdup(const wchar_t *s) { return wcsdup(s); }

wchar_t *_wcslwr(wchar_t *s) {
  for (wchar_t *p = s; *p; p++) *p = ascii_lower(*p);
  return s;
}

wchar_t *_wcsupr(wchar_t *s) {
  for (wchar_t *p = s; *p; p++) *p = ascii_upper(*p);
  return s;
}

wchar_t *_wcsrev(wchar_t *s) {
  size_t n = wcslen(s);
  for (size_t i = 0; i < n / 2; i++) {
    wchar_t t = s[i];
    s[i] = s[n - 1 - i];
    s[n - 1 - i] = t;
  }
  return s;
}

/* ---- memory ---- */

wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n) {
  for (; n; n--, s++)
    if (*s == c) return (wchar_t *)s;
  return 0;
}

int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n) {
  for (; n; n--, a++, b++)
    if (*a != *b) return *a < *b ? -1 : 1;
  return 0;
}

wchar_t *wmemcpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n) {
  return memcpy(d, s, n * sizeof(wchar_t));
}

wchar_t *wmemmove(wchar_t *d, const wchar_t *s, size_t n) {
  return memmove(d, s, n * sizeof(wchar_t));
}

wchar_t *wmemset(wchar_t *d, wchar_t c, size_t n) {
  for (size_t i = 0; i < n; i++) d[i] = c;
  return d;
}

/* ---- numbers ----
 * A number is ASCII: the wide text is copied to a narrow buffer up to the first unit
 * that is not ASCII, musl's narrow function parses it, and the end maps back one to one.
 * Leading white space is skipped first with iswspace, which knows the wide spaces. */

#define NUMBER_BUFFER 128

static const wchar_t *skip_space(const wchar_t *s) {
  while (iswspace(*s)) s++;
  return s;
}

/* A narrow copy of the ASCII prefix of s: in buf when it fits, else malloc'd. */
static char *narrow_prefix(const wchar_t *s, char *buf, size_t size) {
  size_t n = 0;
  while (s[n] && s[n] < 0x80) n++;
  char *d = n < size ? buf : malloc(n + 1);
  if (!d) return 0;
  for (size_t i = 0; i < n; i++) d[i] = (char)s[i];
  d[n] = 0;
  return d;
}

#define WIDE_TO_NUMBER(name, type, call)                                         \
  type name(const wchar_t *restrict s, wchar_t **restrict end, int base) {       \
    char buf[NUMBER_BUFFER];                                                      \
    const wchar_t *t = skip_space(s);                                             \
    char *n = narrow_prefix(t, buf, sizeof buf), *e;                              \
    if (!n) { if (end) *end = (wchar_t *)s; errno = ENOMEM; return 0; }          \
    type v = call(n, &e, base);                                                   \
    if (end) *end = (wchar_t *)(e == n ? s : t + (e - n));                       \
    if (n != buf) free(n);                                                        \
    return v;                                                                     \
  }

WIDE_TO_NUMBER(wcstol, long, strtol)
WIDE_TO_NUMBER(wcstoul, unsigned long, strtoul)
WIDE_TO_NUMBER(wcstoll, long long, strtoll)
WIDE_TO_NUMBER(wcstoull, unsigned long long, strtoull)
WIDE_TO_NUMBER(wcstoimax, intmax_t, strtoimax)
WIDE_TO_NUMBER(wcstoumax, uintmax_t, strtoumax)

#define WIDE_TO_FLOAT(name, type, call)                                          \
  type name(const wchar_t *restrict s, wchar_t **restrict end) {                 \
    char buf[NUMBER_BUFFER];                                                      \
    const wchar_t *t = skip_space(s);                                             \
    char *n = narrow_prefix(t, buf, sizeof buf), *e;                              \
    if (!n) { if (end) *end = (wchar_t *)s; errno = ENOMEM; return 0; }          \
    type v = call(n, &e);                                                         \
    if (end) *end = (wchar_t *)(e == n ? s : t + (e - n));                       \
    if (n != buf) free(n);                                                        \
    return v;                                                                     \
  }

WIDE_TO_FLOAT(wcstod, double, strtod)
WIDE_TO_FLOAT(wcstof, float, strtof)
WIDE_TO_FLOAT(wcstold, long double, strtold)

long long _wcstoi64(const wchar_t *s, wchar_t **end, int base) { return wcstoll(s, end, base); }
unsigned long long _wcstoui64(const wchar_t *s, wchar_t **end, int base) { return wcstoull(s, end, base); }

/* _wtoi and _wtol: decimal, as atoi; out-of-range values saturate (LONG_MAX), as the UCRT. */
int _wtoi(const wchar_t *s) { return (int)wcstol(s, 0, 10); }
long _wtol(const wchar_t *s) { return wcstol(s, 0, 10); }
long long _wtoll(const wchar_t *s) { return wcstoll(s, 0, 10); }
long long _wtoi64(const wchar_t *s) { return wcstoll(s, 0, 10); }
double _wtof(const wchar_t *s) { return wcstod(s, 0); }

/* ---- UTF-8 <-> UTF-16 ----
 * mbstate_t (8 bytes) holds, for a multibyte-to-wide conversion, the bytes of an
 * incomplete UTF-8 sequence or the low surrogate still to be returned; for wide to
 * multibyte, a high surrogate waiting for its low half. */

typedef struct {
  uint32_t partial; /* code point bits so far, or the pending surrogate */
  uint8_t need;     /* continuation bytes still expected */
  uint8_t lo, hi;   /* the range of the next continuation byte (0: 0x80..0xbf) */
  uint8_t pending;  /* LOW_PENDING: `partial` is a low surrogate to return next;
                       HIGH_PENDING: `partial` is a high surrogate wcrtomb holds */
} utf_state;

enum { LOW_PENDING = 1, HIGH_PENDING = 2 };

_Static_assert(sizeof(utf_state) <= sizeof(mbstate_t), "the conversion state fits mbstate_t");

static mbstate_t internal_mbrtowc, internal_wcrtomb, internal_mbrlen, internal_mbsrtowcs, internal_wcsrtombs;

int mbsinit(const mbstate_t *st) {
  if (!st) return 1;
  const utf_state *u = (const utf_state *)st;
  return !u->need && !u->pending;
}

/* Decodes from s (n bytes): the code point in *cp and the bytes of s it took, 0 for a NUL,
 * (size_t)-2 for an incomplete sequence (the state keeps it), (size_t)-1 for an invalid
 * one (overlong forms, surrogates and values past U+10FFFF included). */
static size_t utf8_decode(uint32_t *cp, const unsigned char *s, size_t n, utf_state *u) {
  size_t i = 0;
  if (!u->need) {
    if (!n) return (size_t)-2;
    unsigned char b = s[i++];
    if (b < 0x80) { *cp = b; return b ? 1 : 0; }
    if (b < 0xc2 || b > 0xf4) goto invalid;
    u->need = b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
    u->partial = b & (0x3f >> u->need);
    u->lo = b == 0xe0 ? 0xa0 : b == 0xf0 ? 0x90 : 0x80;
    u->hi = b == 0xed ? 0x9f : b == 0xf4 ? 0x8f : 0xbf;
  }
  while (u->need) {
    if (i >= n) return (size_t)-2;
    unsigned char b = s[i++];
    if (b < (u->lo ? u->lo : 0x80) || b > (u->hi ? u->hi : 0xbf)) goto invalid;
    u->lo = u->hi = 0;
    u->partial = u->partial << 6 | (b & 0x3f);
    u->need--;
  }
  *cp = u->partial;
  memset(u, 0, sizeof *u);
  return i;
invalid:
  memset(u, 0, sizeof *u);
  errno = EILSEQ;
  return (size_t)-1;
}

size_t mbrtowc(wchar_t *restrict wc, const char *restrict s, size_t n, mbstate_t *restrict st) {
  if (!st) st = &internal_mbrtowc;
  utf_state *u = (utf_state *)st;
  if (!s) {
    if (u->need) { memset(u, 0, sizeof *u); errno = EILSEQ; return (size_t)-1; }
    memset(u, 0, sizeof *u);
    return 0;
  }
  if (u->pending == LOW_PENDING) {
    /* The second half of a pair: no bytes consumed (C11 mbrtoc16's (size_t)-3). */
    if (wc) *wc = (wchar_t)u->partial;
    memset(u, 0, sizeof *u);
    return (size_t)-3;
  }
  uint32_t cp;
  size_t r = utf8_decode(&cp, (const unsigned char *)s, n, u);
  if (r == (size_t)-1 || r == (size_t)-2) return r;
  if (cp >= 0x10000) {
    cp -= 0x10000;
    if (wc) *wc = (wchar_t)(0xd800 | cp >> 10);
    u->partial = 0xdc00 | (cp & 0x3ff);
    u->pending = LOW_PENDING;
  } else if (wc) {
    *wc = (wchar_t)cp;
  }
  return r;
}

size_t mbrlen(const char *restrict s, size_t n, mbstate_t *restrict st) {
  return mbrtowc(0, s, n, st ? st : &internal_mbrlen);
}

int mbtowc(wchar_t *restrict wc, const char *restrict s, size_t n) {
  if (!s) return 0; /* UTF-8 has no shift states */
  if (!n) { errno = EILSEQ; return -1; }
  mbstate_t tmp = {0};
  uint32_t cp;
  size_t r = utf8_decode(&cp, (const unsigned char *)s, n, (utf_state *)&tmp);
  if (r == (size_t)-2) { errno = EILSEQ; return -1; }
  if (r == (size_t)-1) return -1;
  if (cp >= 0x10000) { errno = EILSEQ; return -1; } /* one wchar_t cannot hold it */
  if (wc) *wc = (wchar_t)cp;
  return (int)r;
}

static size_t utf8_encode(char *d, uint32_t c) {
  if (c < 0x80) { d[0] = (char)c; return 1; }
  if (c < 0x800) { d[0] = (char)(0xc0 | c >> 6); d[1] = (char)(0x80 | (c & 0x3f)); return 2; }
  if (c < 0x10000) {
    d[0] = (char)(0xe0 | c >> 12); d[1] = (char)(0x80 | (c >> 6 & 0x3f)); d[2] = (char)(0x80 | (c & 0x3f));
    return 3;
  }
  d[0] = (char)(0xf0 | c >> 18); d[1] = (char)(0x80 | (c >> 12 & 0x3f));
  d[2] = (char)(0x80 | (c >> 6 & 0x3f)); d[3] = (char)(0x80 | (c & 0x3f));
  return 4;
}

size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict st) {
  if (!st) st = &internal_wcrtomb;
  utf_state *u = (utf_state *)st;
  char tmp[4];
  if (!s) { s = tmp; wc = 0; }
  if (u->pending == HIGH_PENDING) {
    uint32_t hi = u->partial;
    memset(u, 0, sizeof *u);
    if (wc < 0xdc00 || wc > 0xdfff) { errno = EILSEQ; return (size_t)-1; }
    return utf8_encode(s, 0x10000 + ((hi - 0xd800) << 10) + (wc - 0xdc00));
  }
  if (wc >= 0xd800 && wc <= 0xdbff) { u->partial = wc; u->pending = HIGH_PENDING; return 0; }
  if (wc >= 0xdc00 && wc <= 0xdfff) { errno = EILSEQ; return (size_t)-1; }
  return utf8_encode(s, wc);
}

int wctomb(char *s, wchar_t wc) {
  if (!s) return 0;
  if (wc >= 0xd800 && wc <= 0xdfff) { errno = EILSEQ; return -1; }
  return (int)utf8_encode(s, wc);
}

wint_t btowc(int c) {
  return c == EOF ? WEOF : (unsigned)c < 0x80 ? (wint_t)c : WEOF;
}

int wctob(wint_t c) {
  return c < 0x80 ? (int)c : EOF;
}

/* mbsnrtowcs: at most n bytes of *src, at most len units into dst (all when dst is NULL).
 * A pair is written whole or not at all. */
size_t mbsnrtowcs(wchar_t *restrict dst, const char **restrict src, size_t n, size_t len, mbstate_t *restrict st) {
  if (!st) st = &internal_mbsrtowcs;
  utf_state *u = (utf_state *)st;
  const unsigned char *s = (const unsigned char *)*src;
  size_t count = 0;
  if (!dst) len = (size_t)-1;
  while (count < len) {
    if (u->pending == LOW_PENDING) {
      if (dst) dst[count] = (wchar_t)u->partial;
      memset(u, 0, sizeof *u);
      count++;
      continue;
    }
    uint32_t cp;
    utf_state save = *u;
    size_t r = utf8_decode(&cp, s, n, u);
    if (r == (size_t)-1) { if (dst) *src = (const char *)s; return r; }
    if (r == (size_t)-2) { if (dst) *src = (const char *)s + n; return count; }
    if (r == 0) {
      if (dst) { dst[count] = 0; *src = 0; }
      memset(u, 0, sizeof *u);
      return count;
    }
    if (cp >= 0x10000) {
      if (dst && count + 2 > len) { *u = save; break; }
      cp -= 0x10000;
      if (dst) { dst[count] = (wchar_t)(0xd800 | cp >> 10); dst[count + 1] = (wchar_t)(0xdc00 | (cp & 0x3ff)); }
      count += 2;
    } else {
      if (dst) dst[count] = (wchar_t)cp;
      count++;
    }
    s += r;
    n -= r;
  }
  if (dst) *src = (const char *)s;
  return count;
}

size_t mbsrtowcs(wchar_t *restrict dst, const char **restrict src, size_t len, mbstate_t *restrict st) {
  return mbsnrtowcs(dst, src, (size_t)-1, len, st);
}

size_t mbstowcs(wchar_t *restrict dst, const char *restrict src, size_t len) {
  mbstate_t st = {0};
  const char *s = src;
  return mbsrtowcs(dst, &s, len, &st);
}

/* wcsnrtombs: at most n units of *src, at most len bytes into dst (all when dst is NULL).
 * A character is written whole or not at all. */
size_t wcsnrtombs(char *restrict dst, const wchar_t **restrict src, size_t n, size_t len, mbstate_t *restrict st) {
  if (!st) st = &internal_wcsrtombs;
  const wchar_t *s = *src;
  size_t count = 0;
  char buf[4];
  if (!dst) len = (size_t)-1;
  for (; n; n--, s++) {
    if (!*s) {
      if (dst) { if (count >= len) break; dst[count] = 0; *src = 0; }
      memset(st, 0, sizeof *st);
      return count;
    }
    mbstate_t save = *st;
    size_t r = wcrtomb(buf, *s, st);
    if (r == (size_t)-1) { if (dst) *src = s; return r; }
    if (dst && count + r > len) { *st = save; break; }
    if (dst) memcpy(dst + count, buf, r);
    count += r;
  }
  if (dst) *src = s;
  return count;
}

size_t wcsrtombs(char *restrict dst, const wchar_t **restrict src, size_t len, mbstate_t *restrict st) {
  return wcsnrtombs(dst, src, (size_t)-1, len, st);
}

size_t wcstombs(char *restrict dst, const wchar_t *restrict src, size_t len) {
  mbstate_t st = {0};
  const wchar_t *s = src;
  return wcsrtombs(dst, &s, len, &st);
}

/* wcswidth: the columns of at most n units; a pair is one character. */
int wcswidth(const wchar_t *s, size_t n) {
  int w = 0;
  for (; n && *s; n--, s++) {
    wint_t c = *s;
    if (c >= 0xd800 && c <= 0xdbff && n > 1 && s[1] >= 0xdc00 && s[1] <= 0xdfff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (s[1] - 0xdc00);
      s++, n--;
    }
    int k = wcwidth(c);
    if (k < 0) return -1;
    w += k;
  }
  return w;
}
