/*
 * sysinfoapi.h - the system's description and clock (winsock-wasm). Pure C
 * (wasm/runtime/kernel32_system.c, kernel32_time.c); the computer's name
 * comes from the host.
 *
 * GetSystemInfo and GetNativeSystemInfo describe a 32-bit x86 machine
 * (PROCESSOR_ARCHITECTURE_INTEL): the guest's layouts are those of Win32 on
 * i686 (ILP32), and a 32-bit Windows program sees that. One processor: the
 * guest runs one thread of execution, and a program sizing a thread pool by
 * dwNumberOfProcessors gets what can run. dwPageSize 4096 and
 * dwAllocationGranularity 65536, as on Windows (VirtualAlloc keeps to both;
 * the granularity is also the wasm page).
 *
 * GetVersionExA/W report Windows 10 (10.0, build 19045, VER_PLATFORM_WIN32_NT,
 * a workstation, no service pack), as Windows does for an application whose
 * manifest declares Windows 10 compatibility (an unmanifested one is told
 * 6.2); VerifyVersionInfo compares against the same version, so
 * versionhelpers.h says IsWindows10OrGreater.
 *
 * GetComputerNameA/W (winbase.h in mingw-w64) and GetComputerNameExA/W: the
 * host's name. The NetBIOS name (GetComputerName, ComputerNameNetBIOS) is the
 * first label of the host name, uppercased and cut to MAX_COMPUTERNAME_LENGTH
 * (15) characters; the DNS names are as the host gives them.
 */
#ifndef _SYSINFOAPI_H_
#define _SYSINFOAPI_H_

#include "winsock_wasm_abi.h"
#include "windef.h"
#include "minwinbase.h"

__WSW_BEGIN_DECLS

#define PROCESSOR_ARCHITECTURE_INTEL 0
#define PROCESSOR_ARCHITECTURE_ARM 5
#define PROCESSOR_ARCHITECTURE_IA64 6
#define PROCESSOR_ARCHITECTURE_AMD64 9
#define PROCESSOR_ARCHITECTURE_ARM64 12
#define PROCESSOR_ARCHITECTURE_UNKNOWN 0xFFFF
#define PROCESSOR_INTEL_386 386
#define PROCESSOR_INTEL_486 486
#define PROCESSOR_INTEL_PENTIUM 586

typedef struct _SYSTEM_INFO {
    __extension__ union {
        DWORD dwOemId;
        __extension__ struct {
            WORD wProcessorArchitecture;
            WORD wReserved;
        };
    };
    DWORD dwPageSize;
    LPVOID lpMinimumApplicationAddress;
    LPVOID lpMaximumApplicationAddress;
    DWORD_PTR dwActiveProcessorMask;
    DWORD dwNumberOfProcessors;
    DWORD dwProcessorType;
    DWORD dwAllocationGranularity;
    WORD wProcessorLevel;
    WORD wProcessorRevision;
} SYSTEM_INFO, *LPSYSTEM_INFO;

__WSW_SIZE(SYSTEM_INFO, 36);
__WSW_OFFSET(SYSTEM_INFO, dwPageSize, 4);
__WSW_OFFSET(SYSTEM_INFO, dwNumberOfProcessors, 20);
__WSW_OFFSET(SYSTEM_INFO, dwAllocationGranularity, 28);
__WSW_OFFSET(SYSTEM_INFO, wProcessorRevision, 34);

/* OSVERSIONINFO and the version conditions (winnt.h). */
#define VER_PLATFORM_WIN32s 0
#define VER_PLATFORM_WIN32_WINDOWS 1
#define VER_PLATFORM_WIN32_NT 2
#define VER_NT_WORKSTATION 0x0000001
#define VER_NT_DOMAIN_CONTROLLER 0x0000002
#define VER_NT_SERVER 0x0000003
#define VER_SUITE_SINGLEUSERTS 0x00000100
#define VER_MINORVERSION 0x0000001
#define VER_MAJORVERSION 0x0000002
#define VER_BUILDNUMBER 0x0000004
#define VER_PLATFORMID 0x0000008
#define VER_SERVICEPACKMINOR 0x0000010
#define VER_SERVICEPACKMAJOR 0x0000020
#define VER_SUITENAME 0x0000040
#define VER_PRODUCT_TYPE 0x0000080
#define VER_EQUAL 1
#define VER_GREATER 2
#define VER_GREATER_EQUAL 3
#define VER_LESS 4
#define VER_LESS_EQUAL 5
#define VER_AND 6
#define VER_OR 7
#define VER_CONDITION_MASK 7
#define VER_NUM_BITS_PER_CONDITION_MASK 3
#define VER_SET_CONDITION(_m_, _t_, _c_) ((_m_) = VerSetConditionMask((_m_), (_t_), (_c_)))
#ifndef ERROR_OLD_WIN_VERSION
#define ERROR_OLD_WIN_VERSION 1150L
#endif

