/*
 * sys/stat.h - the C library's <sys/stat.h> and the Microsoft CRT's _stat
 * family (winsock-wasm).
 *
 * The structures have MSVC's layouts (Win32, 64-bit time_t as UCRT's default):
 * struct _stat is _stat64i32 (48 bytes: 32-bit st_size, 64-bit times),
 * _stati64 is _stat64 (56 bytes), with st_ino 16 bits and st_mode an unsigned
 * short holding _S_IFDIR 0x4000 / _S_IFREG 0x8000 and the permission bits as
 * Windows reports them: read for all, write for all unless the owner may not
 * write (Windows' read-only attribute), execute for directories and .exe,
 * .com, .bat and .cmd files. st_dev and st_rdev are drive C: (2), st_nlink 1,
 * st_uid and st_gid 0. The POSIX struct stat and stat() stay the C
 * library's; every one of them takes a Windows path (`\` separates, a drive
 * letter is dropped). The functions are wasm/runtime/msvcrt_stat.c.
 */
#include_next <sys/stat.h>

#ifndef WINSOCK_WASM_SYS_STAT_H
#define WINSOCK_WASM_SYS_STAT_H

#include <stddef.h>
#include "winsock_wasm_abi.h"

__WSW_BEGIN_DECLS

#define _S_IFMT 0xF000
#define _S_IFDIR 0x4000
#define _S_IFCHR 0x2000
#define _S_IFIFO 0x1000
#define _S_IFREG 0x8000
#ifndef _S_IREAD
#define _S_IREAD 0x0100
#define _S_IWRITE 0x0080
#define _S_IEXEC 0x0040
#endif

typedef unsigned int _dev_t;
typedef unsigned short _ino_t;
typedef long _off_t;
typedef long __time32_t;
typedef long long __time64_t;

/* The C library defines st_atime as st_atim.tv_sec (and st_mtime, st_ctime alike): the times
 * are one-member structures, so that st_atime names the seconds here too, at MSVC's offsets. */
#define __WSW_STAT_TIMES(t) struct { t tv_sec; } st_atim, st_mtim, st_ctim;

struct _stat32 {
    _dev_t st_dev; _ino_t st_ino; unsigned short st_mode; short st_nlink; short st_uid; short st_gid;
    _dev_t st_rdev; _off_t st_size; __WSW_STAT_TIMES(__time32_t)
};
struct _stat32i64 {
    _dev_t st_dev; _ino_t st_ino; unsigned short st_mode; short st_nlink; short st_uid; short st_gid;
    _dev_t st_rdev; long long st_size; __WSW_STAT_TIMES(__time32_t)
};
struct _stat64i32 {
    _dev_t st_dev; _ino_t st_ino; unsigned short st_mode; short st_nlink; short st_uid; short st_gid;
    _dev_t st_rdev; _off_t st_size; __WSW_STAT_TIMES(__time64_t)
};
struct _stat64 {
    _dev_t st_dev; _ino_t st_ino; unsigned short st_mode; short st_nlink; short st_uid; short st_gid;
    _dev_t st_rdev; long long st_size; __WSW_STAT_TIMES(__time64_t)
};
__WSW_SIZE(struct _stat32, 36);
__WSW_SIZE(struct _stat32i64, 48);
__WSW_SIZE(struct _stat64i32, 48);
__WSW_SIZE(struct _stat64, 56);
__WSW_OFFSET(struct _stat64, st_mode, 6);
__WSW_OFFSET(struct _stat64, st_rdev, 16);
__WSW_OFFSET(struct _stat64, st_size, 24);
__WSW_OFFSET(struct _stat64, st_mtime, 40);
__WSW_OFFSET(struct _stat64i32, st_size, 20);
__WSW_OFFSET(struct _stat64i32, st_atime, 24);

int _stat32(const char *_FileName, struct _stat32 *_Stat);
int _stat32i64(const char *_FileName, struct _stat32i64 *_Stat);
int _stat64i32(const char *_FileName, struct _stat64i32 *_Stat);
int _stat64(const char *_FileName, struct _stat64 *_Stat);
int _fstat32(int _FileHandle, struct _stat32 *_Stat);
int _fstat32i64(int _FileHandle, struct _stat32i64 *_Stat);
int _fstat64i32(int _FileHandle, struct _stat64i32 *_Stat);
int _fstat64(int _FileHandle, struct _stat64 *_Stat);
int _wstat32(const wchar_t *_FileName, struct _stat32 *_Stat);
int _wstat32i64(const wchar_t *_FileName, struct _stat32i64 *_Stat);
int _wstat64i32(const wchar_t *_FileName, struct _stat64i32 *_Stat);
int _wstat64(const wchar_t *_FileName, struct _stat64 *_Stat);

/* As UCRT's <sys/stat.h> without _USE_32BIT_TIME_T: the names (and struct tags) _stat,
 * _fstat, _wstat are the 64-bit-time, 32-bit-size forms, _stati64 ... the 64-bit ones. */
#define _stat _stat64i32
#define _fstat _fstat64i32
#define _wstat _wstat64i32
#define _stati64 _stat64
#define _fstati64 _fstat64
#define _wstati64 _wstat64

__WSW_END_DECLS

#endif /* WINSOCK_WASM_SYS_STAT_H */
