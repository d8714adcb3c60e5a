// Running a program built by winsock-cc under Node: load Emscripten's loader and
// the wasm bytes ourselves, add the ws2_32 and kernel32 imports, run main.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { WinsockHost } from './instance.js';
import { connectTimeoutFromEnv, traceFromEnv } from './env.js';
import { EmscriptenSuspender, WaitInCallback, type EmscriptenAsyncify } from './guests/emscripten.js';
import { nodeNetwork } from './transports/node.js';
import { webSocketNetwork } from './transports/websocket.js';
import type { Network } from './core/transport.js';

interface EmscriptenModule {
  asm: Record<string, unknown> & { memory: WebAssembly.Memory };
  _malloc(n: number): number;
  _free(p: number): void;
  _winsock_ctrl_dispatch(event: number): number;
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
  /** ms before a TCP connect fails with WSAETIMEDOUT (default: $WINSOCK_CONNECT_TIMEOUT_MS, else Windows' 21 s; 0: as long as the system tries). */
  connectTimeoutMs?: number;
  /** The program's environment (default: this process's). */
  env?: Record<string, string | undefined>;
}

/** Node's net/dgram/dns, or, when a proxy URL is given, WebSockets to winsock-proxy as in a page. */
async function chooseNetwork(proxy: string | undefined): Promise<Network> {
  if (!proxy) return nodeNetwork();
  const { WebSocket } = await import('ws');
  return webSocketNetwork({ url: proxy, WebSocket: WebSocket as never, sendCallbacks: true });
}

/** GetFileType of the process's descriptor 0, 1 or 2: a file (1), a terminal or other device (2), a pipe or socket (3). */
function stdioType(fd: number): number {
  try {
    const st = fs.fstatSync(fd);
    return st.isFile() ? 1 : st.isFIFO() || st.isSocket() ? 3 : 2;
  } catch {
    return 0;
  }
}

/** The user the process runs as, for GetUserName: the account's name, else $USER (a uid without an account), else the default. */
function userName(): string | undefined {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER || undefined;
  }
}

