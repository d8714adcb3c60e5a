/* Files, directories and the standard handles (fileapi.h, processenv.h, consoleapi.h), in the
 * directory given as argv[1] (created empty by the test). Prints results only: no absolute
 * paths, no handle values, no times, so the output is the same under Windows (Wine) and here. */
#include <windows.h>
#include <stdio.h>
#include <string.h>

#define SENTINEL 0xDEADBEEF
#define CHECK(label, expr) do { SetLastError(SENTINEL); long r_ = (long)(expr); printf("%s: %ld err=%lu\n", label, r_, GetLastError()); } while (0)

static void list(const char *pattern)
{
    WIN32_FIND_DATAA fd;
    SetLastError(SENTINEL);
    HANDLE h = FindFirstFileA(pattern, &fd);
    printf("find %s:", pattern);
    if (h == INVALID_HANDLE_VALUE) { printf(" none err=%lu\n", GetLastError()); return; }
    do printf(" %s%s", fd.cFileName, (fd.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) ? "/" : "");
    while (FindNextFileA(h, &fd));
    printf(" end=%lu", GetLastError());
    printf(" close=%d\n", FindClose(h));
}

int main(int argc, char **argv)
{
    DWORD n = 0, high = 0;
    char buf[64];
    if (argc < 2 || !SetCurrentDirectoryA(argv[1])) { printf("usage: files <empty dir>\n"); return 2; }

    /* CreateFile's dispositions and their last errors. */
    SetLastError(SENTINEL);
    HANDLE h = CreateFileA("a.txt", GENERIC_READ | GENERIC_WRITE, 0, NULL, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, NULL);
    printf("CREATE_NEW new: %s err=%lu\n", h != INVALID_HANDLE_VALUE ? "ok" : "fail", GetLastError());
    CHECK("WriteFile", WriteFile(h, "hello, world", 12, &n, NULL));
    printf("written=%lu\n", n);
    CHECK("GetFileSize", GetFileSize(h, &high));
    printf("high=%lu\n", high);
    CHECK("SetFilePointer begin 7", SetFilePointer(h, 7, NULL, FILE_BEGIN));
    memset(buf, 0, sizeof buf);
    CHECK("ReadFile", ReadFile(h, buf, sizeof buf - 1, &n, NULL));
    printf("read=%lu \"%s\"\n", n, buf);
    CHECK("ReadFile at end", ReadFile(h, buf, sizeof buf, &n, NULL));
    printf("read=%lu\n", n);
    CHECK("SetFilePointer negative", SetFilePointer(h, -100, NULL, FILE_CURRENT));
    CHECK("SetFilePointer end -7", SetFilePointer(h, -7, NULL, FILE_END));
    LONG hi = 1;
    CHECK("SetFilePointer 4G+1 (high)", SetFilePointer(h, 1, &hi, FILE_BEGIN));
    printf("high=%ld\n", hi);
    LARGE_INTEGER li, pos;
    li.QuadPart = 5;
    CHECK("SetFilePointerEx 5", SetFilePointerEx(h, li, &pos, FILE_BEGIN));
    printf("pos=%lld\n", (long long)pos.QuadPart);
    CHECK("SetEndOfFile", SetEndOfFile(h));
    LARGE_INTEGER size;
    CHECK("GetFileSizeEx", GetFileSizeEx(h, &size));
    printf("size=%lld\n", (long long)size.QuadPart);
    CHECK("FlushFileBuffers", FlushFileBuffers(h));
    CHECK("GetFileType disk", GetFileType(h));
    BY_HANDLE_FILE_INFORMATION info;
    CHECK("GetFileInformationByHandle", GetFileInformationByHandle(h, &info));
    printf("attrs=0x%lx size=%lu links=%lu\n", info.dwFileAttributes, info.nFileSizeLow, info.nNumberOfLinks);
    OVERLAPPED ov;
    memset(&ov, 0, sizeof ov);
    ov.Offset = 1;
    memset(buf, 0, sizeof buf);
    CHECK("ReadFile at offset 1", ReadFile(h, buf, 3, &n, &ov));
    printf("read=%lu \"%s\" internalhigh=%lu\n", n, buf, (unsigned long)ov.InternalHigh);
    CHECK("CloseHandle", CloseHandle(h));
    CHECK("CloseHandle again", CloseHandle(h));
    CHECK("ReadFile closed", ReadFile(h, buf, 1, &n, NULL));

    SetLastError(SENTINEL);
    h = CreateFileA("a.txt", GENERIC_WRITE, 0, NULL, CREATE_NEW, 0, NULL);
    printf("CREATE_NEW existing: %s err=%lu\n", h != INVALID_HANDLE_VALUE ? "ok" : "fail", GetLastError());
    SetLastError(SENTINEL);
    h = CreateFileA("a.txt", GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_ALWAYS, 0, NULL);
    printf("OPEN_ALWAYS existing: %s err=%lu\n", h != INVALID_HANDLE_VALUE ? "ok" : "fail", GetLastError());
    CHECK("WriteFile on read-only handle", WriteFile(h, "x", 1, &n, NULL));
    CloseHandle(h);
    SetLastError(SENTINEL);
    h = CreateFileA("b.txt", GENERIC_WRITE, 0, NULL, OPEN_ALWAYS, 0, NULL);
    printf("OPEN_ALWAYS new: %s err=%lu\n", h != INVALID_HANDLE_VALUE ? "ok" : "fail", GetLastError());
    CloseHandle(h);
    SetLastError(SENTINEL);
    h = CreateFileA("a.txt", GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    printf("CREATE_ALWAYS existing: %s err=%lu size=%lu\n", h != INVALID_HANDLE_VALUE ? "ok" : "fail", GetLastError(), GetFileSize(h, NULL));
    WriteFile(h, "0123456789", 10, &n, NULL);
    CloseHandle(h);
    SetLastError(SENTINEL);
    h = CreateFileA("a.txt", GENERIC_WRITE, 0, NULL, TRUNCATE_EXISTING, 0, NULL);
    printf("TRUNCATE_EXISTING: %s err=%lu size=%lu\n", h != INVALID_HANDLE_VALUE ? "ok" : "fail", GetLastError(), GetFileSize(h, NULL));
    CloseHandle(h);
    SetLastError(SENTINEL);
    h = CreateFileA("missing.txt", GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL);
    printf("OPEN_EXISTING missing: %s err=%lu\n", h != INVALID_HANDLE_VALUE ? "ok" : "fail", GetLastError());
    SetLastError(SENTINEL);
    h = CreateFileA("nodir\\x.txt", GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL);
    printf("OPEN_EXISTING missing dir: %s err=%lu\n", h != INVALID_HANDLE_VALUE ? "ok" : "fail", GetLastError());
    SetLastError(SENTINEL);
    h = CreateFileA("tmp.txt", GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_FLAG_DELETE_ON_CLOSE, NULL);
    printf("DELETE_ON_CLOSE: %s err=%lu\n", h != INVALID_HANDLE_VALUE ? "ok" : "fail", GetLastError());
    printf("exists before close: %d\n", GetFileAttributesA("tmp.txt") != INVALID_FILE_ATTRIBUTES);
    CloseHandle(h);
    printf("exists after close: %d\n", GetFileAttributesA("tmp.txt") != INVALID_FILE_ATTRIBUTES);

    /* Wide names. */
    SetLastError(SENTINEL);
    h = CreateFileW(L"w\x00e9.txt", GENERIC_WRITE, 0, NULL, CREATE_NEW, 0, NULL);
    printf("CreateFileW: %s err=%lu\n", h != INVALID_HANDLE_VALUE ? "ok" : "fail", GetLastError());
    CloseHandle(h);
    CHECK("GetFileAttributesW", GetFileAttributesW(L"w\x00e9.txt"));
    WIN32_FIND_DATAW fw;
    h = FindFirstFileW(L"w*.txt", &fw);
    printf("FindFirstFileW: %s name[0..1]=%x %x\n", h != INVALID_HANDLE_VALUE ? "ok" : "fail", fw.cFileName[0], fw.cFileName[1]);
    FindClose(h);
    CHECK("DeleteFileW", DeleteFileW(L"w\x00e9.txt"));

    /* Attributes. */
    CHECK("GetFileAttributes file", GetFileAttributesA("a.txt"));
    CHECK("GetFileAttributes missing", GetFileAttributesA("missing.txt"));
    CHECK("GetFileAttributes missing dir", GetFileAttributesA("nodir\\missing.txt"));
    WIN32_FILE_ATTRIBUTE_DATA ad;
    CHECK("GetFileAttributesEx", GetFileAttributesExA("a.txt", GetFileExInfoStandard, &ad));
    printf("attrs=0x%lx size=%lu\n", ad.dwFileAttributes, ad.nFileSizeLow);
    CHECK("SetFileAttributes readonly", SetFileAttributesA("b.txt", FILE_ATTRIBUTE_READONLY));
    CHECK("GetFileAttributes readonly", GetFileAttributesA("b.txt"));
    SetLastError(SENTINEL);
    h = CreateFileA("b.txt", GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
    printf("open readonly for write: %s err=%lu\n", h != INVALID_HANDLE_VALUE ? "ok" : "fail", GetLastError());
    if (h != INVALID_HANDLE_VALUE) CloseHandle(h);
    CHECK("DeleteFile readonly", DeleteFileA("b.txt"));
    CHECK("SetFileAttributes normal", SetFileAttributesA("b.txt", FILE_ATTRIBUTE_NORMAL));
    CHECK("GetFileAttributes normal", GetFileAttributesA("b.txt"));

    /* Copy, move, delete. */
    CHECK("CopyFile fail-if-exists", CopyFileA("a.txt", "b.txt", TRUE));
    CHECK("CopyFile overwrite", CopyFileA("a.txt", "b.txt", FALSE));
    CHECK("CopyFile new", CopyFileA("a.txt", "c.txt", TRUE));
    CHECK("CopyFile missing", CopyFileA("missing.txt", "d.txt", FALSE));
    CHECK("MoveFile onto existing", MoveFileA("c.txt", "b.txt"));
    CHECK("MoveFileEx replace", MoveFileExA("c.txt", "b.txt", MOVEFILE_REPLACE_EXISTING));
    CHECK("MoveFile new name", MoveFileA("b.txt", "d.txt"));
    CHECK("MoveFile missing", MoveFileA("b.txt", "e.txt"));
    CHECK("DeleteFile", DeleteFileA("d.txt"));
    CHECK("DeleteFile missing", DeleteFileA("d.txt"));

    /* Directories. */
    CHECK("CreateDirectory", CreateDirectoryA("sub", NULL));
    CHECK("CreateDirectory existing", CreateDirectoryA("sub", NULL));
    CHECK("CreateDirectory no parent", CreateDirectoryA("nodir\\sub", NULL));
    CHECK("GetFileAttributes dir", GetFileAttributesA("sub"));
    CopyFileA("a.txt", "sub\\one.log", FALSE);
    CopyFileA("a.txt", "sub/Two", FALSE);
    CopyFileA("a.txt", "sub\\three.txt", FALSE);
    CHECK("RemoveDirectory not empty", RemoveDirectoryA("sub"));
    CHECK("RemoveDirectory a file", RemoveDirectoryA("a.txt"));
    CHECK("DeleteFile a directory", DeleteFileA("sub"));
    list("sub\\*");
    list("sub\\*.*");
    list("sub\\*.txt");
    list("sub\\t?o");
    list("sub\\T*");
    list("sub\\*.none");
    list("nodir\\*");
    list("sub");
    printf("FindClose invalid: %d\n", FindClose(INVALID_HANDLE_VALUE));
    DeleteFileA("sub\\one.log");
    DeleteFileA("sub\\Two");
    DeleteFileA("sub\\three.txt");
    CHECK("RemoveDirectory", RemoveDirectoryA("sub"));
    CHECK("RemoveDirectory missing", RemoveDirectoryA("sub"));

    /* Current directory and full paths (printed relative to the test directory). */
    char cwd[MAX_PATH], full[MAX_PATH];
    DWORD len = GetCurrentDirectoryA(sizeof cwd, cwd);
    printf("GetCurrentDirectory: len==strlen %d\n", len == strlen(cwd));
    printf("GetCurrentDirectory small: %d\n", GetCurrentDirectoryA(3, full) == len + 1);
    printf("GetCurrentDirectory 0: %d\n", GetCurrentDirectoryA(0, NULL) == len + 1);
    CreateDirectoryA("sub", NULL);
    CHECK("SetCurrentDirectory sub", SetCurrentDirectoryA("sub"));
    CHECK("SetCurrentDirectory missing", SetCurrentDirectoryA("missing"));
    CHECK("SetCurrentDirectory ..", SetCurrentDirectoryA(".."));
    char *part = NULL;
    len = GetFullPathNameA("sub\\..\\.\\x.txt", sizeof full, full, &part);
    for (char *c = full; *c; c++) if (*c == '/') *c = '\\'; /* '/' here, '\\' on Windows: both are separators */
    printf("GetFullPathName: rest=\"%s\" part=\"%s\" len==strlen %d\n", full + strlen(cwd), part ? part : "(null)", len == strlen(full));
    printf("GetFullPathName small: %d\n", GetFullPathNameA("x.txt", 3, full, NULL) == strlen(cwd) + 7);
    RemoveDirectoryA("sub");

    /* Temporary files. */
    char tmp[MAX_PATH], name[MAX_PATH];
    len = GetTempPathA(sizeof tmp, tmp);
    printf("GetTempPath: trailing separator %d, len==strlen %d\n", tmp[len - 1] == '\\' || tmp[len - 1] == '/', len == strlen(tmp));
    UINT u = GetTempFileNameA(".", "pre", 0, name);
    const char *base = strrchr(name, '\\') ? strrchr(name, '\\') + 1 : strrchr(name, '/') + 1;
    printf("GetTempFileName: unique!=0 %d, prefix %d, suffix %s, exists %d\n", u != 0, !strncmp(base, "pre", 3), strrchr(base, '.'),
           GetFileAttributesA(name) != INVALID_FILE_ATTRIBUTES);
    DeleteFileA(name);
    u = GetTempFileNameA(".", "ab", 0x12, name);
    base = strrchr(name, '\\') ? strrchr(name, '\\') + 1 : strrchr(name, '/') + 1;
    printf("GetTempFileName unique 0x12: %u %s exists %d\n", u, base, GetFileAttributesA(name) != INVALID_FILE_ATTRIBUTES);
    DeleteFileA("a.txt");

    /* Standard handles. */
    HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    printf("GetStdHandle out valid: %d same: %d\n", out != INVALID_HANDLE_VALUE && out != NULL, out == GetStdHandle(STD_OUTPUT_HANDLE));
    printf("GetStdHandle bad: %d\n", GetStdHandle(5) == INVALID_HANDLE_VALUE);
    fflush(stdout);
    WriteFile(out, "WriteFile to stdout\n", 20, &n, NULL);
    printf("written=%lu\n", n);
    fflush(stdout);
    CHECK("WriteConsoleW on a pipe", WriteConsoleW(out, L"WriteConsoleW \x00e9\n", 16, &n, NULL));
    printf("chars=%lu\n", n);
    DWORD mode;
    CHECK("GetConsoleMode on a pipe", GetConsoleMode(out, &mode));
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    memset(buf, 0, sizeof buf);
    CHECK("ReadFile stdin", ReadFile(in, buf, 5, &n, NULL));
    printf("read=%lu \"%s\"\n", n, buf);
    CHECK("ReadFile stdin rest", ReadFile(in, buf, sizeof buf, &n, NULL));
    printf("read=%lu\n", n);
    CHECK("ReadFile stdin at EOF", ReadFile(in, buf, sizeof buf, &n, NULL));
    printf("read=%lu\n", n);
    CHECK("GetFileType stdin pipe", GetFileType(in));
    return 0;
}
