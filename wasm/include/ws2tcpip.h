/*
 * ws2tcpip.h - TCP/IP extensions: getaddrinfo, getnameinfo, inet_pton,
 * inet_ntop, IPv6 (winsock-wasm).
 *
 * getaddrinfo, freeaddrinfo and getnameinfo are ws2_32 imports. inet_pton
 * and inet_ntop are C in wasm/runtime/inet.c, InetPtonW and InetNtopW in
 * ws2_addrstr.c over them. GetAddrInfoW, FreeAddrInfoW, GetNameInfoW and the
 * GetAddrInfoEx family are C in ws2_addrinfo.c over the ws2_32 imports.
 * SetAddrInfoEx (registering names with a namespace provider) is not provided.
 */
#ifndef _WS2TCPIP_H_
#define _WS2TCPIP_H_

#include "winsock_wasm_abi.h"
#include "winsock2.h"
#include "ws2ipdef.h"

__WSW_BEGIN_DECLS

typedef int socklen_t;

#define SS_PORT(ssp) (((struct sockaddr_in *)(ssp))->sin_port)

/* getaddrinfo errors: Winsock error codes. */
#define EAI_AGAIN WSATRY_AGAIN
#define EAI_BADFLAGS WSAEINVAL
#define EAI_FAIL WSANO_RECOVERY
#define EAI_FAMILY WSAEAFNOSUPPORT
#define EAI_MEMORY WSA_NOT_ENOUGH_MEMORY
#define EAI_NOSECURENAME WSA_SECURE_HOST_NOT_FOUND
#define EAI_NONAME WSAHOST_NOT_FOUND
#define EAI_SERVICE WSATYPE_NOT_FOUND
#define EAI_SOCKTYPE WSAESOCKTNOSUPPORT
#define EAI_IPSECPOLICY WSA_IPSEC_NAME_POLICY_ERROR
/* The SDK maps EAI_NODATA to EAI_NONAME (WSANO_DATA is not used). */
#define EAI_NODATA EAI_NONAME

typedef ADDRINFOA ADDRINFO, *LPADDRINFO;
#ifdef UNICODE
typedef ADDRINFOW ADDRINFOT, *PADDRINFOT;
#else
typedef ADDRINFOA ADDRINFOT, *PADDRINFOT;
#endif

#define INET_ADDRSTRLEN 22
#define INET6_ADDRSTRLEN 65

/* ws2_32 imports. */
WINSOCK_API_LINKAGE INT WSAAPI getaddrinfo(PCSTR pNodeName, PCSTR pServiceName, const ADDRINFOA *pHints,
                                           PADDRINFOA *ppResult) __WSW_IMPORT(ws2_32, getaddrinfo);
WINSOCK_API_LINKAGE VOID WSAAPI freeaddrinfo(PADDRINFOA pAddrInfo) __WSW_IMPORT(ws2_32, freeaddrinfo);
WINSOCK_API_LINKAGE INT WSAAPI getnameinfo(const SOCKADDR *pSockaddr, socklen_t SockaddrLength, PCHAR pNodeBuffer,
                                           DWORD NodeBufferSize, PCHAR pServiceBuffer, DWORD ServiceBufferSize,
                                           INT Flags) __WSW_IMPORT(ws2_32, getnameinfo);

/* Pure C, in wasm/runtime/ws2_addrinfo.c: the UTF-16 forms, over the imports above. */
WINSOCK_API_LINKAGE INT WSAAPI GetAddrInfoW(PCWSTR pNodeName, PCWSTR pServiceName, const ADDRINFOW *pHints,
                                            PADDRINFOW *ppResult) __WSW_RUNTIME(GetAddrInfoW);
WINSOCK_API_LINKAGE VOID WSAAPI FreeAddrInfoW(PADDRINFOW pAddrInfo) __WSW_RUNTIME(FreeAddrInfoW);
WINSOCK_API_LINKAGE INT WSAAPI GetNameInfoW(const SOCKADDR *pSockaddr, socklen_t SockaddrLength, PWCHAR pNodeBuffer,
                                            DWORD NodeBufferSize, PWCHAR pServiceBuffer, DWORD ServiceBufferSize,
                                            INT Flags) __WSW_RUNTIME(GetNameInfoW);

#define GetAddrInfoA getaddrinfo
#define FreeAddrInfoA freeaddrinfo
#define GetNameInfoA getnameinfo
#ifdef UNICODE
#define GetAddrInfo GetAddrInfoW
#define FreeAddrInfo FreeAddrInfoW
#define GetNameInfo GetNameInfoW
#else
#define GetAddrInfo GetAddrInfoA
#define FreeAddrInfo FreeAddrInfoA
#define GetNameInfo GetNameInfoA
#endif

/*
 * GetAddrInfoEx, pure C in wasm/runtime/ws2_addrinfo.c over getaddrinfo (Vista and later,
 * the SDK's gate). dwNameSpace NS_ALL or NS_DNS; lpNspId picks no other provider here. With
 * lpOverlapped the lookup completes before the call returns WSA_IO_PENDING: the event is set,
 * or the completion routine has run, and GetAddrInfoExOverlappedResult gives the result.
 */
#if NTDDI_VERSION >= NTDDI_VISTA
typedef void(CALLBACK *LPLOOKUPSERVICE_COMPLETION_ROUTINE)(DWORD dwError, DWORD dwBytes, LPWSAOVERLAPPED lpOverlapped);