export async function runProgram(opts: RunOptions): Promise<void> {
  const require = createRequire(import.meta.url);
  const factory = require(path.resolve(opts.loader)) as (m: object) => Promise<EmscriptenModule>;
  const bytes = fs.readFileSync(opts.wasm);
  const network = await chooseNetwork(opts.proxy ?? process.env.WINSOCK_PROXY);
  const host = new WinsockHost({ network, trace: opts.trace ?? traceFromEnv(), connectTimeoutMs: opts.connectTimeoutMs ?? connectTimeoutFromEnv(), stdioType, programPath: path.resolve(opts.programName ?? opts.wasm), userName: userName() });
  const suspender = new EmscriptenSuspender();
  const imports = host.imports(suspender);
  const end = new Ending(host);
  end.watch();
  blockingStdio();
  const m = await factory({
    noInitialRun: true,
    thisProgram: opts.programName ?? path.basename(opts.wasm, '.wasm'),
    wasmBinary: bytes,
    // The guest's environment is the process's, as a Windows process inherits its parent's (post.js).
    winsockEnv: opts.env ?? process.env,
    // exit() and main's return come here with an ExitStatus; a trap or abort with its error.
    quit(status: number, toThrow: unknown) {
      if (!isExitStatus(toThrow)) end.crashed(toThrow);
      else end.exit(status);
      throw toThrow; // unwinds the guest's stack; nothing more runs
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
  host.winsockWasm.onCtrlWatch = () => deliverConsoleControl(m, suspender, end);
  try {
    m.__winsock.run(opts.args);
  } catch (e) {
    // A trap before the first wait, rethrown by quit: already reported.
    if (!end.exiting) throw e;
  }
}

const CTRL_C_EVENT = 0;
const CTRL_CLOSE_EVENT = 2;
/** How long a program has to end by itself after its handler took CTRL_CLOSE_EVENT. */
const CLOSE_GRACE_MS = 5000;

/**
 * Console control events (consoleapi.h): SIGINT is CTRL_C_EVENT, SIGTERM CTRL_CLOSE_EVENT. Asked
 * for by the program's first SetConsoleCtrlHandler; until then Node's defaults end the process. A
 * signal is seen only while the guest waits (JS has one thread), and the handlers run then, on the
 * C stack below the suspended frames, as Windows runs them on a thread of their own. When none
 * returns TRUE the process ends as a POSIX shell reports a signal: 128 + the signal's number.
 */
function deliverConsoleControl(m: EmscriptenModule, suspender: EmscriptenSuspender, end: Ending): void {
  const deliver = (event: number, status: number) => {
    if (end.exiting) return;
    let handled = false;
    suspender.noWaitIn = 'a console control handler';
    try {
      handled = m._winsock_ctrl_dispatch(event) !== 0;
    } catch (e) {
      if (e instanceof WaitInCallback) {
        process.stderr.write(`winsock-wasm: ${e.message}\n`);
        end.exit(1);
      } else {
        end.crashed(e); // ExitProcess in the handler: already exiting
      }
      return;
    } finally {
      suspender.noWaitIn = undefined;
    }
    if (!handled) end.exit(status);
    else if (event === CTRL_CLOSE_EVENT) setTimeout(() => end.exit(status), CLOSE_GRACE_MS).unref();
  };
  process.on('SIGINT', () => deliver(CTRL_C_EVENT, 130));
  process.on('SIGTERM', () => deliver(CTRL_CLOSE_EVENT, 143));
}

/** Emscripten's ExitStatus: thrown by exit() to unwind, not a failure. */
function isExitStatus(e: unknown): boolean {
  return (e as { name?: unknown } | null)?.name === 'ExitStatus';
}

/**
 * How a program run under Node ends. Normally with its exit status, once what its sockets
 * sent has left (as a Windows process's sockets still send after it exits). A trap, an
 * abort or a host exception, on either side of a wait, prints its message and stack (the
 * wasm stack names C functions when built with -g) and exits non-zero. And the process
 * never ends silently while the guest waits in a call: if Node's event loop empties then,
 * nothing can end that wait, so the call is named and the exit status is non-zero.
 */
class Ending {
  exiting = false;
  constructor(private readonly host: WinsockHost) {}

  watch(): void {
    process.on('uncaughtException', (e) => this.crashed(e));
    process.on('unhandledRejection', (e) => this.crashed(e));
    process.on('beforeExit', () => {
      const call = this.host.describeWait();
      if (this.exiting || call === undefined) return;
      process.stderr.write(`winsock-wasm: the program waits in ${call}, and nothing can end that wait: no socket, timer or other event is pending\n`);
      this.exit(STALLED_STATUS);
    });
  }

  crashed(e: unknown): void {
    if (isExitStatus(e) || this.exiting) return; // exit() unwinding, or the rethrow of what was reported
    process.stderr.write(`winsock-wasm: ${(e as Error)?.stack ?? String(e)}\n`);
    this.exit(1);
  }

  exit(status: number): void {
    if (this.exiting) return;
    this.exiting = true;
    void this.host.winsock.flushAll(EXIT_FLUSH_MS).then(drainStdio).then(() => process.exit(status));
  }
}

/**
 * The program writes stdout and stderr with blocking writes to fds 1 and 2 (Emscripten's NODERAWFS,
 * fs.writeSync). Node opens a pipe non-blocking when it first makes process.stdout or
 * process.stderr (which it does itself when a socket is destroyed, and the trace does), and with
 * 2>&1 both fds share that flag: a write to a full pipe then fails with EAGAIN and the output is
 * lost. Both are made now and set blocking, as a Windows process's standard handles are.
 */
function blockingStdio(): void {
  for (const stream of [process.stdout, process.stderr]) {
    (stream as unknown as { _handle?: { setBlocking?(on: boolean): number } })._handle?.setBlocking?.(true);
  }
}

/** Exit status of a program that waits in a call nothing can end. */
const STALLED_STATUS = 1;

/**
 * Output written to a pipe that was full is still queued in Node; exiting now would drop it.
 * An empty write's callback runs once everything before it is out.
 */
function drainStdio(): Promise<unknown> {
  return Promise.all([process.stdout, process.stderr].map((s) => new Promise<void>((r) => s.write('', () => r()))));
}

/** Entry used by the launcher winsock-cc writes next to the program. */
export function launch(launcherPath: string, base: string): void {
  Error.stackTraceLimit = 64; // a trap's report shows the guest's whole call chain
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
