/* The narrow printf family with the CRT's format rules: wide strings (%ls, %S, %ws) of the
 * 16-bit wchar_t, the size prefixes I64, I32 and I, and %hs/%hc. The first six lines are what
 * mingw-w64's msvcrt printf prints under Wine (__USE_MINGW_ANSI_STDIO 0 keeps mingw-w64 from
 * substituting its own printf); the next two are the project's choice of UTF-8, and the last two
 * check that a wide string is found among arguments of every size (long double, 64-bit
 * integers, doubles, '*' widths and precisions). */
#define __USE_MINGW_ANSI_STDIO 0
#include <stdio.h>
#include <wchar.h>

#ifdef __clang__
#pragma clang diagnostic ignored "-Wformat" /* clang does not know the CRT's I64 and %ws */
#endif

int main(void) {
  char buf[64];
  long long big = -1234567890123LL;
  unsigned long long ubig = 18446744073709551615ULL;
  int n;
  printf("[%ls] [%S] [%ws] [%.3ls] [%-6ls] [%6S]\n", L"wide", L"caps", L"ws", L"truncate", L"ab", L"cd");
  printf("[%I64d] [%I64u] [%I64x] [%Iu] [%I32d] [%d]\n", big, ubig, 255ULL, (size_t)42, 7, 8);
  printf("[%hs] [%hc] [%lc] [%C] [%c]\n", "narrow", 'h', L'w', L'C', 'c');
  printf("[%ls] [%s] [%5.1f] [%ls]\n", L"mix", "plain", 2.75, L"end");
  n = snprintf(buf, sizeof buf, "%ls=%I64d", L"key", 5LL);
  printf("[%s] %d\n", buf, n);
  n = snprintf(buf, 4, "%ls", L"overflow");
  printf("[%s] %d\n", buf, n);
  printf("[%ls]\n", L"h\u00e9llo \u20ac");
  printf("[%.3ls]\n", L"\u00e9\u00e9");
  printf("[%Lf|%ls|%d]\n", (long double)1.5L, L"ld", 3);
  printf("[%c|%lld|%ls|%f|%ls|%I64d|%*ls|%.*ls]\n", 'x', 1LL << 40, L"a", 0.25, L"b", 9LL, 4, L"w", 1, L"pq");
  return 0;
}
