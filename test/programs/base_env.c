/* Environment variables: size rules, case-insensitive names, deletion, expansion (processenv.h). */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

int main(void)
{
    char buf[64];
    WCHAR wbuf[64];
    DWORD r;
    LPCH block;
    char *p;
    int found = 0;

    printf("set: %d\n", SetEnvironmentVariableA("WSW_TEST", "hello"));
    /* "If lpBuffer is not large enough ..., the return value is the buffer size, in characters,
     * required to hold the string and its terminating null character" */
    r = GetEnvironmentVariableA("WSW_TEST", buf, 3);
    printf("small buffer: %lu\n", r);
    r = GetEnvironmentVariableA("WSW_TEST", NULL, 0);
    printf("no buffer: %lu\n", r);
    /* "the return value is the number of characters stored in the buffer ..., not including the terminating null" */
    r = GetEnvironmentVariableA("WSW_TEST", buf, sizeof buf);
    printf("fits: %lu \"%s\"\n", r, buf);
    r = GetEnvironmentVariableA("wsw_test", buf, 6);
    printf("other case, exact buffer: %lu \"%s\"\n", r, buf);
    r = GetEnvironmentVariableW(L"Wsw_Test", wbuf, 64);
    printf("wide: %lu %d\n", r, wcscmp(wbuf, L"hello") == 0);
    SetEnvironmentVariableA("wsw_TEST", "again");
    GetEnvironmentVariableA("WSW_TEST", buf, sizeof buf);
    printf("set through other case: \"%s\"\n", buf);
    SetLastError(0);
    r = GetEnvironmentVariableA("WSW_NOT_THERE", buf, sizeof buf);
    printf("missing: %lu error %lu\n", r, GetLastError());
    printf("SetEnvironmentVariableW: %d\n", SetEnvironmentVariableW(L"WSW_WIDE", L"\x00e9t\x00e9"));
    r = GetEnvironmentVariableW(L"WSW_WIDE", wbuf, 64);
    printf("wide round trip: %lu %d\n", r, wbuf[0] == 0xe9 && wbuf[2] == 0xe9);
    printf("ExpandEnvironmentStringsA: %lu", ExpandEnvironmentStringsA("<%WSW_TEST%|%WSW_NONE%|100%>", buf, sizeof buf));
    printf(" \"%s\"\n", buf);
    r = ExpandEnvironmentStringsA("%WSW_TEST%", buf, 2);
    printf("expand, small buffer: %lu\n", r);
    r = ExpandEnvironmentStringsW(L"[%wsw_test%]", wbuf, 64);
    printf("ExpandEnvironmentStringsW: %lu %d\n", r, wcscmp(wbuf, L"[again]") == 0);
    block = GetEnvironmentStringsA();
    for (p = block; *p; p += strlen(p) + 1)
        if (!_stricmp(p, "WSW_TEST=again")) found = 1; /* the name's spelling after a set in another case is not documented */
    printf("GetEnvironmentStrings has it: %d\n", found);
    FreeEnvironmentStringsA(block);
    /* "If this parameter is NULL, the variable is deleted from the current process's environment." */
    printf("delete: %d\n", SetEnvironmentVariableA("WSW_TEST", NULL));
    SetLastError(0);
    r = GetEnvironmentVariableA("WSW_TEST", buf, sizeof buf);
    printf("after delete: %lu error %lu\n", r, GetLastError());
    return 0;
}
