/*
 * kernel32's loader (libloaderapi.h): the project's DLLs are all linked into
 * the program; loading one finds it by name and counts the reference.
 *
 * HMODULE values are the addresses of the module records below: distinct,
 * non-null, and not kernel handles (CloseHandle does not know them), as on
 * Windows, where an HMODULE is the DLL's base address.
 *
 * kernel32.dll and ntdll.dll are loaded in every process ("the system always keeps it");
 * the others are loaded while LoadLibrary references outnumber FreeLibrary
 * calls. GetModuleHandle(NULL) is the program itself.
 */
#include <windows.h>
#include "libloader_table.h"

struct module {
    const char *name; /* lower case, without ".dll" */
    unsigned refs;
    int pinned;
};

/* Same order as DLLS in scripts/gen-exports.mjs. */
static struct module modules[] = {
    {"kernel32", 0, 1}, {"ws2_32", 0, 0}, {"wsock32", 0, 0},
    {"mswsock", 0, 0},  {"iphlpapi", 0, 0}, {"winmm", 0, 0},
    {"user32", 0, 0},   {"shell32", 0, 0},
    {"ntdll", 0, 1},    {"advapi32", 0, 0}, {"gdi32", 0, 0},
};
#define MODULE_COUNT (sizeof(modules) / sizeof(modules[0]))
static struct module program = {"", 1, 1};

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* The module a file name names: its last path element, case-insensitive, ".dll" optional. */
static struct module *find_module(const char *name)
{
    const char *base = name, *p;
    size_t n;
    unsigned i;
    for (p = name; *p; p++)
        if (*p == '\\' || *p == '/' || *p == ':') base = p + 1;
    n = (size_t)(p - base);
    if (n > 4 && base[n - 4] == '.' && lower(base[n - 3]) == 'd' && lower(base[n - 2]) == 'l' && lower(base[n - 1]) == 'l')
        n -= 4;
    for (i = 0; i < MODULE_COUNT; i++) {
        const char *m = modules[i].name;
        size_t k = 0;
        while (k < n && m[k] && lower((unsigned char)base[k]) == m[k]) k++;
        if (k == n && m[k] == 0) return &modules[i];
    }
    return 0;
}

/* A wide name as narrow text: only ASCII can name one of the DLLs. */
static int narrow(LPCWSTR w, char *out, size_t size)
{
    size_t i = 0;
    for (; w[i]; i++) {
        if (i + 1 >= size) return 0;
        out[i] = w[i] < 0x80 ? (char)w[i] : '?';
    }
    out[i] = 0;
    return 1;
}

static int loaded(const struct module *m) { return m->pinned || m->refs > 0; }

static struct module *from_handle(HMODULE h)
{
    unsigned i;
    if ((struct module *)(void *)h == &program) return &program;
    for (i = 0; i < MODULE_COUNT; i++)
        if ((struct module *)(void *)h == &modules[i]) return &modules[i];
    return 0;
}

HMODULE WINAPI LoadLibraryExA(LPCSTR name, HANDLE file, DWORD flags)
{
    struct module *m;
    (void)flags; /* every DLL is already mapped; the search-path flags change nothing */
    if (!name || file) { /* "hFile: This parameter is reserved for future use. It must be NULL." */
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    m = find_module(name);
    if (!m) {
        SetLastError(ERROR_MOD_NOT_FOUND);
        return NULL;
    }
    m->refs++;
    return (HMODULE)(void *)m;
}

HMODULE WINAPI LoadLibraryA(LPCSTR name) { return LoadLibraryExA(name, NULL, 0); }

HMODULE WINAPI LoadLibraryExW(LPCWSTR name, HANDLE file, DWORD flags)
{
    char buf[260];
    if (!name) return LoadLibraryExA(NULL, file, flags);
    if (!narrow(name, buf, sizeof(buf))) {
        SetLastError(ERROR_MOD_NOT_FOUND);
        return NULL;
    }
    return LoadLibraryExA(buf, file, flags);
}

HMODULE WINAPI LoadLibraryW(LPCWSTR name) { return LoadLibraryExW(name, NULL, 0); }

HMODULE WINAPI GetModuleHandleA(LPCSTR name)
{
    struct module *m;
    if (!name) return (HMODULE)(void *)&program;
    m = find_module(name);
    if (!m || !loaded(m)) { /* "The module must have been loaded by the calling process." */
        SetLastError(ERROR_MOD_NOT_FOUND);
        return NULL;
    }
    return (HMODULE)(void *)m;
}

HMODULE WINAPI GetModuleHandleW(LPCWSTR name)
{
    char buf[260];
    if (!name) return GetModuleHandleA(NULL);
    if (!narrow(name, buf, sizeof(buf))) {
        SetLastError(ERROR_MOD_NOT_FOUND);
        return NULL;
    }
    return GetModuleHandleA(buf);
}

FARPROC WINAPI GetProcAddress(HMODULE h, LPCSTR proc)
{
    struct module *m = from_handle(h ? h : (HMODULE)(void *)&program);
    unsigned i, dll;
    if (!m || !loaded(m)) {
        SetLastError(ERROR_MOD_NOT_FOUND);
        return NULL;
    }
    /* The program exports nothing. A value below 0x10000 is an ordinal, as on Windows (a program's
     * data lies above 64 KiB, winsock-cc's GLOBAL_BASE); the table has names only, so an ordinal
     * finds nothing. */
    if (m == &program || ((ULONG_PTR)proc >> 16) == 0) {
        SetLastError(ERROR_PROC_NOT_FOUND);
        return NULL;
    }
    dll = (unsigned)(m - modules);
    for (i = 0; i < __wsw_export_count; i++)
        if (__wsw_exports[i].dll == dll && strcmp(__wsw_exports[i].name, proc) == 0)
            return (FARPROC)__wsw_exports[i].address;
    SetLastError(ERROR_PROC_NOT_FOUND);
    return NULL;
}

BOOL WINAPI FreeLibrary(HMODULE h)
{
    struct module *m = from_handle(h);
    if (!m || !loaded(m)) {
        SetLastError(ERROR_MOD_NOT_FOUND);
        return FALSE;
    }
    if (m->refs > 0) m->refs--;
    return TRUE;
}
