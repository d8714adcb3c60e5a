/*
 * strsafe.h - the Windows SDK's safer string functions (winsock-wasm).
 *
 * StringCch* / StringCb* in A, W and generic (UNICODE) forms: Copy, CopyN, Cat, CatN,
 * Printf, VPrintf, Length and the Ex forms with their STRSAFE_* flags. As in the SDK the
 * functions are inline in this header (one copy of the bodies, winsock_wasm_strsafe.inc,
 * instantiated for char and WCHAR): they need no host, and a program that uses none of
 * them carries none. Printf forms format with vsnprintf / _vsnwprintf (the CRT's rules).
 * The SDK's deprecation of strcpy and friends (undone by STRSAFE_NO_DEPRECATE) is not
 * reproduced: programs that call them keep compiling.
 */
#ifndef _STRSAFE_H_INCLUDED_
#define _STRSAFE_H_INCLUDED_

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include "winsock_wasm_abi.h"
#include "windef.h"
#include "winerror.h"

#define STRSAFE_MAX_CCH 2147483647
#define STRSAFE_MAX_LENGTH (STRSAFE_MAX_CCH - 1)

#define STRSAFE_IGNORE_NULLS 0x00000100
#define STRSAFE_FILL_BEHIND_NULL 0x00000200
#define STRSAFE_FILL_ON_FAILURE 0x00000400
#define STRSAFE_NULL_ON_FAILURE 0x00000800
#define STRSAFE_NO_TRUNCATION 0x00001000
#define STRSAFE_VALID_FLAGS (0x000000FF | STRSAFE_IGNORE_NULLS | STRSAFE_FILL_BEHIND_NULL | \
                             STRSAFE_FILL_ON_FAILURE | STRSAFE_NULL_ON_FAILURE | STRSAFE_NO_TRUNCATION)
#define STRSAFE_FILL_BYTE(x) ((unsigned long)(((x) & 0x000000FF) | STRSAFE_FILL_BEHIND_NULL))
#define STRSAFE_FAILURE_BYTE(x) ((unsigned long)(((x) & 0x000000FF) | STRSAFE_FILL_ON_FAILURE))
#define STRSAFE_GET_FILL_PATTERN(dwFlags) ((int)((dwFlags) & 0x000000FF))

#define STRSAFE_E_INSUFFICIENT_BUFFER ((HRESULT)0x8007007AL)
#define STRSAFE_E_INVALID_PARAMETER ((HRESULT)0x80070057L)
#define STRSAFE_E_END_OF_FILE ((HRESULT)0x80070026L)

typedef char *STRSAFE_LPSTR;
typedef const char *STRSAFE_LPCSTR;
typedef wchar_t *STRSAFE_LPWSTR;
typedef const wchar_t *STRSAFE_LPCWSTR;
typedef const char *STRSAFE_PCNZCH;
typedef const wchar_t *STRSAFE_PCNZWCH;

__WSW_BEGIN_DECLS

#define __SS_CH char
#define __SS(n) n##A
#define __SS_VSNPRINTF __wsw_strsafe_vsnprintfA
/* The CRT's _vsnprintf: at most n units; the terminator is strsafe's to write. */
static __inline int __wsw_strsafe_vsnprintfA(char *dest, size_t n, const char *format, va_list ap)
{
    return vsnprintf(dest, n + 1, format, ap);
}
#include "winsock_wasm_strsafe.inc"
#undef __SS_CH
#undef __SS
#undef __SS_VSNPRINTF

#define __SS_CH WCHAR
#define __SS(n) n##W
#define __SS_VSNPRINTF _vsnwprintf
#include "winsock_wasm_strsafe.inc"
#undef __SS_CH
#undef __SS
#undef __SS_VSNPRINTF
__WSW_END_DECLS

#ifdef UNICODE
#define __SS_T(n) n##W
#else
#define __SS_T(n) n##A
#endif
#define StringCchCopy __SS_T(StringCchCopy)
#define StringCchCopyEx __SS_T(StringCchCopyEx)
#define StringCchCopyN __SS_T(StringCchCopyN)
#define StringCchCopyNEx __SS_T(StringCchCopyNEx)
#define StringCchCat __SS_T(StringCchCat)
#define StringCchCatEx __SS_T(StringCchCatEx)
#define StringCchCatN __SS_T(StringCchCatN)
#define StringCchCatNEx __SS_T(StringCchCatNEx)
#define StringCchPrintf __SS_T(StringCchPrintf)
#define StringCchPrintfEx __SS_T(StringCchPrintfEx)
#define StringCchVPrintf __SS_T(StringCchVPrintf)
#define StringCchVPrintfEx __SS_T(StringCchVPrintfEx)
#define StringCchLength __SS_T(StringCchLength)
#define StringCbCopy __SS_T(StringCbCopy)
#define StringCbCopyEx __SS_T(StringCbCopyEx)
#define StringCbCopyN __SS_T(StringCbCopyN)
#define StringCbCopyNEx __SS_T(StringCbCopyNEx)
#define StringCbCat __SS_T(StringCbCat)
#define StringCbCatEx __SS_T(StringCbCatEx)
#define StringCbCatN __SS_T(StringCbCatN)
#define StringCbCatNEx __SS_T(StringCbCatNEx)
#define StringCbPrintf __SS_T(StringCbPrintf)
#define StringCbPrintfEx __SS_T(StringCbPrintfEx)
#define StringCbVPrintf __SS_T(StringCbVPrintf)
#define StringCbVPrintfEx __SS_T(StringCbVPrintfEx)
#define StringCbLength __SS_T(StringCbLength)

#endif /* _STRSAFE_H_INCLUDED_ */
