/* The CRT's _findfirst, _findnext and _findclose (io.h), every width of time and size and
 * the _w forms, over FindFirstFileA/W and FindNextFileA/W (kernel32_file.c): the search
 * handle is the FindFirstFile handle, and each struct is filled from WIN32_FIND_DATA.
 *
 * "_findfirst ... returns a unique search handle identifying the file or group of files that
 * match the filespec specification ... Otherwise, _findfirst returns -1 and sets errno to one
 * of the following values: EINVAL Invalid parameter: filespec or fileinfo was NULL. Or, the
 * operating system returned an unexpected error. ENOENT File specification that couldn't be
 * matched. ENOMEM Insufficient memory." _findnext: "If successful, returns 0. Otherwise,
 * returns -1 and sets errno ... ENOENT No more matching files could be found." _findclose:
 * "If successful, _findclose returns 0. Otherwise, it returns -1 and sets errno to ENOENT"
 * (Microsoft, _findfirst, _findnext, _findclose). A NULL filespec or fileinfo goes to the
 * invalid parameter handler first ("These functions validate their parameters"). */
#include <errno.h>
#include <io.h>
#include <string.h>
#include <windows.h>
#include "msvcrt_internal.h"

/* The errno for FindFirstFile's or FindNextFile's last error: no such file, no such
 * directory and no more files are ENOENT, no memory ENOMEM, the rest "an unexpected error". */
static int find_errno(void) {
  switch (GetLastError()) {
  case ERROR_FILE_NOT_FOUND: case ERROR_PATH_NOT_FOUND: case ERROR_NO_MORE_FILES: return ENOENT;
  case ERROR_NOT_ENOUGH_MEMORY: return ENOMEM;
  default: return EINVAL;
  }
}

/* A FILETIME as seconds since 1970 (UTC), as the CRT's time_t. */
static long long unix_seconds(FILETIME t) {
  long long ticks = (long long)((unsigned long long)t.dwHighDateTime << 32 | t.dwLowDateTime);
  return (ticks - 116444736000000000LL) / 10000000;
}

/* One struct from WIN32_FIND_DATA: the fields have the same names in every width, and the
 * time and size fields take the struct's own type. A file without other attributes is
 * _A_NORMAL (0), which FindFirstFile reports as FILE_ATTRIBUTE_NORMAL. */
#define FILL(out, in, copy)                                                                    \
  do {                                                                                         \
    (out)->attrib = (in)->dwFileAttributes == FILE_ATTRIBUTE_NORMAL ? 0 : (in)->dwFileAttributes; \
    (out)->time_create = unix_seconds((in)->ftCreationTime);                                   \
    (out)->time_access = unix_seconds((in)->ftLastAccessTime);                                 \
    (out)->time_write = unix_seconds((in)->ftLastWriteTime);                                   \
    (out)->size = (in)->nFileSizeLow + ((unsigned long long)(in)->nFileSizeHigh << 32);        \
    copy((out)->name, (in)->cFileName);                                                        \
  } while (0)

#define FIND(T, first, next, CH, DATA, FindFirst, FindNext, copy)                               \
  intptr_t first(const CH *spec, struct T *info) {                                              \
    if (!spec || !info) { __wsw_crt_invalid(#first, EINVAL); return -1; }                       \
    DATA d;                                                                                     \
    HANDLE h = FindFirst(spec, &d);                                                             \
    if (h == INVALID_HANDLE_VALUE) { errno = find_errno(); return -1; }                         \
    FILL(info, &d, copy);                                                                       \
    return (intptr_t)h;                                                                         \
  }                                                                                             \
  int next(intptr_t handle, struct T *info) {                                                   \
    if (!info) { __wsw_crt_invalid(#next, EINVAL); return -1; }                                 \
    DATA d;                                                                                     \
    if (!FindNext((HANDLE)handle, &d)) { errno = find_errno(); return -1; }                     \
    FILL(info, &d, copy);                                                                       \
    return 0;                                                                                   \
  }

FIND(_finddata32_t, _findfirst32, _findnext32, char, WIN32_FIND_DATAA, FindFirstFileA, FindNextFileA, strcpy)
FIND(_finddata32i64_t, _findfirst32i64, _findnext32i64, char, WIN32_FIND_DATAA, FindFirstFileA, FindNextFileA, strcpy)
FIND(_finddata64i32_t, _findfirst64i32, _findnext64i32, char, WIN32_FIND_DATAA, FindFirstFileA, FindNextFileA, strcpy)
FIND(__finddata64_t, _findfirst64, _findnext64, char, WIN32_FIND_DATAA, FindFirstFileA, FindNextFileA, strcpy)
FIND(_wfinddata32_t, _wfindfirst32, _wfindnext32, wchar_t, WIN32_FIND_DATAW, FindFirstFileW, FindNextFileW, wcscpy)
FIND(_wfinddata32i64_t, _wfindfirst32i64, _wfindnext32i64, wchar_t, WIN32_FIND_DATAW, FindFirstFileW, FindNextFileW, wcscpy)
FIND(_wfinddata64i32_t, _wfindfirst64i32, _wfindnext64i32, wchar_t, WIN32_FIND_DATAW, FindFirstFileW, FindNextFileW, wcscpy)
FIND(_wfinddata64_t, _wfindfirst64, _wfindnext64, wchar_t, WIN32_FIND_DATAW, FindFirstFileW, FindNextFileW, wcscpy)

int _findclose(intptr_t handle) {
  if (!FindClose((HANDLE)handle)) { errno = ENOENT; return -1; }
  return 0;
}
