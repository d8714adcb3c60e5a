/*
 * timeapi.h - winmm's multimedia timer functions (winsock-wasm).
 *
 * Pure C (wasm/runtime/winmm.c). timeGetTime is milliseconds since the host
 * started its clock, on the clock of GetTickCount, and wraps at 2^32.
 * timeBeginPeriod/timeEndPeriod accept a period from 1 to 1000000 ms (the
 * range timeGetDevCaps reports) and change nothing: the host's timers are
 * as fine as they get already; 0 or a period out of range is TIMERR_NOCANDO.
 */
#ifndef _TIMERAPI_H_
#define _TIMERAPI_H_

#include "winsock_wasm_abi.h"
#include "windef.h"

__WSW_BEGIN_DECLS

#ifndef _MMRESULT_DEFINED
#define _MMRESULT_DEFINED
typedef UINT MMRESULT;
#endif
#ifndef MMSYSERR_NOERROR
#define MMSYSERR_NOERROR 0
#define MMSYSERR_BASE 0
#define MMSYSERR_ERROR (MMSYSERR_BASE + 1)
#define MMSYSERR_INVALPARAM (MMSYSERR_BASE + 11)
#endif
#ifndef TIMERR_NOERROR
#define TIMERR_BASE 96
#define TIMERR_NOERROR 0
#define TIMERR_NOCANDO (TIMERR_BASE + 1)
#define TIMERR_STRUCT (TIMERR_BASE + 33)
#endif

typedef struct timecaps_tag {
    UINT wPeriodMin;
    UINT wPeriodMax;
} TIMECAPS, *PTIMECAPS, *NPTIMECAPS, *LPTIMECAPS;
__WSW_SIZE(TIMECAPS, 8);

DWORD WINAPI timeGetTime(void);
MMRESULT WINAPI timeGetDevCaps(LPTIMECAPS ptc, UINT cbtc);
MMRESULT WINAPI timeBeginPeriod(UINT uPeriod);
MMRESULT WINAPI timeEndPeriod(UINT uPeriod);

__WSW_END_DECLS

#endif /* _TIMERAPI_H_ */
