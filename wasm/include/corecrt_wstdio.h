/* <corecrt_wstdio.h>: the Windows CRT's wide printf names beyond C's and the secure ones,
 * declared (as in the UCRT) by both <wchar.h> and <stdio.h> (wasm/runtime/wprintf.c,
 * msvcrt_string.c, msvcrt_secure.c). swprintf and vswprintf are the ISO forms with a count;
 * _swprintf and _vswprintf are the CRT's forms without one. */
#ifndef WINSOCK_WASM_CORECRT_WSTDIO_H
#define WINSOCK_WASM_CORECRT_WSTDIO_H

#include <corecrt.h>
#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

struct _IO_FILE;

int _swprintf(wchar_t *, const wchar_t *, ...);
int _vswprintf(wchar_t *, const wchar_t *, va_list);
int swprintf_s(wchar_t *, size_t, const wchar_t *, ...);
int vswprintf_s(wchar_t *, size_t, const wchar_t *, va_list);
int _snwprintf_s(wchar_t *, size_t, size_t, const wchar_t *, ...);
int _vsnwprintf_s(wchar_t *, size_t, size_t, const wchar_t *, va_list);
errno_t _wfopen_s(struct _IO_FILE **, const wchar_t *, const wchar_t *);

#ifdef __cplusplus
}
extern "C++" {
template <size_t _Size> inline int swprintf_s(wchar_t (&_Buf)[_Size], const wchar_t *_Fmt, ...) {
  va_list _Ap;
  va_start(_Ap, _Fmt);
  int _R = vswprintf_s(_Buf, _Size, _Fmt, _Ap);
  va_end(_Ap);
  return _R;
}
template <size_t _Size> inline int _snwprintf_s(wchar_t (&_Buf)[_Size], size_t _Count, const wchar_t *_Fmt, ...) {
  va_list _Ap;
  va_start(_Ap, _Fmt);
  int _R = _vsnwprintf_s(_Buf, _Size, _Count, _Fmt, _Ap);
  va_end(_Ap);
  return _R;
}
}
#endif

#endif
