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

#include <stdarg.h>
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

/*
 * FormatMessage (pure C, wasm/runtime/kernel32_message.c). FORMAT_MESSAGE_FROM_SYSTEM gives
 * Windows' own English texts, taken from Microsoft's System Error Codes pages, for codes
 * 0-1999 (the ERROR_* codes) and 9000-11999 (DNS_* and the WSA* codes), and for their
 * HRESULT_FROM_WIN32 forms; any other code fails with ERROR_MR_MID_NOT_FOUND. The texts are
 * English (U.S.): a dwLanguageId of 0, of LANG_NEUTRAL or of LANG_ENGLISH finds them, any
 * other language fails with ERROR_RESOURCE_LANG_NOT_FOUND. No module has a message table:
 * FORMAT_MESSAGE_FROM_HMODULE alone fails with ERROR_RESOURCE_TYPE_NOT_FOUND, and with
 * FORMAT_MESSAGE_FROM_SYSTEM falls back to the system's texts, as documented. The ANSI
 * code page is UTF-8 (see MultiByteToWideChar).
 */
#define FORMAT_MESSAGE_IGNORE_INSERTS 0x00000200
#define FORMAT_MESSAGE_FROM_STRING 0x00000400
#define FORMAT_MESSAGE_FROM_HMODULE 0x00000800
#define FORMAT_MESSAGE_FROM_SYSTEM 0x00001000
#define FORMAT_MESSAGE_ARGUMENT_ARRAY 0x00002000
#define FORMAT_MESSAGE_MAX_WIDTH_MASK 0x000000FF
#define FORMAT_MESSAGE_ALLOCATE_BUFFER 0x00000100
WINBASEAPI DWORD WINAPI FormatMessageA(DWORD dwFlags, LPCVOID lpSource, DWORD dwMessageId, DWORD dwLanguageId,
                                       LPSTR lpBuffer, DWORD nSize, va_list *Arguments) __WSW_RUNTIME(FormatMessageA);
WINBASEAPI DWORD WINAPI FormatMessageW(DWORD dwFlags, LPCVOID lpSource, DWORD dwMessageId, DWORD dwLanguageId,
                                       LPWSTR lpBuffer, DWORD nSize, va_list *Arguments) __WSW_RUNTIME(FormatMessageW);
#ifdef UNICODE
#define FormatMessage FormatMessageW
#else
#define FormatMessage FormatMessageA
#endif

/*
 * The local and global memory functions (pure C, wasm/runtime/kernel32_local.c): blocks of
 * the process heap (HeapSize and HeapFree work on fixed ones, as on Windows). A movable
 * block never moves, so its handle is also its address; LocalLock still counts locks and
 * LocalFlags reports them, and a movable block of 0 bytes is discarded, as documented.
 * LocalX and GlobalX are the same functions.
 */
