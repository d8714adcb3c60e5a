/* The C library's path functions as the Windows CRT has them: fopen("logs\\out.txt", "w"),
 * remove, rename, open, stat, access, mkdir ... take Windows paths, translated by the runtime's
 * one translation (kernel32_path.c) before the C library's own function runs. The CRT's own
 * names (_open, _wfopen, fopen_s, _stat64, _mkdir, _access, _unlink ...; msvcrt_*.c and the
 * inline ones in io.h) reach the file system through these, so they translate here too.
 *
 * How: winsock-cc links with -Wl,--wrap=<name> for each name below, so every reference to
 * fopen, in the program's objects, in libc++ (std::ofstream and std::filebuf open with fopen;
 * std::filesystem's calls to stat, mkdir, remove ... too, though its path class splits names
 * at '/' only) and in the C library itself (opendir and creat call open, freopen calls fopen),
 * reaches __wrap_fopen, and __real_fopen is the C library's.
 * Header macros (#define fopen ...) were the other way: they miss compiled libraries (libc++'s
 * filebuf is in its archive), change what &fopen and std::fopen name, and break a program's own
 * declaration of fopen; and a second definition of fopen beside the C library's would clash
 * with its archive member. The translation leaves an already translated path as it is, so the
 * runtime's own calls (kernel32_file.c) pass through unchanged. The errno values stay the C
 * library's; the CRT functions that document others map them (msvcrt_direct.c, msvcrt_io.c). */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kernel32_internal.h"

FILE *__real_fopen(const char *path, const char *mode);
int __real_remove(const char *path);
int __real_rename(const char *from, const char *to);
int __real_open(const char *path, int flags, ...);
int __real_stat(const char *path, struct stat *st);
int __real_lstat(const char *path, struct stat *st);
int __real_access(const char *path, int mode);
int __real_unlink(const char *path);
int __real_mkdir(const char *path, mode_t mode);
int __real_rmdir(const char *path);
int __real_chdir(const char *path);
int __real_chmod(const char *path, mode_t mode);

/* A NULL path goes to the C library as it is, for its own answer. */
#define WRAP1(ret, name, fail, T1)                          \
    ret __wrap_##name(const char *path, T1 a)               \
    {                                                       \
        if (!path) return __real_##name(path, a);           \
        char *p = __wsw_posix_path(path);                   \
        if (!p) return fail;                                \
        ret r = __real_##name(p, a);                        \
        int e = errno;                                      \
        free(p);                                            \
        errno = e;                                          \
        return r;                                           \
    }
#define WRAP0(name)                                         \
    int __wrap_##name(const char *path)                     \
    {                                                       \
        if (!path) return __real_##name(path);              \
        char *p = __wsw_posix_path(path);                   \
        if (!p) return -1;                                  \
        int r = __real_##name(p);                           \
        int e = errno;                                      \
        free(p);                                            \
        errno = e;                                          \
        return r;                                           \
    }

WRAP1(FILE *, fopen, NULL, const char *)
WRAP1(int, stat, -1, struct stat *)
WRAP1(int, lstat, -1, struct stat *)
WRAP1(int, access, -1, int)
WRAP1(int, mkdir, -1, mode_t)
WRAP1(int, chmod, -1, mode_t)
WRAP0(remove)
WRAP0(unlink)
WRAP0(rmdir)
WRAP0(chdir)

int __wrap_open(const char *path, int flags, ...)
{
    mode_t mode = 0;
    if ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE) {
        va_list ap;
        va_start(ap, flags);
        mode = va_arg(ap, mode_t);
        va_end(ap);
    }
    if (!path) return __real_open(path, flags, mode);
    char *p = __wsw_posix_path(path);
    if (!p) return -1;
    int r = __real_open(p, flags, mode);
    int e = errno;
    free(p);
    errno = e;
    return r;
}

int __wrap_rename(const char *from, const char *to)
{
    if (!from || !to) return __real_rename(from, to);
    char *f = __wsw_posix_path(from), *t = f ? __wsw_posix_path(to) : NULL;
    int r = f && t ? __real_rename(f, t) : -1;
    int e = errno;
    free(f);
    free(t);
    errno = e;
    return r;
}
