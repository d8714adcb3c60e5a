/* Alertable waits. Completion routines run here, in guest code, never inside a
 * host import: the host's wait returns WAIT_IO_COMPLETION when routines are
 * queued, and this loop takes them one by one and calls them. The host hands out
 * no routine for a socket whose routine is still running, so routines for one
 * socket never nest (a routine may itself wait alertably, send and receive). */
#include <winsock2.h>
#include <winuser.h>

/* One queued completion, as the host writes it. */
struct __wsw_apc {
    LPWSAOVERLAPPED_COMPLETION_ROUTINE routine;
    DWORD error;
    DWORD transferred;
    LPWSAOVERLAPPED overlapped;
    DWORD flags;
};
__WSW_SIZE(struct __wsw_apc, 20);

/* Project-private import (module winsock_wasm): say whether the routine taken last has
 * returned (`finished`), then take the next runnable routine (0: none). One crossing per routine. */
int __wsw_apc_next(struct __wsw_apc *apc, int finished) __WSW_IMPORT(winsock_wasm, apc_next);

/* The host's waits, under their Windows names. */
DWORD __wsw_SleepEx(DWORD ms, BOOL alertable) __WSW_IMPORT(kernel32, SleepEx);
DWORD __wsw_WaitForMultipleObjectsEx(DWORD n, const HANDLE *h, BOOL all, DWORD ms, BOOL alertable)
    __WSW_IMPORT(kernel32, WaitForMultipleObjectsEx);
DWORD __wsw_WaitForSingleObjectEx(HANDLE h, DWORD ms, BOOL alertable) __WSW_IMPORT(kernel32, WaitForSingleObjectEx);
DWORD __wsw_MsgWaitForMultipleObjectsEx(DWORD n, const HANDLE *h, DWORD ms, DWORD wakeMask, DWORD flags)
    __WSW_IMPORT(user32, MsgWaitForMultipleObjectsEx);
DWORD __wsw_WSAWaitForMultipleEvents(DWORD n, const WSAEVENT *h, BOOL all, DWORD ms, BOOL alertable)
    __WSW_IMPORT(ws2_32, WSAWaitForMultipleEvents);

/* "All waiting completion routines are called before the alertable thread's wait is satisfied." */
static DWORD run_completion_routines(DWORD result)
{
    struct __wsw_apc apc;
    int finished = 0;
    if (result != WAIT_IO_COMPLETION) return result;
    while (__wsw_apc_next(&apc, finished)) {
        apc.routine(apc.error, apc.transferred, apc.overlapped, apc.flags);
        finished = 1;
    }
    return result;
}

DWORD WINAPI SleepEx(DWORD dwMilliseconds, BOOL bAlertable)
{
    return run_completion_routines(__wsw_SleepEx(dwMilliseconds, bAlertable));
}

DWORD WINAPI WaitForSingleObjectEx(HANDLE hHandle, DWORD dwMilliseconds, BOOL bAlertable)
{
    return run_completion_routines(__wsw_WaitForSingleObjectEx(hHandle, dwMilliseconds, bAlertable));
}

DWORD WINAPI WaitForMultipleObjectsEx(DWORD nCount, const HANDLE *lpHandles, BOOL bWaitAll, DWORD dwMilliseconds,
                                      BOOL bAlertable)
{
    return run_completion_routines(__wsw_WaitForMultipleObjectsEx(nCount, lpHandles, bWaitAll, dwMilliseconds, bAlertable));
}

DWORD WSAAPI WSAWaitForMultipleEvents(DWORD cEvents, const WSAEVENT *lphEvents, BOOL fWaitAll, DWORD dwTimeout,
                                      BOOL fAlertable)
{
    return run_completion_routines(__wsw_WSAWaitForMultipleEvents(cEvents, lphEvents, fWaitAll, dwTimeout, fAlertable));
}

/* MWMO_ALERTABLE: completion routines queued meanwhile run before it returns WAIT_IO_COMPLETION. */
DWORD WINAPI MsgWaitForMultipleObjectsEx(DWORD nCount, const HANDLE *pHandles, DWORD dwMilliseconds, DWORD dwWakeMask,
                                         DWORD dwFlags)
{
    return run_completion_routines(__wsw_MsgWaitForMultipleObjectsEx(nCount, pHandles, dwMilliseconds, dwWakeMask, dwFlags));
}
