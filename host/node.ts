// Running a program built by winsock-cc under Node: load Emscripten's loader and
// the wasm bytes ourselves, add the ws2_32 and kernel32 imports, run main.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { WinsockHost } from './instance.js';
import { EmscriptenSuspender, type EmscriptenAsyncify } from './guests/emscripten.js';
import { nodeNetwork } from './transports/node.js';
import { webSocketNetwork } from './transports/websocket.js';
import type { Network } from './core/transport.js';

interface EmscriptenModule {
  asm: Record<string, unknown> & { memory: WebAssembly.Memory };
  _malloc(n: number): number;
  _free(p: number): void;
  __winsock: { Asyncify: EmscriptenAsyncify; run(args: string[]): void };
}

/** How long an exiting program waits for its sockets' data to leave. */
const EXIT_FLUSH_MS = 5000;

export interface RunOptions {
  /** Emscripten's generated loader (CommonJS, MODULARIZE). */
  loader: string;
  wasm: string;
  args: string[];
  /** argv[0] as the program sees it. */
  programName?: string;
  trace?: boolean | ((line: string) => void);
  /** ws:// or wss:// URL of winsock-proxy: sockets go through it instead of Node's net (default: $WINSOCK_PROXY). */
  proxy?: string;
}

/** Node's net/dgram/dns, or, when a proxy URL is given, WebSockets to winsock-proxy as in a page. */
async function chooseNetwork(proxy: string | undefined): Promise<Network> {
  if (!proxy) return nodeNetwork();
  const { WebSocket } = await import('ws');
  return webSocketNetwork({ url: proxy, WebSocket: WebSocket as never, sendCallbacks: true });
}

export async function runProgram(opts: RunOptions): Promise<void> {
  const require = createRequire(import.meta.url);
  const factory = require(path.resolve(opts.loader)) as (m: object) => Promise<EmscriptenModule>;
  const bytes = fs.readFileSync(opts.wasm);
  const network = await chooseNetwork(opts.proxy ?? process.env.WINSOCK_PROXY);
  const host = new WinsockHost({ network, trace: opts.trace ?? traceFromEnv() });
  const suspender = new EmscriptenSuspender();
  const imports = host.imports(suspender);
  const m = await factory({
    noInitialRun: true,
    thisProgram: opts.programName ?? path.basename(opts.wasm, '.wasm'),
    wasmBinary: bytes,
    // Exit once what the program sent has left, as a Windows process's sockets still send after it exits.
    quit(status: number, toThrow: unknown) {
      void host.winsock.flushAll(EXIT_FLUSH_MS).then(drainStdio).then(() => process.exit(status));
      throw toThrow;
    },
    instantiateWasm(info: Record<string, unknown>, receive: (i: WebAssembly.Instance, m: WebAssembly.Module) => void) {
      Object.assign(info, imports);
      WebAssembly.instantiate(bytes, info as WebAssembly.Imports).then(
        (r) => receive(r.instance, r.module),
        (e) => { process.stderr.write(`winsock-wasm: cannot instantiate ${opts.wasm}: ${e}\n`); process.exit(1); },
      );
      return {};
    },
  });
  host.attach(() => m.asm.memory, () => ({ malloc: (n) => m._malloc(n), free: (p) => m._free(p) }));
  suspender.asyncify = m.__winsock.Asyncify;
  m.__winsock.run(opts.args);
}

/**
 * Output written to a pipe that was full is still queued in Node; exiting now would drop it.
 * An empty write's callback runs once everything before it is out.
 */
function drainStdio(): Promise<unknown> {
  return Promise.all([process.stdout, process.stderr].map((s) => new Promise<void>((r) => s.write('', () => r()))));
}

function traceFromEnv(): boolean {
  const v = process.env.WINSOCK_TRACE;
  return v !== undefined && v !== '' && v !== '0';
}

/** Entry used by the launcher winsock-cc writes next to the program. */
export function launch(launcherPath: string, base: string): void {
  const dir = path.dirname(path.resolve(launcherPath));
  runProgram({
    loader: path.join(dir, `${base}.glue.cjs`),
    wasm: path.join(dir, `${base}.wasm`),
    args: process.argv.slice(2),
    programName: launcherPath,
  }).catch((e) => {
    process.stderr.write(`winsock-wasm: ${(e as Error)?.stack ?? e}\n`);
    process.exit(1);
  });
}
