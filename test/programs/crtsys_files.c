/* The CRT's file-system names on files it makes in the current directory: io.h's _O_*
 * values and _open/_read/_lseeki64/_setmode, _access, the _stat family's layouts and
 * results, direct.h's errno values, wide paths, and winmm's timer calls. One line per check,
 * "name: value"; run in an empty scratch directory. */
#include <direct.h>
#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <process.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <windows.h>
#include <mmsystem.h>

#define SHOW(name, fmt, ...) printf("%s: " fmt "\n", name, __VA_ARGS__)

static const char *err(int r) {
  static char buf[32];
  if (r == 0) return "0";
  snprintf(buf, sizeof buf, "%d %s", r, errno == EEXIST ? "EEXIST" : errno == ENOENT ? "ENOENT" : errno == EACCES ? "EACCES" : errno == ENOTEMPTY ? "ENOTEMPTY" : errno == EINVAL ? "EINVAL" : errno == EBADF ? "EBADF" : "other");
  return buf;
}

int main(void) {
  SHOW("flags", "%x %x %x %x %x %x %x %x %x", _O_RDONLY, _O_WRONLY, _O_RDWR, _O_APPEND, _O_CREAT, _O_TRUNC, _O_EXCL, _O_TEXT, _O_BINARY);
  SHOW("flags2", "%x %x %x %x %x", _O_NOINHERIT, _O_TEMPORARY, _O_WTEXT, _O_U16TEXT, _O_U8TEXT);
  SHOW("modes", "%x %x %x %x %x %x", _S_IFMT, _S_IFDIR, _S_IFREG, _S_IFCHR, _S_IREAD, _S_IWRITE);
  SHOW("sizes", "%u %u %u %u", (unsigned)sizeof(struct _stat32), (unsigned)sizeof(struct _stat64i32), (unsigned)sizeof(struct _stat), (unsigned)sizeof(struct _stati64));
  SHOW("size64", "%u %u", (unsigned)sizeof(struct _stat64), (unsigned)sizeof(((struct _stati64 *)0)->st_size));

  int fd = _open("f.txt", _O_CREAT | _O_EXCL | _O_WRONLY | _O_BINARY, _S_IREAD | _S_IWRITE);
  SHOW("open-new", "%s", fd >= 0 ? "ok" : "failed");
  SHOW("write", "%d", _write(fd, "hello\nworld", 11));
  int m1 = _setmode(fd, _O_TEXT);
  int m2 = _setmode(fd, _O_BINARY);
  SHOW("setmode", "%x %x", m1, m2);
  long t1 = _tell(fd);
  long long t2 = _lseeki64(fd, 0, SEEK_CUR);
  SHOW("tell", "%ld %lld", t1, t2);
  SHOW("filelength", "%ld", _filelength(fd));
  int c1 = _chsize(fd, 5);
  SHOW("chsize", "%d %ld", c1, _filelength(fd));
  _close(fd);
  errno = 0;
  SHOW("open-excl", "%s", err(_open("f.txt", _O_CREAT | _O_EXCL | _O_WRONLY, _S_IREAD | _S_IWRITE)));
  errno = 0;
  SHOW("open-missing", "%s", err(_open("missing.txt", _O_RDONLY)));
  fd = _open("f.txt", _O_RDWR | _O_APPEND | _O_BINARY);
  _write(fd, "!", 1);
  char buf[16] = {0};
  _lseek(fd, 0, SEEK_SET);
  int got = _read(fd, buf, sizeof buf - 1);
  SHOW("append", "%d %s", got, buf);
  SHOW("eof", "%d", _eof(fd));
  SHOW("lseek-end", "%lld", _lseeki64(fd, -2, SEEK_END));
  _close(fd);
  fd = _open("f.txt", _O_WRONLY | _O_TRUNC);
  SHOW("trunc", "%ld", _filelength(fd));
  _close(fd);
  errno = 0;
  SHOW("badfd", "%s", err(_close(fd)));

  int a0 = _access("f.txt", 0), a2 = _access("f.txt", 2), a4 = _access("f.txt", 4), a6 = _access("f.txt", 6);
  SHOW("access", "%d %d %d %d", a0, a2, a4, a6);
  errno = 0;
  SHOW("access-missing", "%s", err(_access("missing.txt", 0)));
  fd = _open("ro.txt", _O_CREAT | _O_WRONLY, _S_IREAD);
  _write(fd, "abc", 3);
  _close(fd);
  errno = 0;
  int r4 = _access("ro.txt", 4);
  SHOW("access-ro", "%d %s", r4, err(_access("ro.txt", 2)));

  struct _stat st;
  int s1 = _stat("ro.txt", &st);
  SHOW("stat", "%d %o %ld", s1, st.st_mode, (long)st.st_size);
  struct _stati64 st64;
  int s2 = _stati64("f.txt", &st64);
  SHOW("stati64", "%d %o %lld", s2, st64.st_mode, (long long)st64.st_size);
  SHOW("stat-time", "%d", st64.st_mtime > 1600000000LL);
  errno = 0;
  SHOW("stat-missing", "%s", err(_stat("missing.txt", &st)));
  fd = _open("f.txt", _O_RDONLY);
  int s3 = _fstat(fd, &st);
  SHOW("fstat", "%d %d %ld", s3, (st.st_mode & _S_IFMT) == _S_IFREG, (long)st.st_size);
  _close(fd);

  SHOW("mkdir", "%s", err(_mkdir("d")));
  errno = 0;
  SHOW("mkdir-again", "%s", err(_mkdir("d")));
  errno = 0;
  SHOW("mkdir-noparent", "%s", err(_mkdir("nope/d")));
  int s4 = _stat("d", &st);
  SHOW("stat-dir", "%d %o", s4, st.st_mode);
  SHOW("access-dir", "%d", _access("d", 6));
  fd = _open("d/inner.txt", _O_CREAT | _O_WRONLY, _S_IREAD | _S_IWRITE);
  _close(fd);
  errno = 0;
  SHOW("rmdir-full", "%s", err(_rmdir("d")));
  errno = 0;
  SHOW("rmdir-missing", "%s", err(_rmdir("missing")));
  SHOW("chdir", "%s", err(_chdir("d")));
  char cwd[512];
  SHOW("getcwd", "%d", _getcwd(cwd, sizeof cwd) != NULL && strstr(cwd, "d") != NULL);
  errno = 0;
  int short_null = _getcwd(cwd, 2) == NULL;
  SHOW("getcwd-short", "%d %d", short_null, errno == ERANGE);
  _getcwd(cwd, sizeof cwd);
  char *dup = _getcwd(NULL, 0);
  SHOW("getcwd-alloc", "%d", dup != NULL && strcmp(dup, cwd) == 0);
  free(dup);
  SHOW("chdir-up", "%s", err(_chdir("..")));
  SHOW("unlink", "%s", err(_unlink("d/inner.txt")));
  SHOW("rmdir", "%s", err(_rmdir("d")));

  SHOW("wmkdir", "%s", err(_wmkdir(L"w\u00e9")));
  FILE *f = _wfopen(L"w\u00e9/\u20ac.txt", L"wb");
  SHOW("wfopen", "%d", f != NULL);
  if (f) { fputs("wide", f); fclose(f); }
  SHOW("waccess", "%d", _waccess(L"w\u00e9/\u20ac.txt", 6));
  struct _stat64 wst;
  int s5 = _wstat64(L"w\u00e9/\u20ac.txt", &wst);
  SHOW("wstat64", "%d %lld", s5, (long long)wst.st_size);
  SHOW("wrename", "%s", err(_wrename(L"w\u00e9/\u20ac.txt", L"w\u00e9/b.txt")));
  SHOW("wremove", "%s", err(_wremove(L"w\u00e9/b.txt")));
  SHOW("wrmdir", "%s", err(_wrmdir(L"w\u00e9")));

  int p1 = _putenv("CRTSYS_X=vw");
  SHOW("putenv", "%d %s", p1, getenv("CRTSYS_X"));
  wchar_t *wv = _wgetenv(L"CRTSYS_X");
  SHOW("wgetenv", "%d %x", wv != NULL && wv[0] == L'v', wv ? (unsigned)wv[1] : 0u);
  _putenv("CRTSYS_X=");
  SHOW("putenv-remove", "%d", getenv("CRTSYS_X") == NULL);

  SHOW("getpid", "%d", _getpid() > 0 && _getpid() == _getpid());
  TIMECAPS tc;
  MMRESULT d1 = timeGetDevCaps(&tc, sizeof tc);
  SHOW("timeGetDevCaps", "%u %u %u %u", d1, timeGetDevCaps(NULL, sizeof tc), tc.wPeriodMin, tc.wPeriodMax);
  MMRESULT b1 = timeBeginPeriod(1);
  SHOW("timeBeginPeriod", "%u %u", b1, timeBeginPeriod(0));
  MMRESULT e1 = timeEndPeriod(1);
  SHOW("timeEndPeriod", "%u %u", e1, timeEndPeriod(0));
  DWORD t0 = timeGetTime();
  Sleep(20);
  DWORD dt = timeGetTime() - t0;
  SHOW("timeGetTime", "%d", dt >= 15 && dt < 5000);
  return 0;
}
