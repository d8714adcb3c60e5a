/*
 * shellapi.h - CommandLineToArgvW (winsock-wasm).
 *
 * Pure C (wasm/runtime/shell32.c), with the documented rules: the program
 * name (first) ends at the next quote when it starts with one, else at a
 * space or tab, and takes no escapes; then 2n backslashes and a quote give n
 * backslashes and toggle quoting, 2n+1 backslashes and a quote give n and a
 * literal quote, other backslashes are literal; a leading blank gives an
 * empty first argument; trailing blanks are ignored. The array and its
 * strings are one LocalAlloc block: LocalFree releases it in one call.
 */
#ifndef _SHELLAPI_H_
#define _SHELLAPI_H_

#include "winsock_wasm_abi.h"
#include "windef.h"

__WSW_BEGIN_DECLS

LPWSTR *WINAPI CommandLineToArgvW(LPCWSTR lpCmdLine, int *pNumArgs);

__WSW_END_DECLS

#endif /* _SHELLAPI_H_ */
