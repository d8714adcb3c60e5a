/*
 * kernel32_heap.c - HeapCreate, HeapAlloc and friends over malloc (heapapi.h).
 *
 * A block is a header {heap, links, requested size} followed by the caller's
 * bytes; each heap keeps its blocks on a list so that HeapDestroy frees them.
 */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>
#include <heapapi.h>

#define HEAP_MAGIC 0x50414548u /* "HEAP" */
#define BLOCK_MAGIC 0x4b4c4248u /* "HBLK" */

struct block;
struct heap {
    DWORD magic;
    DWORD flags;
    SIZE_T maximum; /* 0: growable */
    SIZE_T used;
    struct block *first;
};
struct block {
    struct heap *heap;
    struct block *prev, *next;
    SIZE_T size; /* as requested: what HeapSize returns */
    DWORD magic;
    DWORD pad; /* keeps the caller's bytes 8-byte aligned */
};
_Static_assert(sizeof(struct block) % 8 == 0, "blocks stay 8-byte aligned");

static struct heap process_heap = { HEAP_MAGIC, HEAP_GROWABLE, 0, 0, 0 };

static struct heap *as_heap(HANDLE h)
{
    struct heap *heap = (struct heap *)h;
    return heap && heap->magic == HEAP_MAGIC ? heap : NULL;
}

static struct block *as_block(struct heap *heap, LPCVOID p)
{
    struct block *b;
    if (!p || ((ULONG_PTR)p & 7)) return NULL;
    b = (struct block *)p - 1;
    return b->magic == BLOCK_MAGIC && b->heap == heap ? b : NULL;
}

static void link_block(struct heap *heap, struct block *b)
{
    b->heap = heap;
    b->magic = BLOCK_MAGIC;
    b->prev = NULL;
    b->next = heap->first;
    if (heap->first) heap->first->prev = b;
    heap->first = b;
    heap->used += b->size;
}

static void unlink_block(struct block *b)
{
    struct heap *heap = b->heap;
    if (b->prev) b->prev->next = b->next;
    else heap->first = b->next;
    if (b->next) b->next->prev = b->prev;
    heap->used -= b->size;
    b->magic = 0;
}

/* Where Windows raises STATUS_NO_MEMORY: no SEH here, so the program ends with the reason. */
static LPVOID out_of_memory(struct heap *heap, DWORD flags, SIZE_T bytes)
{
    if ((flags | (heap ? heap->flags : 0)) & HEAP_GENERATE_EXCEPTIONS) {
        fprintf(stderr, "winsock-wasm: heap allocation of %lu bytes failed: STATUS_NO_MEMORY (0xC0000017) raised "
                "with HEAP_GENERATE_EXCEPTIONS; there is no structured exception handling, so the program ends\n",
                (unsigned long)bytes);
        fflush(stderr);
        __builtin_trap();
    }
    return NULL;
}

static int fits(struct heap *heap, SIZE_T old, SIZE_T bytes)
{
    if (bytes > (SIZE_T)0x7FFFFFFF - sizeof(struct block)) return 0;
    return !heap->maximum || heap->used - old + bytes <= heap->maximum;
}

HANDLE WINAPI GetProcessHeap(VOID) { return &process_heap; }

HANDLE WINAPI HeapCreate(DWORD flOptions, SIZE_T dwInitialSize, SIZE_T dwMaximumSize)
{
    struct heap *heap;
    if (dwMaximumSize && dwInitialSize > dwMaximumSize) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    heap = (struct heap *)calloc(1, sizeof *heap);
    if (!heap) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    heap->magic = HEAP_MAGIC;
    heap->flags = flOptions & (HEAP_NO_SERIALIZE | HEAP_GENERATE_EXCEPTIONS | HEAP_CREATE_ENABLE_EXECUTE);
    heap->maximum = dwMaximumSize;
    return heap;
}

