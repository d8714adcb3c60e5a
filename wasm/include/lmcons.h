/*
 * lmcons.h - the LAN Manager lengths and types (winsock-wasm): UNLEN for
 * GetUserName's buffer, and the other name and password lengths. Values from
 * the Windows SDK's lmcons.h.
 */
#ifndef _LMCONS_
#define _LMCONS_

#define CNLEN 15 /* computer name */
#define LM20_CNLEN 15
#define DNLEN CNLEN /* domain name */
#define LM20_DNLEN LM20_CNLEN
#define UNCLEN (CNLEN + 2)
#define LM20_UNCLEN (LM20_CNLEN + 2)
#define NNLEN 80 /* net name (a share) */
#define LM20_NNLEN 12
#define RMLEN (UNCLEN + 1 + NNLEN)
#define LM20_RMLEN (LM20_UNCLEN + 1 + LM20_NNLEN)
#define SNLEN 80
#define LM20_SNLEN 15
#define STXTLEN 256
#define LM20_STXTLEN 63
#define PATHLEN 256
#define LM20_PATHLEN 256
#define DEVLEN 80
#define LM20_DEVLEN 8
#define EVLEN 16
#define UNLEN 256 /* user name */
#define LM20_UNLEN 20
#define GNLEN UNLEN /* group name */
#define LM20_GNLEN LM20_UNLEN
#define PWLEN 256 /* password */
#define LM20_PWLEN 14
#define SHPWLEN 8
#define CLTYPE_LEN 12
#define MAXCOMMENTSZ 256
#define LM20_MAXCOMMENTSZ 48
#define QNLEN NNLEN
#define LM20_QNLEN LM20_NNLEN
#define ALERTSZ 128
#define MAXDEVENTRIES (sizeof(int) * 8)
#define NETBIOS_NAME_LEN 16
#define CRYPT_KEY_LEN 7
#define CRYPT_TXT_LEN 8
#define ENCRYPTED_PWLEN 16
#define SESSION_PWLEN 24
#define SESSION_CRYPT_KLEN 21

#define MAX_PREFERRED_LENGTH ((unsigned long)-1)
#define PARMNUM_ALL 0
#define PARM_ERROR_UNKNOWN ((unsigned long)-1)
#define PARM_ERROR_NONE 0
#define PARMNUM_BASE_INFOLEVEL 1000
#define NET_API_FUNCTION __stdcall

typedef unsigned long NET_API_STATUS;
typedef NET_API_STATUS API_RET_TYPE;

#endif /* _LMCONS_ */
