/* CommandLineToArgvW on the documented cases (shellapi.h; the C runtime's argument table in
 * "Parsing C command-line arguments"), printed one line per command line. */
#include <windows.h>
#include <shellapi.h>
#include <stdio.h>
#include <stdlib.h>

static void show(const wchar_t *line) {
  int n = -1;
  LPWSTR *v = CommandLineToArgvW(line, &n);
  printf("%d:", n);
  for (int i = 0; i < n; i++) printf(" [%ls]", v[i]);
  printf("\n");
  if (LocalFree(v) != NULL) printf("LocalFree failed\n");
}

int main(void) {
  show(L"prog \"abc\" d e");          /* a quoted string is one argument */
  show(L"prog a\\\\b d\"e f\"g h");   /* backslashes not before a quote are literal */
  show(L"prog a\\\\\\\"b c d");       /* 2n+1 backslashes and a quote: n and a literal quote */
  show(L"prog a\\\\\\\\\"b c\" d e"); /* 2n backslashes and a quote: n and a delimiter */
  show(L"prog a\"b\"\" c d");         /* "" inside quotes */
  show(L"\"C:\\Program Files\\x\\y.exe\" one");  /* a quoted program name with blanks */
  show(L"C:\\dir\\a\\\"b c");          /* the program name takes no escapes */
  show(L" lead");                     /* a leading blank: an empty first argument */
  show(L"prog trail   \t ");          /* trailing blanks are ignored */
  show(L"prog \"\" \"a b\"\"\" x\\");  /* an empty argument; a trailing backslash */
  show(L"prog \"\"\"\" \"\"\"a\"\"\"");
  SetLastError(0);
  LPWSTR *v = CommandLineToArgvW(L"x", NULL);
  printf("null count: %s %lu\n", v ? "array" : "NULL", (unsigned long)GetLastError());
  return 0;
}
