/* The wide printf family and wide stdio for a 16-bit wchar_t, with the Windows CRT's rules:
 *
 * - in a wide format, %s and %c take a wide string and character and %S and %C a narrow
 *   one (the MSVC rule); %hs/%hc are always narrow, %ls/%lc/%ws/%wc always wide;
 * - swprintf/vswprintf are the conforming (buffer, count, format) forms: on truncation they
 *   return -1 and the buffer holds what fitted, terminated;
 * - _snwprintf/_vsnwprintf return -1 on truncation and do not terminate; a result that
 *   fills the buffer exactly is not terminated either, and its length is returned;
 * - size prefixes I, I32, I64 and w, as well as C's hh, h, l, ll, j, z, t, L;
 * - %p prints the pointer as eight upper-case hex digits, as 32-bit Windows does;
 * - %n is refused (the result is -1, errno EINVAL), as the CRT refuses it by default.
 *
 * Numbers are formatted by musl's narrow snprintf, one conversion at a time; strings and
 * characters here. Narrow text (%S, %hs, %C) is UTF-8 and becomes UTF-16; the wide output of
 * wprintf, fwprintf, fputws and fputwc becomes UTF-8 on the stream. A unit that cannot be
 * converted (a lone surrogate, invalid UTF-8) makes the call fail with EILSEQ, as C defines
 * for an encoding error on a wide stream. */
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

/* A growing wide buffer. */
typedef struct {
  wchar_t *p;
  size_t len, cap;
  int failed;
} wbuf;

static void wb_reserve(wbuf *b, size_t more) {
  if (b->failed || b->len + more + 1 <= b->cap) return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + more + 1) cap *= 2;
  wchar_t *p = realloc(b->p, cap * sizeof *p);
  if (!p) { b->failed = ENOMEM; return; }
  b->p = p;
  b->cap = cap;
}

static void wb_put(wbuf *b, const wchar_t *s, size_t n) {
  wb_reserve(b, n);
  if (b->failed) return;
  wmemcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = 0;
}

static void wb_pad(wbuf *b, wchar_t c, size_t n) {
  wb_reserve(b, n);
  if (b->failed) return;
  wmemset(b->p + b->len, c, n);
  b->len += n;
  b->p[b->len] = 0;
}

/* ASCII (number text) into the buffer. */
static void wb_ascii(wbuf *b, const char *s, size_t n) {
  wb_reserve(b, n);
  if (b->failed) return;
  for (size_t i = 0; i < n; i++) b->p[b->len + i] = (unsigned char)s[i];
  b->len += n;
  b->p[b->len] = 0;
}

/* A field: `n` units of `s`, padded to `width` (left-justified with '-'). */
static void wb_field(wbuf *b, const wchar_t *s, size_t n, int width, int left, wchar_t pad) {
  size_t w = width > 0 ? (size_t)width : 0;
  if (!left && w > n) wb_pad(b, pad, w - n);
  wb_put(b, s, n);
  if (left && w > n) wb_pad(b, L' ', w - n);
}

/* UTF-8 -> UTF-16 of at most `max` units (SIZE_MAX: all); 0 on an encoding error. */
static wchar_t *from_narrow(const char *s, size_t max, size_t *len) {
  mbstate_t st = {0};
  const char *src = s;
  size_t n = mbsrtowcs(0, &src, 0, &st);
  if (n == (size_t)-1) return 0;
  wchar_t *w = malloc((n + 1) * sizeof *w);
  if (!w) return 0;
  memset(&st, 0, sizeof st);
  src = s;
  mbsrtowcs(w, &src, n + 1, &st);
  *len = n < max ? n : max;
  return w;
}

enum size { SZ_NONE, SZ_HH, SZ_H, SZ_L, SZ_LL, SZ_J, SZ_Z, SZ_T, SZ_BIGL, SZ_W };

/* The whole output of a wide format into b; -1 (errno set) on a bad format or a conversion
 * error, else the length. */
