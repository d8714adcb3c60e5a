// asc transform: restrict Binaryen's asyncify pass (asc --runPasses asyncify) to the imports
// that can suspend. asc has no option for pass arguments, but its transforms share its
// Binaryen instance, and Binaryen's pass arguments are global: setting "asyncify-imports"
// right before asc runs --runPasses is the equivalent of
// wasm-opt's --pass-arg=asyncify-imports@ws2_32.recv,ws2_32.send,...
//
// The list comes from the one import table, host/abi/imports.ts (entries with suspends: true).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// The source in a checkout; the compiled table (same calls) in the published package.
const CANDIDATES = [path.join(ROOT, 'host', 'abi', 'imports.ts'), path.join(ROOT, 'dist', 'host', 'abi', 'imports.js')];
const IMPORTS_TS = CANDIDATES.find((f) => fs.existsSync(f)) ?? CANDIDATES[0];

/** "ws2_32.recv", ... for every import marked suspending in host/abi/imports.ts. */
export function suspendingImports(source = fs.readFileSync(IMPORTS_TS, 'utf8')) {
  const modules = { ws2: 'ws2_32', k32: 'kernel32', u32: 'user32' };
  const out = [];
  for (const m of source.matchAll(/\b(ws2|k32|u32)\('(\w+)'\s*,\s*true\s*\)/g)) out.push(`${modules[m[1]]}.${m[2]}`);
  if (out.length === 0) throw new Error(`asyncify-imports: no suspending imports found in ${IMPORTS_TS}`);
  return out;
}

export default class AsyncifyImports {
  afterCompile(module) {
    // asc optimizes after this hook, and its optimize() clears Binaryen's pass arguments; the
    // module handed to this hook is the one asc then calls runPasses(["asyncify"]) on, so
    // the argument is set right before that call. `this.binaryen` is asc's own Binaryen
    // (asc assigns it to the transform's prototype); pass arguments are global to it.
    const binaryen = this.binaryen;
    const imports = suspendingImports().join(',');
    const runPasses = module.runPasses.bind(module);
    module.runPasses = (passes, ...rest) => {
      if (passes.includes('asyncify')) {
        binaryen.setPassArgument('asyncify-imports', imports);
        if (process.env.ASYNCIFY_VERBOSE) binaryen.setPassArgument('asyncify-verbose', 'true');
      }
      return runPasses(passes, ...rest);
    };
  }
}
