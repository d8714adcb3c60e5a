/* shell32's CommandLineToArgvW (shellapi.h): pure C. */
#include <stdint.h>
#include <stdlib.h>
#include <windows.h>
#include <shellapi.h>

static int blank(wchar_t c) { return c == ' ' || c == '\t'; }

/* Splits a command line. With `argv` NULL it only counts: the arguments, and in *units the
 * UTF-16 units their text takes (NULs included). Otherwise it writes each argument into
 * `text` and its address into argv. */
static int split(const wchar_t *s, wchar_t **argv, wchar_t *text, size_t *units) {
  int argc = 0;
  size_t k = 0;
#define PUT(c) do { if (argv) text[k] = (c); k++; } while (0)
  /* The program name: to the next quote when it starts with one, else to a blank; no escapes. */
  if (argv) argv[argc] = text + k;
  argc++;
  if (*s == '"') {
    for (s++; *s && *s != '"'; s++) PUT(*s);
    if (*s) s++;
  } else {
    for (; *s && !blank(*s); s++) PUT(*s);
  }
  PUT(0);
  for (;;) {
    while (blank(*s)) s++;
    if (!*s) break;
    if (argv) argv[argc] = text + k;
    argc++;
    int quoted = 0;
    while (*s && (quoted || !blank(*s))) {
      if (*s == '\\') {
        size_t n = 0;
        while (*s == '\\') { n++; s++; }
        if (*s == '"') {
          /* 2n backslashes and a quote: n backslashes, and the quote toggles quoting;
           * 2n+1 backslashes and a quote: n backslashes and a literal quote. */
          for (size_t i = 0; i < n / 2; i++) PUT('\\');
          if (n % 2) { PUT('"'); s++; }
        } else {
          for (size_t i = 0; i < n; i++) PUT('\\'); /* not before a quote: literal */
        }
      } else if (*s == '"') {
        s++;
        if (quoted && *s == '"') { PUT('"'); s++; quoted = 0; } /* "" inside quotes: a quote, and quoting ends (as Windows) */
        else quoted = !quoted;
      } else {
        PUT(*s);
        s++;
      }
    }
    PUT(0);
  }
#undef PUT
  *units = k;
  return argc;
}

/* "If this parameter is an empty string the function returns the path to the current
 * executable file." "CommandLineToArgvW allocates a block of contiguous memory for pointers
 * to the argument strings, and for the argument strings themselves ... use a single call to
 * the LocalFree function": one LocalAlloc block. */
LPWSTR *WINAPI CommandLineToArgvW(LPCWSTR lpCmdLine, int *pNumArgs) {
  if (!pNumArgs || !lpCmdLine) { SetLastError(ERROR_INVALID_PARAMETER); return 0; }
  const wchar_t *line = lpCmdLine;
  static const wchar_t empty[] = { 0 };
  if (!*line) line = __wargv && __wargv[0] ? __wargv[0] : empty;
  size_t units;
  int argc = split(line, 0, 0, &units);
  if (!*lpCmdLine) units = wcslen(line) + 1; /* the path whole, even with blanks in it */
  size_t head = (size_t)(argc + 1) * sizeof(wchar_t *);
  wchar_t **argv = LocalAlloc(LMEM_FIXED, head + units * sizeof(wchar_t));
  if (!argv) { SetLastError(ERROR_NOT_ENOUGH_MEMORY); return 0; }
  wchar_t *text = (wchar_t *)((char *)argv + head);
  if (!*lpCmdLine) {
    argc = 1;
    wcscpy(text, line);
    argv[0] = text;
  } else {
    split(line, argv, text, &units);
  }
  argv[argc] = 0;
  *pNumArgs = argc;
  return argv;
}
