/*
 * kernel32_system.c - GetSystemInfo, the version, the computer's name, GlobalMemoryStatus(Ex)
 * (sysinfoapi.h) and the default languages (winnls.h).
 */
#include <emscripten/heap.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <windows.h>
#include <sysinfoapi.h>

#define WIN_MAJOR 10
#define WIN_MINOR 0
#define WIN_BUILD 19045
#ifndef ERROR_BAD_ARGUMENTS
#define ERROR_BAD_ARGUMENTS 160L
#endif

/* The host's name, UTF-8, written into buf (cut to cap - 1 bytes and terminated); returns its full length. */
int __wsw_host_name(char *buf, int cap) __WSW_IMPORT(winsock_wasm, host_name);

VOID WINAPI GetSystemInfo(LPSYSTEM_INFO si)
{
    memset(si, 0, sizeof *si);
    si->wProcessorArchitecture = PROCESSOR_ARCHITECTURE_INTEL;
    si->dwPageSize = 4096;
    si->lpMinimumApplicationAddress = (LPVOID)0x00010000;
    si->lpMaximumApplicationAddress = (LPVOID)0x7FFEFFFF;
    si->dwActiveProcessorMask = 1;
    si->dwNumberOfProcessors = 1;
    si->dwProcessorType = PROCESSOR_INTEL_PENTIUM;
    si->dwAllocationGranularity = 65536;
    si->wProcessorLevel = 6;
}
VOID WINAPI GetNativeSystemInfo(LPSYSTEM_INFO si) { GetSystemInfo(si); }

/* The fields after dwOSVersionInfoSize, for either size of either structure. */
static BOOL version(DWORD *size_field, DWORD small, DWORD ex, WORD *ext)
{
    if (*size_field != small && *size_field != ex) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    size_field[1] = WIN_MAJOR;
    size_field[2] = WIN_MINOR;
    size_field[3] = WIN_BUILD;
    size_field[4] = VER_PLATFORM_WIN32_NT;
    if (*size_field == ex) {
        ext[0] = 0; /* wServicePackMajor */
        ext[1] = 0; /* wServicePackMinor */
        ext[2] = VER_SUITE_SINGLEUSERTS;
        ((BYTE *)ext)[6] = VER_NT_WORKSTATION;
        ((BYTE *)ext)[7] = 0;
    }
    return TRUE;
}

BOOL WINAPI GetVersionExA(LPOSVERSIONINFOA v)
{
    if (!version(&v->dwOSVersionInfoSize, sizeof(OSVERSIONINFOA), sizeof(OSVERSIONINFOEXA),
                 &((OSVERSIONINFOEXA *)v)->wServicePackMajor)) return FALSE;
    memset(v->szCSDVersion, 0, sizeof v->szCSDVersion);
    return TRUE;
}

BOOL WINAPI GetVersionExW(LPOSVERSIONINFOW v)
{
    if (!version(&v->dwOSVersionInfoSize, sizeof(OSVERSIONINFOW), sizeof(OSVERSIONINFOEXW),
                 &((OSVERSIONINFOEXW *)v)->wServicePackMajor)) return FALSE;
    memset(v->szCSDVersion, 0, sizeof v->szCSDVersion);
    return TRUE;
}

/* Major in the low byte, minor in the next, the build in the high word (bit 31 clear: NT). */
DWORD WINAPI GetVersion(VOID) { return (DWORD)WIN_MAJOR | (DWORD)WIN_MINOR << 8 | (DWORD)WIN_BUILD << 16; }

ULONGLONG WINAPI VerSetConditionMask(ULONGLONG mask, DWORD type, BYTE condition)
{
    int i;
    if (!type) return mask;
    condition &= VER_CONDITION_MASK;
    for (i = 0; i < 8; i++) /* the lowest type bit given names the field */
        if (type & (1u << i)) return mask | (ULONGLONG)condition << (i * VER_NUM_BITS_PER_CONDITION_MASK);
    return mask;
}

static int compare(ULONGLONG have, ULONGLONG want, int cond)
{
    switch (cond) {
    case VER_EQUAL: return have == want;
    case VER_GREATER: return have > want;
    case VER_GREATER_EQUAL: return have >= want;
    case VER_LESS: return have < want;
    case VER_LESS_EQUAL: return have <= want;
    default: return -1;
    }
}
static int cond_of(ULONGLONG mask, int bit) { return (int)(mask >> (bit * VER_NUM_BITS_PER_CONDITION_MASK)) & VER_CONDITION_MASK; }

