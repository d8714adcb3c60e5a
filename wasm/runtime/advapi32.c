/*
 * advapi32.c - GetUserNameA/W (winbase.h): the name of the user the program runs as, which
 * the host knows (winsock_wasm.user_name: Node's os.userInfo().username, else $USER; in a
 * page, which has no user, "user").
 *
 * "If the function succeeds, the return value is a nonzero value, and the variable pointed
 * to by lpnSize contains the number of TCHARs copied to the buffer specified by lpBuffer,
 * including the terminating null character. ... If lpBuffer is too small, the function fails
 * and GetLastError returns ERROR_INSUFFICIENT_BUFFER. This parameter receives the required
 * buffer size, including the terminating null character." (Microsoft, GetUserNameA/W)
 */
#include <stdlib.h>
#include <string.h>
#include <windows.h>
#include <lmcons.h>
#include "kernel32_internal.h"

/* The host's user name, UTF-8, written into buf (cut to cap - 1 bytes and terminated); returns its full length. */
int __wsw_user_name(char *buf, int cap) __WSW_IMPORT(winsock_wasm, user_name);

/* The user name in UTF-8 (at most UNLEN characters' worth), terminated. */
static void user_name(char *buf, int cap)
{
    int n = __wsw_user_name(buf, cap);
    if (n < 0) buf[0] = 0;
}

BOOL WINAPI GetUserNameA(LPSTR lpBuffer, LPDWORD pcbBuffer)
{
    char name[UNLEN * 4 + 1];
    DWORD n;
    if (!pcbBuffer) { SetLastError(ERROR_INVALID_PARAMETER); return FALSE; }
    user_name(name, sizeof name);
    n = (DWORD)strlen(name) + 1;
    if (!lpBuffer || *pcbBuffer < n) {
        *pcbBuffer = n;
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    memcpy(lpBuffer, name, n);
    *pcbBuffer = n;
    return TRUE;
}

BOOL WINAPI GetUserNameW(LPWSTR lpBuffer, LPDWORD pcbBuffer)
{
    char name[UNLEN * 4 + 1];
    DWORD n;
    size_t len;
    if (!pcbBuffer) { SetLastError(ERROR_INVALID_PARAMETER); return FALSE; }
    user_name(name, sizeof name);
    len = strlen(name);
    n = (DWORD)__wsw_utf16_of(name, len, NULL, 0) + 1;
    if (!lpBuffer || *pcbBuffer < n) {
        *pcbBuffer = n;
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    __wsw_utf16_of(name, len, lpBuffer, n - 1);
    lpBuffer[n - 1] = 0;
    *pcbBuffer = n;
    return TRUE;
}
