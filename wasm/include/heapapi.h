/*
 * heapapi.h - heaps (winsock-wasm). Pure C over the C library's malloc
 * (wasm/runtime/kernel32_heap.c), no import.
 *
 * Each block remembers its heap and the size asked for: HeapSize returns that
 * size, as documented ("the requested size of the block"); HeapDestroy frees
 * every block still allocated from the heap. Blocks are 8-byte aligned
 * (MEMORY_ALLOCATION_ALIGNMENT on 32-bit Windows). HEAP_NO_SERIALIZE is
 * accepted (one thread). A growable heap has no limit but memory; a heap
 * with dwMaximumSize != 0 refuses what would exceed it. HEAP_GENERATE_EXCEPTIONS:
 * there is no structured exception handling, so a failure that would raise
 * STATUS_NO_MEMORY prints that on stderr and ends the program (a trap).
 * HeapAlloc, HeapReAlloc and HeapSize do not set the last error on failure
 * (as documented); HeapFree, HeapDestroy and HeapValidate do.
 */
#ifndef _HEAPAPI_H_
#define _HEAPAPI_H_

#include "winsock_wasm_abi.h"
#include "windef.h"

__WSW_BEGIN_DECLS

#define HEAP_NO_SERIALIZE 0x00000001
#define HEAP_GROWABLE 0x00000002
#define HEAP_GENERATE_EXCEPTIONS 0x00000004
#define HEAP_ZERO_MEMORY 0x00000008
#define HEAP_REALLOC_IN_PLACE_ONLY 0x00000010
#define HEAP_CREATE_ENABLE_EXECUTE 0x00040000
#ifndef STATUS_NO_MEMORY
#define STATUS_NO_MEMORY ((DWORD)0xC0000017L)
#endif

WINBASEAPI HANDLE WINAPI GetProcessHeap(VOID) __WSW_RUNTIME(GetProcessHeap);
WINBASEAPI HANDLE WINAPI HeapCreate(DWORD flOptions, SIZE_T dwInitialSize, SIZE_T dwMaximumSize) __WSW_RUNTIME(HeapCreate);
WINBASEAPI BOOL WINAPI HeapDestroy(HANDLE hHeap) __WSW_RUNTIME(HeapDestroy);
WINBASEAPI LPVOID WINAPI HeapAlloc(HANDLE hHeap, DWORD dwFlags, SIZE_T dwBytes) __WSW_RUNTIME(HeapAlloc);
WINBASEAPI LPVOID WINAPI HeapReAlloc(HANDLE hHeap, DWORD dwFlags, LPVOID lpMem, SIZE_T dwBytes) __WSW_RUNTIME(HeapReAlloc);
WINBASEAPI BOOL WINAPI HeapFree(HANDLE hHeap, DWORD dwFlags, LPVOID lpMem) __WSW_RUNTIME(HeapFree);
WINBASEAPI SIZE_T WINAPI HeapSize(HANDLE hHeap, DWORD dwFlags, LPCVOID lpMem) __WSW_RUNTIME(HeapSize);
WINBASEAPI BOOL WINAPI HeapValidate(HANDLE hHeap, DWORD dwFlags, LPCVOID lpMem) __WSW_RUNTIME(HeapValidate);

__WSW_END_DECLS

#endif /* _HEAPAPI_H_ */
