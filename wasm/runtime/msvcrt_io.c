/* The CRT's low-level I/O (io.h) over the C library's: MSVC's _O_* flags translated to the
 * C library's O_*, the text/binary mode remembered per descriptor, 64-bit offsets, and the
 * _w forms with UTF-16 paths. Also the CRT's stdio and environment names (stdio.h, stdlib.h). */
#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wchar.h>
#include "msvcrt_path.h"

/* _O_* (MSVC) to O_* (the C library). _O_TEMPORARY, _O_SHORT_LIVED, _O_RANDOM,
 * _O_SEQUENTIAL and the text modes are hints or modes with no C library flag. */
static const struct { int msvc, posix; } OPEN_FLAGS[] = {
  { _O_APPEND, O_APPEND }, { _O_CREAT, O_CREAT }, { _O_TRUNC, O_TRUNC },
  { _O_EXCL, O_EXCL }, { _O_NOINHERIT, O_CLOEXEC }, { _O_OBTAIN_DIR, O_DIRECTORY },
};
#define KNOWN_FLAGS (_O_ACCMODE | _O_APPEND | _O_RANDOM | _O_SEQUENTIAL | _O_TEMPORARY | _O_NOINHERIT | _O_CREAT | _O_TRUNC | \
                     _O_EXCL | _O_SHORT_LIVED | _O_OBTAIN_DIR | _O_TEXT | _O_BINARY | _O_WTEXT | _O_U16TEXT | _O_U8TEXT)
#define TEXT_MODES (_O_TEXT | _O_BINARY | _O_WTEXT | _O_U16TEXT | _O_U8TEXT)

/* Each descriptor's translation mode as _setmode reports it (0: not set, _O_TEXT). */
#define MODE_SLOTS 1024
static int fd_mode[MODE_SLOTS];

static int mode_of(int fd) { return fd >= 0 && fd < MODE_SLOTS && fd_mode[fd] ? fd_mode[fd] : _O_TEXT; }
static void set_mode(int fd, int mode) { if (fd >= 0 && fd < MODE_SLOTS) fd_mode[fd] = mode; }

static int open_flags(int oflag) {
  int access = oflag & _O_ACCMODE;
  int posix = access == _O_WRONLY ? O_WRONLY : access == _O_RDWR ? O_RDWR : O_RDONLY;
  for (size_t i = 0; i < sizeof OPEN_FLAGS / sizeof OPEN_FLAGS[0]; i++)
    if (oflag & OPEN_FLAGS[i].msvc) posix |= OPEN_FLAGS[i].posix;
  return posix;
}

/* The worker of _open, _wopen, _sopen, _wsopen and _creat. pmode: _S_IREAD and/or _S_IWRITE;
 * without _S_IWRITE the new file is read-only ("If write permission isn't given, the file is
 * read-only", _open's documentation). */
static int open_file(const char *path, int oflag, int pmode) {
  if (!path || (oflag & ~KNOWN_FLAGS) || (oflag & _O_ACCMODE) == _O_ACCMODE) { errno = EINVAL; return -1; }
  mode_t mode = (pmode & _S_IWRITE) ? 0666 : 0444;
  int fd = open(path, open_flags(oflag), mode);
  if (fd < 0) {
    if (errno == EISDIR || errno == EPERM) errno = EACCES; /* Windows: a directory or a read-only file is EACCES */
    return -1;
  }
  if (oflag & _O_TEMPORARY) unlink(path); /* deleted when the last descriptor closes */
  int text = oflag & TEXT_MODES;
  set_mode(fd, text ? text : _O_TEXT);
  return fd;
}

static int pmode_arg(int oflag, va_list ap) { return (oflag & _O_CREAT) ? va_arg(ap, int) : 0; }

int _open(const char *path, int oflag, ...) {
  va_list ap;
  va_start(ap, oflag);
  int pmode = pmode_arg(oflag, ap);
  va_end(ap);
  return open_file(path, oflag, pmode);
}

int _sopen(const char *path, int oflag, int shflag, ...) {
  (void)shflag; /* sharing: one process, nobody to share with */
  va_list ap;
  va_start(ap, shflag);
  int pmode = pmode_arg(oflag, ap);
  va_end(ap);
  return open_file(path, oflag, pmode);
}

static int wopen_file(const wchar_t *wpath, int oflag, int pmode) {
  char *path = __wsw_utf8(wpath);
  if (!path) return -1;
  int fd = open_file(path, oflag, pmode);
  int e = errno;
  free(path);
  errno = e;
  return fd;
}