static int wformat(wbuf *b, const wchar_t *fmt, va_list ap) {
  for (const wchar_t *f = fmt; *f;) {
    if (*f != L'%') {
      const wchar_t *lit = f;
      while (*f && *f != L'%') f++;
      wb_put(b, lit, (size_t)(f - lit));
      continue;
    }
    f++;
    char spec[64];
    size_t sl = 0;
    spec[sl++] = '%';
    int left = 0, zero = 0;
    /* Flags. */
    while (*f && wcschr(L"-+ #0'", *f)) {
      if (*f == L'-') left = 1;
      if (*f == L'0') zero = 1;
      if (sl < 8) spec[sl++] = (char)*f;
      f++;
    }
    /* Width. */
    int width = -1;
    if (*f == L'*') {
      width = va_arg(ap, int);
      if (width < 0) { left = 1; width = -width; spec[sl++] = '-'; }
      f++;
    } else if (*f >= L'0' && *f <= L'9') {
      width = 0;
      while (*f >= L'0' && *f <= L'9') width = width * 10 + (*f++ - L'0');
    }
    if (width >= 0) sl += (size_t)snprintf(spec + sl, sizeof spec - sl, "%d", width);
    /* Precision. */
    int prec = -1;
    if (*f == L'.') {
      f++;
      prec = 0;
      if (*f == L'*') { prec = va_arg(ap, int); f++; }
      else while (*f >= L'0' && *f <= L'9') prec = prec * 10 + (*f++ - L'0');
      if (prec >= 0) sl += (size_t)snprintf(spec + sl, sizeof spec - sl, ".%d", prec);
    }
    /* Size. */
    enum size size = SZ_NONE;
    if (*f == L'h') { size = f[1] == L'h' ? (f++, SZ_HH) : SZ_H; f++; }
    else if (*f == L'l') { size = f[1] == L'l' ? (f++, SZ_LL) : SZ_L; f++; }
    else if (*f == L'j') { size = SZ_J; f++; }
    else if (*f == L'z') { size = SZ_Z; f++; }
    else if (*f == L't') { size = SZ_T; f++; }
    else if (*f == L'L') { size = SZ_BIGL; f++; }
    else if (*f == L'w') { size = SZ_W; f++; }
    else if (*f == L'q') { size = SZ_LL; f++; }
    else if (*f == L'I') {
      if (f[1] == L'6' && f[2] == L'4') { size = SZ_LL; f += 3; }
      else if (f[1] == L'3' && f[2] == L'2') { size = SZ_NONE; f += 3; }
      else { size = SZ_Z; f++; }
    }
    wchar_t conv = *f;
    if (!conv) { errno = EINVAL; return -1; }
    f++;
    char num[512];
    int n;
    switch (conv) {
    case L'%':
      wb_put(b, L"%", 1);
      break;
    case L'd': case L'i': case L'u': case L'o': case L'x': case L'X': {
      static const char *const len[] = { "", "hh", "h", "l", "ll", "j", "z", "t", "", "l" };
      const char *l = len[size];
      memcpy(spec + sl, l, strlen(l));
      sl += strlen(l);
      spec[sl++] = (char)conv;
      spec[sl] = 0;
      if (size == SZ_LL || size == SZ_J) n = snprintf(num, sizeof num, spec, va_arg(ap, long long));
      else if (size == SZ_L || size == SZ_W) n = snprintf(num, sizeof num, spec, va_arg(ap, long));
      else n = snprintf(num, sizeof num, spec, va_arg(ap, int));
      if (n < 0) return -1;
      wb_ascii(b, num, (size_t)n < sizeof num ? (size_t)n : sizeof num - 1);
      break;
    }
    case L'e': case L'E': case L'f': case L'F': case L'g': case L'G': case L'a': case L'A': {
      if (size == SZ_BIGL) spec[sl++] = 'L';
      spec[sl++] = (char)conv;
      spec[sl] = 0;
      char *big = 0;
      if (size == SZ_BIGL) {
        long double v = va_arg(ap, long double);
        n = snprintf(num, sizeof num, spec, v);
        if (n >= (int)sizeof num && (big = malloc((size_t)n + 1))) snprintf(big, (size_t)n + 1, spec, v);
      } else {
        double v = va_arg(ap, double);
        n = snprintf(num, sizeof num, spec, v);
        if (n >= (int)sizeof num && (big = malloc((size_t)n + 1))) snprintf(big, (size_t)n + 1, spec, v);
      }
      if (n < 0) return -1;
      if (n >= (int)sizeof num && !big) { errno = ENOMEM; return -1; }
      wb_ascii(b, big ? big : num, (size_t)n);
      free(big);
      break;
    }
    case L'p': {
      /* 32-bit Windows: the address as eight upper-case hex digits. */
      n = snprintf(num, sizeof num, "%08lX", (unsigned long)(uintptr_t)va_arg(ap, void *));
      wchar_t w[16];
      for (int i = 0; i < n; i++) w[i] = (unsigned char)num[i];
      wb_field(b, w, (size_t)n, width, left, L' ');
      break;
    }
    case L'c': case L'C': {
      int narrow = size == SZ_H || size == SZ_HH || (conv == L'C' && size != SZ_L && size != SZ_W);
      wchar_t c;
      if (narrow) {
        char ch = (char)va_arg(ap, int);
        if ((unsigned char)ch >= 0x80) { errno = EILSEQ; return -1; }
        c = (unsigned char)ch;
      } else {
        c = (wchar_t)va_arg(ap, int);
      }
      wb_field(b, &c, 1, width, left, zero && !left ? L'0' : L' ');
      break;
    }
    case L's': case L'S': {
      int narrow = size == SZ_H || size == SZ_HH || (conv == L'S' && size != SZ_L && size != SZ_W);
      size_t max = prec >= 0 ? (size_t)prec : SIZE_MAX;
      wchar_t pad = zero && !left ? L'0' : L' ';
      if (narrow) {
        const char *s = va_arg(ap, const char *);
        if (!s) s = "(null)";
        size_t len;
        wchar_t *w = from_narrow(s, max, &len);
        if (!w) { if (errno != ENOMEM) errno = EILSEQ; return -1; }
        wb_field(b, w, len, width, left, pad);
        free(w);
      } else {
        const wchar_t *s = va_arg(ap, const wchar_t *);
        if (!s) s = L"(null)";
        wb_field(b, s, wcsnlen(s, max), width, left, pad);
      }
      break;
    }
    case L'n':
      /* The CRT refuses %n unless _set_printf_count_output enabled it. */
      errno = EINVAL;
      return -1;
    default:
      errno = EINVAL;
      return -1;
    }
    if (b->failed) { errno = b->failed; return -1; }
  }
  if (b->failed) { errno = b->failed; return -1; }
  if (b->len > INT_MAX) { errno = EOVERFLOW; return -1; }
  return (int)b->len;
}

