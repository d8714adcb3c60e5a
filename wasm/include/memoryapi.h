/*
 * memoryapi.h - virtual memory on linear memory (winsock-wasm). Pure C
 * (wasm/runtime/kernel32_memory.c), no import.
 *
 * wasm has no page protection and no address space to reserve apart from
 * memory: VirtualAlloc(NULL, ...) with MEM_RESERVE and/or MEM_COMMIT takes a
 * zeroed region aligned to the allocation granularity (64 KiB, as
 * GetSystemInfo reports), its size rounded up to the page size (4 KiB);
 * reserved pages are committed already. VirtualAlloc(address, MEM_COMMIT)
 * inside a region returns the page-aligned address. VirtualFree(base, 0,
 * MEM_RELEASE) frees a region; MEM_DECOMMIT zeroes the pages (a recommitted
 * page reads as zero, as on Windows). VirtualProtect records and returns the
 * protection without enforcing it; VirtualQuery describes a region.
 */
#ifndef _MEMORYAPI_H_
#define _MEMORYAPI_H_

#include "winsock_wasm_abi.h"
#include "windef.h"

__WSW_BEGIN_DECLS

#ifndef PAGE_NOACCESS
#define PAGE_NOACCESS 0x01
#define PAGE_READONLY 0x02
#define PAGE_READWRITE 0x04
#define PAGE_WRITECOPY 0x08
#define PAGE_EXECUTE 0x10
#define PAGE_EXECUTE_READ 0x20
#define PAGE_EXECUTE_READWRITE 0x40
#define PAGE_EXECUTE_WRITECOPY 0x80
#define PAGE_GUARD 0x100
#define PAGE_NOCACHE 0x200
#define PAGE_WRITECOMBINE 0x400
#endif
#ifndef MEM_COMMIT
#define MEM_COMMIT 0x00001000
#define MEM_RESERVE 0x00002000
#define MEM_DECOMMIT 0x00004000
#define MEM_RELEASE 0x00008000
#define MEM_FREE 0x00010000
#define MEM_PRIVATE 0x00020000
#define MEM_RESET 0x00080000
#define MEM_TOP_DOWN 0x00100000
#define MEM_LARGE_PAGES 0x20000000
#endif

typedef struct _MEMORY_BASIC_INFORMATION {
    PVOID BaseAddress;
    PVOID AllocationBase;
    DWORD AllocationProtect;
    SIZE_T RegionSize;
    DWORD State;
    DWORD Protect;
    DWORD Type;
} MEMORY_BASIC_INFORMATION, *PMEMORY_BASIC_INFORMATION;

__WSW_SIZE(MEMORY_BASIC_INFORMATION, 28);
__WSW_OFFSET(MEMORY_BASIC_INFORMATION, RegionSize, 12);

WINBASEAPI LPVOID WINAPI VirtualAlloc(LPVOID lpAddress, SIZE_T dwSize, DWORD flAllocationType, DWORD flProtect)
    __WSW_RUNTIME(VirtualAlloc);
WINBASEAPI BOOL WINAPI VirtualFree(LPVOID lpAddress, SIZE_T dwSize, DWORD dwFreeType) __WSW_RUNTIME(VirtualFree);
WINBASEAPI BOOL WINAPI VirtualProtect(LPVOID lpAddress, SIZE_T dwSize, DWORD flNewProtect, PDWORD lpflOldProtect)
    __WSW_RUNTIME(VirtualProtect);
WINBASEAPI SIZE_T WINAPI VirtualQuery(LPCVOID lpAddress, PMEMORY_BASIC_INFORMATION lpBuffer, SIZE_T dwLength)
    __WSW_RUNTIME(VirtualQuery);

__WSW_END_DECLS

#endif /* _MEMORYAPI_H_ */