#define LMEM_FIXED 0x0000
#define LMEM_MOVEABLE 0x0002
#define LMEM_NOCOMPACT 0x0010
#define LMEM_NODISCARD 0x0020
#define LMEM_ZEROINIT 0x0040
#define LMEM_MODIFY 0x0080
#define LMEM_DISCARDABLE 0x0F00
#define LMEM_VALID_FLAGS 0x0F72
#define LMEM_INVALID_HANDLE 0x8000
#define LHND (LMEM_MOVEABLE | LMEM_ZEROINIT)
#define LPTR (LMEM_FIXED | LMEM_ZEROINIT)
#define NONZEROLHND (LMEM_MOVEABLE)
#define NONZEROLPTR (LMEM_FIXED)
#define LMEM_DISCARDED 0x4000
#define LMEM_LOCKCOUNT 0x00FF
#define LocalDiscard(h) LocalReAlloc((h), 0, LMEM_MOVEABLE)
#define GMEM_FIXED 0x0000
#define GMEM_MOVEABLE 0x0002
#define GMEM_NOCOMPACT 0x0010
#define GMEM_NODISCARD 0x0020
#define GMEM_ZEROINIT 0x0040
#define GMEM_MODIFY 0x0080
#define GMEM_DISCARDABLE 0x0100
#define GMEM_NOT_BANKED 0x1000
#define GMEM_SHARE 0x2000
#define GMEM_DDESHARE 0x2000
#define GMEM_NOTIFY 0x4000
#define GMEM_LOWER GMEM_NOT_BANKED
#define GMEM_VALID_FLAGS 0x7F72
#define GMEM_INVALID_HANDLE 0x8000
#define GHND (GMEM_MOVEABLE | GMEM_ZEROINIT)
#define GPTR (GMEM_FIXED | GMEM_ZEROINIT)
#define GMEM_DISCARDED 0x4000
#define GMEM_LOCKCOUNT 0x00FF
#define GlobalDiscard(h) GlobalReAlloc((h), 0, GMEM_MOVEABLE)
WINBASEAPI HLOCAL WINAPI LocalAlloc(UINT uFlags, SIZE_T uBytes) __WSW_RUNTIME(LocalAlloc);
WINBASEAPI HLOCAL WINAPI LocalReAlloc(HLOCAL hMem, SIZE_T uBytes, UINT uFlags) __WSW_RUNTIME(LocalReAlloc);
WINBASEAPI HLOCAL WINAPI LocalFree(HLOCAL hMem) __WSW_RUNTIME(LocalFree);
WINBASEAPI LPVOID WINAPI LocalLock(HLOCAL hMem) __WSW_RUNTIME(LocalLock);
WINBASEAPI BOOL WINAPI LocalUnlock(HLOCAL hMem) __WSW_RUNTIME(LocalUnlock);
WINBASEAPI SIZE_T WINAPI LocalSize(HLOCAL hMem) __WSW_RUNTIME(LocalSize);
WINBASEAPI UINT WINAPI LocalFlags(HLOCAL hMem) __WSW_RUNTIME(LocalFlags);
WINBASEAPI HLOCAL WINAPI LocalHandle(LPCVOID pMem) __WSW_RUNTIME(LocalHandle);
WINBASEAPI HGLOBAL WINAPI GlobalAlloc(UINT uFlags, SIZE_T dwBytes) __WSW_RUNTIME(GlobalAlloc);
WINBASEAPI HGLOBAL WINAPI GlobalReAlloc(HGLOBAL hMem, SIZE_T dwBytes, UINT uFlags) __WSW_RUNTIME(GlobalReAlloc);
WINBASEAPI HGLOBAL WINAPI GlobalFree(HGLOBAL hMem) __WSW_RUNTIME(GlobalFree);
WINBASEAPI LPVOID WINAPI GlobalLock(HGLOBAL hMem) __WSW_RUNTIME(GlobalLock);
WINBASEAPI BOOL WINAPI GlobalUnlock(HGLOBAL hMem) __WSW_RUNTIME(GlobalUnlock);
WINBASEAPI SIZE_T WINAPI GlobalSize(HGLOBAL hMem) __WSW_RUNTIME(GlobalSize);
WINBASEAPI UINT WINAPI GlobalFlags(HGLOBAL hMem) __WSW_RUNTIME(GlobalFlags);
WINBASEAPI HGLOBAL WINAPI GlobalHandle(LPCVOID pMem) __WSW_RUNTIME(GlobalHandle);

/* GlobalMemoryStatus: GlobalMemoryStatusEx's figures in SIZE_T, as documented for a 32-bit
 * program that is not large-address aware: between 2 and 4 GB reads as 2 GB, and "On
 * computers with more than 4 GB of memory ... reporting a value of -1 to indicate an overflow." */
typedef struct _MEMORYSTATUS {
    DWORD dwLength;
    DWORD dwMemoryLoad;
    SIZE_T dwTotalPhys;
    SIZE_T dwAvailPhys;
    SIZE_T dwTotalPageFile;
    SIZE_T dwAvailPageFile;
    SIZE_T dwTotalVirtual;
    SIZE_T dwAvailVirtual;
} MEMORYSTATUS, *LPMEMORYSTATUS;
__WSW_SIZE(MEMORYSTATUS, 32);
WINBASEAPI VOID WINAPI GlobalMemoryStatus(LPMEMORYSTATUS lpBuffer) __WSW_RUNTIME(GlobalMemoryStatus);

/* advapi32 (wasm/runtime/advapi32.c): the name of the user the program runs as (the host's
 * user: Node's os.userInfo(), else $USER; in a page "user"). *pcbBuffer in and out counts
 * TCHARs with the terminator; too small: ERROR_INSUFFICIENT_BUFFER and the size needed. */
WINADVAPI BOOL WINAPI GetUserNameA(LPSTR lpBuffer, LPDWORD pcbBuffer) __WSW_RUNTIME(GetUserNameA);
WINADVAPI BOOL WINAPI GetUserNameW(LPWSTR lpBuffer, LPDWORD pcbBuffer) __WSW_RUNTIME(GetUserNameW);
#ifdef UNICODE
#define GetUserName GetUserNameW
#else
#define GetUserName GetUserNameA
#endif

__WSW_END_DECLS

#include "fileapi.h"
#include "processenv.h"
#include "consoleapi.h"
#include "libloaderapi.h"

#endif /* _WINBASE_ */
