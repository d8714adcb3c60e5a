// Waiting for Emscripten guests built with -sASYNCIFY, through Emscripten's own
// Asyncify runtime (exposed by wasm/lib/post.js as Module.__winsock.Asyncify).
import type { Import, MaybeWaiting, Suspender } from './suspender.js';

function noop(): void {}

export interface EmscriptenAsyncify {
  state: number;
  State: { Normal: number; Unwinding: number; Rewinding: number };
  handleSleep(start: (wakeUp: (value: number) => void) => void): number;
}

export class EmscriptenSuspender implements Suspender {
  asyncify: EmscriptenAsyncify | undefined;
  /** Set while the host runs guest code during a suspension (a console control handler): such code cannot wait. */
  noWaitIn: string | undefined;

  wrap(f: MaybeWaiting): Import {
    // Fixed arity and no closure per call: this is on every send and receive.
    return (a0, a1, a2, a3, a4, a5, a6, a7, a8) => {
      const A = this.asyncify!;
      // Resuming: the import is called again with the same arguments; hand back the stored result.
      if (A.state === A.State.Rewinding) return A.handleSleep(noop);
      const r = f(a0, a1, a2, a3, a4, a5, a6, a7, a8);
      if (typeof r === 'number') return r;
      if (this.noWaitIn !== undefined) throw new WaitInCallback(this.noWaitIn);
      return A.handleSleep((wakeUp) => {
        r.then(wakeUp, (e) => {
          process.stderr.write(`winsock-wasm: internal error: ${(e as Error)?.stack ?? e}\n`);
          wakeUp(-1);
        });
      });
    };
  }
}

/** A call that would wait, made by guest code the host runs while the program's one thread is suspended. */
export class WaitInCallback extends Error {
  constructor(readonly where: string) {
    super(`${where} called a function that would wait; it runs while the program's only thread waits, so it cannot wait itself (threads will allow it)`);
  }
}
