/*
 * winerror.h - Win32 and Windows Sockets error codes (winsock-wasm).
 *
 * Values are the Windows ones. ERROR_* carry the L suffix as in the SDK.
 * The WSA* codes are plain int constants, as winsock2.h spells them
 * ((WSABASEERR+n)); they live here once so that winsock2.h and winerror.h
 * never define them twice. WSA_QOS_EUNKOWNPSOBJ is the SDK's own spelling;
 * WSA_QOS_EUNKNOWNPSOBJ is accepted too.
 */
#ifndef _WINERROR_
#define _WINERROR_

#define FACILITY_WIN32 7
#define SEVERITY_SUCCESS 0
#define SEVERITY_ERROR 1
#define SUCCEEDED(hr) (((HRESULT)(hr)) >= 0)
#define FAILED(hr) (((HRESULT)(hr)) < 0)
#define IS_ERROR(Status) (((unsigned long)(Status)) >> 31 == SEVERITY_ERROR)
#define HRESULT_CODE(hr) ((hr) & 0xFFFF)
#define HRESULT_FACILITY(hr) (((hr) >> 16) & 0x1fff)
#define HRESULT_SEVERITY(hr) (((hr) >> 31) & 0x1)
#define HRESULT_FROM_WIN32(x) ((HRESULT)(x) <= 0 ? ((HRESULT)(x)) : ((HRESULT)(((x) & 0x0000FFFF) | (FACILITY_WIN32 << 16) | 0x80000000)))
#define S_OK ((HRESULT)0L)
#define S_FALSE ((HRESULT)1L)
#define E_FAIL ((HRESULT)0x80004005L)
#define E_INVALIDARG ((HRESULT)0x80070057L)
#define E_OUTOFMEMORY ((HRESULT)0x8007000EL)
#define E_NOTIMPL ((HRESULT)0x80004001L)
#define E_POINTER ((HRESULT)0x80004003L)
#define E_ABORT ((HRESULT)0x80004004L)
#define E_UNEXPECTED ((HRESULT)0x8000FFFFL)


