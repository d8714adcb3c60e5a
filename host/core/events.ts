// Event objects (WSACreateEvent, CreateEvent), the queue of completion routines
// (APCs) waiting for an alertable wait, and waits on both.
import type { CoreError, MaybeAsync, Outcome } from './errors.js';
import { Notifier, waitFor } from './wait.js';

/** What a wait can wait on: an event now; a thread, mutex or message queue as well. */
export interface Waitable {
  readonly ready: Notifier;
  readonly signaled: boolean;
  /** The wait this object satisfied takes it (an auto-reset event is reset). */
  acquire(): void;
}

export class EventObject implements Waitable {
  readonly ready = new Notifier();
  constructor(readonly manualReset: boolean, public signaled: boolean) {}
  set(): void {
    this.signaled = true;
    this.ready.notify();
  }
  reset(): void { this.signaled = false; }
  acquire(): void { if (!this.manualReset) this.signaled = false; }
}

/** A completion routine to be called in guest code at the next alertable wait. */
export interface Apc {
  routine: number;
  error: CoreError | undefined;
  transferred: number;
  overlapped: number;
  flags: number;
  /** Routines of one socket never nest: the queue hands out none while one of it runs. */
  owner: object;
}

export class ApcQueue {
  readonly ready = new Notifier();
  private readonly items: Apc[] = [];
  private readonly running: object[] = [];

  push(apc: Apc): void {
    this.items.push(apc);
    this.ready.notify();
  }
  private nextIndex(): number {
    if (this.running.length === 0) return this.items.length ? 0 : -1;
    for (let i = 0; i < this.items.length; i++) if (!this.running.includes(this.items[i].owner)) return i;
    return -1;
  }
  get runnable(): boolean { return this.items.length > 0 && this.nextIndex() >= 0; }
  /** The next routine whose socket has none running; it counts as running until done(). */
  take(): Apc | undefined {
    const i = this.nextIndex();
    if (i < 0) return undefined;
    const apc = i === 0 ? this.items.shift()! : this.items.splice(i, 1)[0];
    this.running.push(apc.owner);
    return apc;
  }
  done(): void { this.running.pop(); }
}

/** What a wait gives besides the index of a signalled object. */
export const WAIT_TIMED_OUT = -1;
export const WAIT_APC = -2;

/**
 * Wait for any (or all) of `objects`; an alertable wait also ends when a completion
 * routine can run. Gives the index of the object that ended it, WAIT_TIMED_OUT or
 * WAIT_APC. An object that satisfies the wait is taken (an auto-reset event is reset).
 */
export function waitForObjects(objects: readonly Waitable[], all: boolean, timeoutMs: number, apcs: ApcQueue | undefined): MaybeAsync {
  if (apcs?.runnable) return WAIT_APC; // routines first, without building a wait
  const attempt = (): Outcome | undefined => {
    if (apcs?.runnable) return WAIT_APC;
    if (all) {
      if (objects.length === 0 || !objects.every((o) => o.signaled)) return undefined;
      for (const o of objects) o.acquire();
      return 0;
    }
    const i = objects.findIndex((o) => o.signaled);
    if (i < 0) return undefined;
    objects[i].acquire();
    return i;
  };
  const now = attempt();
  if (now !== undefined) return now;
  if (timeoutMs === 0) return WAIT_TIMED_OUT;
  const sources = objects.map((o) => o.ready);
  if (apcs) sources.push(apcs.ready);
  return waitFor(sources, attempt, timeoutMs, () => WAIT_TIMED_OUT);
}
