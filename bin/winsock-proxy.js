#!/usr/bin/env node
// WebSocket to TCP/UDP/DNS bridge for winsock-wasm programs in a page (docs/PROXY.md).
import { main } from '../dist/host/proxy/cli.js';

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(`winsock-proxy: ${e?.message ?? e}\n`);
  process.exit(1);
});