/* The formatted text in a new buffer (free it); its length in *len, or -1. */
static wchar_t *vformat(const wchar_t *fmt, va_list ap, int *len) {
  wbuf b = {0};
  va_list aq;
  va_copy(aq, ap);
  *len = wformat(&b, fmt, aq);
  va_end(aq);
  if (*len < 0) { free(b.p); return 0; }
  if (!b.p) wb_reserve(&b, 0); /* an empty result still needs its terminator */
  if (!b.p) { errno = ENOMEM; *len = -1; return 0; }
  b.p[b.len] = 0;
  return b.p;
}

int vswprintf(wchar_t *restrict buf, size_t count, const wchar_t *restrict fmt, va_list ap) {
  int len;
  wchar_t *w = vformat(fmt, ap, &len);
  if (!w) return -1;
  int r;
  if ((size_t)len < count) {
    wmemcpy(buf, w, (size_t)len + 1);
    r = len;
  } else {
    if (count) { wmemcpy(buf, w, count - 1); buf[count - 1] = 0; }
    r = -1;
  }
  free(w);
  return r;
}

int swprintf(wchar_t *restrict buf, size_t count, const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vswprintf(buf, count, fmt, ap);
  va_end(ap);
  return r;
}

int _vsnwprintf(wchar_t *buf, size_t count, const wchar_t *fmt, va_list ap) {
  int len;
  wchar_t *w = vformat(fmt, ap, &len);
  if (!w) return -1;
  int r;
  if ((size_t)len < count) { wmemcpy(buf, w, (size_t)len + 1); r = len; }
  else if ((size_t)len == count) { wmemcpy(buf, w, count); r = len; }
  else { wmemcpy(buf, w, count); r = -1; }
  free(w);
  return r;
}