typedef struct _OSVERSIONINFOA {
    DWORD dwOSVersionInfoSize;
    DWORD dwMajorVersion;
    DWORD dwMinorVersion;
    DWORD dwBuildNumber;
    DWORD dwPlatformId;
    CHAR szCSDVersion[128];
} OSVERSIONINFOA, *POSVERSIONINFOA, *LPOSVERSIONINFOA;
typedef struct _OSVERSIONINFOW {
    DWORD dwOSVersionInfoSize;
    DWORD dwMajorVersion;
    DWORD dwMinorVersion;
    DWORD dwBuildNumber;
    DWORD dwPlatformId;
    WCHAR szCSDVersion[128];
} OSVERSIONINFOW, *POSVERSIONINFOW, *LPOSVERSIONINFOW, RTL_OSVERSIONINFOW, *PRTL_OSVERSIONINFOW;
typedef struct _OSVERSIONINFOEXA {
    DWORD dwOSVersionInfoSize;
    DWORD dwMajorVersion;
    DWORD dwMinorVersion;
    DWORD dwBuildNumber;
    DWORD dwPlatformId;
    CHAR szCSDVersion[128];
    WORD wServicePackMajor;
    WORD wServicePackMinor;
    WORD wSuiteMask;
    BYTE wProductType;
    BYTE wReserved;
} OSVERSIONINFOEXA, *POSVERSIONINFOEXA, *LPOSVERSIONINFOEXA;
typedef struct _OSVERSIONINFOEXW {
    DWORD dwOSVersionInfoSize;
    DWORD dwMajorVersion;
    DWORD dwMinorVersion;
    DWORD dwBuildNumber;
    DWORD dwPlatformId;
    WCHAR szCSDVersion[128];
    WORD wServicePackMajor;
    WORD wServicePackMinor;
    WORD wSuiteMask;
    BYTE wProductType;
    BYTE wReserved;
} OSVERSIONINFOEXW, *POSVERSIONINFOEXW, *LPOSVERSIONINFOEXW, RTL_OSVERSIONINFOEXW, *PRTL_OSVERSIONINFOEXW;

__WSW_SIZE(OSVERSIONINFOA, 148);
__WSW_SIZE(OSVERSIONINFOW, 276);
__WSW_SIZE(OSVERSIONINFOEXA, 156);
__WSW_SIZE(OSVERSIONINFOEXW, 284);
__WSW_OFFSET(OSVERSIONINFOEXW, wServicePackMajor, 276);

#ifdef UNICODE
typedef OSVERSIONINFOW OSVERSIONINFO, *POSVERSIONINFO, *LPOSVERSIONINFO;
typedef OSVERSIONINFOEXW OSVERSIONINFOEX, *POSVERSIONINFOEX, *LPOSVERSIONINFOEX;
#else
typedef OSVERSIONINFOA OSVERSIONINFO, *POSVERSIONINFO, *LPOSVERSIONINFO;
typedef OSVERSIONINFOEXA OSVERSIONINFOEX, *POSVERSIONINFOEX, *LPOSVERSIONINFOEX;
#endif

typedef enum _COMPUTER_NAME_FORMAT {
    ComputerNameNetBIOS,
    ComputerNameDnsHostname,
    ComputerNameDnsDomain,
    ComputerNameDnsFullyQualified,
    ComputerNamePhysicalNetBIOS,
    ComputerNamePhysicalDnsHostname,
    ComputerNamePhysicalDnsDomain,
    ComputerNamePhysicalDnsFullyQualified,
    ComputerNameMax
} COMPUTER_NAME_FORMAT;
#define MAX_COMPUTERNAME_LENGTH 15
#ifndef ERROR_BUFFER_OVERFLOW
#define ERROR_BUFFER_OVERFLOW 111L
#endif

/*
 * GlobalMemoryStatusEx: the machine's physical memory as the host reports it (Node's
 * os.totalmem and os.freemem; in a page, which cannot tell, the guest's linear memory
 * limit); no page file, so the page-file figures are the physical ones. The virtual figures
 * are the guest's address space: its linear memory limit, less what the heap has claimed.
 */
