/* UTF-16 text with a character beyond the BMP (U+1F600, a surrogate pair) and unpaired
 * surrogates, and ill-formed UTF-8, through the functions that convert: WideCharToMultiByte and
 * MultiByteToWideChar, the environment (SetEnvironmentVariableW/A, GetEnvironmentVariableA/W,
 * _wgetenv, getenv), OutputDebugStringW, file names (CreateFileW, FindFirstFileW, _wfopen,
 * _wstat, _waccess) and the command line (__wargv, GetCommandLineA). Each prints its bytes or
 * units in hex. Runs in the directory given as argv[1]; argv[2] is an argument for the command
 * line. */
#include <windows.h>
#include <io.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <wchar.h>

/* "a" U+1F600 "b" <lone high> "c" <lone low> */
static const WCHAR TEXT[] = {'a', 0xD83D, 0xDE00, 'b', 0xD800, 'c', 0xDC00, 0};
/* "f" U+1F600 <lone high> ".txt" */
static const WCHAR NAME[] = {'f', 0xD83D, 0xDE00, 0xD800, '.', 't', 'x', 't', 0};
/* 0xC3 without its second byte, "(", and U+1F600's first three bytes without the fourth */
static const char BAD[] = "\xC3(\xF0\x9F\x98";

static void bytes(const char *label, const char *s, int n)
{
    printf("%s:", label);
    if (!s) { printf(" NULL\n"); return; }
    if (n < 0) n = (int)strlen(s);
    for (int i = 0; i < n; i++) printf(" %02x", (unsigned char)s[i]);
    printf("\n");
}

static void units(const char *label, const WCHAR *w, int n)
{
    printf("%s:", label);
    if (!w) { printf(" NULL\n"); return; }
    if (n < 0) n = (int)wcslen(w);
    for (int i = 0; i < n; i++) printf(" %04x", (unsigned)w[i]);
    printf("\n");
}

int main(int argc, char **argv)
{
    char a[64];
    WCHAR w[64];
    int n;
    if (argc < 3 || !SetCurrentDirectoryA(argv[1])) { printf("usage: utf16 <empty dir> <argument>\n"); return 2; }

    /* The conversion functions themselves: what every other line is compared with. */
    n = WideCharToMultiByte(CP_UTF8, 0, TEXT, -1, a, sizeof a, NULL, NULL);
    bytes("WideCharToMultiByte", a, n - 1);
    n = MultiByteToWideChar(CP_UTF8, 0, BAD, -1, w, 64);
    units("MultiByteToWideChar", w, n - 1);

    /* The environment. */
    printf("SetEnvironmentVariableW: %d\n", SetEnvironmentVariableW(L"WSW_UTF16", TEXT));
    n = (int)GetEnvironmentVariableA("WSW_UTF16", a, sizeof a);
    bytes("GetEnvironmentVariableA", a, n);
    bytes("getenv", getenv("WSW_UTF16"), -1);
    n = (int)GetEnvironmentVariableW(L"WSW_UTF16", w, 64);
    units("GetEnvironmentVariableW", w, n);
    units("_wgetenv", _wgetenv(L"WSW_UTF16"), -1);
    printf("SetEnvironmentVariableA: %d\n", SetEnvironmentVariableA("WSW_UTF8", BAD));
    n = (int)GetEnvironmentVariableW(L"WSW_UTF8", w, 64);
    units("GetEnvironmentVariableW ill-formed", w, n);
    n = (int)ExpandEnvironmentStringsW(L"<%WSW_UTF8%>", w, 64);
    units("ExpandEnvironmentStringsW", w, n - 1);

    /* OutputDebugStringW: on stderr. */
    OutputDebugStringW(TEXT);

    /* A file name: CreateFileW makes it, the CRT's _w functions find the same file. */
    HANDLE h = CreateFileW(NAME, GENERIC_WRITE, 0, NULL, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, NULL);
    printf("CreateFileW: %d\n", h != INVALID_HANDLE_VALUE);
    if (h != INVALID_HANDLE_VALUE) { DWORD k; WriteFile(h, "x", 1, &k, NULL); CloseHandle(h); }
    WIN32_FIND_DATAW fd;
    HANDLE f = FindFirstFileW(L"f*", &fd);
    if (f != INVALID_HANDLE_VALUE) { units("FindFirstFileW", fd.cFileName, -1); FindClose(f); }
    else printf("FindFirstFileW: none\n");
    FILE *fp = _wfopen(NAME, L"r");
    printf("_wfopen: %d\n", fp != NULL);
    if (fp) fclose(fp);
    struct _stat st;
    printf("_wstat: %d size %ld\n", _wstat(NAME, &st), (long)st.st_size);
    printf("_waccess: %d\n", _waccess(NAME, 0));
    printf("GetFileAttributesW: %d\n", GetFileAttributesW(NAME) != INVALID_FILE_ATTRIBUTES);

    /* The command line. */
    units("__wargv[2]", __wargv[2], -1);
    const char *line = GetCommandLineA();
    bytes("GetCommandLineA tail", line + strlen(line) - strlen(argv[2]), -1);
    return 0;
}
