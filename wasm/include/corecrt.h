/* <corecrt.h>: the types and macros that every header of the Windows CRT (UCRT) shares:
 * errno_t, rsize_t, _TRUNCATE, and the invalid parameter handler's type. */
#ifndef WINSOCK_WASM_CORECRT_H
#define WINSOCK_WASM_CORECRT_H

#include <stddef.h>
#include <stdint.h>

#ifndef _ERRNO_T_DEFINED
#define _ERRNO_T_DEFINED
typedef int errno_t;
#endif
#ifndef _RSIZE_T_DEFINED
#define _RSIZE_T_DEFINED
typedef size_t rsize_t;
#endif

/* The count that tells _snprintf_s, strncpy_s, strncat_s ... to truncate rather than fail. */
#ifndef _TRUNCATE
#define _TRUNCATE ((size_t)-1)
#endif

#ifndef _CRT_INVALID_PARAMETER_HANDLER_DEFINED
#define _CRT_INVALID_PARAMETER_HANDLER_DEFINED
/* expression, function, file, line, reserved: the release CRT passes NULL, NULL, NULL, 0, 0. */
typedef void (*_invalid_parameter_handler)(const wchar_t *, const wchar_t *, const wchar_t *, unsigned int, uintptr_t);
#endif

#endif
