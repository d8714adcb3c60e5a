/* libc++'s <__cxxabi_config.h>, read as on the platform libc++ was built for.
 * The driver defines _WIN32 and WIN32 so that Windows sources take their Winsock paths;
 * libc++ (built for Emscripten) tests _WIN32 when this header is read and would take its
 * MSVC/Win32 branches (__declspec, the Win32 thread and locale APIs), which this target does
 * not have. Both macros are hidden while it is read and restored after. */
#pragma push_macro("_WIN32")
#pragma push_macro("WIN32")
#undef _WIN32
#undef WIN32
#include_next <__cxxabi_config.h>
#pragma pop_macro("WIN32")
#pragma pop_macro("_WIN32")
