#!/usr/bin/env node
// Generates test/conformance/layout/entries.h from the headers in wasm/include:
//   K(NAME)            every `#define NAME <integer constant expression>`
//   S(TYPE)            sizeof of every struct/union the headers define
//   O(TYPE, field)     offsetof of every named field (nested members as a.b)
// Deterministic: headers in sorted order, entries in header order.
// Which defines are integer constant expressions is decided by the compiler
// (emcc through winsock-cc), not guessed: each candidate becomes
// `enum { x = (NAME) ? 1 : 0 };` and those that do not compile are dropped.
//   node test/conformance/layout/generate.mjs
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..', '..');
const INC = path.join(ROOT, 'wasm', 'include');
// Our own machinery (import attributes, static asserts): not part of the Win32 ABI.
const SKIP_FILES = new Set(['winsock_wasm_abi.h', 'winsock_wasm_dialect.h']);
// Build configuration, not ABI: the probe sets them to the same value for both compilers.
const SKIP_NAMES = new Set(['_WIN32_WINNT', 'WINVER', 'NTDDI_VERSION']);

export const INCLUDES = ['winsock2.h', 'ws2tcpip.h', 'mswsock.h', 'mstcpip.h', 'windows.h', 'iphlpapi.h'];

const files = fs.readdirSync(INC).filter((f) => f.endsWith('.h') && !SKIP_FILES.has(f)).sort();

function stripComments(s) {
  return s.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/\/\/[^\n]*/g, '');
}

