// Waiting without spinning: a wait is a promise settled by a socket event or a timer.
import type { Outcome } from './errors.js';

/** A waiter re-checks its condition when poked; it answers true once it has finished. */
export type Waiter = () => boolean;

/** A source of readiness changes (one per socket). */
export class Notifier {
  private waiters: Waiter[] = [];
  add(w: Waiter): void { this.waiters.push(w); }
  remove(w: Waiter): void {
    const i = this.waiters.indexOf(w);
    if (i >= 0) this.waiters.splice(i, 1);
  }
  get idle(): boolean { return this.waiters.length === 0; }
  notify(): void {
    const n = this.waiters.length;
    if (n === 0) return;
    if (n === 1) { this.waiters[0](); return; }
    for (const w of this.waiters.slice()) w();
  }
}

/**
 * Wait until `attempt` gives an outcome (undefined means "not yet"), re-trying it
 * whenever one of `sources` notifies. `timeoutMs` < 0 waits forever.
 */
export function waitFor(
  sources: readonly Notifier[],
  attempt: () => Outcome | undefined,
  timeoutMs: number,
  onTimeout: () => Outcome,
): Promise<Outcome> {
  return new Promise<Outcome>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const finish = (r: Outcome) => {
      done = true;
      for (const s of sources) s.remove(waiter);
      if (timer !== undefined) clearTimeout(timer);
      resolve(r);
    };
    const waiter: Waiter = () => {
      if (done) return true;
      const r = attempt();
      if (r === undefined) return false;
      finish(r);
      return true;
    };
    for (const s of sources) s.add(waiter);
    if (timeoutMs >= 0) timer = setTimeout(() => { if (!done) finish(onTimeout()); }, timeoutMs);
  });
}

/** A plain timed sleep (Sleep/SleepEx, select with no sockets ready and only a timeout). */
export function sleep(ms: number): Promise<Outcome> {
  return new Promise((resolve) => setTimeout(() => resolve(0), ms));
}
