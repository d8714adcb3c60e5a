/*
 * winbase.h - kernel32 part of the Win32 API used by socket programs
 * (winsock-wasm).
 *
 * The kernel32 functions declared here are wasm imports from module
 * "kernel32", provided by the host. Exactly these are provided:
 *   Sleep, SleepEx, GetLastError, SetLastError, GetTickCount, GetTickCount64,
 *   QueryPerformanceCounter, QueryPerformanceFrequency, CloseHandle (through the runtime), CreateEventA/W,
 *   SetEvent, ResetEvent, WaitForSingleObject(Ex), WaitForMultipleObjects(Ex),
 *   CancelIo, CancelIoEx;
 * GetCommandLineA/W (processenv.h) are pure C.
 * Not provided yet (so not declared): CreateIoCompletionPort,
 * GetQueuedCompletionStatus(Ex), PostQueuedCompletionStatus, QueueUserAPC,
 * GetOverlappedResult.
 * Heaps, virtual memory, the clock and time conversions, the system's
 * description and version, the environment, debugging and console control
 * handlers are pure C, in the headers included below (heapapi.h ... consoleapi.h).
 */
#ifndef _WINBASE_
#define _WINBASE_

#include <string.h>
#include "winsock_wasm_abi.h"
#include "windef.h"
#include "winerror.h"
#include "minwinbase.h"
#include "heapapi.h"
#include "memoryapi.h"
#include "sysinfoapi.h"
#include "timezoneapi.h"
#include "processenv.h"
#include "processthreadsapi.h"
#include "debugapi.h"
#include "consoleapi.h"
#include "winnls.h"

__WSW_BEGIN_DECLS

/* Wait results and timeouts (winnt.h / winbase.h / winerror.h). */
#define STATUS_WAIT_0 ((DWORD)0x00000000L)
#define STATUS_ABANDONED_WAIT_0 ((DWORD)0x00000080L)
#define STATUS_USER_APC ((DWORD)0x000000C0L)
#define STATUS_TIMEOUT ((DWORD)0x00000102L)
#define STATUS_PENDING ((DWORD)0x00000103L)
#define MAXIMUM_WAIT_OBJECTS 64
#define INFINITE 0xFFFFFFFF
#define WAIT_FAILED ((DWORD)0xFFFFFFFF)
#define WAIT_OBJECT_0 ((STATUS_WAIT_0) + 0)
#define WAIT_ABANDONED ((STATUS_ABANDONED_WAIT_0) + 0)
#define WAIT_ABANDONED_0 ((STATUS_ABANDONED_WAIT_0) + 0)
#define WAIT_IO_COMPLETION STATUS_USER_APC
/* WAIT_TIMEOUT (258L) comes from winerror.h. */

#define INVALID_HANDLE_VALUE ((HANDLE)(LONG_PTR)-1)
#define INVALID_FILE_SIZE ((DWORD)0xFFFFFFFF)

/* OVERLAPPED: 20 bytes. WSAOVERLAPPED is the same structure (winsock2.h). */
typedef struct _OVERLAPPED {
    ULONG_PTR Internal;
    ULONG_PTR InternalHigh;
    __extension__ union {
        __extension__ struct {
            DWORD Offset;
            DWORD OffsetHigh;
        };
        PVOID Pointer;
    };
    HANDLE hEvent;
} OVERLAPPED, *LPOVERLAPPED;

typedef struct _OVERLAPPED_ENTRY {
    ULONG_PTR lpCompletionKey;
    LPOVERLAPPED lpOverlapped;
    ULONG_PTR Internal;
    DWORD dwNumberOfBytesTransferred;
} OVERLAPPED_ENTRY, *LPOVERLAPPED_ENTRY;

typedef VOID (WINAPI *LPOVERLAPPED_COMPLETION_ROUTINE)(DWORD dwErrorCode, DWORD dwNumberOfBytesTransfered, LPOVERLAPPED lpOverlapped);

typedef struct _SECURITY_ATTRIBUTES {
    DWORD nLength;
    LPVOID lpSecurityDescriptor;
    BOOL bInheritHandle;
} SECURITY_ATTRIBUTES, *PSECURITY_ATTRIBUTES, *LPSECURITY_ATTRIBUTES;

__WSW_SIZE(OVERLAPPED, 20);
__WSW_OFFSET(OVERLAPPED, Internal, 0);
__WSW_OFFSET(OVERLAPPED, InternalHigh, 4);
__WSW_OFFSET(OVERLAPPED, Offset, 8);
__WSW_OFFSET(OVERLAPPED, OffsetHigh, 12);
__WSW_OFFSET(OVERLAPPED, Pointer, 8);
__WSW_OFFSET(OVERLAPPED, hEvent, 16);
__WSW_SIZE(OVERLAPPED_ENTRY, 16);
__WSW_OFFSET(OVERLAPPED_ENTRY, lpOverlapped, 4);
__WSW_OFFSET(OVERLAPPED_ENTRY, Internal, 8);
__WSW_OFFSET(OVERLAPPED_ENTRY, dwNumberOfBytesTransferred, 12);
__WSW_SIZE(SECURITY_ATTRIBUTES, 12);

#define HasOverlappedIoCompleted(lpOverlapped) (((DWORD)(lpOverlapped)->Internal) != STATUS_PENDING)

