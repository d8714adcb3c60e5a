// Include names as Windows finds them: case-insensitively, with `\` as a separator.
//
// Windows code writes `#include <WinSock2.h>`, `"IOCPServer.h"` for a file stored as
// iocpserver.h, and `"..\common\util.h"`. Before emcc runs, the sources are scanned for
// #include lines, recursively through the headers they reach outside the system and
// project include directories. A written name that clang would not find, but that matches
// an existing file case-insensitively (component by component, `\` read as `/`), becomes
// an entry in a clang VFS overlay (-ivfsoverlay): the path clang asks for, mapped to the
// real file. "use-external-names" makes diagnostics, __FILE__ and dependency files (-MD)
// name the real file.
//
// An include clang resolves today resolves exactly as before: a name is mapped only when
// no directory of its search list holds it in the written case, and the overlay holds only
// paths that do not exist. Within one directory an exact-case match wins; otherwise the
// first case-insensitive match in code-unit order, so two files differing only in case
// resolve the same way on every run.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's own headers: lower-case names, included exactly; never scanned. */
const PROJECT_INCLUDE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'wasm', 'include');
const CXX_SOURCE = /\.(cc|cp|cpp|cxx|c\+\+|C|CPP|ii)$/;
const NOT_SOURCE = /\.(o|obj|a|lib|so|bc|wasm|js|ld)$/i;
const INCLUDE_LINE = /^[ \t]*#[ \t]*(?:include|include_next|import)[ \t]*(?:"([^"\n]*)"|<([^>\n]*)>)/gm;
// Flags that change Emscripten's system include directories.
const SYSTEM_SEARCH_FLAG = /^(-nostdinc|-nostdlibinc|-nobuiltininc|-nostdinc\+\+|--sysroot|-isysroot|-stdlib=)/;

/**
 * The extra compile arguments for `sources` compiled with `args` (the include-path flags
 * among them are read: -I, -iquote, -isystem, -idirafter, -include, -imacros, -x).
 * Always -Wno-nonportable-include-path (a Windows compiler does not warn about case);
 * with -ivfsoverlay<file> when some include needs a mapping. The file is removed when
 * the process exits. `cxx`: every source is C++ (as em++ compiles them) unless -x says.
 */
export function includeOverlay(args, sources, env = process.env, { cxx = false } = {}) {
  const extra = ['-Wno-nonportable-include-path'];
  const mappings = findIncludeMappings(args, sources, { env, cxx });
  if (!mappings.size) return extra;
  const file = path.join(os.tmpdir(), `winsock-cc-vfs-${process.pid}-${crypto.randomBytes(6).toString('hex')}.yaml`);
  fs.writeFileSync(file, overlayText(mappings), { flag: 'wx', mode: 0o600 });
  process.on('exit', () => fs.rmSync(file, { force: true }));
  // Joined: emcc 3.1.6 does not know -ivfsoverlay takes an argument.
  return [...extra, `-ivfsoverlay${file}`];
}

/** clang's RedirectingFileSystem in its JSON form (JSON is YAML). */
export function overlayText(mappings) {
  const roots = [...mappings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, real]) => ({ type: 'file', name, 'external-contents': real }));
  return JSON.stringify({ version: 0, 'case-sensitive': true, 'use-external-names': true, roots }, null, 1) + '\n';
}

/**
 * Map of path clang asks for -> real file, for every include of `sources` (and of the
 * headers they reach) that only a case-insensitive match resolves.
 * `systemDirs(lang)` gives the compiler's own <...> directories (default: asked of emcc).
 *
 * Paths take two forms, as in clang: a directory as given (relative to the working
 * directory) joined with the written name is what the file system opens; the overlay
 * is consulted with that path made absolute against $PWD and its dots removed lexically.
 * A header's "..." includes are asked for in the directory of the name clang reached it
 * by, even through the overlay: for "..\common\util.h" (one file name to clang, `\` is
 * no separator on Linux) that is the includer's directory, not common/. Windows looks in
 * common/, so that is where the answer is taken from.
 */
