#!/usr/bin/env node
// Regenerates the behaviour conformance golden files (test/conformance/golden/<name>.txt)
// from the corpus in test/conformance/programs: each program is built with
// x86_64-w64-mingw32-gcc, run under Wine, and the Windows values recorded in
// test/conformance/overrides.json replace Wine's where Wine differs from Windows.
// Prints every line that changed against the checked-in golden file.
//   npm run conformance              regenerate (needs mingw-w64 and wine)
//   npm run conformance -- --ours    also build with winsock-cc, run under our host, list differences
//   npm run conformance -- prog ...  only these programs
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONF = path.join(ROOT, 'test', 'conformance');
const PROGS = path.join(CONF, 'programs');
const GOLDEN = path.join(CONF, 'golden');
const OUT = path.join(ROOT, 'build', 'conformance');
const CC = 'x86_64-w64-mingw32-gcc';

const args = process.argv.slice(2);
const ours = args.includes('--ours');
const only = args.filter((a) => !a.startsWith('--'));

function have(cmd, a) { const r = spawnSync(cmd, a, { encoding: 'utf8' }); return !r.error && r.status === 0; }
if (!have(CC, ['--version'])) { console.error(`${CC} not found: apt-get install gcc-mingw-w64-x86-64`); process.exit(2); }
if (!have('wine', ['--version'])) { console.error('wine not found: apt-get install wine'); process.exit(2); }

const overrides = JSON.parse(fs.readFileSync(path.join(CONF, 'overrides.json'), 'utf8')).overrides;
const parse = (text) => text.replace(/\r/g, '').split('\n').filter((l) => l.includes(': ')).map((l) => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)]);

fs.mkdirSync(OUT, { recursive: true });
fs.mkdirSync(GOLDEN, { recursive: true });
const names = fs.readdirSync(PROGS).filter((f) => f.endsWith('.c')).map((f) => f.slice(0, -2)).sort().filter((n) => !only.length || only.includes(n));
let changed = 0; let failed = 0; let diffs = 0;
for (const name of names) {
  const src = path.join(PROGS, `${name}.c`);
  const exe = path.join(OUT, `${name}.exe`);
  const b = spawnSync(CC, ['-O1', '-Wall', src, '-lws2_32', '-o', exe], { encoding: 'utf8' });
  if (b.status !== 0) { console.error(`${name}: ${CC} failed\n${b.stderr}`); failed++; continue; }
  const r = spawnSync('wine', [exe], { encoding: 'utf8', env: { ...process.env, WINEDEBUG: '-all' }, timeout: 120_000, cwd: OUT });
  const wine = parse(r.stdout || '');
  if (r.status !== 0) { console.error(`${name}: wine exited ${r.status}${r.signal ? ` (${r.signal})` : ''}\n${r.stdout}\n${r.stderr}`); failed++; continue; }
  // Apply the Windows values where Wine is known to differ.
  const golden = wine.map(([k, v]) => {
    const o = overrides.find((x) => x.program === name && x.line === k);
    if (!o) return [k, v];
    if (o.wine !== v) console.warn(`${name}: override for "${k}" expects Wine to print "${o.wine}", it printed "${v}" (still writing the Windows value "${o.windows}")`);
    return [k, o.windows];
  });
  for (const o of overrides.filter((x) => x.program === name)) if (!wine.some(([k]) => k === o.line)) console.warn(`${name}: override for "${o.line}": no such line`);
  const file = path.join(GOLDEN, `${name}.txt`);
  const old = fs.existsSync(file) ? new Map(parse(fs.readFileSync(file, 'utf8'))) : new Map();
  const text = golden.map(([k, v]) => `${k}: ${v}`).join('\n') + '\n';
  for (const [k, v] of golden) if (old.get(k) !== v) { console.log(`${name}: ${k}: ${old.has(k) ? `"${old.get(k)}" -> ` : '(new) '}"${v}"`); changed++; }
  for (const k of old.keys()) if (!golden.some(([g]) => g === k)) { console.log(`${name}: ${k}: removed`); changed++; }
  fs.writeFileSync(file, text);
  console.log(`${name}: ${golden.length} lines`);

  if (ours) {
    const js = path.join(OUT, `${name}.js`);
    const w = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'winsock-cc.js'), '-O2', '-Wall', src, '-o', js], { encoding: 'utf8' });
    if (w.status !== 0) { console.error(`${name}: winsock-cc failed\n${w.stderr}`); failed++; continue; }
    const outFile = path.join(OUT, `${name}.ours.txt`);
    const fd = fs.openSync(outFile, 'w');
    const o = spawnSync(process.execPath, [js], { stdio: ['ignore', fd, 'pipe'], timeout: 120_000, encoding: 'utf8' });
    fs.closeSync(fd);
    const mine = new Map(parse(fs.readFileSync(outFile, 'utf8')));
    if (o.status !== 0) console.error(`${name}: our build exited ${o.status}: ${o.stderr}`);
    const wineMap = new Map(wine);
    for (const [k, v] of golden) {
      if (mine.get(k) !== v) { console.log(`  DIFF ${name}: ${k}: golden "${v}", ours "${mine.get(k) ?? '(missing)'}", wine "${wineMap.get(k)}"`); diffs++; }
    }
    for (const k of mine.keys()) if (!golden.some(([g]) => g === k)) { console.log(`  DIFF ${name}: ${k}: only ours "${mine.get(k)}"`); diffs++; }
  }
}
console.log(`${names.length} programs, ${changed} golden lines changed${ours ? `, ${diffs} lines differ from our host` : ''}${failed ? `, ${failed} failed` : ''}`);
process.exit(failed ? 1 : 0);
