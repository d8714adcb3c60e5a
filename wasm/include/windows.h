/*
 * windows.h - the part of the Win32 API that socket programs use
 * (winsock-wasm).
 *
 * Types and macros: windef.h; kernel32 declarations: winbase.h; error codes:
 * winerror.h. As on Windows, without WIN32_LEAN_AND_MEAN this header also
 * brings in the Windows Sockets API (Windows includes winsock.h here; ours
 * is winsock2.h, so the constants are the Winsock 2 ones that the host
 * implements).
 */
#ifndef _WINDOWS_
#define _WINDOWS_
#define _INC_WINDOWS

#include <string.h>
#include <strings.h>
#include "winsock_wasm_abi.h"
#include "sdkddkver.h"
#include "windef.h"
#include "winerror.h"
#include "winbase.h"

/* Microsoft C runtime names for the POSIX functions Emscripten's libc has. */
#ifndef _stricmp
#define _stricmp strcasecmp
#endif
#ifndef _strnicmp
#define _strnicmp strncasecmp
#endif
#ifndef stricmp
#define stricmp strcasecmp
#endif
#ifndef strnicmp
#define strnicmp strncasecmp
#endif
#ifndef _strdup
#define _strdup strdup
#endif
#ifndef _snprintf
#define _snprintf snprintf
#endif
#ifndef _vsnprintf
#define _vsnprintf vsnprintf
#endif
#endif /* _WINDOWS_ */

/* Outside the guard: winsock2.h includes windows.h from its top. */
#if !defined(WIN32_LEAN_AND_MEAN) && !defined(_WINSOCKAPI_)
#include "winsock.h"
#endif
