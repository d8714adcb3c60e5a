/* _tmain with envp under UNICODE and _UNICODE: it is wmain(argc, argv, envp) in UTF-16. */
#ifndef UNICODE
#define UNICODE
#endif
#ifndef _UNICODE
#define _UNICODE
#endif
#include "crtsys_entry.h"
#include <tchar.h>

int _tmain(int argc, TCHAR **argv, TCHAR **envp) {
  int n = 0, found = 0;
  for (; envp[n]; n++)
    if (_tcsncmp(envp[n], _T("WSW_ENVP_TEST="), 14) == 0) { printf("envp: [%ls] %u units\n", envp[n], (unsigned)_tcslen(envp[n])); found++; }
  printf("_tmain argc: %d [%ls] sizeof(TCHAR) %u\n", argc, argc > 1 ? argv[1] : _T(""), (unsigned)sizeof(TCHAR));
  printf("found: %d, terminated: %s\n", found, envp[n] == NULL ? "yes" : "no");
  return 6;
}
