/*
 * tchar.h - the generic-text mappings of Microsoft's C runtime (winsock-wasm).
 *
 * As in MSVC's tchar.h, _UNICODE selects the wide names (_TCHAR is wchar_t, 16 bits here);
 * _MBCS or neither selects the narrow ones (_TCHAR is char; narrow text is UTF-8, the ANSI
 * code page here: winnls.h). The mapping is by macro only, to the CRT names (strcpy_s,
 * _itoa, _wfopen ...), which the CRT headers declare; a name whose target the project does
 * not provide fails at compile time as an undeclared function, as a misspelt one would.
 * _tmain and _tWinMain are main / WinMain, or wmain / wWinMain with _UNICODE; the
 * runtime calls whichever the program defines. TCHAR itself is windows.h's (winnt.h on
 * Windows), selected by UNICODE.
 */
#ifndef _INC_TCHAR
#define _INC_TCHAR

#include <stddef.h>
#include <stdio.h>
#include <wchar.h>

/* The character-stepping names are inline functions in MSVC's tchar.h for Unicode and for
 * single-byte text (with _MBCS they are mbstring's): one unit per character. */
#ifdef __cplusplus
extern "C" {
#endif
static __inline wchar_t *_wcsinc(const wchar_t *_Pc) { return (wchar_t *)(_Pc + 1); }
static __inline wchar_t *_wcsdec(const wchar_t *_Cpc1, const wchar_t *_Cpc2) { return (wchar_t *)(_Cpc1 >= _Cpc2 ? NULL : (_Cpc2 - 1)); }
static __inline wchar_t *_wcsninc(const wchar_t *_Pc, size_t _Sz) { return (wchar_t *)(_Pc + _Sz); }
static __inline unsigned int _wcsnextc(const wchar_t *_Cpc) { return (unsigned int)*_Cpc; }
static __inline char *_strinc(const char *_Pc) { return (char *)(_Pc + 1); }
static __inline char *_strdec(const char *_Cpc1, const char *_Cpc2) { return (char *)(_Cpc1 >= _Cpc2 ? NULL : (_Cpc2 - 1)); }
static __inline char *_strninc(const char *_Pc, size_t _Sz) { return (char *)(_Pc + _Sz); }
static __inline unsigned int _strnextc(const char *_Cpc) { return (unsigned int)(unsigned char)*_Cpc; }
#ifdef __cplusplus
}
#endif

#ifdef _UNICODE

#ifndef __TCHAR_DEFINED
#define __TCHAR_DEFINED
typedef wchar_t _TCHAR;
typedef wchar_t _TSCHAR;
typedef wchar_t _TUCHAR;
typedef wchar_t _TXCHAR;
typedef wint_t _TINT;
#endif
#define __T(x) L##x
#define _TEOF WEOF
#define _tmain wmain
#define _tWinMain wWinMain
#define _tenviron _wenviron
#define __targv __wargv

