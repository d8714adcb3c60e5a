/* main with a third parameter, envp: the environment as the CRT passes it to main. */
#include "crtsys_entry.h"
#include <string.h>

int main(int argc, char **argv, char **envp) {
  int n = 0, found = 0;
  for (; envp[n]; n++)
    if (strncmp(envp[n], "WSW_ENVP_TEST=", 14) == 0) { printf("envp: [%s]\n", envp[n]); found++; }
  printf("main argc: %d [%s]\n", argc, argc > 1 ? argv[1] : "");
  printf("found: %d, terminated: %s, getenv: [%s]\n", found, envp[n] == NULL ? "yes" : "no", getenv("WSW_ENVP_TEST"));
  return 4;
}
