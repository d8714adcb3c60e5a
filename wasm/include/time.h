/* <time.h>, and the Windows CRT's localtime_s and gmtime_s (wasm/runtime/msvcrt_secure.c):
 * "errno_t localtime_s(struct tm* const tmDest, time_t const* const sourceTime)", the
 * Microsoft order of arguments, not C11 Annex K's. */
#include_next <time.h>

#ifndef WINSOCK_WASM_TIME_H
#define WINSOCK_WASM_TIME_H

#include <corecrt.h>

#ifdef __cplusplus
extern "C" {
#endif

errno_t localtime_s(struct tm *, const time_t *);
errno_t gmtime_s(struct tm *, const time_t *);
errno_t _localtime64_s(struct tm *, const long long *);
errno_t _gmtime64_s(struct tm *, const long long *);

#ifdef __cplusplus
}
#endif

#endif