export function findIncludeMappings(args, sources, { cwd = logicalCwd(), env = process.env, systemDirs, cxx = false } = {}) {
  const opts = parseSearchFlags(args);
  const sysDirs = systemDirs ?? ((lang) => emccSystemDirs(lang, opts.systemFlags, env));
  const fsCache = new FsCache();
  // A path is mapped only when no directory of the search holds the name as written, so
  // no include that probes it finds something as written later on: every search list
  // that contains the path's directory continues with directories of this one's.
  const mappings = new Map();
  const systemByLang = new Map();
  // Asked of emcc once per language (and kept on disk: see emccSystemDirs).
  const systemOf = (lang) => {
    if (!systemByLang.has(lang)) systemByLang.set(lang, sysDirs(lang));
    return systemByLang.get(lang);
  };
  const scanned = new Set();
  const queue = [];
  // A header is scanned once per directory clang reaches it from.
  const enqueue = (ask, real, lang) => {
    const key = `${lang}\0${path.resolve(cwd, path.dirname(ask))}\0${fsCache.realpath(real)}`;
    if (!scanned.has(key)) { scanned.add(key); queue.push({ ask, real, lang }); }
  };
  for (const src of sources) {
    if (src === '-' || NOT_SOURCE.test(src)) continue;
    const lang = opts.lang ?? (cxx || CXX_SOURCE.test(src) ? 'c++' : 'c');
    // -include and -imacros files are looked up as "file" from the working directory.
    for (const f of opts.forced) resolveInclude(f, true, { ask: './-', real: './-' }, lang);
    enqueue(src, src, lang);
  }
  while (queue.length) {
    const file = queue.shift();
    let text;
    try { text = fs.readFileSync(file.real, 'utf8'); } catch { continue; }
    for (const m of text.matchAll(INCLUDE_LINE)) {
      const quoted = m[1] !== undefined;
      resolveInclude(quoted ? m[1] : m[2], quoted, file, file.lang);
    }
  }
  return mappings;

  /** Looks `written` up as clang would; maps it if only a case-insensitive match exists. */
  function resolveInclude(written, quoted, includer, lang) {
    if (!written) return;
    // clang's order: the includer's directory and -iquote ("..." only), -I, -isystem,
    // the compiler's own directories, -idirafter. Headers found in the project's and the
    // compiler's directories are not scanned.
    const dir = (d, scan) => ({ ask: d, real: d, scan });
    const chain = [
      ...(quoted ? [{ ask: path.dirname(includer.ask), real: path.dirname(includer.real), scan: true }] : []),
      ...[...(quoted ? opts.quote : []), ...opts.angled, ...opts.system].map((d) => dir(d, !within(path.resolve(d), PROJECT_INCLUDE))),
      ...systemOf(lang).map((d) => dir(d, false)),
      ...opts.after.map((d) => dir(d, true)),
    ];
    // As clang looks: the first directory holding the name as written.
    for (const d of chain) {
      const p = joinAsClang(d.ask, written);
      if (!fsCache.isFile(p)) continue;
      if (d.scan) enqueue(p, p, lang);
      return;
    }
    // Nowhere as written: as Windows looks.
    for (const d of chain) {
      const real = fsCache.matchInsensitive(d.real, written);
      if (!real) continue;
      const v = path.resolve(cwd, joinAsClang(d.ask, written));
      const external = fsCache.realpath(real);
      if (!mappings.has(v)) mappings.set(v, external);
      if (d.scan) enqueue(joinAsClang(d.ask, written), external, lang);
      return;
    }
  }
}

/** The path clang opens for `written` in directory `dir`. */
const joinAsClang = (dir, written) => (written.startsWith('/') ? written : dir.endsWith('/') ? dir + written : `${dir}/${written}`);

const within = (p, dir) => p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);

/** The include-search flags of a compile command, directories as given. */
export function parseSearchFlags(args) {
  const r = { quote: [], angled: [], system: [], after: [], forced: [], systemFlags: [], lang: undefined };
  const dirFlags = { '-I': 'angled', '-iquote': 'quote', '-isystem': 'system', '-idirafter': 'after', '-include': 'forced', '-imacros': 'forced' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-x') { const l = args[++i]; r.lang = /^c\+\+/.test(l ?? '') ? 'c++' : /^c(-|$)/.test(l ?? '') ? 'c' : r.lang; continue; }
    if (a.startsWith('--include-directory=')) { r.angled.push(a.slice(20)); continue; }
    if (SYSTEM_SEARCH_FLAG.test(a)) { r.systemFlags.push(a); continue; }
    const flag = Object.keys(dirFlags).find((f) => a === f || (a.startsWith(f) && !(f === '-I' && a === '-I-')));
    if (!flag) continue;
    const value = a === flag ? args[++i] : a.slice(flag.length);
    if (value) r[dirFlags[flag]].push(value);
  }
  return r;
}

/**
 * The working directory as clang sees it: LLVM takes $PWD when it names the same
 * directory as ".", so a path reached through a symbolic link keeps its spelling.
 */
export function logicalCwd() {
  const cwd = process.cwd();
  const pwd = process.env.PWD;
  if (pwd && path.isAbsolute(pwd) && pwd !== cwd) {
    try {
      const a = fs.statSync(pwd);
      const b = fs.statSync('.');
      if (a.dev === b.dev && a.ino === b.ino) return pwd;
    } catch { /* fall back to the physical path */ }
  }
  return cwd;
}

