/* The narrow printf family with the Windows CRT's format rules, over musl's.
 *
 * Every narrow printf (printf, fprintf, sprintf, snprintf and their v forms) ends in musl's
 * __vfprintf_internal, which the driver links wrapped (-Wl,--wrap=__vfprintf_internal).
 * The wrapper rewrites what musl reads differently from the CRT, and passes the rest as it
 * is (a format without such a conversion goes straight through):
 *
 * - a wide string (%ls, %ws, %S) is a 16-bit wchar_t string here, where musl walks 32-bit
 *   units: it is converted to UTF-8 (the multibyte encoding of wcstombs) and printed as %s;
 *   a precision still counts output bytes and never splits a character, as C says;
 * - the CRT's size prefixes: I64 (64-bit, as ll), I32 (32-bit), I (pointer-sized, as z);
 * - %hs and %hc are a narrow string and character, as in the CRT.
 *
 * A format with positional arguments (%1$s) passes through unchanged. A wide string that
 * cannot be converted (a lone surrogate) fails the call with EILSEQ, as C defines. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int __real___vfprintf_internal(FILE *f, const char *fmt, va_list ap, void *fmt_fp, void *pop_arg_long_double);

#define MAX_WIDE 32 /* wide string conversions rewritten in one call; more pass through */

typedef struct {
  size_t slot;  /* offset of the string's pointer in the argument area */
  long prec;    /* -1: none */
  size_t prec_slot; /* offset of a '*' precision, or SIZE_MAX */
} wide_arg;

static size_t align_to(size_t off, size_t a) { return (off + a - 1) & ~(a - 1); }

/* An argument of `size` bytes at its alignment, as clang lays out wasm32 varargs. */
static size_t take(size_t *off, size_t size) {
  size_t at = align_to(*off, size < 4 ? 4 : size);
  *off = at + (size < 4 ? 4 : size);
  return at;
}

/* The text of a wide string in UTF-8, at most `limit` bytes (whole characters only). */
static char *narrow(const wchar_t *ws, long limit) {
  size_t n = wcstombs(NULL, ws, 0);
  if (n == (size_t)-1) return NULL;
  if (limit >= 0 && (size_t)limit < n) n = (size_t)limit;
  char *s = malloc(n + 1);
  if (!s) return NULL;
  size_t got = wcstombs(s, ws, n);
  if (got == (size_t)-1) { free(s); return NULL; }
  s[got] = 0;
  return s;
}

