// Waiting for guests run through Binaryen's asyncify pass by any toolchain (AssemblyScript's
// `asc --runPasses asyncify`, `wasm-opt --asyncify`, ...): a generic driver over the exports
// the pass adds (asyncify_start_unwind, asyncify_stop_unwind, asyncify_start_rewind,
// asyncify_stop_rewind, asyncify_get_state).
//
// An import that can finish now returns now: the stack is unwound only when the host's
// answer is a promise. Then the import starts an unwind, the export the driver called
// returns early, the driver awaits the promise, starts a rewind and calls the same export
// again; the rewind brings the guest back into the import, which stops the rewind and
// returns the promise's value.
import type { Import, MaybeWaiting, Suspender } from './suspender.js';

/** The exports Binaryen's asyncify pass adds. */
export interface AsyncifyExports {
  asyncify_start_unwind(data: number): void;
  asyncify_stop_unwind(): void;
  asyncify_start_rewind(data: number): void;
  asyncify_stop_rewind(): void;
  asyncify_get_state(): number;
}

/** asyncify_get_state() values. */
export const AsyncifyState = { Normal: 0, Unwinding: 1, Rewinding: 2 } as const;

export interface AsyncifyDriverOptions {
  /**
   * Bytes for the unwound stack (the locals and call indices of every frame between the
   * export and the import). Default 64 KiB.
   */
  stackSize?: number;
  /**
   * Where the data buffer lives. Default: allocated from the guest through its `malloc`
   * export on first use, and never freed (one per instance).
   */
  allocate?: (size: number) => number;
}

/** The asyncify data header: two i32s, the current and the end address of the stack area. */
const HEADER = 8;

export class AsyncifyDriver implements Suspender {
  private exports: (AsyncifyExports & Record<string, unknown>) | undefined;
  private memory: WebAssembly.Memory | undefined;
  private data = 0;
  private readonly stackSize: number;
  private readonly allocate: ((size: number) => number) | undefined;
  /** The host's promise while the guest is unwound for it. */
  private pending: Promise<number> | undefined;
  /** The value the import returns when the guest is rewound into it. */
  private resumeValue = 0;
  /** An export is running (possibly unwound, waiting). */
  private busy = false;
  /** How many times the guest has been unwound to wait (the fast path never counts). */
  suspensions = 0;

  constructor(opts: AsyncifyDriverOptions = {}) {
    this.stackSize = opts.stackSize ?? 64 * 1024;
    this.allocate = opts.allocate;
  }

  /** Attach the instance once created (imports are made before it exists). */
  attach(instance: WebAssembly.Instance): void {
    const ex = instance.exports as Record<string, unknown>;
    for (const name of ['asyncify_start_unwind', 'asyncify_stop_unwind', 'asyncify_start_rewind', 'asyncify_stop_rewind', 'asyncify_get_state']) {
      if (typeof ex[name] !== 'function') throw new Error(`winsock-wasm: the guest exports no ${name} (was it built with the asyncify pass?)`);
    }
    if (!(ex.memory instanceof WebAssembly.Memory)) throw new Error('winsock-wasm: the guest exports no memory');
    this.exports = ex as AsyncifyExports & Record<string, unknown>;
    this.memory = ex.memory;
  }

  wrap(f: MaybeWaiting): Import {
    return (a0, a1, a2, a3, a4, a5, a6, a7, a8) => {
      const ex = this.exports!;
      // Resuming: the guest re-entered the import that unwound; hand back the stored result.
      if (ex.asyncify_get_state() === AsyncifyState.Rewinding) {
        ex.asyncify_stop_rewind();
        return this.resumeValue;
      }
      const r = f(a0, a1, a2, a3, a4, a5, a6, a7, a8);
      if (typeof r === 'number') return r;
      if (!this.busy) {
        // Called outside call() (e.g. from an export the host called directly): it cannot wait.
        r.catch(() => {});
        throw new Error('winsock-wasm: a waiting import was called outside AsyncifyDriver.call()');
      }
      this.pending = r;
      this.suspensions++;
      ex.asyncify_start_unwind(this.dataBuffer());
      return 0; // ignored: the guest is unwinding
    };
  }

  /**
   * Call an export of the guest; the promise settles with its result once it returns for
   * good, after as many waits as it makes. One call at a time per instance.
   */
  async call(name: string, ...args: number[]): Promise<number> {
    const ex = this.exports;
    if (!ex) throw new Error('winsock-wasm: AsyncifyDriver.attach() was not called');
    const fn = ex[name];
    if (typeof fn !== 'function') throw new Error(`winsock-wasm: the guest exports no function ${name}`);
    if (this.busy) throw new Error(`winsock-wasm: ${name} called while the guest is waiting`);
    this.dataBuffer(false); // allocate before the guest runs, never from inside an import
    this.busy = true;
    try {
      let result = fn(...args) as number;
      while (this.pending) {
        // The guest unwound inside an import; it is back at the top with the state recorded.
        ex.asyncify_stop_unwind();
        const p = this.pending;
        this.pending = undefined;
        this.resumeValue = await p.then(
          (v) => v,
          (e) => {
            process.stderr.write(`winsock-wasm: internal error: ${(e as Error)?.stack ?? e}\n`);
            return -1;
          },
        );
        ex.asyncify_start_rewind(this.dataBuffer(false));
        result = fn(...args) as number;
      }
      return result;
    } finally {
      this.busy = false;
      this.pending = undefined;
    }
  }

  /** The data buffer; before an unwind its header is reset to an empty stack. */
  private dataBuffer(reset = true): number {
    if (this.data === 0) {
      const size = HEADER + this.stackSize;
      const malloc = this.exports!.malloc;
      const p = this.allocate ? this.allocate(size)
        : typeof malloc === 'function' ? (malloc as (n: number) => number)(size) : 0;
      if (!p) throw new Error('winsock-wasm: no memory for the asyncify stack (the guest must export malloc, or pass allocate)');
      this.data = p;
    }
    if (reset) {
      // A fresh view: memory may have grown since the last call.
      const view = new DataView(this.memory!.buffer);
      view.setUint32(this.data, this.data + HEADER, true);
      view.setUint32(this.data + 4, this.data + HEADER + this.stackSize, true);
    }
    return this.data;
  }
}
