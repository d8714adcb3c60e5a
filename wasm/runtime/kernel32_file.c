/* kernel32's files, directories and standard handles, in guest C over POSIX: under Node
 * Emscripten's NODERAWFS reaches the real file system, in a page MEMFS, with this same code.
 *
 * Handles: a file or a search is a small struct here; its HANDLE comes from the host's one
 * handle table (project-private imports handle_new/handle_value/handle_free), so it never
 * equals a SOCKET or an event, and the host stays the single allocator. CloseHandle is this
 * file's: it closes a file itself and hands every other handle to the host's CloseHandle.
 *
 * Paths: the runtime's one translation (kernel32_path.c): '\\' and '/' are both separators, a
 * leading drive "X:" is dropped (C:\tmp is /tmp), "\\?\" is dropped. Narrow strings are
 * UTF-8, wide ones UTF-16. Paths the functions return (GetCurrentDirectory, GetFullPathName,
 * GetTempPath) are the POSIX ones, with '/', which every function here and the C runtime
 * accept back (the C runtime's _getcwd gives the same). */
#include <windows.h>
#include <errno.h>
#include <fcntl.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kernel32_internal.h"

#define utf8_of __wsw_utf8_of
#define utf16_of __wsw_utf16_of

#define KIND_FILE 1
#define KIND_FIND 2

HANDLE __wsw_handle_new(int kind, void *value) __WSW_IMPORT(winsock_wasm, handle_new);
void *__wsw_handle_value(HANDLE h, int kind) __WSW_IMPORT(winsock_wasm, handle_value);
int __wsw_handle_free(HANDLE h, int kind) __WSW_IMPORT(winsock_wasm, handle_free);
BOOL __wsw_CloseHandle(HANDLE h) __WSW_IMPORT(kernel32, CloseHandle);
/* What descriptor 0, 1 or 2 really is (FILE_TYPE_*): Emscripten shows them all as terminals. */
DWORD __wsw_std_type(int fd) __WSW_IMPORT(winsock_wasm, std_type);
/* The program's path in UTF-8, as much as fits in buf[cap] (no NUL); returns its whole length. */
size_t __wsw_program_path(char *buf, size_t cap) __WSW_IMPORT(winsock_wasm, program_path);

struct file {
    int fd;
    DWORD access;
    int standard;       /* descriptors 0-2: closing the handle leaves the descriptor open */
    char *delete_path;  /* FILE_FLAG_DELETE_ON_CLOSE */
};

/* ---- errors: errno to Win32, one table ---- */
static const struct { int err; DWORD win; } ERRNO_TO_WIN32[] = {
    {ENOENT, ERROR_FILE_NOT_FOUND},     /* ERROR_PATH_NOT_FOUND when the directory part is missing: fail_path */
    {ENOTDIR, ERROR_PATH_NOT_FOUND},
    {EEXIST, ERROR_ALREADY_EXISTS},     /* CreateFile(CREATE_NEW) and CopyFile say ERROR_FILE_EXISTS themselves */
    {EACCES, ERROR_ACCESS_DENIED},
    {EPERM, ERROR_ACCESS_DENIED},
    {EISDIR, ERROR_ACCESS_DENIED},      /* opening or deleting a directory as a file */
    {EROFS, ERROR_ACCESS_DENIED},
    {ENOTEMPTY, ERROR_DIR_NOT_EMPTY},
    {EBADF, ERROR_INVALID_HANDLE},
    {EMFILE, ERROR_TOO_MANY_OPEN_FILES},
    {ENFILE, ERROR_TOO_MANY_OPEN_FILES},
    {ENOSPC, ERROR_DISK_FULL},
    {ENAMETOOLONG, ERROR_FILENAME_EXCED_RANGE},
    {EINVAL, ERROR_INVALID_PARAMETER},
    {EXDEV, ERROR_NOT_SAME_DEVICE},
    {EBUSY, ERROR_SHARING_VIOLATION},
    {ENOSYS, ERROR_NOT_SUPPORTED},
    {ENOTSUP, ERROR_NOT_SUPPORTED},
    {EFAULT, ERROR_NOACCESS},
};

static DWORD win32_error(int err)
{
    for (size_t i = 0; i < sizeof ERRNO_TO_WIN32 / sizeof ERRNO_TO_WIN32[0]; i++)
        if (ERRNO_TO_WIN32[i].err == err) return ERRNO_TO_WIN32[i].win;
    return ERROR_INVALID_FUNCTION;
}

static BOOL fail(DWORD code) { SetLastError(code); return FALSE; }
static BOOL fail_errno(void) { return fail(win32_error(errno)); }

/* ---- paths ---- */

/* A Windows path as a POSIX one (malloc'd; kernel32_path.c), or NULL with the last error set. */
static char *posix_path(const char *p)
{
    if (!p) { SetLastError(ERROR_PATH_NOT_FOUND); return NULL; }
    char *out = __wsw_posix_path(p);
    if (!out) SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    return out;
}

/* ENOENT means ERROR_PATH_NOT_FOUND when the directory part does not exist. */
static BOOL fail_path(const char *path)
{
    int err = errno;
    if (err == ENOENT && path) {
        const char *slash = strrchr(path, '/');
        if (slash && slash != path) {
            char *dir = strndup(path, (size_t)(slash - path));
            struct stat st;
            int missing = dir && stat(dir, &st) != 0;
            free(dir);
            if (missing) return fail(ERROR_PATH_NOT_FOUND);
        }
    }
    return fail(win32_error(err));
}

/* A string result with Win32's size rules: fits (with its NUL) -> copied, returns its length;
 * else returns the size it needs, NUL included. */
static DWORD copy_out_a(const char *s, DWORD cap, LPSTR buf)
{
    size_t n = strlen(s);
    if (!buf || n + 1 > cap) return (DWORD)n + 1;
    memcpy(buf, s, n + 1);
    return (DWORD)n;
}
static DWORD copy_out_w(const char *s, DWORD cap, LPWSTR buf)
{
    size_t n = utf16_of(s, strlen(s), NULL, 0);
    if (!buf || n + 1 > cap) return (DWORD)n + 1;
    utf16_of(s, strlen(s), buf, n);
    buf[n] = 0;
    return (DWORD)n;
}

/* ---- handles ---- */

static struct file *file_of(HANDLE h)
{
    struct file *f = h && h != INVALID_HANDLE_VALUE ? (struct file *)__wsw_handle_value(h, KIND_FILE) : NULL;
    if (!f) SetLastError(ERROR_INVALID_HANDLE);
    return f;
}

