/* sscanf_s, vsscanf_s, fscanf_s, vfscanf_s, scanf_s, vscanf_s: the scanf family with the
 * secure CRT's buffer sizes: "the scanf_s functions ... require the buffer size to be
 * specified for all input parameters of type c, C, s, S, or string control sets that are
 * enclosed in []. The buffer size in characters is passed as an additional parameter
 * immediately following the pointer to the buffer or variable" (Microsoft, scanf_s).
 *
 * The format is taken one conversion at a time: each piece (its literal text and one
 * conversion) goes to musl's scanf with a %n after it, so that the position after it is
 * known; every scanf argument is a pointer, so each is passed on as one. A string longer
 * than its buffer fails the conversion with the buffer emptied: "If the buffer is too small,
 * ... the buffer is set to an empty string"; the result is the count of fields assigned
 * before it.
 *
 * Limits: the CRT's size prefixes I64, I32 and I are read as ll, nothing and z; wide
 * conversions (%lc, %ls, %l[, %C, %S) are not supported for the 16-bit wchar_t and end the
 * scan there (the fields before them are assigned and counted). */
#include <corecrt.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One source of input: a string with a position, or a stream. */
typedef struct {
  const char *s; /* NULL: read f */
  size_t pos;
  FILE *f;
} source;

static int scan_piece(source *in, const char *piece, void *arg) {
  int used = -1;
  if (in->s) {
    if (arg) sscanf(in->s + in->pos, piece, arg, &used);
    else sscanf(in->s + in->pos, piece, &used);
    if (used >= 0) in->pos += (size_t)used;
  } else {
    if (arg) fscanf(in->f, piece, arg, &used);
    else fscanf(in->f, piece, &used);
  }
  return used;
}

static int at_end(source *in) {
  if (in->s) {
    const char *p = in->s + in->pos;
    while (*p == ' ' || (*p >= '\t' && *p <= '\r')) p++;
    return !*p;
  }
  return feof(in->f);
}

static int secure_scan(source *in, const char *fmt, va_list ap, const char *fn) {
  if (!fmt || (in->s == NULL && in->f == NULL)) {
    _invalid_parameter(0, 0, 0, 0, 0);
    errno = EINVAL;
    return EOF;
  }
  int assigned = 0, any_input = 0;
  char piece[256];
  const char *p = fmt;
  (void)fn;
  while (*p) {
    size_t n = 0;
    /* The literal text before the next conversion ("%%" stays literal). */
    while (*p && n < sizeof piece - 32) {
      if (p[0] == '%' && p[1] == '%') { piece[n++] = '%'; piece[n++] = '%'; p += 2; continue; }
      if (*p == '%') break;
      piece[n++] = *p++;
    }
    if (*p != '%') {
      /* Literal text only (the end of the format, or a long run of text): match it. */
      memcpy(piece + n, "%n", 3);
      if (scan_piece(in, piece, 0) < 0 || !*p) break;
      continue;
    }
    piece[n++] = *p++; /* '%' */
    int suppress = 0;
    if (*p == '*') { suppress = 1; piece[n++] = *p++; }
    long width = -1;
    if (*p >= '0' && *p <= '9') {
      width = strtol(p, (char **)&p, 10);
    }
    /* Length: C's, and the CRT's I64/I32/I. */
    char len[3] = {0};
    if (p[0] == 'I' && p[1] == '6' && p[2] == '4') { strcpy(len, "ll"); p += 3; }
    else if (p[0] == 'I' && p[1] == '3' && p[2] == '2') { p += 3; }
    else if (p[0] == 'I') { strcpy(len, "z"); p += 1; }
    else if ((p[0] == 'h' && p[1] == 'h') || (p[0] == 'l' && p[1] == 'l')) { len[0] = p[0]; len[1] = p[1]; p += 2; }
    else if (strchr("hljztLw", *p) && *p) { len[0] = *p == 'w' ? 'l' : *p; p++; }
    char conv = *p;
    if (!conv) break;
    int sized = conv == 's' || conv == 'c' || conv == '[' || conv == 'S' || conv == 'C';
    int wide = conv == 'S' || conv == 'C' || (sized && len[0] == 'l');
    if (wide) break; /* not supported: see the header comment */
    /* The set of %[ ...]: copied as it is. */
    const char *set = p, *set_end = p + 1;
    if (conv == '[') {
      if (*set_end == '^') set_end++;
      if (*set_end == ']') set_end++;
      while (*set_end && *set_end != ']') set_end++;
      if (!*set_end) break;
      set_end++;
    }
    void *arg = suppress ? NULL : va_arg(ap, void *);
    size_t size = (!suppress && sized) ? va_arg(ap, unsigned) : 0;
    char *tmp = NULL;
    if (sized && !suppress) {
      long want;
      if (conv == 'c') {
        want = width < 0 ? 1 : width;
        if ((size_t)want > size) { if (size) ((char *)arg)[0] = 0; break; }
      } else {
        if (!size) break;
        /* One more than fits, so that a string too long is seen. */
        want = width < 0 || (size_t)width >= size ? (long)size : width;
      }
      width = want;
      tmp = malloc((size_t)want + 1);
      if (!tmp) { errno = ENOMEM; break; }
    }
    if (width >= 0) n += (size_t)snprintf(piece + n, sizeof piece - n, "%ld", width);
    n += (size_t)snprintf(piece + n, sizeof piece - n, "%s", len);
    size_t setlen = conv == '[' ? (size_t)(set_end - set) : 1;
    if (n + setlen + 3 > sizeof piece) { free(tmp); break; }
    memcpy(piece + n, set, setlen);
    n += setlen;
    memcpy(piece + n, "%n", 3);
    p = conv == '[' ? set_end : p + 1;

    int used = scan_piece(in, piece, tmp ? tmp : arg);
    if (used < 0) {
      free(tmp);
      if (!assigned && !any_input && at_end(in)) return EOF;
      break;
    }
    any_input = 1;
    if (tmp) {
      size_t got = conv == 'c' ? (size_t)width : strlen(tmp);
      if (conv != 'c' && got >= size) { ((char *)arg)[0] = 0; free(tmp); break; }
      memcpy(arg, tmp, got);
      if (conv != 'c') ((char *)arg)[got] = 0;
      free(tmp);
    }
    if (!suppress && conv != 'n') assigned++;
  }
  return assigned;
}

int vsscanf_s(const char *s, const char *fmt, va_list ap) {
  if (!s) { _invalid_parameter(0, 0, 0, 0, 0); errno = EINVAL; return EOF; }
  source in = {s, 0, NULL};
  return secure_scan(&in, fmt, ap, "vsscanf_s");
}
int sscanf_s(const char *s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsscanf_s(s, fmt, ap);
  va_end(ap);
  return r;
}
int vfscanf_s(FILE *f, const char *fmt, va_list ap) {
  if (!f) { _invalid_parameter(0, 0, 0, 0, 0); errno = EINVAL; return EOF; }
  source in = {NULL, 0, f};
  return secure_scan(&in, fmt, ap, "vfscanf_s");
}
int fscanf_s(FILE *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfscanf_s(f, fmt, ap);
  va_end(ap);
  return r;
}
int vscanf_s(const char *fmt, va_list ap) { return vfscanf_s(stdin, fmt, ap); }
int scanf_s(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfscanf_s(stdin, fmt, ap);
  va_end(ap);
  return r;
}
