/* Shared by the crtsys_* entry-point programs: the command line after the program name (the
 * name differs between hosts), printed with the arguments the CRT's globals hold. */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>

static const char *after_name(const char *s) {
  if (*s == '"') { for (s++; *s && *s != '"'; s++) {} if (*s) s++; }
  else while (*s && *s != ' ' && *s != '\t') s++;
  while (*s == ' ' || *s == '\t') s++;
  return s;
}

static __attribute__((unused)) void show_globals(void) {
  printf("__argc: %d\n", __argc);
  for (int i = 1; i < __argc; i++) {
    if (__argv) printf("__argv[%d]: [%s]\n", i, __argv[i]);
    if (__wargv) printf("__wargv[%d]: [%ls]\n", i, __wargv[i]);
  }
  printf("GetCommandLineA: %s\n", after_name(GetCommandLineA()));
}
