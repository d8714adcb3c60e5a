/*
 * sdkddkver.h - Windows version macros (winsock-wasm).
 *
 * As in the Windows SDK, a program that does not pick a target version gets
 * the newest one. Our headers do not hide anything behind _WIN32_WINNT; the
 * macros exist so that programs testing them see sensible values.
 */
#ifndef _INC_SDKDDKVER
#define _INC_SDKDDKVER

#define _WIN32_WINNT_NT4      0x0400
#define _WIN32_WINNT_WIN2K    0x0500
#define _WIN32_WINNT_WINXP    0x0501
#define _WIN32_WINNT_WS03     0x0502
#define _WIN32_WINNT_VISTA    0x0600
#define _WIN32_WINNT_WS08     0x0600
#define _WIN32_WINNT_LONGHORN 0x0600
#define _WIN32_WINNT_WIN7     0x0601
#define _WIN32_WINNT_WIN8     0x0602
#define _WIN32_WINNT_WINBLUE  0x0603
#define _WIN32_WINNT_WIN10    0x0A00

#define NTDDI_WINXP    0x05010000
#define NTDDI_VISTA    0x06000000
#define NTDDI_WIN7     0x06010000
#define NTDDI_WIN8     0x06020000
#define NTDDI_WINBLUE  0x06030000
#define NTDDI_WIN10    0x0A000000

#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0A00
#endif
#ifndef WINVER
#define WINVER _WIN32_WINNT
#endif
#ifndef NTDDI_VERSION
#define NTDDI_VERSION 0x0A000000
#endif

#endif /* _INC_SDKDDKVER */
