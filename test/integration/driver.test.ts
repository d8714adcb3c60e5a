// winsock-cc as build tools drive it: the probes (--version, -dumpversion, -dumpmachine,
// -v), -E, dependency files, @file response files, output names, and its error messages.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../paths.js';

const cc = path.join(ROOT, 'bin', 'winsock-cc.js');
const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-driver-test-'));
const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' };

function driver(args: string[], cwd = tmp) {
  return spawnSync(process.execPath, [cc, ...args], { encoding: 'utf8', cwd, maxBuffer: 256 * 1024 * 1024 });
}
function emcc(args: string[]) {
  return spawnSync('emcc', args, { encoding: 'utf8', env });
}
function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

describe('probes build tools send', () => {
  it('--version: a gcc-style first line (name, package, compiler version), exit 0, no input needed', () => {
    const r = driver(['--version']);
    expect(r.status).toBe(0);
    const ver = emcc(['-dumpversion']).stdout.trim();
    expect(ver).toMatch(/^\d+\.\d+\.\d+$/);
    expect(r.stdout.split('\n')[0]).toBe(`winsock-cc (winsock-wasm ${version}) ${ver}`);
    // emcc's own answer follows, for the log.
    expect(r.stdout).toContain('Emscripten');
  });

  it('-dumpversion and -dumpmachine answer as emcc does, and nothing more is done', () => {
    for (const probe of ['-dumpversion', '-dumpmachine']) {
      const r = driver([probe, 'missing.c', '-o', 'nothing']);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(emcc([probe]).stdout);
      expect(fs.existsSync(path.join(tmp, 'nothing'))).toBe(false);
    }
    expect(driver(['-dumpmachine']).stdout).toBe('wasm32-unknown-emscripten\n');
  });

  it('-v alone names winsock-cc and its emcc, then says what emcc -v says', () => {
    const r = driver(['-v']);
    expect(r.status).toBe(0);
    const ver = emcc(['-dumpversion']).stdout.trim();
    expect(r.stderr.split('\n')[0]).toBe(`winsock-cc ${version} (emcc ${ver})`);
    expect(r.stderr).toContain('Target: wasm32-unknown-emscripten');
    expect(r.stderr).toContain('clang version');
  });

  it('-v with a compile shows the commands, down to the clang command emcc runs', () => {
    const src = write('v.c', '#include <winsock2.h>\nint f(void) { return 1; }\n');
    const r = driver(['-v', '-c', src, '-o', path.join(tmp, 'v.o')]);
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^winsock-cc ${version.replace(/\./g, '\\.')} \\(emcc `));
    expect(r.stderr).toMatch(/clang[^\n]* -D_WIN32 [^\n]*v\.c/);
    expect(fs.existsSync(path.join(tmp, 'v.o'))).toBe(true);
  });
});

describe('preprocessing and dependency files', () => {
  const src = write('dep/m.c', '#include <winsock2.h>\n#include "m.h"\nint v = M_VALUE;\n');
  write('dep/m.h', '#define M_VALUE 42\n');

  it('-E writes the preprocessed source to stdout, or to the -o file, with the Windows macros', () => {
    const r = driver(['-E', '-P', src]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('int v = 42;');
    expect(r.stdout).toContain('WSAStartup');
    const out = path.join(tmp, 'dep', 'm.i');
    expect(driver(['-E', src, '-o', out]).stdout).toBe('');
    expect(fs.readFileSync(out, 'utf8')).toContain('int v = 42;');
    const win = driver(['-E', '-P', '-x', 'c', '-'], tmp);
    expect(win.status).toBe(0); // stdin as input ("-"), as gcc takes it
  });

  it('-M and -MM print make rules (with -MT, -MQ) and do not link', () => {
    const m = driver(['-M', src], path.join(tmp, 'dep'));
    expect(m.status).toBe(0);
    expect(m.stdout).toMatch(/^m\.o: .*m\.c/);
    expect(m.stdout).toContain('winsock2.h'); // -M lists system headers
    const mm = driver(['-MM', src, '-MT', 'obj/m.o'], path.join(tmp, 'dep'));
    // -MM: the user's headers only, and the dialect header the driver includes first (-include).
    expect(mm.stdout.replace(/ \\\n /g, '')).toBe(`obj/m.o: ${src} ${path.join(ROOT, 'wasm', 'include', 'winsock_wasm_dialect.h')} ${path.join(tmp, 'dep', 'm.h')}\n`);
    const mq = driver(['-MM', src, '-MQ', 'a$b'], path.join(tmp, 'dep'));
    expect(mq.stdout.startsWith('a$$b: ')).toBe(true); // -MQ quotes $ for make
  });

  it('-MMD -MP with -c writes the .d file beside the object; -MD -MF -MT name it', () => {
    const dir = path.join(tmp, 'dep', 'obj');
    fs.mkdirSync(dir, { recursive: true });
    const obj = path.join(dir, 'm.o');
    let r = driver(['-c', src, '-o', obj, '-MMD', '-MP']);
    expect(r.status).toBe(0);
    expect(fs.existsSync(obj)).toBe(true);
    const d = fs.readFileSync(path.join(dir, 'm.d'), 'utf8');
    expect(d).toMatch(new RegExp(`^${obj.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(d).toContain('m.h');
    expect(d).not.toContain('winsock2.h'); // -MMD leaves system headers out
    expect(d).toMatch(/\n\S*m\.h:\n/); // -MP: a phony target per header
    const f = path.join(tmp, 'dep', 'custom.dep');
    r = driver(['-c', src, '-o', obj, '-MD', '-MF', f, '-MT', 'the-target']);
    expect(r.status).toBe(0);
    const md = fs.readFileSync(f, 'utf8');
    expect(md.startsWith('the-target: ')).toBe(true);
    expect(md).toContain('winsock2.h');
    r = driver(['-c', src, '-o', obj, '-MD', `-MF${f}`, '-MQ', 'x$y']);
    expect(fs.readFileSync(f, 'utf8').startsWith('x$$y: ')).toBe(true);
  });
});

describe('@file response files, expanded before anything else as gcc does', () => {
  const src = write('rsp/g.c', 'const char *g = GREETING; int n = N; int i = INNER; const char *q = Q;\n');

  it('whitespace separates; single and double quotes group; a backslash escapes the next character; @files nest', () => {
    write('rsp/inner.rsp', '-DINNER=7\n');
    write('rsp/args.rsp', `-DGREETING='"hello  world"'\n  "-DN="4\\ 2\t@${path.join(tmp, 'rsp', 'inner.rsp')} -DQ=\\"it's\\"\n`.replace("it's", "it\\'s"));
    const r = driver(['-E', '-P', `@${path.join(tmp, 'rsp', 'args.rsp')}`, src]);
    expect(r.stderr).toBe('');
    // What gcc -E -P @args.rsp g.c prints for the same file (after the dialect header's pragma).
    expect(r.stdout.replace(/^#pragma clang diagnostic ignored "-Wunknown-pragmas"\n/, '').trim()).toBe('const char *g = "hello  world"; int n = 4 2; int i = 7; const char *q = "it\'s";');
  });

  it('the whole command line may come from @files: flags, inputs and -o', () => {
    const out = path.join(tmp, 'rsp', 'g.i');
    write('rsp/all.rsp', `-E -DGREETING=0 -DN=1 -DINNER=2 -DQ=3\n${src}\n-o ${out}\n`);
    const r = driver([`@${path.join(tmp, 'rsp', 'all.rsp')}`]);
    expect(r.status).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('int i = 2;');
  });

  it('an @file that cannot be read stays an argument; one that includes itself is an error, not a hang', () => {
    const missing = driver(['-E', `@${path.join(tmp, 'rsp', 'absent.rsp')}`, src]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('absent.rsp');
    write('rsp/self.rsp', `@${path.join(tmp, 'rsp', 'self.rsp')}\n`);
    const self = driver(['-E', `@${path.join(tmp, 'rsp', 'self.rsp')}`, src]);
    expect(self.status).toBe(1);
    expect(self.stderr).toMatch(/^winsock-cc: .*self\.rsp: response files nested too deeply/);
  });
});

describe('output names', () => {
  const src = write('out/hello.c', '#include <windows.h>\n#include <stdio.h>\nint main(int argc, char **argv) { Sleep(5); printf("[%s] %d\\n", argc > 1 ? argv[1] : "", argc); return 7; }\n');
  const plain = path.join(tmp, 'out', 'plain');
  const esm = path.join(tmp, 'out', 'esm');
  fs.mkdirSync(plain, { recursive: true });
  fs.mkdirSync(esm, { recursive: true });
  fs.writeFileSync(path.join(esm, 'package.json'), '{ "type": "module" }\n');

  function build(out: string) {
    const r = driver([src, '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    return r;
  }
  function runs(dir: string, name: string) {
    const viaNode = spawnSync(process.execPath, [name, 'a b'], { cwd: dir, encoding: 'utf8' });
    const direct = spawnSync(`./${name}`, ['c'], { cwd: dir, encoding: 'utf8' });
    return { viaNode, direct };
  }

  it('the tmp directory is outside any package', () => {
    for (let d = plain; d !== path.dirname(d); d = path.dirname(d)) expect(fs.existsSync(path.join(d, 'package.json'))).toBe(false);
  });

  it('-o name writes exactly name (a launcher with a shebang and the exec bit), name.wasm and name.glue.cjs beside it', () => {
    build(path.join(plain, 'app'));
    expect(fs.readdirSync(plain).sort()).toEqual(['app', 'app.glue.cjs', 'app.wasm']);
    const launcher = path.join(plain, 'app');
    expect(fs.readFileSync(launcher, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(fs.statSync(launcher).mode & 0o111).toBe(0o111);
    const { viaNode, direct } = runs(plain, 'app');
    expect([viaNode.stdout, viaNode.status]).toEqual(['[a b] 2\n', 7]);
    expect([direct.stdout, direct.status]).toEqual(['[c] 2\n', 7]);
  });

  it('-o name.exe writes name.exe, name.wasm and name.glue.cjs; it runs outside a package', () => {
    build(path.join(plain, 'tool.exe'));
    expect(fs.readdirSync(plain).filter((f) => f.startsWith('tool')).sort()).toEqual(['tool.exe', 'tool.glue.cjs', 'tool.wasm']);
    const { viaNode, direct } = runs(plain, 'tool.exe');
    expect([viaNode.stdout, viaNode.status]).toEqual(['[a b] 2\n', 7]);
    expect([direct.stdout, direct.status]).toEqual(['[c] 2\n', 7]);
  });

  it('-o prog.js writes prog.js, prog.wasm and prog.glue.cjs, as before', () => {
    build(path.join(plain, 'prog.js'));
    expect(fs.readdirSync(plain).filter((f) => f.startsWith('prog')).sort()).toEqual(['prog.glue.cjs', 'prog.js', 'prog.wasm']);
    expect(runs(plain, 'prog.js').viaNode.stdout).toBe('[a b] 2\n');
  });

  it('without -o: a.out, as gcc writes', () => {
    const dir = path.join(tmp, 'out', 'aout');
    fs.mkdirSync(dir);
    expect(driver([src], dir).status).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['a.out', 'a.out.glue.cjs', 'a.out.wasm']);
    expect(runs(dir, 'a.out').direct.stdout).toBe('[c] 2\n');
  });

  it('in a "type": "module" package, name and name.js run; Node refuses name.exe there, and the build says so', () => {
    build(path.join(esm, 'app'));
    let r = runs(esm, 'app');
    expect([r.viaNode.stdout, r.viaNode.status]).toEqual(['[a b] 2\n', 7]);
    expect([r.direct.stdout, r.direct.status]).toEqual(['[c] 2\n', 7]);
    build(path.join(esm, 'app.js'));
    expect(runs(esm, 'app.js').direct.stdout).toBe('[c] 2\n');
    // Node decides how to load a main file from its extension and the package's "type"
    // before it reads a byte of it; in a module scope it refuses extensions it does not know.
    const b = build(path.join(esm, 'app.exe'));
    expect(b.stderr).toContain(`winsock-cc: warning: node will not run ${path.join(esm, 'app.exe')}: ${path.join(esm, 'package.json')} says "type": "module"`);
    r = runs(esm, 'app.exe');
    expect(r.viaNode.status).not.toBe(0);
    expect(r.viaNode.stderr).toContain('ERR_UNKNOWN_FILE_EXTENSION');
  });

  it('-o name.wasm is refused: the output is the launcher', () => {
    const r = driver([src, '-o', path.join(plain, 'x.wasm')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the output is the program\'s launcher');
  });
});

describe('error messages', () => {
  it('a compile error shows clang\'s diagnostics without emcc\'s internal command line (which -v shows)', () => {
    const src = write('err/bad.c', '#include <winsock2.h>\nint main(void) { return nope; }\n');
    for (const args of [['-c', src, '-o', path.join(tmp, 'err', 'bad.o')], [src, '-o', path.join(tmp, 'err', 'bad')]]) {
      const r = driver(args);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`${src}:2:25: error: use of undeclared identifier 'nope'\nint main(void) { return nope; }\n                        ^\n1 error generated.\n`);
    }
    const v = driver(['-v', '-c', src, '-o', path.join(tmp, 'err', 'bad.o')]);
    expect(v.stderr).toMatch(/\nemcc: error: '[^']*clang[^']*' failed \(returned 1\)\n/);
    expect(v.stderr).toContain("error: use of undeclared identifier 'nope'");
  });

  it('on a terminal the diagnostics keep their colours', () => {
    const src = write('err/bad-tty.c', 'int main(void) { return nope; }\n');
    // script(1) gives the driver a terminal for stderr.
    const r = spawnSync('script', ['-qc', `${process.execPath} ${cc} -c ${src} -o ${path.join(tmp, 'err', 'bad-tty.o')}`, '/dev/null'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/\x1b\[[0-9;]*m[^\n]*error: /);
    expect(r.stdout).not.toContain('emcc: error:');
  });

  it('an archive from GNU ar (no symbol index) fails to link, and the message names winsock-ar and winsock-ranlib', () => {
    const dir = path.join(tmp, 'ar');
    write('ar/f.c', 'int f(void) { return 5; }\n');
    write('ar/m.c', 'int f(void);\nint main(void) { return f(); }\n');
    expect(driver(['-c', 'f.c', '-o', 'f.o'], dir).status).toBe(0);
    expect(spawnSync('ar', ['rc', 'libf.a', 'f.o'], { cwd: dir }).status).toBe(0);
    const r = driver(['m.c', '-L.', '-lf', '-o', 'm'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('libf.a: archive has no index; run ranlib to add one');
    expect(r.stderr).toContain('winsock-cc: note: build archives with winsock-ar (or add the index with winsock-ranlib)');
    expect(r.stderr).not.toMatch(/emcc: error: '.*wasm-ld/);
  });
});
