// What winsock-ar, winsock-ranlib, winsock-make and winsock-cmake share: where the
// package is, its version, and running a command with the exit status passed through.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8'));
export const version = manifest.version;

/** The absolute path of one of the package's commands, or undefined if it has none by that name. */
export function binPath(name) {
  const rel = manifest.bin?.[name];
  return rel ? path.join(pkg, rel) : undefined;
}

export function die(tool, msg) {
  process.stderr.write(`${tool}: ${msg}\n`);
  process.exit(1);
}

/** Answers --help and --version the same way in every tool; returns true when it did. */
export function answerProbe(tool, argv, usage) {
  if (argv[0] === '--help' || argv[0] === '-h') { process.stdout.write(usage); return true; }
  if (argv[0] === '--version') { process.stdout.write(`${tool} (winsock-wasm) ${version}\n`); return true; }
  return false;
}

/** Runs cmd and exits with its status (or 1 if it could not start), as the em* wrappers do. */
export function runAndExit(tool, cmd, args, env = process.env, hint = '') {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.error) die(tool, `cannot run ${cmd}: ${r.error.message}${hint}`);
  if (r.signal) process.kill(process.pid, r.signal);
  process.exit(r.status ?? 1);
}
