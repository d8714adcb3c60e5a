#!/usr/bin/env node
// Extracts the system message texts FormatMessage(FORMAT_MESSAGE_FROM_SYSTEM) gives from
// Microsoft's "System Error Codes" reference pages (the Markdown sources of
// learn.microsoft.com/windows/win32/debug/system-error-codes--0-499- and its siblings, from
// the MicrosoftDocs/win32 repository, desktop-src/Debug/system-error-codes--*.md) into
// wasm/runtime/messages/system.txt, one "code<TAB>NAME<TAB>text" line per message (every page
// is read; scripts/gen-messages.mjs chooses the ranges the runtime carries).
//
//   node scripts/extract-messages.mjs page.md [page.md ...]
//
// Run by hand when the pages change; scripts/gen-messages.mjs turns the data file into the C
// table, and a drift test checks the two agree. The pages are the primary source: Wine's
// texts differ (for 10061 Wine says "Connection refused.", Windows "No connection could be
// made because the target machine actively refused it.").
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'wasm', 'runtime', 'messages', 'system.txt');

/** Markdown escapes and inline markup to the plain text the message table holds. */
function plain(s) {
  return s
    .replace(/<\/?(?:p|dt|dd|dl|span)[^>]*>/g, '')
    .replace(/<br\s*\/?>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>]*)>/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/\\([\\`*_{}\[\]()#+\-.!<>|"'])/g, '$1')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const byCode = new Map();
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  // Each entry: <span id="NAME"></span>...**NAME**, then "1234 (0x4D2)", then the description.
  const parts = text.split(/^<span id="/m).slice(1);
  for (const part of parts) {
    const name = /\*\*([^*]+)\*\*/.exec(part)?.[1]?.replace(/\\_/g, '_');
    const num = /^\s*(\d+) \(0x[0-9A-Fa-f]+\)\s*$/m.exec(part);
    if (!name || !num) continue;
    const rest = part.slice(num.index + num[0].length);
    // The description runs to the entry's end; the page's requirements table is not part of it.
    const body = rest.split(/^## |^\| /m)[0];
    const lines = body.split('\n').map(plain).filter((l) => l && !/^This value was also named/.test(l));
    const code = Number(num[1]);
    const msg = lines.join(' ').trim();
    if (!msg) continue;
    if (byCode.has(code)) continue; // an alias name listed again: the first entry is the message
    byCode.set(code, { name, msg });
  }
}
if (byCode.size === 0) { console.error('extract-messages: no entries found'); process.exit(1); }
const out = [...byCode.entries()].sort((a, b) => a[0] - b[0]).map(([c, { name, msg }]) => `${c}\t${name}\t${msg}`);
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, out.join('\n') + '\n');
console.log(`extract-messages: ${byCode.size} messages -> ${path.relative(ROOT, OUT)}`);
