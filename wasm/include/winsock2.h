/*
 * winsock2.h - Windows Sockets 2 for wasm32 (winsock-wasm).
 *
 * Structures have the Win32 i686 layout (pinned below by static
 * assertions); constants have the Windows values. Winsock functions are wasm
 * imports from module "ws2_32", implemented by the host; the few pure
 * functions (inet_addr, inet_ntoa, __WSAFDIsSet, inet_pton, inet_ntop) are C
 * in wasm/runtime/, and the byte-order functions are inline here.
 *
 * Imports provided by the host, and so declared here or in ws2tcpip.h:
 *   WSAStartup, WSACleanup, WSAGetLastError, WSASetLastError, socket,
 *   WSASocketA, WSASocketW, closesocket, bind, listen, accept, connect,
 *   shutdown, getsockname, getpeername, send, recv, sendto, recvfrom,
 *   WSASend, WSARecv, WSASendTo, WSARecvFrom, select, ioctlsocket, WSAIoctl,
 *   setsockopt, getsockopt, getaddrinfo, freeaddrinfo, getnameinfo,
 *   gethostbyname, gethostbyaddr, gethostname, WSACreateEvent, WSACloseEvent, WSASetEvent,
 *   WSAResetEvent, WSAWaitForMultipleEvents (via wasm/runtime/apc.c),
 *   WSAGetOverlappedResult, WSAEventSelect, WSAAsyncSelect, WSAEnumNetworkEvents, WSAPoll, WSAJoinLeaf,
 *   WSAEnumProtocolsA, WSAEnumProtocolsW.
 * Guest code (wasm/runtime/ws2_async.c): WSAAsyncGetHostByName, WSAAsyncGetHostByAddr,
 * WSAAsyncGetServByName, WSAAsyncGetServByPort, WSAAsyncGetProtoByName,
 * WSAAsyncGetProtoByNumber and WSACancelAsyncRequest.
 * Not provided yet, so deliberately not declared (a declared import that the
 * host lacks would fail at load time):
 * WSASendMsg, WSADuplicateSocket*,
 * WSASendDisconnect, WSARecvDisconnect, WSAHtonl/WSAHtons/WSANtohl/WSANtohs,
 * and the mswsock.h extensions (AcceptEx, ConnectEx,
 * TransmitFile ...).
 *
 * Living with Emscripten's C library (musl) in one translation unit:
 *   - musl's <sys/types.h> (under its default _BSD_SOURCE) and <sys/time.h>
 *     include <sys/select.h>, whose POSIX fd_set, FD_* macros and select()
 *     clash with the Windows ones.
 *   - winsock2.h first, musl after: we define musl's guard _SYS_SELECT_H
 *     (and __DEFINED_struct_timeval with our struct timeval), so the later
 *     <sys/select.h> is skipped. Works.
 *   - musl's <sys/select.h> first (e.g. <sys/types.h> before <winsock2.h>):
 *     we drop musl's FD_* macros and FD_SETSIZE (1024), and map the names
 *     fd_set and select to private names (#define fd_set __wsw_fd_set,
 *     #define select __wsw_select) so that the program gets the Windows
 *     fd_set (FD_SETSIZE 64 unless it defined its own before musl's header,
 *     in which case musl's own definition already replaced it) and the
 *     ws2_32 select import. Works; musl's struct timeval has the same
 *     layout (two 32-bit longs) and is used as is.
 *   - musl's <unistd.h> declares gethostname(char *, size_t). If it came
 *     first, gethostname is mapped to a private name here and still calls
 *     the ws2_32 import. If it comes after, our unistd.h (found before
 *     musl's) renames musl's declaration, so gethostname stays ours.
 *   - <sys/socket.h>, <netinet/in.h>, <arpa/inet.h>, <netdb.h>, <poll.h>
 *     are the POSIX sockets API and cannot be mixed with this header.
 *   - <sys/time.h> after winsock2.h: timerisset/timerclear/timercmp are
 *     defined here with musl's exact text, so both orders are silent.
 *     (timercmp therefore compares correctly for all operators, where the
 *     Windows macro is only right for < and >.)
 */
#ifndef _WINSOCK2API_
#define _WINSOCK2API_
#define _WINSOCKAPI_

/* --- musl interplay (see above) ---------------------------------------- */
#if defined(_SYS_SELECT_H) && !defined(__WSW_SYS_SELECT_BLOCKED)
#define __WSW_MUSL_SELECT_FIRST 1
#undef FD_SETSIZE
#undef FD_SET
#undef FD_CLR
#undef FD_ZERO
#undef FD_ISSET
#define fd_set __wsw_fd_set
#define select __wsw_select
#endif
#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H
#define __WSW_SYS_SELECT_BLOCKED 1
#endif
#if defined(_UNISTD_H) && !defined(gethostname)
#define gethostname __wsw_gethostname
#endif

#include <stddef.h>
#include "winsock_wasm_abi.h"
#include "windows.h"
#include "ws2def.h"
#include "inaddr.h"
#include "qos.h"
#include "guiddef.h"

__WSW_BEGIN_DECLS

#ifndef WINSOCK_VERSION
#define WINSOCK_VERSION MAKEWORD(2, 2)
#endif
#ifndef WINSOCK_API_LINKAGE
#define WINSOCK_API_LINKAGE
#endif
#define WSAAPI FAR PASCAL

/* Basic types. Identical to musl's <sys/types.h> ones, so both may appear. */
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;
typedef unsigned __int64 u_int64;

typedef UINT_PTR SOCKET;
#define INVALID_SOCKET (SOCKET)(~0)
#define SOCKET_ERROR (-1)

/* select() sets: an array of sockets, not a bitmap. */
#ifndef FD_SETSIZE
#define FD_SETSIZE 64
#endif