static BOOL verify(DWORD major, DWORD minor, DWORD build, DWORD platform, WORD spmajor, WORD spminor, WORD suite,
                   BYTE product, DWORD type, ULONGLONG mask)
{
    int ok = 1;
    if (!type || !mask) {
        SetLastError(ERROR_BAD_ARGUMENTS);
        return FALSE;
    }
    /* Major, minor and the service pack compare as one version, most significant first. */
    if (type & (VER_MAJORVERSION | VER_MINORVERSION | VER_SERVICEPACKMAJOR | VER_SERVICEPACKMINOR)) {
        static const DWORD bits[4] = { VER_MAJORVERSION, VER_MINORVERSION, VER_SERVICEPACKMAJOR, VER_SERVICEPACKMINOR };
        static const int index[4] = { 1, 0, 5, 4 };
        ULONGLONG have[4] = { WIN_MAJOR, WIN_MINOR, 0, 0 }, want[4];
        int i, cond = 0, decided = 0;
        want[0] = major; want[1] = minor; want[2] = spmajor; want[3] = spminor;
        for (i = 0; i < 4; i++) if (type & bits[i]) { cond = cond_of(mask, index[i]); break; }
        for (i = 0; i < 4 && !decided; i++) {
            if (!(type & bits[i])) continue;
            if (have[i] != want[i]) { ok = compare(have[i], want[i], cond) == 1; decided = 1; }
        }
        if (!decided) ok = cond == VER_EQUAL || cond == VER_GREATER_EQUAL || cond == VER_LESS_EQUAL;
    }
    if (ok && (type & VER_BUILDNUMBER)) ok = compare(WIN_BUILD, build, cond_of(mask, 2)) == 1;
    if (ok && (type & VER_PLATFORMID)) ok = compare(VER_PLATFORM_WIN32_NT, platform, cond_of(mask, 3)) == 1;
    if (ok && (type & VER_PRODUCT_TYPE)) ok = compare(VER_NT_WORKSTATION, product, cond_of(mask, 7)) == 1;
    if (ok && (type & VER_SUITENAME)) {
        int c = cond_of(mask, 6);
        ok = c == VER_AND ? (suite & VER_SUITE_SINGLEUSERTS) == suite : (suite & VER_SUITE_SINGLEUSERTS) != 0 || !suite;
    }
    if (!ok) {
        SetLastError(ERROR_OLD_WIN_VERSION);
        return FALSE;
    }
    return TRUE;
}

BOOL WINAPI VerifyVersionInfoA(LPOSVERSIONINFOEXA v, DWORD type, ULONGLONG mask)
{
    return verify(v->dwMajorVersion, v->dwMinorVersion, v->dwBuildNumber, v->dwPlatformId, v->wServicePackMajor,
                  v->wServicePackMinor, v->wSuiteMask, v->wProductType, type, mask);
}
BOOL WINAPI VerifyVersionInfoW(LPOSVERSIONINFOEXW v, DWORD type, ULONGLONG mask)
{
    return verify(v->dwMajorVersion, v->dwMinorVersion, v->dwBuildNumber, v->dwPlatformId, v->wServicePackMajor,
                  v->wServicePackMinor, v->wSuiteMask, v->wProductType, type, mask);
}

/* The name of the given form in buf (ASCII as host names are); its length. */
static DWORD computer_name(COMPUTER_NAME_FORMAT form, char *buf)
{
    char host[256];
    int n = __wsw_host_name(host, sizeof host), i;
    if (n < 0) n = 0;
    if (n > 255) n = 255;
    host[n] = 0;
    switch (form) {
    case ComputerNameNetBIOS:
    case ComputerNamePhysicalNetBIOS:
        for (i = 0; i < n && host[i] != '.' && i < MAX_COMPUTERNAME_LENGTH; i++)
            buf[i] = host[i] >= 'a' && host[i] <= 'z' ? (char)(host[i] - 32) : host[i];
        buf[i] = 0;
        return (DWORD)i;
    case ComputerNameDnsHostname:
    case ComputerNamePhysicalDnsHostname:
        for (i = 0; i < n && host[i] != '.'; i++) buf[i] = host[i];
        buf[i] = 0;
        return (DWORD)i;
    case ComputerNameDnsDomain:
    case ComputerNamePhysicalDnsDomain: {
        const char *dot = strchr(host, '.');
        strcpy(buf, dot ? dot + 1 : "");
        return (DWORD)strlen(buf);
    }
    default:
        strcpy(buf, host);
        return (DWORD)n;
    }
}

/* "If the buffer is too small, the function fails and GetLastError returns ERROR_MORE_DATA" (Ex) or
 * ERROR_BUFFER_OVERFLOW (GetComputerName); nSize then holds the size required, terminator included. */
static BOOL name_a(COMPUTER_NAME_FORMAT form, LPSTR out, LPDWORD size, DWORD too_small)
{
    char name[256];
    DWORD n;
    if ((unsigned)form >= ComputerNameMax || !size) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    n = computer_name(form, name);
    if (!out || *size < n + 1) {
        *size = n + 1;
        SetLastError(too_small);
        return FALSE;
    }
    memcpy(out, name, n + 1);
    *size = n;
    return TRUE;
}
static BOOL name_w(COMPUTER_NAME_FORMAT form, LPWSTR out, LPDWORD size, DWORD too_small)
{
    char name[256];
    DWORD n, i;
    if ((unsigned)form >= ComputerNameMax || !size) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    n = computer_name(form, name);
    if (!out || *size < n + 1) {
        *size = n + 1;
        SetLastError(too_small);
        return FALSE;
    }
    for (i = 0; i <= n; i++) out[i] = (WCHAR)(unsigned char)name[i];
    *size = n;
    return TRUE;
}

