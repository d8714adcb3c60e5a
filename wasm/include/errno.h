/* <errno.h>, and the Windows CRT's STRUNCATE: "a string copy or concatenation resulted in a
 * truncated string" (Microsoft, "errno constants"), returned by the _TRUNCATE forms of
 * strncpy_s, strncat_s and the like. */
#include_next <errno.h>

#ifndef STRUNCATE
#define STRUNCATE 80
#endif
