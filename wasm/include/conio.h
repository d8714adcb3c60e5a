/*
 * conio.h - the Microsoft C runtime's console I/O (winsock-wasm).
 *
 * The console is the program's standard input and output: _getch reads one
 * byte of standard input without echoing it (a byte put back by _ungetch
 * first), _getche echoes it to standard output, _putch and _cputs write to
 * standard output after what stdio holds for it. Standard input is read as
 * the host gives it: from a pipe or a file byte by byte; from a terminal,
 * which Node does not put in raw mode, a line at a time and echoed by the
 * terminal. At the end of input _getch returns EOF.
 * _kbhit is not provided yet: it needs a host call that asks whether input
 * is waiting without waiting for it.
 */
#ifndef _INC_CONIO
#define _INC_CONIO

#include "winsock_wasm_abi.h"

__WSW_BEGIN_DECLS

int _getch(void);
int _getche(void);
int _ungetch(int _Ch);
int _putch(int _Ch);
int _cputs(const char *_Str);
int _kbhit(void) __attribute__((unavailable("not provided by winsock-wasm yet: _kbhit needs a host call that asks whether standard input has a byte waiting")));

__WSW_END_DECLS

#endif /* _INC_CONIO */
