/* A program whose entry point is wmain: its arguments in UTF-16, and the CRT's globals. */
#include "crtsys_entry.h"

int wmain(int argc, wchar_t **argv) {
  printf("wmain argc: %d\n", argc);
  for (int i = 1; i < argc; i++) {
    printf("argv[%d]: [%ls]", i, argv[i]);
    for (const wchar_t *p = argv[i]; *p; p++) if (*p > 0x7f) printf(" %04x", (unsigned)*p);
    printf("\n");
  }
  printf("__wargv: %s\n", __wargv && __wargv[argc] == NULL && (argc < 2 || wcscmp(__wargv[1], argv[1]) == 0) ? "same" : "different");
  printf("GetCommandLineW: %ls\n", wcschr(GetCommandLineW(), L' ') ? L"has arguments" : L"name only");
  return 3;
}
