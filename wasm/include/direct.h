/*
 * direct.h - the Microsoft C runtime's directory functions (winsock-wasm).
 *
 * _mkdir takes one argument, as on Windows. errno is set as Microsoft
 * documents each function: _mkdir gives EEXIST for an existing name and
 * ENOENT for a path not found; _rmdir gives ENOTEMPTY for a name that is not
 * a directory or a directory that is not empty, ENOENT for a path not found.
 * Paths given are Windows paths, as for CreateDirectory (`\` separates, a
 * drive letter is dropped); paths returned are the file system's, as
 * GetCurrentDirectory returns them (_getcwd gives "/...", and _getdrive says
 * C:, 3). Wide forms take UTF-16. wasm/runtime/msvcrt_direct.c.
 */
#ifndef _INC_DIRECT
#define _INC_DIRECT

#include <stddef.h>
#include "winsock_wasm_abi.h"

__WSW_BEGIN_DECLS

int _mkdir(const char *_Path);
int _rmdir(const char *_Path);
int _chdir(const char *_Path);
char *_getcwd(char *_DstBuf, int _SizeInBytes);
int _wmkdir(const wchar_t *_Path);
int _wrmdir(const wchar_t *_Path);
int _wchdir(const wchar_t *_Path);
wchar_t *_wgetcwd(wchar_t *_DstBuf, int _SizeInWords);
int _getdrive(void);
int _chdrive(int _Drive);

__WSW_END_DECLS

#endif /* _INC_DIRECT */
