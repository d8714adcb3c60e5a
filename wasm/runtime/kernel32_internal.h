/* Runtime-private helpers shared by wasm/runtime/kernel32_*.c (not a Windows header). */
#ifndef WSW_KERNEL32_INTERNAL_H
#define WSW_KERNEL32_INTERNAL_H

#include <stddef.h>
#include <windef.h>

/* UTF-16 (n units, or to its NUL when n < 0) as UTF-8, malloc'd; unpaired surrogates become U+FFFD. */
char *__wsw_utf8_of(const WCHAR *w, int n);
/* UTF-8 (len bytes) as UTF-16 into out[cap], no terminator; returns the units it needs (may exceed cap). */
size_t __wsw_utf16_of(const char *s, size_t len, WCHAR *out, size_t cap);

/* The spare word of a block of the process heap (kernel32_heap.c), or NULL when p is not one. */
DWORD *__wsw_heap_tag(LPCVOID p);

#endif
