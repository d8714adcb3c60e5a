/*
 * io.h - the Microsoft C runtime's low-level I/O names (winsock-wasm).
 *
 * Each is the C library's POSIX function under its MSVC name and MSVC
 * signature (unsigned int counts, long offsets): _access, _chmod, _close,
 * _dup, _dup2, _isatty, _lseek, _open, _read, _unlink, _write. As with
 * MSVC's io.h, the POSIX names (access, close, read ...) are declared too,
 * here by <unistd.h>. The _O_* flags are the C library's O_* values (there
 * is no text mode: _O_TEXT and _O_BINARY are 0).
 */
#ifndef _INC_IO
#define _INC_IO

#include <fcntl.h>
#include <stdarg.h>
#include <sys/stat.h>
#include "unistd.h"
#include "winsock_wasm_abi.h"

__WSW_BEGIN_DECLS

#ifndef _O_RDONLY
#define _O_RDONLY O_RDONLY
#define _O_WRONLY O_WRONLY
#define _O_RDWR O_RDWR
#define _O_ACCMODE O_ACCMODE
#define _O_APPEND O_APPEND
#define _O_CREAT O_CREAT
#define _O_TRUNC O_TRUNC
#define _O_EXCL O_EXCL
#define _O_TEXT 0
#define _O_BINARY 0
#define _O_RAW _O_BINARY
#define _O_NOINHERIT O_CLOEXEC
#endif
#ifndef O_BINARY
#define O_TEXT _O_TEXT
#define O_BINARY _O_BINARY
#define O_RAW _O_BINARY
#endif
#ifndef _S_IREAD
#define _S_IREAD S_IRUSR
#define _S_IWRITE S_IWUSR
#define _S_IEXEC S_IXUSR
#endif
/* _access modes (the C library's F_OK ... have the same values). */
#ifndef _A_NORMAL
#define _A_NORMAL 0x00
#endif

static __inline int _access(const char *_Filename, int _AccessMode) { return access(_Filename, _AccessMode); }
static __inline int _chmod(const char *_Filename, int _Mode) { return chmod(_Filename, (mode_t)_Mode); }
static __inline int _close(int _FileHandle) { return close(_FileHandle); }
static __inline int _dup(int _FileHandle) { return dup(_FileHandle); }
static __inline int _dup2(int _FileHandleSrc, int _FileHandleDst) { return dup2(_FileHandleSrc, _FileHandleDst); }
static __inline int _isatty(int _FileHandle) { return isatty(_FileHandle); }
static __inline long _lseek(int _FileHandle, long _Offset, int _Origin) { return (long)lseek(_FileHandle, _Offset, _Origin); }
static __inline int _read(int _FileHandle, void *_DstBuf, unsigned int _MaxCharCount)
{
    return (int)read(_FileHandle, _DstBuf, _MaxCharCount);
}
static __inline int _write(int _FileHandle, const void *_Buf, unsigned int _MaxCharCount)
{
    return (int)write(_FileHandle, _Buf, _MaxCharCount);
}
static __inline int _unlink(const char *_Filename) { return unlink(_Filename); }
/* The third argument, the permission mode, is read only with _O_CREAT, as MSVC does. */
static __inline int _open(const char *_Filename, int _OpenFlag, ...)
{
    int _Mode = 0;
    if (_OpenFlag & O_CREAT) {
        va_list _Ap;
        va_start(_Ap, _OpenFlag);
        _Mode = va_arg(_Ap, int);
        va_end(_Ap);
    }
    return open(_Filename, _OpenFlag, _Mode);
}

__WSW_END_DECLS

#endif /* _INC_IO */