int _wopen(const wchar_t *path, int oflag, ...) {
  va_list ap;
  va_start(ap, oflag);
  int pmode = pmode_arg(oflag, ap);
  va_end(ap);
  return wopen_file(path, oflag, pmode);
}

int _wsopen(const wchar_t *path, int oflag, int shflag, ...) {
  (void)shflag;
  va_list ap;
  va_start(ap, shflag);
  int pmode = pmode_arg(oflag, ap);
  va_end(ap);
  return wopen_file(path, oflag, pmode);
}

int _creat(const char *path, int pmode) { return open_file(path, _O_CREAT | _O_TRUNC | _O_RDWR, pmode); }
int _wcreat(const wchar_t *path, int pmode) { return wopen_file(path, _O_CREAT | _O_TRUNC | _O_RDWR, pmode); }

/* "_setmode returns the previous translation mode"; an invalid mode or descriptor is EINVAL
 * or EBADF and -1. */
int _setmode(int fd, int mode) {
  if (mode != _O_TEXT && mode != _O_BINARY && mode != _O_WTEXT && mode != _O_U16TEXT && mode != _O_U8TEXT) { errno = EINVAL; return -1; }
  struct stat st;
  if (fstat(fd, &st) != 0) { errno = EBADF; return -1; }
  int old = mode_of(fd);
  set_mode(fd, mode);
  return old;
}

long long _lseeki64(int fd, long long offset, int origin) {
  if (origin != SEEK_SET && origin != SEEK_CUR && origin != SEEK_END) { errno = EINVAL; return -1; }
  off_t r = lseek(fd, (off_t)offset, origin);
  return r < 0 ? -1 : (long long)r;
}

long long _telli64(int fd) { return _lseeki64(fd, 0, SEEK_CUR); }

long _tell(int fd) {
  long long r = _telli64(fd);
  return r > 0x7fffffffLL ? (errno = EINVAL, -1L) : (long)r;
}

long long _filelengthi64(int fd) {
  struct stat st;
  if (fstat(fd, &st) != 0) { errno = EBADF; return -1; }
  return (long long)st.st_size;
}

long _filelength(int fd) {
  long long n = _filelengthi64(fd);
  return n > 0x7fffffffLL ? -1L : (long)n;
}

/* 1 at the end of the file, 0 before it, -1 (EBADF) for a bad descriptor. */
int _eof(int fd) {
  long long here = _telli64(fd);
  long long size = _filelengthi64(fd);
  if (here < 0 || size < 0) { errno = EBADF; return -1; }
  return here >= size;
}

int _commit(int fd) {
  if (fsync(fd) == 0) return 0;
  if (errno == EINVAL || errno == ENOSYS) return 0; /* a pipe or a console: nothing to flush */
  errno = EBADF;
  return -1;
}

int _chsize(int fd, long size) {
  if (size < 0) { errno = EINVAL; return -1; }
  if (ftruncate(fd, size) == 0) return 0;
  if (errno == EINVAL) errno = EACCES; /* not open for writing: "EACCES if the file is locked or read-only" */
  return -1;
}

/* _access: "00 Existence only, 02 Write-only, 04 Read-only, 06 Read and write"; "When used
 * with directories, _access determines only whether the specified directory exists". Write
 * access follows the file's read-only state (the owner's write bit), as Windows' read-only
 * attribute; every file is readable. */
int _access(const char *path, int mode) {
  if (!path || (mode & ~6)) { errno = EINVAL; return -1; }
  struct stat st;
  if (stat(path, &st) != 0) { if (errno != EACCES) errno = ENOENT; return -1; }
  if ((mode & 2) && !S_ISDIR(st.st_mode) && !(st.st_mode & S_IWUSR)) { errno = EACCES; return -1; }
  return 0;
}

int _waccess(const wchar_t *wpath, int mode) {
  char *path = __wsw_utf8(wpath);
  if (!path) return -1;
  int r = _access(path, mode);
  int e = errno;
  free(path);
  errno = e;
  return r;
}

int _wunlink(const wchar_t *wpath) {
  char *path = __wsw_utf8(wpath);
  if (!path) return -1;
  int r = unlink(path);
  int e = errno;
  free(path);
  errno = e;
  return r;
}

int _wchmod(const wchar_t *wpath, int mode) {
  char *path = __wsw_utf8(wpath);
  if (!path) return -1;
  int r = chmod(path, (mode_t)mode);
  int e = errno;
  free(path);
  errno = e;
  return r;
}

