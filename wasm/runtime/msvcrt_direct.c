/* The CRT's directory functions (direct.h), with errno as Microsoft documents them. */
#include <direct.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "msvcrt_path.h"

/* "EEXIST: Directory wasn't created because dirname is the name of an existing file,
 * directory, or device. ENOENT: Path wasn't found." */
int _mkdir(const char *path) {
  if (!path) { errno = EINVAL; return -1; }
  if (mkdir(path, 0777) == 0) return 0;
  if (errno != EEXIST && errno != EACCES) errno = ENOENT;
  return -1;
}

/* "ENOTEMPTY: Given path isn't a directory, the directory isn't empty, or the directory is
 * either the current working directory or the root directory. ENOENT: Path is invalid.
 * EACCES: A program has an open handle to the directory." */
int _rmdir(const char *path) {
  if (!path) { errno = EINVAL; return -1; }
  if (rmdir(path) == 0) return 0;
  if (errno == ENOTDIR) {
    struct stat st;
    errno = stat(path, &st) == 0 ? ENOTEMPTY : ENOENT; /* the name is a file, or a part of the path is */
  } else if (errno == EEXIST || errno == EBUSY || errno == EINVAL) {
    errno = ENOTEMPTY;
  } else if (errno != ENOTEMPTY && errno != EACCES) {
    errno = ENOENT;
  }
  return -1;
}

/* "ENOENT: Path not found." */
int _chdir(const char *path) {
  if (!path) { errno = EINVAL; return -1; }
  if (chdir(path) == 0) return 0;
  errno = ENOENT;
  return -1;
}

/* "If buffer is NULL, a buffer of at least size maxlen (more only if necessary) is allocated
 * using malloc"; "ERANGE: the path is longer than maxlen characters". */
char *_getcwd(char *buf, int maxlen) {
  char here[PATH_MAX];
  if (!getcwd(here, sizeof here)) return 0;
  size_t n = strlen(here) + 1;
  if (!buf) {
    size_t size = maxlen > 0 && (size_t)maxlen > n ? (size_t)maxlen : n;
    buf = malloc(size);
    if (!buf) { errno = ENOMEM; return 0; }
    memcpy(buf, here, n);
    return buf;
  }
  if (maxlen <= 0) { errno = EINVAL; return 0; }
  if ((size_t)maxlen < n) { errno = ERANGE; return 0; }
  memcpy(buf, here, n);
  return buf;
}

wchar_t *_wgetcwd(wchar_t *buf, int maxlen) {
  char here[PATH_MAX];
  if (!getcwd(here, sizeof here)) return 0;
  size_t n = __wsw_utf16(0, 0, here);
  if (!buf) {
    size_t size = maxlen > 0 && (size_t)maxlen > n ? (size_t)maxlen : n;
    buf = malloc(size * sizeof *buf);
    if (!buf) { errno = ENOMEM; return 0; }
  } else if (maxlen <= 0) {
    errno = EINVAL;
    return 0;
  } else if ((size_t)maxlen < n) {
    errno = ERANGE;
    return 0;
  }
  __wsw_utf16(buf, n, here);
  return buf;
}

#define WIDE(name, narrow) \
  int name(const wchar_t *wpath) { \
    char *path = __wsw_utf8(wpath); \
    if (!path) return -1; \
    int r = narrow(path); \
    int e = errno; \
    free(path); \
    errno = e; \
    return r; \
  }
WIDE(_wmkdir, _mkdir)
WIDE(_wrmdir, _rmdir)
WIDE(_wchdir, _chdir)

/* One file system, shown as drive C: (1 is A:). */
int _getdrive(void) { return 3; }
int _chdrive(int drive) {
  if (drive < 1 || drive > 26) { errno = EACCES; return -1; }
  if (drive != 3) { errno = EACCES; return -1; } /* "EACCES: the drive doesn't exist" */
  return 0;
}
