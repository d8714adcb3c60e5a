/*
 * kernel32_local.c - LocalAlloc, GlobalAlloc and their companions (winbase.h).
 *
 * Every block is a block of the process heap (kernel32_heap.c), so HeapSize and HeapFree
 * work on them as on Windows' fixed blocks. A movable block never moves while it exists:
 * its handle is its address. The heap block's spare word holds what Windows keeps in the
 * handle: movable or not, discardable or not, discarded (a movable block of 0 bytes), and
 * the lock count (LocalLock and LocalUnlock count, LocalFlags reports it). The Global
 * functions are the same functions, as they are on 32-bit Windows; only GlobalFlags'
 * discardable bit differs (GMEM_DISCARDABLE, LMEM_DISCARDABLE).
 */
#include <string.h>
#include <windows.h>
#include "kernel32_internal.h"

#define TAG_IN_USE 0x80000000u /* set on every block made here (HeapAlloc leaves the word 0) */
#define TAG_MOVEABLE 0x00010000u
#define TAG_DISCARDABLE 0x00020000u
#define TAG_DISCARDED 0x00040000u
#define TAG_LOCKS 0x000000FFu

/* The tag of a handle, or NULL with ERROR_INVALID_HANDLE. A block HeapAlloc made is a fixed block. */
static DWORD *tag_of(LPCVOID h)
{
    DWORD *tag = __wsw_heap_tag(h);
    if (!tag) SetLastError(ERROR_INVALID_HANDLE);
    return tag;
}

static HLOCAL alloc(UINT flags, SIZE_T bytes)
{
    int moveable = (flags & LMEM_MOVEABLE) != 0;
    void *p = HeapAlloc(GetProcessHeap(), (flags & LMEM_ZEROINIT) ? HEAP_ZERO_MEMORY : 0, bytes);
    DWORD *tag;
    if (!p) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    tag = __wsw_heap_tag(p);
    *tag = TAG_IN_USE;
    if (moveable) *tag |= TAG_MOVEABLE;
    if (moveable && (flags & (LMEM_DISCARDABLE | GMEM_DISCARDABLE))) *tag |= TAG_DISCARDABLE;
    /* "If this parameter is zero and the uFlags parameter specifies LMEM_MOVEABLE, the function
     * returns a handle to a memory object that is marked as discarded." */
    if (moveable && bytes == 0) *tag |= TAG_DISCARDED;
    return p;
}

static HLOCAL release(HLOCAL h)
{
    if (!h) return NULL; /* "If the hMem parameter is NULL, LocalFree ignores the parameter and returns NULL." */
    if (!tag_of(h)) return h; /* "If the function fails, the return value is equal to a handle to the local memory object." */
    HeapFree(GetProcessHeap(), 0, h);
    return NULL;
}

static LPVOID lock(HLOCAL h)
{
    DWORD *tag = tag_of(h);
    if (!tag) return NULL;
    if (*tag & TAG_DISCARDED) {
        SetLastError(ERROR_DISCARDED);
        return NULL;
    }
    if ((*tag & TAG_MOVEABLE) && (*tag & TAG_LOCKS) < TAG_LOCKS) ++*tag;
    return h;
}

static BOOL unlock(HLOCAL h)
{
    DWORD *tag = tag_of(h);
    if (!tag) return FALSE;
    if (!(*tag & TAG_MOVEABLE)) return FALSE; /* "This function has no effect on memory objects allocated with LMEM_FIXED." */
    if ((*tag & TAG_LOCKS) == 0) {
        /* "If the memory object is already unlocked, LocalUnlock returns FALSE and GetLastError
         * reports ERROR_NOT_LOCKED." */
        SetLastError(ERROR_NOT_LOCKED);
        return FALSE;
    }
    --*tag;
    if (*tag & TAG_LOCKS) return TRUE;
    /* "If the memory object is unlocked after decrementing the lock count, the function returns
     * zero and GetLastError returns NO_ERROR." */
    SetLastError(NO_ERROR);
    return FALSE;
}

static SIZE_T size_of(HLOCAL h)
{
    DWORD *tag = tag_of(h);
    if (!tag) return 0;
    return (*tag & TAG_DISCARDED) ? 0 : HeapSize(GetProcessHeap(), 0, h);
}

