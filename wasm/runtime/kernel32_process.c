/* kernel32_process.c - the current process and thread (processthreadsapi.h). */
#include <stdlib.h>
#include <windows.h>
#include <processthreadsapi.h>

HANDLE WINAPI GetCurrentProcess(VOID) { return (HANDLE)(LONG_PTR)-1; }
HANDLE WINAPI GetCurrentThread(VOID) { return (HANDLE)(LONG_PTR)-2; }
DWORD WINAPI GetCurrentThreadId(VOID) { return 1; }

/* The host's process id (1 in a page), as _getpid gives it (wasm/runtime/crt_main.c). */
extern int __wsw_host_pid;
DWORD WINAPI GetCurrentProcessId(VOID) { return (DWORD)__wsw_host_pid; }
VOID WINAPI ExitProcess(UINT uExitCode) { exit((int)uExitCode); }
