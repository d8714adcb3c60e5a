/*
 * iphlpapi.h - IP Helper (winsock-wasm): the host's network adapters and their addresses
 * (GetAdaptersAddresses, GetAdaptersInfo, GetNumberOfInterfaces) and, through netioapi.h,
 * interface names and indices. Implemented in wasm/runtime/iphlpapi.c over the host's list
 * of interfaces (Node: os.networkInterfaces(); a page: the loopback adapter only).
 * What else Windows' iphlpapi.h declares (routing and MIB tables, statistics, change
 * notification, ARP) is not provided and fails at compile time (winsock_wasm_unavailable.h).
 */
#ifndef __IPHLPAPI_H__
#define __IPHLPAPI_H__

#include "winsock_wasm_abi.h"
#include "windows.h"
#include "iptypes.h"
#include "netioapi.h"

__WSW_BEGIN_DECLS

#ifndef IPHLPAPI_DLL_LINKAGE
#define IPHLPAPI_DLL_LINKAGE
#endif

IPHLPAPI_DLL_LINKAGE DWORD WINAPI GetNumberOfInterfaces(PDWORD pdwNumIf) __WSW_RUNTIME(GetNumberOfInterfaces);
IPHLPAPI_DLL_LINKAGE ULONG WINAPI GetAdaptersInfo(PIP_ADAPTER_INFO AdapterInfo, PULONG SizePointer)
    __WSW_RUNTIME(GetAdaptersInfo);
#ifdef _WINSOCK2API_
IPHLPAPI_DLL_LINKAGE ULONG WINAPI GetAdaptersAddresses(ULONG Family, ULONG Flags, PVOID Reserved,
                                                       PIP_ADAPTER_ADDRESSES AdapterAddresses, PULONG SizePointer)
    __WSW_RUNTIME(GetAdaptersAddresses);
#endif

__WSW_END_DECLS

#endif /* __IPHLPAPI_H__ */
