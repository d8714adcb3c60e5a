/* winmm's timer functions (timeapi.h): pure C over the tick count. */
#include <windows.h>
#include <timeapi.h>

/* The range timeGetDevCaps reports, as Windows does (1 ms to 1000000 ms). */
#define PERIOD_MIN 1u
#define PERIOD_MAX 1000000u

/* "The timeGetTime function retrieves the system time, in milliseconds": the tick count's
 * clock, wrapping at 2^32 as it does. */
DWORD WINAPI timeGetTime(void) { return GetTickCount(); }

/* "Returns MMSYSERR_NOERROR if successful or an error code otherwise: MMSYSERR_ERROR:
 * General error code. TIMERR_NOCANDO: The ptc parameter is NULL, or the cbtc parameter is
 * invalid, or some other error occurred." */
MMRESULT WINAPI timeGetDevCaps(LPTIMECAPS ptc, UINT cbtc) {
  if (!ptc || cbtc != sizeof(TIMECAPS)) return TIMERR_NOCANDO;
  ptc->wPeriodMin = PERIOD_MIN;
  ptc->wPeriodMax = PERIOD_MAX;
  return MMSYSERR_NOERROR;
}

/* "Returns TIMERR_NOERROR if successful or TIMERR_NOCANDO if the resolution specified in
 * uPeriod is out of range." */
MMRESULT WINAPI timeBeginPeriod(UINT uPeriod) { return uPeriod < PERIOD_MIN || uPeriod > PERIOD_MAX ? TIMERR_NOCANDO : TIMERR_NOERROR; }
MMRESULT WINAPI timeEndPeriod(UINT uPeriod) { return uPeriod < PERIOD_MIN || uPeriod > PERIOD_MAX ? TIMERR_NOCANDO : TIMERR_NOERROR; }
