/* Runtime-private helpers shared by the files of wasm/runtime (not a Windows header). */
#ifndef WSW_KERNEL32_INTERNAL_H
#define WSW_KERNEL32_INTERNAL_H

#include <stddef.h>
#include <windef.h>

/* The runtime's one UTF-8/UTF-16 converter, with Windows' rules (kernel32_strings.c, beside
 * MultiByteToWideChar and WideCharToMultiByte, which use the same code): a lone surrogate
 * becomes U+FFFD, and so does each maximal ill-formed subpart of UTF-8. */
/* UTF-16 (n units, or to its NUL when n < 0) as UTF-8, malloc'd and terminated; NULL for a NULL w or no memory. */
char *__wsw_utf8_of(const WCHAR *w, int n);
/* UTF-16 (len units) as UTF-8 into out[cap], no terminator; returns the bytes it needs (may exceed cap). */
size_t __wsw_utf8_from(const WCHAR *w, size_t len, char *out, size_t cap);
/* UTF-8 (len bytes) as UTF-16 into out[cap], no terminator; returns the units it needs (may exceed cap). */
size_t __wsw_utf16_of(const char *s, size_t len, WCHAR *out, size_t cap);

/* The spare word of a block of the process heap (kernel32_heap.c), or NULL when p is not one. */
DWORD *__wsw_heap_tag(LPCVOID p);

/* A Windows path in the file system's form, malloc'd (kernel32_path.c: the one translation,
 * for kernel32's files and the C runtime's); NULL with errno EINVAL (NULL path) or ENOMEM. */
char *__wsw_posix_path(const char *path);

#endif
