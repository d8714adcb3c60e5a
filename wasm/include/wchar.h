/* <wchar.h> for a 16-bit wchar_t (UTF-16), as on Windows.
 * The functions are the project's (wasm/runtime/wchar.c, wprintf.c, wscanf.c), linked in
 * place of musl's 32-bit ones; this header adds the Windows CRT's names and limits. */
#include_next <wchar.h>

#ifndef WINSOCK_WASM_WCHAR_H
#define WINSOCK_WASM_WCHAR_H

#include <winsock_wasm_wide.h>

#endif