typedef struct _MEMORYSTATUSEX {
    DWORD dwLength;
    DWORD dwMemoryLoad;
    DWORDLONG ullTotalPhys;
    DWORDLONG ullAvailPhys;
    DWORDLONG ullTotalPageFile;
    DWORDLONG ullAvailPageFile;
    DWORDLONG ullTotalVirtual;
    DWORDLONG ullAvailVirtual;
    DWORDLONG ullAvailExtendedVirtual;
} MEMORYSTATUSEX, *LPMEMORYSTATUSEX;
__WSW_SIZE(MEMORYSTATUSEX, 64);
WINBASEAPI BOOL WINAPI GlobalMemoryStatusEx(LPMEMORYSTATUSEX lpBuffer) __WSW_RUNTIME(GlobalMemoryStatusEx);

WINBASEAPI VOID WINAPI GetSystemInfo(LPSYSTEM_INFO lpSystemInfo) __WSW_RUNTIME(GetSystemInfo);
WINBASEAPI VOID WINAPI GetNativeSystemInfo(LPSYSTEM_INFO lpSystemInfo) __WSW_RUNTIME(GetNativeSystemInfo);
WINBASEAPI VOID WINAPI GetSystemTime(LPSYSTEMTIME lpSystemTime) __WSW_RUNTIME(GetSystemTime);
WINBASEAPI VOID WINAPI GetLocalTime(LPSYSTEMTIME lpSystemTime) __WSW_RUNTIME(GetLocalTime);
WINBASEAPI VOID WINAPI GetSystemTimeAsFileTime(LPFILETIME lpSystemTimeAsFileTime) __WSW_RUNTIME(GetSystemTimeAsFileTime);
WINBASEAPI VOID WINAPI GetSystemTimePreciseAsFileTime(LPFILETIME lpSystemTimeAsFileTime)
    __WSW_RUNTIME(GetSystemTimePreciseAsFileTime);
WINBASEAPI BOOL WINAPI GetVersionExA(LPOSVERSIONINFOA lpVersionInformation) __WSW_RUNTIME(GetVersionExA);
WINBASEAPI BOOL WINAPI GetVersionExW(LPOSVERSIONINFOW lpVersionInformation) __WSW_RUNTIME(GetVersionExW);
WINBASEAPI DWORD WINAPI GetVersion(VOID) __WSW_RUNTIME(GetVersion);
WINBASEAPI ULONGLONG WINAPI VerSetConditionMask(ULONGLONG ConditionMask, DWORD TypeMask, BYTE Condition)
    __WSW_RUNTIME(VerSetConditionMask);
WINBASEAPI BOOL WINAPI VerifyVersionInfoA(LPOSVERSIONINFOEXA lpVersionInformation, DWORD dwTypeMask,
                                          ULONGLONG dwlConditionMask) __WSW_RUNTIME(VerifyVersionInfoA);
WINBASEAPI BOOL WINAPI VerifyVersionInfoW(LPOSVERSIONINFOEXW lpVersionInformation, DWORD dwTypeMask,
                                          ULONGLONG dwlConditionMask) __WSW_RUNTIME(VerifyVersionInfoW);
WINBASEAPI BOOL WINAPI GetComputerNameA(LPSTR lpBuffer, LPDWORD nSize) __WSW_RUNTIME(GetComputerNameA);
WINBASEAPI BOOL WINAPI GetComputerNameW(LPWSTR lpBuffer, LPDWORD nSize) __WSW_RUNTIME(GetComputerNameW);
WINBASEAPI BOOL WINAPI GetComputerNameExA(COMPUTER_NAME_FORMAT NameType, LPSTR lpBuffer, LPDWORD nSize)
    __WSW_RUNTIME(GetComputerNameExA);
WINBASEAPI BOOL WINAPI GetComputerNameExW(COMPUTER_NAME_FORMAT NameType, LPWSTR lpBuffer, LPDWORD nSize)
    __WSW_RUNTIME(GetComputerNameExW);
#ifdef UNICODE
#define GetVersionEx GetVersionExW
#define VerifyVersionInfo VerifyVersionInfoW
#define GetComputerName GetComputerNameW
#define GetComputerNameEx GetComputerNameExW
#else
#define GetVersionEx GetVersionExA
#define VerifyVersionInfo VerifyVersionInfoA
#define GetComputerName GetComputerNameA
#define GetComputerNameEx GetComputerNameExA
#endif

__WSW_END_DECLS

#endif /* _SYSINFOAPI_H_ */