typedef struct fd_set {
    u_int fd_count;
    SOCKET fd_array[FD_SETSIZE];
} fd_set;

typedef struct fd_set FD_SET, *PFD_SET, *LPFD_SET;

WINSOCK_API_LINKAGE int WSAAPI __WSAFDIsSet(SOCKET fd, fd_set *set) __WSW_RUNTIME(__WSAFDIsSet);

#define FD_CLR(fd, set) do { \
    u_int __i; \
    for (__i = 0; __i < ((fd_set *)(set))->fd_count; __i++) { \
        if (((fd_set *)(set))->fd_array[__i] == (SOCKET)(fd)) { \
            while (__i < ((fd_set *)(set))->fd_count - 1) { \
                ((fd_set *)(set))->fd_array[__i] = \
                    ((fd_set *)(set))->fd_array[__i + 1]; \
                __i++; \
            } \
            ((fd_set *)(set))->fd_count--; \
            break; \
        } \
    } \
} while (0)

#define FD_SET(fd, set) do { \
    u_int __i; \
    for (__i = 0; __i < ((fd_set *)(set))->fd_count; __i++) { \
        if (((fd_set *)(set))->fd_array[__i] == (SOCKET)(fd)) { \
            break; \
        } \
    } \
    if (__i == ((fd_set *)(set))->fd_count) { \
        if (((fd_set *)(set))->fd_count < FD_SETSIZE) { \
            ((fd_set *)(set))->fd_array[__i] = (fd); \
            ((fd_set *)(set))->fd_count++; \
        } \
    } \
} while (0)

#define FD_ZERO(set) (((fd_set *)(set))->fd_count = 0)

#define FD_ISSET(fd, set) __WSAFDIsSet((SOCKET)(fd), (fd_set *)(set))

/* Time value for select(): two 32-bit longs. */
#if !defined(__DEFINED_struct_timeval) && !defined(_TIMEVAL_DEFINED)
#define __DEFINED_struct_timeval
#define _TIMEVAL_DEFINED
struct timeval {
    long tv_sec;
    long tv_usec;
};
#endif
typedef struct timeval TIMEVAL, *PTIMEVAL, *LPTIMEVAL;

#ifndef timerisset
#define timerisset(t) ((t)->tv_sec || (t)->tv_usec)
#endif
#ifndef timerclear
#define timerclear(t) ((t)->tv_sec = (t)->tv_usec = 0)
#endif
#ifndef timercmp
#define timercmp(s,t,op) ((s)->tv_sec == (t)->tv_sec ? \
	(s)->tv_usec op (t)->tv_usec : (s)->tv_sec op (t)->tv_sec)
#endif

/* ioctlsocket commands. */
#define FIONREAD _IOR('f', 127, u_long)
#define FIONBIO _IOW('f', 126, u_long)
#define FIOASYNC _IOW('f', 125, u_long)
#define SIOCSHIWAT _IOW('s', 0, u_long)
#define SIOCGHIWAT _IOR('s', 1, u_long)
#define SIOCSLOWAT _IOW('s', 2, u_long)
#define SIOCGLOWAT _IOR('s', 3, u_long)
#define SIOCATMARK _IOR('s', 7, u_long)

/* Database structures. */
struct hostent {
    char *h_name;
    char **h_aliases;
    short h_addrtype;
    short h_length;
    char **h_addr_list;
#define h_addr h_addr_list[0]
};

struct netent {
    char *n_name;
    char **n_aliases;
    short n_addrtype;
    u_long n_net;
};

struct servent {
    char *s_name;
    char **s_aliases;
    short s_port;
    char *s_proto;
};

struct protoent {
    char *p_name;
    char **p_aliases;
    short p_proto;
};

typedef struct hostent HOSTENT, *PHOSTENT, *LPHOSTENT;
typedef struct servent SERVENT, *PSERVENT, *LPSERVENT;
typedef struct protoent PROTOENT, *PPROTOENT, *LPPROTOENT;

#define IMPLINK_IP 155
#define IMPLINK_LOWEXPER 156
#define IMPLINK_HIGHEXPER 158

#define ADDR_ANY INADDR_ANY

/* WSAStartup data: 400 bytes in the i686 field order. */
#define WSADESCRIPTION_LEN 256
#define WSASYS_STATUS_LEN 128

typedef struct WSAData {
    WORD wVersion;
    WORD wHighVersion;
    char szDescription[WSADESCRIPTION_LEN + 1];
    char szSystemStatus[WSASYS_STATUS_LEN + 1];
    unsigned short iMaxSockets;
    unsigned short iMaxUdpDg;
    char *lpVendorInfo;
} WSADATA, *LPWSADATA;

struct sockproto {
    u_short sp_family;
    u_short sp_protocol;
};

struct linger {
    u_short l_onoff;
    u_short l_linger;
};

typedef struct linger LINGER, *PLINGER, *LPLINGER;

#define FROM_PROTOCOL_INFO (-1)

#define SO_PROTOCOL_INFOA 0x2004
#define SO_PROTOCOL_INFOW 0x2005
#ifdef UNICODE
#define SO_PROTOCOL_INFO SO_PROTOCOL_INFOW
#else
#define SO_PROTOCOL_INFO SO_PROTOCOL_INFOA
#endif
#define PVD_CONFIG 0x3001

