/*
 * process.h - the Microsoft C runtime's process functions (winsock-wasm).
 *
 * Provided: _getpid (the host process's id under Node, 1 in a page),
 * _exit, exit, abort and system (C's, from <stdlib.h>).
 * Declared unavailable, so that a call fails at compile time with the reason:
 *   - threads (_beginthread, _beginthreadex, _endthread, _endthreadex): they
 *     arrive with thread support;
 *   - starting processes (_spawn*, _exec*, _cwait): a wasm guest cannot;
 *   - _cexit and _c_exit (the CRT's exit cleanup without leaving).
 */
#ifndef _INC_PROCESS
#define _INC_PROCESS

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include "winsock_wasm_abi.h"

__WSW_BEGIN_DECLS

#define __WSW_NO_THREADS __attribute__((unavailable("not provided by winsock-wasm yet: threads (CreateThread, _beginthreadex) arrive with thread support")))
#define __WSW_NO_SPAWN __attribute__((unavailable("not provided by winsock-wasm: a wasm guest cannot start processes")))

/* _spawn modes */
#define _P_WAIT 0
#define _P_NOWAIT 1
#define _OLD_P_OVERLAY 2
#define _P_NOWAITO 3
#define _P_DETACH 4
#define _P_OVERLAY 2
#define _WAIT_CHILD 0
#define _WAIT_GRANDCHILD 1

int _getpid(void);
void _exit(int _Code) __attribute__((__noreturn__));

uintptr_t _beginthread(void (*_StartAddress)(void *), unsigned _StackSize, void *_ArgList) __WSW_NO_THREADS;
uintptr_t _beginthreadex(void *_Security, unsigned _StackSize, unsigned (*_StartAddress)(void *), void *_ArgList, unsigned _InitFlag, unsigned *_ThrdAddr) __WSW_NO_THREADS;
void _endthread(void) __WSW_NO_THREADS;
void _endthreadex(unsigned _ReturnCode) __WSW_NO_THREADS;

void _cexit(void) __attribute__((unavailable("not provided by winsock-wasm: the CRT's exit cleanup without ending the program")));
void _c_exit(void) __attribute__((unavailable("not provided by winsock-wasm: the CRT's exit cleanup without ending the program")));

intptr_t _cwait(int *_TermStat, intptr_t _ProcHandle, int _Action) __WSW_NO_SPAWN;
intptr_t _execl(const char *_Filename, const char *_ArgList, ...) __WSW_NO_SPAWN;
intptr_t _execle(const char *_Filename, const char *_ArgList, ...) __WSW_NO_SPAWN;
intptr_t _execlp(const char *_Filename, const char *_ArgList, ...) __WSW_NO_SPAWN;
intptr_t _execlpe(const char *_Filename, const char *_ArgList, ...) __WSW_NO_SPAWN;
intptr_t _execv(const char *_Filename, const char *const *_ArgList) __WSW_NO_SPAWN;
intptr_t _execve(const char *_Filename, const char *const *_ArgList, const char *const *_Env) __WSW_NO_SPAWN;
intptr_t _execvp(const char *_Filename, const char *const *_ArgList) __WSW_NO_SPAWN;
intptr_t _execvpe(const char *_Filename, const char *const *_ArgList, const char *const *_Env) __WSW_NO_SPAWN;
intptr_t _spawnl(int _Mode, const char *_Filename, const char *_ArgList, ...) __WSW_NO_SPAWN;
intptr_t _spawnle(int _Mode, const char *_Filename, const char *_ArgList, ...) __WSW_NO_SPAWN;
intptr_t _spawnlp(int _Mode, const char *_Filename, const char *_ArgList, ...) __WSW_NO_SPAWN;
intptr_t _spawnlpe(int _Mode, const char *_Filename, const char *_ArgList, ...) __WSW_NO_SPAWN;
intptr_t _spawnv(int _Mode, const char *_Filename, const char *const *_ArgList) __WSW_NO_SPAWN;
intptr_t _spawnve(int _Mode, const char *_Filename, const char *const *_ArgList, const char *const *_Env) __WSW_NO_SPAWN;
intptr_t _spawnvp(int _Mode, const char *_Filename, const char *const *_ArgList) __WSW_NO_SPAWN;
intptr_t _spawnvpe(int _Mode, const char *_Filename, const char *const *_ArgList, const char *const *_Env) __WSW_NO_SPAWN;
intptr_t _wexecl(const wchar_t *_Filename, const wchar_t *_ArgList, ...) __WSW_NO_SPAWN;
intptr_t _wexecv(const wchar_t *_Filename, const wchar_t *const *_ArgList) __WSW_NO_SPAWN;
intptr_t _wexecvp(const wchar_t *_Filename, const wchar_t *const *_ArgList) __WSW_NO_SPAWN;
intptr_t _wspawnl(int _Mode, const wchar_t *_Filename, const wchar_t *_ArgList, ...) __WSW_NO_SPAWN;
intptr_t _wspawnv(int _Mode, const wchar_t *_Filename, const wchar_t *const *_ArgList) __WSW_NO_SPAWN;
intptr_t _wspawnvp(int _Mode, const wchar_t *_Filename, const wchar_t *const *_ArgList) __WSW_NO_SPAWN;

__WSW_END_DECLS

#endif /* _INC_PROCESS */