BOOL WINAPI GetComputerNameA(LPSTR b, LPDWORD n) { return name_a(ComputerNameNetBIOS, b, n, ERROR_BUFFER_OVERFLOW); }
BOOL WINAPI GetComputerNameW(LPWSTR b, LPDWORD n) { return name_w(ComputerNameNetBIOS, b, n, ERROR_BUFFER_OVERFLOW); }
BOOL WINAPI GetComputerNameExA(COMPUTER_NAME_FORMAT f, LPSTR b, LPDWORD n) { return name_a(f, b, n, ERROR_MORE_DATA); }
BOOL WINAPI GetComputerNameExW(COMPUTER_NAME_FORMAT f, LPWSTR b, LPDWORD n) { return name_w(f, b, n, ERROR_MORE_DATA); }

/* The machine's physical memory in bytes (which 0: the total, 1: what is free), or -1 when the
 * host cannot tell. */
double __wsw_host_memory(int which) __WSW_IMPORT(winsock_wasm, host_memory);

BOOL WINAPI GlobalMemoryStatusEx(LPMEMORYSTATUSEX m)
{
    double total, avail;
    DWORDLONG space = (DWORDLONG)emscripten_get_heap_max(), used = (DWORDLONG)(uintptr_t)sbrk(0);
    /* "You must set the dwLength member before calling this function." */
    if (!m || m->dwLength != sizeof *m) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    total = __wsw_host_memory(0);
    avail = __wsw_host_memory(1);
    if (total <= 0 || avail < 0 || avail > total) {
        /* A page cannot tell: the guest's own memory is what it has. */
        total = (double)space;
        avail = (double)(space > used ? space - used : 0);
    }
    m->ullTotalPhys = (DWORDLONG)total;
    m->ullAvailPhys = (DWORDLONG)avail;
    m->dwMemoryLoad = m->ullTotalPhys ? (DWORD)((m->ullTotalPhys - m->ullAvailPhys) * 100 / m->ullTotalPhys) : 0;
    m->ullTotalPageFile = m->ullTotalPhys;
    m->ullAvailPageFile = m->ullAvailPhys;
    m->ullTotalVirtual = space;
    m->ullAvailVirtual = space > used ? space - used : 0;
    m->ullAvailExtendedVirtual = 0;
    return TRUE;
}

/* A 32-bit program that is not large-address aware: "between 2 and 4 GB ... will always return
 * 2 GB", and above 4 GB "a value of -1 to indicate an overflow". */
static SIZE_T clamp32(DWORDLONG v)
{
    if (v >= 0x100000000ull) return (SIZE_T)-1;
    if (v >= 0x80000000ull) return (SIZE_T)0x80000000u;
    return (SIZE_T)v;
}

VOID WINAPI GlobalMemoryStatus(LPMEMORYSTATUS m)
{
    MEMORYSTATUSEX x;
    if (!m) return;
    x.dwLength = sizeof x;
    GlobalMemoryStatusEx(&x);
    m->dwLength = sizeof *m;
    m->dwMemoryLoad = x.dwMemoryLoad;
    m->dwTotalPhys = clamp32(x.ullTotalPhys);
    m->dwAvailPhys = clamp32(x.ullAvailPhys);
    m->dwTotalPageFile = clamp32(x.ullTotalPageFile);
    m->dwAvailPageFile = clamp32(x.ullAvailPageFile);
    m->dwTotalVirtual = clamp32(x.ullTotalVirtual);
    m->dwAvailVirtual = clamp32(x.ullAvailVirtual);
}

/* English (United States) throughout: the language of the system's message texts. */
#define EN_US MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US)
LANGID WINAPI GetUserDefaultLangID(void) { return EN_US; }
LANGID WINAPI GetSystemDefaultLangID(void) { return EN_US; }
LCID WINAPI GetUserDefaultLCID(void) { return MAKELCID(EN_US, SORT_DEFAULT); }
LCID WINAPI GetSystemDefaultLCID(void) { return MAKELCID(EN_US, SORT_DEFAULT); }
LCID WINAPI GetThreadLocale(void) { return MAKELCID(EN_US, SORT_DEFAULT); }
LANGID WINAPI GetUserDefaultUILanguage(void) { return EN_US; }
LANGID WINAPI GetSystemDefaultUILanguage(void) { return EN_US; }
LANGID WINAPI GetThreadUILanguage(void) { return EN_US; }
