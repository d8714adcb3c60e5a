// docs/ABI.md is generated from the code (scripts/abi-doc.ts) and must be up to date.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { declarations, render } from '../../scripts/abi-doc.js';
import { IMPORTS } from '../../host/abi/imports.js';
import { ROOT } from '../paths.js';

it('every import has a C declaration the generator can read', () => {
  const found = new Set(declarations().map((d) => `${d.module}.${d.name}`));
  for (const s of IMPORTS) expect(found.has(`${s.module}.${s.name}`)).toBe(true);
});

it('docs/ABI.md matches the code (regenerate with npm run docs)', () => {
  expect(fs.readFileSync(path.join(ROOT, 'docs', 'ABI.md'), 'utf8')).toBe(render());
});
