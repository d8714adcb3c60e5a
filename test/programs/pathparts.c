/* _splitpath, _makepath, their _s and wide forms, and _fullpath (<stdlib.h>). The output is
 * compared with the same source built by mingw-w64 (UCRT) under Wine. */
#include <windows.h>
#include <direct.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void on_invalid(const wchar_t *e, const wchar_t *f, const wchar_t *file, unsigned line, uintptr_t r)
{
    (void)e; (void)f; (void)file; (void)line; (void)r;
}

/* errno values by name: the numbers are the C library's. */
static const char *err(int e)
{
    return e == 0 ? "0" : e == EINVAL ? "EINVAL" : e == ERANGE ? "ERANGE" : e == ENOENT ? "ENOENT" : "other";
}

static void split(const char *path)
{
    char drive[_MAX_DRIVE], dir[_MAX_DIR], fname[_MAX_FNAME], ext[_MAX_EXT];
    wchar_t wpath[300], wdrive[_MAX_DRIVE], wdir[_MAX_DIR], wfname[_MAX_FNAME], wext[_MAX_EXT];
    char back[4][300];
    _splitpath(path, drive, dir, fname, ext);
    printf("split [%s]: [%s] [%s] [%s] [%s]\n", path, drive, dir, fname, ext);
    MultiByteToWideChar(CP_UTF8, 0, path, -1, wpath, 300);
    _wsplitpath(wpath, wdrive, wdir, wfname, wext);
    WideCharToMultiByte(CP_UTF8, 0, wdrive, -1, back[0], 300, NULL, NULL);
    WideCharToMultiByte(CP_UTF8, 0, wdir, -1, back[1], 300, NULL, NULL);
    WideCharToMultiByte(CP_UTF8, 0, wfname, -1, back[2], 300, NULL, NULL);
    WideCharToMultiByte(CP_UTF8, 0, wext, -1, back[3], 300, NULL, NULL);
    printf("  wide same: %d\n", !strcmp(back[0], drive) && !strcmp(back[1], dir) && !strcmp(back[2], fname) && !strcmp(back[3], ext));
}

static void make(const char *drive, const char *dir, const char *fname, const char *ext)
{
    char path[_MAX_PATH];
    _makepath(path, drive, dir, fname, ext);
    printf("make [%s] [%s] [%s] [%s]: [%s]\n", drive ? drive : "(null)", dir ? dir : "(null)", fname ? fname : "(null)",
           ext ? ext : "(null)", path);
}

/* '\' as '/', for comparing a full path with the current directory. */
static void slashes(char *s)
{
    for (; *s; s++)
        if (*s == '\\') *s = '/';
}

int main(void)
{
    char drive[4], dir[8], fname[8], ext[8], path[16], cwd[_MAX_PATH], full[_MAX_PATH], want[_MAX_PATH + 32];
    char *p;
    errno_t e;

    _set_invalid_parameter_handler(on_invalid);
    split("C:\\dir\\sub\\file.txt");
    split("c:/a/b.c");
    split("relative\\name");
    split("no_separator.tar.gz");
    split("dir.with.dots\\noext");
    split("\\\\server\\share\\x.y");
    split(".hidden");
    split("trailing\\");
    split("D:");
    split("");
    make("C", "\\dir", "file", "txt");
    make("D:", "a/b/", "name", ".ext");
    make(NULL, NULL, "only", NULL);
    make("", "dir", NULL, "e");
    make(NULL, "x\\", "y", "");

    e = _splitpath_s("C:\\d\\f.e", drive, sizeof drive, dir, sizeof dir, fname, sizeof fname, ext, sizeof ext);
    printf("splitpath_s: %s [%s] [%s] [%s] [%s]\n", err(e), drive, dir, fname, ext);
    e = _splitpath_s("C:\\d\\f.e", NULL, 0, dir, sizeof dir, NULL, 0, ext, sizeof ext);
    printf("splitpath_s some: %s [%s] [%s]\n", err(e), dir, ext);
    errno = 0;
    e = _splitpath_s("C:\\toolongdir\\f.e", drive, sizeof drive, dir, sizeof dir, fname, sizeof fname, ext, sizeof ext);
    printf("splitpath_s too small: %s errno %s [%s] [%s] [%s] [%s]\n", err(e), err(errno), drive, dir, fname, ext);
    errno = 0;
    e = _splitpath_s(NULL, drive, sizeof drive, dir, sizeof dir, fname, sizeof fname, ext, sizeof ext);
    printf("splitpath_s NULL: %s errno %s\n", err(e), err(errno));
    e = _splitpath_s("x", NULL, 4, dir, sizeof dir, fname, sizeof fname, ext, sizeof ext);
    printf("splitpath_s NULL with size: %s\n", err(e));
    e = _makepath_s(path, sizeof path, "C", "d", "f", "e");
    printf("makepath_s: %s [%s]\n", err(e), path);
    errno = 0;
    e = _makepath_s(path, 8, "C", "dir", "file", "ext");
    printf("makepath_s too small: %s errno %s [%s]\n", err(e), err(errno), path);
    e = _makepath_s(NULL, 8, "C", "d", "f", "e");
    printf("makepath_s NULL: %s\n", err(e));

    _getcwd(cwd, sizeof cwd);
    slashes(cwd);
    p = _fullpath(full, "sub\\x.txt", sizeof full);
    slashes(full);
    snprintf(want, sizeof want, "%s/sub/x.txt", cwd);
    printf("fullpath relative: %d is cwd/sub/x.txt %d\n", p == full, !strcmp(full, want));
    p = _fullpath(NULL, "a\\..\\b", 0);
    slashes(p);
    snprintf(want, sizeof want, "%s/b", cwd);
    printf("fullpath allocated: %d is cwd/b %d\n", p != NULL, p && !strcmp(p, want));
    free(p);
    p = _fullpath(full, "", sizeof full);
    slashes(full);
    printf("fullpath empty: %d is cwd %d\n", p == full, !strcmp(full, cwd));
    errno = 0;
    p = _fullpath(full, "some\\long\\name", 4);
    printf("fullpath too small: %d errno %s\n", p != NULL, err(errno));
    {
        wchar_t wfull[_MAX_PATH];
        char back[_MAX_PATH];
        wchar_t *w = _wfullpath(wfull, L"sub\\x.txt", _MAX_PATH);
        WideCharToMultiByte(CP_UTF8, 0, wfull, -1, back, sizeof back, NULL, NULL);
        slashes(back);
        snprintf(want, sizeof want, "%s/sub/x.txt", cwd);
        printf("wfullpath: %d is cwd/sub/x.txt %d\n", w == wfull, !strcmp(back, want));
    }
    return 0;
}