/* Protocol families. */
#define PF_UNSPEC AF_UNSPEC
#define PF_UNIX AF_UNIX
#define PF_INET AF_INET
#define PF_IMPLINK AF_IMPLINK
#define PF_PUP AF_PUP
#define PF_CHAOS AF_CHAOS
#define PF_NS AF_NS
#define PF_IPX AF_IPX
#define PF_ISO AF_ISO
#define PF_OSI AF_OSI
#define PF_ECMA AF_ECMA
#define PF_DATAKIT AF_DATAKIT
#define PF_CCITT AF_CCITT
#define PF_SNA AF_SNA
#define PF_DECnet AF_DECnet
#define PF_DLI AF_DLI
#define PF_LAT AF_LAT
#define PF_HYLINK AF_HYLINK
#define PF_APPLETALK AF_APPLETALK
#define PF_VOICEVIEW AF_VOICEVIEW
#define PF_FIREFOX AF_FIREFOX
#define PF_UNKNOWN1 AF_UNKNOWN1
#define PF_BAN AF_BAN
#define PF_ATM AF_ATM
#define PF_INET6 AF_INET6
#define PF_BTH AF_BTH
#define PF_MAX AF_MAX

#define SOMAXCONN 0x7fffffff
#define SOMAXCONN_HINT(b) (-(b))

/* send/recv flags. MSG_TRUNC, MSG_CTRUNC, MSG_BCAST, MSG_MCAST: ws2def.h. */
#define MSG_OOB 0x1
#define MSG_PEEK 0x2
#define MSG_DONTROUTE 0x4
#define MSG_WAITALL 0x8
#define MSG_PUSH_IMMEDIATE 0x20
#define MSG_PARTIAL 0x8000
#define MSG_INTERRUPT 0x10
#define MSG_MAXIOVLEN 16

#define MAXGETHOSTSTRUCT 1024

/* Network events (WSAEventSelect / WSAAsyncSelect). */
#define FD_READ_BIT 0
#define FD_READ (1 << FD_READ_BIT)
#define FD_WRITE_BIT 1
#define FD_WRITE (1 << FD_WRITE_BIT)
#define FD_OOB_BIT 2
#define FD_OOB (1 << FD_OOB_BIT)
#define FD_ACCEPT_BIT 3
#define FD_ACCEPT (1 << FD_ACCEPT_BIT)
#define FD_CONNECT_BIT 4
#define FD_CONNECT (1 << FD_CONNECT_BIT)
#define FD_CLOSE_BIT 5
#define FD_CLOSE (1 << FD_CLOSE_BIT)
#define FD_QOS_BIT 6
#define FD_QOS (1 << FD_QOS_BIT)
#define FD_GROUP_QOS_BIT 7
#define FD_GROUP_QOS (1 << FD_GROUP_QOS_BIT)
#define FD_ROUTING_INTERFACE_CHANGE_BIT 8
#define FD_ROUTING_INTERFACE_CHANGE (1 << FD_ROUTING_INTERFACE_CHANGE_BIT)
#define FD_ADDRESS_LIST_CHANGE_BIT 9
#define FD_ADDRESS_LIST_CHANGE (1 << FD_ADDRESS_LIST_CHANGE_BIT)
#define FD_MAX_EVENTS 10
#define FD_ALL_EVENTS ((1 << FD_MAX_EVENTS) - 1)

/* Error codes (WSAEINTR ... WSA_QOS_*) are in winerror.h.
 * BSD-compatible names, as winsock2.h defines them. */
#define h_errno WSAGetLastError()
#define HOST_NOT_FOUND WSAHOST_NOT_FOUND
#define TRY_AGAIN WSATRY_AGAIN
#define NO_RECOVERY WSANO_RECOVERY
#define NO_DATA WSANO_DATA
#define WSANO_ADDRESS WSANO_DATA
#define NO_ADDRESS WSANO_ADDRESS

/* Events and overlapped I/O. */
#define WSAEVENT HANDLE
#define LPWSAEVENT LPHANDLE
#define WSAOVERLAPPED OVERLAPPED
typedef struct _OVERLAPPED *LPWSAOVERLAPPED;

#define WSA_IO_PENDING (ERROR_IO_PENDING)
#define WSA_IO_INCOMPLETE (ERROR_IO_INCOMPLETE)
#define WSA_INVALID_HANDLE (ERROR_INVALID_HANDLE)
#define WSA_INVALID_PARAMETER (ERROR_INVALID_PARAMETER)
#define WSA_NOT_ENOUGH_MEMORY (ERROR_NOT_ENOUGH_MEMORY)
#define WSA_OPERATION_ABORTED (ERROR_OPERATION_ABORTED)

#define WSA_INVALID_EVENT ((WSAEVENT)NULL)
#define WSA_MAXIMUM_WAIT_EVENTS (MAXIMUM_WAIT_OBJECTS)
#define WSA_WAIT_FAILED (WAIT_FAILED)
#define WSA_WAIT_EVENT_0 (WAIT_OBJECT_0)
#define WSA_WAIT_IO_COMPLETION (WAIT_IO_COMPLETION)
#define WSA_WAIT_TIMEOUT (WAIT_TIMEOUT)
#define WSA_INFINITE (INFINITE)

typedef struct _QualityOfService {
    FLOWSPEC SendingFlowspec;
    FLOWSPEC ReceivingFlowspec;
    WSABUF ProviderSpecific;
} QOS, *LPQOS;

#define CF_ACCEPT 0x0000
#define CF_REJECT 0x0001
#define CF_DEFER 0x0002

#define SD_RECEIVE 0x00
#define SD_SEND 0x01
#define SD_BOTH 0x02

typedef unsigned int GROUP;

#define SG_UNCONSTRAINED_GROUP 0x01
#define SG_CONSTRAINED_GROUP 0x02

typedef struct _WSANETWORKEVENTS {
    long lNetworkEvents;
    int iErrorCode[FD_MAX_EVENTS];
} WSANETWORKEVENTS, *LPWSANETWORKEVENTS;

/* Protocol information. */
#define MAX_PROTOCOL_CHAIN 7
#define BASE_PROTOCOL 1
#define LAYERED_PROTOCOL 0

typedef struct _WSAPROTOCOLCHAIN {
    int ChainLen;
    DWORD ChainEntries[MAX_PROTOCOL_CHAIN];
} WSAPROTOCOLCHAIN, *LPWSAPROTOCOLCHAIN;