#define _tcslen wcslen
#define _tcsnlen wcsnlen
#define _tcscpy wcscpy
#define _tcsncpy wcsncpy
#define _tcscat wcscat
#define _tcsncat wcsncat
#define _tcscmp wcscmp
#define _tcsncmp wcsncmp
#define _tcsicmp _wcsicmp
#define _tcsnicmp _wcsnicmp
#define _tcscoll wcscoll
#define _tcsicoll _wcsicoll
#define _tcschr wcschr
#define _tcsrchr wcsrchr
#define _tcsstr wcsstr
#define _tcsspn wcsspn
#define _tcscspn wcscspn
#define _tcspbrk wcspbrk
#define _tcstok _wcstok
#define _tcsdup _wcsdup
#define _tcslwr _wcslwr
#define _tcsupr _wcsupr
#define _tcsrev _wcsrev
#define _tcsset _wcsset
#define _tcsnset _wcsnset
#define _tcsxfrm wcsxfrm
#define _tcserror _wcserror
#define __tcserror __wcserror
#define _tcsftime wcsftime
#define _tcstol wcstol
#define _tcstoul wcstoul
#define _tcstoll wcstoll
#define _tcstoull wcstoull
#define _tcstoi64 _wcstoi64
#define _tcstoui64 _wcstoui64
#define _tcstod wcstod
#define _tcstof wcstof
#define _ttoi _wtoi
#define _ttol _wtol
#define _ttoll _wtoll
#define _ttoi64 _wtoi64
#define _ttof _wtof
#define _tstoi _wtoi
#define _tstol _wtol
#define _tstoll _wtoll
#define _tstoi64 _wtoi64
#define _tstof _wtof
#define _itot _itow
#define _ltot _ltow
#define _ultot _ultow
#define _i64tot _i64tow
#define _ui64tot _ui64tow
#define _tcscpy_s wcscpy_s
#define _tcsncpy_s wcsncpy_s
#define _tcscat_s wcscat_s
#define _tcsncat_s wcsncat_s
#define _tcstok_s wcstok_s
#define _tcsnlen_s wcsnlen_s
#define _tcslwr_s _wcslwr_s
#define _tcsupr_s _wcsupr_s
#define _itot_s _itow_s
#define _ltot_s _ltow_s
#define _ultot_s _ultow_s
#define _i64tot_s _i64tow_s
#define _ui64tot_s _ui64tow_s
#define _tcserror_s _wcserror_s
#define _tdupenv_s _wdupenv_s
#define _tgetenv_s _wgetenv_s
#define _tfopen_s _wfopen_s
#define _stprintf_s swprintf_s
#define _vstprintf_s vswprintf_s
#define _sntprintf_s _snwprintf_s
#define _vsntprintf_s _vsnwprintf_s
#define _tprintf_s wprintf_s
#define _ftprintf_s fwprintf_s
#define _stprintf _swprintf
#define _vstprintf _vswprintf
#define _sntprintf _snwprintf
#define _vsntprintf _vsnwprintf
#define _sctprintf _scwprintf
#define _vsctprintf _vscwprintf
#define _tprintf wprintf
#define _vtprintf vwprintf
#define _ftprintf fwprintf
#define _vftprintf vfwprintf
#define _tscanf wscanf
#define _stscanf swscanf
#define _ftscanf fwscanf
#define _fgettc fgetwc
#define _fgetts fgetws
#define _fputtc fputwc
#define _fputts fputws
#define _gettc getwc
#define _gettchar getwchar
#define _puttc putwc
#define _puttchar putwchar
#define _putts _putws
#define _ungettc ungetwc
#define _tfopen _wfopen
#define _tfreopen _wfreopen
#define _tfdopen _wfdopen
#define _tpopen _wpopen
#define _tpclose _pclose
#define _tgetenv _wgetenv
#define _tputenv _wputenv
#define _tremove _wremove
#define _trename _wrename
#define _tunlink _wunlink
#define _taccess _waccess
#define _tchmod _wchmod
#define _tmkdir _wmkdir
#define _trmdir _wrmdir
#define _tchdir _wchdir
#define _tgetcwd _wgetcwd
#define _topen _wopen
#define _tcreat _wcreat
#define _tstat _wstat
#define _tstat64 _wstat64
#define _tfullpath _wfullpath
#define _tmakepath _wmakepath
#define _tsplitpath _wsplitpath
#define _tsystem _wsystem
#define _tasctime _wasctime
#define _tctime _wctime
#define _tstrdate _wstrdate
#define _tstrtime _wstrtime
#define _tsetlocale _wsetlocale
#define _istalpha iswalpha
#define _istupper iswupper
#define _istlower iswlower
#define _istdigit iswdigit
#define _istxdigit iswxdigit
#define _istspace iswspace
#define _istpunct iswpunct
#define _istalnum iswalnum
#define _istprint iswprint
#define _istgraph iswgraph
#define _istcntrl iswcntrl
#define _istascii iswascii
#define _totupper towupper
#define _totlower towlower
#define _tcsinc _wcsinc
#define _tcsdec _wcsdec
#define _tcsninc _wcsninc
#define _tcsnextc _wcsnextc
#define _tcsclen wcslen
#define _tcsnccpy wcsncpy
#define _tcsnccat wcsncat
#define _tcsnccmp wcsncmp
#define _tcsncicmp _wcsnicmp
#define _tcsnccoll _wcsncoll
#define _tcsncicoll _wcsnicoll

#else /* _MBCS, or neither: narrow */

#ifndef __TCHAR_DEFINED
#define __TCHAR_DEFINED
typedef char _TCHAR;
typedef signed char _TSCHAR;
typedef unsigned char _TUCHAR;
typedef unsigned char _TXCHAR;
typedef int _TINT;
#endif
#define __T(x) x
#define _TEOF EOF
#define _tmain main
#define _tWinMain WinMain
#define _tenviron _environ
#define __targv __argv

