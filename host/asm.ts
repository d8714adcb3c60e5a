// Running an AssemblyScript program (built with asc --runPasses asyncify, see asm/README.md)
// under Node: the ws2_32, kernel32 and winsock_wasm imports from WinsockHost, waits through
// the generic Asyncify driver, and the few `env` functions AssemblyScript's runtime imports.
// Nothing here implements a Winsock function: every socket call goes to WinsockHost.
import fs from 'node:fs';
import { WinsockHost } from './instance.js';
import { connectTimeoutFromEnv, traceFromEnv } from './env.js';
import { AsyncifyDriver } from './guests/asyncify.js';
import { nodeNetwork } from './transports/node.js';
import type { Network } from './core/transport.js';

/** How long a finished program waits for its sockets' data to leave (as runProgram does on exit). */
const EXIT_FLUSH_MS = 5000;

export interface AssemblyScriptRunOptions {
  /** The .wasm file, or its bytes. */
  wasm: string | Uint8Array;
  /** What the program reads through env.argc/env.argv (asm/env.ts args()). */
  args?: string[];
  /** true: trace every Winsock call to stderr; a function: trace lines go there. Default: WINSOCK_TRACE. */
  trace?: boolean | ((line: string) => void);
  /** Where env.log lines go (default: stdout, one line each). */
  log?: (line: string) => void;
  /**
   * The export to run; it takes no arguments and returns an i32 (or nothing). Default:
   * `_start` if exported (asc --exportStart _start, so that top-level code may wait too),
   * then `main`.
   */
  entry?: string;
  /** Default: real sockets (nodeNetwork()). */
  network?: Network;
  /** ms before a TCP connect fails with WSAETIMEDOUT (default: $WINSOCK_CONNECT_TIMEOUT_MS, else Windows' 21 s; 0: as long as the system tries). */
  connectTimeoutMs?: number;
  /** Bytes for the asyncify unwind stack (default 64 KiB). */
  asyncifyStackSize?: number;
}

export interface AssemblyScriptProgram {
  instance: WebAssembly.Instance;
  host: WinsockHost;
  driver: AsyncifyDriver;
}

/** Instantiate an AssemblyScript guest with the Winsock imports; does not run it. */
export async function instantiateAssemblyScript(opts: AssemblyScriptRunOptions): Promise<AssemblyScriptProgram> {
  const bytes = typeof opts.wasm === 'string' ? fs.readFileSync(opts.wasm) : opts.wasm;
  const module = await WebAssembly.compile(new Uint8Array(bytes));
  const host = new WinsockHost({ network: opts.network ?? nodeNetwork(), trace: opts.trace ?? traceFromEnv(), connectTimeoutMs: opts.connectTimeoutMs ?? connectTimeoutFromEnv() });
  const driver = new AsyncifyDriver({ stackSize: opts.asyncifyStackSize });
  let memory: WebAssembly.Memory | undefined;
  const mem = () => {
    if (!memory) throw new Error('winsock-wasm: the AssemblyScript guest exports no memory');
    return memory;
  };
  const env = asEnv(WebAssembly.Module.imports(module), mem, opts);
  const instance = await WebAssembly.instantiate(module, { ...host.imports(driver), env } as WebAssembly.Imports);
  const ex = instance.exports as Record<string, unknown>;
  if (!(ex.memory instanceof WebAssembly.Memory)) throw new Error('winsock-wasm: the AssemblyScript guest exports no memory');
  memory = ex.memory;
  const malloc = ex.malloc as ((n: number) => number) | undefined;
  const free = ex.free as ((p: number) => void) | undefined;
  host.attach(mem, () => {
    if (typeof malloc !== 'function' || typeof free !== 'function') {
      throw new Error('winsock-wasm: the guest exports no malloc/free (export { malloc, free } from the asm library)');
    }
    return { malloc: (n) => malloc(n) >>> 0, free: (p) => free(p) };
  });
  driver.attach(instance);
  return { instance, host, driver };
}

/** Run an AssemblyScript program's `main` (or `_start`); resolves with its return value. */
export async function runAssemblyScript(opts: AssemblyScriptRunOptions): Promise<number> {
  const { instance, host, driver } = await instantiateAssemblyScript(opts);
  const ex = instance.exports as Record<string, unknown>;
  let result: number;
  if (opts.entry) {
    result = await driver.call(opts.entry);
  } else {
    // asc --exportStart _start: the top-level statements run there (and may wait), before main.
    result = typeof ex._start === 'function' ? await driver.call('_start') : 0;
    if (typeof ex.main === 'function') result = await driver.call('main');
    else if (typeof ex._start !== 'function') throw new Error('winsock-wasm: the AssemblyScript guest exports neither main nor _start');
  }
  // What the program sent still leaves, as a Windows process's sockets still send after it exits.
  await host.winsock.flushAll(EXIT_FLUSH_MS);
  return (result ?? 0) | 0;
}

type EnvFunction = (...a: number[]) => number | void;

/** The `env` imports AssemblyScript's runtime and the asm/ helpers use; only those the module imports. */
function asEnv(imports: WebAssembly.ModuleImportDescriptor[], mem: () => WebAssembly.Memory, opts: AssemblyScriptRunOptions): Record<string, EnvFunction> {
  const args = opts.args ?? [];
  const log = opts.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const utf8 = (p: number, n: number) => Buffer.from(mem().buffer, p, n).toString('utf8');
  /** An AssemblyScript string: UTF-16 code units, its byte length in the header word before it. */
  const asString = (p: number) => {
    if (!p) return '';
    const bytes = new Uint32Array(mem().buffer, p - 4, 1)[0];
    return Buffer.from(mem().buffer, p, bytes).toString('utf16le');
  };
  const all: Record<string, EnvFunction> = {
    abort(msg, file, line, col) {
      throw new Error(`AssemblyScript abort: ${asString(msg)} at ${asString(file)}:${line}:${col}`);
    },
    trace(msg, n, ...vals) {
      process.stderr.write(`trace: ${asString(msg)}${n ? ' ' + vals.slice(0, n).join(', ') : ''}\n`);
    },
    seed() { return Date.now() * Math.random(); },
    log(p, n) { log(utf8(p, n)); },
    argc() { return args.length; },
    /** Copies argument i as UTF-8 into buf (at most len bytes); returns its full byte length, -1 if none. */
    argv(i, buf, len) {
      if (i < 0 || i >= args.length) return -1;
      const b = Buffer.from(args[i], 'utf8');
      new Uint8Array(mem().buffer, buf, Math.min(len, b.length)).set(b.subarray(0, Math.min(len, b.length)));
      return b.length;
    },
  };
  const env: Record<string, EnvFunction> = {};
  for (const imp of imports) {
    if (imp.module !== 'env') continue;
    const f = all[imp.name];
    if (!f) throw new Error(`winsock-wasm: the AssemblyScript guest imports env.${imp.name}, which the runner does not provide`);
    env[imp.name] = f;
  }
  return env;
}

