/* wmain with a third parameter, envp: the environment in UTF-16, as the CRT passes it to wmain. */
#include "crtsys_entry.h"
#include <wchar.h>

int wmain(int argc, wchar_t **argv, wchar_t **envp) {
  int n = 0, found = 0;
  for (; envp[n]; n++)
    if (wcsncmp(envp[n], L"WSW_ENVP_TEST=", 14) == 0) {
      printf("envp: [%ls]", envp[n]);
      for (const wchar_t *p = envp[n]; *p; p++) if (*p > 0x7f) printf(" %04x", (unsigned)*p);
      printf("\n");
      found++;
    }
  printf("wmain argc: %d [%ls]\n", argc, argc > 1 ? argv[1] : L"");
  printf("found: %d, terminated: %s\n", found, envp[n] == NULL ? "yes" : "no");
  return 5;
}
