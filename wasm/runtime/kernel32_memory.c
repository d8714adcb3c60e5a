/*
 * kernel32_memory.c - VirtualAlloc and friends on linear memory (memoryapi.h).
 * Regions are 64 KiB-aligned zeroed allocations from the C library, kept on a list.
 */
#include <stdlib.h>
#include <string.h>
#include <windows.h>
#include <memoryapi.h>

#define PAGE 4096u
#ifndef ERROR_BAD_LENGTH
#define ERROR_BAD_LENGTH 24L
#endif
#define GRANULARITY 65536u

struct region {
    struct region *next;
    char *base;
    SIZE_T size;
    DWORD allocation_protect;
    DWORD protect;
};
static struct region *regions;

static struct region *find(LPCVOID p)
{
    struct region *r;
    for (r = regions; r; r = r->next)
        if ((const char *)p >= r->base && (const char *)p < r->base + r->size) return r;
    return NULL;
}

static int valid_protect(DWORD p)
{
    switch (p & 0xFF) {
    case PAGE_NOACCESS: case PAGE_READONLY: case PAGE_READWRITE: case PAGE_WRITECOPY:
    case PAGE_EXECUTE: case PAGE_EXECUTE_READ: case PAGE_EXECUTE_READWRITE: case PAGE_EXECUTE_WRITECOPY:
        return (p & ~0x7FFu) == 0;
    default:
        return 0;
    }
}

LPVOID WINAPI VirtualAlloc(LPVOID lpAddress, SIZE_T dwSize, DWORD flAllocationType, DWORD flProtect)
{
    struct region *r;
    SIZE_T size;
    if (!(flAllocationType & (MEM_COMMIT | MEM_RESERVE | MEM_RESET)) || !valid_protect(flProtect) || !dwSize ||
        (flAllocationType & ~(MEM_COMMIT | MEM_RESERVE | MEM_RESET | MEM_TOP_DOWN))) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (lpAddress) {
        /* Committing (or resetting) pages of a region already reserved: they are committed already. */
        char *page = (char *)((ULONG_PTR)lpAddress & ~(ULONG_PTR)(PAGE - 1));
        r = find(lpAddress);
        if (!r || (const char *)lpAddress + dwSize > r->base + r->size) {
            SetLastError(ERROR_INVALID_ADDRESS);
            return NULL;
        }
        return page;
    }
    if (dwSize > 0x7FFF0000u) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    size = (dwSize + PAGE - 1) & ~(SIZE_T)(PAGE - 1);
    r = (struct region *)malloc(sizeof *r);
    if (r) r->base = (char *)aligned_alloc(GRANULARITY, (size + GRANULARITY - 1) & ~(SIZE_T)(GRANULARITY - 1));
    if (!r || !r->base) {
        free(r);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    memset(r->base, 0, size); /* "Memory allocated by this function is automatically initialized to zero." */
    r->size = size;
    r->allocation_protect = r->protect = flProtect;
    r->next = regions;
    regions = r;
    return r->base;
}

BOOL WINAPI VirtualFree(LPVOID lpAddress, SIZE_T dwSize, DWORD dwFreeType)
{
    struct region **pr, *r = find(lpAddress);
    if (dwFreeType == MEM_RELEASE) {
        /* "If the dwFreeType parameter is MEM_RELEASE, this parameter must be 0 (zero)" and
         * lpAddress "must be the base address returned by the VirtualAlloc function". */
        if (!r || dwSize != 0 || (char *)lpAddress != r->base) {
            SetLastError(r ? ERROR_INVALID_PARAMETER : ERROR_INVALID_ADDRESS);
            return FALSE;
        }
        for (pr = &regions; *pr != r; pr = &(*pr)->next) {}
        *pr = r->next;
        free(r->base);
        free(r);
        return TRUE;
    }
    if (dwFreeType == MEM_DECOMMIT) {
        char *from, *to;
        if (!r) {
            SetLastError(ERROR_INVALID_ADDRESS);
            return FALSE;
        }
        from = (char *)((ULONG_PTR)lpAddress & ~(ULONG_PTR)(PAGE - 1));
        to = dwSize ? (char *)(((ULONG_PTR)lpAddress + dwSize + PAGE - 1) & ~(ULONG_PTR)(PAGE - 1)) : r->base + r->size;
        if (!dwSize && from != r->base) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return FALSE;
        }
        if (to > r->base + r->size) to = r->base + r->size;
        memset(from, 0, (SIZE_T)(to - from));
        return TRUE;
    }
    SetLastError(ERROR_INVALID_PARAMETER);
    return FALSE;
}

BOOL WINAPI VirtualProtect(LPVOID lpAddress, SIZE_T dwSize, DWORD flNewProtect, PDWORD lpflOldProtect)
{
    struct region *r = find(lpAddress);
    (void)dwSize;
    if (!r) {
        SetLastError(ERROR_INVALID_ADDRESS);
        return FALSE;
    }
    if (!valid_protect(flNewProtect) || !lpflOldProtect) {
        SetLastError(lpflOldProtect ? ERROR_INVALID_PARAMETER : ERROR_NOACCESS);
        return FALSE;
    }
    *lpflOldProtect = r->protect;
    r->protect = flNewProtect;
    return TRUE;
}

SIZE_T WINAPI VirtualQuery(LPCVOID lpAddress, PMEMORY_BASIC_INFORMATION lpBuffer, SIZE_T dwLength)
{
    struct region *r = find(lpAddress);
    char *page = (char *)((ULONG_PTR)lpAddress & ~(ULONG_PTR)(PAGE - 1));
    if (!lpBuffer || dwLength < sizeof *lpBuffer) {
        SetLastError(ERROR_BAD_LENGTH);
        return 0;
    }
    memset(lpBuffer, 0, sizeof *lpBuffer);
    lpBuffer->BaseAddress = page;
    if (!r) {
        /* Memory that VirtualAlloc did not give: committed read-write, as the program's own data. */
        lpBuffer->AllocationBase = NULL;
        lpBuffer->RegionSize = PAGE;
        lpBuffer->State = MEM_COMMIT;
        lpBuffer->Protect = lpBuffer->AllocationProtect = PAGE_READWRITE;
        lpBuffer->Type = MEM_PRIVATE;
        return sizeof *lpBuffer;
    }
    lpBuffer->AllocationBase = r->base;
    lpBuffer->AllocationProtect = r->allocation_protect;
    lpBuffer->RegionSize = (SIZE_T)(r->base + r->size - page);
    lpBuffer->State = MEM_COMMIT;
    lpBuffer->Protect = r->protect;
    lpBuffer->Type = MEM_PRIVATE;
    return sizeof *lpBuffer;
}
