/* A program whose entry point is WinMain: lpCmdLine is the command line after the program
 * name, nCmdShow SW_SHOWDEFAULT (10) when started without a STARTUPINFO. */
#include "crtsys_entry.h"

int WINAPI WinMain(HINSTANCE hInstance, HINSTANCE hPrevInstance, LPSTR lpCmdLine, int nCmdShow) {
  printf("WinMain: hInstance %s, hPrevInstance %s, nCmdShow %d\n", hInstance ? "set" : "NULL", hPrevInstance ? "set" : "NULL", nCmdShow);
  printf("lpCmdLine: [%s]\n", lpCmdLine);
  printf("same as GetCommandLineA's tail: %d\n", strcmp(lpCmdLine, after_name(GetCommandLineA())) == 0);
  show_globals();
  return 4;
}
