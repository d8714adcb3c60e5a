#include "SampleUtil.h"

__declspec(noinline) int __cdecl ReportError(const char *what)
{
    printf("%s failed with error: %d\n", what, WSAGetLastError());
    return 1;
}
