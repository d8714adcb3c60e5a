/* Wide (UTF-16) paths and strings for the CRT's _w functions: converted to UTF-8, the file
 * system's encoding, in a malloc'd copy the caller frees. NULL (errno EILSEQ, or ENOMEM)
 * when the string cannot be converted; a NULL string stays NULL (errno EINVAL). */
#ifndef WINSOCK_WASM_MSVCRT_PATH_H
#define WINSOCK_WASM_MSVCRT_PATH_H

#include <errno.h>
#include <stdlib.h>
#include <wchar.h>

static inline char *__wsw_utf8(const wchar_t *w) {
  if (!w) { errno = EINVAL; return 0; }
  size_t n = wcstombs(0, w, 0);
  if (n == (size_t)-1) { errno = EILSEQ; return 0; }
  char *s = malloc(n + 1);
  if (!s) { errno = ENOMEM; return 0; }
  wcstombs(s, w, n + 1);
  return s;
}

/* UTF-8 into a wide buffer of `size` units; the length needed (with the NUL), or 0 when the
 * text is not UTF-8. */
static inline size_t __wsw_utf16(wchar_t *dst, size_t size, const char *s) {
  size_t n = mbstowcs(0, s, 0);
  if (n == (size_t)-1) return 0;
  if (dst && size > n) mbstowcs(dst, s, n + 1);
  return n + 1;
}

#endif
