/* The CRT's path functions take Windows paths, as the Win32 file functions do: backslashes
 * as separators, a drive letter (here: the absolute names GetCurrentDirectory and
 * GetFullPathName give back), through fopen, freopen, fopen_s, _wfopen(_s), _open, _wopen,
 * open, _stat, _stati64, _wstat, _wstati64, stat, _access, _waccess, _mkdir, _wmkdir, _rmdir,
 * _wrmdir, _chdir, _wchdir, rename, _wrename, remove, _wremove, _unlink, _wunlink; and the
 * names _getcwd and _wgetcwd give back are GetCurrentDirectory's. Runs in the directory given
 * as argv[1] (an empty one the test makes); prints no absolute path, so the output is the same
 * under Windows (Wine) and here. With "keep" after the directory it leaves logs\out.txt. */
#include <windows.h>
#include <direct.h>
#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <wchar.h>

static const char *err_name(int e)
{
    switch (e) {
    case 0: return "0";
    case ENOENT: return "ENOENT";
    case EEXIST: return "EEXIST";
    case EACCES: return "EACCES";
    case EINVAL: return "EINVAL";
    case ENOTEMPTY: return "ENOTEMPTY";
    default: return "other";
    }
}

/* "label: result errno" with errno cleared first. */
#define CHECK(label, expr) do { errno = 0; int r_ = (int)(expr); printf("%s: %d %s\n", label, r_, err_name(errno)); } while (0)

/* The file's contents (up to 63 bytes) through the Win32 side, with '/' separators: what the
 * CRT wrote went where Windows would put it. */
