/*
 * io.h - the Microsoft C runtime's low-level I/O (winsock-wasm).
 *
 * The _O_* flags have MSVC's values (_O_CREAT 0x0100, _O_BINARY 0x8000 ...),
 * which differ from the C library's O_* values: _open, _wopen and _sopen take
 * MSVC's and translate them (wasm/runtime/msvcrt_io.c). The unprefixed O_*
 * names stay the C library's, for its open(); pass _O_* to _open.
 *
 * Text and binary mode: _O_TEXT, _O_BINARY and _setmode are accepted and
 * remembered, and _setmode returns the previous mode (_O_TEXT by default, as
 * on Windows), but no translation happens: a file reads and writes its bytes
 * as in binary mode (a "\n" is not written as "\r\n", a "\r\n" read stays
 * two bytes, Ctrl+Z is not an end of file).
 *
 * Paths are Windows paths, as for CreateFile: `\` and `/` separate, a drive
 * letter and a `\\?\` prefix are dropped (wasm/runtime/kernel32_path.c; also
 * for the C library's open, stat, access, unlink and chmod).
 */
#ifndef _INC_IO
#define _INC_IO

#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include "unistd.h"
#include "winsock_wasm_abi.h"

__WSW_BEGIN_DECLS

/* MSVC's <fcntl.h> values. */
#define _O_RDONLY 0x0000
#define _O_WRONLY 0x0001
#define _O_RDWR 0x0002
#define _O_ACCMODE (_O_RDONLY | _O_WRONLY | _O_RDWR)
#define _O_APPEND 0x0008
#define _O_RANDOM 0x0010
#define _O_SEQUENTIAL 0x0020
#define _O_TEMPORARY 0x0040
#define _O_NOINHERIT 0x0080
#define _O_CREAT 0x0100
#define _O_TRUNC 0x0200
#define _O_EXCL 0x0400
#define _O_SHORT_LIVED 0x1000
#define _O_OBTAIN_DIR 0x2000
#define _O_TEXT 0x4000
#define _O_BINARY 0x8000
#define _O_WTEXT 0x10000
#define _O_U16TEXT 0x20000
#define _O_U8TEXT 0x40000
#define _O_RAW _O_BINARY
#ifndef O_BINARY
#define O_TEXT _O_TEXT
#define O_BINARY _O_BINARY
#define O_RAW _O_BINARY
#endif

/* <share.h> */
#ifndef _SH_DENYRW
#define _SH_DENYRW 0x10
#define _SH_DENYWR 0x20
#define _SH_DENYRD 0x30
#define _SH_DENYNO 0x40
#define _SH_SECURE 0x80
#endif

/* MSVC's <sys/stat.h> permission values are the C library's S_IRUSR ... */
#ifndef _S_IREAD
#define _S_IREAD 0x0100
#define _S_IWRITE 0x0080
#define _S_IEXEC 0x0040
#endif

/* _findfirst attributes */
#ifndef _A_NORMAL
#define _A_NORMAL 0x00
#define _A_RDONLY 0x01
#define _A_HIDDEN 0x02
#define _A_SYSTEM 0x04
#define _A_SUBDIR 0x10
#define _A_ARCH 0x20
#endif

/* _access: 0 existence, 2 write, 4 read, 6 both; a directory is read and write. */
int _access(const char *_Filename, int _AccessMode);
int _waccess(const wchar_t *_Filename, int _AccessMode);
int _open(const char *_Filename, int _OpenFlag, ...);
int _wopen(const wchar_t *_Filename, int _OpenFlag, ...);
int _sopen(const char *_Filename, int _OpenFlag, int _ShareFlag, ...);
int _wsopen(const wchar_t *_Filename, int _OpenFlag, int _ShareFlag, ...);
int _creat(const char *_Filename, int _PermissionMode);
int _wcreat(const wchar_t *_Filename, int _PermissionMode);
int _setmode(int _FileHandle, int _Mode);
long _filelength(int _FileHandle);
long long _filelengthi64(int _FileHandle);
long _tell(int _FileHandle);
long long _telli64(int _FileHandle);
long long _lseeki64(int _FileHandle, long long _Offset, int _Origin);
int _eof(int _FileHandle);
int _commit(int _FileHandle);
int _chsize(int _FileHandle, long _Size);
int _wunlink(const wchar_t *_Filename);
int _wchmod(const wchar_t *_Filename, int _Mode);

static __inline int _chmod(const char *_Filename, int _Mode) { return chmod(_Filename, (mode_t)_Mode); }
static __inline int _close(int _FileHandle) { return close(_FileHandle); }
static __inline int _dup(int _FileHandle) { return dup(_FileHandle); }
static __inline int _dup2(int _FileHandleSrc, int _FileHandleDst) { return dup2(_FileHandleSrc, _FileHandleDst) < 0 ? -1 : 0; }
static __inline int _isatty(int _FileHandle) { return isatty(_FileHandle); }
static __inline long _lseek(int _FileHandle, long _Offset, int _Origin) { return (long)_lseeki64(_FileHandle, _Offset, _Origin); }
static __inline int _read(int _FileHandle, void *_DstBuf, unsigned int _MaxCharCount)
{
    return (int)read(_FileHandle, _DstBuf, _MaxCharCount);
}
static __inline int _write(int _FileHandle, const void *_Buf, unsigned int _MaxCharCount)
{
    return (int)write(_FileHandle, _Buf, _MaxCharCount);
}
static __inline int _unlink(const char *_Filename) { return unlink(_Filename); }

