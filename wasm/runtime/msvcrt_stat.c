/* The CRT's _stat family (sys/stat.h) in MSVC's layouts, from the C library's stat. */
#include <errno.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <wchar.h>
#include "msvcrt_path.h"

#define DRIVE_C 2 /* st_dev: "Drive number of the disk containing the file" (0 is A:) */

/* st_mode as Windows reports it: the type, read for everyone, write unless read-only (the
 * owner may not write), execute for directories and for .exe, .com, .bat and .cmd names. */
static unsigned short windows_mode(const struct stat *st, const char *path) {
  unsigned mode = S_ISDIR(st->st_mode) ? _S_IFDIR : S_ISCHR(st->st_mode) ? _S_IFCHR : S_ISFIFO(st->st_mode) ? _S_IFIFO : _S_IFREG;
  mode |= 0444;
  if (st->st_mode & S_IWUSR) mode |= 0222;
  int exec = S_ISDIR(st->st_mode);
  const char *dot = path ? strrchr(path, '.') : 0;
  if (dot && (!strcasecmp(dot, ".exe") || !strcasecmp(dot, ".com") || !strcasecmp(dot, ".bat") || !strcasecmp(dot, ".cmd"))) exec = 1;
  if (exec) mode |= 0111;
  return (unsigned short)mode;
}

/* The widest form; the others are copies of it. */
static void fill64(struct _stat64 *out, const struct stat *st, const char *path) {
  memset(out, 0, sizeof *out);
  out->st_dev = out->st_rdev = DRIVE_C;
  out->st_mode = windows_mode(st, path);
  out->st_nlink = 1;
  out->st_size = S_ISDIR(st->st_mode) ? 0 : (long long)st->st_size;
  out->st_atime = (long long)st->st_atim.tv_sec;
  out->st_mtime = (long long)st->st_mtim.tv_sec;
  out->st_ctime = (long long)st->st_ctim.tv_sec;
}

static int stat_path(const char *path, struct _stat64 *out) {
  struct stat st;
  if (!path || !out) { errno = EINVAL; return -1; }
  if (stat(path, &st) != 0) { errno = ENOENT; return -1; } /* "ENOENT: the file name or path can't be found" */
  fill64(out, &st, path);
  return 0;
}

static int stat_fd(int fd, struct _stat64 *out) {
  struct stat st;
  if (!out) { errno = EINVAL; return -1; }
  if (fstat(fd, &st) != 0) { errno = EBADF; return -1; }
  fill64(out, &st, 0);
  return 0;
}

static int stat_wpath(const wchar_t *wpath, struct _stat64 *out) {
  char *path = __wsw_utf8(wpath);
  if (!path) return -1;
  int r = stat_path(path, out);
  int e = errno;
  free(path);
  errno = e;
  return r;
}

/* A 32-bit size or time that does not fit: EOVERFLOW, as the documentation says for _stat32
 * ("st_size ... more than 32 bits") and time past 2038. */
#define NARROW(out, s, size_type, time_type) do { \
    (out)->st_dev = (s).st_dev; (out)->st_ino = (s).st_ino; (out)->st_mode = (s).st_mode; \
    (out)->st_nlink = (s).st_nlink; (out)->st_uid = (s).st_uid; (out)->st_gid = (s).st_gid; \
    (out)->st_rdev = (s).st_rdev; (out)->st_size = (size_type)(s).st_size; \
    (out)->st_atime = (time_type)(s).st_atime; (out)->st_mtime = (time_type)(s).st_mtime; (out)->st_ctime = (time_type)(s).st_ctime; \
    if ((long long)(out)->st_size != (s).st_size || (long long)(out)->st_mtime != (s).st_mtime) { errno = EOVERFLOW; return -1; } \
  } while (0)

int _stat64(const char *path, struct _stat64 *out) { return stat_path(path, out); }
int _fstat64(int fd, struct _stat64 *out) { return stat_fd(fd, out); }
int _wstat64(const wchar_t *path, struct _stat64 *out) { return stat_wpath(path, out); }

#define FORM(name, fname, wname, type, size_type, time_type) \
  int name(const char *path, struct type *out) { \
    struct _stat64 s; \
    if (!out) { errno = EINVAL; return -1; } \
    if (stat_path(path, &s) != 0) return -1; \
    NARROW(out, s, size_type, time_type); \
    return 0; \
  } \
  int fname(int fd, struct type *out) { \
    struct _stat64 s; \
    if (!out) { errno = EINVAL; return -1; } \
    if (stat_fd(fd, &s) != 0) return -1; \
    NARROW(out, s, size_type, time_type); \
    return 0; \
  } \
  int wname(const wchar_t *path, struct type *out) { \
    struct _stat64 s; \
    if (!out) { errno = EINVAL; return -1; } \
    if (stat_wpath(path, &s) != 0) return -1; \
    NARROW(out, s, size_type, time_type); \
    return 0; \
  }

FORM(_stat32, _fstat32, _wstat32, _stat32, long, long)
FORM(_stat32i64, _fstat32i64, _wstat32i64, _stat32i64, long long, long)
FORM(_stat64i32, _fstat64i32, _wstat64i32, _stat64i32, long, long long)