#define WSAPROTOCOL_LEN 255

typedef struct _WSAPROTOCOL_INFOA {
    DWORD dwServiceFlags1;
    DWORD dwServiceFlags2;
    DWORD dwServiceFlags3;
    DWORD dwServiceFlags4;
    DWORD dwProviderFlags;
    GUID ProviderId;
    DWORD dwCatalogEntryId;
    WSAPROTOCOLCHAIN ProtocolChain;
    int iVersion;
    int iAddressFamily;
    int iMaxSockAddr;
    int iMinSockAddr;
    int iSocketType;
    int iProtocol;
    int iProtocolMaxOffset;
    int iNetworkByteOrder;
    int iSecurityScheme;
    DWORD dwMessageSize;
    DWORD dwProviderReserved;
    CHAR szProtocol[WSAPROTOCOL_LEN + 1];
} WSAPROTOCOL_INFOA, *LPWSAPROTOCOL_INFOA;

typedef struct _WSAPROTOCOL_INFOW {
    DWORD dwServiceFlags1;
    DWORD dwServiceFlags2;
    DWORD dwServiceFlags3;
    DWORD dwServiceFlags4;
    DWORD dwProviderFlags;
    GUID ProviderId;
    DWORD dwCatalogEntryId;
    WSAPROTOCOLCHAIN ProtocolChain;
    int iVersion;
    int iAddressFamily;
    int iMaxSockAddr;
    int iMinSockAddr;
    int iSocketType;
    int iProtocol;
    int iProtocolMaxOffset;
    int iNetworkByteOrder;
    int iSecurityScheme;
    DWORD dwMessageSize;
    DWORD dwProviderReserved;
    WCHAR szProtocol[WSAPROTOCOL_LEN + 1];
} WSAPROTOCOL_INFOW, *LPWSAPROTOCOL_INFOW;

#ifdef UNICODE
typedef WSAPROTOCOL_INFOW WSAPROTOCOL_INFO;
typedef LPWSAPROTOCOL_INFOW LPWSAPROTOCOL_INFO;
#else
typedef WSAPROTOCOL_INFOA WSAPROTOCOL_INFO;
typedef LPWSAPROTOCOL_INFOA LPWSAPROTOCOL_INFO;
#endif

#define PFL_MULTIPLE_PROTO_ENTRIES 0x00000001
#define PFL_RECOMMENDED_PROTO_ENTRY 0x00000002
#define PFL_HIDDEN 0x00000004
#define PFL_MATCHES_PROTOCOL_ZERO 0x00000008
#define PFL_NETWORKDIRECT_PROVIDER 0x00000010

#define XP1_CONNECTIONLESS 0x00000001
#define XP1_GUARANTEED_DELIVERY 0x00000002
#define XP1_GUARANTEED_ORDER 0x00000004
#define XP1_MESSAGE_ORIENTED 0x00000008
#define XP1_PSEUDO_STREAM 0x00000010
#define XP1_GRACEFUL_CLOSE 0x00000020
#define XP1_EXPEDITED_DATA 0x00000040
#define XP1_CONNECT_DATA 0x00000080
#define XP1_DISCONNECT_DATA 0x00000100
#define XP1_SUPPORT_BROADCAST 0x00000200
#define XP1_SUPPORT_MULTIPOINT 0x00000400
#define XP1_MULTIPOINT_CONTROL_PLANE 0x00000800
#define XP1_MULTIPOINT_DATA_PLANE 0x00001000
#define XP1_QOS_SUPPORTED 0x00002000
#define XP1_INTERRUPT 0x00004000
#define XP1_UNI_SEND 0x00008000
#define XP1_UNI_RECV 0x00010000
#define XP1_IFS_HANDLES 0x00020000
#define XP1_PARTIAL_MESSAGE 0x00040000
#define XP1_SAN_SUPPORT_SDP 0x00080000

#define BIGENDIAN 0x0000
#define LITTLEENDIAN 0x0001
#define SECURITY_PROTOCOL_NONE 0x0000

#define JL_SENDER_ONLY 0x01
#define JL_RECEIVER_ONLY 0x02
#define JL_BOTH 0x04

/* WSASocket flags. */
#define WSA_FLAG_OVERLAPPED 0x01
#define WSA_FLAG_MULTIPOINT_C_ROOT 0x02
#define WSA_FLAG_MULTIPOINT_C_LEAF 0x04
#define WSA_FLAG_MULTIPOINT_D_ROOT 0x08
#define WSA_FLAG_MULTIPOINT_D_LEAF 0x10
#define WSA_FLAG_ACCESS_SYSTEM_SECURITY 0x40
#define WSA_FLAG_NO_HANDLE_INHERIT 0x80
#define WSA_FLAG_REGISTERED_IO 0x100

typedef int (CALLBACK *LPCONDITIONPROC)(LPWSABUF lpCallerId, LPWSABUF lpCallerData, LPQOS lpSQOS, LPQOS lpGQOS,
                                        LPWSABUF lpCalleeId, LPWSABUF lpCalleeData, GROUP *g, DWORD_PTR dwCallbackData);
typedef void (CALLBACK *LPWSAOVERLAPPED_COMPLETION_ROUTINE)(DWORD dwError, DWORD cbTransferred,
                                                            LPWSAOVERLAPPED lpOverlapped, DWORD dwFlags);

/* WSAPoll: Windows Vista and later (the SDK's gate). */
#if _WIN32_WINNT >= 0x0600
#define POLLRDNORM 0x0100
#define POLLRDBAND 0x0200
#define POLLIN (POLLRDNORM | POLLRDBAND)
#define POLLPRI 0x0400
#define POLLWRNORM 0x0010
#define POLLOUT (POLLWRNORM)
#define POLLWRBAND 0x0020
#define POLLERR 0x0001
#define POLLHUP 0x0002
#define POLLNVAL 0x0004

