/* Wide (UTF-16) paths and strings for the CRT's _w functions: converted to UTF-8, the file
 * system's encoding, in a malloc'd copy the caller frees. A narrow path then goes to the C
 * library's function (open, stat, mkdir ...), which translates it from Windows' form
 * (msvcrt_libc_paths.c), so the CRT's functions need no translation of their own. NULL
 * (errno ENOMEM) when memory runs out; a NULL string stays NULL (errno EINVAL). */
#ifndef WINSOCK_WASM_MSVCRT_PATH_H
#define WINSOCK_WASM_MSVCRT_PATH_H

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "kernel32_internal.h"

/* With the runtime's one converter (kernel32_strings.c), so a _w function names the file the
 * W function of kernel32 names: a lone surrogate is U+FFFD in both. */
static inline char *__wsw_utf8(const wchar_t *w) {
  if (!w) { errno = EINVAL; return 0; }
  char *s = __wsw_utf8_of(w, -1);
  if (!s) errno = ENOMEM;
  return s;
}

/* UTF-8 into a wide buffer of `size` units, terminated when it fits; the length needed (with
 * the NUL). Ill-formed UTF-8 becomes U+FFFD, as for kernel32's W functions. */
static inline size_t __wsw_utf16(wchar_t *dst, size_t size, const char *s) {
  size_t len = strlen(s), n = __wsw_utf16_of(s, len, 0, 0);
  if (dst && size > n) { __wsw_utf16_of(s, len, dst, n); dst[n] = 0; }
  return n + 1;
}

#endif
