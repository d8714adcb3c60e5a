/* <string.h>, and the wide functions Windows' <string.h> declares too (see <wchar.h>). */
#include_next <string.h>
#include <wchar.h>