#define _tcslen strlen
#define _tcsnlen strnlen
#define _tcscpy strcpy
#define _tcsncpy strncpy
#define _tcscat strcat
#define _tcsncat strncat
#define _tcscmp strcmp
#define _tcsncmp strncmp
#define _tcsicmp _stricmp
#define _tcsnicmp _strnicmp
#define _tcscoll strcoll
#define _tcsicoll _stricoll
#define _tcschr strchr
#define _tcsrchr strrchr
#define _tcsstr strstr
#define _tcsspn strspn
#define _tcscspn strcspn
#define _tcspbrk strpbrk
#define _tcstok strtok
#define _tcsdup _strdup
#define _tcslwr _strlwr
#define _tcsupr _strupr
#define _tcsrev _strrev
#define _tcsset _strset
#define _tcsnset _strnset
#define _tcsxfrm strxfrm
#define _tcserror strerror
#define __tcserror _strerror
#define _tcsftime strftime
#define _tcstol strtol
#define _tcstoul strtoul
#define _tcstoll strtoll
#define _tcstoull strtoull
#define _tcstoi64 _strtoi64
#define _tcstoui64 _strtoui64
#define _tcstod strtod
#define _tcstof strtof
#define _ttoi atoi
#define _ttol atol
#define _ttoll atoll
#define _ttoi64 _atoi64
#define _ttof atof
#define _tstoi atoi
#define _tstol atol
#define _tstoll atoll
#define _tstoi64 _atoi64
#define _tstof atof
#define _itot _itoa
#define _ltot _ltoa
#define _ultot _ultoa
#define _i64tot _i64toa
#define _ui64tot _ui64toa
#define _tcscpy_s strcpy_s
#define _tcsncpy_s strncpy_s
#define _tcscat_s strcat_s
#define _tcsncat_s strncat_s
#define _tcstok_s strtok_s
#define _tcsnlen_s strnlen_s
#define _tcslwr_s _strlwr_s
#define _tcsupr_s _strupr_s
#define _itot_s _itoa_s
#define _ltot_s _ltoa_s
#define _ultot_s _ultoa_s
#define _i64tot_s _i64toa_s
#define _ui64tot_s _ui64toa_s
#define _tcserror_s strerror_s
#define _tdupenv_s _dupenv_s
#define _tgetenv_s getenv_s
#define _tfopen_s fopen_s
#define _stprintf_s sprintf_s
#define _vstprintf_s vsprintf_s
#define _sntprintf_s _snprintf_s
#define _vsntprintf_s _vsnprintf_s
#define _tprintf_s printf_s
#define _ftprintf_s fprintf_s
#define _stprintf sprintf
#define _vstprintf vsprintf
#define _sntprintf _snprintf
#define _vsntprintf _vsnprintf
#define _sctprintf _scprintf
#define _vsctprintf _vscprintf
#define _tprintf printf
#define _vtprintf vprintf
#define _ftprintf fprintf
#define _vftprintf vfprintf
#define _tscanf scanf
#define _stscanf sscanf
#define _ftscanf fscanf
#define _fgettc fgetc
#define _fgetts fgets
#define _fputtc fputc
#define _fputts fputs
#define _gettc getc
#define _gettchar getchar
#define _puttc putc
#define _puttchar putchar
#define _putts puts
#define _ungettc ungetc
#define _tfopen fopen
#define _tfreopen freopen
#define _tfdopen _fdopen
#define _tpopen _popen
#define _tpclose _pclose
#define _tgetenv getenv
#define _tputenv _putenv
#define _tremove remove
#define _trename rename
#define _tunlink _unlink
#define _taccess _access
#define _tchmod _chmod
#define _tmkdir _mkdir
#define _trmdir _rmdir
#define _tchdir _chdir
#define _tgetcwd _getcwd
#define _topen _open
#define _tcreat _creat
#define _tstat _stat
#define _tstat64 _stat64
#define _tfullpath _fullpath
#define _tmakepath _makepath
#define _tsplitpath _splitpath
#define _tsystem system
#define _tasctime asctime
#define _tctime ctime
#define _tstrdate _strdate
#define _tstrtime _strtime
#define _tsetlocale setlocale
#define _istalpha isalpha
#define _istupper isupper
#define _istlower islower
#define _istdigit isdigit
#define _istxdigit isxdigit
#define _istspace isspace
#define _istpunct ispunct
#define _istalnum isalnum
#define _istprint isprint
#define _istgraph isgraph
#define _istcntrl iscntrl
#define _istascii isascii
#define _totupper toupper
#define _totlower tolower
#define _tcsinc _strinc
#define _tcsdec _strdec
#define _tcsninc _strninc
#define _tcsnextc _strnextc
#define _tcsclen strlen
#define _tcsnccpy strncpy
#define _tcsnccat strncat
#define _tcsnccmp strncmp
#define _tcsncicmp _strnicmp
#define _tcsnccoll _strncoll
#define _tcsncicoll _strnicoll

#endif /* _UNICODE */

#define _T(x) __T(x)
#define _TEXT(x) __T(x)

#endif /* _INC_TCHAR */
