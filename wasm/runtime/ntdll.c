/*
 * ntdll.c - RtlGetVersion, which programs reach through
 * GetProcAddress(GetModuleHandle("ntdll.dll"), "RtlGetVersion") to learn the true version
 * (GetVersionEx's answer may be shimmed on Windows; here it is the same Windows 10).
 * mingw-w64 declares it only in the driver kit's ntddk.h, so no header of the project
 * declares it: it is defined here and listed for GetProcAddress by scripts/gen-exports.mjs.
 *
 * "RtlGetVersion returns STATUS_SUCCESS." "A caller specifies which input structure is used
 * by setting the dwOSVersionInfoSize member of the structure to the size in bytes of the
 * structure that is used." (Microsoft, RtlGetVersion) A size that is neither, which the page
 * does not cover, is STATUS_INVALID_PARAMETER, as GetVersionExW refuses it.
 */
#include <windows.h>

#define STATUS_SUCCESS ((LONG)0x00000000L)
#define STATUS_INVALID_PARAMETER ((LONG)0xC000000DL)

LONG WINAPI RtlGetVersion(PRTL_OSVERSIONINFOW lpVersionInformation)
{
    DWORD size;
    if (!lpVersionInformation) return STATUS_INVALID_PARAMETER;
    size = lpVersionInformation->dwOSVersionInfoSize;
    if (size != sizeof(RTL_OSVERSIONINFOW) && size != sizeof(RTL_OSVERSIONINFOEXW)) return STATUS_INVALID_PARAMETER;
    /* One answer with GetVersionExW (kernel32_system.c), whose sizes these are. */
    if (!GetVersionExW(lpVersionInformation)) return STATUS_INVALID_PARAMETER;
    return STATUS_SUCCESS;
}
