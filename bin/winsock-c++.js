#!/usr/bin/env node
// winsock-c++: the C++ compiler driver, as em++ is emcc's: every source compiles as C++ and
// the C++ library links even when only objects are given. See winsock-cc.js.
import { main } from './winsock-cc.js';

main(process.argv.slice(2), { cxx: true }).catch((e) => {
  process.stderr.write(`winsock-c++: ${e?.stack ?? e}\n`);
  process.exit(1);
});
