/* The Microsoft CRT names and the secure CRT, with an invalid parameter handler installed
 * that counts its calls. Every line is "name: result errno handler-calls [buffer]", with
 * error codes by name (the numbers differ: Emscripten's EINVAL is WASI's 28), so that the
 * output is the same as the UCRT's under Wine: test/integration/crt.test.ts holds it, from
 *   x86_64-w64-mingw32-gcc -D_UCRT -specs=<specs with -lucrt for -lmsvcrt> crt.c. */
#define _CRT_RAND_S
#define _CRT_SECURE_NO_WARNINGS
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#ifdef __clang__
#pragma clang diagnostic ignored "-Wfortify-source"
#pragma clang diagnostic ignored "-Wnonnull"
#endif
#ifdef __GNUC__
#pragma GCC diagnostic ignored "-Wformat-truncation"
#pragma GCC diagnostic ignored "-Wnonnull"
#pragma GCC diagnostic ignored "-Wformat-zero-length"
#endif

#ifdef __MINGW32__
/* The UCRT exports it; mingw-w64's headers do not declare it. */
_invalid_parameter_handler __cdecl _set_thread_local_invalid_parameter_handler(_invalid_parameter_handler);
#endif

static int calls;
static void handler(const wchar_t *e, const wchar_t *f, const wchar_t *file, unsigned line, uintptr_t r) {
  (void)e; (void)f; (void)file; (void)line; (void)r;
  calls++;
}

static const char *name(int e) {
  switch (e) {
  case 0: return "0";
  case EINVAL: return "EINVAL";
  case ERANGE: return "ERANGE";
  case STRUNCATE: return "STRUNCATE";
  case ENOENT: return "ENOENT";
  default: return "other";
  }
}

/* Before each call: errno and the count cleared. */
static void reset(void) { errno = 0; calls = 0; }
/* Called after the call under test, so that errno and the buffer are read after it. */
static void show(const char *what, int r, const char *buf) {
  printf("%s: %s %s %d [%s]\n", what, name(r), name(errno), calls, buf ? buf : "-");
}
static void showi(const char *what, int r, const char *buf) {
  printf("%s: %d %s %d [%s]\n", what, r, name(errno), calls, buf ? buf : "-");
}
static const char *narrow(const wchar_t *w) {
  static char out[128];
  size_t i = 0;
  for (; w[i] && i < sizeof out - 1; i++) out[i] = w[i] < 128 ? (char)w[i] : '?';
  out[i] = 0;
  return out;
}

static int vs(char *b, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsprintf_s(b, size, fmt, ap);
  va_end(ap);
  return r;
}
static int vsn(char *b, size_t count, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = _vsnprintf(b, count, fmt, ap);
  va_end(ap);
  return r;
}