#define ERROR_SUCCESS                     0L
#define NO_ERROR                          0L
#define ERROR_INVALID_FUNCTION            1L
#define ERROR_FILE_NOT_FOUND              2L
#define ERROR_PATH_NOT_FOUND              3L
#define ERROR_TOO_MANY_OPEN_FILES         4L
#define ERROR_ACCESS_DENIED               5L
#define ERROR_INVALID_HANDLE              6L
#define ERROR_NOT_ENOUGH_MEMORY           8L
#define ERROR_INVALID_DATA                13L
#define ERROR_OUTOFMEMORY                 14L
#define ERROR_NOT_READY                   21L
#define ERROR_HANDLE_EOF                  38L
#define ERROR_NOT_SUPPORTED               50L
#define ERROR_REM_NOT_LIST                51L
#define ERROR_BAD_NETPATH                 53L
#define ERROR_NETWORK_BUSY                54L
#define ERROR_UNEXP_NET_ERR               59L
#define ERROR_NETNAME_DELETED             64L
#define ERROR_NETWORK_ACCESS_DENIED       65L
#define ERROR_BAD_NET_NAME                67L
#define ERROR_INVALID_PARAMETER           87L
#define ERROR_BROKEN_PIPE                 109L
#define ERROR_SEM_TIMEOUT                 121L
#define ERROR_INSUFFICIENT_BUFFER         122L
#define ERROR_INVALID_NAME                123L
#define ERROR_MOD_NOT_FOUND               126L
#define ERROR_PROC_NOT_FOUND              127L
#define ERROR_ALREADY_EXISTS              183L
#define ERROR_NO_DATA                     232L
#define ERROR_MORE_DATA                   234L
#define WAIT_TIMEOUT                      258L
#define ERROR_NO_MORE_ITEMS               259L
#define ERROR_INVALID_ADDRESS             487L
#define ERROR_ABANDONED_WAIT_0            735L
#define ERROR_OPERATION_ABORTED           995L
#define ERROR_IO_INCOMPLETE               996L
#define ERROR_IO_PENDING                  997L
#define ERROR_NOACCESS                    998L
/* File system errors (wasm/runtime/kernel32_file.c). */
#ifndef ERROR_NO_MORE_FILES
#define ERROR_NO_MORE_FILES 18L
#endif
#ifndef ERROR_NOT_SAME_DEVICE
#define ERROR_NOT_SAME_DEVICE 17L
#endif
#ifndef ERROR_SHARING_VIOLATION
#define ERROR_SHARING_VIOLATION 32L
#endif
#ifndef ERROR_BUFFER_OVERFLOW
#define ERROR_BUFFER_OVERFLOW 111L
#endif
#ifndef ERROR_MOD_NOT_FOUND
#define ERROR_MOD_NOT_FOUND 126L
#endif
#ifndef ERROR_FILE_EXISTS
#define ERROR_FILE_EXISTS 80L
#endif
#ifndef ERROR_DISK_FULL
#define ERROR_DISK_FULL 112L
#endif
#ifndef ERROR_NEGATIVE_SEEK
#define ERROR_NEGATIVE_SEEK 131L
#endif
#ifndef ERROR_DIR_NOT_EMPTY
#define ERROR_DIR_NOT_EMPTY 145L
#endif
#ifndef ERROR_DIRECTORY
#define ERROR_DIRECTORY 267L
#endif
#ifndef ERROR_FILENAME_EXCED_RANGE
#define ERROR_FILENAME_EXCED_RANGE 206L
#endif
#define ERROR_INVALID_FLAGS               1004L
#define ERROR_NOT_FOUND                   1168L
#define ERROR_INVALID_NETNAME             1214L
#define ERROR_CANCELLED                   1223L
#define ERROR_CONNECTION_REFUSED          1225L
#define ERROR_GRACEFUL_DISCONNECT         1226L
#define ERROR_ADDRESS_ALREADY_ASSOCIATED  1227L
#define ERROR_ADDRESS_NOT_ASSOCIATED      1228L
#define ERROR_CONNECTION_INVALID          1229L
#define ERROR_CONNECTION_ACTIVE           1230L
#define ERROR_NETWORK_UNREACHABLE         1231L
#define ERROR_HOST_UNREACHABLE            1232L
#define ERROR_PROTOCOL_UNREACHABLE        1233L
#define ERROR_PORT_UNREACHABLE            1234L
#define ERROR_REQUEST_ABORTED             1235L
#define ERROR_CONNECTION_ABORTED          1236L
#define ERROR_RETRY                       1237L
#define ERROR_CONNECTION_COUNT_LIMIT      1238L
#define ERROR_INCORRECT_ADDRESS           1241L
#define ERROR_ALREADY_REGISTERED          1242L
#define ERROR_SERVICE_NOT_FOUND           1243L
#define ERROR_TIMEOUT                     1460L

