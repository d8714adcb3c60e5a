/* _findfirst, _findnext and _findclose (io.h) in every width, narrow and wide, in a fresh
 * directory argv[1]: what each finds, its attrib, size and times, and errno when nothing
 * matches. The entries of one search are printed sorted ("The order in which the search
 * returns the files ... is not guaranteed", FindFirstFile). With a second argument
 * "invalid", the NULL parameters that go to the invalid parameter handler. */
#include <windows.h>
#include <errno.h>
#include <io.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <wchar.h>

static char dir[MAX_PATH];
static char lines[32][320];
static int nlines;

static int by_text(const void *a, const void *b) { return strcmp((const char *)a, (const char *)b); }
static void flush_lines(void) {
  qsort(lines, nlines, sizeof lines[0], by_text);
  for (int i = 0; i < nlines; i++) printf("  %s\n", lines[i]);
  nlines = 0;
}

static const char *errname(int e) { return e == ENOENT ? "ENOENT" : e == EINVAL ? "EINVAL" : e == ENOMEM ? "ENOMEM" : "other"; }

/* time_write is the file's mtime as _stat gives it; the other two are set and recent. */
static const char *times_ok(const char *name, long long create, long long access, long long write) {
  char path[MAX_PATH * 2];
  struct _stat64 st;
  snprintf(path, sizeof path, "%s/%s", dir, name); /* the C library's functions take '/' on both systems */
  if (_stat64(path, &st) != 0) return "no stat";
  long long now = (long long)time(NULL);
  if (write != st.st_mtime) return "write differs";
  if (create <= 0 || create > now + 5 || access <= 0 || access > now + 5) return "create/access off";
  return "ok";
}

static void entry(const char *name, unsigned attrib, long long size, long long c, long long a, long long w) {
  if (nlines < 32) snprintf(lines[nlines++], sizeof lines[0], "%s attrib=%02x size=%lld times=%s", name, attrib, size, times_ok(name, c, a, w));
}

static void make(const char *name, const char *content) {
  char path[MAX_PATH * 2];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  if (f) { fputs(content, f); fclose(f); }
}

static void handler(const wchar_t *e, const wchar_t *f, const wchar_t *file, unsigned line, uintptr_t r) {
  (void)e; (void)f; (void)file; (void)line; (void)r;
  printf("  (invalid parameter handler)\n");
}

