/* <corecrt_wstdlib.h>: the wide number conversions, declared (as in the UCRT) by both
 * <wchar.h> and <stdlib.h> (wasm/runtime/msvcrt_string.c, msvcrt_secure.c). */
#ifndef WINSOCK_WASM_CORECRT_WSTDLIB_H
#define WINSOCK_WASM_CORECRT_WSTDLIB_H

#include <corecrt.h>

#ifdef __cplusplus
extern "C" {
#endif

wchar_t *_itow(int, wchar_t *, int);
wchar_t *_ltow(long, wchar_t *, int);
wchar_t *_ultow(unsigned long, wchar_t *, int);
wchar_t *_i64tow(long long, wchar_t *, int);
wchar_t *_ui64tow(unsigned long long, wchar_t *, int);
errno_t _itow_s(int, wchar_t *, size_t, int);
errno_t _ltow_s(long, wchar_t *, size_t, int);
errno_t _ultow_s(unsigned long, wchar_t *, size_t, int);
errno_t _i64tow_s(long long, wchar_t *, size_t, int);
errno_t _ui64tow_s(unsigned long long, wchar_t *, size_t, int);
/* The environment in UTF-16 (wasm/runtime/msvcrt_secure.c); _wgetenv is <stdlib.h>'s. */
errno_t _wgetenv_s(size_t *, wchar_t *, size_t, const wchar_t *);
errno_t _wdupenv_s(wchar_t **, size_t *, const wchar_t *);

#ifdef __cplusplus
}
extern "C++" {
template <size_t _Size> inline errno_t _itow_s(int _V, wchar_t (&_Buf)[_Size], int _Radix) { return _itow_s(_V, _Buf, _Size, _Radix); }
template <size_t _Size> inline errno_t _wgetenv_s(size_t *_N, wchar_t (&_Buf)[_Size], const wchar_t *_Name) { return _wgetenv_s(_N, _Buf, _Size, _Name); }
}
#endif

#endif