int _snwprintf(wchar_t *buf, size_t count, const wchar_t *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = _vsnwprintf(buf, count, fmt, ap);
  va_end(ap);
  return r;
}

int _vscwprintf(const wchar_t *fmt, va_list ap) {
  int len;
  wchar_t *w = vformat(fmt, ap, &len);
  free(w);
  return w ? len : -1;
}

int _scwprintf(const wchar_t *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = _vscwprintf(fmt, ap);
  va_end(ap);
  return r;
}

/* ---- wide stdio: UTF-8 on the stream ---- */

/* A stream's wide state: a high surrogate written by fputwc and waiting for its low half,
 * and a unit fgetwc returns next (the low half of a pair, or ungetwc's). */
typedef struct {
  FILE *f;
  wchar_t high, next;
} wstream;

static wstream streams[8];

static wstream *stream_state(FILE *f, int create) {
  wstream *free_slot = 0;
  for (size_t i = 0; i < sizeof streams / sizeof *streams; i++) {
    if (streams[i].f == f) return &streams[i];
    if (!streams[i].f && !free_slot) free_slot = &streams[i];
  }
  if (!create) return 0;
  if (!free_slot) free_slot = &streams[0]; /* eight streams mid-pair at once: reuse one */
  free_slot->f = f;
  free_slot->high = free_slot->next = 0;
  return free_slot;
}

static void stream_release(wstream *s) {
  if (s && !s->high && !s->next) s->f = 0;
}

/* n units of s to f as UTF-8; the number of units, or -1 (errno EILSEQ on a lone surrogate). */
static int write_wide(FILE *f, const wchar_t *s, size_t n) {
  char buf[512];
  size_t used = 0;
  mbstate_t st = {0};
  wstream *ws = stream_state(f, 0);
  if (ws && ws->high) {
    /* A pair split across calls of fputwc. */
    wcrtomb(buf, ws->high, &st);
    ws->high = 0;
    stream_release(ws);
  }
  for (size_t i = 0; i < n; i++) {
    if (used + 4 > sizeof buf) {
      if (fwrite(buf, 1, used, f) != used) return -1;
      used = 0;
    }
    size_t r = wcrtomb(buf + used, s[i], &st);
    if (r == (size_t)-1) { if (used) fwrite(buf, 1, used, f); return -1; }
    used += r;
  }
  if (used && fwrite(buf, 1, used, f) != used) return -1;
  if (!mbsinit(&st)) {
    /* Ends on a high surrogate: keep it for the next write. */
    wstream *w = stream_state(f, 1);
    w->high = s[n - 1];
  }
  return (int)n;
}

int vfwprintf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap) {
  int len;
  wchar_t *w = vformat(fmt, ap, &len);
  if (!w) return -1;
  int r = write_wide(f, w, (size_t)len);
  free(w);
  return r < 0 ? -1 : len;
}

int fwprintf(FILE *restrict f, const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfwprintf(f, fmt, ap);
  va_end(ap);
  return r;
}

int vwprintf(const wchar_t *restrict fmt, va_list ap) { return vfwprintf(stdout, fmt, ap); }

int wprintf(const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfwprintf(stdout, fmt, ap);
  va_end(ap);
  return r;
}

wint_t fputwc(wchar_t c, FILE *f) {
  return write_wide(f, &c, 1) < 0 ? WEOF : (wint_t)c;
}

wint_t putwc(wchar_t c, FILE *f) { return fputwc(c, f); }
wint_t putwchar(wchar_t c) { return fputwc(c, stdout); }

int fputws(const wchar_t *restrict s, FILE *restrict f) {
  return write_wide(f, s, wcslen(s)) < 0 ? -1 : 0;
}

