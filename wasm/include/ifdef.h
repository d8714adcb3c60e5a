/*
 * ifdef.h - network interface identifiers: NET_IFINDEX, NET_LUID, IF_OPER_STATUS and the
 * other interface enumerations IP_ADAPTER_ADDRESSES carries (winsock-wasm). Included by
 * iptypes.h and netioapi.h; Windows programs reach it through iphlpapi.h.
 */
#ifndef _INC_IFDEF
#define _INC_IFDEF

#include "winsock_wasm_abi.h"
#include "windef.h"
#include "guiddef.h"
#include "ipifcons.h"

__WSW_BEGIN_DECLS

#define IF_MAX_STRING_SIZE 256
#define IF_MAX_PHYS_ADDRESS_LENGTH 32

typedef UINT32 NET_IF_COMPARTMENT_ID, *PNET_IF_COMPARTMENT_ID;
typedef ULONG NET_IFINDEX, *PNET_IFINDEX;
typedef UINT16 NET_IFTYPE, *PNET_IFTYPE;
typedef NET_IFINDEX IF_INDEX, *PIF_INDEX;
typedef GUID NET_IF_NETWORK_GUID;

#define NET_IF_COMPARTMENT_ID_UNSPECIFIED 0
#define NET_IF_COMPARTMENT_ID_PRIMARY 1
#define NET_IFINDEX_UNSPECIFIED 0
#define IFI_UNSPECIFIED NET_IFINDEX_UNSPECIFIED

typedef enum _IF_OPER_STATUS {
    IfOperStatusUp = 1,
    IfOperStatusDown,
    IfOperStatusTesting,
    IfOperStatusUnknown,
    IfOperStatusDormant,
    IfOperStatusNotPresent,
    IfOperStatusLowerLayerDown
} IF_OPER_STATUS;

typedef enum _NET_IF_OPER_STATUS {
    NET_IF_OPER_STATUS_UP = 1,
    NET_IF_OPER_STATUS_DOWN,
    NET_IF_OPER_STATUS_TESTING,
    NET_IF_OPER_STATUS_UNKNOWN,
    NET_IF_OPER_STATUS_DORMANT,
    NET_IF_OPER_STATUS_NOT_PRESENT,
    NET_IF_OPER_STATUS_LOWER_LAYER_DOWN
} NET_IF_OPER_STATUS, *PNET_IF_OPER_STATUS;

typedef enum _NET_IF_CONNECTION_TYPE {
    NET_IF_CONNECTION_DEDICATED = 1,
    NET_IF_CONNECTION_PASSIVE,
    NET_IF_CONNECTION_DEMAND,
    NET_IF_CONNECTION_MAXIMUM
} NET_IF_CONNECTION_TYPE, *PNET_IF_CONNECTION_TYPE;

typedef enum _TUNNEL_TYPE {
    TUNNEL_TYPE_NONE = 0,
    TUNNEL_TYPE_OTHER = 1,
    TUNNEL_TYPE_DIRECT = 2,
    TUNNEL_TYPE_6TO4 = 11,
    TUNNEL_TYPE_ISATAP = 13,
    TUNNEL_TYPE_TEREDO = 14,
    TUNNEL_TYPE_IPHTTPS = 15
} TUNNEL_TYPE, *PTUNNEL_TYPE;

/* "The NET_LUID union is the locally unique identifier (LUID) for a network interface":
 * 24 reserved bits, the interface's NetLuidIndex, then its IfType. */
typedef union _NET_LUID {
    ULONG64 Value;
    struct {
        ULONG64 Reserved : 24;
        ULONG64 NetLuidIndex : 24;
        ULONG64 IfType : 16;
    } Info;
} NET_LUID, *PNET_LUID;
typedef NET_LUID NET_LUID_LH, *PNET_LUID_LH;
typedef NET_LUID IF_LUID, *PIF_LUID;

__WSW_SIZE(NET_LUID, 8);
__WSW_ALIGN(NET_LUID, 8);

__WSW_END_DECLS

#endif /* _INC_IFDEF */