int main(void) {
  char b[8], big[64];
  wchar_t w[8];
  _set_invalid_parameter_handler(handler);
  printf("handler-installed: %d\n", _get_invalid_parameter_handler() == handler);

  /* strcpy_s */
  reset(); { int r_ = strcpy_s(b, sizeof b, "abc"); show("strcpy_s", r_, b); }
  reset(); strcpy(b, "xyz"); { int r_ = strcpy_s(b, 4, "abcd"); show("strcpy_s-range", r_, b); }
  reset(); strcpy(b, "xyz"); { int r_ = strcpy_s(b, sizeof b, NULL); show("strcpy_s-null-src", r_, b); }
  reset(); { int r_ = strcpy_s(NULL, 4, "a"); show("strcpy_s-null-dest", r_, NULL); }
  reset(); strcpy(b, "xyz"); { int r_ = strcpy_s(b, 0, "a"); show("strcpy_s-size0", r_, b); }
  /* strncpy_s */
  reset(); { int r_ = strncpy_s(b, sizeof b, "abcdef", 3); show("strncpy_s", r_, b); }
  reset(); strcpy(b, "xyz"); { int r_ = strncpy_s(b, 4, "abcdef", 5); show("strncpy_s-range", r_, b); }
  reset(); { int r_ = strncpy_s(b, 4, "abcdef", _TRUNCATE); show("strncpy_s-truncate", r_, b); }
  reset(); { int r_ = strncpy_s(b, 4, "ab", _TRUNCATE); show("strncpy_s-truncate-fits", r_, b); }
  reset(); strcpy(b, "xyz"); { int r_ = strncpy_s(b, sizeof b, "abc", 0); show("strncpy_s-count0", r_, b); }
  /* strcat_s, strncat_s */
  reset(); strcpy(b, "ab"); { int r_ = strcat_s(b, sizeof b, "cd"); show("strcat_s", r_, b); }
  reset(); strcpy(b, "abc"); { int r_ = strcat_s(b, 5, "de"); show("strcat_s-range", r_, b); }
  reset(); memcpy(b, "abcd", 4); { int r_ = strcat_s(b, 4, "x"); show("strcat_s-unterminated", r_, b); }
  reset(); strcpy(b, "ab"); { int r_ = strncat_s(b, sizeof b, "cdef", 2); show("strncat_s", r_, b); }
  reset(); strcpy(b, "ab"); { int r_ = strncat_s(b, 5, "cdef", _TRUNCATE); show("strncat_s-truncate", r_, b); }
  reset(); strcpy(b, "ab"); { int r_ = strncat_s(b, 5, "cdef", 3); show("strncat_s-range", r_, b); }
  /* memcpy_s, memmove_s */
  reset(); memset(b, 'x', 7); b[7] = 0; { int r_ = memcpy_s(b, 7, "abc", 3); show("memcpy_s", r_, b); }
  reset(); memset(b, 'x', 7); b[7] = 0; {
    int r = memcpy_s(b, 2, "abc", 3);
    printf("memcpy_s-range: %s %s %d [%d %d %c]\n", name(r), name(errno), calls, b[0], b[1], b[2]);
  }
  reset(); memset(b, 'x', 7); b[7] = 0; {
    int r = memcpy_s(b, 3, NULL, 3);
    printf("memcpy_s-null-src: %s %s %d [%d %d %d %c]\n", name(r), name(errno), calls, b[0], b[1], b[2], b[3]);
  }
  reset(); { int r_ = memcpy_s(NULL, 0, NULL, 0); show("memcpy_s-count0", r_, NULL); }
  reset(); strcpy(b, "abcdef"); { int r_ = memmove_s(b + 1, 6, b, 3); show("memmove_s", r_, b); }
  reset(); strcpy(b, "abcdef"); { int r_ = memmove_s(b, 2, "xyz", 3); show("memmove_s-range", r_, b); }
  /* numbers */
  reset(); { int r_ = _itoa_s(-123, b, sizeof b, 10); show("_itoa_s", r_, b); }
  reset(); { int r_ = _itoa_s(-1, big, sizeof big, 16); show("_itoa_s-hex", r_, big); }
  reset(); strcpy(b, "xyz"); { int r_ = _itoa_s(-123, b, 4, 10); show("_itoa_s-range", r_, b); }
  reset(); { int r_ = _itoa_s(-123, b, 5, 10); show("_itoa_s-fits", r_, b); }
  reset(); strcpy(b, "xyz"); { int r_ = _itoa_s(5, b, sizeof b, 1); show("_itoa_s-radix", r_, b); }
  reset(); { int r_ = _ltoa_s(-255, b, sizeof b, 2) ; show("_ltoa_s", r_, b); }
  reset(); { int r_ = _ltoa_s(-255, big, sizeof big, 2); show("_ltoa_s-big", r_, big); }
  reset(); { int r_ = _ultoa_s(4294967295UL, big, sizeof big, 36); show("_ultoa_s", r_, big); }
  reset(); { int r_ = _i64toa_s(-9223372036854775807LL - 1, big, sizeof big, 10); show("_i64toa_s", r_, big); }
  reset(); { int r_ = _i64toa_s(-2, big, sizeof big, 16); show("_i64toa_s-hex", r_, big); }
  reset(); { int r_ = _itow_s(-42, w, 8, 10); show("_itow_s", r_, narrow(w)); }
  reset(); { int r_ = _itow_s(123456, w, 4, 10); show("_itow_s-range", r_, narrow(w)); }
  printf("_itoa: %s %s %s %s\n", _itoa(-10, big, 10), _itoa(-10, big + 16, 16), _ltoa(255, big + 32, 2), _ultoa(3000000000UL, big + 48, 10));
  printf("_i64toa: %s %s\n", _i64toa(-5, big, 10), _ui64toa(18446744073709551615ULL, big + 24, 16));
  printf("_itow: %s\n", narrow(_itow(-77, w, 10)));
  printf("_atoi64: %lld %lld %llu\n", _atoi64("  -9000000000x"), _strtoi64("0x7fffffffffffffff", NULL, 16), _strtoui64("18446744073709551615", NULL, 10));
  printf("_wtoi: %d %ld %lld\n", _wtoi(L" 12z"), _wtol(L"-34"), _wtoi64(L"9000000000"));
  /* strtok_s */
  {
    char text[] = " a,b ,,c ";
    char *ctx = NULL, *t;
    printf("strtok_s:");
    for (t = strtok_s(text, " ,", &ctx); t; t = strtok_s(NULL, " ,", &ctx)) printf(" [%s]", t);
    printf("\n");
    reset(); ctx = NULL; t = strtok_s(NULL, ",", &ctx);
    printf("strtok_s-null: %s %s %d\n", t ? t : "NULL", name(errno), calls);
    reset(); t = strtok_s(text, ",", NULL);
    printf("strtok_s-null-context: %s %s %d\n", t ? t : "NULL", name(errno), calls);
  }
  {
    wchar_t text[] = L"x;y";
    wchar_t *ctx = NULL, *t;
    printf("wcstok_s:");
    for (t = wcstok_s(text, L";", &ctx); t; t = wcstok_s(NULL, L";", &ctx)) printf(" [%s]", narrow(t));
    printf("\n");
  }
  /* _strlwr_s, _strupr_s */
  reset(); strcpy(b, "AbC"); { int r_ = _strlwr_s(b, sizeof b); show("_strlwr_s", r_, b); }
  reset(); strcpy(b, "AbC"); { int r_ = _strupr_s(b, sizeof b); show("_strupr_s", r_, b); }
  reset(); strcpy(b, "AbC"); { int r_ = _strlwr_s(b, 3); show("_strlwr_s-unterminated", r_, b); }
  /* printf */
  reset(); { int r_ = sprintf_s(b, sizeof b, "%d-%s", 42, "ab"); showi("sprintf_s", r_, b); }
  reset(); strcpy(b, "xyz"); { int r_ = sprintf_s(b, 4, "%s", "abcd"); showi("sprintf_s-range", r_, b); }
  reset(); strcpy(b, "xyz"); { int r_ = sprintf_s(b, 4, NULL); showi("sprintf_s-null-format", r_, b); }
  reset(); strcpy(b, "xyz"); { int r_ = vs(b, 3, "%d", 123); showi("vsprintf_s-range", r_, b); }
  reset(); { int r_ = _snprintf_s(b, 4, _TRUNCATE, "%s", "abcdef"); showi("_snprintf_s-truncate", r_, b); }
  reset(); { int r_ = _snprintf_s(b, 4, _TRUNCATE, "%s", "abc"); showi("_snprintf_s-truncate-fits", r_, b); }
  reset(); { int r_ = _snprintf_s(b, sizeof b, 3, "%s", "abcdef"); showi("_snprintf_s-count", r_, b); }
  reset(); { int r_ = _snprintf_s(b, sizeof b, 6, "%s", "abc"); showi("_snprintf_s-count-fits", r_, b); }
  reset(); strcpy(b, "xyz"); { int r_ = _snprintf_s(b, 4, 5, "%s", "abcdef"); showi("_snprintf_s-range", r_, b); }
  reset(); strcpy(b, "xyz"); { int r_ = _snprintf_s(b, 4, 4, "%s", "abcd"); showi("_snprintf_s-range-size", r_, b); }
  reset(); { int r_ = _snprintf_s(b, 4, 4, "%s", "abc"); showi("_snprintf_s-exact", r_, b); }
  /* _snprintf / _vsnprintf: no terminator when the count is reached */
  memset(big, '#', sizeof big); big[sizeof big - 1] = 0;
  reset(); printf("_snprintf-fits: %d [%s]\n", _snprintf(big, 8, "%s", "abc"), big);
  memset(big, '#', 16); printf("_snprintf-exact: %d [%.8s]\n", _snprintf(big, 4, "%s", "abcd"), big);
  memset(big, '#', 16); printf("_snprintf-over: %d [%.8s]\n", _snprintf(big, 4, "%s", "abcdef"), big);
  memset(big, '#', 16); printf("_vsnprintf-over: %d [%.8s]\n", vsn(big, 2, "%d", 12345), big);
  memset(big, '#', 16); printf("_snprintf-count0: %d [%.4s]\n", _snprintf(big, 0, "%s", "ab"), big);
  printf("_scprintf: %d %d\n", _scprintf("%d|%s", 12345, "abc"), _scprintf(""));
  printf("_scwprintf: %d\n", _scwprintf(L"%d|%s", 12345, L"abc"));
  /* wide */
  reset(); { int r_ = wcscpy_s(w, 8, L"wide"); show("wcscpy_s", r_, narrow(w)); }
  reset(); { int r_ = wcscpy_s(w, 4, L"wide"); show("wcscpy_s-range", r_, narrow(w)); }
  reset(); { int r_ = wcsncpy_s(w, 4, L"wide", _TRUNCATE); show("wcsncpy_s-truncate", r_, narrow(w)); }
  reset(); wcscpy(w, L"ab"); { int r_ = wcscat_s(w, 8, L"cd"); show("wcscat_s", r_, narrow(w)); }
  reset(); wcscpy(w, L"ab"); { int r_ = wcscat_s(w, 4, L"cd"); show("wcscat_s-range", r_, narrow(w)); }
  reset(); wcscpy(w, L"ab"); { int r_ = wcsncat_s(w, 4, L"cd", _TRUNCATE); show("wcsncat_s-truncate", r_, narrow(w)); }
  reset(); { int r_ = swprintf_s(w, 8, L"%d%s", 7, L"ab"); showi("swprintf_s", r_, narrow(w)); }
  reset(); wcscpy(w, L"xyz"); { int r_ = swprintf_s(w, 4, L"%s", L"abcd"); showi("swprintf_s-range", r_, narrow(w)); }
  reset(); { int r_ = _snwprintf_s(w, 4, _TRUNCATE, L"%s", L"abcdef"); showi("_snwprintf_s-truncate", r_, narrow(w)); }
  reset(); wcscpy(w, L"xyz"); { int r_ = _snwprintf_s(w, 4, 5, L"%s", L"abcdef"); showi("_snwprintf_s-range", r_, narrow(w)); }
  wmemset(w, L'#', 8); reset(); { int r_ = _snwprintf(w, 4, L"%s", L"abcd"); showi("_snwprintf-exact", r_, ""); }
  printf("_snwprintf-exact-buffer: [%c%c%c%c%c]\n", (char)w[0], (char)w[1], (char)w[2], (char)w[3], (char)w[4]);
  wmemset(w, L'#', 8); { int r_ = swprintf(w, 4, L"%s", L"abcdef"); printf("swprintf-over: %d [%s]\n", r_, narrow(w)); }
  {
    wchar_t d[4] = L"zzz";
    reset(); int r = wmemcpy_s(d, 2, L"abc", 3);
    printf("wmemcpy_s-range: %s %s %d [%d %d]\n", name(r), name(errno), calls, d[0], d[1]);
    reset(); r = wmemmove_s(d, 4, L"ab", 2);
    printf("wmemmove_s: %s %s %d [%c%c%c]\n", name(r), name(errno), calls, (char)d[0], (char)d[1], (char)d[2]);
  }
  /* CRT string names */
  printf("_stricmp: %d %d %d %d\n", _stricmp("HeLLo", "hello") == 0, _stricmp("a", "B") < 0, _stricmp("[", "a") < 0, _strnicmp("ABCx", "abcy", 3) == 0);
  printf("_wcsicmp: %d %d\n", _wcsicmp(L"HeLLo", L"hello") == 0, _wcsnicmp(L"ABx", L"aby", 2) == 0);
  {
    char *d = _strdup("Mixed Case");
    printf("_strdup: [%s] ", d);
    printf("[%s] ", _strlwr(d));
    printf("[%s] ", _strupr(d));
    printf("[%s] ", _strrev(d));
    printf("[%s]\n", _strset(d, '*'));
    free(d);
    wchar_t *wd = _wcsdup(L"AbC");
    printf("_wcsdup: [%s] ", narrow(_wcslwr(wd)));
    printf("[%s]\n", narrow(_wcsupr(wd)));
    free(wd);
  }
  /* time */
  {
    struct tm tm;
    time_t t = 86400 * 365 + 3600 + 61;
    reset(); int r = gmtime_s(&tm, &t);
    printf("gmtime_s: %s %d-%d-%d %d:%d:%d wday %d yday %d\n", name(r), tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_wday, tm.tm_yday);
    t = -1;
    reset(); r = gmtime_s(&tm, &t);
    printf("gmtime_s-negative: %s %s %d %d %d %d\n", name(r), name(errno), calls, tm.tm_year, tm.tm_mday, tm.tm_isdst);
    reset(); r = localtime_s(&tm, NULL);
    printf("localtime_s-null: %s %s %d %d\n", name(r), name(errno), calls, tm.tm_hour);
    reset(); r = localtime_s(NULL, &t);
    printf("localtime_s-null-dest: %s %s %d\n", name(r), name(errno), calls);
  }
  /* environment */
  {
    size_t n = 99;
    char e[4] = "zz";
    reset(); int r = getenv_s(&n, e, sizeof e, "WSW_CRT_UNSET_VARIABLE");
    printf("getenv_s-unset: %s %s %d %u [%s]\n", name(r), name(errno), calls, (unsigned)n, e);
    reset(); r = getenv_s(&n, NULL, 0, "WSW_CRT_UNSET_VARIABLE");
    printf("getenv_s-unset-size: %s %u\n", name(r), (unsigned)n);
    reset(); r = getenv_s(NULL, e, sizeof e, "PATH");
    printf("getenv_s-null: %s %s %d\n", name(r), name(errno), calls);
    char *d = (char *)1;
    reset(); r = _dupenv_s(&d, &n, "WSW_CRT_UNSET_VARIABLE");
    printf("_dupenv_s-unset: %s %d %u\n", name(r), d == NULL, (unsigned)n);
    /* The wide forms, on a variable set in UTF-16 (U+00E9 is one unit). */
    wchar_t w[8] = L"zz";
    _wputenv(L"WSW_CRT_WIDE=ab\u00e9");
    reset(); r = _wgetenv_s(&n, w, 8, L"wsw_crt_wide");
    printf("_wgetenv_s: %s %s %d %u [%s] %04x\n", name(r), name(errno), calls, (unsigned)n, narrow(w), (unsigned)w[2]);
    reset(); r = _wgetenv_s(&n, w, 3, L"WSW_CRT_WIDE");
    printf("_wgetenv_s-range: %s %s %d %u\n", name(r), name(errno), calls, (unsigned)n);
    reset(); r = _wgetenv_s(&n, NULL, 0, L"WSW_CRT_WIDE");
    printf("_wgetenv_s-size: %s %s %d %u\n", name(r), name(errno), calls, (unsigned)n);
    wcscpy(w, L"zz");
    reset(); r = _wgetenv_s(&n, w, 8, L"WSW_CRT_UNSET_VARIABLE");
    printf("_wgetenv_s-unset: %s %s %d %u [%s]\n", name(r), name(errno), calls, (unsigned)n, narrow(w));
    reset(); r = _wgetenv_s(NULL, w, 8, L"WSW_CRT_WIDE");
    printf("_wgetenv_s-null: %s %s %d\n", name(r), name(errno), calls);
    reset(); r = _wgetenv_s(&n, w, 8, NULL);
    printf("_wgetenv_s-null-name: %s %s %d %u\n", name(r), name(errno), calls, (unsigned)n);
    reset(); r = _wgetenv_s(&n, NULL, 8, L"WSW_CRT_WIDE");
    printf("_wgetenv_s-null-buffer: %s %s %d\n", name(r), name(errno), calls);
    wchar_t *wd = (wchar_t *)1;
    reset(); r = _wdupenv_s(&wd, &n, L"WSW_CRT_WIDE");
    printf("_wdupenv_s: %s %s %d %u [%s] %04x\n", name(r), name(errno), calls, (unsigned)n, wd ? narrow(wd) : "-", wd ? (unsigned)wd[2] : 0u);
    free(wd);
    wd = (wchar_t *)1;
    reset(); r = _wdupenv_s(&wd, &n, L"WSW_CRT_UNSET_VARIABLE");
    printf("_wdupenv_s-unset: %s %d %u\n", name(r), wd == NULL, (unsigned)n);
    reset(); r = _wdupenv_s(NULL, &n, L"WSW_CRT_WIDE");
    printf("_wdupenv_s-null: %s %s %d\n", name(r), name(errno), calls);
    reset(); r = _wdupenv_s(&wd, &n, NULL);
    printf("_wdupenv_s-null-name: %s %s %d\n", name(r), name(errno), calls);
    const wchar_t *wg = _wgetenv(L"WSW_CRT_WIDE");
    printf("_wgetenv: [%s] %04x\n", wg ? narrow(wg) : "-", wg ? (unsigned)wg[2] : 0u);
  }
  /* files */
  {
    FILE *f = (FILE *)1;
    reset(); int r = fopen_s(&f, "wsw-crt-no-such-dir/none.txt", "r");
    printf("fopen_s-missing: %s %d %d\n", name(r), f == NULL, calls);
    reset(); r = fopen_s(NULL, "x", "r");
    printf("fopen_s-null: %s %s %d\n", name(r), name(errno), calls);
    f = (FILE *)1;
    reset(); r = _wfopen_s(&f, L"wsw-crt-no-such-dir/none.txt", L"r");
    printf("_wfopen_s-missing: %s %d %d\n", name(r), f == NULL, calls);
  }
  /* strerror_s */
  {
    reset(); int r = strerror_s(b, sizeof b, ERANGE);
    printf("strerror_s-short: %s %d %d\n", name(r), (int)strlen(b), calls);
    reset(); r = strerror_s(NULL, 4, ERANGE);
    printf("strerror_s-null: %s %s %d\n", name(r), name(errno), calls);
  }
  /* rand_s, errno */
  {
    unsigned v1 = 0, v2 = 0;
    int r1 = rand_s(&v1), r2 = rand_s(&v2);
    printf("rand_s: %s %s %d\n", name(r1), name(r2), v1 != v2);
    reset(); r1 = rand_s(NULL);
    printf("rand_s-null: %s %s %d\n", name(r1), name(errno), calls);
    int e = 0;
    _set_errno(ERANGE);
    _get_errno(&e);
    printf("_get_errno: %s %s\n", name(e), name(errno));
  }
  /* sscanf_s: %s, %c and %[ take a buffer size (unsigned) after the pointer */
  {
    char a[4], c[3], set[8];
    int x = 0, y = 0;
    long long i64 = 0;
    int r = sscanf_s("12 abc xy hello:7", "%d %s %2c %[a-z]:%d", &x, a, 4u, c, 3u, set, 8u, &y);
    printf("sscanf_s: %d %d [%s] [%c%c] [%s] %d\n", r, x, a, c[0], c[1], set, y);
    r = sscanf_s("5 toolong", "%d %s", &x, a, 4u);
    printf("sscanf_s-small: %d %d [%s]\n", r, x, a);
    r = sscanf_s("", "%d", &x);
    printf("sscanf_s-eof: %d\n", r);
    r = sscanf_s("x=9000000000 %", "x=%I64d %%", &i64);
    printf("sscanf_s-i64: %d %lld\n", r, i64);
    r = sscanf_s("ab cd", "%*s %s", a, 4u);
    printf("sscanf_s-suppress: %d [%s]\n", r, a);
    r = sscanf_s("7 8", "%d%n %d", &x, &y, &y);
    printf("sscanf_s-n: %d %d\n", r, y);
  }
  /* the thread-local handler takes precedence while set */
  {
    _set_thread_local_invalid_parameter_handler(handler);
    _set_invalid_parameter_handler(NULL);
    reset(); int r = strcpy_s(b, 1, "ab");
    printf("thread-local-handler: %s %d\n", name(r), calls);
    _set_thread_local_invalid_parameter_handler(NULL);
  }
  return 0;
}
