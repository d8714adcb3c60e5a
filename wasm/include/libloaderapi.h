/*
 * libloaderapi.h - LoadLibrary, GetModuleHandle, GetProcAddress, FreeLibrary
 * (winsock-wasm; kernel32, pure C in wasm/runtime/libloader.c).
 *
 * The DLLs are the ones the project implements, all linked into the program:
 * kernel32.dll, ws2_32.dll, wsock32.dll, mswsock.dll, iphlpapi.dll and
 * winmm.dll. A name matches case-insensitively, with or without ".dll", and
 * with any directory before it ("C:\\Windows\\System32\\ws2_32.dll").
 * GetProcAddress finds the functions the project's headers declare and
 * provide (the table scripts/gen-exports.mjs generates), by name only: a
 * wasm32 program's static strings lie below 0x10000, where Windows reads an
 * ordinal, so every non-null lpProcName is a name.
 */
#ifndef _LIBLOADERAPI_H_
#define _LIBLOADERAPI_H_

#include "winsock_wasm_abi.h"
#include "windef.h"

__WSW_BEGIN_DECLS

#ifndef MAKEINTRESOURCEA
#define IS_INTRESOURCE(r) ((((ULONG_PTR)(r)) >> 16) == 0)
#define MAKEINTRESOURCEA(i) ((LPSTR)((ULONG_PTR)((WORD)(i))))
#define MAKEINTRESOURCEW(i) ((LPWSTR)((ULONG_PTR)((WORD)(i))))
#ifdef UNICODE
#define MAKEINTRESOURCE MAKEINTRESOURCEW
#else
#define MAKEINTRESOURCE MAKEINTRESOURCEA
#endif
#endif

#define DONT_RESOLVE_DLL_REFERENCES 0x00000001
#define LOAD_LIBRARY_AS_DATAFILE 0x00000002
#define LOAD_WITH_ALTERED_SEARCH_PATH 0x00000008
#define LOAD_IGNORE_CODE_AUTHZ_LEVEL 0x00000010
#define LOAD_LIBRARY_AS_IMAGE_RESOURCE 0x00000020
#define LOAD_LIBRARY_AS_DATAFILE_EXCLUSIVE 0x00000040
#define LOAD_LIBRARY_SEARCH_DLL_LOAD_DIR 0x00000100
#define LOAD_LIBRARY_SEARCH_APPLICATION_DIR 0x00000200
#define LOAD_LIBRARY_SEARCH_USER_DIRS 0x00000400
#define LOAD_LIBRARY_SEARCH_SYSTEM32 0x00000800
#define LOAD_LIBRARY_SEARCH_DEFAULT_DIRS 0x00001000

WINBASEAPI HMODULE WINAPI LoadLibraryA(LPCSTR lpLibFileName) __WSW_RUNTIME(LoadLibraryA);
WINBASEAPI HMODULE WINAPI LoadLibraryW(LPCWSTR lpLibFileName) __WSW_RUNTIME(LoadLibraryW);
WINBASEAPI HMODULE WINAPI LoadLibraryExA(LPCSTR lpLibFileName, HANDLE hFile, DWORD dwFlags) __WSW_RUNTIME(LoadLibraryExA);
WINBASEAPI HMODULE WINAPI LoadLibraryExW(LPCWSTR lpLibFileName, HANDLE hFile, DWORD dwFlags) __WSW_RUNTIME(LoadLibraryExW);
WINBASEAPI HMODULE WINAPI GetModuleHandleA(LPCSTR lpModuleName) __WSW_RUNTIME(GetModuleHandleA);
WINBASEAPI HMODULE WINAPI GetModuleHandleW(LPCWSTR lpModuleName) __WSW_RUNTIME(GetModuleHandleW);
WINBASEAPI FARPROC WINAPI GetProcAddress(HMODULE hModule, LPCSTR lpProcName) __WSW_RUNTIME(GetProcAddress);
WINBASEAPI BOOL WINAPI FreeLibrary(HMODULE hLibModule) __WSW_RUNTIME(FreeLibrary);

#ifdef UNICODE
#define LoadLibrary LoadLibraryW
#define LoadLibraryEx LoadLibraryExW
#define GetModuleHandle GetModuleHandleW
#else
#define LoadLibrary LoadLibraryA
#define LoadLibraryEx LoadLibraryExA
#define GetModuleHandle GetModuleHandleA
#endif

__WSW_END_DECLS

#endif /* _LIBLOADERAPI_H_ */
