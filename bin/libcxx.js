// libc++ with a 16-bit wchar_t, as on Windows.
//
// Emscripten's prebuilt libc++.a was compiled with a 32-bit wchar_t, and its explicit
// instantiations (basic_string<wchar_t>, the wide streams and facets) are strong symbols in
// it, so a program compiled with -fshort-wchar cannot link against it. This module builds
// libc++ once per machine from Emscripten's own sources, with Emscripten's flags for its
// default (JS-exceptions) variant plus -fshort-wchar, into a cache directory keyed by the
// inputs and flags, as winsock-cc caches its runtime objects. C++ links then pass
// -nostdlib++ and name this archive, with Emscripten's libc++abi (which holds nothing that
// depends on the size of wchar_t: no wide function and no wchar_t layout).
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where Emscripten keeps its sources: `<emscripten>/system/lib/libcxx`. */
function emscriptenRoot(emcc) {
  return path.resolve(path.dirname(emcc));
}

/** The flags of tools/system_libs.py's libcxx class (JS exceptions, no threads), and ours. */
export const LIBCXX_FLAGS = [
  '-DLIBCXX_BUILDING_LIBCXXABI=1', '-D_LIBCPP_BUILDING_LIBRARY', '-Oz',
  '-D_LIBCPP_DISABLE_VISIBILITY_ANNOTATIONS', '-sDISABLE_EXCEPTION_CATCHING=0',
  '-fshort-wchar',
];

// system_libs.py: src_glob_exclude of the libcxx class.
const EXCLUDE = new Set(['xlocale_zos.cpp', 'locale_win32.cpp', 'thread_win32.cpp', 'support.cpp', 'int128_builtins.cpp']);

function sources(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.cpp') && !EXCLUDE.has(e.name)) out.push(p);
  }
  return out.sort();
}

function compile(tool, env, args) {
  return new Promise((resolve, reject) => {
    const p = spawn(tool, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${tool} ${args.join(' ')} failed (${code}):\n${err}`))));
  });
}

/**
 * The path of libc++.a built with a 16-bit wchar_t, building it first if this machine has
 * not yet. `emcc` is the real path of the emcc on PATH, `env` its environment (which
 * selects the clang), `log` reports a build.
 */
export async function libcxxArchive({ emcc, env, log = () => {} }) {
  const root = emscriptenRoot(emcc);
  const srcDir = path.join(root, 'system', 'lib', 'libcxx', 'src');
  if (!fs.existsSync(srcDir)) throw new Error(`${srcDir} is missing: cannot build libc++ for a 16-bit wchar_t`);
  const files = sources(srcDir);
  const h = crypto.createHash('sha256');
  h.update(LIBCXX_FLAGS.join(' ')).update(env.EM_CLANG_ADD_VERSION ?? '');
  const version = path.join(root, 'emscripten-version.txt');
  if (fs.existsSync(version)) h.update(fs.readFileSync(version));
  for (const f of files) h.update(path.relative(srcDir, f)).update(fs.readFileSync(f));
  const cache = path.join(os.tmpdir(), `winsock-wasm-libcxx-${h.digest('hex').slice(0, 16)}`);
  const archive = path.join(cache, 'libc++.a');
  if (fs.existsSync(archive)) return archive;

  log(`building libc++ with a 16-bit wchar_t (once per machine) in ${cache}`);
  const started = Date.now();
  const tmp = fs.mkdtempSync(cache + '-tmp');
  try {
    const objs = files.map((f, i) => path.join(tmp, `${i}-${path.basename(f, '.cpp')}.o`));
    const queue = files.map((f, i) => () => compile('em++', env, [...LIBCXX_FLAGS, '-c', f, '-o', objs[i]]));
    const jobs = Math.max(1, Math.min(os.cpus().length, 4));
    await Promise.all(Array.from({ length: jobs }, async () => {
      while (queue.length) await queue.shift()();
    }));
    const ar = path.join(tmp, 'libc++.a');
    await compile('emar', env, ['rcs', ar, ...objs]);
    for (const o of objs) fs.rmSync(o);
    try { fs.renameSync(tmp, cache); } catch { /* another build finished first */ }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  log(`built libc++ in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return archive;
}
