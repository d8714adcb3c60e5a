/* The default invalid parameter handler ends the program: "the default invalid parameter
 * handler ... terminates the application" (Microsoft, "Parameter validation"). With an
 * argument, the program first installs a handler that returns, and goes on. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void handler(const wchar_t *e, const wchar_t *f, const wchar_t *file, unsigned line, uintptr_t r) {
  (void)e; (void)f; (void)file; (void)line; (void)r;
  printf("handler called\n");
}

int main(int argc, char **argv) {
  char b[2];
  (void)argv;
  if (argc > 1) _set_invalid_parameter_handler(handler);
  printf("before\n");
  int r = strcpy_s(b, sizeof b, "too long");
  printf("after: %d\n", r == ERANGE);
  return 0;
}
