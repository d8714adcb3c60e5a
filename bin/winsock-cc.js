#!/usr/bin/env node
// winsock-cc: a C compiler driver over emcc for Windows Sockets programs.
//   winsock-cc [gcc/emcc flags] file.c ... -o prog.js   -> node prog.js args...
//   winsock-cc -c file.c -o file.o                      -> an object file
// Windows import libraries (-lws2_32, -lwsock32, -lkernel32, ...) are accepted and
// ignored: those functions are wasm imports the host provides.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const include = path.join(pkg, 'wasm', 'include');
const runtimeDir = path.join(pkg, 'wasm', 'runtime');
const WINDOWS_LIBS = new Set(['ws2_32', 'wsock32', 'mswsock', 'kernel32', 'user32', 'advapi32', 'iphlpapi', 'winmm', 'ntdll', 'msvcrt']);

function die(msg) {
  process.stderr.write(`winsock-cc: ${msg}\n`);
  process.exit(1);
}

async function importList() {
  const p = path.join(pkg, 'dist', 'host', 'abi', 'imports.js');
  if (!fs.existsSync(p)) die(`${p} is missing: run "npm run build" in ${pkg} first`);
  return (await import(pathToFileURL(p).href)).IMPORTS;
}

function emccEnv() {
  const env = { ...process.env };
  // Debian's emscripten runs its JS tools with the system node; acorn lives there.
  if (fs.existsSync('/usr/share/nodejs')) {
    env.NODE_PATH = env.NODE_PATH ? `${env.NODE_PATH}${path.delimiter}/usr/share/nodejs` : '/usr/share/nodejs';
  }
  return env;
}

function run(cmd, args) {
  if (process.env.WINSOCK_CC_VERBOSE) process.stderr.write(`${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: emccEnv() });
  if (r.error) die(`cannot run ${cmd}: ${r.error.message} (install Emscripten: apt-get install emscripten)`);
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const COMPILE_FLAGS = [
  '-D_WIN32', '-DWIN32', '-D_WINSOCK_WASM', '-U__unix__', '-U__unix', '-Uunix',
  '-Wno-unknown-pragmas', // MSVC pragmas (comment, warning, pack ...) in Windows sources
  '-isystem', include,
];

/** The runtime C library (inet_*, __WSAFDIsSet ...), compiled once per content and flags. */
function runtimeObjects(optFlags) {
  const files = fs.readdirSync(runtimeDir).filter((f) => f.endsWith('.c')).sort();
  const h = crypto.createHash('sha256');
  h.update(optFlags.join(' '));
  for (const f of files) h.update(f).update(fs.readFileSync(path.join(runtimeDir, f)));
  for (const f of fs.readdirSync(include).sort()) h.update(f).update(fs.readFileSync(path.join(include, f)));
  const cache = path.join(os.tmpdir(), `winsock-wasm-rt-${h.digest('hex').slice(0, 16)}`);
  const objs = files.map((f) => path.join(cache, f.replace(/\.c$/, '.o')));
  if (objs.every((o) => fs.existsSync(o))) return objs;
  const tmp = fs.mkdtempSync(cache + '-tmp');
  files.forEach((f, i) => run('emcc', [...COMPILE_FLAGS, ...optFlags, '-c', path.join(runtimeDir, f), '-o', path.join(tmp, path.basename(objs[i]))]));
  try { fs.renameSync(tmp, cache); } catch { fs.rmSync(tmp, { recursive: true, force: true }); }
  return objs;
}

async function main(argv) {
  let out;
  let compileOnly = false;
  let target = 'node';
  const pass = [];
  const inputs = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o') { out = argv[++i]; continue; }
    if (a.startsWith('-o') && a.length > 2) { out = a.slice(2); continue; }
    if (a === '-c' || a === '-S' || a === '-E') { compileOnly = true; pass.push(a); continue; }
    if (a.startsWith('--target=')) { target = a.slice(9); continue; }
    if (a === '--help' || a === '-h') {
      process.stdout.write('usage: winsock-cc [cc flags] files... -o prog.js\n  builds Windows Sockets C programs to run with: node prog.js\n       winsock-cc --target=web [cc flags] files... -o page.html   (a page; sockets through winsock-proxy)\n');
      return;
    }
    if (a.startsWith('-l')) {
      const lib = (a.length > 2 ? a.slice(2) : argv[++i]).toLowerCase().replace(/\.lib$/, '');
      if (WINDOWS_LIBS.has(lib)) continue;
      pass.push('-l' + lib);
      continue;
    }
    if (/\.(c|o|a|obj)$/i.test(a) && !a.startsWith('-')) { inputs.push(a); continue; }
    // Flags with a separate argument.
    if (['-I', '-D', '-U', '-include', '-isystem', '-L', '-x', '-MF', '-MT', '-MQ'].includes(a)) { pass.push(a, argv[++i]); continue; }
    pass.push(a);
  }
  if (target !== 'node' && target !== 'web') die(`--target=${target} is not supported (node or web)`);
  if (!inputs.length) die('no input files');
  if (compileOnly) {
    run('emcc', [...COMPILE_FLAGS, ...pass, ...inputs, ...(out ? ['-o', out] : [])]);
    return;
  }
  const web = target === 'web';
  if (web) {
    out ??= 'a.out.html';
    if (!out.endsWith('.html')) out += '.html';
  } else {
    out ??= 'a.out.js';
    if (!out.endsWith('.js')) out += '.js';
  }
  const webHost = path.join(pkg, 'dist', 'web', 'winsock-web.js');
  if (web && !fs.existsSync(webHost)) die(`${webHost} is missing: run "npm run build" in ${pkg} first`);
  const optFlags = pass.filter((f) => /^-O/.test(f));
  if (!optFlags.length) optFlags.push('-O2'); // Asyncify needs optimisation to be small and fast
  const imports = await importList();
  const outDir = path.dirname(path.resolve(out));
  const base = path.basename(out, web ? '.html' : '.js');
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
    const glue = path.join(work, `${base}.glue.js`);
    run('emcc', [
      ...COMPILE_FLAGS, ...pass.filter((f) => !/^-O/.test(f)), ...optFlags,
      ...inputs, ...runtimeObjects(optFlags),
      '-o', glue,
      '-sASYNCIFY', `-sASYNCIFY_IMPORTS=${JSON.stringify(asyncImports)}`,
      '-sMODULARIZE=1', '-sEXPORT_NAME=WinsockProgram', '-sEXIT_RUNTIME=1',
      ...(web ? ['-sENVIRONMENT=web'] : ['-sENVIRONMENT=node', '-sNODERAWFS=1', '-sNODEJS_CATCH_EXIT=0', '-sNODEJS_CATCH_REJECTION=0']), '-sALLOW_MEMORY_GROWTH=1', '-sWASM_BIGINT=1',
      '-sEXPORTED_FUNCTIONS=_main,_malloc,_free', '-sASYNCIFY_STACK_SIZE=65536',
      '--js-library', lib, '--post-js', path.join(pkg, 'wasm', 'lib', 'post.js'),
    ]);
    fs.copyFileSync(path.join(work, `${base}.glue.wasm`), path.join(outDir, `${base}.wasm`));
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

main(process.argv.slice(2)).catch((e) => die(e?.stack ?? String(e)));
