#!/usr/bin/env node
// winsock-make: runs a build command with the winsock-wasm tools as the compilers and
// archiver, as emmake does for Emscripten's:
//   winsock-make make -j2 [targets]     winsock-make ./build.sh
// CC, CXX, LD, AR and RANLIB are set in the environment; for make they are also given
// on its command line, so they win over assignments in the Makefile (CC = gcc) as well.
// A variable the command line already sets (winsock-make make AR=...) is left as given.
import path from 'node:path';
import { answerProbe, binPath, die, runAndExit } from './tools.js';

const argv = process.argv.slice(2);
const usage = `usage: winsock-make <command> [arguments]   e.g. winsock-make make -j2
  runs the command with CC=winsock-cc CXX=winsock-c++ AR=winsock-ar RANLIB=winsock-ranlib
  (also on make's command line)
`;
if (!answerProbe('winsock-make', argv, usage)) {
  if (!argv.length) die('winsock-make', `no command given\n${usage}`);
  const tools = {
    CC: binPath('winsock-cc'),
    CXX: binPath('winsock-c++'),
    LD: binPath('winsock-cc'),
    AR: binPath('winsock-ar'),
    RANLIB: binPath('winsock-ranlib'),
  };
  const env = { ...process.env };
  const vars = [];
  for (const [name, value] of Object.entries(tools)) {
    if (!value) continue;
    env[name] = value;
    vars.push(`${name}=${value}`);
  }
  const [cmd, ...args] = argv;
  const isMake = /^(g|mingw32-)?make(\.exe)?$/i.test(path.basename(cmd));
  const given = (v) => args.some((a) => a.startsWith(v.slice(0, v.indexOf('=') + 1)));
  const full = isMake ? [...args, ...vars.filter((v) => !given(v))] : args;
  process.stderr.write(`make: ${[cmd, ...full].join(' ')}\n`);
  runAndExit('winsock-make', cmd, full, env);
}