typedef struct pollfd {
    SOCKET fd;
    SHORT events;
    SHORT revents;
} WSAPOLLFD, *PWSAPOLLFD, *LPWSAPOLLFD;
#endif

/* Async-select reply helpers. */
#define WSAMAKEASYNCREPLY(buflen, error) MAKELONG(buflen, error)
#define WSAMAKESELECTREPLY(event, error) MAKELONG(event, error)
#define WSAGETASYNCBUFLEN(lParam) LOWORD(lParam)
#define WSAGETASYNCERROR(lParam) HIWORD(lParam)
#define WSAGETSELECTEVENT(lParam) LOWORD(lParam)
#define WSAGETSELECTERROR(lParam) HIWORD(lParam)

/* Byte order: wasm32 is little-endian, like x86. */
static __inline u_short htons(u_short hostshort) { return (u_short)__builtin_bswap16(hostshort); }
static __inline u_short ntohs(u_short netshort) { return (u_short)__builtin_bswap16(netshort); }
static __inline u_long htonl(u_long hostlong) { return (u_long)__builtin_bswap32((unsigned int)hostlong); }
static __inline u_long ntohl(u_long netlong) { return (u_long)__builtin_bswap32((unsigned int)netlong); }
#ifndef NO_EXTRA_HTON_FUNCTIONS
static __inline unsigned __int64 htonll(unsigned __int64 Value) { return __builtin_bswap64(Value); }
static __inline unsigned __int64 ntohll(unsigned __int64 Value) { return __builtin_bswap64(Value); }
static __inline unsigned __int32 htonf(float Value)
{
    unsigned __int32 Tempval;
    __builtin_memcpy(&Tempval, &Value, sizeof(Tempval));
    return __builtin_bswap32(Tempval);
}
static __inline float ntohf(unsigned __int32 Value)
{
    float Retval;
    Value = __builtin_bswap32(Value);
    __builtin_memcpy(&Retval, &Value, sizeof(Retval));
    return Retval;
}
static __inline unsigned __int64 htond(double Value)
{
    unsigned __int64 Tempval;
    __builtin_memcpy(&Tempval, &Value, sizeof(Tempval));
    return __builtin_bswap64(Tempval);
}
static __inline double ntohd(unsigned __int64 Value)
{
    double Retval;
    Value = __builtin_bswap64(Value);
    __builtin_memcpy(&Retval, &Value, sizeof(Retval));
    return Retval;
}
#endif

/* Pure C, in wasm/runtime/inet.c. */
WINSOCK_API_LINKAGE unsigned long WSAAPI inet_addr(const char *cp) __WSW_RUNTIME(inet_addr);
WINSOCK_API_LINKAGE char *WSAAPI inet_ntoa(struct in_addr in) __WSW_RUNTIME(inet_ntoa);

/* ws2_32 imports. */
WINSOCK_API_LINKAGE int WSAAPI WSAStartup(WORD wVersionRequested, LPWSADATA lpWSAData) __WSW_IMPORT(ws2_32, WSAStartup);
WINSOCK_API_LINKAGE int WSAAPI WSACleanup(void) __WSW_IMPORT(ws2_32, WSACleanup);
WINSOCK_API_LINKAGE int WSAAPI WSAGetLastError(void) __WSW_IMPORT(ws2_32, WSAGetLastError);
WINSOCK_API_LINKAGE void WSAAPI WSASetLastError(int iError) __WSW_IMPORT(ws2_32, WSASetLastError);

WINSOCK_API_LINKAGE SOCKET WSAAPI socket(int af, int type, int protocol) __WSW_IMPORT(ws2_32, socket);
WINSOCK_API_LINKAGE SOCKET WSAAPI WSASocketA(int af, int type, int protocol, LPWSAPROTOCOL_INFOA lpProtocolInfo,
                                             GROUP g, DWORD dwFlags) __WSW_IMPORT(ws2_32, WSASocketA);
WINSOCK_API_LINKAGE SOCKET WSAAPI WSASocketW(int af, int type, int protocol, LPWSAPROTOCOL_INFOW lpProtocolInfo,
                                             GROUP g, DWORD dwFlags) __WSW_IMPORT(ws2_32, WSASocketW);
#ifdef UNICODE
#define WSASocket WSASocketW
#else
#define WSASocket WSASocketA
#endif
WINSOCK_API_LINKAGE int WSAAPI WSAEnumProtocolsA(LPINT lpiProtocols, LPWSAPROTOCOL_INFOA lpProtocolBuffer,
                                                 LPDWORD lpdwBufferLength) __WSW_IMPORT(ws2_32, WSAEnumProtocolsA);
WINSOCK_API_LINKAGE int WSAAPI WSAEnumProtocolsW(LPINT lpiProtocols, LPWSAPROTOCOL_INFOW lpProtocolBuffer,
                                                 LPDWORD lpdwBufferLength) __WSW_IMPORT(ws2_32, WSAEnumProtocolsW);
#ifdef UNICODE
#define WSAEnumProtocols WSAEnumProtocolsW
#else
#define WSAEnumProtocols WSAEnumProtocolsA
#endif
WINSOCK_API_LINKAGE int WSAAPI closesocket(SOCKET s) __WSW_IMPORT(ws2_32, closesocket);

