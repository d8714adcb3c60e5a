// Builds the AssemblyScript programs: one asc run per asm/tests/*.asconfig.json (each
// extends the top-level asconfig.json and names its entry and output), i.e. from the
// repository root
//   asc --config asm/tests/NAME.asconfig.json --target release --transform ./asm/transform/asyncify-imports.js
// The transform is given on the command line, not in asconfig.json: asc resolves a
// config's "transform" entries against the config's directory and hands them to Node's
// require.resolve, which takes a relative "asm/transform/..." for a package name (and the
// top-level asconfig.json is read by every asc run in the repository).
//
// Usage: node asm/build.js [--target debug|release] [name ...]   (npm run asbuild)
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import asc from 'assemblyscript/asc';

const ASM = path.dirname(fileURLToPath(import.meta.url));
const TESTS = path.join(ASM, 'tests');
const TRANSFORM = path.join(ASM, 'transform', 'asyncify-imports.js');

export async function buildAll(names, target = 'release') {
  const all = fs.readdirSync(TESTS).filter((f) => f.endsWith('.asconfig.json')).map((f) => f.slice(0, -'.asconfig.json'.length));
  for (const name of names.length ? names : all) {
    const argv = ['--config', path.join(TESTS, `${name}.asconfig.json`), '--target', target, '--transform', TRANSFORM];
    let err = '';
    const { error } = await asc.main(argv, { stderr: { write: (s) => { err += s; process.stderr.write(s); } } });
    if (error) throw new Error(`asc ${argv.join(' ')} failed: ${error.message}\n${err}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let target = 'release';
  const t = args.indexOf('--target');
  if (t >= 0) { target = args[t + 1]; args.splice(t, 2); }
  buildAll(args, target).catch((e) => { console.error(e.message); process.exit(1); });
}
