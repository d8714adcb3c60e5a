/*
 * netioapi.h - interface identifiers and their conversions (winsock-wasm): if_nametoindex,
 * if_indextoname and the ConvertInterface* functions between an index, a NET_LUID and the
 * interface name. "Netioapi.h ... automatically included in the Iphlpapi.h header file."
 *
 * An interface's name is its LUID name, as on Windows ("loopback_0", "ethernet_32768"):
 * "You can replace the if_nametoindex function by a call to the ConvertInterfaceNameToLuidA
 * function ... followed by a call to the ConvertInterfaceLuidToIndex function". The
 * interfaces are the host's (wasm/runtime/iphlpapi.c); the MIB tables are not provided.
 */
#ifndef _NETIOAPI_H_
#define _NETIOAPI_H_

#include "winsock_wasm_abi.h"
#include "windef.h"
#include "ifdef.h"
#include "nldef.h"

__WSW_BEGIN_DECLS

#ifndef NETIO_STATUS
#define NETIO_STATUS DWORD
#define NETIO_SUCCESS(x) ((x) == NO_ERROR)
#define NETIOAPI_API_ WINAPI
#endif
#define _NETIOAPI_SUCCESS_
#define NETIOAPI_API NETIO_STATUS NETIOAPI_API_

#ifndef NDIS_IF_MAX_STRING_SIZE
#define NDIS_IF_MAX_STRING_SIZE IF_MAX_STRING_SIZE
#endif
#define IF_NAMESIZE NDIS_IF_MAX_STRING_SIZE

NETIO_STATUS NETIOAPI_API_ ConvertInterfaceNameToLuidA(const CHAR *InterfaceName, NET_LUID *InterfaceLuid)
    __WSW_RUNTIME(ConvertInterfaceNameToLuidA);
NETIO_STATUS NETIOAPI_API_ ConvertInterfaceNameToLuidW(const WCHAR *InterfaceName, NET_LUID *InterfaceLuid)
    __WSW_RUNTIME(ConvertInterfaceNameToLuidW);
NETIO_STATUS NETIOAPI_API_ ConvertInterfaceLuidToNameA(const NET_LUID *InterfaceLuid, PSTR InterfaceName, SIZE_T Length)
    __WSW_RUNTIME(ConvertInterfaceLuidToNameA);
NETIO_STATUS NETIOAPI_API_ ConvertInterfaceLuidToNameW(const NET_LUID *InterfaceLuid, PWSTR InterfaceName, SIZE_T Length)
    __WSW_RUNTIME(ConvertInterfaceLuidToNameW);
NETIO_STATUS NETIOAPI_API_ ConvertInterfaceLuidToIndex(const NET_LUID *InterfaceLuid, PNET_IFINDEX InterfaceIndex)
    __WSW_RUNTIME(ConvertInterfaceLuidToIndex);
NETIO_STATUS NETIOAPI_API_ ConvertInterfaceIndexToLuid(NET_IFINDEX InterfaceIndex, PNET_LUID InterfaceLuid)
    __WSW_RUNTIME(ConvertInterfaceIndexToLuid);
NET_IFINDEX NETIOAPI_API_ if_nametoindex(PCSTR InterfaceName) __WSW_RUNTIME(if_nametoindex);
PCHAR NETIOAPI_API_ if_indextoname(NET_IFINDEX InterfaceIndex, PCHAR InterfaceName) __WSW_RUNTIME(if_indextoname);

__WSW_END_DECLS

#endif /* _NETIOAPI_H_ */