static HANDLE new_file(int fd, DWORD access, int standard)
{
    struct file *f = calloc(1, sizeof *f);
    if (!f) { SetLastError(ERROR_NOT_ENOUGH_MEMORY); return INVALID_HANDLE_VALUE; }
    f->fd = fd;
    f->access = access;
    f->standard = standard;
    return __wsw_handle_new(KIND_FILE, f);
}

BOOL WINAPI CloseHandle(HANDLE hObject)
{
    struct file *f = hObject ? (struct file *)__wsw_handle_value(hObject, KIND_FILE) : NULL;
    if (!f) return __wsw_CloseHandle(hObject);
    __wsw_handle_free(hObject, KIND_FILE);
    if (!f->standard) close(f->fd);
    if (f->delete_path) { unlink(f->delete_path); free(f->delete_path); }
    free(f);
    return TRUE;
}

/* ---- standard handles ---- */

static HANDLE std_handles[3];
static int std_made[3];

static int std_index(DWORD n)
{
    return n == STD_INPUT_HANDLE ? 0 : n == STD_OUTPUT_HANDLE ? 1 : n == STD_ERROR_HANDLE ? 2 : -1;
}

HANDLE WINAPI GetStdHandle(DWORD nStdHandle)
{
    int i = std_index(nStdHandle);
    if (i < 0) { SetLastError(ERROR_INVALID_HANDLE); return INVALID_HANDLE_VALUE; }
    if (!std_made[i]) {
        std_made[i] = 1;
        std_handles[i] = new_file(i, i == 0 ? GENERIC_READ : GENERIC_WRITE, 1);
    }
    return std_handles[i];
}

BOOL WINAPI SetStdHandle(DWORD nStdHandle, HANDLE hHandle)
{
    int i = std_index(nStdHandle);
    if (i < 0) return fail(ERROR_INVALID_HANDLE);
    std_made[i] = 1;
    std_handles[i] = hHandle;
    return TRUE;
}

/* ---- CreateFile, ReadFile, WriteFile ... ---- */

static int read_only_mode(const struct stat *st) { return !(st->st_mode & S_IWUSR); }

static HANDLE create_file(const char *name, DWORD access, DWORD disposition, DWORD flags)
{
    char *path = posix_path(name);
    if (!path) return INVALID_HANDLE_VALUE;
    struct stat st;
    int exists = stat(path, &st) == 0;
    int wants_write = (access & (GENERIC_WRITE | GENERIC_ALL)) != 0;
    int wants_read = (access & (GENERIC_READ | GENERIC_ALL)) != 0;
    int oflags = wants_write ? (wants_read ? O_RDWR : O_WRONLY) : O_RDONLY;
    HANDLE h = INVALID_HANDLE_VALUE;
    switch (disposition) {
    case CREATE_NEW: oflags |= O_CREAT | O_EXCL; break;
    case CREATE_ALWAYS: oflags |= O_CREAT | O_TRUNC; break;
    case OPEN_EXISTING: break;
    case OPEN_ALWAYS: oflags |= O_CREAT; break;
    case TRUNCATE_EXISTING:
        /* "The calling process must open the file with the GENERIC_WRITE bit set as part of the dwDesiredAccess parameter." */
        if (!wants_write) { fail(ERROR_INVALID_PARAMETER); goto out; }
        oflags |= O_TRUNC;
        break;
    default: fail(ERROR_INVALID_PARAMETER); goto out;
    }
    if (exists && disposition == CREATE_NEW) { fail(ERROR_FILE_EXISTS); goto out; }
    if (exists && S_ISDIR(st.st_mode)) {
        /* "You must set this flag to obtain a handle to a directory." */
        if (!(flags & FILE_FLAG_BACKUP_SEMANTICS) || wants_write) { fail(ERROR_ACCESS_DENIED); goto out; }
        oflags = O_RDONLY;
    } else if (exists && (wants_write || (oflags & O_TRUNC)) && read_only_mode(&st)) {
        /* A read-only file opens for reading only, whoever runs the program (root included). */
        fail(ERROR_ACCESS_DENIED);
        goto out;
    }
    int fd = open(path, oflags | O_CLOEXEC, (flags & FILE_ATTRIBUTE_READONLY) ? 0444 : 0666);
    if (fd < 0) { if (errno == EEXIST) fail(ERROR_FILE_EXISTS); else fail_path(path); goto out; }
    h = new_file(fd, access, 0);
    if (h == INVALID_HANDLE_VALUE) { close(fd); goto out; }
    if (flags & FILE_FLAG_DELETE_ON_CLOSE) {
        ((struct file *)__wsw_handle_value(h, KIND_FILE))->delete_path = path;
        path = NULL;
    }
    /* "If the specified file exists ... the function succeeds, and the last-error code is set to
     * ERROR_ALREADY_EXISTS (183)" (CREATE_ALWAYS, OPEN_ALWAYS); otherwise it is set to zero. */
    SetLastError(exists && (disposition == CREATE_ALWAYS || disposition == OPEN_ALWAYS) ? ERROR_ALREADY_EXISTS : NO_ERROR);
out:
    free(path);
    return h;
}

HANDLE WINAPI CreateFileA(LPCSTR lpFileName, DWORD dwDesiredAccess, DWORD dwShareMode, LPSECURITY_ATTRIBUTES lpSecurityAttributes,
                          DWORD dwCreationDisposition, DWORD dwFlagsAndAttributes, HANDLE hTemplateFile)
{
    (void)dwShareMode; (void)lpSecurityAttributes; (void)hTemplateFile; /* sharing is not enforced; no ACLs; no template */
    return create_file(lpFileName, dwDesiredAccess, dwCreationDisposition, dwFlagsAndAttributes);
}

HANDLE WINAPI CreateFileW(LPCWSTR lpFileName, DWORD dwDesiredAccess, DWORD dwShareMode, LPSECURITY_ATTRIBUTES lpSecurityAttributes,
                          DWORD dwCreationDisposition, DWORD dwFlagsAndAttributes, HANDLE hTemplateFile)
{
    char *name = utf8_of(lpFileName, -1);
    HANDLE h = CreateFileA(name, dwDesiredAccess, dwShareMode, lpSecurityAttributes, dwCreationDisposition,
                           dwFlagsAndAttributes, hTemplateFile);
    free(name);
    return h;
}

