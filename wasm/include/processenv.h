/*
 * processenv.h - the environment block, the command line, the standard handles and the current directory (winsock-wasm).
 *
 * The environment: pure C
 * (wasm/runtime/kernel32_env.c) over the C library's environment, which the
 * Node host fills with the process's real environment before main (as a
 * Windows process inherits its parent's), so getenv and
 * GetEnvironmentVariable agree. Names compare case-insensitively, as on
 * Windows (GetEnvironmentVariable("path") finds PATH; setting "path" replaces
 * PATH). The wide forms convert UTF-16 to and from the UTF-8 the C library
 * holds.
 *
 * GetCommandLineA/W: the program name, then each argument quoted as
 * CommandLineToArgvW and the CRT parse it back (an argument with a space, a
 * tab or a quote, or an empty one, in quotes, with `\"` for a quote and the
 * backslashes before a quote doubled). Built before main from the arguments
 * the host was given (wasm/runtime/crt_main.c); pure C, no import.
 *
 *
 * Pure C (wasm/runtime/kernel32_file.c). The standard handles are file handles over
 * descriptors 0, 1 and 2; CloseHandle on one releases the handle, not the descriptor
 * (the C library's stdin/stdout/stderr keep working), and GetStdHandle keeps
 * returning the closed value, as Windows keeps it in the process parameters.
 */
#ifndef _PROCESSENV_
#define _PROCESSENV_

#include "winsock_wasm_abi.h"
#include "windef.h"

__WSW_BEGIN_DECLS

#ifndef ERROR_ENVVAR_NOT_FOUND
#define ERROR_ENVVAR_NOT_FOUND 203L
#endif

WINBASEAPI DWORD WINAPI GetEnvironmentVariableA(LPCSTR lpName, LPSTR lpBuffer, DWORD nSize)
    __WSW_RUNTIME(GetEnvironmentVariableA);
WINBASEAPI DWORD WINAPI GetEnvironmentVariableW(LPCWSTR lpName, LPWSTR lpBuffer, DWORD nSize)
    __WSW_RUNTIME(GetEnvironmentVariableW);
WINBASEAPI BOOL WINAPI SetEnvironmentVariableA(LPCSTR lpName, LPCSTR lpValue) __WSW_RUNTIME(SetEnvironmentVariableA);
WINBASEAPI BOOL WINAPI SetEnvironmentVariableW(LPCWSTR lpName, LPCWSTR lpValue) __WSW_RUNTIME(SetEnvironmentVariableW);
WINBASEAPI DWORD WINAPI ExpandEnvironmentStringsA(LPCSTR lpSrc, LPSTR lpDst, DWORD nSize)
    __WSW_RUNTIME(ExpandEnvironmentStringsA);
WINBASEAPI DWORD WINAPI ExpandEnvironmentStringsW(LPCWSTR lpSrc, LPWSTR lpDst, DWORD nSize)
    __WSW_RUNTIME(ExpandEnvironmentStringsW);
WINBASEAPI LPCH WINAPI GetEnvironmentStringsA(VOID) __WSW_RUNTIME(GetEnvironmentStringsA);
WINBASEAPI LPWCH WINAPI GetEnvironmentStringsW(VOID) __WSW_RUNTIME(GetEnvironmentStringsW);
WINBASEAPI BOOL WINAPI FreeEnvironmentStringsA(LPCH penv) __WSW_RUNTIME(FreeEnvironmentStringsA);
WINBASEAPI BOOL WINAPI FreeEnvironmentStringsW(LPWCH penv) __WSW_RUNTIME(FreeEnvironmentStringsW);
#ifdef UNICODE
#define GetEnvironmentVariable GetEnvironmentVariableW
#define SetEnvironmentVariable SetEnvironmentVariableW
#define ExpandEnvironmentStrings ExpandEnvironmentStringsW
#define FreeEnvironmentStrings FreeEnvironmentStringsW
#define GetEnvironmentStrings GetEnvironmentStringsW
#else
#define GetEnvironmentVariable GetEnvironmentVariableA
#define SetEnvironmentVariable SetEnvironmentVariableA
#define ExpandEnvironmentStrings ExpandEnvironmentStringsA
#define FreeEnvironmentStrings FreeEnvironmentStringsA
#define GetEnvironmentStrings GetEnvironmentStringsA
#endif

LPSTR WINAPI GetCommandLineA(VOID);
LPWSTR WINAPI GetCommandLineW(VOID);
#ifdef UNICODE
#define GetCommandLine GetCommandLineW
#else
#define GetCommandLine GetCommandLineA
#endif

#define STD_INPUT_HANDLE ((DWORD)-10)
#define STD_OUTPUT_HANDLE ((DWORD)-11)
#define STD_ERROR_HANDLE ((DWORD)-12)

WINBASEAPI HANDLE WINAPI GetStdHandle(DWORD nStdHandle);
WINBASEAPI BOOL WINAPI SetStdHandle(DWORD nStdHandle, HANDLE hHandle);
WINBASEAPI DWORD WINAPI GetCurrentDirectoryA(DWORD nBufferLength, LPSTR lpBuffer);
WINBASEAPI DWORD WINAPI GetCurrentDirectoryW(DWORD nBufferLength, LPWSTR lpBuffer);
WINBASEAPI BOOL WINAPI SetCurrentDirectoryA(LPCSTR lpPathName);
WINBASEAPI BOOL WINAPI SetCurrentDirectoryW(LPCWSTR lpPathName);

#ifdef UNICODE
#define GetCurrentDirectory GetCurrentDirectoryW
#define SetCurrentDirectory SetCurrentDirectoryW
#else
#define GetCurrentDirectory GetCurrentDirectoryA
#define SetCurrentDirectory SetCurrentDirectoryA
#endif

__WSW_END_DECLS

#endif /* _PROCESSENV_ */
