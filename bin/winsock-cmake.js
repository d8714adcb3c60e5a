#!/usr/bin/env node
// winsock-cmake: runs cmake with the package's toolchain file, as emcmake does with
// Emscripten's:
//   winsock-cmake cmake -S . -B build [-D...]      then: cmake --build build
// It adds -DCMAKE_TOOLCHAIN_FILE=<package>/cmake/winsock-wasm.cmake and
// -DCMAKE_CROSSCOMPILING_EMULATOR=<node> (try_run, add_test) unless they are given.
import path from 'node:path';
import { answerProbe, die, pkg, runAndExit } from './tools.js';

const argv = process.argv.slice(2);
const toolchain = path.join(pkg, 'cmake', 'winsock-wasm.cmake');
const usage = `usage: winsock-cmake cmake [cmake arguments]   e.g. winsock-cmake cmake -S . -B build
  configures with -DCMAKE_TOOLCHAIN_FILE=${toolchain}
  then build with: cmake --build build
`;
if (!answerProbe('winsock-cmake', argv, usage)) {
  if (!argv.length) die('winsock-cmake', `no command given\n${usage}`);
  const args = [...argv];
  // Only a configure step takes definitions; cmake --build, --install, -E and -P do not.
  const configures = !args.some((a) => a === '--build' || a === '--install' || a === '-E' || a === '-P');
  if (configures) {
    if (!args.some((a) => a.includes('CMAKE_TOOLCHAIN_FILE'))) args.push(`-DCMAKE_TOOLCHAIN_FILE=${toolchain}`);
    if (!args.some((a) => a.includes('CMAKE_CROSSCOMPILING_EMULATOR'))) args.push(`-DCMAKE_CROSSCOMPILING_EMULATOR=${process.execPath}`);
  }
  process.stderr.write(`configure: ${args.join(' ')}\n`);
  runAndExit('winsock-cmake', args[0], args.slice(1));
}
