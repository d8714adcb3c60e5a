// The headers declare as imports exactly the functions the host provides.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { IMPORTS } from '../../host/abi/imports.js';
import { WinsockHost } from '../../host/instance.js';
import { noSuspend } from '../../host/guests/suspender.js';
import { FakeNetwork } from '../fake-network.js';
import { ROOT } from '../paths.js';

it('every import declared in wasm/include and wasm/runtime is provided by the host, and every provided one is declared', () => {
  const declared = new Set<string>();
  for (const dir of [path.join(ROOT, 'wasm', 'include'), path.join(ROOT, 'wasm', 'runtime')]) {
    for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
      if (!fs.statSync(path.join(dir, f)).isFile()) continue; // (wasm/include/sys)
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const m of text.matchAll(/__WSW_IMPORT\(\s*(ws2_32|kernel32|user32|winsock_wasm)\s*,\s*(\w+)\s*\)/g)) declared.add(`${m[1]}.${m[2]}`);
    }
  }
  const provided = new Set(IMPORTS.map((s) => `${s.module}.${s.name}`));
  expect([...declared].sort()).toEqual([...provided].sort());
});

it('the host builds a function for every import in the table', () => {
  const host = new WinsockHost({ network: new FakeNetwork() });
  const imports = host.imports(noSuspend);
  for (const s of IMPORTS) expect(typeof imports[s.module][s.name]).toBe('function');
});
