/* <stdio.h>, and the wide functions Windows' <stdio.h> declares too (see <wchar.h>). */
#include_next <stdio.h>
#include <wchar.h>
#include <winsock_wasm_crtsys.h>
