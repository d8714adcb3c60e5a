/* The program's entry point, the CRT's argument globals and the process command line.
 *
 * Entry points. clang 15 and later name a C `int main(int argc, char **argv)` on wasm
 * `__main_argc_argv`; a `main(void)` becomes `__main_void` with a `main(argc, argv)` wrapper
 * that calls it; a `main(int argc, char **argv, char **envp)` keeps its name `main` with three
 * parameters. wasm checks a call's type against the callee's exactly, and a `wmain` may take
 * two parameters or three (envp), so neither `main` nor `wmain` can be called from C without
 * knowing which the program wrote. They are exported when the program defines them
 * (winsock-cc links with --export-if-defined=main,wmain) and wasm/lib/post.js calls the one
 * there is from JS, where a call passes what the callee takes: main(argc, argv, envp), else
 * wmain(argc, wargv, wenvp). Otherwise it calls winsock_crt_main here, which calls the entry
 * points whose types are fixed: main(argc, argv), else WinMain or wWinMain (hInstance a
 * non-null pseudo handle, hPrevInstance NULL, lpCmdLine the command line after the program
 * name, nCmdShow SW_SHOWDEFAULT).
 *
 * Arguments. wasm/lib/post.js calls winsock_crt_args(argc, argv, pid) before the entry point,
 * whatever it is, so __argc, __argv, __wargv (MSVC's <stdlib.h> globals), GetCommandLineA/W and
 * lpCmdLine are set for every program, main(void) included. Both __argv and __wargv are set
 * (MSVC sets the one its entry point's kind asks for; setting both breaks no program). It
 * returns what post.js passes to main or wmain besides argc and argv: the environment as the
 * CRT gives it to main (narrow, the C library's environ) and to wmain (UTF-16), and __wargv.
 *
 * The calls go through volatile pointers so that the optimiser cannot inline the program's
 * entry point into this one: a stack trace then names the program's function. */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "kernel32_internal.h"

int __argc;
char **__argv;
wchar_t **__wargv;

static char *command_line_a;
static wchar_t *command_line_w;

int __main_argc_argv(int argc, char **argv) __attribute__((weak));
int WinMain(void *hInstance, void *hPrevInstance, char *lpCmdLine, int nCmdShow) __attribute__((weak));
int wWinMain(void *hInstance, void *hPrevInstance, wchar_t *lpCmdLine, int nCmdShow) __attribute__((weak));

static int (*volatile program_main)(int, char **) = __main_argc_argv;
static int (*volatile program_winmain)(void *, void *, char *, int) = WinMain;
static int (*volatile program_wwinmain)(void *, void *, wchar_t *, int) = wWinMain;

#define SW_SHOWDEFAULT 10
/* What GetModuleHandle(NULL) would give: the image base Windows loads an .exe at. */
#define IMAGE_BASE ((void *)0x400000)

/* UTF-8 to a new UTF-16 string with the runtime's one converter (kernel32_strings.c): an
 * argument that is not UTF-8 has each ill-formed part replaced by U+FFFD. */
static wchar_t *widen(const char *s) {
  size_t len = strlen(s), n = __wsw_utf16_of(s, len, 0, 0);
  wchar_t *w = malloc((n + 1) * sizeof *w);
  if (!w) return 0;
  __wsw_utf16_of(s, len, w, n);
  w[n] = 0;
  return w;
}

/* Appends one argument as the command line quotes it, so that CommandLineToArgvW and the
 * CRT's parser give it back (and as Wine writes it): in quotes when it is empty or has a
 * blank; a quote written \" and the backslashes before a quote (or before the closing
 * quote) doubled; anything else as it is. Returns the new length. */
static size_t quote_arg(wchar_t *out, size_t k, const wchar_t *a) {
  int quoted = *a == 0 || wcspbrk(a, L" \t\n\v") != 0;
#define PUT(c) do { if (out) out[k] = (c); k++; } while (0)
  if (quoted) PUT('"');
  for (const wchar_t *p = a;; p++) {
    size_t slashes = 0;
    while (*p == '\\') { slashes++; p++; }
    size_t copies = *p == '"' || (*p == 0 && quoted) ? slashes * 2 : slashes;
    for (size_t i = 0; i < copies; i++) PUT('\\');
    if (*p == 0) break;
    if (*p == '"') PUT('\\');
    PUT(*p);
  }
  if (quoted) PUT('"');
#undef PUT
  return k;
}

