/* <corecrt_wstring.h>: the secure wide string functions, declared (as in the UCRT) by both
 * <wchar.h> and <string.h> (wasm/runtime/msvcrt_secure.c). */
#ifndef WINSOCK_WASM_CORECRT_WSTRING_H
#define WINSOCK_WASM_CORECRT_WSTRING_H

#include <corecrt.h>

#ifdef __cplusplus
extern "C" {
#endif

errno_t wcscpy_s(wchar_t *, rsize_t, const wchar_t *);
errno_t wcsncpy_s(wchar_t *, rsize_t, const wchar_t *, rsize_t);
errno_t wcscat_s(wchar_t *, rsize_t, const wchar_t *);
errno_t wcsncat_s(wchar_t *, rsize_t, const wchar_t *, rsize_t);
wchar_t *wcstok_s(wchar_t *, const wchar_t *, wchar_t **);
errno_t _wcslwr_s(wchar_t *, size_t);
errno_t _wcsupr_s(wchar_t *, size_t);
errno_t wmemcpy_s(wchar_t *, rsize_t, const wchar_t *, rsize_t);
errno_t wmemmove_s(wchar_t *, rsize_t, const wchar_t *, rsize_t);

#ifdef __cplusplus
}
extern "C++" {
template <size_t _Size> inline errno_t wcscpy_s(wchar_t (&_Dest)[_Size], const wchar_t *_Src) { return wcscpy_s(_Dest, _Size, _Src); }
template <size_t _Size> inline errno_t wcsncpy_s(wchar_t (&_Dest)[_Size], const wchar_t *_Src, size_t _Count) { return wcsncpy_s(_Dest, _Size, _Src, _Count); }
template <size_t _Size> inline errno_t wcscat_s(wchar_t (&_Dest)[_Size], const wchar_t *_Src) { return wcscat_s(_Dest, _Size, _Src); }
template <size_t _Size> inline errno_t wcsncat_s(wchar_t (&_Dest)[_Size], const wchar_t *_Src, size_t _Count) { return wcsncat_s(_Dest, _Size, _Src, _Count); }
}
#endif

#endif
