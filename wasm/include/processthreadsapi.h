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

__WSW_END_DECLS

#endif /* _PROCESSTHREADSAPI_H_ */