/* _putws: the string and a newline to stdout, as puts. */
int _putws(const wchar_t *s) {
  if (fputws(s, stdout) < 0 || fputwc(L'\n', stdout) == WEOF) return WEOF;
  return 0;
}

wint_t fgetwc(FILE *f) {
  wstream *ws = stream_state(f, 0);
  if (ws && ws->next) {
    wchar_t c = ws->next;
    ws->next = 0;
    stream_release(ws);
    return c;
  }
  mbstate_t st = {0};
  for (;;) {
    int b = getc(f);
    if (b == EOF) {
      if (!mbsinit(&st)) { errno = EILSEQ; return WEOF; }
      return WEOF;
    }
    char ch = (char)b;
    wchar_t c;
    size_t r = mbrtowc(&c, &ch, 1, &st);
    if (r == (size_t)-2) continue;
    if (r == (size_t)-1) return WEOF;
    wchar_t low;
    if (mbrtowc(&low, "", 0, &st) == (size_t)-3) {
      ws = stream_state(f, 1);
      ws->next = low;
    }
    return c;
  }
}

wint_t getwc(FILE *f) { return fgetwc(f); }
wint_t getwchar(void) { return fgetwc(stdin); }

wint_t ungetwc(wint_t c, FILE *f) {
  if (c == WEOF) return WEOF;
  wstream *ws = stream_state(f, 1);
  if (ws->next) return WEOF; /* one unit of push-back */
  ws->next = (wchar_t)c;
  return c;
}

wchar_t *fgetws(wchar_t *restrict s, int n, FILE *restrict f) {
  if (n <= 0) return 0;
  int i = 0;
  while (i < n - 1) {
    wint_t c = fgetwc(f);
    if (c == WEOF) {
      if (!i || ferror(f)) return 0;
      break;
    }
    s[i++] = (wchar_t)c;
    if (c == L'\n') break;
  }
  s[i] = 0;
  return s;
}

/* The wide strftime: the format to UTF-8, strftime, and the result back to UTF-16. */
size_t wcsftime(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, const struct tm *restrict tm) {
  mbstate_t st = {0};
  const wchar_t *src = fmt;
  size_t fl = wcsrtombs(0, &src, 0, &st);
  if (fl == (size_t)-1 || !n) return 0;
  char *nf = malloc(fl + 1), *out = malloc(n * 4 + 1);
  size_t r = 0;
  if (nf && out) {
    src = fmt;
    memset(&st, 0, sizeof st);
    wcsrtombs(nf, &src, fl + 1, &st);
    size_t ol = strftime(out, n * 4 + 1, nf, tm);
    if (ol || !*nf) {
      const char *o = out;
      memset(&st, 0, sizeof st);
      size_t wl = mbsrtowcs(0, &o, 0, &st);
      if (wl != (size_t)-1 && wl < n) {
        o = out;
        memset(&st, 0, sizeof st);
        mbsrtowcs(s, &o, n, &st);
        r = wl;
      }
    }
  }
  free(nf);
  free(out);
  return r;
}

size_t wcsftime_l(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, const struct tm *restrict tm, locale_t l) {
  (void)l;
  return wcsftime(s, n, fmt, tm);
}

/* The _unlocked forms: guests here have one thread at a time in the C library. */
wint_t fgetwc_unlocked(FILE *f) { return fgetwc(f); }
wint_t getwc_unlocked(FILE *f) { return fgetwc(f); }
wint_t getwchar_unlocked(void) { return fgetwc(stdin); }
wint_t fputwc_unlocked(wchar_t c, FILE *f) { return fputwc(c, f); }
wint_t putwc_unlocked(wchar_t c, FILE *f) { return fputwc(c, f); }
wint_t putwchar_unlocked(wchar_t c) { return fputwc(c, stdout); }
wchar_t *fgetws_unlocked(wchar_t *restrict s, int n, FILE *restrict f) { return fgetws(s, n, f); }
int fputws_unlocked(const wchar_t *restrict s, FILE *restrict f) { return fputws(s, f); }
