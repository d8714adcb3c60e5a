/* A program whose entry point is wWinMain: lpCmdLine in UTF-16. */
#include "crtsys_entry.h"

int WINAPI wWinMain(HINSTANCE hInstance, HINSTANCE hPrevInstance, LPWSTR lpCmdLine, int nCmdShow) {
  printf("wWinMain: hInstance %s, hPrevInstance %s, nCmdShow %d\n", hInstance ? "set" : "NULL", hPrevInstance ? "set" : "NULL", nCmdShow);
  printf("lpCmdLine: [%ls]\n", lpCmdLine);
  return 5;
}
