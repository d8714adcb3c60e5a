/*
 * winsock_wasm_crtsys.h - the Microsoft CRT's names that Windows declares in
 * <stdio.h> and <stdlib.h> beyond C's: wide path functions (_wfopen, _wremove
 * ...), the environment (_putenv, _wgetenv ...) and the argument globals
 * (__argc, __argv, __wargv). Not a Windows header: the wrappers of stdio.h and
 * stdlib.h include it. The functions are wasm/runtime/msvcrt_*.c; wide paths
 * are UTF-16, converted to UTF-8 for the file system.
 */
#if !defined(WINSOCK_WASM_CRTSYS_H)
#define WINSOCK_WASM_CRTSYS_H

#include <stddef.h>
#include "winsock_wasm_abi.h"

#define __WSW_NOT_PROVIDED(why) __attribute__((unavailable("not provided by winsock-wasm: " why)))
#define __WSW_NO_PROCESSES __WSW_NOT_PROVIDED("a wasm guest cannot start processes")

__WSW_BEGIN_DECLS

/* <stdlib.h>: set before main, whichever entry point the program has (wasm/runtime/crt_main.c). */
extern int __argc;
extern char **__argv;
extern wchar_t **__wargv;

int _putenv(const char *_EnvString);
int _wputenv(const wchar_t *_EnvString);
wchar_t *_wgetenv(const wchar_t *_VarName);

__WSW_END_DECLS

#endif /* WINSOCK_WASM_CRTSYS_H */

/* <stdio.h>'s part, once <stdio.h> has declared FILE. */
#if defined(_STDIO_H) && !defined(WINSOCK_WASM_CRTSYS_STDIO)
#define WINSOCK_WASM_CRTSYS_STDIO

__WSW_BEGIN_DECLS

FILE *_wfopen(const wchar_t *_Filename, const wchar_t *_Mode);
FILE *_wfreopen(const wchar_t *_Filename, const wchar_t *_Mode, FILE *_OldStream);
FILE *_wfdopen(int _FileHandle, const wchar_t *_Mode);
int _wremove(const wchar_t *_Filename);
int _wrename(const wchar_t *_OldFilename, const wchar_t *_NewFilename);
int _fileno(FILE *_Stream);
FILE *_fdopen(int _FileHandle, const char *_Mode);
FILE *_popen(const char *_Command, const char *_Mode) __WSW_NO_PROCESSES;
FILE *_wpopen(const wchar_t *_Command, const wchar_t *_Mode) __WSW_NO_PROCESSES;
int _pclose(FILE *_Stream) __WSW_NO_PROCESSES;

__WSW_END_DECLS

#endif /* WINSOCK_WASM_CRTSYS_STDIO */