int __wrap___vfprintf_internal(FILE *f, const char *fmt, va_list ap, void *fmt_fp, void *pop) {
  /* First pass: is there anything to rewrite? (The common case answers no at once.) */
  int rewrite = 0;
  for (const char *p = strchr(fmt, '%'); p; p = strchr(p + 1, '%')) {
    const char *q = p + 1;
    if (*q == '%') { p = q; continue; }
    while (*q && !strchr("diouxXcsSpneEfFgGaACm%", *q)) {
      if (*q == '$') return __real___vfprintf_internal(f, fmt, ap, fmt_fp, pop);
      if (*q == 'I' || *q == 'w') rewrite = 1;
      q++;
    }
    if (*q == 'S' || (*q == 's' && q > p + 1 && (q[-1] == 'l' || q[-1] == 'h' || q[-1] == 'w')) ||
        (*q == 'c' && q[-1] == 'h')) rewrite = 1;
    if (!*q) break;
    p = q;
  }
  if (!rewrite) return __real___vfprintf_internal(f, fmt, ap, fmt_fp, pop);

  size_t len = strlen(fmt);
  char *out = malloc(len + 1);
  if (!out) { errno = ENOMEM; return -1; }
  wide_arg wide[MAX_WIDE];
  int nwide = 0;
  size_t off = 0;
  char *o = out;
  const char *p = fmt;
  while (*p) {
    if (*p != '%') { *o++ = *p++; continue; }
    *o++ = *p++;
    if (*p == '%') { *o++ = *p++; continue; }
    while (*p && strchr("-+ #0'", *p)) *o++ = *p++;
    if (*p == '*') { take(&off, 4); *o++ = *p++; }
    else while (*p >= '0' && *p <= '9') *o++ = *p++;
    long prec = -1;
    size_t prec_slot = SIZE_MAX;
    if (*p == '.') {
      *o++ = *p++;
      if (*p == '*') { prec_slot = take(&off, 4); *o++ = *p++; }
      else { prec = 0; while (*p >= '0' && *p <= '9') { prec = prec * 10 + (*p - '0'); *o++ = *p++; } }
    }
    /* The size prefix: C's, and the CRT's I, I32, I64, w, h. */
    int size = 0; /* bytes of an integer argument: 0 for int */
    int wide_len = 0, narrow_len = 0, long_double = 0;
    char *len_at = o;
    for (;;) {
      if (p[0] == 'I' && p[1] == '6' && p[2] == '4') { size = 8; p += 3; *o++ = 'l'; *o++ = 'l'; }
      else if (p[0] == 'I' && p[1] == '3' && p[2] == '2') { p += 3; }
      else if (p[0] == 'I') { p++; *o++ = 'z'; }
      else if (p[0] == 'w') { p++; wide_len = 1; *o++ = 'l'; }
      else if (p[0] == 'l' && p[1] == 'l') { size = 8; p += 2; *o++ = 'l'; *o++ = 'l'; }
      else if (p[0] == 'l') { wide_len = 1; p++; *o++ = 'l'; }
      else if (p[0] == 'h') { narrow_len = 1; *o++ = *p++; }
      else if (p[0] == 'j' || p[0] == 'q') { size = 8; *o++ = *p++; }
      else if (p[0] == 'L') { long_double = 1; size = 8; *o++ = *p++; }
      else if (p[0] == 'z' || p[0] == 't') { *o++ = *p++; }
      else break;
    }
    char c = *p;
    if (!c) break;
    p++;
    switch (c) {
      case 'd': case 'i': case 'o': case 'u': case 'x': case 'X':
        take(&off, size ? 8 : 4); *o++ = c; break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A':
        take(&off, long_double ? 16 : 8); *o++ = c; break;
      case 'p': case 'n': take(&off, 4); *o++ = c; break;
      case 'm': *o++ = c; break;
      case 'c': case 'C':
        take(&off, 4);
        o = len_at; /* a character goes by value: %hc is %c, %lc/%wc/%C is %lc */
        if (c == 'C' || (wide_len && !narrow_len)) *o++ = 'l';
        *o++ = 'c';
        break;
      case 's': case 'S': {
        size_t slot = take(&off, 4);
        o = len_at;
        if ((c == 'S' || wide_len) && !narrow_len) {
          if (nwide == MAX_WIDE) { free(out); return __real___vfprintf_internal(f, fmt, ap, fmt_fp, pop); }
          wide[nwide++] = (wide_arg){ slot, prec, prec_slot };
        }
        *o++ = 's';
        break;
      }
      default:
        free(out);
        return __real___vfprintf_internal(f, fmt, ap, fmt_fp, pop);
    }
  }
  *o = 0;
  if (!nwide) {
    int r = __real___vfprintf_internal(f, out, ap, fmt_fp, pop);
    free(out);
    return r;
  }
  /* A copy of the argument area with each wide string replaced by its UTF-8 text. */
  const char *args = (const char *)ap;
  char *copy = malloc(off ? off : 1);
  char *texts[MAX_WIDE];
  int ntexts = 0, r = -1;
  if (!copy) { errno = ENOMEM; goto done; }
  memcpy(copy, args, off);
  for (int i = 0; i < nwide; i++) {
    const wchar_t *ws;
    memcpy(&ws, args + wide[i].slot, sizeof ws);
    char *text = NULL;
    if (ws) {
      long prec = wide[i].prec;
      if (wide[i].prec_slot != SIZE_MAX) { int v; memcpy(&v, args + wide[i].prec_slot, sizeof v); prec = v < 0 ? -1 : v; }
      text = narrow(ws, prec);
      if (!text) { errno = EILSEQ; goto done; }
      texts[ntexts++] = text;
    }
    memcpy(copy + wide[i].slot, &text, sizeof text);
  }
  r = __real___vfprintf_internal(f, out, (va_list)copy, fmt_fp, pop);
done:
  for (int i = 0; i < ntexts; i++) free(texts[i]);
  free(copy);
  free(out);
  return r;
}