/* stdio.h */
int _fileno(FILE *f) { return fileno(f); }
FILE *_fdopen(int fd, const char *mode) { return fdopen(fd, mode); }

/* A stdio mode: MSVC's t, b, c, n, N, S, R, T, D and ccs= parts are accepted; the C
 * library's fopen takes r, w, a, + and x. */
static char *stdio_mode(const wchar_t *wmode, char *out, size_t size) {
  size_t k = 0;
  if (!wmode) return 0;
  for (const wchar_t *p = wmode; *p && k + 1 < size; p++) {
    if (*p == ',') break; /* ", ccs=UTF-8" and the like */
    if (*p == 'r' || *p == 'w' || *p == 'a' || *p == '+' || *p == 'x') out[k++] = (char)*p;
    else if (*p == 'e') out[k++] = 'e';
  }
  out[k] = 0;
  return out;
}

FILE *_wfopen(const wchar_t *wpath, const wchar_t *wmode) {
  char mode[16];
  if (!stdio_mode(wmode, mode, sizeof mode)) { errno = EINVAL; return 0; }
  char *path = __wsw_utf8(wpath);
  if (!path) return 0;
  FILE *f = fopen(path, mode);
  int e = errno;
  free(path);
  errno = e;
  return f;
}

FILE *_wfreopen(const wchar_t *wpath, const wchar_t *wmode, FILE *old) {
  char mode[16];
  if (!stdio_mode(wmode, mode, sizeof mode)) { errno = EINVAL; return 0; }
  char *path = wpath ? __wsw_utf8(wpath) : 0;
  if (wpath && !path) return 0;
  FILE *f = freopen(path, mode, old);
  int e = errno;
  free(path);
  errno = e;
  return f;
}

FILE *_wfdopen(int fd, const wchar_t *wmode) {
  char mode[16];
  if (!stdio_mode(wmode, mode, sizeof mode)) { errno = EINVAL; return 0; }
  return fdopen(fd, mode);
}

int _wremove(const wchar_t *wpath) {
  char *path = __wsw_utf8(wpath);
  if (!path) return -1;
  int r = remove(path);
  int e = errno;
  free(path);
  errno = e;
  return r;
}

int _wrename(const wchar_t *wold, const wchar_t *wnew) {
  char *o = __wsw_utf8(wold);
  if (!o) return -1;
  char *n = __wsw_utf8(wnew);
  if (!n) { free(o); return -1; }
  int r = rename(o, n);
  int e = errno;
  free(o);
  free(n);
  errno = e;
  return r;
}

/* stdlib.h: "_putenv(\"name=value\")" sets, "name=" removes; the string is copied. */
int _putenv(const char *envstring) {
  const char *eq = envstring ? strchr(envstring, '=') : 0;
  if (!eq || eq == envstring) { errno = EINVAL; return -1; }
  size_t n = (size_t)(eq - envstring);
  char *name = malloc(n + 1);
  if (!name) { errno = ENOMEM; return -1; }
  memcpy(name, envstring, n);
  name[n] = 0;
  int r = eq[1] ? setenv(name, eq + 1, 1) : unsetenv(name);
  free(name);
  return r == 0 ? 0 : -1;
}

int _wputenv(const wchar_t *envstring) {
  char *s = __wsw_utf8(envstring);
  if (!s) return -1;
  int r = _putenv(s);
  free(s);
  return r;
}

/* _wgetenv: the variable's value in UTF-16, kept until the variable is read again. */
struct wide_value { struct wide_value *next; char *name; wchar_t *value; };
static struct wide_value *wide_values;

wchar_t *_wgetenv(const wchar_t *wname) {
  char *name = __wsw_utf8(wname);
  if (!name) return 0;
  const char *v = getenv(name);
  struct wide_value *e = wide_values;
  while (e && strcmp(e->name, name) != 0) e = e->next;
  if (!v) { free(name); return 0; }
  size_t n = __wsw_utf16(0, 0, v);
  wchar_t *w = n ? malloc(n * sizeof *w) : 0;
  if (!w) { free(name); return 0; }
  __wsw_utf16(w, n, v);
  if (!e) {
    e = malloc(sizeof *e);
    if (!e) { free(name); free(w); return 0; }
    e->name = name;
    e->value = 0;
    e->next = wide_values;
    wide_values = e;
  } else {
    free(name);
  }
  free(e->value);
  e->value = w;
  return w;
}
