/*
 * winsock.h - Windows Sockets 1.1 header (winsock-wasm).
 *
 * The host implements ws2_32 only, so this is winsock2.h: the Winsock 2
 * prototypes are supersets of the 1.1 ones. Note one difference a Winsock 1
 * program would see on Windows: the IP_* multicast option numbers are the
 * Winsock 2 ones (ws2ipdef.h, via ws2tcpip.h), not the old wsock32 ones.
 */
#ifndef _WINSOCK_WASM_WINSOCK_H
#define _WINSOCK_WASM_WINSOCK_H
#include "winsock2.h"
#endif