BOOL WINAPI HeapDestroy(HANDLE hHeap)
{
    struct heap *heap = as_heap(hHeap);
    if (!heap || heap == &process_heap) { /* the process heap is not destroyed */
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    while (heap->first) {
        struct block *b = heap->first;
        unlink_block(b);
        free(b);
    }
    heap->magic = 0;
    free(heap);
    return TRUE;
}

LPVOID WINAPI HeapAlloc(HANDLE hHeap, DWORD dwFlags, SIZE_T dwBytes)
{
    struct heap *heap = as_heap(hHeap);
    struct block *b;
    if (!heap || !fits(heap, 0, dwBytes)) return out_of_memory(heap, dwFlags, dwBytes);
    b = (struct block *)((dwFlags & HEAP_ZERO_MEMORY) ? calloc(1, sizeof *b + dwBytes) : malloc(sizeof *b + dwBytes));
    if (!b) return out_of_memory(heap, dwFlags, dwBytes);
    b->size = dwBytes;
    b->pad = 0;
    link_block(heap, b);
    return b + 1;
}

LPVOID WINAPI HeapReAlloc(HANDLE hHeap, DWORD dwFlags, LPVOID lpMem, SIZE_T dwBytes)
{
    struct heap *heap = as_heap(hHeap);
    struct block *b = as_block(heap, lpMem), *nb;
    SIZE_T old;
    if (!b || !fits(heap, b->size, dwBytes)) return out_of_memory(heap, dwFlags, dwBytes);
    old = b->size;
    if (dwFlags & HEAP_REALLOC_IN_PLACE_ONLY) {
        /* "If this value is specified and the block cannot be enlarged without moving, the function fails." */
        if (sizeof *b + dwBytes > malloc_usable_size(b)) return out_of_memory(heap, dwFlags, dwBytes);
        nb = b;
    } else {
        unlink_block(b);
        nb = (struct block *)realloc(b, sizeof *b + dwBytes);
        if (!nb) {
            b->size = old;
            link_block(heap, b);
            return out_of_memory(heap, dwFlags, dwBytes);
        }
        nb->size = old;
        link_block(heap, nb);
    }
    nb->heap->used += dwBytes - old;
    nb->size = dwBytes;
    if ((dwFlags & HEAP_ZERO_MEMORY) && dwBytes > old) memset((char *)(nb + 1) + old, 0, dwBytes - old);
    return nb + 1;
}

BOOL WINAPI HeapFree(HANDLE hHeap, DWORD dwFlags, LPVOID lpMem)
{
    struct heap *heap = as_heap(hHeap);
    struct block *b;
    (void)dwFlags;
    if (!heap) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    if (!lpMem) return TRUE; /* as Windows does: nothing to free */
    b = as_block(heap, lpMem);
    if (!b) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    unlink_block(b);
    free(b);
    return TRUE;
}

SIZE_T WINAPI HeapSize(HANDLE hHeap, DWORD dwFlags, LPCVOID lpMem)
{
    struct block *b = as_block(as_heap(hHeap), lpMem);
    (void)dwFlags;
    return b ? b->size : (SIZE_T)-1; /* "The function does not call SetLastError." */
}

BOOL WINAPI HeapValidate(HANDLE hHeap, DWORD dwFlags, LPCVOID lpMem)
{
    struct heap *heap = as_heap(hHeap);
    (void)dwFlags;
    if (!heap || (lpMem && !as_block(heap, lpMem))) {
        SetLastError(heap ? ERROR_INVALID_PARAMETER : ERROR_INVALID_HANDLE);
        return FALSE;
    }
    return TRUE;
}

/* Runtime-private (kernel32_local.c): the spare word of a block of the process heap, where the
 * local and global memory functions keep a block's flags and lock count; NULL when p is not a
 * block of the process heap. The word is 0 for a block HeapAlloc made. */
DWORD *__wsw_heap_tag(LPCVOID p)
{
    struct block *b = as_block(&process_heap, p);
    return b ? &b->pad : NULL;
}
