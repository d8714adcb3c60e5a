/*
 * sdkddkver.h - Windows version macros (winsock-wasm).
 *
 * As in the Windows SDK, a program that does not pick a target version gets
 * Windows 10 (0x0A00), and NTDDI_VERSION and WINVER follow _WIN32_WINNT when
 * only that is set. The headers gate what the SDK gates on them, so that a
 * program targeting an older Windows may define those names itself (a
 * library with its own inet_ntop for XP):
 *   NTDDI_VERSION >= NTDDI_VISTA: inet_pton, inet_ntop, InetPtonA, InetNtopA
 *     (ws2tcpip.h);
 *   _WIN32_WINNT >= 0x0600: WSAPoll, WSAPOLLFD and the POLL* flags
 *     (winsock2.h).
 * Everything else is declared whatever the version.
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

#define NTDDI_WIN2K    0x05000000
#define NTDDI_WINXP    0x05010000
#define NTDDI_WS03     0x05020000
#define NTDDI_VISTA    0x06000000
#define NTDDI_LONGHORN NTDDI_VISTA
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
/* The SDK's NTDDI_VERSION_FROM_WIN32_WINNT: 0x0501 -> 0x05010000. */
#ifndef NTDDI_VERSION
#define NTDDI_VERSION ((_WIN32_WINNT) << 16)
#endif

#endif /* _INC_SDKDDKVER */