// ---- constants ----
const candidates = []; // {name, file}
const seen = new Set();
for (const f of files) {
  const text = stripComments(fs.readFileSync(path.join(INC, f), 'utf8')).replace(/\\\n/g, ' ');
  for (const m of text.matchAll(/^[ \t]*#[ \t]*define[ \t]+([A-Za-z_][A-Za-z0-9_]*)([ \t(]?)(.*)$/gm)) {
    const [, name, sep, body] = m;
    if (sep === '(') continue; // function-like
    if (body.trim() === '' || SKIP_NAMES.has(name) || seen.has(name)) continue;
    seen.add(name);
    candidates.push({ name, file: f });
  }
}

// ---- structs ----
function splitTop(body) {
  // top-level declarations separated by ';' (braces nest)
  const out = []; let depth = 0; let cur = '';
  for (const ch of body) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (ch === ';' && depth === 0) { out.push(cur.trim()); cur = ''; continue; }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
function fieldsOf(body, prefix) {
  const fields = [];
  for (let decl of splitTop(body)) {
    decl = decl.replace(/__extension__/g, '').trim();
    if (!decl) continue;
    const open = decl.indexOf('{');
    if (open >= 0) {
      const close = decl.lastIndexOf('}');
      const inner = decl.slice(open + 1, close);
      const after = decl.slice(close + 1).trim();
      if (!after) { fields.push(...fieldsOf(inner, prefix)); continue; }
      for (const d of after.split(',')) {
        const n = d.replace(/\[.*$/, '').trim().split(/\s+/).pop().replace(/^\*+/, '');
        fields.push(prefix + n, ...fieldsOf(inner, `${prefix}${n}.`).filter(() => !/\[/.test(d)));
      }
      continue;
    }
    if (/:\s*\d+\s*$/.test(decl)) continue; // bit-field: offsetof is not defined
    let m = decl.match(/\(\s*[A-Z_]*\s*\*\s*([A-Za-z_]\w*)\s*\)\s*\(/); // function pointer
    if (m) { fields.push(prefix + m[1]); continue; }
    // "TYPE a, b[4], *c"
    const parts = decl.split(',');
    const first = parts[0].replace(/\[.*$/, '').trim().split(/[\s*]+/).pop();
    fields.push(prefix + first);
    for (const p of parts.slice(1)) fields.push(prefix + p.replace(/\[.*$/, '').replace(/\*/g, '').trim());
  }
  return fields;
}
const structs = []; // {type, fields, file}
for (const f of files) {
  const text = stripComments(fs.readFileSync(path.join(INC, f), 'utf8')).replace(/\\\n/g, ' ').replace(/^[ \t]*#.*$/gm, '');
  const re = /(typedef\s+)?(struct|union)\s+([A-Za-z_]\w*)?\s*\{/g;
  let m;
  while ((m = re.exec(text))) {
    // only top-level definitions: skip ones nested inside another struct (previous unclosed brace)
    const before = text.slice(0, m.index);
    const depth = (before.match(/\{/g) || []).length - (before.match(/\}/g) || []).length;
    if (depth !== 0) continue;
    let i = re.lastIndex; let d = 1;
    while (d > 0 && i < text.length) { if (text[i] === '{') d++; else if (text[i] === '}') d--; i++; }
    const body = text.slice(re.lastIndex, i - 1);
    const tail = text.slice(i, text.indexOf(';', i));
    const [, isTypedef, kind, tag] = m;
    let type;
    if (isTypedef) {
      const alias = tail.split(',')[0].trim();
      type = /^[A-Za-z_]\w*$/.test(alias) ? alias : `${kind} ${tag}`;
    } else type = `${kind} ${tag}`;
    if (!tag && !isTypedef) continue;
    if (/##/.test(body)) continue; // DECLARE_HANDLE
    if (structs.some((s) => s.type === type)) continue;
    structs.push({ type, fields: fieldsOf(body, ''), file: f, kind, tag });
    re.lastIndex = i;
  }
}

// Aliases: `typedef struct TAG NAME` and `#define NAME TYPE` of a listed type get the same entries
// (SOCKADDR_STORAGE, SOCKADDR_IN6, WSAOVERLAPPED ...), so each name programs use is checked.
for (const f of files) {
  const text = stripComments(fs.readFileSync(path.join(INC, f), 'utf8'));
  const found = [];
  for (const m of text.matchAll(/typedef\s+(struct|union)\s+(\w+)\s+([A-Za-z_]\w*)\s*[,;]/g)) found.push([`${m[1]} ${m[2]}`, m[3]]);
  for (const m of text.matchAll(/^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+([A-Za-z_]\w*)[ \t]*$/gm)) found.push([m[2], m[1]]);
  for (const [target, alias] of found) {
    const base = structs.find((s) => s.type === target);
    const byTag = base || structs.find((s) => s.tag && `${s.kind} ${s.tag}` === target);
    if (!byTag || structs.some((s) => s.type === alias)) continue;
    structs.push({ type: alias, fields: byTag.fields, file: f, kind: byTag.kind, tag: byTag.tag });
  }
}

// ---- decide which candidate defines are integer constant expressions (emcc) ----
/** Line numbers (0-based, into `names`) where a compile of `enum { e = (NAME) ? 1 : 0 }` for each fails; null when it compiled. */
function failingLines(names) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wsw-layout-gen-'));
  const src = path.join(dir, 'check.c');
  const head = INCLUDES.map((h) => `#include <${h}>`).join('\n') + '\n';
  const headLines = head.split('\n').length - 1;
  const body = names.map((n, i) => `enum { wsw_e${i} = (${n}) ? 1 : 0 }; static const long long wsw_k${i} = (long long)(${n}) + 0 * sizeof(char[(${n}) ? 1 : 1]);`).join('\n');
  fs.writeFileSync(src, head + body + '\n');
  // The diagnostics (megabytes) go to a file: through a pipe, what the compiler driver writes
  // just before it exits can be lost, and each error lost would make a constant of a name.
  const log = path.join(dir, 'check.err');
  const fd = fs.openSync(log, 'w');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'winsock-cc.js'), '-ferror-limit=0', '-w', '-c', src, '-o', path.join(dir, 'check.o')], { stdio: ['ignore', 'ignore', fd] });
  fs.closeSync(fd);
  const stderr = fs.readFileSync(log, 'utf8');
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.status === 0) return null;
  const bad = new Set([...stderr.matchAll(/check\.c:(\d+):\d+: error/g)].map((m) => Number(m[1]) - headLines - 1));
  if (bad.size === 0) throw new Error(`winsock-cc failed without a diagnostic on a candidate:\n${stderr.slice(0, 2000)}`);
  return bad;
}

function integerDefines() {
  // Sift in chunks, then compile the survivors together until that compiles: a compile with
  // thousands of errors does not always report every one, and a candidate whose error went
  // unreported must not pass as a constant.
  const CHUNK = 100;
  let kept = [];
  for (let start = 0; start < candidates.length; start += CHUNK) {
    const chunk = candidates.slice(start, start + CHUNK);
    const bad = failingLines(chunk.map((c) => c.name));
    kept.push(...chunk.filter((_, i) => !bad || !bad.has(i)));
  }
  for (let bad = failingLines(kept.map((c) => c.name)); bad; bad = failingLines(kept.map((c) => c.name))) {
    const failing = bad;
    kept = kept.filter((_, i) => !failing.has(i));
  }
  return kept;
}

const constants = integerDefines();
const out = [
  '/* Generated by test/conformance/layout/generate.mjs from wasm/include: do not edit.',
  ` * ${constants.length} integer constants, ${structs.length} structs/unions, ${structs.reduce((n, s) => n + s.fields.length, 0)} fields. */`,
];
for (const s of structs) {
  out.push(`/* ${s.file} */ S(${s.type})`);
  for (const fld of s.fields) out.push(`O(${s.type}, ${fld})`);
}
let last = '';
for (const c of constants) {
  if (c.file !== last) { out.push(`/* ${c.file} */`); last = c.file; }
  out.push(`K(${c.name})`);
}
fs.writeFileSync(path.join(HERE, 'entries.h'), out.join('\n') + '\n');
console.log(`entries.h: ${constants.length} constants (of ${candidates.length} object-like defines), ${structs.length} structs`);