static UINT flags_of(HLOCAL h, UINT discardable)
{
    DWORD *tag = tag_of(h);
    if (!tag) return LMEM_INVALID_HANDLE;
    return (UINT)(*tag & TAG_LOCKS) | ((*tag & TAG_DISCARDABLE) ? discardable : 0) |
           ((*tag & TAG_DISCARDED) ? LMEM_DISCARDED : 0);
}

static HLOCAL handle_of(LPCVOID p)
{
    return tag_of(p) ? (HLOCAL)p : NULL;
}

static HLOCAL realloc_block(HLOCAL h, SIZE_T bytes, UINT flags)
{
    DWORD *tag = tag_of(h), keep;
    void *p;
    int moveable, in_place;
    if (!tag) return NULL;
    if (flags & LMEM_MODIFY) {
        /* Only the block's attributes change: LMEM_MOVEABLE makes a fixed block movable, and a
         * movable block's discardable bit follows the flags. */
        if (flags & LMEM_MOVEABLE) *tag |= TAG_MOVEABLE | TAG_IN_USE;
        if (*tag & TAG_MOVEABLE) {
            if (flags & (LMEM_DISCARDABLE | GMEM_DISCARDABLE)) *tag |= TAG_DISCARDABLE;
            else *tag &= ~TAG_DISCARDABLE;
        }
        return h;
    }
    moveable = (*tag & TAG_MOVEABLE) != 0;
    if (moveable && bytes == 0) {
        /* Discarding a movable block: it keeps its handle, with no memory behind it. A locked
         * block cannot be discarded. */
        if (*tag & TAG_LOCKS) {
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
            return NULL;
        }
        p = HeapReAlloc(GetProcessHeap(), HEAP_REALLOC_IN_PLACE_ONLY, h, 0);
        tag = __wsw_heap_tag(p ? p : h);
        *tag |= TAG_DISCARDED;
        return p ? p : h;
    }
    /* "If the memory is a locked LMEM_MOVEABLE memory block or a LMEM_FIXED memory block and
     * this flag is not specified, the memory can only be reallocated in place." */
    in_place = !(flags & LMEM_MOVEABLE) && (!moveable || (*tag & TAG_LOCKS));
    keep = *tag;
    p = HeapReAlloc(GetProcessHeap(), ((flags & LMEM_ZEROINIT) ? HEAP_ZERO_MEMORY : 0) | (in_place ? HEAP_REALLOC_IN_PLACE_ONLY : 0),
                    h, bytes);
    if (!p) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    tag = __wsw_heap_tag(p);
    *tag = (keep | TAG_IN_USE) & ~TAG_DISCARDED;
    return p;
}

HLOCAL WINAPI LocalAlloc(UINT uFlags, SIZE_T uBytes) { return alloc(uFlags, uBytes); }
HLOCAL WINAPI LocalReAlloc(HLOCAL hMem, SIZE_T uBytes, UINT uFlags) { return realloc_block(hMem, uBytes, uFlags); }
HLOCAL WINAPI LocalFree(HLOCAL hMem) { return release(hMem); }
LPVOID WINAPI LocalLock(HLOCAL hMem) { return lock(hMem); }
BOOL WINAPI LocalUnlock(HLOCAL hMem) { return unlock(hMem); }
SIZE_T WINAPI LocalSize(HLOCAL hMem) { return size_of(hMem); }
UINT WINAPI LocalFlags(HLOCAL hMem) { return flags_of(hMem, LMEM_DISCARDABLE); }
HLOCAL WINAPI LocalHandle(LPCVOID pMem) { return handle_of(pMem); }

HGLOBAL WINAPI GlobalAlloc(UINT uFlags, SIZE_T dwBytes) { return alloc(uFlags, dwBytes); }
HGLOBAL WINAPI GlobalReAlloc(HGLOBAL hMem, SIZE_T dwBytes, UINT uFlags) { return realloc_block(hMem, dwBytes, uFlags); }
HGLOBAL WINAPI GlobalFree(HGLOBAL hMem) { return release(hMem); }
LPVOID WINAPI GlobalLock(HGLOBAL hMem) { return lock(hMem); }
BOOL WINAPI GlobalUnlock(HGLOBAL hMem) { return unlock(hMem); }
SIZE_T WINAPI GlobalSize(HGLOBAL hMem) { return size_of(hMem); }
UINT WINAPI GlobalFlags(HGLOBAL hMem) { return flags_of(hMem, GMEM_DISCARDABLE); }
HGLOBAL WINAPI GlobalHandle(LPCVOID pMem) { return handle_of(pMem); }
