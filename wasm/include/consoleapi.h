/*
 * consoleapi.h - console control handlers, the console title, console output and input (winsock-wasm).
 * Pure C (wasm/runtime/kernel32_console.c) with the host delivering signals.
 *
 * SetConsoleCtrlHandler(handler, TRUE) adds a handler, FALSE removes it; the
 * handlers are called last-registered first until one returns TRUE.
 * SetConsoleCtrlHandler(NULL, TRUE) makes the process ignore CTRL+C (FALSE
 * restores it). Under Node, once a handler is registered (or CTRL+C is
 * ignored), SIGINT is CTRL_C_EVENT and SIGTERM is CTRL_CLOSE_EVENT; before
 * that, Node's default behaviour ends the process. If no handler returns TRUE,
 * the default handler ends the process with status 130 (SIGINT) or 143
 * (SIGTERM), as a POSIX shell reports a process ended by that signal (Windows'
 * STATUS_CONTROL_C_EXIT, 0xC000013A, is no exit status on Linux). After a
 * CTRL_CLOSE_EVENT handled with TRUE the program has 5 seconds to end by
 * itself, then ends with 143, as Windows ends a process after its close
 * handler returns.
 *
 * On Windows a handler runs on a new thread while the main thread goes on
 * waiting. Here there is one thread: a signal is seen while the program waits
 * (Sleep, WaitForSingleObject, a blocking accept or recv ...), and the host
 * calls the handlers then, with the wait still pending; a handler that sets a
 * flag, SetEvent()s an event or closesocket()s the socket the program waits
 * on wakes it. A handler itself cannot wait: a call in it that would wait
 * (Sleep with a time, a blocking recv with no data ...) ends the program with
 * a message on stderr (threads, a later issue, will lift that).
 *
 * SetConsoleTitleA/W keep the title for GetConsoleTitleA/W and write nothing
 * (the terminal's title is the user's).
 *
 *
 * Pure C (wasm/runtime/kernel32_console.c). A handle is a console when GetFileType
 * says FILE_TYPE_CHAR (a terminal under Node; the page's output in a browser). There
 * WriteConsoleA/W write (W as UTF-8), ReadConsoleA/W read a line, GetConsoleMode
 * answers. On a pipe or a file they fail with ERROR_INVALID_HANDLE, as on Windows
 * ("WriteConsole fails if it is used with a standard handle that is redirected to
 * a file"), so programs take their WriteFile path.
 */
#ifndef _APISETCONSOLE_
#define _APISETCONSOLE_

#include "winsock_wasm_abi.h"
#include "windef.h"

__WSW_BEGIN_DECLS

#define CTRL_C_EVENT 0
#define CTRL_BREAK_EVENT 1
#define CTRL_CLOSE_EVENT 2
#define CTRL_LOGOFF_EVENT 5
#define CTRL_SHUTDOWN_EVENT 6

typedef BOOL (WINAPI *PHANDLER_ROUTINE)(DWORD CtrlType);

WINBASEAPI BOOL WINAPI SetConsoleCtrlHandler(PHANDLER_ROUTINE HandlerRoutine, BOOL Add) __WSW_RUNTIME(SetConsoleCtrlHandler);
WINBASEAPI BOOL WINAPI SetConsoleTitleA(LPCSTR lpConsoleTitle) __WSW_RUNTIME(SetConsoleTitleA);
WINBASEAPI BOOL WINAPI SetConsoleTitleW(LPCWSTR lpConsoleTitle) __WSW_RUNTIME(SetConsoleTitleW);
WINBASEAPI DWORD WINAPI GetConsoleTitleA(LPSTR lpConsoleTitle, DWORD nSize) __WSW_RUNTIME(GetConsoleTitleA);
WINBASEAPI DWORD WINAPI GetConsoleTitleW(LPWSTR lpConsoleTitle, DWORD nSize) __WSW_RUNTIME(GetConsoleTitleW);
#ifdef UNICODE
#define SetConsoleTitle SetConsoleTitleW
#define GetConsoleTitle GetConsoleTitleW
#else
#define SetConsoleTitle SetConsoleTitleA
#define GetConsoleTitle GetConsoleTitleA
#endif

#define ENABLE_PROCESSED_INPUT 0x0001
#define ENABLE_LINE_INPUT 0x0002
#define ENABLE_ECHO_INPUT 0x0004
#define ENABLE_PROCESSED_OUTPUT 0x0001
#define ENABLE_WRAP_AT_EOL_OUTPUT 0x0002
#define ENABLE_VIRTUAL_TERMINAL_PROCESSING 0x0004

WINBASEAPI BOOL WINAPI WriteConsoleA(HANDLE hConsoleOutput, CONST VOID *lpBuffer, DWORD nNumberOfCharsToWrite,
                                     LPDWORD lpNumberOfCharsWritten, LPVOID lpReserved);
WINBASEAPI BOOL WINAPI WriteConsoleW(HANDLE hConsoleOutput, CONST VOID *lpBuffer, DWORD nNumberOfCharsToWrite,
                                     LPDWORD lpNumberOfCharsWritten, LPVOID lpReserved);
WINBASEAPI BOOL WINAPI ReadConsoleA(HANDLE hConsoleInput, LPVOID lpBuffer, DWORD nNumberOfCharsToRead,
                                    LPDWORD lpNumberOfCharsRead, LPVOID pInputControl);
WINBASEAPI BOOL WINAPI ReadConsoleW(HANDLE hConsoleInput, LPVOID lpBuffer, DWORD nNumberOfCharsToRead,
                                    LPDWORD lpNumberOfCharsRead, LPVOID pInputControl);
WINBASEAPI BOOL WINAPI GetConsoleMode(HANDLE hConsoleHandle, LPDWORD lpMode);

#ifdef UNICODE
#define WriteConsole WriteConsoleW
#define ReadConsole ReadConsoleW
#else
#define WriteConsole WriteConsoleA
#define ReadConsole ReadConsoleA
#endif

__WSW_END_DECLS

#endif /* _APISETCONSOLE_ */
