// Running a program built by `winsock-cc --target=web` in a page: the page loads
// Emscripten's loader (ENVIRONMENT=web, global WinsockProgram) and this file's bundle
// (dist/web/winsock-web.js, global WinsockWeb), then calls WinsockWeb.runPage.
// Sockets go through winsock-proxy over WebSockets (docs/PROXY.md). Blocking calls suspend
// the guest with Asyncify as under Node: no SharedArrayBuffer, no special headers.
import { WinsockHost } from './instance.js';
import { EmscriptenSuspender, type EmscriptenAsyncify } from './guests/emscripten.js';
import { webSocketNetwork, type WebSocketConstructor } from './transports/websocket.js';

interface EmscriptenModule {
  asm: Record<string, unknown> & { memory: WebAssembly.Memory };
  _malloc(n: number): number;
  _free(p: number): void;
  __winsock: { Asyncify: EmscriptenAsyncify; run(args: string[]): void };
}
type Factory = (m: object) => Promise<EmscriptenModule>;

/** How long an exiting program waits for its sockets' data to leave. */
const EXIT_FLUSH_MS = 5000;

export interface WebRunOptions {
  /** Emscripten's MODULARIZE factory (the page's global WinsockProgram). */
  factory: Factory;
  /** URL of the .wasm, relative to the page. */
  wasm: string;
  args: string[];
  /** ws:// or wss:// URL of winsock-proxy. */
  proxy: string;
  programName?: string;
  /** Program output, one line at a time (stdout and stderr). */
  print(line: string, stream: 'stdout' | 'stderr'): void;
  /** Called once with the exit status (or 'abort'). */
  onExit(status: number | string): void;
  trace?: boolean;
}

/** Runs the program; resolves when main has started (onExit reports the end). */
export async function run(opts: WebRunOptions): Promise<void> {
  const res = await fetch(opts.wasm);
  if (!res.ok) throw new Error(`cannot load ${opts.wasm}: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const network = webSocketNetwork({ url: opts.proxy, WebSocket: WebSocket as unknown as WebSocketConstructor, sendCallbacks: false, hostname: location.hostname || 'localhost' });
  const err = (line: string) => opts.print(line, 'stderr');
  const host = new WinsockHost({ network, trace: opts.trace ? (line: string) => err(`[winsock] ${line}`) : undefined });
  const suspender = new EmscriptenSuspender();
  const imports = host.imports(suspender);
  let exited = false;
  const exit = (status: number | string) => { if (!exited) { exited = true; opts.onExit(status); } };
  const m = await opts.factory({
    noInitialRun: true,
    thisProgram: opts.programName ?? 'program',
    print: (s: string) => opts.print(s, 'stdout'),
    printErr: err,
    stdin: () => null, // no stdin in a page: EOF (never window.prompt)
    quit(status: number, toThrow: unknown) {
      void host.winsock.flushAll(EXIT_FLUSH_MS).then(() => exit(status), () => exit(status));
      throw toThrow;
    },
    onAbort(what: unknown) { err(`winsock-wasm: aborted: ${what}`); exit('abort'); },
    instantiateWasm(info: Record<string, unknown>, receive: (i: WebAssembly.Instance, m: WebAssembly.Module) => void) {
      Object.assign(info, imports);
      WebAssembly.instantiate(bytes, info as WebAssembly.Imports).then(
        (r) => receive(r.instance, r.module),
        (e) => { err(`winsock-wasm: cannot instantiate ${opts.wasm}: ${e}`); exit('abort'); },
      );
      return {};
    },
  });
  host.attach(() => m.asm.memory, () => ({ malloc: (n) => m._malloc(n), free: (p) => m._free(p) }));
  suspender.asyncify = m.__winsock.Asyncify;
  m.__winsock.run(opts.args);
}

/** The default proxy: winsock-proxy's default port (8787) on the page's host, wss:// for an https:// page. */
export function defaultProxy(): string {
  const secure = location.protocol === 'https:';
  return `${secure ? 'wss' : 'ws'}://${location.hostname || '127.0.0.1'}:8787/`;
}

/**
 * The page's entry: argv from ?args= (space-separated), the proxy from ?proxy=,
 * output into #stdout, document.title = "exit:<status>" at the end.
 */
export function runPage(page: { factory: Factory; wasm: string; programName: string }): void {
  const q = new URLSearchParams(location.search);
  const args = (q.get('args') ?? '').split(' ').filter((a) => a !== '');
  const proxy = q.get('proxy') || defaultProxy();
  const out = document.getElementById('stdout')!;
  const print = (line: string) => { out.textContent += line + '\n'; };
  (globalThis as { __winsockStderr?: (s: string) => void }).__winsockStderr = (s) => { console.error(s); print(s); };
  document.title = 'running';
  run({
    factory: page.factory, wasm: page.wasm, args, proxy, programName: page.programName,
    trace: q.has('trace') && q.get('trace') !== '0',
    print,
    onExit: (status) => { document.title = `exit:${status}`; },
  }).catch((e) => {
    print(`winsock-wasm: ${(e as Error)?.stack ?? e}`);
    document.title = 'exit:abort';
  });
}
