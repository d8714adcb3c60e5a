// Bundles the browser host (dist/host/browser.js, built by tsc) for pages written by
// `winsock-cc --target=web`: one script, no Node built-ins, global WinsockWeb.
//   node scripts/build-web.mjs   (part of npm run build)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [path.join(root, 'dist', 'host', 'browser.js')],
  outfile: path.join(root, 'dist', 'web', 'winsock-web.js'),
  bundle: true,
  format: 'iife',
  globalName: 'WinsockWeb',
  platform: 'browser',
  target: 'es2020',
  inject: [path.join(root, 'scripts', 'web-shims.mjs')],
  logLevel: 'warning',
  legalComments: 'none',
});
