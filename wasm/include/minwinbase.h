/*
 * minwinbase.h - SYSTEMTIME (winsock-wasm). FILETIME is in windef.h.
 * Layouts pinned by static assertions: SYSTEMTIME is eight WORDs, 16 bytes.
 */
#ifndef _MINWINBASE_
#define _MINWINBASE_

#include "winsock_wasm_abi.h"
#include "windef.h"

__WSW_BEGIN_DECLS

typedef struct _SYSTEMTIME {
    WORD wYear;
    WORD wMonth;
    WORD wDayOfWeek;
    WORD wDay;
    WORD wHour;
    WORD wMinute;
    WORD wSecond;
    WORD wMilliseconds;
} SYSTEMTIME, *PSYSTEMTIME, *LPSYSTEMTIME;

__WSW_SIZE(SYSTEMTIME, 16);
__WSW_OFFSET(SYSTEMTIME, wDay, 6);
__WSW_OFFSET(SYSTEMTIME, wMilliseconds, 14);
__WSW_OFFSET(FILETIME, dwHighDateTime, 4);

__WSW_END_DECLS

#endif /* _MINWINBASE_ */
