/*
 * unistd.h - the C library's <unistd.h>, made to mix with winsock2.h
 * (winsock-wasm).
 *
 * mingw-w64 ships a unistd.h, so Windows programs may include it together
 * with the Winsock headers, in either order. Emscripten's (musl's) declares
 * gethostname(char *, size_t), which conflicts with Winsock's
 * gethostname(char *, int):
 *   - winsock2.h first: musl's declaration is renamed here, so gethostname
 *     stays the ws2_32 import;
 *   - unistd.h first: winsock2.h maps gethostname to a private name that is
 *     the ws2_32 import (see its header comment).
 */
#ifdef _WINSOCK2API_
#pragma push_macro("gethostname")
#undef gethostname
#define gethostname __wsw_posix_gethostname
#include_next <unistd.h>
#undef gethostname
#pragma pop_macro("gethostname")
#else
#include_next <unistd.h>
#endif
