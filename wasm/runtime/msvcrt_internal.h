/* What the CRT's files share (wasm/runtime/msvcrt_*.c). */
#ifndef WINSOCK_WASM_MSVCRT_INTERNAL_H
#define WINSOCK_WASM_MSVCRT_INTERNAL_H

/* A parameter that `func`'s reference page calls invalid: the invalid parameter handler
 * (the default one ends the program naming `func`), then errno = code; returns code
 * (msvcrt_secure.c). */
int __wsw_crt_invalid(const char *func, int code);

#endif