static long long overlapped_offset(const OVERLAPPED *ov)
{
    return (long long)(((unsigned long long)ov->OffsetHigh << 32) | ov->Offset);
}

/* I/O here always completes at once; with an OVERLAPPED the result is also reported there and
 * its event signalled, as for an overlapped operation that completed synchronously. */
static BOOL finish_io(struct file *f, ssize_t n, LPDWORD done, LPOVERLAPPED ov, int writing)
{
    if (n < 0) {
        /* A handle without the access right: "ERROR_ACCESS_DENIED". */
        if (errno == EBADF) return fail(ERROR_ACCESS_DENIED);
        return fail_errno();
    }
    (void)f; (void)writing;
    if (done) *done = (DWORD)n;
    if (ov) {
        ov->Internal = 0;
        ov->InternalHigh = (ULONG_PTR)n;
        if (ov->hEvent) SetEvent(ov->hEvent);
    }
    return TRUE;
}

static int seekable(int fd)
{
    struct stat st;
    return fstat(fd, &st) == 0 && (S_ISREG(st.st_mode) || S_ISBLK(st.st_mode));
}

BOOL WINAPI ReadFile(HANDLE hFile, LPVOID lpBuffer, DWORD nNumberOfBytesToRead, LPDWORD lpNumberOfBytesRead, LPOVERLAPPED lpOverlapped)
{
    struct file *f = file_of(hFile);
    if (!f) return FALSE;
    if (lpNumberOfBytesRead) *lpNumberOfBytesRead = 0;
    if (!(f->access & (GENERIC_READ | GENERIC_ALL))) return fail(ERROR_ACCESS_DENIED);
    ssize_t n = lpOverlapped && seekable(f->fd) ? pread(f->fd, lpBuffer, nNumberOfBytesToRead, overlapped_offset(lpOverlapped))
                                                : read(f->fd, lpBuffer, nNumberOfBytesToRead);
    /* At the end of a file a synchronous read succeeds with 0 bytes; an overlapped one fails with ERROR_HANDLE_EOF. */
    if (n == 0 && lpOverlapped && nNumberOfBytesToRead && seekable(f->fd)) {
        lpOverlapped->Internal = 0xC0000011; /* STATUS_END_OF_FILE */
        lpOverlapped->InternalHigh = 0;
        return fail(ERROR_HANDLE_EOF);
    }
    return finish_io(f, n, lpNumberOfBytesRead, lpOverlapped, 0);
}

BOOL WINAPI WriteFile(HANDLE hFile, LPCVOID lpBuffer, DWORD nNumberOfBytesToWrite, LPDWORD lpNumberOfBytesWritten,
                      LPOVERLAPPED lpOverlapped)
{
    struct file *f = file_of(hFile);
    if (!f) return FALSE;
    if (lpNumberOfBytesWritten) *lpNumberOfBytesWritten = 0;
    if (!(f->access & (GENERIC_WRITE | GENERIC_ALL))) return fail(ERROR_ACCESS_DENIED);
    size_t total = 0;
    ssize_t n = 0;
    int positioned = lpOverlapped && seekable(f->fd);
    while (total < nNumberOfBytesToWrite) {
        n = positioned ? pwrite(f->fd, (const char *)lpBuffer + total, nNumberOfBytesToWrite - total, overlapped_offset(lpOverlapped) + (long long)total)
                       : write(f->fd, (const char *)lpBuffer + total, nNumberOfBytesToWrite - total);
        if (n <= 0) break;
        total += (size_t)n;
    }
    return finish_io(f, n < 0 ? n : (ssize_t)total, lpNumberOfBytesWritten, lpOverlapped, 1);
}

static BOOL seek(struct file *f, long long distance, DWORD method, long long *out)
{
    int whence = method == FILE_BEGIN ? SEEK_SET : method == FILE_CURRENT ? SEEK_CUR : method == FILE_END ? SEEK_END : -1;
    if (whence < 0) return fail(ERROR_INVALID_PARAMETER);
    off_t base = whence == SEEK_SET ? 0 : lseek(f->fd, 0, whence);
    if (base < 0) return fail(errno == ESPIPE ? ERROR_INVALID_FUNCTION : win32_error(errno));
    /* "If a new file pointer is a negative value, the function fails ... and GetLastError returns ERROR_NEGATIVE_SEEK." */
    if ((long long)base + distance < 0) return fail(ERROR_NEGATIVE_SEEK);
    off_t pos = lseek(f->fd, (off_t)(base + distance), SEEK_SET);
    if (pos < 0) return fail_errno();
    *out = pos;
    return TRUE;
}

DWORD WINAPI SetFilePointer(HANDLE hFile, LONG lDistanceToMove, PLONG lpDistanceToMoveHigh, DWORD dwMoveMethod)
{
    struct file *f = file_of(hFile);
    if (!f) return INVALID_SET_FILE_POINTER;
    long long distance = lpDistanceToMoveHigh ? (long long)(((unsigned long long)(DWORD)*lpDistanceToMoveHigh << 32) | (DWORD)lDistanceToMove)
                                              : (long long)lDistanceToMove;
    long long pos;
    if (!seek(f, distance, dwMoveMethod, &pos)) return INVALID_SET_FILE_POINTER;
    if (lpDistanceToMoveHigh) *lpDistanceToMoveHigh = (LONG)(pos >> 32);
    /* A low part equal to INVALID_SET_FILE_POINTER is a success when GetLastError returns NO_ERROR. */
    if ((DWORD)pos == INVALID_SET_FILE_POINTER) SetLastError(NO_ERROR);
    return (DWORD)pos;
}

BOOL WINAPI SetFilePointerEx(HANDLE hFile, LARGE_INTEGER liDistanceToMove, PLARGE_INTEGER lpNewFilePointer, DWORD dwMoveMethod)
{
    struct file *f = file_of(hFile);
    long long pos;
    if (!f || !seek(f, liDistanceToMove.QuadPart, dwMoveMethod, &pos)) return FALSE;
    if (lpNewFilePointer) lpNewFilePointer->QuadPart = pos;
    return TRUE;
}

DWORD WINAPI GetFileSize(HANDLE hFile, LPDWORD lpFileSizeHigh)
{
    struct file *f = file_of(hFile);
    struct stat st;
    if (!f) return INVALID_FILE_SIZE;
    if (fstat(f->fd, &st) != 0) { fail_errno(); return INVALID_FILE_SIZE; }
    unsigned long long size = (unsigned long long)st.st_size;
    if (lpFileSizeHigh) *lpFileSizeHigh = (DWORD)(size >> 32);
    if ((DWORD)size == INVALID_FILE_SIZE) SetLastError(NO_ERROR);
    return (DWORD)size;
}

