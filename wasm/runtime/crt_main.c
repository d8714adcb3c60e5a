/* The program's entry point under clang 15 and later.
 *
 * Those compilers name a C `int main(int argc, char **argv)` on wasm `__main_argc_argv`
 * (a `main(void)` keeps its name `main`), while Emscripten 3.1.6's JS calls the export
 * `main(argc, argv)`. This weak `main` forwards to the program's `__main_argc_argv`; a
 * program whose own `main` keeps that name overrides it.
 *
 * The call goes through a volatile pointer so that the optimiser cannot inline the
 * program's main into this one: a stack trace then names the program's function `main`. */

int __main_argc_argv(int argc, char **argv) __attribute__((weak));

static int (*volatile program_main)(int, char **) = __main_argc_argv;

int winsock_crt_main(int argc, char **argv) { return program_main(argc, argv); }

int winsock_crt_main_export(int argc, char **argv) __asm__("main") __attribute__((weak, alias("winsock_crt_main")));