static void win32_read(const char *label, const char *name)
{
    char buf[64] = {0};
    DWORD n = 0;
    HANDLE h = CreateFileA(name, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    if (h == INVALID_HANDLE_VALUE) { printf("%s: no file (%lu)\n", label, GetLastError()); return; }
    ReadFile(h, buf, sizeof buf - 1, &n, NULL);
    CloseHandle(h);
    printf("%s: [%s]\n", label, buf);
}

static void crt_read(const char *label, const char *name)
{
    char buf[64] = {0};
    FILE *f = fopen(name, "rb");
    if (!f) { printf("%s: no file %s\n", label, err_name(errno)); return; }
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    printf("%s: [%.*s]\n", label, (int)n, buf);
}

int main(int argc, char **argv)
{
    if (argc < 2 || !SetCurrentDirectoryA(argv[1])) { printf("usage: crtpath <empty dir>\n"); return 2; }

    /* Directories. */
    CHECK("_mkdir data", _mkdir("data"));
    CHECK("_mkdir data\\cache", _mkdir("data\\cache"));
    CHECK("_mkdir data\\cache again", _mkdir("data\\cache"));
    CHECK("_mkdir nodir\\sub", _mkdir("nodir\\sub"));
    CHECK("_wmkdir data\\wide", _wmkdir(L"data\\wide"));
    printf("GetFileAttributes data/cache dir: %d\n", (GetFileAttributesA("data/cache") & FILE_ATTRIBUTE_DIRECTORY) != 0);

    /* fopen and friends. */
    FILE *f = fopen("data\\cache\\out.txt", "w");
    printf("fopen data\\cache\\out.txt w: %d\n", f != NULL);
    if (f) { fputs("fopen", f); fclose(f); }
    win32_read("CreateFile data/cache/out.txt", "data/cache/out.txt");
    crt_read("fopen data/cache/out.txt r", "data/cache/out.txt");
    errno = 0;
    f = fopen("nodir\\x.txt", "r");
    printf("fopen nodir\\x.txt r: %d %s\n", f != NULL, err_name(errno));

    f = fopen("data/cache/first.txt", "w");
    f = f ? freopen("data\\cache\\second.txt", "w", f) : NULL;
    printf("freopen data\\cache\\second.txt: %d\n", f != NULL);
    if (f) { fputs("freopen", f); fclose(f); }
    win32_read("CreateFile data/cache/second.txt", "data/cache/second.txt");

    f = NULL;
    CHECK("fopen_s data\\cache\\s.txt", fopen_s(&f, "data\\cache\\s.txt", "w"));
    if (f) { fputs("fopen_s", f); fclose(f); }
    win32_read("CreateFile data/cache/s.txt", "data/cache/s.txt");

    f = _wfopen(L"data\\wide\\w.txt", L"w");
    printf("_wfopen data\\wide\\w.txt: %d\n", f != NULL);
    if (f) { fputs("_wfopen", f); fclose(f); }
    win32_read("CreateFile data/wide/w.txt", "data/wide/w.txt");
    f = NULL;
    CHECK("_wfopen_s data\\wide\\ws.txt", _wfopen_s(&f, L"data\\wide\\ws.txt", L"w"));
    if (f) { fputs("_wfopen_s", f); fclose(f); }
    win32_read("CreateFile data/wide/ws.txt", "data/wide/ws.txt");

    /* The same fopen through a pointer: the name is the function, not a macro. */
    FILE *(*open_fn)(const char *, const char *) = fopen;
    f = open_fn("data\\cache\\pointer.txt", "w");
    printf("fopen by pointer: %d\n", f != NULL);
    if (f) { fputs("pointer", f); fclose(f); }
    win32_read("CreateFile data/cache/pointer.txt", "data/cache/pointer.txt");

    /* Low-level I/O. */
    int fd = _open("data\\cache\\low.txt", _O_CREAT | _O_WRONLY | _O_BINARY, _S_IREAD | _S_IWRITE);
    printf("_open data\\cache\\low.txt: %d\n", fd >= 0);
    if (fd >= 0) { _write(fd, "_open", 5); _close(fd); }
    win32_read("CreateFile data/cache/low.txt", "data/cache/low.txt");
    fd = _wopen(L"data\\cache\\low.txt", _O_RDONLY);
    printf("_wopen data\\cache\\low.txt: %d\n", fd >= 0);
    if (fd >= 0) _close(fd);
    fd = open("data\\cache\\posix.txt", O_CREAT | O_WRONLY, 0666);
    printf("open data\\cache\\posix.txt: %d\n", fd >= 0);
    if (fd >= 0) { write(fd, "open", 4); close(fd); }
    win32_read("CreateFile data/cache/posix.txt", "data/cache/posix.txt");
    errno = 0;
    fd = _open("nodir\\x.txt", _O_RDONLY);
    printf("_open nodir\\x.txt: %d %s\n", fd, err_name(errno));

    /* _stat and _access. */
    struct _stat st;
    struct _stati64 st64;
    CHECK("_stat data\\cache\\out.txt", _stat("data\\cache\\out.txt", &st));
    printf("  size %ld dir %d\n", (long)st.st_size, (st.st_mode & _S_IFDIR) != 0);
    CHECK("_stati64 data\\cache", _stati64("data\\cache", &st64));
    printf("  dir %d\n", (st64.st_mode & _S_IFDIR) != 0);
    CHECK("_wstat data\\wide\\w.txt", _wstat(L"data\\wide\\w.txt", &st));
    printf("  size %ld\n", (long)st.st_size);
    CHECK("_wstati64 data\\wide\\ws.txt", _wstati64(L"data\\wide\\ws.txt", &st64));
    printf("  size %ld\n", (long)st64.st_size);
    CHECK("_stat data\\missing", _stat("data\\missing", &st));
    struct stat pst;
    CHECK("stat data\\cache\\posix.txt", stat("data\\cache\\posix.txt", &pst));
    printf("  size %ld\n", (long)pst.st_size);
    CHECK("_access data\\cache\\out.txt", _access("data\\cache\\out.txt", 0));
    CHECK("_access data\\cache\\out.txt 6", _access("data\\cache\\out.txt", 6));
    CHECK("_waccess data\\wide\\w.txt", _waccess(L"data\\wide\\w.txt", 0));
    CHECK("_access data\\missing", _access("data\\missing", 0));

    /* Absolute names: GetFullPathName's and GetCurrentDirectory's, drive and all, as the CRT takes them. */
    char full[MAX_PATH], cwd[MAX_PATH], joined[MAX_PATH + 32];
    GetFullPathNameA("data\\cache\\out.txt", sizeof full, full, NULL);
    crt_read("fopen GetFullPathName(data\\cache\\out.txt)", full);
    GetCurrentDirectoryA(sizeof cwd, cwd);
    snprintf(joined, sizeof joined, "%s\\data\\cache\\abs.txt", cwd);
    f = fopen(joined, "w");
    printf("fopen <cwd>\\data\\cache\\abs.txt: %d\n", f != NULL);
    if (f) { fputs("absolute", f); fclose(f); }
    win32_read("CreateFile data/cache/abs.txt", "data/cache/abs.txt");
    CHECK("_stat <cwd>\\data\\cache\\abs.txt", _stat(joined, &st));

    /* Names that come back: _getcwd and _wgetcwd say what GetCurrentDirectory says. */
    CHECK("_chdir data\\cache", _chdir("data\\cache"));
    char here[MAX_PATH], *g = _getcwd(here, sizeof here);
    GetCurrentDirectoryA(sizeof cwd, cwd);
    printf("_getcwd is GetCurrentDirectoryA: %d\n", g && !strcmp(here, cwd));
    const char *last = strrchr(here, '\\') ? strrchr(here, '\\') : strrchr(here, '/');
    printf("_getcwd ends: %s\n", last ? last + 1 : here);
    wchar_t where[MAX_PATH], wcwd[MAX_PATH];
    wchar_t *wg = _wgetcwd(where, MAX_PATH);
    GetCurrentDirectoryW(MAX_PATH, wcwd);
    printf("_wgetcwd is GetCurrentDirectoryW: %d\n", wg && !wcscmp(where, wcwd));
    crt_read("fopen out.txt in data\\cache", "out.txt");
    GetFullPathNameA("..\\cache\\out.txt", sizeof full, full, NULL);
    printf("GetFullPathName(..\\cache\\out.txt) is _getcwd + out.txt: %d\n",
           !strncmp(full, here, strlen(here)) && !strcmp(full + strlen(here) + 1, "out.txt"));
    CHECK("_chdir ..\\..", _chdir("..\\.."));
    CHECK("_wchdir data\\wide", _wchdir(L"data\\wide"));
    crt_read("fopen w.txt in data\\wide", "w.txt");
    CHECK("_chdir ..\\..", _chdir("..\\.."));
    CHECK("_chdir nodir\\sub", _chdir("nodir\\sub"));

    /* rename, remove, _unlink. */
    CHECK("rename data\\cache\\out.txt data\\moved.txt", rename("data\\cache\\out.txt", "data\\moved.txt"));
    win32_read("CreateFile data/moved.txt", "data/moved.txt");
    CHECK("_wrename data\\wide\\w.txt data\\wmoved.txt", _wrename(L"data\\wide\\w.txt", L"data\\wmoved.txt"));
    CHECK("rename data\\missing data\\x", rename("data\\missing", "data\\x"));
    CHECK("remove data\\moved.txt", remove("data\\moved.txt"));
    CHECK("remove data\\moved.txt again", remove("data\\moved.txt"));
    CHECK("_wremove data\\wmoved.txt", _wremove(L"data\\wmoved.txt"));
    const char *names[] = {"data\\cache\\second.txt", "data\\cache\\s.txt", "data\\cache\\pointer.txt",
                           "data\\cache\\low.txt", "data\\cache\\posix.txt", "data\\cache\\abs.txt", "data\\cache\\first.txt"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char label[64];
        snprintf(label, sizeof label, "_unlink %s", names[i]);
        CHECK(label, _unlink(names[i]));
    }
    CHECK("_wunlink data\\wide\\ws.txt", _wunlink(L"data\\wide\\ws.txt"));
    CHECK("_rmdir data", _rmdir("data"));
    CHECK("_rmdir data\\cache", _rmdir("data\\cache"));
    CHECK("_wrmdir data\\wide", _wrmdir(L"data\\wide"));
    CHECK("_rmdir data", _rmdir("data"));
    printf("GetFileAttributes data: %d\n", GetFileAttributesA("data") == INVALID_FILE_ATTRIBUTES);

    /* "keep": leaves logs\out.txt for the test to find on the real file system. */
    if (argc > 2 && !strcmp(argv[2], "keep") && _mkdir("logs") == 0 && (f = fopen("logs\\out.txt", "w"))) {
        fputs("kept", f);
        fclose(f);
    }
    return 0;
}