BOOL WINAPI GetFileSizeEx(HANDLE hFile, PLARGE_INTEGER lpFileSize)
{
    struct file *f = file_of(hFile);
    struct stat st;
    if (!f) return FALSE;
    if (fstat(f->fd, &st) != 0) return fail_errno();
    lpFileSize->QuadPart = st.st_size;
    return TRUE;
}

/* Nothing is buffered in the guest: every WriteFile reached the file system (Node's, or MEMFS) when it returned. */
BOOL WINAPI FlushFileBuffers(HANDLE hFile)
{
    return file_of(hFile) != NULL;
}

BOOL WINAPI SetEndOfFile(HANDLE hFile)
{
    struct file *f = file_of(hFile);
    if (!f) return FALSE;
    if (!(f->access & (GENERIC_WRITE | GENERIC_ALL))) return fail(ERROR_ACCESS_DENIED);
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0 || ftruncate(f->fd, pos) != 0) return fail_errno();
    return TRUE;
}

DWORD WINAPI GetFileType(HANDLE hFile)
{
    struct file *f = file_of(hFile);
    struct stat st;
    if (!f) return FILE_TYPE_UNKNOWN;
    DWORD type = FILE_TYPE_UNKNOWN;
    if (f->fd <= 2 && fstat(f->fd, &st) != 0) type = __wsw_std_type(f->fd);
    else if (fstat(f->fd, &st) != 0) { fail_errno(); return FILE_TYPE_UNKNOWN; }
    else if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode) || S_ISBLK(st.st_mode)) type = FILE_TYPE_DISK;
    else if (S_ISCHR(st.st_mode)) type = FILE_TYPE_CHAR;
    else if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) type = FILE_TYPE_PIPE;
    /* "FILE_TYPE_UNKNOWN: Either the type of the specified file is unknown, or the function failed":
     * GetLastError returns NO_ERROR for the first. */
    if (type == FILE_TYPE_UNKNOWN) SetLastError(NO_ERROR);
    return type;
}

/* ---- attributes and times ---- */

static DWORD attributes_of(const struct stat *st)
{
    DWORD a = S_ISDIR(st->st_mode) ? FILE_ATTRIBUTE_DIRECTORY : FILE_ATTRIBUTE_ARCHIVE;
    if (read_only_mode(st)) a |= FILE_ATTRIBUTE_READONLY;
    return a;
}

/* 100-ns intervals since 1601-01-01 (UTC). */
static FILETIME filetime_of(time_t sec, long nsec)
{
    unsigned long long t = ((unsigned long long)sec + 11644473600ULL) * 10000000ULL + (unsigned long long)nsec / 100;
    FILETIME ft = {(DWORD)t, (DWORD)(t >> 32)};
    return ft;
}

static void fill_attribute_data(const struct stat *st, WIN32_FILE_ATTRIBUTE_DATA *d)
{
    d->dwFileAttributes = attributes_of(st);
    d->ftCreationTime = filetime_of(st->st_ctim.tv_sec, st->st_ctim.tv_nsec);
    d->ftLastAccessTime = filetime_of(st->st_atim.tv_sec, st->st_atim.tv_nsec);
    d->ftLastWriteTime = filetime_of(st->st_mtim.tv_sec, st->st_mtim.tv_nsec);
    unsigned long long size = S_ISDIR(st->st_mode) ? 0 : (unsigned long long)st->st_size;
    d->nFileSizeHigh = (DWORD)(size >> 32);
    d->nFileSizeLow = (DWORD)size;
}

BOOL WINAPI GetFileInformationByHandle(HANDLE hFile, LPBY_HANDLE_FILE_INFORMATION lpFileInformation)
{
    struct file *f = file_of(hFile);
    struct stat st;
    WIN32_FILE_ATTRIBUTE_DATA d;
    if (!f) return FALSE;
    if (fstat(f->fd, &st) != 0) return fail_errno();
    fill_attribute_data(&st, &d);
    lpFileInformation->dwFileAttributes = d.dwFileAttributes;
    lpFileInformation->ftCreationTime = d.ftCreationTime;
    lpFileInformation->ftLastAccessTime = d.ftLastAccessTime;
    lpFileInformation->ftLastWriteTime = d.ftLastWriteTime;
    lpFileInformation->dwVolumeSerialNumber = (DWORD)st.st_dev;
    lpFileInformation->nFileSizeHigh = d.nFileSizeHigh;
    lpFileInformation->nFileSizeLow = d.nFileSizeLow;
    lpFileInformation->nNumberOfLinks = (DWORD)st.st_nlink;
    lpFileInformation->nFileIndexHigh = (DWORD)((unsigned long long)st.st_ino >> 32);
    lpFileInformation->nFileIndexLow = (DWORD)st.st_ino;
    return TRUE;
}

/* Narrow functions take UTF-8; each wide one converts and calls its narrow twin. */
#define WIDE1(ret, name, err)                                          \
    ret WINAPI name##W(LPCWSTR a)                                      \
    {                                                                  \
        char *s = utf8_of(a, -1);                                      \
        ret r = a && !s ? (SetLastError(ERROR_NOT_ENOUGH_MEMORY), err) \
                        : name##A(s);                                  \
        free(s);                                                       \
        return r;                                                      \
    }

DWORD WINAPI GetFileAttributesA(LPCSTR lpFileName)
{
    char *path = posix_path(lpFileName);
    struct stat st;
    DWORD a = INVALID_FILE_ATTRIBUTES;
    if (!path) return a;
    if (stat(path, &st) == 0) a = attributes_of(&st);
    else fail_path(path);
    free(path);
    return a;
}
WIDE1(DWORD, GetFileAttributes, INVALID_FILE_ATTRIBUTES)

BOOL WINAPI GetFileAttributesExA(LPCSTR lpFileName, GET_FILEEX_INFO_LEVELS fInfoLevelId, LPVOID lpFileInformation)
{
    if (fInfoLevelId != GetFileExInfoStandard) return fail(ERROR_INVALID_PARAMETER);
    char *path = posix_path(lpFileName);
    struct stat st;
    BOOL ok = FALSE;
    if (!path) return FALSE;
    if (stat(path, &st) == 0) { fill_attribute_data(&st, (WIN32_FILE_ATTRIBUTE_DATA *)lpFileInformation); ok = TRUE; }
    else fail_path(path);
    free(path);
    return ok;
}
BOOL WINAPI GetFileAttributesExW(LPCWSTR lpFileName, GET_FILEEX_INFO_LEVELS fInfoLevelId, LPVOID lpFileInformation)
{
    char *s = utf8_of(lpFileName, -1);
    BOOL r = GetFileAttributesExA(s, fInfoLevelId, lpFileInformation);
    free(s);
    return r;
}

