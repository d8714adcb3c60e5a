// Waiting for Emscripten guests built with -sASYNCIFY, through Emscripten's own
// Asyncify runtime (exposed by wasm/lib/post.js as Module.__winsock.Asyncify).
import type { Suspender } from './suspender.js';

export interface EmscriptenAsyncify {
  state: number;
  State: { Normal: number; Unwinding: number; Rewinding: number };
  handleSleep(start: (wakeUp: (value: number) => void) => void): number;
}

export class EmscriptenSuspender implements Suspender {
  asyncify: EmscriptenAsyncify | undefined;

  run(op: () => number | Promise<number>): number {
    const A = this.asyncify!;
    // Resuming: the import is called again with the same arguments; hand back the stored result.
    if (A.state === A.State.Rewinding) return A.handleSleep(() => {});
    const r = op();
    if (typeof r === 'number') return r;
    return A.handleSleep((wakeUp) => {
      r.then(wakeUp, (e) => {
        process.stderr.write(`winsock-wasm: internal error: ${(e as Error)?.stack ?? e}\n`);
        wakeUp(-1);
      });
    });
  }
}
