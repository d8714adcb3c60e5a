/* <stdint.h> with wchar_t's limits for a 16-bit wchar_t, as on Windows. */
#include_next <stdint.h>
#undef WCHAR_MAX
#undef WCHAR_MIN
#define WCHAR_MAX 0xffff
#define WCHAR_MIN 0