/* The program name goes in quotes when it has a space or a tab (it takes no escapes). */
static size_t program_name(wchar_t *out, const wchar_t *a) {
  size_t k = 0;
  int quote = wcspbrk(a, L" \t") != 0;
  if (quote) { if (out) out[k] = '"'; k++; }
  for (const wchar_t *p = a; *p; p++) { if (out) out[k] = *p; k++; }
  if (quote) { if (out) out[k] = '"'; k++; }
  return k;
}

static wchar_t *build_command_line(int argc, wchar_t **wargv) {
  size_t n = argc > 0 ? program_name(0, wargv[0]) : 0;
  for (int i = 1; i < argc; i++) n = quote_arg(0, n + 1, wargv[i]);
  wchar_t *w = malloc((n + 1) * sizeof *w);
  if (!w) return 0;
  size_t k = argc > 0 ? program_name(w, wargv[0]) : 0;
  for (int i = 1; i < argc; i++) { w[k++] = ' '; k = quote_arg(w, k, wargv[i]); }
  w[k] = 0;
  return w;
}

/* GetCommandLineA's: the same converter, so a lone surrogate is U+FFFD, as WideCharToMultiByte gives it. */
static char *narrow(const wchar_t *w) { return __wsw_utf8_of(w, -1); }

/* The host's process id, for _getpid (msvcrt_process.c). */
int __wsw_host_pid = 1;

extern char **environ;

/* What post.js passes to main and wmain (see the top): envp, __wargv, the wide envp. */
static void *entry_args[3];

/* The environment in UTF-16, as wmain's envp: one string per entry of environ. */
static wchar_t **wide_environment(void) {
  size_t n = 0;
  while (environ && environ[n]) n++;
  wchar_t **w = malloc((n + 1) * sizeof *w);
  if (!w) return 0;
  for (size_t i = 0; i < n; i++) w[i] = widen(environ[i]);
  w[n] = 0;
  return w;
}

void **winsock_crt_args(int argc, char **argv, int pid) {
  if (pid > 0) __wsw_host_pid = pid;
  __argc = argc;
  __argv = argv;
  wchar_t **w = malloc((size_t)(argc + 1) * sizeof *w);
  if (w) {
    for (int i = 0; i < argc; i++) w[i] = widen(argv[i]);
    w[argc] = 0;
  }
  __wargv = w;
  command_line_w = w ? build_command_line(argc, w) : 0;
  if (!command_line_w) command_line_w = L"";
  command_line_a = narrow(command_line_w);
  if (!command_line_a) command_line_a = "";
  entry_args[0] = environ;
  entry_args[1] = __wargv;
  entry_args[2] = wide_environment();
  return entry_args;
}

/* GetCommandLineA/W (processenv.h): the process's command line, program name first. */
char *GetCommandLineA(void) { return command_line_a ? command_line_a : ""; }
wchar_t *GetCommandLineW(void) { return command_line_w ? command_line_w : L""; }

/* WinMain's lpCmdLine: past the program name (quoted or not) and the blanks after it. */
static const wchar_t *after_program_name(const wchar_t *s) {
  if (*s == '"') {
    s++;
    while (*s && *s != '"') s++;
    if (*s) s++;
  } else {
    while (*s && *s != ' ' && *s != '\t') s++;
  }
  while (*s == ' ' || *s == '\t') s++;
  return s;
}

int winsock_crt_main(int argc, char **argv) {
  if (program_main) return program_main(argc, argv);
  const wchar_t *tail = after_program_name(GetCommandLineW());
  if (program_winmain) {
    char *a = GetCommandLineA();
    return program_winmain(IMAGE_BASE, 0, a + (strlen(a) - __wsw_utf8_from(tail, wcslen(tail), 0, 0)), SW_SHOWDEFAULT);
  }
  if (program_wwinmain) return program_wwinmain(IMAGE_BASE, 0, (wchar_t *)tail, SW_SHOWDEFAULT);
  return program_main(argc, argv); /* none: the call fails as it would have */
}
