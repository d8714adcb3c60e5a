/* WriteConsoleW and GetConsoleMode on the standard output: a console when it is a terminal, not on a pipe. */
#include <windows.h>
#include <stdio.h>
int main(void)
{
    DWORD n = 0, mode = 0;
    HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    BOOL m = GetConsoleMode(out, &mode);
    BOOL w = WriteConsoleW(out, L"caf\x00e9 \xd83d\xde00\n", 8, &n, NULL);
    printf("mode=%d %lu write=%d n=%lu type=%lu\n", m, mode, w, n, GetFileType(out));
    return 0;
}
