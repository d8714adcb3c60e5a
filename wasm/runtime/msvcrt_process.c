/* The CRT's process functions (process.h) that a wasm guest has. */
#include <process.h>

/* The host's process id (under Node, the Node process's; Emscripten's getpid says 42), which
 * wasm/lib/post.js passes to winsock_crt_args before main (crt_main.c). */
extern int __wsw_host_pid;

int _getpid(void) { return __wsw_host_pid; }
