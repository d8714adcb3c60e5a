/*
 * processthreadsapi.h - the current process and thread (winsock-wasm). Pure C
 * (wasm/runtime/kernel32_process.c).
 *
 * GetCurrentProcess and GetCurrentThread are the pseudo-handles (HANDLE)-1
 * and (HANDLE)-2, as on Windows. GetCurrentThreadId is the one thread's id
 * (1); GetCurrentProcessId the host process's id, as _getpid. ExitProcess ends the program with uExitCode as exit() does: atexit
 * functions and C++ static destructors run first, as the C runtime's DLL
 * detach runs them on Windows, and stdio is flushed.
 */
#ifndef _PROCESSTHREADSAPI_H_
#define _PROCESSTHREADSAPI_H_

#include "winsock_wasm_abi.h"
#include "windef.h"

__WSW_BEGIN_DECLS

WINBASEAPI HANDLE WINAPI GetCurrentProcess(VOID) __WSW_RUNTIME(GetCurrentProcess);
WINBASEAPI HANDLE WINAPI GetCurrentThread(VOID) __WSW_RUNTIME(GetCurrentThread);
WINBASEAPI DWORD WINAPI GetCurrentThreadId(VOID) __WSW_RUNTIME(GetCurrentThreadId);
WINBASEAPI DWORD WINAPI GetCurrentProcessId(VOID) __WSW_RUNTIME(GetCurrentProcessId);
WINBASEAPI __attribute__((noreturn)) VOID WINAPI ExitProcess(UINT uExitCode) __WSW_RUNTIME(ExitProcess);

/* CreateProcess's structures, with Windows' layout. The functions that take them are not
 * provided (a wasm guest cannot start processes: winsock_wasm_unavailable.h says so at the
 * call); the types are here so that a program declaring them compiles, and one calling
 * CreateProcess gets that reason rather than "unknown type name". */
typedef struct _STARTUPINFOA {
    DWORD cb;
    LPSTR lpReserved;
    LPSTR lpDesktop;
    LPSTR lpTitle;
    DWORD dwX;
    DWORD dwY;
    DWORD dwXSize;
    DWORD dwYSize;
    DWORD dwXCountChars;
    DWORD dwYCountChars;
    DWORD dwFillAttribute;
    DWORD dwFlags;
    WORD wShowWindow;
    WORD cbReserved2;
    LPBYTE lpReserved2;
    HANDLE hStdInput;
    HANDLE hStdOutput;
    HANDLE hStdError;
} STARTUPINFOA, *LPSTARTUPINFOA;
typedef struct _STARTUPINFOW {
    DWORD cb;
    LPWSTR lpReserved;
    LPWSTR lpDesktop;
    LPWSTR lpTitle;
    DWORD dwX;
    DWORD dwY;
    DWORD dwXSize;
    DWORD dwYSize;
    DWORD dwXCountChars;
    DWORD dwYCountChars;
    DWORD dwFillAttribute;
    DWORD dwFlags;
    WORD wShowWindow;
    WORD cbReserved2;
    LPBYTE lpReserved2;
    HANDLE hStdInput;
    HANDLE hStdOutput;
    HANDLE hStdError;
} STARTUPINFOW, *LPSTARTUPINFOW;
typedef struct _PROCESS_INFORMATION {
    HANDLE hProcess;
    HANDLE hThread;
    DWORD dwProcessId;
    DWORD dwThreadId;
} PROCESS_INFORMATION, *PPROCESS_INFORMATION, *LPPROCESS_INFORMATION;
#ifdef UNICODE
typedef STARTUPINFOW STARTUPINFO;
typedef LPSTARTUPINFOW LPSTARTUPINFO;
#else
typedef STARTUPINFOA STARTUPINFO;
typedef LPSTARTUPINFOA LPSTARTUPINFO;
#endif
__WSW_SIZE(STARTUPINFOA, 68);
__WSW_SIZE(STARTUPINFOW, 68);
__WSW_SIZE(PROCESS_INFORMATION, 16);

__WSW_END_DECLS

#endif /* _PROCESSTHREADSAPI_H_ */