/* Only FILE_ATTRIBUTE_READONLY has a POSIX meaning (no write permission); the others are accepted and not kept. */
BOOL WINAPI SetFileAttributesA(LPCSTR lpFileName, DWORD dwFileAttributes)
{
    char *path = posix_path(lpFileName);
    struct stat st;
    BOOL ok = FALSE;
    if (!path) return FALSE;
    if (stat(path, &st) != 0) fail_path(path);
    else {
        mode_t mode = st.st_mode & 07777;
        mode = (dwFileAttributes & FILE_ATTRIBUTE_READONLY) ? (mode & ~(mode_t)0222) : (mode | S_IWUSR);
        if (chmod(path, mode) == 0) ok = TRUE;
        else fail_errno();
    }
    free(path);
    return ok;
}
BOOL WINAPI SetFileAttributesW(LPCWSTR lpFileName, DWORD dwFileAttributes)
{
    char *s = utf8_of(lpFileName, -1);
    BOOL r = SetFileAttributesA(s, dwFileAttributes);
    free(s);
    return r;
}

/* ---- deleting, moving, copying; directories ---- */

BOOL WINAPI DeleteFileA(LPCSTR lpFileName)
{
    char *path = posix_path(lpFileName);
    struct stat st;
    BOOL ok = FALSE;
    if (!path) return FALSE;
    if (stat(path, &st) != 0) fail_path(path);
    /* "If an application attempts to delete a file that ... is read-only, the function fails with ERROR_ACCESS_DENIED";
     * a directory is not deleted by DeleteFile either. */
    else if (S_ISDIR(st.st_mode) || read_only_mode(&st)) fail(ERROR_ACCESS_DENIED);
    else if (unlink(path) == 0) ok = TRUE;
    else fail_path(path);
    free(path);
    return ok;
}
WIDE1(BOOL, DeleteFile, FALSE)

BOOL WINAPI MoveFileExA(LPCSTR lpExistingFileName, LPCSTR lpNewFileName, DWORD dwFlags)
{
    char *from = posix_path(lpExistingFileName), *to = posix_path(lpNewFileName);
    struct stat st, dst;
    BOOL ok = FALSE;
    if (!from || !to) goto out;
    if (lstat(from, &st) != 0) { fail_path(from); goto out; }
    if (lstat(to, &dst) == 0) {
        /* Without MOVEFILE_REPLACE_EXISTING an existing target fails; a directory is never replaced. */
        if (!(dwFlags & MOVEFILE_REPLACE_EXISTING)) { fail(ERROR_ALREADY_EXISTS); goto out; }
        if (S_ISDIR(dst.st_mode) || read_only_mode(&dst)) { fail(ERROR_ACCESS_DENIED); goto out; }
    }
    if (rename(from, to) == 0) ok = TRUE;
    else fail_path(to);
out:
    free(from);
    free(to);
    return ok;
}
BOOL WINAPI MoveFileA(LPCSTR lpExistingFileName, LPCSTR lpNewFileName) { return MoveFileExA(lpExistingFileName, lpNewFileName, 0); }
BOOL WINAPI MoveFileExW(LPCWSTR lpExistingFileName, LPCWSTR lpNewFileName, DWORD dwFlags)
{
    char *a = utf8_of(lpExistingFileName, -1), *b = utf8_of(lpNewFileName, -1);
    BOOL r = MoveFileExA(a, b, dwFlags);
    free(a);
    free(b);
    return r;
}
BOOL WINAPI MoveFileW(LPCWSTR lpExistingFileName, LPCWSTR lpNewFileName) { return MoveFileExW(lpExistingFileName, lpNewFileName, 0); }

BOOL WINAPI CopyFileA(LPCSTR lpExistingFileName, LPCSTR lpNewFileName, BOOL bFailIfExists)
{
    char *from = posix_path(lpExistingFileName), *to = posix_path(lpNewFileName);
    struct stat st, dst;
    int in = -1, out = -1;
    BOOL ok = FALSE;
    if (!from || !to) goto done;
    if (stat(from, &st) != 0) { fail_path(from); goto done; }
    if (S_ISDIR(st.st_mode)) { fail(ERROR_ACCESS_DENIED); goto done; }
    if (stat(to, &dst) == 0) {
        /* "If this parameter is TRUE and the new file specified by lpNewFileName already exists, the function fails." */
        if (bFailIfExists) { fail(ERROR_FILE_EXISTS); goto done; }
        if (S_ISDIR(dst.st_mode) || read_only_mode(&dst)) { fail(ERROR_ACCESS_DENIED); goto done; }
    }
    if ((in = open(from, O_RDONLY | O_CLOEXEC)) < 0) { fail_path(from); goto done; }
    if ((out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666)) < 0) { fail_path(to); goto done; }
    char buf[16384];
    for (;;) {
        ssize_t n = read(in, buf, sizeof buf);
        if (n < 0) { fail_errno(); goto done; }
        if (n == 0) break;
        for (ssize_t w = 0; w < n;) {
            ssize_t k = write(out, buf + w, (size_t)(n - w));
            if (k < 0) { fail_errno(); goto done; }
            w += k;
        }
    }
    /* "File attributes for the existing file are copied to the new file." */
    fchmod(out, st.st_mode & 07777);
    SetLastError(NO_ERROR); /* as the CreateFile inside Windows' CopyFile leaves it */
    ok = TRUE;
done:
    if (in >= 0) close(in);
    if (out >= 0) close(out);
    free(from);
    free(to);
    return ok;
}
BOOL WINAPI CopyFileW(LPCWSTR lpExistingFileName, LPCWSTR lpNewFileName, BOOL bFailIfExists)
{
    char *a = utf8_of(lpExistingFileName, -1), *b = utf8_of(lpNewFileName, -1);
    BOOL r = CopyFileA(a, b, bFailIfExists);
    free(a);
    free(b);
    return r;
}

