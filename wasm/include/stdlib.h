/* <stdlib.h>, and what the Windows CRT's <stdlib.h> adds: errno and its accessors ("errno,
 * _doserrno ... These variables are declared in STDLIB.H", Microsoft; here with <errno.h>'s
 * constants, which errno needs to be of use), the invalid parameter handler, _itoa and its
 * kin, the secure functions (_itoa_s, getenv_s, rand_s ...; wasm/runtime/msvcrt_secure.c),
 * and the wide functions Windows' <stdlib.h> declares too (see <wchar.h>). */
#include_next <stdlib.h>
#include <wchar.h>
#include <winsock_wasm_crtsys.h>

#ifndef WINSOCK_WASM_STDLIB_H
#define WINSOCK_WASM_STDLIB_H

#include <corecrt.h>
#include <errno.h>

#ifdef __cplusplus
extern "C" {
#endif

int *_errno(void);
errno_t _get_errno(int *);
errno_t _set_errno(int);
unsigned long *__doserrno(void);
#define _doserrno (*__doserrno())
errno_t _get_doserrno(unsigned long *);
errno_t _set_doserrno(unsigned long);

_invalid_parameter_handler _set_invalid_parameter_handler(_invalid_parameter_handler);
_invalid_parameter_handler _get_invalid_parameter_handler(void);
_invalid_parameter_handler _set_thread_local_invalid_parameter_handler(_invalid_parameter_handler);
_invalid_parameter_handler _get_thread_local_invalid_parameter_handler(void);
void _invalid_parameter(const wchar_t *, const wchar_t *, const wchar_t *, unsigned int, uintptr_t);
void _invalid_parameter_noinfo(void);
__attribute__((__noreturn__)) void _invalid_parameter_noinfo_noreturn(void);

/* Path names (wasm/runtime/msvcrt_pathparts.c): _splitpath and _makepath on the text, as on
 * Windows; _fullpath is GetFullPathName's answer. */
#define _MAX_PATH 260
#define _MAX_DRIVE 3
#define _MAX_DIR 256
#define _MAX_FNAME 256
#define _MAX_EXT 256
char *_fullpath(char *, const char *, size_t);
wchar_t *_wfullpath(wchar_t *, const wchar_t *, size_t);
void _splitpath(const char *, char *, char *, char *, char *);
void _wsplitpath(const wchar_t *, wchar_t *, wchar_t *, wchar_t *, wchar_t *);
errno_t _splitpath_s(const char *, char *, size_t, char *, size_t, char *, size_t, char *, size_t);
errno_t _wsplitpath_s(const wchar_t *, wchar_t *, size_t, wchar_t *, size_t, wchar_t *, size_t, wchar_t *, size_t);
void _makepath(char *, const char *, const char *, const char *, const char *);
void _wmakepath(wchar_t *, const wchar_t *, const wchar_t *, const wchar_t *, const wchar_t *);
errno_t _makepath_s(char *, size_t, const char *, const char *, const char *, const char *);
errno_t _wmakepath_s(wchar_t *, size_t, const wchar_t *, const wchar_t *, const wchar_t *, const wchar_t *);

char *_itoa(int, char *, int);
char *_ltoa(long, char *, int);
char *_ultoa(unsigned long, char *, int);
char *_i64toa(long long, char *, int);
char *_ui64toa(unsigned long long, char *, int);
char *itoa(int, char *, int);
char *ltoa(long, char *, int);
char *ultoa(unsigned long, char *, int);
long long _atoi64(const char *);
long long _strtoi64(const char *, char **, int);
unsigned long long _strtoui64(const char *, char **, int);

errno_t _itoa_s(int, char *, size_t, int);
errno_t _ltoa_s(long, char *, size_t, int);
errno_t _ultoa_s(unsigned long, char *, size_t, int);
errno_t _i64toa_s(long long, char *, size_t, int);
errno_t _ui64toa_s(unsigned long long, char *, size_t, int);
errno_t getenv_s(size_t *, char *, rsize_t, const char *);
errno_t _dupenv_s(char **, size_t *, const char *);
#ifdef _CRT_RAND_S
/* "The _CRT_RAND_S constant must be defined before the inclusion statement for rand_s"
 * (Microsoft, rand_s). */
errno_t rand_s(unsigned int *);
#endif

#ifdef __cplusplus
}
extern "C++" {
template <size_t _Size> inline errno_t _itoa_s(int _V, char (&_Buf)[_Size], int _Radix) { return _itoa_s(_V, _Buf, _Size, _Radix); }
template <size_t _Size> inline errno_t _ltoa_s(long _V, char (&_Buf)[_Size], int _Radix) { return _ltoa_s(_V, _Buf, _Size, _Radix); }
template <size_t _Size> inline errno_t _ultoa_s(unsigned long _V, char (&_Buf)[_Size], int _Radix) { return _ultoa_s(_V, _Buf, _Size, _Radix); }
template <size_t _Size> inline errno_t getenv_s(size_t *_N, char (&_Buf)[_Size], const char *_Name) { return getenv_s(_N, _Buf, _Size, _Name); }
}
#endif

#endif
