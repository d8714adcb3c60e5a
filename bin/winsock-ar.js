#!/usr/bin/env node
// winsock-ar: the archiver for winsock-cc objects, as emar is for emcc's. It runs
// Emscripten's llvm-ar (through emar), which writes the wasm symbol index wasm-ld
// needs to take members from the archive; GNU ar writes none for wasm objects.
//   winsock-ar qc libfoo.a a.o b.o      (any llvm-ar command line)
import { answerProbe, runAndExit } from './tools.js';

const argv = process.argv.slice(2);
const usage = `usage: winsock-ar <llvm-ar arguments>   e.g. winsock-ar rcs libfoo.a a.o b.o
  makes static libraries of winsock-cc objects with a wasm symbol index (runs emar)
`;
if (answerProbe('winsock-ar', argv, usage)) {
  if (argv[0] === '--version') runAndExit('winsock-ar', 'emar', ['--version'], process.env, ' (install Emscripten: apt-get install emscripten)');
} else {
  runAndExit('winsock-ar', 'emar', argv, process.env, ' (install Emscripten: apt-get install emscripten)');
}