/** stat and readdir results for one scan: the same question is never asked twice. */
class FsCache {
  #files = new Map();
  #dirs = new Map();
  #listings = new Map();
  #real = new Map();

  isFile(p) {
    let r = this.#files.get(p);
    if (r === undefined) {
      const st = fs.statSync(p, { throwIfNoEntry: false });
      r = !!st && !st.isDirectory();
      this.#files.set(p, r);
    }
    return r;
  }

  realpath(p) {
    let r = this.#real.get(p);
    if (r === undefined) {
      try { r = fs.realpathSync(p); } catch { r = path.resolve(p); }
      this.#real.set(p, r);
    }
    return r;
  }

  isDir(p) {
    let r = this.#dirs.get(p);
    if (r === undefined) {
      r = !!fs.statSync(p, { throwIfNoEntry: false })?.isDirectory();
      this.#dirs.set(p, r);
    }
    return r;
  }

  /** Entries of `dir` whose name equals `name` ignoring case: exact first, then in code-unit order. */
  candidates(dir, name) {
    let list = this.#listings.get(dir);
    if (!list) {
      list = new Map();
      let names = [];
      try { names = fs.readdirSync(dir); } catch { /* not a directory */ }
      for (const n of names.sort()) {
        const k = n.toLowerCase();
        if (!list.has(k)) list.set(k, []);
        list.get(k).push(n);
      }
      this.#listings.set(dir, list);
    }
    const found = list.get(name.toLowerCase()) ?? [];
    return found.includes(name) ? [name, ...found.filter((n) => n !== name)] : found;
  }

  /**
   * The file `written` names relative to `dir` on a case-insensitive file system that
   * takes `\` and `/` alike, or undefined. `.` and `..` are taken lexically, as Windows does.
   */
  matchInsensitive(dir, written) {
    let base = dir;
    const parts = [];
    if (/^[\\/]/.test(written)) base = '/';
    for (const c of written.split(/[\\/]+/)) {
      if (c === '' || c === '.') continue;
      if (c === '..') { if (parts.length) parts.pop(); else base = path.join(base, '..'); continue; }
      parts.push(c);
    }
    if (!parts.length) return undefined;
    const walk = (at, i) => {
      for (const n of this.candidates(at, parts[i])) {
        const p = path.join(at, n);
        if (i === parts.length - 1) { if (this.isFile(p)) return p; } else if (this.isDir(p)) {
          const r = walk(p, i + 1);
          if (r) return r;
        }
      }
      return undefined;
    };
    return this.isDir(base) ? walk(base, 0) : undefined;
  }
}

/**
 * emcc's own <...> search directories for `lang` (after the user's -I and -isystem ones):
 * asked of `emcc -E -v` once per Emscripten installation and environment, then kept in
 * the temporary directory.
 */
export function emccSystemDirs(lang, systemFlags = [], env = process.env) {
  const emcc = whichSync('emcc', env);
  const st = emcc ? fs.statSync(emcc, { throwIfNoEntry: false }) : undefined;
  const key = crypto.createHash('sha256').update(JSON.stringify([
    lang, systemFlags, emcc, st?.mtimeMs, st?.size,
    Object.entries(env).filter(([k]) => /^(EM_|EMCC_CFLAGS$|EMSDK)/.test(k)).sort(),
  ])).digest('hex').slice(0, 16);
  const cache = path.join(os.tmpdir(), `winsock-cc-sysinc-${key}.json`);
  try {
    const dirs = JSON.parse(fs.readFileSync(cache, 'utf8'));
    if (Array.isArray(dirs) && dirs.every((d) => fs.statSync(d, { throwIfNoEntry: false })?.isDirectory())) return dirs;
  } catch { /* not cached yet */ }
  const r = spawnSync('emcc', ['-E', '-v', '-x', lang, ...systemFlags, '/dev/null', '-o', '/dev/null'], { env, encoding: 'utf8' });
  const out = r.stderr ?? '';
  const start = out.indexOf('#include <...> search starts here:');
  const end = out.indexOf('End of search list.', start);
  if (r.status !== 0 || start < 0 || end < 0) return [];
  const dirs = out.slice(start, end).split('\n').slice(1)
    .map((l) => l.trim().replace(/ \(framework directory\)$/, '')).filter(Boolean);
  const tmp = `${cache}.${process.pid}`;
  try { fs.writeFileSync(tmp, JSON.stringify(dirs)); fs.renameSync(tmp, cache); } catch { fs.rmSync(tmp, { force: true }); }
  return dirs;
}

function whichSync(cmd, env) {
  for (const d of (env.PATH ?? '').split(path.delimiter)) {
    if (!d) continue;
    const p = path.join(d, cmd);
    try { fs.accessSync(p, fs.constants.X_OK); return fs.realpathSync(p); } catch { /* next */ }
  }
  return undefined;
}