/* Windows Sockets error codes (winerror.h / winsock2.h). */
#ifndef WSABASEERR
#define WSABASEERR 10000
#define WSAEINTR                     10004
#define WSAEBADF                     10009
#define WSAEACCES                    10013
#define WSAEFAULT                    10014
#define WSAEINVAL                    10022
#define WSAEMFILE                    10024
#define WSAEWOULDBLOCK               10035
#define WSAEINPROGRESS               10036
#define WSAEALREADY                  10037
#define WSAENOTSOCK                  10038
#define WSAEDESTADDRREQ              10039
#define WSAEMSGSIZE                  10040
#define WSAEPROTOTYPE                10041
#define WSAENOPROTOOPT               10042
#define WSAEPROTONOSUPPORT           10043
#define WSAESOCKTNOSUPPORT           10044
#define WSAEOPNOTSUPP                10045
#define WSAEPFNOSUPPORT              10046
#define WSAEAFNOSUPPORT              10047
#define WSAEADDRINUSE                10048
#define WSAEADDRNOTAVAIL             10049
#define WSAENETDOWN                  10050
#define WSAENETUNREACH               10051
#define WSAENETRESET                 10052
#define WSAECONNABORTED              10053
#define WSAECONNRESET                10054
#define WSAENOBUFS                   10055
#define WSAEISCONN                   10056
#define WSAENOTCONN                  10057
#define WSAESHUTDOWN                 10058
#define WSAETOOMANYREFS              10059
#define WSAETIMEDOUT                 10060
#define WSAECONNREFUSED              10061
#define WSAELOOP                     10062
#define WSAENAMETOOLONG              10063
#define WSAEHOSTDOWN                 10064
#define WSAEHOSTUNREACH              10065
#define WSAENOTEMPTY                 10066
#define WSAEPROCLIM                  10067
#define WSAEUSERS                    10068
#define WSAEDQUOT                    10069
#define WSAESTALE                    10070
#define WSAEREMOTE                   10071
#define WSASYSNOTREADY               10091
#define WSAVERNOTSUPPORTED           10092
#define WSANOTINITIALISED            10093
#define WSAEDISCON                   10101
#define WSAENOMORE                   10102
#define WSAECANCELLED                10103
#define WSAEINVALIDPROCTABLE         10104
#define WSAEINVALIDPROVIDER          10105
#define WSAEPROVIDERFAILEDINIT       10106
#define WSASYSCALLFAILURE            10107
#define WSASERVICE_NOT_FOUND         10108
#define WSATYPE_NOT_FOUND            10109
#define WSA_E_NO_MORE                10110
#define WSA_E_CANCELLED              10111
#define WSAEREFUSED                  10112
#define WSAHOST_NOT_FOUND            11001
#define WSATRY_AGAIN                 11002
#define WSANO_RECOVERY               11003
#define WSANO_DATA                   11004
#define WSA_QOS_RECEIVERS            11005
#define WSA_QOS_SENDERS              11006
#define WSA_QOS_NO_SENDERS           11007
#define WSA_QOS_NO_RECEIVERS         11008
#define WSA_QOS_REQUEST_CONFIRMED    11009
#define WSA_QOS_ADMISSION_FAILURE    11010
#define WSA_QOS_POLICY_FAILURE       11011
#define WSA_QOS_BAD_STYLE            11012
#define WSA_QOS_BAD_OBJECT           11013
#define WSA_QOS_TRAFFIC_CTRL_ERROR   11014
#define WSA_QOS_GENERIC_ERROR        11015
#define WSA_QOS_ESERVICETYPE         11016
#define WSA_QOS_EFLOWSPEC            11017
#define WSA_QOS_EPROVSPECBUF         11018
#define WSA_QOS_EFILTERSTYLE         11019
#define WSA_QOS_EFILTERTYPE          11020
#define WSA_QOS_EFILTERCOUNT         11021
#define WSA_QOS_EOBJLENGTH           11022
#define WSA_QOS_EFLOWCOUNT           11023
#define WSA_QOS_EUNKOWNPSOBJ         11024
#define WSA_QOS_EPOLICYOBJ           11025
#define WSA_QOS_EFLOWDESC            11026
#define WSA_QOS_EPSFLOWSPEC          11027
#define WSA_QOS_EPSFILTERSPEC        11028
#define WSA_QOS_ESDMODEOBJ           11029
#define WSA_QOS_ESHAPERATEOBJ        11030
#define WSA_QOS_RESERVED_PETYPE      11031
#define WSA_SECURE_HOST_NOT_FOUND    11032
#define WSA_IPSEC_NAME_POLICY_ERROR  11033
#define WSA_QOS_EUNKNOWNPSOBJ WSA_QOS_EUNKOWNPSOBJ
#endif /* WSABASEERR */

/* Every other system error code, by the name Microsoft's System Error Codes pages give it. */
#include "winsock_wasm_winerror.h"

#endif /* _WINERROR_ */
