/*
 * debugapi.h - debugging (winsock-wasm). Pure C (wasm/runtime/kernel32_debug.c).
 *
 * No debugger is ever attached: IsDebuggerPresent is FALSE. OutputDebugStringA/W
 * write the text, prefixed "[debug] ", to stderr, where a developer looking
 * for it finds it (a newline is added when the text has none). DebugBreak
 * prints "winsock-wasm: DebugBreak" on stderr and traps, as an unhandled
 * breakpoint exception ends a Windows process.
 */
#ifndef _APISETDEBUG_
#define _APISETDEBUG_

#include "winsock_wasm_abi.h"
#include "windef.h"

__WSW_BEGIN_DECLS

WINBASEAPI BOOL WINAPI IsDebuggerPresent(VOID) __WSW_RUNTIME(IsDebuggerPresent);
WINBASEAPI VOID WINAPI DebugBreak(VOID) __WSW_RUNTIME(DebugBreak);
WINBASEAPI VOID WINAPI OutputDebugStringA(LPCSTR lpOutputString) __WSW_RUNTIME(OutputDebugStringA);
WINBASEAPI VOID WINAPI OutputDebugStringW(LPCWSTR lpOutputString) __WSW_RUNTIME(OutputDebugStringW);
#ifdef UNICODE
#define OutputDebugString OutputDebugStringW
#else
#define OutputDebugString OutputDebugStringA
#endif

__WSW_END_DECLS

#endif /* _APISETDEBUG_ */