WINSOCK_API_LINKAGE INT WSAAPI GetAddrInfoExA(PCSTR pName, PCSTR pServiceName, DWORD dwNameSpace, LPGUID lpNspId,
                                              const ADDRINFOEXA *hints, PADDRINFOEXA *ppResult, struct timeval *timeout,
                                              LPOVERLAPPED lpOverlapped,
                                              LPLOOKUPSERVICE_COMPLETION_ROUTINE lpCompletionRoutine,
                                              LPHANDLE lpNameHandle) __WSW_RUNTIME(GetAddrInfoExA);
WINSOCK_API_LINKAGE INT WSAAPI GetAddrInfoExW(PCWSTR pName, PCWSTR pServiceName, DWORD dwNameSpace, LPGUID lpNspId,
                                              const ADDRINFOEXW *hints, PADDRINFOEXW *ppResult,
                                              struct timeval *timeout, LPOVERLAPPED lpOverlapped,
                                              LPLOOKUPSERVICE_COMPLETION_ROUTINE lpCompletionRoutine,
                                              LPHANDLE lpHandle) __WSW_RUNTIME(GetAddrInfoExW);
WINSOCK_API_LINKAGE INT WSAAPI GetAddrInfoExCancel(LPHANDLE lpHandle) __WSW_RUNTIME(GetAddrInfoExCancel);
WINSOCK_API_LINKAGE INT WSAAPI GetAddrInfoExOverlappedResult(LPOVERLAPPED lpOverlapped)
    __WSW_RUNTIME(GetAddrInfoExOverlappedResult);
WINSOCK_API_LINKAGE void WSAAPI FreeAddrInfoEx(PADDRINFOEXA pAddrInfoEx) __WSW_RUNTIME(FreeAddrInfoEx);
WINSOCK_API_LINKAGE void WSAAPI FreeAddrInfoExW(PADDRINFOEXW pAddrInfoEx) __WSW_RUNTIME(FreeAddrInfoExW);

/* As in the SDK: FreeAddrInfoExA is FreeAddrInfoEx, which UNICODE turns into FreeAddrInfoExW. */
#define FreeAddrInfoExA FreeAddrInfoEx
#ifdef UNICODE
#define GetAddrInfoEx GetAddrInfoExW
#define FreeAddrInfoEx FreeAddrInfoExW
#else
#define GetAddrInfoEx GetAddrInfoExA
#endif
#endif /* NTDDI_VERSION >= NTDDI_VISTA */

/* Pure C, in wasm/runtime/inet.c. Windows Vista and later (the SDK's gate). */
#if NTDDI_VERSION >= NTDDI_VISTA
WINSOCK_API_LINKAGE INT WSAAPI inet_pton(INT Family, PCSTR pszAddrString, PVOID pAddrBuf) __WSW_RUNTIME(inet_pton);
WINSOCK_API_LINKAGE PCSTR WSAAPI inet_ntop(INT Family, const VOID *pAddr, PSTR pStringBuf, size_t StringBufSize)
    __WSW_RUNTIME(inet_ntop);

WINSOCK_API_LINKAGE INT WSAAPI InetPtonW(INT Family, PCWSTR pszAddrString, PVOID pAddrBuf) __WSW_RUNTIME(InetPtonW);
WINSOCK_API_LINKAGE PCWSTR WSAAPI InetNtopW(INT Family, const VOID *pAddr, PWSTR pStringBuf, size_t StringBufSize)
    __WSW_RUNTIME(InetNtopW);

#define InetPtonA inet_pton
#define InetNtopA inet_ntop
#ifdef UNICODE
#define InetPton InetPtonW
#define InetNtop InetNtopW
#else
#define InetPton InetPtonA
#define InetNtop InetNtopA
#endif
#endif /* NTDDI_VERSION >= NTDDI_VISTA */

/*
 * gai_strerror: inline in the SDK header, not a ws2_32 export. As there, it is the system
 * message for the code (FormatMessage with FORMAT_MESSAGE_MAX_WIDTH_MASK, so the text ends
 * with a space where the message's line break was) in a static buffer: not thread-safe, and
 * for a code with no message the buffer keeps what it held ("The gai_strerror function is not
 * thread safe").
 */
#define GAI_STRERROR_BUFFER_SIZE 1024

WS2TCPIP_INLINE char *gai_strerrorA(int ecode)
{
    static char buff[GAI_STRERROR_BUFFER_SIZE + 1];
    FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS | FORMAT_MESSAGE_MAX_WIDTH_MASK, NULL,
                   (DWORD)ecode, MAKELANGID(LANG_NEUTRAL, SUBLANG_DEFAULT), buff, GAI_STRERROR_BUFFER_SIZE, NULL);
    return buff;
}

WS2TCPIP_INLINE WCHAR *gai_strerrorW(int ecode)
{
    static WCHAR buff[GAI_STRERROR_BUFFER_SIZE + 1];
    FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS | FORMAT_MESSAGE_MAX_WIDTH_MASK, NULL,
                   (DWORD)ecode, MAKELANGID(LANG_NEUTRAL, SUBLANG_DEFAULT), buff, GAI_STRERROR_BUFFER_SIZE, NULL);
    return buff;
}
#ifdef UNICODE
#define gai_strerror gai_strerrorW
#else
#define gai_strerror gai_strerrorA
#endif

__WSW_END_DECLS

#endif /* _WS2TCPIP_H_ */
