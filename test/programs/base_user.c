/* GetUserNameA/W (winbase.h, UNLEN from lmcons.h) and RtlGetVersion through ntdll.dll's
 * GetProcAddress, as programs reach it: sizes with the terminator, ERROR_INSUFFICIENT_BUFFER,
 * and the version GetVersionExW reports. */
#include <windows.h>
#include <lmcons.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

typedef LONG (WINAPI *RtlGetVersionFn)(PRTL_OSVERSIONINFOW);

int main(void) {
  char a[UNLEN + 1];
  WCHAR w[UNLEN + 1];
  DWORD n;
  BOOL ok;
  printf("UNLEN: %d\n", UNLEN);

  n = 0;
  SetLastError(12345);
  ok = GetUserNameA(NULL, &n);
  DWORD needed = n;
  printf("A size 0: %d err %lu\n", ok, GetLastError());
  n = UNLEN + 1;
  SetLastError(12345);
  ok = GetUserNameA(a, &n);
  printf("A: %d err %lu, size is length + 1: %s, as needed: %s\n", ok, GetLastError(), n == strlen(a) + 1 ? "yes" : "no", n == needed ? "yes" : "no");
  printf("A name: %s\n", a);
  n = (DWORD)strlen(a);
  SetLastError(12345);
  ok = GetUserNameA(a, &n);
  printf("A one short: %d err %lu, size is needed: %s\n", ok, GetLastError(), n == needed ? "yes" : "no");
  n = needed;
  ok = GetUserNameA(a, &n);
  printf("A exact: %d, size %s\n", ok, n == needed ? "unchanged" : "changed");

  n = 1;
  SetLastError(12345);
  ok = GetUserNameW(w, &n);
  DWORD wneeded = n;
  printf("W size 1: %d err %lu\n", ok, GetLastError());
  n = UNLEN + 1;
  ok = GetUserNameW(w, &n);
  printf("W: %d, size is length + 1: %s, as needed: %s\n", ok, n == wcslen(w) + 1 ? "yes" : "no", n == wneeded ? "yes" : "no");
  char back[UNLEN * 4 + 1];
  WideCharToMultiByte(CP_ACP, 0, w, -1, back, sizeof back, NULL, NULL);
  printf("W is A: %s\n", strcmp(back, a) == 0 ? "yes" : "no");

  HMODULE nt = GetModuleHandleA("ntdll.dll");
  printf("ntdll loaded: %s\n", nt ? "yes" : "no");
  HMODULE nt2 = LoadLibraryA("NTDLL");
  printf("LoadLibrary(NTDLL) is it: %s\n", nt2 == nt ? "yes" : "no");
  RtlGetVersionFn get = (RtlGetVersionFn)(void (*)(void))GetProcAddress(nt, "RtlGetVersion");
  printf("RtlGetVersion: %s\n", get ? "found" : "missing");
  if (get) {
    RTL_OSVERSIONINFOW v;
    memset(&v, 0xcc, sizeof v);
    v.dwOSVersionInfoSize = sizeof v;
    LONG st = get(&v);
    printf("RtlGetVersion: %ld %lu.%lu build %lu platform %lu\n", st, v.dwMajorVersion, v.dwMinorVersion, v.dwBuildNumber, v.dwPlatformId);
    OSVERSIONINFOW g;
    memset(&g, 0, sizeof g);
    g.dwOSVersionInfoSize = sizeof g;
#ifdef __GNUC__
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
    GetVersionExW(&g);
#ifdef __GNUC__
#pragma GCC diagnostic pop
#endif
    printf("as GetVersionExW: %s\n", g.dwMajorVersion == v.dwMajorVersion && g.dwMinorVersion == v.dwMinorVersion && g.dwBuildNumber == v.dwBuildNumber ? "yes" : "no");
    RTL_OSVERSIONINFOEXW x;
    memset(&x, 0xcc, sizeof x);
    x.dwOSVersionInfoSize = sizeof x;
    st = get((PRTL_OSVERSIONINFOW)&x);
    printf("RtlGetVersion(EX): %ld %lu.%lu sp %u.%u product %u\n", st, x.dwMajorVersion, x.dwMinorVersion, x.wServicePackMajor, x.wServicePackMinor, x.wProductType);
  }
  SetLastError(12345);
  printf("GetProcAddress(ntdll, NoSuchFunction): %s err %lu\n", GetProcAddress(nt, "NoSuchFunction") ? "found" : "NULL", GetLastError());
  FreeLibrary(nt2);
  printf("ntdll still loaded: %s\n", GetModuleHandleA("ntdll.dll") ? "yes" : "no");

  HMODULE adv = LoadLibraryA("advapi32.dll");
  FARPROC p = adv ? GetProcAddress(adv, "GetUserNameA") : NULL;
  printf("advapi32 GetUserNameA: %s\n", !p ? "missing" : p == (FARPROC)(void (*)(void))GetUserNameA ? "the function" : "another");
  if (adv) FreeLibrary(adv);
  return 0;
}
