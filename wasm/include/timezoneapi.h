/*
 * timezoneapi.h - time conversions and the time zone (winsock-wasm). Pure C
 * (wasm/runtime/kernel32_time.c), no import: the C library's clock and
 * localtime, which under Node and in a page follow the host's time zone (TZ).
 *
 * CompareFileTime, FileTimeToLocalFileTime and LocalFileTimeToFileTime are in
 * mingw-w64's fileapi.h; they are declared here with the other conversions.
 * The local conversions use the bias in effect now, daylight saving time
 * included, as documented for FileTimeToLocalFileTime. GetTimeZoneInformation
 * gives the transition dates of this year in absolute form (wYear set), and
 * names "Standard Time"/"Daylight Time" after the C library's zone
 * abbreviations.
 */
#ifndef _TIMEZONEAPI_H_
#define _TIMEZONEAPI_H_

#include "winsock_wasm_abi.h"
#include "windef.h"
#include "minwinbase.h"

__WSW_BEGIN_DECLS

#define TIME_ZONE_ID_INVALID ((DWORD)0xFFFFFFFF)
#define TIME_ZONE_ID_UNKNOWN 0
#define TIME_ZONE_ID_STANDARD 1
#define TIME_ZONE_ID_DAYLIGHT 2

typedef struct _TIME_ZONE_INFORMATION {
    LONG Bias;
    WCHAR StandardName[32];
    SYSTEMTIME StandardDate;
    LONG StandardBias;
    WCHAR DaylightName[32];
    SYSTEMTIME DaylightDate;
    LONG DaylightBias;
} TIME_ZONE_INFORMATION, *PTIME_ZONE_INFORMATION, *LPTIME_ZONE_INFORMATION;

__WSW_SIZE(TIME_ZONE_INFORMATION, 172);
__WSW_OFFSET(TIME_ZONE_INFORMATION, StandardDate, 68);
__WSW_OFFSET(TIME_ZONE_INFORMATION, DaylightName, 88);
__WSW_OFFSET(TIME_ZONE_INFORMATION, DaylightBias, 168);

WINBASEAPI BOOL WINAPI FileTimeToSystemTime(const FILETIME *lpFileTime, LPSYSTEMTIME lpSystemTime)
    __WSW_RUNTIME(FileTimeToSystemTime);
WINBASEAPI BOOL WINAPI SystemTimeToFileTime(const SYSTEMTIME *lpSystemTime, LPFILETIME lpFileTime)
    __WSW_RUNTIME(SystemTimeToFileTime);
WINBASEAPI DWORD WINAPI GetTimeZoneInformation(LPTIME_ZONE_INFORMATION lpTimeZoneInformation)
    __WSW_RUNTIME(GetTimeZoneInformation);
WINBASEAPI LONG WINAPI CompareFileTime(const FILETIME *lpFileTime1, const FILETIME *lpFileTime2)
    __WSW_RUNTIME(CompareFileTime);
WINBASEAPI BOOL WINAPI FileTimeToLocalFileTime(const FILETIME *lpFileTime, LPFILETIME lpLocalFileTime)
    __WSW_RUNTIME(FileTimeToLocalFileTime);
WINBASEAPI BOOL WINAPI LocalFileTimeToFileTime(const FILETIME *lpLocalFileTime, LPFILETIME lpFileTime)
    __WSW_RUNTIME(LocalFileTimeToFileTime);

__WSW_END_DECLS

#endif /* _TIMEZONEAPI_H_ */
