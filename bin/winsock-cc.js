#!/usr/bin/env node
// winsock-cc: a C and C++ compiler driver over emcc for Windows Sockets programs.
//   winsock-cc [gcc/emcc flags] file.c ... -o prog   -> node prog args... (or ./prog)
//   winsock-cc -c file.c -o file.o                   -> an object file
// winsock-c++ (bin/winsock-c++.js) is to winsock-cc what em++ is to emcc.
// Windows import libraries (-lws2_32, -lwsock32, -lkernel32, ...) are accepted and
// ignored: those functions are wasm imports the host provides.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { includeOverlay } from './include-overlay.js';
import { libcxxArchive } from './libcxx.js';

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const include = path.join(pkg, 'wasm', 'include');
const runtimeDir = path.join(pkg, 'wasm', 'runtime');
const WINDOWS_LIBS = new Set(['ws2_32', 'wsock32', 'mswsock', 'kernel32', 'user32', 'gdi32', 'advapi32', 'iphlpapi', 'winmm', 'ntdll', 'msvcrt']);

/** The driver's name in messages: winsock-cc, or winsock-c++ (bin/winsock-c++.js). */
let driverName = 'winsock-cc';

function die(msg) {
  process.stderr.write(`${driverName}: ${msg}\n`);
  process.exit(1);
}

async function importList() {
  const p = path.join(pkg, 'dist', 'host', 'abi', 'imports.js');
  if (!fs.existsSync(p)) die(`${p} is missing: run "npm run build" in ${pkg} first`);
  return (await import(pathToFileURL(p).href)).IMPORTS;
}

// wchar_t is 16 bits, as on Windows (-fshort-wchar). Debian's emcc runs clang 14, whose wasm
// target ignores that flag; clang 16 honours it, and that emcc runs clang-$EM_CLANG_ADD_VERSION
// from /usr/bin. Other Emscripten installs bring their own clang (emsdk's honours the flag).
const CLANG_VERSION = '16';
const DEBIAN_EMSCRIPTEN = '/usr/share/emscripten';

function onPath(cmd) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    if (dir && fs.existsSync(p)) return fs.realpathSync(p);
  }
  return undefined;
}

let emccEnvCache;

function emccEnv() {
  return (emccEnvCache ??= makeEmccEnv());
}

function makeEmccEnv() {
  const env = { ...process.env };
  if (onPath('emcc')?.startsWith(DEBIAN_EMSCRIPTEN + path.sep)) {
    const clang = `/usr/bin/clang-${CLANG_VERSION}`;
    if (!fs.existsSync(clang)) die(`${clang} is missing: with Debian's Emscripten, winsock-cc compiles with clang ${CLANG_VERSION} (for a 16-bit wchar_t, as on Windows); install it: apt-get install clang-${CLANG_VERSION}`);
    env.EM_CLANG_ADD_VERSION = CLANG_VERSION;
  }
  // Debian's emscripten runs its JS tools with the system node; acorn lives there.
  if (fs.existsSync('/usr/share/nodejs')) {
    env.NODE_PATH = env.NODE_PATH ? `${env.NODE_PATH}${path.delimiter}/usr/share/nodejs` : '/usr/share/nodejs';
  }
  return env;
}

/** -v: show the commands run, and emcc's own. */
let verbose = false;

// emcc reports a failed step with the whole internal command line after the step's own
// diagnostics; that line is noise unless -v asked for commands.
const INTERNAL_COMMAND_FAILED = /^emcc: error: '.*' failed \(returned -?\d+\)$/;
// wasm-ld cannot read an archive without a symbol table, which GNU ar does not write for
// wasm objects. (An archive named on the command line, rather than found by -l, emcc
// indexes itself, warning that it is "missing an index".)
// C++'s wmain(int, wchar_t **, wchar_t **): an overload of the extern "C" wmain(int, wchar_t **)
// that winsock_wasm_dialect.h declares, so it has the mangled name (wasm/lib/post.js calls it).
const CXX_WMAIN_ENVP = '_Z5wmainiPPwS0_';
// main is exported with --export-if-defined rather than EXPORTED_FUNCTIONS (a program may
// have wmain or WinMain instead), about which emcc warns that main "may be eliminated": it is not.
const MAIN_NOT_EXPORTED = /^system_libs:WARNING: main\(\) is in the input files, but "_main" is not in EXPORTED_FUNCTIONS/;
const ARCHIVE_WITHOUT_INDEX = /archive has no index; run ranlib to add one|archive is missing an index/;

