#include <stdio.h>
#include <winsock2.h>
#include "util.h"

void report_error(const char *what) {
  printf("%s failed: %d\n", what, WSAGetLastError());
}
