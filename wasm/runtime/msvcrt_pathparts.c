/*
 * msvcrt_pathparts.c - the CRT's path-name functions (<stdlib.h>): _fullpath, _splitpath,
 * _makepath and their _s and wide forms.
 *
 * _splitpath and _makepath work on the text alone, as on Windows: a drive letter with its
 * colon, '/' and '\' alike as separators. _fullpath is GetFullPathName's answer (kernel32's
 * one translation of Windows paths), so it names the same file the Win32 functions do.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <windows.h>
#include "msvcrt_internal.h"

/* "If absPath is NULL, _fullpath uses malloc to allocate a buffer of size _MAX_PATH and
 * ignores maxLength" (here: of _MAX_PATH or the length needed, whichever is larger). "If
 * there's an error (for example ... if the length of the created absolute path name (absPath)
 * is greater than maxLength), the function returns NULL." A NULL or empty relPath is the
 * current directory. */
char *_fullpath(char *absPath, const char *relPath, size_t maxLength)
{
    DWORD need;
    char *out = absPath;
    if (!relPath || !*relPath) relPath = ".";
    need = GetFullPathNameA(relPath, 0, NULL, NULL);
    if (need == 0) {
        errno = ENOENT;
        return NULL;
    }
    if (!out) {
        maxLength = need > _MAX_PATH ? need : _MAX_PATH;
        out = malloc(maxLength);
        if (!out) {
            errno = ENOMEM;
            return NULL;
        }
    } else if (need > maxLength) {
        return NULL; /* errno untouched, as the CRT leaves it */
    }
    if (GetFullPathNameA(relPath, (DWORD)maxLength, out, NULL) == 0) {
        if (!absPath) free(out);
        errno = ENOENT;
        return NULL;
    }
    return out;
}

wchar_t *_wfullpath(wchar_t *absPath, const wchar_t *relPath, size_t maxLength)
{
    DWORD need;
    wchar_t *out = absPath;
    if (!relPath || !*relPath) relPath = L".";
    need = GetFullPathNameW(relPath, 0, NULL, NULL);
    if (need == 0) {
        errno = ENOENT;
        return NULL;
    }
    if (!out) {
        maxLength = need > _MAX_PATH ? need : _MAX_PATH;
        out = malloc(maxLength * sizeof *out);
        if (!out) {
            errno = ENOMEM;
            return NULL;
        }
    } else if (need > maxLength) {
        return NULL; /* errno untouched, as the CRT leaves it */
    }
    if (GetFullPathNameW(relPath, (DWORD)maxLength, out, NULL) == 0) {
        if (!absPath) free(out);
        errno = ENOENT;
        return NULL;
    }
    return out;
}

#define T char
#define S(x) x
#define F(narrow, wide) narrow
#include "msvcrt_pathparts.inc"
#undef T
#undef S
#undef F

#define T wchar_t
#define S(x) L##x
#define F(narrow, wide) wide
#include "msvcrt_pathparts.inc"
#undef T
#undef S
#undef F
