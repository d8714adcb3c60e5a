/* <stdlib.h>, and the wide functions Windows' <stdlib.h> declares too (see <wchar.h>). */
#include_next <stdlib.h>
#include <wchar.h>
#include <winsock_wasm_crtsys.h>