BOOL WINAPI CreateDirectoryA(LPCSTR lpPathName, LPSECURITY_ATTRIBUTES lpSecurityAttributes)
{
    (void)lpSecurityAttributes;
    char *path = posix_path(lpPathName);
    BOOL ok = FALSE;
    if (!path) return FALSE;
    /* "ERROR_ALREADY_EXISTS: The specified directory already exists. ERROR_PATH_NOT_FOUND: One or more
     * intermediate directories do not exist." */
    if (mkdir(path, 0777) == 0) ok = TRUE;
    else fail(errno == ENOENT ? ERROR_PATH_NOT_FOUND : win32_error(errno));
    free(path);
    return ok;
}
BOOL WINAPI CreateDirectoryW(LPCWSTR lpPathName, LPSECURITY_ATTRIBUTES lpSecurityAttributes)
{
    char *s = utf8_of(lpPathName, -1);
    BOOL r = CreateDirectoryA(s, lpSecurityAttributes);
    free(s);
    return r;
}

BOOL WINAPI RemoveDirectoryA(LPCSTR lpPathName)
{
    char *path = posix_path(lpPathName);
    BOOL ok = FALSE;
    if (!path) return FALSE;
    if (rmdir(path) == 0) ok = TRUE;
    else if (errno == ENOTDIR) fail(ERROR_DIRECTORY); /* a file: "The directory name is invalid." */
    else if (errno == EEXIST) fail(ERROR_DIR_NOT_EMPTY);
    else fail_path(path);
    free(path);
    return ok;
}
WIDE1(BOOL, RemoveDirectory, FALSE)

/* ---- FindFirstFile / FindNextFile ---- */

struct find_entry { char *name; struct stat st; };
struct find { struct find_entry *entries; size_t count, next; };

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Windows' wildcards, case-insensitively: '*' any run, '?' any one character. */
static int matches(const char *mask, const char *name)
{
    if (!*mask) return !*name;
    if (*mask == '*') {
        while (*mask == '*') mask++;
        if (!*mask) return 1;
        for (const char *n = name; *n; n++) if (matches(mask, n)) return 1;
        /* "x*." and the like: a trailing '.' matches the end of a name without one. */
        return !strcmp(mask, ".") && !strchr(name, '.');
    }
    if (!*name) return !strcmp(mask, ".") || (*mask == '?' && matches(mask + 1, name));
    if (*mask == '?' || lower((unsigned char)*mask) == lower((unsigned char)*name)) return matches(mask + 1, name + 1);
    return 0;
}

static int entry_order(const void *a, const void *b)
{
    const char *x = ((const struct find_entry *)a)->name, *y = ((const struct find_entry *)b)->name;
    for (; *x && lower((unsigned char)*x) == lower((unsigned char)*y); x++, y++) {}
    return lower((unsigned char)*x) - lower((unsigned char)*y);
}

static void free_find(struct find *f)
{
    for (size_t i = 0; i < f->count; i++) free(f->entries[i].name);
    free(f->entries);
    free(f);
}

static int add_entry(struct find *f, const char *dir, const char *name)
{
    struct find_entry *e = realloc(f->entries, (f->count + 1) * sizeof *e);
    if (!e) return 0;
    f->entries = e;
    e = &f->entries[f->count];
    size_t n = strlen(dir) + strlen(name) + 2;
    char *full = malloc(n);
    if (!full) return 0;
    strcpy(full, dir);
    strcat(full, "/");
    strcat(full, name);
    int ok = stat(full, &e->st) == 0 || lstat(full, &e->st) == 0;
    free(full);
    if (!ok) return 1; /* gone meanwhile: skip it */
    if (!(e->name = strdup(name))) return 0;
    f->count++;
    return 1;
}

/* The entries of dir matching mask, sorted as NTFS lists them ("." and ".." first). */
static struct find *find_all(const char *pattern)
{
    char *path = posix_path(pattern);
    if (!path) return NULL;
    char *slash = strrchr(path, '/');
    const char *mask = slash ? slash + 1 : path;
    char *dir = slash ? (slash == path ? strdup("/") : strndup(path, (size_t)(slash - path))) : strdup(".");
    struct find *f = calloc(1, sizeof *f);
    DIR *d = NULL;
    if (!dir || !f) { SetLastError(ERROR_NOT_ENOUGH_MEMORY); goto fail; }
    if (!*mask) { SetLastError(ERROR_FILE_NOT_FOUND); goto fail; }
    if (!(d = opendir(dir))) {
        SetLastError(errno == ENOENT || errno == ENOTDIR ? ERROR_PATH_NOT_FOUND : win32_error(errno));
        goto fail;
    }
    /* "*.*" is "*" (a name without a dot matches it too), as in every Windows since DOS. */
    if (!strcmp(mask, "*.*")) mask = "*";
    int root = !strcmp(dir, "/");
    if (!root) {
        if (matches(mask, ".") && !add_entry(f, dir, ".")) goto nomem;
        if (matches(mask, "..") && !add_entry(f, dir, "..")) goto nomem;
    }
    size_t first = f->count;
    for (struct dirent *de; (de = readdir(d));) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
        if (matches(mask, de->d_name) && !add_entry(f, dir, de->d_name)) goto nomem;
    }
    closedir(d);
    d = NULL;
    qsort(f->entries + first, f->count - first, sizeof *f->entries, entry_order);
    if (!f->count) { SetLastError(ERROR_FILE_NOT_FOUND); goto fail; }
    free(dir);
    free(path);
    return f;
nomem:
    SetLastError(ERROR_NOT_ENOUGH_MEMORY);
fail:
    if (d) closedir(d);
    if (f) free_find(f);
    free(dir);
    free(path);
    return NULL;
}

static void fill_find_common(const struct find_entry *e, WIN32_FILE_ATTRIBUTE_DATA *d) { fill_attribute_data(&e->st, d); }

#define FILL_FIND(data, e)                            \
    do {                                              \
        WIN32_FILE_ATTRIBUTE_DATA ad;                 \
        fill_find_common((e), &ad);                   \
        memset((data), 0, sizeof *(data));            \
        (data)->dwFileAttributes = ad.dwFileAttributes; \
        (data)->ftCreationTime = ad.ftCreationTime;   \
        (data)->ftLastAccessTime = ad.ftLastAccessTime; \
        (data)->ftLastWriteTime = ad.ftLastWriteTime; \
        (data)->nFileSizeHigh = ad.nFileSizeHigh;     \
        (data)->nFileSizeLow = ad.nFileSizeLow;       \
    } while (0)

