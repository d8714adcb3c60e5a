/*
 * inaddr.h - IPv4 address (winsock-wasm). 4 bytes, network byte order.
 */
#ifndef s_addr
#define _WINSOCK_WASM_INADDR_H

#include "winsock_wasm_abi.h"
#include "windef.h"

typedef struct in_addr {
    union {
        struct { UCHAR s_b1, s_b2, s_b3, s_b4; } S_un_b;
        struct { USHORT s_w1, s_w2; } S_un_w;
        ULONG S_addr;
    } S_un;
#define s_addr S_un.S_addr          /* can be used for most tcp & ip code */
#define s_host S_un.S_un_b.s_b2     /* host on imp */
#define s_net S_un.S_un_b.s_b1      /* network */
#define s_imp S_un.S_un_w.s_w2      /* imp */
#define s_impno S_un.S_un_b.s_b4    /* imp # */
#define s_lh S_un.S_un_b.s_b3       /* logical host */
} IN_ADDR, *PIN_ADDR, *LPIN_ADDR;

__WSW_SIZE(IN_ADDR, 4);

#endif /* s_addr */
