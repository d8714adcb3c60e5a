// Reads the probe's table as i686 Windows sees it: compiles probe.c with
// i686-w64-mingw32-gcc -c against mingw-w64's own headers (never runs it) and parses
// the initialised array out of the object's .rdata section.
// Entries whose names mingw's headers lack are recompiled as M("label") and reported.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const MINGW_CC = 'i686-w64-mingw32-gcc';
export const MINGW_OBJCOPY = 'i686-w64-mingw32-objcopy';
const ENTRY = 112;
const NAME = 96;

export function haveMingw() {
  const r = spawnSync(MINGW_CC, ['--version'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
}

/** The label the probe's K/S/O macros give an entries.h line (stringification normalises spaces). */
export function labelOf(line) {
  const m = line.match(/^(?:\/\*.*?\*\/\s*)?([KSO])\((.*)\)\s*$/);
  if (!m) return null;
  if (m[1] === 'K') return `const.${m[2].trim()}`;
  if (m[1] === 'S') return `${m[2].trim()}.size`;
  const i = m[2].lastIndexOf(',');
  return `${m[2].slice(0, i).trim()}.${m[2].slice(i + 1).trim()}`;
}

/** Map label -> value (a decimal string) or null (not in mingw); plus other compile errors. */
export function mingwTable() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wsw-mingw-'));
  fs.copyFileSync(path.join(HERE, 'probe.c'), path.join(dir, 'probe.c'));
  const lines = fs.readFileSync(path.join(HERE, 'entries.h'), 'utf8').split('\n');
  const missing = new Map(); // label -> first compiler error
  const flags = ['-c', '-O0', '-w', '-ftrack-macro-expansion=0', '-D_WIN32_WINNT=0x0A00', '-DWINVER=0x0A00', '-DNTDDI_VERSION=0x0A000000'];
  let ok = false;
  for (let pass = 0; pass < 6 && !ok; pass++) {
    fs.writeFileSync(path.join(dir, 'entries.h'), lines.join('\n'));
    const r = spawnSync(MINGW_CC, [...flags, 'probe.c', '-o', 'probe.o'], { cwd: dir, encoding: 'utf8' });
    if (r.status === 0) { ok = true; break; }
    let progressed = false;
    for (const m of r.stderr.matchAll(/entries\.h:(\d+):\d+: error: ([^\n]*)/g)) {
      const i = Number(m[1]) - 1;
      const label = labelOf(lines[i]);
      if (!label) continue;
      if (!missing.has(label)) missing.set(label, m[2]);
      lines[i] = `M(${JSON.stringify(label)})`;
      progressed = true;
    }
    if (!progressed) throw new Error(`${MINGW_CC} failed outside entries.h:\n${r.stderr}`);
  }
  if (!ok) throw new Error(`${MINGW_CC}: still failing after 6 passes`);
  const bin = path.join(dir, 'rdata.bin');
  const oc = spawnSync(MINGW_OBJCOPY, ['-O', 'binary', '--only-section=.rdata', path.join(dir, 'probe.o'), bin], { encoding: 'utf8' });
  if (oc.status !== 0) throw new Error(`${MINGW_OBJCOPY} failed: ${oc.stderr}`);
  const buf = fs.readFileSync(bin);
  fs.rmSync(dir, { recursive: true, force: true });
  const start = buf.indexOf(Buffer.from('WSW-LAYOUT-BEGIN\0'));
  if (start < 0) throw new Error('probe table not found in .rdata');
  if (buf.readBigInt64LE(start + NAME) !== 0x0123456789ABCDEFn) throw new Error('probe table: unexpected entry layout');
  const table = new Map();
  for (let off = start + ENTRY; off + ENTRY <= buf.length; off += ENTRY) {
    const name = buf.toString('latin1', off, off + NAME).replace(/\0.*$/s, '');
    if (name === 'WSW-LAYOUT-END') return { table, missing };
    const present = buf.readBigInt64LE(off + NAME + 8);
    table.set(name, present ? buf.readBigInt64LE(off + NAME).toString() : null);
  }
  throw new Error('probe table: no end marker');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { table, missing } = mingwTable();
  for (const [k, v] of table) console.log(`${k}: ${v ?? '(not in mingw)'}`);
  console.error(`${table.size} entries, ${missing.size} not in mingw`);
}
