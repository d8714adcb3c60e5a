/*
 * versionhelpers.h - IsWindows10OrGreater and friends (winsock-wasm), through
 * VerifyVersionInfoW as in the SDK. The version reported is Windows 10
 * (10.0.19045, a workstation; see sysinfoapi.h).
 */
#ifndef _versionhelpers_H_INCLUDED_
#define _versionhelpers_H_INCLUDED_

#include "winsock_wasm_abi.h"
#include "windef.h"
#include <string.h>
#include "sysinfoapi.h"

#define _WIN32_WINNT_NT4 0x0400
#define _WIN32_WINNT_WIN2K 0x0500
#define _WIN32_WINNT_WINXP 0x0501
#define _WIN32_WINNT_WS03 0x0502
#define _WIN32_WINNT_VISTA 0x0600
#define _WIN32_WINNT_WIN7 0x0601
#define _WIN32_WINNT_WIN8 0x0602
#define _WIN32_WINNT_WINBLUE 0x0603
#define _WIN32_WINNT_WIN10 0x0A00

__WSW_BEGIN_DECLS

static __inline BOOL IsWindowsVersionOrGreater(WORD wMajorVersion, WORD wMinorVersion, WORD wServicePackMajor)
{
    OSVERSIONINFOEXW vi;
    ULONGLONG mask = 0;
    memset(&vi, 0, sizeof vi);
    vi.dwOSVersionInfoSize = sizeof vi;
    vi.dwMajorVersion = wMajorVersion;
    vi.dwMinorVersion = wMinorVersion;
    vi.wServicePackMajor = wServicePackMajor;
    mask = VerSetConditionMask(mask, VER_MAJORVERSION, VER_GREATER_EQUAL);
    mask = VerSetConditionMask(mask, VER_MINORVERSION, VER_GREATER_EQUAL);
    mask = VerSetConditionMask(mask, VER_SERVICEPACKMAJOR, VER_GREATER_EQUAL);
    return VerifyVersionInfoW(&vi, VER_MAJORVERSION | VER_MINORVERSION | VER_SERVICEPACKMAJOR, mask);
}
static __inline BOOL IsWindowsXPOrGreater(void) { return IsWindowsVersionOrGreater(5, 1, 0); }
static __inline BOOL IsWindowsXPSP1OrGreater(void) { return IsWindowsVersionOrGreater(5, 1, 1); }
static __inline BOOL IsWindowsXPSP2OrGreater(void) { return IsWindowsVersionOrGreater(5, 1, 2); }
static __inline BOOL IsWindowsXPSP3OrGreater(void) { return IsWindowsVersionOrGreater(5, 1, 3); }
static __inline BOOL IsWindowsVistaOrGreater(void) { return IsWindowsVersionOrGreater(6, 0, 0); }
static __inline BOOL IsWindowsVistaSP1OrGreater(void) { return IsWindowsVersionOrGreater(6, 0, 1); }
static __inline BOOL IsWindowsVistaSP2OrGreater(void) { return IsWindowsVersionOrGreater(6, 0, 2); }
static __inline BOOL IsWindows7OrGreater(void) { return IsWindowsVersionOrGreater(6, 1, 0); }
static __inline BOOL IsWindows7SP1OrGreater(void) { return IsWindowsVersionOrGreater(6, 1, 1); }
static __inline BOOL IsWindows8OrGreater(void) { return IsWindowsVersionOrGreater(6, 2, 0); }
static __inline BOOL IsWindows8Point1OrGreater(void) { return IsWindowsVersionOrGreater(6, 3, 0); }
static __inline BOOL IsWindowsThresholdOrGreater(void) { return IsWindowsVersionOrGreater(10, 0, 0); }
static __inline BOOL IsWindows10OrGreater(void) { return IsWindowsVersionOrGreater(10, 0, 0); }
static __inline BOOL IsWindowsServer(void)
{
    OSVERSIONINFOEXW vi;
    memset(&vi, 0, sizeof vi);
    vi.dwOSVersionInfoSize = sizeof vi;
    vi.wProductType = VER_NT_WORKSTATION;
    return !VerifyVersionInfoW(&vi, VER_PRODUCT_TYPE, VerSetConditionMask(0, VER_PRODUCT_TYPE, VER_EQUAL));
}

__WSW_END_DECLS

#endif /* _versionhelpers_H_INCLUDED_ */
