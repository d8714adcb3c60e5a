/* System information, version and process identity (sysinfoapi.h, versionhelpers.h, processthreadsapi.h). */
#include <windows.h>
#include <versionhelpers.h>
#include <process.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    OSVERSIONINFOA a;
    OSVERSIONINFOEXW w;
    OSVERSIONINFOEXA want;
    ULONGLONG mask;
    SYSTEM_INFO si;
    BOOL ok;
    char name[64];
    DWORD n;

    if (argc > 1 && !strcmp(argv[1], "name")) {
        WCHAR wname[64];
        n = sizeof name;
        GetComputerNameA(name, &n);
        printf("NetBIOS: %s (%lu)\n", name, n);
        n = 64;
        GetComputerNameW(wname, &n);
        printf("wide length: %lu\n", n);
        n = sizeof name;
        GetComputerNameExA(ComputerNameDnsHostname, name, &n);
        printf("DNS host: %s\n", name);
        n = 1;
        SetLastError(0);
        ok = GetComputerNameExA(ComputerNameDnsFullyQualified, name, &n);
        printf("Ex too small: %d error %lu\n", ok, GetLastError());
        return 0;
    }
    a.dwOSVersionInfoSize = sizeof a;
    ok = GetVersionExA(&a);
    printf("GetVersionExA: %d %lu.%lu build %lu platform %lu csd \"%s\"\n", ok, a.dwMajorVersion, a.dwMinorVersion,
           a.dwBuildNumber, a.dwPlatformId, a.szCSDVersion);
    w.dwOSVersionInfoSize = sizeof w;
    ok = GetVersionExW((OSVERSIONINFOW *)&w);
    printf("GetVersionExW(EX): %d %lu.%lu sp %u.%u product %u\n", ok, w.dwMajorVersion, w.dwMinorVersion,
           w.wServicePackMajor, w.wServicePackMinor, w.wProductType);
    a.dwOSVersionInfoSize = sizeof a - 1;
    SetLastError(0);
    ok = GetVersionExA(&a);
    printf("GetVersionExA(bad size): %d error %lu\n", ok, GetLastError());

    memset(&want, 0, sizeof want);
    want.dwOSVersionInfoSize = sizeof want;
    want.dwMajorVersion = 6;
    want.dwMinorVersion = 1;
    mask = VerSetConditionMask(0, VER_MAJORVERSION, VER_GREATER_EQUAL);
    mask = VerSetConditionMask(mask, VER_MINORVERSION, VER_GREATER_EQUAL);
    printf("VerSetConditionMask: %#llx\n", mask);
    ok = VerifyVersionInfoA(&want, VER_MAJORVERSION | VER_MINORVERSION, mask);
    printf(">= 6.1: %d\n", ok);
    want.dwMajorVersion = 11;
    want.dwMinorVersion = 0;
    SetLastError(0);
    ok = VerifyVersionInfoA(&want, VER_MAJORVERSION | VER_MINORVERSION, mask);
    printf(">= 11.0: %d error %lu\n", ok, GetLastError());
    want.dwPlatformId = VER_PLATFORM_WIN32_NT;
    ok = VerifyVersionInfoA(&want, VER_PLATFORMID, VerSetConditionMask(0, VER_PLATFORMID, VER_EQUAL));
    printf("platform NT: %d\n", ok);
    printf("IsWindows7OrGreater %d IsWindows8Point1OrGreater %d IsWindows10OrGreater %d IsWindowsServer %d\n",
           IsWindows7OrGreater(), IsWindows8Point1OrGreater(), IsWindows10OrGreater(), IsWindowsServer());

    GetNativeSystemInfo(&si);
    printf("page %lu granularity %lu\n", si.dwPageSize, si.dwAllocationGranularity);
    printf("pseudo-handles: %d %d\n", GetCurrentProcess() == (HANDLE)(LONG_PTR)-1, GetCurrentThread() == (HANDLE)(LONG_PTR)-2);
    printf("thread id non-zero: %d\n", GetCurrentThreadId() != 0);
    printf("process id is _getpid: %d\n", GetCurrentProcessId() == (DWORD)_getpid());
    printf("IsDebuggerPresent: %d\n", IsDebuggerPresent());

    /* "If the buffer is too small, the function fails and GetLastError returns ERROR_BUFFER_OVERFLOW.
     * The lpnSize parameter specifies the size of the buffer required, including the terminating null character." */
    n = 1;
    SetLastError(0);
    ok = GetComputerNameA(name, &n);
    printf("GetComputerNameA(1): %d error %lu needs more %d\n", ok, GetLastError(), n > 1);
    n = sizeof name;
    ok = GetComputerNameA(name, &n);
    printf("GetComputerNameA: %d length matches %d at most 15 %d\n", ok, n == strlen(name), n <= MAX_COMPUTERNAME_LENGTH);
    fflush(stdout);
    OutputDebugStringA("to the debugger");
    ExitProcess(3);
}