int main(int argc, char **argv) {
  if (argc < 2) return 2;
  snprintf(dir, sizeof dir, "%s", argv[1]);
  char spec[MAX_PATH * 2];
  make("alpha.txt", "hello");
  make("Beta.dat", "");
  make("gamma.txt", "0123456789");
  snprintf(spec, sizeof spec, "%s\\sub", dir);
  CreateDirectoryA(spec, NULL);
  snprintf(spec, sizeof spec, "%s\\gamma.txt", dir);
  SetFileAttributesA(spec, FILE_ATTRIBUTE_READONLY);
  printf("sizes: %u %u %u %u / %u %u %u %u\n", (unsigned)sizeof(struct _finddata32_t), (unsigned)sizeof(struct _finddata32i64_t),
         (unsigned)sizeof(struct _finddata64i32_t), (unsigned)sizeof(struct __finddata64_t), (unsigned)sizeof(struct _wfinddata32_t),
         (unsigned)sizeof(struct _wfinddata32i64_t), (unsigned)sizeof(struct _wfinddata64i32_t), (unsigned)sizeof(struct _wfinddata64_t));

  /* _findfirst (_finddata_t) over everything. */
  struct _finddata_t fd;
  snprintf(spec, sizeof spec, "%s\\*", dir);
  intptr_t h = _findfirst(spec, &fd);
  printf("_findfirst *: %s\n", h == -1 ? "-1" : "handle");
  int n = 0, r = 0;
  if (h != -1) {
    do { entry(fd.name, fd.attrib, (long long)fd.size, fd.time_create, fd.time_access, fd.time_write); n++; } while ((r = _findnext(h, &fd)) == 0);
    flush_lines();
    printf("found %d; last _findnext: %d %s\n", n, r, errname(errno));
    printf("_findclose: %d\n", _findclose(h));
  }

  /* A pattern, with _findfirsti64 (__finddata64_t under the UCRT's names). */
  struct _finddatai64_t fi;
  snprintf(spec, sizeof spec, "%s\\*.TXT", dir);
  h = _findfirsti64(spec, &fi);
  if (h != -1) {
    do entry(fi.name, fi.attrib, fi.size, fi.time_create, fi.time_access, fi.time_write); while (_findnexti64(h, &fi) == 0);
    printf("_findfirsti64 *.TXT:\n");
    flush_lines();
    _findclose(h);
  }

  /* The explicit widths. */
  struct _finddata32_t f32;
  snprintf(spec, sizeof spec, "%s\\alpha.txt", dir);
  h = _findfirst32(spec, &f32);
  printf("_findfirst32: %s %s attrib=%02x size=%lu times=%s\n", h == -1 ? "-1" : "handle", f32.name, f32.attrib, (unsigned long)f32.size,
         times_ok(f32.name, f32.time_create, f32.time_access, f32.time_write));
  printf("_findnext32: %d %s\n", _findnext32(h, &f32), errname(errno));
  _findclose(h);
  struct __finddata64_t f64;
  snprintf(spec, sizeof spec, "%s\\g?mma.*", dir);
  h = _findfirst64(spec, &f64);
  printf("_findfirst64: %s %s attrib=%02x size=%lld\n", h == -1 ? "-1" : "handle", f64.name, f64.attrib, f64.size);
  _findclose(h);
#ifndef __MINGW32__ /* Wine 8's ucrtbase has no _findfirst32i64: no golden line */
  struct _finddata32i64_t f32i64;
  snprintf(spec, sizeof spec, "%s\\sub", dir);
  h = _findfirst32i64(spec, &f32i64);
  printf("_findfirst32i64 sub: %s %s attrib=%02x\n", h == -1 ? "-1" : "handle", f32i64.name, f32i64.attrib);
  _findclose(h);
#endif

  /* The wide forms. */
  wchar_t wspec[MAX_PATH * 2];
  struct _wfinddata_t wfd;
  swprintf(wspec, MAX_PATH * 2, L"%hs\\*.dat", dir);
  h = _wfindfirst(wspec, &wfd);
  printf("_wfindfirst *.dat: %s [%ls] attrib=%02x size=%lu\n", h == -1 ? "-1" : "handle", wfd.name, wfd.attrib, (unsigned long)wfd.size);
  printf("_wfindnext: %d %s\n", _wfindnext(h, &wfd), errname(errno));
  _findclose(h);
  struct _wfinddatai64_t wfi;
  swprintf(wspec, MAX_PATH * 2, L"%hs\\GAMMA.TXT", dir);
  h = _wfindfirsti64(wspec, &wfi);
  printf("_wfindfirsti64: %s [%ls] size=%lld\n", h == -1 ? "-1" : "handle", wfi.name, wfi.size);
  _findclose(h);

  /* Nothing to find. */
  errno = 0;
  snprintf(spec, sizeof spec, "%s\\nothing*", dir);
  h = _findfirst(spec, &fd);
  printf("no match: %d %s\n", (int)h, errname(errno));
  errno = 0;
  snprintf(spec, sizeof spec, "%s\\missing\\*", dir);
  h = _findfirst(spec, &fd);
  printf("no directory: %d %s\n", (int)h, errname(errno));
  errno = 0;
  swprintf(wspec, MAX_PATH * 2, L"%hs\\nothing*", dir);
  h = _wfindfirst(wspec, &wfd);
  printf("wide no match: %d %s\n", (int)h, errname(errno));
  errno = 0;
  printf("_findclose(-1): %d %s\n", _findclose(-1), errname(errno));

  if (argc > 2 && !strcmp(argv[2], "invalid")) {
    _set_invalid_parameter_handler(handler);
    errno = 0;
    h = _findfirst(NULL, &fd);
    printf("_findfirst(NULL, info): %d %s\n", (int)h, errname(errno));
    errno = 0;
    h = _findfirst(spec, NULL);
    printf("_findfirst(spec, NULL): %d %s\n", (int)h, errname(errno));
    snprintf(spec, sizeof spec, "%s\\*", dir);
    h = _findfirst(spec, &fd);
    errno = 0;
    printf("_findnext(h, NULL): %d %s\n", _findnext(h, NULL), errname(errno));
    _findclose(h);
  }

  snprintf(spec, sizeof spec, "%s\\gamma.txt", dir);
  SetFileAttributesA(spec, FILE_ATTRIBUTE_NORMAL);
  const char *names[] = { "alpha.txt", "Beta.dat", "gamma.txt" };
  for (int i = 0; i < 3; i++) { snprintf(spec, sizeof spec, "%s\\%s", dir, names[i]); DeleteFileA(spec); }
  snprintf(spec, sizeof spec, "%s\\sub", dir);
  RemoveDirectoryA(spec);
  return 0;
}
