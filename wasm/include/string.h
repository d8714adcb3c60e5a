/* <string.h>, and what the Windows CRT's <string.h> adds: its own names (_stricmp, _strdup,
 * _strlwr ...), the secure functions (strcpy_s, memcpy_s ...; wasm/runtime/msvcrt_secure.c)
 * and the wide functions Windows' <string.h> declares too (see <wchar.h>). */
#include_next <string.h>
#include <wchar.h>

#ifndef WINSOCK_WASM_STRING_H
#define WINSOCK_WASM_STRING_H

#include <corecrt.h>

#ifdef __cplusplus
extern "C" {
#endif

struct __locale_struct;

int _stricmp(const char *, const char *);
int _strnicmp(const char *, const char *, size_t);
int _stricmp_l(const char *, const char *, struct __locale_struct *);
int _strnicmp_l(const char *, const char *, size_t, struct __locale_struct *);
int _strcmpi(const char *, const char *);
int _stricoll(const char *, const char *);
int _memicmp(const void *, const void *, size_t);
char *_strdup(const char *);
char *_strlwr(char *);
char *_strupr(char *);
char *_strrev(char *);
char *_strset(char *, int);
char *_strnset(char *, int, size_t);
/* The POSIX spellings MSVC accepts ("The Microsoft-specific function name ... is a
 * deprecated alias"). */
int stricmp(const char *, const char *);
int strnicmp(const char *, const char *, size_t);
int strcmpi(const char *, const char *);
int memicmp(const void *, const void *, size_t);
char *strlwr(char *);
char *strupr(char *);
char *strrev(char *);
char *strset(char *, int);
char *strnset(char *, int, size_t);

errno_t strcpy_s(char *, rsize_t, const char *);
errno_t strncpy_s(char *, rsize_t, const char *, rsize_t);
errno_t strcat_s(char *, rsize_t, const char *);
errno_t strncat_s(char *, rsize_t, const char *, rsize_t);
char *strtok_s(char *, const char *, char **);
errno_t _strlwr_s(char *, size_t);
errno_t _strupr_s(char *, size_t);
errno_t memcpy_s(void *, rsize_t, const void *, rsize_t);
errno_t memmove_s(void *, rsize_t, const void *, rsize_t);
errno_t strerror_s(char *, size_t, int);
errno_t _strerror_s(char *, size_t, const char *);

#ifdef __cplusplus
}
/* "In C++, using these functions is simplified by template overloads; the overloads can infer
 * buffer length automatically" (Microsoft, strcpy_s). */
extern "C++" {
template <size_t _Size> inline errno_t strcpy_s(char (&_Dest)[_Size], const char *_Src) { return strcpy_s(_Dest, _Size, _Src); }
template <size_t _Size> inline errno_t strncpy_s(char (&_Dest)[_Size], const char *_Src, size_t _Count) { return strncpy_s(_Dest, _Size, _Src, _Count); }
template <size_t _Size> inline errno_t strcat_s(char (&_Dest)[_Size], const char *_Src) { return strcat_s(_Dest, _Size, _Src); }
template <size_t _Size> inline errno_t strncat_s(char (&_Dest)[_Size], const char *_Src, size_t _Count) { return strncat_s(_Dest, _Size, _Src, _Count); }
template <size_t _Size> inline errno_t _strlwr_s(char (&_Str)[_Size]) { return _strlwr_s(_Str, _Size); }
template <size_t _Size> inline errno_t _strupr_s(char (&_Str)[_Size]) { return _strupr_s(_Str, _Size); }
template <size_t _Size> inline errno_t strerror_s(char (&_Buf)[_Size], int _Errnum) { return strerror_s(_Buf, _Size, _Errnum); }
}
#endif

#endif
