/*
 * in6addr.c - the well-known IPv6 address objects declared in ws2ipdef.h
 * (winsock-wasm runtime).
 */
#include <winsock2.h>
#include <ws2tcpip.h>

const struct in6_addr in6addr_any = IN6ADDR_ANY_INIT;
const struct in6_addr in6addr_loopback = IN6ADDR_LOOPBACK_INIT;
