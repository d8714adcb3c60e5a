/*
 * ipifcons.h - interface types (IFTYPE, IF_TYPE_*, MIB_IF_TYPE_*) and operational
 * states (winsock-wasm). Included by ifdef.h; Windows programs reach it through iphlpapi.h.
 * winsock-wasm reports IF_TYPE_SOFTWARE_LOOPBACK for the loopback adapter and
 * IF_TYPE_ETHERNET_CSMACD for every other one (wasm/runtime/iphlpapi.c).
 */
#ifndef _IPIFCONS_
#define _IPIFCONS_

#include "winsock_wasm_abi.h"
#include "windef.h"

typedef ULONG IFTYPE;

#define IF_TYPE_OTHER 1
#define IF_TYPE_ETHERNET_CSMACD 6
#define IF_TYPE_ISO88025_TOKENRING 9
#define IF_TYPE_PPP 23
#define IF_TYPE_SOFTWARE_LOOPBACK 24
#define IF_TYPE_ATM 37
#define IF_TYPE_IEEE80211 71
#define IF_TYPE_TUNNEL 131
#define IF_TYPE_IEEE1394 144

#define MIB_IF_TYPE_OTHER 1
#define MIB_IF_TYPE_ETHERNET 6
#define MIB_IF_TYPE_TOKENRING 9
#define MIB_IF_TYPE_FDDI 15
#define MIB_IF_TYPE_PPP 23
#define MIB_IF_TYPE_LOOPBACK 24
#define MIB_IF_TYPE_SLIP 28

#define MIB_IF_ADMIN_STATUS_UP 1
#define MIB_IF_ADMIN_STATUS_DOWN 2
#define MIB_IF_ADMIN_STATUS_TESTING 3

#endif /* _IPIFCONS_ */
