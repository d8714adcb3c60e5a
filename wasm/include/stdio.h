/* <stdio.h>, and what the Windows CRT's <stdio.h> adds: _snprintf, _scprintf, the secure
 * functions (sprintf_s, _snprintf_s, fopen_s; wasm/runtime/msvcrt_secure.c) and the wide
 * functions Windows' <stdio.h> declares too (see <wchar.h>). */
#include_next <stdio.h>
#include <wchar.h>
#include <winsock_wasm_crtsys.h>

#ifndef WINSOCK_WASM_STDIO_H
#define WINSOCK_WASM_STDIO_H

#include <corecrt.h>
#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

int _snprintf(char *, size_t, const char *, ...) __attribute__((__format__(__printf__, 3, 4)));
int _vsnprintf(char *, size_t, const char *, va_list) __attribute__((__format__(__printf__, 3, 0)));
int _scprintf(const char *, ...) __attribute__((__format__(__printf__, 1, 2)));
int _vscprintf(const char *, va_list) __attribute__((__format__(__printf__, 1, 0)));

int sprintf_s(char *, size_t, const char *, ...) __attribute__((__format__(__printf__, 3, 4)));
int vsprintf_s(char *, size_t, const char *, va_list) __attribute__((__format__(__printf__, 3, 0)));
int _snprintf_s(char *, size_t, size_t, const char *, ...) __attribute__((__format__(__printf__, 4, 5)));
int _vsnprintf_s(char *, size_t, size_t, const char *, va_list) __attribute__((__format__(__printf__, 4, 0)));
errno_t fopen_s(FILE **, const char *, const char *);
/* %s, %c and %[ take the buffer's size (an unsigned) after the pointer
 * (wasm/runtime/msvcrt_scanf_s.c; wide conversions are not supported). */
int sscanf_s(const char *, const char *, ...);
int vsscanf_s(const char *, const char *, va_list);
int fscanf_s(FILE *, const char *, ...);
int vfscanf_s(FILE *, const char *, va_list);
int scanf_s(const char *, ...);
int vscanf_s(const char *, va_list);

#ifdef __cplusplus
}
/* The template overloads that infer the buffer's size (Microsoft, sprintf_s). */
extern "C++" {
template <size_t _Size> inline int sprintf_s(char (&_Buf)[_Size], const char *_Fmt, ...) {
  va_list _Ap;
  va_start(_Ap, _Fmt);
  int _R = vsprintf_s(_Buf, _Size, _Fmt, _Ap);
  va_end(_Ap);
  return _R;
}
template <size_t _Size> inline int vsprintf_s(char (&_Buf)[_Size], const char *_Fmt, va_list _Ap) { return vsprintf_s(_Buf, _Size, _Fmt, _Ap); }
template <size_t _Size> inline int _snprintf_s(char (&_Buf)[_Size], size_t _Count, const char *_Fmt, ...) {
  va_list _Ap;
  va_start(_Ap, _Fmt);
  int _R = _vsnprintf_s(_Buf, _Size, _Count, _Fmt, _Ap);
  va_end(_Ap);
  return _R;
}
template <size_t _Size> inline int _vsnprintf_s(char (&_Buf)[_Size], size_t _Count, const char *_Fmt, va_list _Ap) { return _vsnprintf_s(_Buf, _Size, _Count, _Fmt, _Ap); }
}
#endif

#endif