static void fill_find_a(const struct find_entry *e, LPWIN32_FIND_DATAA data)
{
    FILL_FIND(data, e);
    strncpy(data->cFileName, e->name, MAX_PATH - 1);
}

static void fill_find_w(const struct find_entry *e, LPWIN32_FIND_DATAW data)
{
    FILL_FIND(data, e);
    size_t n = utf16_of(e->name, strlen(e->name), data->cFileName, MAX_PATH - 1);
    data->cFileName[n < MAX_PATH - 1 ? n : MAX_PATH - 1] = 0;
}

static HANDLE find_first(const char *pattern, void *data, int wide)
{
    struct find *f = find_all(pattern);
    if (!f) return INVALID_HANDLE_VALUE;
    HANDLE h = __wsw_handle_new(KIND_FIND, f);
    if (wide) fill_find_w(&f->entries[0], data);
    else fill_find_a(&f->entries[0], data);
    f->next = 1;
    return h;
}

HANDLE WINAPI FindFirstFileA(LPCSTR lpFileName, LPWIN32_FIND_DATAA lpFindFileData) { return find_first(lpFileName, lpFindFileData, 0); }
HANDLE WINAPI FindFirstFileW(LPCWSTR lpFileName, LPWIN32_FIND_DATAW lpFindFileData)
{
    char *s = utf8_of(lpFileName, -1);
    HANDLE h = find_first(s, lpFindFileData, 1);
    free(s);
    return h;
}

static BOOL find_next(HANDLE h, void *data, int wide)
{
    struct find *f = h && h != INVALID_HANDLE_VALUE ? (struct find *)__wsw_handle_value(h, KIND_FIND) : NULL;
    if (!f) return fail(ERROR_INVALID_HANDLE);
    /* "If no matching files can be found, the GetLastError function returns ERROR_NO_MORE_FILES." */
    if (f->next >= f->count) return fail(ERROR_NO_MORE_FILES);
    if (wide) fill_find_w(&f->entries[f->next], data);
    else fill_find_a(&f->entries[f->next], data);
    f->next++;
    return TRUE;
}
BOOL WINAPI FindNextFileA(HANDLE hFindFile, LPWIN32_FIND_DATAA lpFindFileData) { return find_next(hFindFile, lpFindFileData, 0); }
BOOL WINAPI FindNextFileW(HANDLE hFindFile, LPWIN32_FIND_DATAW lpFindFileData) { return find_next(hFindFile, lpFindFileData, 1); }

BOOL WINAPI FindClose(HANDLE hFindFile)
{
    struct find *f = hFindFile && hFindFile != INVALID_HANDLE_VALUE ? (struct find *)__wsw_handle_value(hFindFile, KIND_FIND) : NULL;
    if (!f) return fail(ERROR_INVALID_HANDLE);
    __wsw_handle_free(hFindFile, KIND_FIND);
    free_find(f);
    return TRUE;
}

/* ---- current directory, temporary files, full paths ---- */

DWORD WINAPI GetCurrentDirectoryA(DWORD nBufferLength, LPSTR lpBuffer)
{
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) { fail_errno(); return 0; }
    return copy_out_a(buf, nBufferLength, lpBuffer);
}
DWORD WINAPI GetCurrentDirectoryW(DWORD nBufferLength, LPWSTR lpBuffer)
{
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) { fail_errno(); return 0; }
    return copy_out_w(buf, nBufferLength, lpBuffer);
}

BOOL WINAPI SetCurrentDirectoryA(LPCSTR lpPathName)
{
    char *path = posix_path(lpPathName);
    BOOL ok = FALSE;
    if (!path) return FALSE;
    if (chdir(path) == 0) ok = TRUE;
    else if (errno == ENOTDIR) fail(ERROR_DIRECTORY);
    else fail_path(path);
    free(path);
    return ok;
}
WIDE1(BOOL, SetCurrentDirectory, FALSE)

/* "It checks for the existence of environment variables in the following order and uses the first
 * path found: The path specified by the TMP environment variable. The path specified by the TEMP
 * environment variable. The path specified by the USERPROFILE environment variable. The Windows
 * directory." Here the last is /tmp. The result ends with a separator. */
static char *temp_path(void)
{
    const char *vars[] = {"TMP", "TEMP", "USERPROFILE"};
    const char *dir = "/tmp";
    for (int i = 0; i < 3; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v) { dir = v; break; }
    }
    char *p = posix_path(dir);
    if (!p) return NULL;
    size_t n = strlen(p);
    char *out = malloc(n + 2);
    if (out) {
        memcpy(out, p, n + 1);
        if (!n || out[n - 1] != '/') { out[n] = '/'; out[n + 1] = 0; }
    }
    free(p);
    return out;
}

DWORD WINAPI GetTempPathA(DWORD nBufferLength, LPSTR lpBuffer)
{
    char *p = temp_path();
    if (!p) return 0;
    DWORD r = copy_out_a(p, nBufferLength, lpBuffer);
    free(p);
    return r;
}
DWORD WINAPI GetTempPathW(DWORD nBufferLength, LPWSTR lpBuffer)
{
    char *p = temp_path();
    if (!p) return 0;
    DWORD r = copy_out_w(p, nBufferLength, lpBuffer);
    free(p);
    return r;
}

/* "<path>\<pre><uuuu>.TMP": up to three prefix characters and the number in hex. With uUnique 0
 * the number is chosen and the file created empty; otherwise nothing is created. */
static UINT temp_file_name(const char *dir, const char *prefix, UINT unique, char *out)
{
    char *d = posix_path(dir);
    if (!d) return 0;
    size_t dl = strlen(d);
    if (dl && d[dl - 1] == '/') d[--dl] = 0;
    struct stat st;
    if (stat(d, &st) != 0 || !S_ISDIR(st.st_mode)) { free(d); SetLastError(ERROR_DIRECTORY); return 0; }
    char pre[4] = {0};
    if (prefix) strncpy(pre, prefix, 3);
    UINT n = unique ? unique & 0xFFFF : (UINT)(((unsigned)getpid() ^ (unsigned)GetTickCount()) & 0xFFFF);
    for (int tries = 0; tries < 0x10000; tries++) {
        if (dl + strlen(pre) + 10 >= MAX_PATH) { free(d); SetLastError(ERROR_BUFFER_OVERFLOW); return 0; }
        char name[MAX_PATH];
        snprintf(name, sizeof name, "%s/%s%X.TMP", d, pre, n ? n : 1);
        if (unique) { strcpy(out, name); free(d); return unique; }
        if (!n) n = 1;
        int fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) { close(fd); strcpy(out, name); free(d); return n; }
        if (errno != EEXIST) { fail_path(name); free(d); return 0; }
        n = (n + 1) & 0xFFFF;
    }
    free(d);
    SetLastError(ERROR_FILE_EXISTS);
    return 0;
}

