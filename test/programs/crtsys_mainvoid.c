/* main(void): the arguments reach the program only through __argc, __argv and the command line. */
#include "crtsys_entry.h"

int main(void) {
  show_globals();
  return 0;
}
