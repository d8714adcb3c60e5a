/* GetModuleFileNameA/W(NULL, ...): the program's path, whole and truncated. */
#include <windows.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    char full[MAX_PATH], small[8];
    WCHAR wide[MAX_PATH], wsmall[4];
    DWORD n = GetModuleFileNameA(NULL, full, sizeof full);
    printf("path: %s\n", full);
    printf("length: %lu strlen: %u\n", n, (unsigned)strlen(full));
    SetLastError(0);
    memset(small, 'x', sizeof small);
    n = GetModuleFileNameA(NULL, small, sizeof small);
    printf("small: %lu err=%lu terminated=%d prefix=%d\n", n, GetLastError(), small[7] == 0, !strncmp(small, full, 7));
    n = GetModuleFileNameW(NULL, wide, MAX_PATH);
    printf("wide: %lu last=%c\n", n, (char)wide[n - 1]);
    SetLastError(0);
    n = GetModuleFileNameW(NULL, wsmall, 4);
    printf("wide small: %lu err=%lu terminated=%d\n", n, GetLastError(), wsmall[3] == 0);
    SetLastError(0);
    n = GetModuleFileNameA((HMODULE)(ULONG_PTR)0x1234, full, sizeof full);
    printf("other module: %lu err=%lu\n", n, GetLastError());
    return 0;
}