/* Memory helpers (winnt.h / minwinbase.h), mapped to the C library. */
#define RtlEqualMemory(Destination, Source, Length) (!memcmp((Destination), (Source), (Length)))
#define RtlMoveMemory(Destination, Source, Length) memmove((Destination), (Source), (Length))
#define RtlCopyMemory(Destination, Source, Length) memcpy((Destination), (Source), (Length))
#define RtlFillMemory(Destination, Length, Fill) memset((Destination), (Fill), (Length))
#define RtlZeroMemory(Destination, Length) memset((Destination), 0, (Length))
#define MoveMemory RtlMoveMemory
#define CopyMemory RtlCopyMemory
#define FillMemory RtlFillMemory
#define ZeroMemory RtlZeroMemory
#define EqualMemory RtlEqualMemory

/* Not optimised away, as on Windows: writes through a volatile pointer. */
static __inline PVOID SecureZeroMemory(PVOID ptr, SIZE_T cnt)
{
    volatile char *vptr = (volatile char *)ptr;
    while (cnt) {
        *vptr = 0;
        vptr++;
        cnt--;
    }
    return ptr;
}
#define RtlSecureZeroMemory SecureZeroMemory

/* kernel32 imports. */
WINBASEAPI VOID WINAPI Sleep(DWORD dwMilliseconds) __WSW_IMPORT(kernel32, Sleep);
/* Alertable waits run queued completion routines in guest code: these are pure C
 * (wasm/runtime/apc.c) around the kernel32 imports of the same names. */
WINBASEAPI DWORD WINAPI SleepEx(DWORD dwMilliseconds, BOOL bAlertable) __WSW_RUNTIME(SleepEx);
WINBASEAPI DWORD WINAPI WaitForSingleObjectEx(HANDLE hHandle, DWORD dwMilliseconds, BOOL bAlertable)
    __WSW_RUNTIME(WaitForSingleObjectEx);
WINBASEAPI DWORD WINAPI WaitForMultipleObjectsEx(DWORD nCount, const HANDLE *lpHandles, BOOL bWaitAll,
                                                 DWORD dwMilliseconds, BOOL bAlertable)
    __WSW_RUNTIME(WaitForMultipleObjectsEx);
WINBASEAPI DWORD WINAPI WaitForSingleObject(HANDLE hHandle, DWORD dwMilliseconds) __WSW_IMPORT(kernel32, WaitForSingleObject);
WINBASEAPI DWORD WINAPI WaitForMultipleObjects(DWORD nCount, const HANDLE *lpHandles, BOOL bWaitAll,
                                               DWORD dwMilliseconds) __WSW_IMPORT(kernel32, WaitForMultipleObjects);

/* Event objects. Names (lpName) are not supported: a named event fails with ERROR_NOT_SUPPORTED. */
WINBASEAPI HANDLE WINAPI CreateEventA(LPSECURITY_ATTRIBUTES lpEventAttributes, BOOL bManualReset, BOOL bInitialState,
                                      LPCSTR lpName) __WSW_IMPORT(kernel32, CreateEventA);
WINBASEAPI HANDLE WINAPI CreateEventW(LPSECURITY_ATTRIBUTES lpEventAttributes, BOOL bManualReset, BOOL bInitialState,
                                      LPCWSTR lpName) __WSW_IMPORT(kernel32, CreateEventW);
#ifdef UNICODE
#define CreateEvent CreateEventW
#else
#define CreateEvent CreateEventA
#endif
WINBASEAPI BOOL WINAPI SetEvent(HANDLE hEvent) __WSW_IMPORT(kernel32, SetEvent);
WINBASEAPI BOOL WINAPI ResetEvent(HANDLE hEvent) __WSW_IMPORT(kernel32, ResetEvent);

/* Cancelling overlapped operations on a SOCKET. */
WINBASEAPI BOOL WINAPI CancelIo(HANDLE hFile) __WSW_IMPORT(kernel32, CancelIo);
WINBASEAPI BOOL WINAPI CancelIoEx(HANDLE hFile, LPOVERLAPPED lpOverlapped) __WSW_IMPORT(kernel32, CancelIoEx);
WINBASEAPI DWORD WINAPI GetLastError(VOID) __WSW_IMPORT(kernel32, GetLastError);
WINBASEAPI VOID WINAPI SetLastError(DWORD dwErrCode) __WSW_IMPORT(kernel32, SetLastError);
WINBASEAPI DWORD WINAPI GetTickCount(VOID) __WSW_IMPORT(kernel32, GetTickCount);
WINBASEAPI ULONGLONG WINAPI GetTickCount64(VOID) __WSW_IMPORT(kernel32, GetTickCount64);
WINBASEAPI BOOL WINAPI QueryPerformanceCounter(LARGE_INTEGER *lpPerformanceCount) __WSW_IMPORT(kernel32, QueryPerformanceCounter);
WINBASEAPI BOOL WINAPI QueryPerformanceFrequency(LARGE_INTEGER *lpFrequency) __WSW_IMPORT(kernel32, QueryPerformanceFrequency);
/* Pure C (wasm/runtime/kernel32_file.c): closes a file handle itself, anything else through the host. */
WINBASEAPI BOOL WINAPI CloseHandle(HANDLE hObject);

__WSW_END_DECLS

#include "fileapi.h"
#include "processenv.h"
#include "consoleapi.h"
#include "libloaderapi.h"

#endif /* _WINBASE_ */