/** Runs an Emscripten tool; its stderr passes through, without emcc's internal command line. */
function run(cmd, args) {
  if (verbose || process.env.WINSOCK_CC_VERBOSE) process.stderr.write(`${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: ['inherit', 'inherit', 'pipe'], env: emccEnv(), maxBuffer: 1 << 30 });
  if (r.error) die(`cannot run ${cmd}: ${r.error.message} (install Emscripten: apt-get install emscripten)`);
  let err = r.stderr.toString().split('\n').filter((l) => !MAIN_NOT_EXPORTED.test(l)).join('\n');
  if (!verbose) {
    const lines = err.split('\n');
    const kept = lines.filter((l) => !INTERNAL_COMMAND_FAILED.test(l));
    // The line stays when it is all there is to say.
    if (kept.some((l) => l.trim())) err = kept.join('\n');
  }
  if (ARCHIVE_WITHOUT_INDEX.test(err)) {
    err += `${err.endsWith('\n') || !err ? '' : '\n'}${driverName}: note: build archives with winsock-ar (or add the index with winsock-ranlib): GNU ar writes no symbol index for wasm objects\n`;
  }
  process.stderr.write(err);
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** stdout of an Emscripten tool run for a probe. */
function capture(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: emccEnv() });
  if (r.error) die(`cannot run ${cmd}: ${r.error.message} (install Emscripten: apt-get install emscripten)`);
  return r.stdout;
}

const COMPILE_FLAGS = [
  '-D_WIN32', '-DWIN32', '-D_WINSOCK_WASM', '-U__unix__', '-U__unix', '-Uunix',
  '-Wno-unknown-pragmas', // MSVC pragmas (comment, warning, pack ...) in Windows sources
  // The MSVC dialect (__declspec, __int64, __stdcall ...), before any of the program's lines.
  '-fdeclspec', '-include', path.join(include, 'winsock_wasm_dialect.h'),
  '-fshort-wchar', // wchar_t is 16 bits (UTF-16), as on Windows; wasm/runtime/wchar.c is its library
  '-isystem', include,
];

// The C library functions that take a path, linked wrapped so that a Windows path reaches
// the file system translated (wasm/runtime/msvcrt_libc_paths.c defines __wrap_<name>).
const PATH_FUNCTIONS = ['fopen', 'remove', 'rename', 'open', 'stat', 'lstat', 'access', 'unlink', 'mkdir', 'rmdir', 'chdir', 'chmod'];

/** The runtime C library (inet_*, __WSAFDIsSet ...), compiled once per content and flags. */
function runtimeObjects(optFlags) {
  const files = fs.readdirSync(runtimeDir).filter((f) => f.endsWith('.c')).sort();
  const h = crypto.createHash('sha256');
  h.update(optFlags.join(' ')).update(emccEnv().EM_CLANG_ADD_VERSION ?? '');
  // Every file of the runtime (its private headers and generated tables too) and of the
  // include directory (sys/ too).
  for (const dir of [runtimeDir, include]) {
    for (const f of fs.readdirSync(dir, { recursive: true }).sort()) {
      const p = path.join(dir, f);
      if (fs.statSync(p).isFile()) h.update(f).update(fs.readFileSync(p));
    }
  }
  const cache = path.join(os.tmpdir(), `winsock-wasm-rt-${h.digest('hex').slice(0, 16)}`);
  const objs = files.map((f) => path.join(cache, f.replace(/\.c$/, '.o')));
  if (objs.every((o) => fs.existsSync(o))) return objs;
  const tmp = fs.mkdtempSync(cache + '-tmp');
  files.forEach((f, i) => run('emcc', [...COMPILE_FLAGS, ...optFlags, '-c', path.join(runtimeDir, f), '-o', path.join(tmp, path.basename(objs[i]))]));
  try { fs.renameSync(tmp, cache); } catch { fs.rmSync(tmp, { recursive: true, force: true }); }
  return objs;
}

/**
 * @file arguments replaced by the file's contents, as gcc (libiberty's expandargv) does:
 * arguments separated by whitespace; single and double quotes group, a backslash takes the
 * next character literally (inside quotes too); an @file inside is expanded in turn; an
 * @file that cannot be read stays as it is.
 */
function expandResponseFiles(args, depth = 0) {
  const out = [];
  for (const a of args) {
    let text;
    if (a.length > 1 && a[0] === '@') {
      try { text = fs.readFileSync(a.slice(1), 'latin1'); } catch { /* not a response file: an argument */ }
    }
    if (text === undefined) { out.push(a); continue; }
    if (depth >= 64) die(`${a}: response files nested too deeply (does one include itself?)`);
    out.push(...expandResponseFiles(splitResponseFile(text), depth + 1));
  }
  return out;
}

function splitResponseFile(text) {
  const args = [];
  const space = /[ \t\n\r\f\v]/;
  let i = 0;
  for (;;) {
    while (i < text.length && space.test(text[i])) i++;
    if (i >= text.length) return args;
    let arg = '';
    let quote = '';
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\\' && i + 1 < text.length) arg += text[++i];
      else if (c === '\\') continue;
      else if (quote) { if (c === quote) quote = ''; else arg += c; }
      else if (c === "'" || c === '"') quote = c;
      else if (space.test(c)) break;
      else arg += c;
    }
    args.push(arg);
  }
}

// Source names emcc (and gcc) compile as C++; the rest follow -x or are C, objects or libraries.
const CXX_SOURCE = /\.(cpp|cxx|cc|c\+\+|CPP|CXX|C|CC|C\+\+|cp|ii)$/;
// Flags whose value is the next argument (so that value is not taken for an input file).
const FLAGS_WITH_VALUE = new Set([
  '-I', '-D', '-U', '-include', '-imacros', '-isystem', '-idirafter', '-iquote', '-iprefix', '-iwithprefix',
  '-iwithprefixbefore', '-isysroot', '-L', '-MF', '-MT', '-MQ', '-Xlinker', '-Xclang', '-Xpreprocessor',
  '-Xassembler', '-u', '-T', '-s', '-target', '--js-library', '--pre-js', '--post-js', '--extern-pre-js',
  '--extern-post-js', '--embed-file', '--preload-file', '--exclude-file', '--shell-file', '--source-map-base',
  '--closure-args', '--js-transform',
]);
// Flags that stop before linking. -M and -MM (without -MD/-MMD) imply -E, as in gcc.
const NO_LINK = new Set(['-c', '-S', '-E', '-M', '-MM', '-fsyntax-only']);

/**
 * What an object or archive on a link line needs: the C++ library (its mangled names, or
 * the C++ ABI's), and exception catching (C++ compiled with exceptions). Each file is read once.
 */
function objectNeeds(file) {
  let b;
  if (/\.(o|obj|lo|a|lib)$/i.test(file)) { try { b = fs.readFileSync(file); } catch { /* not ours to read */ } }
  if (!b) return { cxx: false, catches: false };
  return {
    cxx: b.includes('_ZNSt3__2') || b.includes('__cxa_') || b.includes('_Znwm') || b.includes('_ZdlPv'),
    catches: b.includes('__cxa_find_matching_catch'),
  };
}

function cxxArchive() {
  return libcxxArchive({
    emcc: onPath('emcc') ?? die('emcc is not on PATH (install Emscripten: apt-get install emscripten)'),
    env: emccEnv(),
    log: (m) => process.stderr.write(`${driverName}: ${m}\n`),
  });
}

/**
 * Ours in place of Emscripten's libc++ (32-bit wchar_t): em++ links -lc++ and -lc++abi, and a
 * -L given first is searched first, so -lc++ is ours and -lc++abi stays Emscripten's (em++'s
 * C++ link also brings the JS side of its exceptions, which -nostdlib++ would drop).
 */
async function cxxLinkInputs() {
  return ['-L' + path.dirname(await cxxArchive())];
}

function packageVersion() {
  return JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).version;
}

/** emcc's version, as its -dumpversion says. */
function emccVersion(emcc) {
  return capture(emcc, ['-dumpversion']).trim();
}

/** The nearest package.json above dir, and whether it makes dir an ES module scope. */
function moduleScope(dir) {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const pj = path.join(d, 'package.json');
    if (fs.existsSync(pj)) {
      try { return JSON.parse(fs.readFileSync(pj, 'utf8')).type === 'module' ? pj : undefined; } catch { return undefined; }
    }
    if (path.dirname(d) === d) return undefined;
  }
}

const USAGE = (name) => `usage: ${name} [cc flags] files... -o prog        builds Windows Sockets ${name === 'winsock-c++' ? 'C++' : 'C and C++'} programs to run with: node prog (or ./prog)
       ${name} -c file.c -o file.o                 an object file (-E, -S, -M and -MD/-MMD as with gcc)
       ${name} --target=web [cc flags] files... -o page.html   (a page; sockets through winsock-proxy)
`;

/**
 * The driver. `cxx`: as winsock-c++ (em++: every source is C++, the C++ library links even
 * when only objects are given).
 */
export async function main(rawArgv, { cxx = false } = {}) {
  driverName = cxx ? 'winsock-c++' : 'winsock-cc';
  const emcc = cxx ? 'em++' : 'emcc';
  const argv = expandResponseFiles(rawArgv);

  // Probes build tools send before anything else; like gcc, each answers and does nothing more.
  if (argv.includes('--help') || argv.includes('-h')) { process.stdout.write(USAGE(driverName)); return; }
  if (argv.includes('--build-libc++')) {
    // Builds the 16-bit-wchar_t libc++ now (otherwise the first C++ link does) and prints its path.
    process.stdout.write(`${await cxxArchive()}\n`);
    return;
  }
  if (argv.includes('--version')) {
    const theirs = capture(emcc, ['--version']);
    process.stdout.write(`${driverName} (winsock-wasm ${packageVersion()}) ${emccVersion(emcc)}\n${theirs}`);
    return;
  }
  if (argv.includes('-dumpversion') || argv.includes('-dumpmachine') || argv.some((a) => a.startsWith('-print-'))) {
    run(emcc, argv);
    return;
  }
  verbose = argv.includes('-v');
  if (verbose) process.stderr.write(`${driverName} ${packageVersion()} (${emcc} ${emccVersion(emcc)})\n`);
  if (argv.length === 1 && verbose) { run(emcc, ['-v']); return; }

  let out;
  let noLink = false;
  let target = 'node';
  let lang = ''; // the -x language in force
  let anyLang = false; // a -x was given: emcc then compiles every input it does not know as an archive
  let cxxSource = false;
  let exceptionsChosen = false; // the command line says how exceptions work
  const pass = [];
  const inputs = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o') { out = argv[++i]; continue; }
    if (a.startsWith('-o') && a.length > 2) { out = a.slice(2); continue; }
    if (a.startsWith('--target=')) { target = a.slice(9); continue; }
    if (NO_LINK.has(a)) { noLink = true; pass.push(a); continue; }
    if (a.startsWith('-l')) {
      const lib = (a.length > 2 ? a.slice(2) : argv[++i]).toLowerCase().replace(/\.lib$/, '');
      if (WINDOWS_LIBS.has(lib)) continue;
      pass.push('-l' + lib);
      continue;
    }
    if (a === '-x' || (a.startsWith('-x') && a.length > 2)) {
      lang = a === '-x' ? argv[++i] : a.slice(2);
      if (lang === 'none') lang = '';
      anyLang = true;
      pass.push('-x', lang || 'none');
      continue;
    }
    if (/^-f(no-)?(exceptions|wasm-exceptions|ignore-exceptions)$/.test(a) || /^-s ?(DISABLE_EXCEPTION_CATCHING|EXCEPTION_CATCHING_ALLOWED)/.test(a)) exceptionsChosen = true;
    if (FLAGS_WITH_VALUE.has(a)) {
      if (a === '-s' && /^(DISABLE_EXCEPTION_CATCHING|EXCEPTION_CATCHING_ALLOWED)/.test(argv[i + 1] ?? '')) exceptionsChosen = true;
      pass.push(a, argv[++i]);
      continue;
    }
    if (a.startsWith('-') && a !== '-') { pass.push(a); continue; }
    // An input: a source, an object or a library.
    inputs.push(a);
    if (lang ? lang.startsWith('c++') : CXX_SOURCE.test(a)) cxxSource = true;
    pass.push(a);
  }
  if (target !== 'node' && target !== 'web') die(`--target=${target} is not supported (node or web)`);
  if (!inputs.length) die('no input files');
  const asCxx = cxx || cxxSource;
  // C++ as MSVC's /EHsc has it: exceptions on (emcc's default ignores them), RTTI on.
  const exceptions = asCxx && !exceptionsChosen;
  // Objects that catch exceptions (C++ compiled with them) need catching at link too, even
  // through winsock-cc: without it a catch leaves the C stack pointer where the throw was.
  const needs = noLink ? [] : inputs.map(objectNeeds);
  const catchingObjects = !exceptions && !exceptionsChosen && needs.some((n) => n.catches);
  const colour = process.stderr.isTTY && !argv.some((a) => /^-f(no-)?(color-diagnostics|diagnostics-color)/.test(a)) ? ['-fcolor-diagnostics'] : [];
  // Include names as Windows matches them (case-insensitive, `\` as a separator).
  const includes = includeOverlay([...COMPILE_FLAGS, ...pass], inputs, emccEnv(), { cxx });
  if (noLink) {
    run(emcc, [...COMPILE_FLAGS, ...includes, ...colour, ...(exceptions ? ['-fexceptions'] : []), ...pass, ...(out ? ['-o', out] : [])]);
    return;
  }
  const web = target === 'web';
  let base;
  if (web) {
    out ??= 'a.out.html';
    if (!out.endsWith('.html')) out += '.html';
    base = path.basename(out, '.html');
  } else {
    // -o name writes name, as make and cmake expect; name.js and name.exe too.
    out ??= 'a.out';
    if (/\.wasm$/i.test(out)) die(`-o ${out}: the output is the program's launcher (name it prog, prog.exe or prog.js); its .wasm goes beside it`);
    base = path.basename(out).replace(/\.(js|exe)$/i, '');
  }
  const webHost = path.join(pkg, 'dist', 'web', 'winsock-web.js');
  if (web && !fs.existsSync(webHost)) die(`${webHost} is missing: run "npm run build" in ${pkg} first`);
  const optFlags = pass.filter((f) => /^-O/.test(f));
  if (!optFlags.length) optFlags.push('-O2'); // Asyncify needs optimisation to be small and fast
  const imports = await importList();
  const outDir = path.dirname(path.resolve(out));
  fs.mkdirSync(outDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-cc-'));
  try {
    // Emscripten checks every undefined symbol against its JS library; the ws2_32 and
    // kernel32 imports are provided by the host at instantiation, so declare them there.
    // A function the project does not provide still fails to link, naming it.
    const lib = path.join(work, 'winsock-imports.js');
    // (Emscripten's own JS versions of getaddrinfo & co. are replaced, dependencies and all.)
    fs.writeFileSync(lib, 'mergeInto(LibraryManager.library, {\n' + imports.map((s) =>
      `  ${JSON.stringify(s.name)}: function () { throw new Error(${JSON.stringify(`${s.module}.${s.name} is provided by the winsock-wasm host`)}); },\n` +
      `  ${JSON.stringify(s.name + '__deps')}: [],`,
    ).join('\n') + '\n});\n');
    const asyncImports = imports.filter((s) => s.suspends).map((s) => `${s.module}.${s.name}`);
    const glue = path.join(work, 'program.glue.js');
    // A link with C++ in it takes libc++ built for the 16-bit wchar_t.
    const linkCxx = asCxx || needs.some((n) => n.cxx);
    run(emcc, [
      ...(linkCxx ? await cxxLinkInputs() : []),
      // The 16-bit libc++ is one build, with exceptions (Emscripten picks its own noexcept
      // variant otherwise): a -fno-exceptions program links with it, and a throw from the
      // library, which nothing in the program catches, ends in terminate as it would anyway.
      ...(linkCxx && argv.includes('-fno-exceptions') ? ['-sDISABLE_EXCEPTION_THROWING=0', '-sDISABLE_EXCEPTION_CATCHING=0'] : []),
      ...COMPILE_FLAGS, ...includes, ...colour, ...(exceptions ? ['-fexceptions', '-sDISABLE_EXCEPTION_CATCHING=0'] : catchingObjects ? ['-sDISABLE_EXCEPTION_CATCHING=0'] : []),
      ...pass.filter((f) => !/^-O/.test(f)), ...optFlags,
      // (emcc takes the first -x for every input, objects too; wasm-ld takes these as they are.)
      ...runtimeObjects(optFlags).map((o) => (anyLang ? `-Wl,${o}` : o)),
      '-o', glue,
      '-sASYNCIFY', `-sASYNCIFY_IMPORTS=${JSON.stringify(asyncImports)}`,
      '-sMODULARIZE=1', '-sEXPORT_NAME=WinsockProgram', '-sEXIT_RUNTIME=1',
      // Windows never maps the lowest 64 KiB, and Win32 relies on it: a value below 0x10000 where
      // a string pointer goes is an integer (MAKEINTATOM, MAKEINTRESOURCE, CharUpper's one
      // character). The program's data starts above it, so no pointer of its can look like one.
      '-sGLOBAL_BASE=65536',
      ...(web ? ['-sENVIRONMENT=web'] : ['-sENVIRONMENT=node', '-sNODERAWFS=1', '-sNODEJS_CATCH_EXIT=0', '-sNODEJS_CATCH_REJECTION=0']), '-sALLOW_MEMORY_GROWTH=1', '-sWASM_BIGINT=1',
      // main and wmain are exported when the program defines them, and post.js calls the one
      // there is with the parameters it takes; winsock_crt_main calls the other entry points
      // (wasm/runtime/crt_main.c).
      '-sEXPORTED_FUNCTIONS=_malloc,_free,_winsock_crt_args,_winsock_crt_main,_winsock_ctrl_dispatch', '-Wl,--export-if-defined=main', '-Wl,--export-if-defined=wmain', `-Wl,--export-if-defined=${CXX_WMAIN_ENVP}`, '-sASYNCIFY_STACK_SIZE=65536',
      // The narrow printf family with the CRT's rules (wasm/runtime/printf_msvc.c).
      '-Wl,--wrap=__vfprintf_internal',
      // The C library's path functions take Windows paths (wasm/runtime/msvcrt_libc_paths.c).
      ...PATH_FUNCTIONS.map((f) => `-Wl,--wrap=${f}`),
      '--js-library', lib, '--post-js', path.join(pkg, 'wasm', 'lib', 'post.js'),
    ]);
    fs.copyFileSync(path.join(work, 'program.glue.wasm'), path.join(outDir, `${base}.wasm`));
    if (web) {
      // A page for any static file server: the loader, the wasm and the host bundle beside it.
      fs.copyFileSync(glue, path.join(outDir, `${base}.glue.js`));
      fs.copyFileSync(webHost, path.join(outDir, 'winsock-web.js'));
      fs.writeFileSync(out, webPage(base));
      return;
    }
    fs.copyFileSync(glue, path.join(outDir, `${base}.glue.cjs`));
    const hostUrl = pathToFileURL(path.join(pkg, 'dist', 'host', 'node.js')).href;
    // The launcher works whether Node reads it as CommonJS or as an ES module.
    fs.writeFileSync(out, `#!/usr/bin/env node
// Built by winsock-cc: runs ${base}.wasm under the winsock-wasm host.
import(${JSON.stringify(hostUrl)}).then((m) => m.launch(process.argv[1], ${JSON.stringify(base)}));
`);
    fs.chmodSync(out, 0o755);
    // Node reads an extensionless main file in a module scope as an ES module from 20.10 on.
    const [major, minor] = process.versions.node.split('.').map(Number);
    const refused = path.extname(out) ? !/\.(js|cjs|mjs)$/.test(out) : major < 20 || (major === 20 && minor < 10);
    const scope = refused ? moduleScope(outDir) : undefined;
    if (scope) {
      process.stderr.write(`${driverName}: warning: node will not run ${out}: ${scope} says "type": "module", and there Node refuses a main file with an extension it does not know (ERR_UNKNOWN_FILE_EXTENSION); name it ${base} or ${base}.js to run it there\n`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const escapeHtml = (t) => t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The page --target=web writes: ?args=a b c, ?proxy=ws://host:port/ (default ws://<page host>:8787/). */
function webPage(base) {
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>${escapeHtml(base)}</title>
<style>body { font-family: sans-serif; margin: 1em; } #stdout { background: #111; color: #eee; padding: .5em; min-height: 4em; white-space: pre-wrap; }</style>
</head>
<body>
<p>${escapeHtml(base)} (winsock-wasm). Arguments: <code>?args=a b c</code>; proxy: <code>?proxy=ws://host:port/</code> (default: port 8787 on this page's host).</p>
<pre id="stdout"></pre>
<script src="${encodeURI(base)}.glue.js"></script>
<script src="winsock-web.js"></script>
<script>WinsockWeb.runPage({ factory: WinsockProgram, wasm: ${JSON.stringify(encodeURI(base) + '.wasm')}, programName: ${JSON.stringify(base)} });</script>
</body>
</html>
`;
}

// Run as a program (not imported by bin/winsock-c++.js).
if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => die(e?.stack ?? String(e)));
}
