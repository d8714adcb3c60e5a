// Waiting without spinning: a wait is a promise settled by a socket event or a timer.
import type { Outcome } from './errors.js';

/** The longest delay setTimeout takes: Node runs a longer one after 1 ms. */
const MAX_DELAY = 0x7fffffff;

/**
 * A timer for any delay. Windows timeouts are DWORDs of milliseconds (up to 0xFFFFFFFE, about
 * 49.7 days, and select's timeval goes further); Node turns a delay above 2^31-1 ms into 1 ms,
 * so a longer one is a chain of shorter timers.
 */
export class Deadline {
  private handle: ReturnType<typeof setTimeout> | undefined;
  constructor(ms: number, private readonly expire: () => void) { this.arm(ms); }
  private arm(ms: number): void {
    const step = Math.min(ms, MAX_DELAY);
    this.handle = setTimeout(() => (step < ms ? this.arm(ms - step) : this.expire()), step);
  }
  cancel(): void { clearTimeout(this.handle); }
}

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
 *
 * A wait on one source (a blocking recv, send, accept) re-tries at each notification and
 * settles at once. A wait on several (select, WSAPoll, a wait for several events) must
 * report every source that is ready when it returns: the first notification schedules one
 * re-try for the end of this event-loop turn (setImmediate runs after the turn's I/O
 * callbacks), so readiness that arrives in the same turn is gathered, and each notification
 * costs O(1) rather than a re-check of every source.
 */
export function waitFor(
  sources: readonly Notifier[],
  attempt: () => Outcome | undefined,
  timeoutMs: number,
  onTimeout: () => Outcome,
): Promise<Outcome> {
  return new Promise<Outcome>((resolve) => {
    let timer: Deadline | undefined;
    let done = false;
    let scheduled = false;
    const finish = (r: Outcome) => {
      done = true;
      for (const s of sources) s.remove(waiter);
      timer?.cancel();
      resolve(r);
    };
    const retry = (): boolean => {
      scheduled = false;
      if (done) return true;
      const r = attempt();
      if (r === undefined) return false;
      finish(r);
      return true;
    };
    const waiter: Waiter = sources.length > 1
      ? () => {
        if (!done && !scheduled) { scheduled = true; setImmediate(retry); }
        return done;
      }
      : retry;
    for (const s of sources) s.add(waiter);
    // At the deadline a gathered re-try may still be pending: what is ready now is the answer.
    if (timeoutMs >= 0) timer = new Deadline(timeoutMs, () => { if (!done) finish(attempt() ?? onTimeout()); });
  });
}

/** A plain timed sleep (Sleep/SleepEx, select with no sockets ready and only a timeout); ms < 0: forever. */
export function sleep(ms: number): Promise<Outcome> {
  return new Promise((resolve) => { if (ms >= 0) new Deadline(ms, () => resolve(0)); });
}