WINSOCK_API_LINKAGE int WSAAPI bind(SOCKET s, const struct sockaddr *name, int namelen) __WSW_IMPORT(ws2_32, bind);
WINSOCK_API_LINKAGE int WSAAPI listen(SOCKET s, int backlog) __WSW_IMPORT(ws2_32, listen);
WINSOCK_API_LINKAGE SOCKET WSAAPI accept(SOCKET s, struct sockaddr *addr, int *addrlen) __WSW_IMPORT(ws2_32, accept);
WINSOCK_API_LINKAGE int WSAAPI connect(SOCKET s, const struct sockaddr *name, int namelen) __WSW_IMPORT(ws2_32, connect);
WINSOCK_API_LINKAGE int WSAAPI shutdown(SOCKET s, int how) __WSW_IMPORT(ws2_32, shutdown);
WINSOCK_API_LINKAGE int WSAAPI getsockname(SOCKET s, struct sockaddr *name, int *namelen) __WSW_IMPORT(ws2_32, getsockname);
WINSOCK_API_LINKAGE int WSAAPI getpeername(SOCKET s, struct sockaddr *name, int *namelen) __WSW_IMPORT(ws2_32, getpeername);

WINSOCK_API_LINKAGE int WSAAPI send(SOCKET s, const char *buf, int len, int flags) __WSW_IMPORT(ws2_32, send);
WINSOCK_API_LINKAGE int WSAAPI recv(SOCKET s, char *buf, int len, int flags) __WSW_IMPORT(ws2_32, recv);
WINSOCK_API_LINKAGE int WSAAPI sendto(SOCKET s, const char *buf, int len, int flags, const struct sockaddr *to,
                                      int tolen) __WSW_IMPORT(ws2_32, sendto);
WINSOCK_API_LINKAGE int WSAAPI recvfrom(SOCKET s, char *buf, int len, int flags, struct sockaddr *from,
                                        int *fromlen) __WSW_IMPORT(ws2_32, recvfrom);

WINSOCK_API_LINKAGE int WSAAPI WSASend(SOCKET s, LPWSABUF lpBuffers, DWORD dwBufferCount, LPDWORD lpNumberOfBytesSent,
                                       DWORD dwFlags, LPWSAOVERLAPPED lpOverlapped,
                                       LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine)
    __WSW_IMPORT(ws2_32, WSASend);
WINSOCK_API_LINKAGE int WSAAPI WSARecv(SOCKET s, LPWSABUF lpBuffers, DWORD dwBufferCount, LPDWORD lpNumberOfBytesRecvd,
                                       LPDWORD lpFlags, LPWSAOVERLAPPED lpOverlapped,
                                       LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine)
    __WSW_IMPORT(ws2_32, WSARecv);
WINSOCK_API_LINKAGE int WSAAPI WSASendTo(SOCKET s, LPWSABUF lpBuffers, DWORD dwBufferCount, LPDWORD lpNumberOfBytesSent,
                                         DWORD dwFlags, const struct sockaddr *lpTo, int iTolen,
                                         LPWSAOVERLAPPED lpOverlapped,
                                         LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine)
    __WSW_IMPORT(ws2_32, WSASendTo);
WINSOCK_API_LINKAGE int WSAAPI WSARecvFrom(SOCKET s, LPWSABUF lpBuffers, DWORD dwBufferCount,
                                           LPDWORD lpNumberOfBytesRecvd, LPDWORD lpFlags, struct sockaddr *lpFrom,
                                           LPINT lpFromlen, LPWSAOVERLAPPED lpOverlapped,
                                           LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine)
    __WSW_IMPORT(ws2_32, WSARecvFrom);

WINSOCK_API_LINKAGE int WSAAPI select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
                                      const struct timeval *timeout) __WSW_IMPORT(ws2_32, select);
WINSOCK_API_LINKAGE int WSAAPI ioctlsocket(SOCKET s, long cmd, u_long *argp) __WSW_IMPORT(ws2_32, ioctlsocket);
/* FIONBIO, FIONREAD, SIOCATMARK, SIO_KEEPALIVE_VALS, SIO_ADDRESS_LIST_QUERY, SIO_UDP_CONNRESET,
 * SIO_UDP_NETRESET; SIO_GET_EXTENSION_FUNCTION_POINTER fails with WSAEINVAL (no extension is
 * provided yet); another code fails with WSAEINVAL. Each completes at once, overlapped or not. */
WINSOCK_API_LINKAGE int WSAAPI WSAIoctl(SOCKET s, DWORD dwIoControlCode, LPVOID lpvInBuffer, DWORD cbInBuffer,
                                        LPVOID lpvOutBuffer, DWORD cbOutBuffer, LPDWORD lpcbBytesReturned,
                                        LPWSAOVERLAPPED lpOverlapped,
                                        LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine)
    __WSW_IMPORT(ws2_32, WSAIoctl);
WINSOCK_API_LINKAGE int WSAAPI setsockopt(SOCKET s, int level, int optname, const char *optval, int optlen)
    __WSW_IMPORT(ws2_32, setsockopt);
WINSOCK_API_LINKAGE int WSAAPI getsockopt(SOCKET s, int level, int optname, char *optval, int *optlen)
    __WSW_IMPORT(ws2_32, getsockopt);

/* Event objects, overlapped results, network events, poll. */
WINSOCK_API_LINKAGE WSAEVENT WSAAPI WSACreateEvent(void) __WSW_IMPORT(ws2_32, WSACreateEvent);
WINSOCK_API_LINKAGE BOOL WSAAPI WSACloseEvent(WSAEVENT hEvent) __WSW_IMPORT(ws2_32, WSACloseEvent);
WINSOCK_API_LINKAGE BOOL WSAAPI WSASetEvent(WSAEVENT hEvent) __WSW_IMPORT(ws2_32, WSASetEvent);
WINSOCK_API_LINKAGE BOOL WSAAPI WSAResetEvent(WSAEVENT hEvent) __WSW_IMPORT(ws2_32, WSAResetEvent);
/* Pure C (wasm/runtime/apc.c): runs queued completion routines when the wait is alertable. */
WINSOCK_API_LINKAGE DWORD WSAAPI WSAWaitForMultipleEvents(DWORD cEvents, const WSAEVENT *lphEvents, BOOL fWaitAll,
                                                         DWORD dwTimeout, BOOL fAlertable)
    __WSW_RUNTIME(WSAWaitForMultipleEvents);
