// How a guest waits. An import that can finish now returns now; only a real wait suspends.

/** An import's implementation: its value now, or a promise of it. Imports take at most nine i32s. */
export type MaybeWaiting = (...args: number[]) => number | Promise<number>;
export type Import = (a0: number, a1: number, a2: number, a3: number, a4: number, a5: number, a6: number, a7: number, a8: number) => number;

export interface Suspender {
  /** Make an import that returns `f`'s value now, or suspends the guest until its promise settles. */
  wrap(f: MaybeWaiting): Import;
}

/** For guests that cannot suspend: a wait is a host error. */
export const noSuspend: Suspender = {
  wrap(f) {
    return (a0, a1, a2, a3, a4, a5, a6, a7, a8) => {
      const r = f(a0, a1, a2, a3, a4, a5, a6, a7, a8);
      if (typeof r === 'number') return r;
      throw new Error('winsock-wasm: this guest cannot wait (built without Asyncify)');
    };
  },
};
