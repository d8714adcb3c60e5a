#!/usr/bin/env node
// winsock-ranlib: adds or refreshes the wasm symbol index of an archive of winsock-cc
// objects, as emranlib does for emcc's (it runs Emscripten's llvm-ranlib).
//   winsock-ranlib libfoo.a
import { answerProbe, runAndExit } from './tools.js';

const argv = process.argv.slice(2);
const usage = `usage: winsock-ranlib <llvm-ranlib arguments>   e.g. winsock-ranlib libfoo.a
  writes the wasm symbol index of a static library of winsock-cc objects (runs emranlib)
`;
if (answerProbe('winsock-ranlib', argv, usage)) {
  if (argv[0] === '--version') runAndExit('winsock-ranlib', 'emranlib', ['--version'], process.env, ' (install Emscripten: apt-get install emscripten)');
} else {
  runAndExit('winsock-ranlib', 'emranlib', argv, process.env, ' (install Emscripten: apt-get install emscripten)');
}