WINSOCK_API_LINKAGE BOOL WSAAPI WSAGetOverlappedResult(SOCKET s, LPWSAOVERLAPPED lpOverlapped, LPDWORD lpcbTransfer,
                                                      BOOL fWait, LPDWORD lpdwFlags)
    __WSW_IMPORT(ws2_32, WSAGetOverlappedResult);
/* Address strings: pure C (wasm/runtime/ws2_addrstr.c). "a.b.c.d[:port]" and
 * "[addr%scope]:port"; the lengths count characters with the terminator, and a buffer too
 * small is WSAEFAULT with the size needed. lpProtocolInfo is not used. */
WINSOCK_API_LINKAGE INT WSAAPI WSAAddressToStringA(LPSOCKADDR lpsaAddress, DWORD dwAddressLength,
                                                   LPWSAPROTOCOL_INFOA lpProtocolInfo, LPSTR lpszAddressString,
                                                   LPDWORD lpdwAddressStringLength) __WSW_RUNTIME(WSAAddressToStringA);
WINSOCK_API_LINKAGE INT WSAAPI WSAAddressToStringW(LPSOCKADDR lpsaAddress, DWORD dwAddressLength,
                                                   LPWSAPROTOCOL_INFOW lpProtocolInfo, LPWSTR lpszAddressString,
                                                   LPDWORD lpdwAddressStringLength) __WSW_RUNTIME(WSAAddressToStringW);
WINSOCK_API_LINKAGE INT WSAAPI WSAStringToAddressA(LPSTR AddressString, INT AddressFamily,
                                                   LPWSAPROTOCOL_INFOA lpProtocolInfo, LPSOCKADDR lpAddress,
                                                   LPINT lpAddressLength) __WSW_RUNTIME(WSAStringToAddressA);
WINSOCK_API_LINKAGE INT WSAAPI WSAStringToAddressW(LPWSTR AddressString, INT AddressFamily,
                                                   LPWSAPROTOCOL_INFOW lpProtocolInfo, LPSOCKADDR lpAddress,
                                                   LPINT lpAddressLength) __WSW_RUNTIME(WSAStringToAddressW);
#ifdef UNICODE
#define WSAAddressToString WSAAddressToStringW
#define WSAStringToAddress WSAStringToAddressW
#else
#define WSAAddressToString WSAAddressToStringA
#define WSAStringToAddress WSAStringToAddressA
#endif

WINSOCK_API_LINKAGE int WSAAPI WSAEventSelect(SOCKET s, WSAEVENT hEventObject, long lNetworkEvents)
    __WSW_IMPORT(ws2_32, WSAEventSelect);
/* Window messages (winuser.h): the events are posted to hWnd as wMsg, wParam the socket and
 * lParam WSAMAKESELECTREPLY(event, error). */
WINSOCK_API_LINKAGE int WSAAPI WSAAsyncSelect(SOCKET s, HWND hWnd, u_int wMsg, long lEvent)
    __WSW_IMPORT(ws2_32, WSAAsyncSelect);
/* The look-ups of the database functions, answered by a message to hWnd: wParam the task
 * handle returned, lParam WSAMAKEASYNCREPLY(bytes needed, error); the result is laid out in
 * buf (MAXGETHOSTSTRUCT bytes are enough for a hostent). The look-up is made during the call;
 * its message is posted before the call returns, and GetMessage delivers it. */
WINSOCK_API_LINKAGE HANDLE WSAAPI WSAAsyncGetHostByName(HWND hWnd, u_int wMsg, const char *name, char *buf, int buflen);
WINSOCK_API_LINKAGE HANDLE WSAAPI WSAAsyncGetHostByAddr(HWND hWnd, u_int wMsg, const char *addr, int len, int type,
                                                        char *buf, int buflen);
WINSOCK_API_LINKAGE HANDLE WSAAPI WSAAsyncGetServByName(HWND hWnd, u_int wMsg, const char *name, const char *proto,
                                                        char *buf, int buflen);
WINSOCK_API_LINKAGE HANDLE WSAAPI WSAAsyncGetServByPort(HWND hWnd, u_int wMsg, int port, const char *proto, char *buf,
                                                        int buflen);
WINSOCK_API_LINKAGE HANDLE WSAAPI WSAAsyncGetProtoByName(HWND hWnd, u_int wMsg, const char *name, char *buf,
                                                         int buflen);
WINSOCK_API_LINKAGE HANDLE WSAAPI WSAAsyncGetProtoByNumber(HWND hWnd, u_int wMsg, int number, char *buf, int buflen);
WINSOCK_API_LINKAGE int WSAAPI WSACancelAsyncRequest(HANDLE hAsyncTaskHandle);
WINSOCK_API_LINKAGE int WSAAPI WSAEnumNetworkEvents(SOCKET s, WSAEVENT hEventObject,
                                                    LPWSANETWORKEVENTS lpNetworkEvents)
    __WSW_IMPORT(ws2_32, WSAEnumNetworkEvents);
#if _WIN32_WINNT >= 0x0600
WINSOCK_API_LINKAGE int WSAAPI WSAPoll(LPWSAPOLLFD fdArray, ULONG fds, INT timeout) __WSW_IMPORT(ws2_32, WSAPoll);
#endif

/* Pure C, in wasm/runtime/ws2_accept.c, over accept and connect. */
WINSOCK_API_LINKAGE SOCKET WSAAPI WSAAccept(SOCKET s, struct sockaddr *addr, LPINT addrlen, LPCONDITIONPROC lpfnCondition,
                                            DWORD_PTR dwCallbackData) __WSW_RUNTIME(WSAAccept);
