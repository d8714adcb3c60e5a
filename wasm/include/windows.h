/*
 * windows.h - the part of the Win32 API that socket programs use
 * (winsock-wasm).
 *
 * Types and macros: windef.h; kernel32 declarations: winbase.h; error codes:
 * winerror.h. As on Windows, without WIN32_LEAN_AND_MEAN this header also
 * brings in the Windows Sockets API (Windows includes winsock.h here; ours
 * is winsock2.h, so the constants are the Winsock 2 ones that the host
 * implements).
 *
 * The C headers are the ones mingw-w64's windows.h brings in (through
 * _mingw.h, winnt.h, winbase.h and the api-set headers), with and without
 * WIN32_LEAN_AND_MEAN, so that code calling tolower, va_start, memcpy,
 * malloc or _alloca with only <windows.h> compiles, as it does there:
 * ctype.h, errno.h, excpt.h, limits.h, malloc.h, stdarg.h, stddef.h,
 * stdlib.h, string.h.
 */
#ifndef _WINDOWS_
#define _WINDOWS_
#define _INC_WINDOWS

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <malloc.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "excpt.h"
#include "winsock_wasm_abi.h"
#include "sdkddkver.h"
#include "windef.h"
#include "winerror.h"
#include "winbase.h"
#include "winuser.h"

/* The Microsoft C runtime names (_stricmp, _strdup, _snprintf ...) are declared by the CRT
 * headers included above, as on Windows. */
#include <stdio.h> /* kept: programs reached _snprintf through windows.h here before */
#ifndef _alloca
#define _alloca(size) __builtin_alloca(size)
#endif
#endif /* _WINDOWS_ */

/* Outside the guard: winsock2.h includes windows.h from its top. */
#if !defined(WIN32_LEAN_AND_MEAN) && !defined(_WINSOCKAPI_)
#include "winsock.h"
#endif