/* _findfirst and its kin (wasm/runtime/msvcrt_find.c, over FindFirstFileA/W). The UCRT's
 * names: the digits say the width of the times, then of the size; _finddata_t is
 * _finddata64i32_t and _finddatai64_t __finddata64_t, or with _USE_32BIT_TIME_T
 * _finddata32_t and _finddata32i64_t. */
typedef unsigned long _fsize_t;
struct _finddata32_t { unsigned attrib; long time_create, time_access, time_write; _fsize_t size; char name[260]; };
struct _finddata32i64_t { unsigned attrib; long time_create, time_access, time_write; long long size; char name[260]; };
struct _finddata64i32_t { unsigned attrib; long long time_create, time_access, time_write; _fsize_t size; char name[260]; };
struct __finddata64_t { unsigned attrib; long long time_create, time_access, time_write; long long size; char name[260]; };
struct _wfinddata32_t { unsigned attrib; long time_create, time_access, time_write; _fsize_t size; wchar_t name[260]; };
struct _wfinddata32i64_t { unsigned attrib; long time_create, time_access, time_write; long long size; wchar_t name[260]; };
struct _wfinddata64i32_t { unsigned attrib; long long time_create, time_access, time_write; _fsize_t size; wchar_t name[260]; };
struct _wfinddata64_t { unsigned attrib; long long time_create, time_access, time_write; long long size; wchar_t name[260]; };
#ifdef _USE_32BIT_TIME_T
#define _finddata_t _finddata32_t
#define _finddatai64_t _finddata32i64_t
#define _wfinddata_t _wfinddata32_t
#define _wfinddatai64_t _wfinddata32i64_t
#define _findfirst _findfirst32
#define _findnext _findnext32
#define _findfirsti64 _findfirst32i64
#define _findnexti64 _findnext32i64
#define _wfindfirst _wfindfirst32
#define _wfindnext _wfindnext32
#define _wfindfirsti64 _wfindfirst32i64
#define _wfindnexti64 _wfindnext32i64
#else
#define _finddata_t _finddata64i32_t
#define _finddatai64_t __finddata64_t
#define _wfinddata_t _wfinddata64i32_t
#define _wfinddatai64_t _wfinddata64_t
#define _findfirst _findfirst64i32
#define _findnext _findnext64i32
#define _findfirsti64 _findfirst64
#define _findnexti64 _findnext64
#define _wfindfirst _wfindfirst64i32
#define _wfindnext _wfindnext64i32
#define _wfindfirsti64 _wfindfirst64
#define _wfindnexti64 _wfindnext64
#endif
intptr_t _findfirst32(const char *_FileName, struct _finddata32_t *_FindData);
int _findnext32(intptr_t _FindHandle, struct _finddata32_t *_FindData);
intptr_t _findfirst32i64(const char *_FileName, struct _finddata32i64_t *_FindData);
int _findnext32i64(intptr_t _FindHandle, struct _finddata32i64_t *_FindData);
intptr_t _findfirst64i32(const char *_FileName, struct _finddata64i32_t *_FindData);
int _findnext64i32(intptr_t _FindHandle, struct _finddata64i32_t *_FindData);
intptr_t _findfirst64(const char *_FileName, struct __finddata64_t *_FindData);
int _findnext64(intptr_t _FindHandle, struct __finddata64_t *_FindData);
intptr_t _wfindfirst32(const wchar_t *_FileName, struct _wfinddata32_t *_FindData);
int _wfindnext32(intptr_t _FindHandle, struct _wfinddata32_t *_FindData);
intptr_t _wfindfirst32i64(const wchar_t *_FileName, struct _wfinddata32i64_t *_FindData);
int _wfindnext32i64(intptr_t _FindHandle, struct _wfinddata32i64_t *_FindData);
intptr_t _wfindfirst64i32(const wchar_t *_FileName, struct _wfinddata64i32_t *_FindData);
int _wfindnext64i32(intptr_t _FindHandle, struct _wfinddata64i32_t *_FindData);
intptr_t _wfindfirst64(const wchar_t *_FileName, struct _wfinddata64_t *_FindData);
int _wfindnext64(intptr_t _FindHandle, struct _wfinddata64_t *_FindData);
int _findclose(intptr_t _FindHandle);
__WSW_SIZE(struct _finddata32_t, 280);
__WSW_SIZE(struct _finddata32i64_t, 288);
__WSW_SIZE(struct _finddata64i32_t, 296);
__WSW_SIZE(struct __finddata64_t, 304);
__WSW_SIZE(struct _wfinddata32_t, 540);
__WSW_SIZE(struct _wfinddata32i64_t, 544);
__WSW_SIZE(struct _wfinddata64i32_t, 560);
__WSW_SIZE(struct _wfinddata64_t, 560);

__WSW_END_DECLS

#endif /* _INC_IO */
