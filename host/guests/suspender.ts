// How a guest waits. An import that can finish now returns now; only a real wait suspends.

export interface Suspender {
  /** Run `op`; if it gives a promise, suspend the guest until it settles and return its value. */
  run(op: () => number | Promise<number>): number;
}

/** For guests that cannot suspend: a wait is a host error (used by unit tests of non-blocking paths). */
export const noSuspend: Suspender = {
  run(op) {
    const r = op();
    if (typeof r === 'number') return r;
    throw new Error('winsock-wasm: this guest cannot wait (built without Asyncify)');
  },
};