/* IP multicast's non-rooted multipoint session on a UDP socket made with WSA_FLAG_MULTIPOINT_C_LEAF
 * or _D_LEAF: the group is joined as IP_ADD_MEMBERSHIP joins it, and s itself is returned. */
WINSOCK_API_LINKAGE SOCKET WSAAPI WSAJoinLeaf(SOCKET s, const struct sockaddr *name, int namelen, LPWSABUF lpCallerData,
                                             LPWSABUF lpCalleeData, LPQOS lpSQOS, LPQOS lpGQOS, DWORD dwFlags)
    __WSW_IMPORT(ws2_32, WSAJoinLeaf);
WINSOCK_API_LINKAGE int WSAAPI WSAConnect(SOCKET s, const struct sockaddr *name, int namelen, LPWSABUF lpCallerData,
                                          LPWSABUF lpCalleeData, LPQOS lpSQOS, LPQOS lpGQOS) __WSW_RUNTIME(WSAConnect);
WINSOCK_API_LINKAGE struct hostent *WSAAPI gethostbyname(const char *name) __WSW_IMPORT(ws2_32, gethostbyname);
WINSOCK_API_LINKAGE struct hostent *WSAAPI gethostbyaddr(const char *addr, int len, int type) __WSW_IMPORT(ws2_32, gethostbyaddr);
/* The service and protocol databases: Windows' own services and protocol files, in the
 * runtime (wasm/runtime/ws2_services.c). Ports are in network byte order. */
WINSOCK_API_LINKAGE struct servent *WSAAPI getservbyname(const char *name, const char *proto) __WSW_RUNTIME(getservbyname);
WINSOCK_API_LINKAGE struct servent *WSAAPI getservbyport(int port, const char *proto) __WSW_RUNTIME(getservbyport);
WINSOCK_API_LINKAGE struct protoent *WSAAPI getprotobyname(const char *name) __WSW_RUNTIME(getprotobyname);
WINSOCK_API_LINKAGE struct protoent *WSAAPI getprotobynumber(int number) __WSW_RUNTIME(getprotobynumber);
WINSOCK_API_LINKAGE int WSAAPI gethostname(char *name, int namelen) __WSW_IMPORT(ws2_32, gethostname);

/* Layout contract with the host (host/abi reads and writes these offsets). */
__WSW_SIZE(u_long, 4);
__WSW_SIZE(SOCKET, 4);
__WSW_OFFSET(fd_set, fd_array, 4);
__WSW_STATIC_ASSERT(sizeof(fd_set) == sizeof(u_int) + FD_SETSIZE * sizeof(SOCKET), "fd_set is fd_count + fd_array[FD_SETSIZE]");
__WSW_STATIC_ASSERT(FD_SETSIZE != 64 || sizeof(fd_set) == 260, "sizeof(fd_set) must be 260 with FD_SETSIZE 64");
__WSW_SIZE(struct timeval, 8);
__WSW_OFFSET(struct timeval, tv_usec, 4);
__WSW_SIZE(struct hostent, 16);
__WSW_OFFSET(struct hostent, h_aliases, 4);
__WSW_OFFSET(struct hostent, h_addrtype, 8);
__WSW_OFFSET(struct hostent, h_length, 10);
__WSW_OFFSET(struct hostent, h_addr_list, 12);
__WSW_SIZE(struct netent, 16);
__WSW_SIZE(struct servent, 16);
__WSW_OFFSET(struct servent, s_port, 8);
__WSW_OFFSET(struct servent, s_proto, 12);
__WSW_SIZE(struct protoent, 12);
__WSW_OFFSET(struct protoent, p_proto, 8);
__WSW_SIZE(struct linger, 4);
__WSW_OFFSET(struct linger, l_linger, 2);
__WSW_SIZE(WSADATA, 400);
__WSW_OFFSET(WSADATA, wHighVersion, 2);
__WSW_OFFSET(WSADATA, szDescription, 4);
__WSW_OFFSET(WSADATA, szSystemStatus, 261);
__WSW_OFFSET(WSADATA, iMaxSockets, 390);
__WSW_OFFSET(WSADATA, iMaxUdpDg, 392);
__WSW_OFFSET(WSADATA, lpVendorInfo, 396);
__WSW_SIZE(WSAOVERLAPPED, 20);
__WSW_OFFSET(WSAOVERLAPPED, hEvent, 16);
__WSW_SIZE(WSANETWORKEVENTS, 44);
__WSW_OFFSET(WSANETWORKEVENTS, iErrorCode, 4);
#if _WIN32_WINNT >= 0x0600
__WSW_SIZE(WSAPOLLFD, 8);
__WSW_OFFSET(WSAPOLLFD, events, 4);
__WSW_OFFSET(WSAPOLLFD, revents, 6);
#endif
__WSW_SIZE(QOS, 72);
__WSW_SIZE(WSAPROTOCOLCHAIN, 32);
__WSW_SIZE(WSAPROTOCOL_INFOA, 372);
__WSW_OFFSET(WSAPROTOCOL_INFOA, ProviderId, 20);
__WSW_OFFSET(WSAPROTOCOL_INFOA, dwCatalogEntryId, 36);
__WSW_OFFSET(WSAPROTOCOL_INFOA, ProtocolChain, 40);
__WSW_OFFSET(WSAPROTOCOL_INFOA, iVersion, 72);
__WSW_OFFSET(WSAPROTOCOL_INFOA, szProtocol, 116);
__WSW_SIZE(WSAPROTOCOL_INFOW, 628);
__WSW_OFFSET(WSAPROTOCOL_INFOW, szProtocol, 116);

__WSW_END_DECLS

#endif /* _WINSOCK2API_ */
