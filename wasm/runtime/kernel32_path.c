/* The one translation of a Windows path into the file system's: kernel32's file functions
 * (kernel32_file.c) call it, and so does every path the C runtime takes, through the C
 * library's own path functions, which the driver links wrapped (msvcrt_libc_paths.c).
 *
 * '\\' and '/' are both separators; a leading drive "X:" is dropped (C:\tmp is /tmp, C:tmp is
 * tmp: one file system, shown as drive C:); a leading "\\?\" is dropped. A path already in
 * the file system's form comes back unchanged: the runtime's own calls on translated paths go
 * through the wrapped C library functions too, and translating a result again changes nothing
 * (short of a name that began with two drive prefixes, "C:D:x"). NULL: errno EINVAL, or
 * ENOMEM; the result is malloc'd. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "kernel32_internal.h"

char *__wsw_posix_path(const char *p)
{
    if (!p) { errno = EINVAL; return NULL; }
    if (!strncmp(p, "\\\\?\\", 4)) p += 4;
    if (((p[0] | 0x20) >= 'a' && (p[0] | 0x20) <= 'z') && p[1] == ':') p += 2;
    char *out = strdup(p);
    if (!out) { errno = ENOMEM; return NULL; }
    for (char *c = out; *c; c++) if (*c == '\\') *c = '/';
    return out;
}