UINT WINAPI GetTempFileNameA(LPCSTR lpPathName, LPCSTR lpPrefixString, UINT uUnique, LPSTR lpTempFileName)
{
    return temp_file_name(lpPathName, lpPrefixString, uUnique, lpTempFileName);
}
UINT WINAPI GetTempFileNameW(LPCWSTR lpPathName, LPCWSTR lpPrefixString, UINT uUnique, LPWSTR lpTempFileName)
{
    char *d = utf8_of(lpPathName, -1), *p = utf8_of(lpPrefixString, -1), out[MAX_PATH];
    UINT r = temp_file_name(d, p, uUnique, out);
    if (r) {
        size_t n = utf16_of(out, strlen(out), lpTempFileName, MAX_PATH - 1);
        lpTempFileName[n] = 0;
    }
    free(d);
    free(p);
    return r;
}

/* The absolute, normalised path (malloc'd): relative names join the current directory; "." and ".." fold. */
static char *full_path(const char *name)
{
    char *p = posix_path(name), cwd[4096];
    if (!p) return NULL;
    if (!*p) { free(p); SetLastError(ERROR_INVALID_NAME); return NULL; }
    if (p[0] != '/' && !getcwd(cwd, sizeof cwd)) { free(p); fail_errno(); return NULL; }
    size_t n = (p[0] == '/' ? 0 : strlen(cwd)) + strlen(p) + 3;
    char *joined = malloc(n), *out = malloc(n);
    if (!joined || !out) { free(p); free(joined); free(out); SetLastError(ERROR_NOT_ENOUGH_MEMORY); return NULL; }
    snprintf(joined, n, "%s/%s", p[0] == '/' ? "" : cwd, p);
    size_t o = 0;
    for (char *seg = joined; *seg;) {
        char *end = strchr(seg, '/');
        size_t len = end ? (size_t)(end - seg) : strlen(seg);
        if (len == 0 || (len == 1 && seg[0] == '.')) {
        } else if (len == 2 && seg[0] == '.' && seg[1] == '.') {
            while (o > 0 && out[o - 1] != '/') o--;
            if (o > 0) o--;
        } else {
            out[o++] = '/';
            memcpy(out + o, seg, len);
            o += len;
        }
        seg += len + (end ? 1 : 0);
    }
    /* A trailing separator stays, as Windows keeps it ("C:\dir\" -> "C:\dir\"). */
    size_t pl = strlen(p);
    if (o == 0) out[o++] = '/';
    else if (pl && p[pl - 1] == '/') out[o++] = '/';
    out[o] = 0;
    free(joined);
    free(p);
    return out;
}

DWORD WINAPI GetFullPathNameA(LPCSTR lpFileName, DWORD nBufferLength, LPSTR lpBuffer, LPSTR *lpFilePart)
{
    char *full = full_path(lpFileName);
    if (!full) return 0;
    DWORD r = copy_out_a(full, nBufferLength, lpBuffer);
    if (lpFilePart && r < nBufferLength && lpBuffer) {
        char *slash = strrchr(lpBuffer, '/');
        /* "If lpBuffer refers to a directory and not a file, lpFilePart receives zero." */
        *lpFilePart = slash && slash[1] ? slash + 1 : NULL;
    }
    free(full);
    return r;
}
DWORD WINAPI GetFullPathNameW(LPCWSTR lpFileName, DWORD nBufferLength, LPWSTR lpBuffer, LPWSTR *lpFilePart)
{
    char *name = utf8_of(lpFileName, -1);
    char *full = name ? full_path(name) : NULL;
    free(name);
    if (!full) return 0;
    DWORD r = copy_out_w(full, nBufferLength, lpBuffer);
    if (lpFilePart && r < nBufferLength && lpBuffer) {
        LPWSTR last = NULL;
        for (LPWSTR c = lpBuffer; *c; c++) if (*c == L'/') last = c;
        *lpFilePart = last && last[1] ? last + 1 : NULL;
    }
    free(full);
    return r;
}

/* ---- GetModuleFileName (libloaderapi.h on Windows; declared in fileapi.h here) ---- */

static char *program_path(void)
{
    size_t n = __wsw_program_path(NULL, 0);
    char *p = malloc(n + 1);
    if (!p) return NULL;
    __wsw_program_path(p, n);
    p[n] = 0;
    return p;
}

/* "If the buffer is too small to hold the module name, the string is truncated to nSize characters
 * including the terminating null character, the function returns nSize, and the function sets the
 * last error to ERROR_INSUFFICIENT_BUFFER." */
DWORD WINAPI GetModuleFileNameA(HMODULE hModule, LPSTR lpFilename, DWORD nSize)
{
    if (hModule) { SetLastError(ERROR_MOD_NOT_FOUND); return 0; }
    char *p = program_path();
    if (!p) { SetLastError(ERROR_NOT_ENOUGH_MEMORY); return 0; }
    size_t n = strlen(p);
    DWORD r;
    if (n + 1 <= nSize) { memcpy(lpFilename, p, n + 1); r = (DWORD)n; }
    else {
        if (nSize) { memcpy(lpFilename, p, nSize - 1); lpFilename[nSize - 1] = 0; }
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        r = nSize;
    }
    free(p);
    return r;
}

DWORD WINAPI GetModuleFileNameW(HMODULE hModule, LPWSTR lpFilename, DWORD nSize)
{
    if (hModule) { SetLastError(ERROR_MOD_NOT_FOUND); return 0; }
    char *p = program_path();
    if (!p) { SetLastError(ERROR_NOT_ENOUGH_MEMORY); return 0; }
    size_t n = utf16_of(p, strlen(p), NULL, 0);
    DWORD r;
    if (n + 1 <= nSize) { utf16_of(p, strlen(p), lpFilename, n); lpFilename[n] = 0; r = (DWORD)n; }
    else {
        if (nSize) { utf16_of(p, strlen(p), lpFilename, nSize - 1); lpFilename[nSize - 1] = 0; }
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        r = nSize;
    }
    free(p);
    return r;
}
