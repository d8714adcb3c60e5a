/* Heap and virtual memory rules (heapapi.h, memoryapi.h); golden output from mingw-w64 under Wine. */
#include <windows.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    HANDLE ph = GetProcessHeap(), h;
    unsigned char *p, *q;
    SYSTEM_INFO si;
    MEMORY_BASIC_INFORMATION mbi;
    DWORD old = 0;
    int i, zero = 1;
    char *v;

    if (argc > 1) {
        /* HEAP_GENERATE_EXCEPTIONS: "The system will raise an exception to indicate failure (for example,
         * an out-of-memory condition), instead of returning NULL." */
        (void)argv;
        h = HeapCreate(HEAP_GENERATE_EXCEPTIONS, 0, 4096);
        HeapAlloc(h, 0, 1 << 20);
        printf("not reached\n");
        return 0;
    }
    printf("process heap: %s\n", ph ? "non-null" : "NULL");
    /* HEAP_ZERO_MEMORY: "The allocated memory will be initialized to zero." */
    p = (unsigned char *)HeapAlloc(ph, HEAP_ZERO_MEMORY, 100);
    for (i = 0; i < 100; i++) zero &= p[i] == 0;
    printf("zeroed: %d\n", zero);
    /* HeapSize: "the requested size of the allocated memory block, in bytes" */
    printf("HeapSize: %lu\n", (unsigned long)HeapSize(ph, 0, p));
    printf("aligned 8: %d\n", ((ULONG_PTR)p & 7) == 0);
    memset(p, 0xAB, 100);
    q = (unsigned char *)HeapReAlloc(ph, HEAP_ZERO_MEMORY, p, 200);
    zero = 1;
    for (i = 100; i < 200; i++) zero &= q[i] == 0;
    printf("realloc keeps: %d, grows zeroed: %d, size %lu\n", q[0] == 0xAB && q[99] == 0xAB, zero, (unsigned long)HeapSize(ph, 0, q));
    /* HEAP_REALLOC_IN_PLACE_ONLY: "If ... the block cannot be enlarged without moving, the function fails" */
    p = (unsigned char *)HeapReAlloc(ph, HEAP_REALLOC_IN_PLACE_ONLY, q, 1 << 20);
    printf("in place to 1 MiB: %s\n", p ? "moved?" : "NULL");
    p = (unsigned char *)HeapReAlloc(ph, HEAP_REALLOC_IN_PLACE_ONLY, q, 50);
    printf("in place shrink: %s, size %lu\n", p == q ? "same block" : "other", (unsigned long)HeapSize(ph, 0, q));
    printf("HeapFree: %d\n", HeapFree(ph, 0, q));
    printf("HeapFree(NULL): %d\n", HeapFree(ph, 0, NULL));

    h = HeapCreate(0, 0, 0);
    printf("HeapCreate: %s\n", h ? "non-null" : "NULL");
    for (i = 0; i < 10; i++) HeapAlloc(h, 0, 1000);
    p = (unsigned char *)HeapAlloc(h, 0, 16);
    printf("HeapValidate: %d\n", HeapValidate(h, 0, NULL));
    printf("HeapSize in own heap: %lu\n", (unsigned long)HeapSize(h, 0, p));
    /* HeapDestroy: "decommits and releases all the pages of a private heap object" */
    printf("HeapDestroy: %d\n", HeapDestroy(h));
    /* A fixed-size heap refuses what exceeds dwMaximumSize; HeapAlloc "does not call SetLastError". */
    h = HeapCreate(0, 0, 64 * 1024);
    SetLastError(12345);
    p = (unsigned char *)HeapAlloc(h, 0, 1 << 20);
    printf("over maximum: %s, last error %lu\n", p ? "non-null" : "NULL", GetLastError());
    HeapDestroy(h);

    GetSystemInfo(&si);
    printf("page size: %lu, granularity: %lu\n", si.dwPageSize, si.dwAllocationGranularity);
    v = (char *)VirtualAlloc(NULL, 10000, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
    zero = 1;
    for (i = 0; i < 12288; i++) zero &= v[i] == 0;
    printf("VirtualAlloc: aligned to granularity %d, zeroed %d\n", ((ULONG_PTR)v % si.dwAllocationGranularity) == 0, zero);
    v[5000] = 1;
    i = VirtualQuery(v + 5000, &mbi, sizeof mbi) == sizeof mbi;
    printf("VirtualQuery: %d, base ok %d, page %d, region %lu, state commit %d, protect %#lx\n", i, mbi.AllocationBase == v,
           (char *)mbi.BaseAddress == v + 4096, (unsigned long)mbi.RegionSize, mbi.State == MEM_COMMIT, mbi.Protect);
    i = VirtualProtect(v, 4096, PAGE_READONLY, &old);
    printf("VirtualProtect: %d, old %#lx\n", i, old);
    VirtualProtect(v, 4096, PAGE_READWRITE, &old);
    /* MEM_RELEASE: "If the dwFreeType parameter is MEM_RELEASE, this parameter must be 0 (zero)." */
    SetLastError(0);
    i = VirtualFree(v, 10000, MEM_RELEASE);
    printf("VirtualFree size != 0: %d, error %lu\n", i, GetLastError());
    printf("VirtualFree: %d\n", VirtualFree(v, 0, MEM_RELEASE));
    /* Reserve, then commit a page inside: "To commit ... pages ... specify MEM_COMMIT" with an address in the range. */
    v = (char *)VirtualAlloc(NULL, 1 << 20, MEM_RESERVE, PAGE_READWRITE);
    p = (unsigned char *)VirtualAlloc(v + 70000, 100, MEM_COMMIT, PAGE_READWRITE);
    printf("commit inside a reservation: page-aligned %d, in the region %d\n", p == (unsigned char *)v + 69632,
           p >= (unsigned char *)v && p < (unsigned char *)v + (1 << 20));
    p[0] = 7;
    printf("written: %d, zero next %d\n", p[0], p[1]);
    printf("VirtualFree: %d\n", VirtualFree(v, 0, MEM_RELEASE));
    return 0;
}
