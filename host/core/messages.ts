// The thread's message queue (user32): posted messages, the quit flag, window timers, and
// the "new input" state MsgWaitForMultipleObjects and GetQueueStatus report. Windows are guest
// objects (wasm/runtime/user32_window.c keeps classes, window procedures and the
// send/dispatch calls); the queue only carries their handles. WSAAsyncSelect's
// notifications and everything PostMessage sends arrive here.
import type { MaybeAsync, Outcome } from './errors.js';
import { tickMs } from './clock.js';
import { WAIT_TIMED_OUT, waitForObjects, type ApcQueue, type Waitable } from './events.js';
import { Notifier, waitFor } from './wait.js';

/** GetQueueStatus / MsgWaitForMultipleObjects wake bits (winuser.h QS_*). */
export const QS = {
  KEY: 0x1, MOUSEMOVE: 0x2, MOUSEBUTTON: 0x4, POSTMESSAGE: 0x8, TIMER: 0x10, PAINT: 0x20,
  SENDMESSAGE: 0x40, HOTKEY: 0x80, ALLPOSTMESSAGE: 0x100, RAWINPUT: 0x400,
} as const;
const POSTED = QS.POSTMESSAGE | QS.ALLPOSTMESSAGE;

export const WM_QUIT = 0x0012;
export const WM_TIMER = 0x0113;
/** SetTimer's elapse is clamped to [USER_TIMER_MINIMUM, USER_TIMER_MAXIMUM] ms. */
export const USER_TIMER_MINIMUM = 0x0000000a;
export const USER_TIMER_MAXIMUM = 0x7fffffff;
/** The first identifier given to a timer with no window (the value Wine gives; Windows' differ and are opaque). */
const FIRST_THREAD_TIMER = 0x7fff;
/** GetMessage's hWnd of -1: only the messages posted with no window (PostThreadMessage). */
export const THREAD_MESSAGES = 0xffffffff;

const timerKey = (hwnd: number, id: number) => `${hwnd}:${id}`;

export interface Message {
  hwnd: number;
  message: number;
  wParam: number;
  lParam: number;
  /** The tick count when it was posted. */
  time: number;
}

/** Which messages GetMessage / PeekMessage take. */
export interface MessageFilter {
  /** 0: any (the thread's windows and its window-less messages); THREAD_MESSAGES; or one window. */
  hwnd: number;
  /** The inclusive range of message numbers; 0 and 0: all. */
  min: number;
  max: number;
  /** QS_ bits of the kinds to look at (PeekMessage's PM_QS_* flags); 0: all. */
  kinds: number;
}

interface Timer {
  hwnd: number;
  id: number;
  elapse: number;
  /** The TIMERPROC DispatchMessage calls, or 0 (the window procedure gets WM_TIMER). */
  proc: number;
  /** When WM_TIMER is next due, on the tick clock. */
  due: number;
}

export class MessageQueue {
  /** Notified when something arrives: a posted message, the quit flag, a timer set or changed. */
  readonly ready = new Notifier();
  private readonly posted: Message[] = [];
  /** PostQuitMessage's exit code, until WM_QUIT is retrieved. */
  private quitCode: number | undefined;
  /** By window and id (`timerKey`). */
  private readonly timers = new Map<string, Timer>();
  private nextThreadTimer = FIRST_THREAD_TIMER;
  /** QS_ bits of what arrived since the queue was last looked at (GetMessage, PeekMessage, GetQueueStatus). */
  private changed = 0;
  /** When it was last looked at: a timer that fell due since then is new input too. */
  private lookedAt = tickMs();

  post(hwnd: number, message: number, wParam: number, lParam: number): void {
    this.posted.push({ hwnd: hwnd >>> 0, message: message >>> 0, wParam: wParam >>> 0, lParam: lParam >>> 0, time: tickMs() >>> 0 });
    this.changed |= POSTED;
    this.ready.notify();
  }

  /** PostQuitMessage: WM_QUIT is retrieved once the posted messages before it are gone. */
  postQuit(exitCode: number): void {
    this.quitCode = exitCode | 0;
    this.changed |= POSTED;
    this.ready.notify();
  }

  /**
   * SetTimer: a timer of a window replaces the window's timer with that id; one with no window
   * replaces the thread's timer with that id if there is one, and otherwise gets a new id.
   * Gives the timer's id (nonzero), or 0 when the thread has no identifier left.
   */
  setTimer(hwnd: number, id: number, elapse: number, proc: number): number {
    hwnd >>>= 0; id >>>= 0;
    const ms = Math.min(Math.max(elapse >>> 0, USER_TIMER_MINIMUM), USER_TIMER_MAXIMUM);
    let t = hwnd !== 0 || id !== 0 ? this.timers.get(timerKey(hwnd, id)) : undefined;
    if (!t) {
      if (hwnd === 0) id = this.newThreadTimerId();
      if (id === 0 && hwnd === 0) return 0; // every identifier in use
      t = { hwnd, id, elapse: ms, proc: 0, due: 0 };
      this.timers.set(timerKey(hwnd, id), t);
    }
    t.elapse = ms;
    t.proc = proc >>> 0;
    t.due = tickMs() + ms;
    this.ready.notify(); // a wait in progress takes the new deadline
    return hwnd === 0 ? t.id : t.id || 1;
  }

  /** A free identifier for a timer with no window, 0x7FFF to 0xFFFF in turn; 0 when all are in use. */
  private newThreadTimerId(): number {
    for (let tries = 0; tries <= 0xffff - FIRST_THREAD_TIMER; tries++) {
      const id = this.nextThreadTimer;
      this.nextThreadTimer = id >= 0xffff ? FIRST_THREAD_TIMER : id + 1;
      if (!this.timers.has(timerKey(0, id))) return id;
    }
    return 0;
  }

  /** KillTimer: false when there is no such timer. A WM_TIMER not yet retrieved goes with it. */
  killTimer(hwnd: number, id: number): boolean {
    return this.timers.delete(timerKey(hwnd >>> 0, id >>> 0));
  }

  /** DestroyWindow: the window's timers go, and the messages posted to it are dropped. */
  dropWindow(hwnd: number): void {
    hwnd >>>= 0;
    for (const [k, t] of this.timers) if (t.hwnd === hwnd) this.timers.delete(k);
    for (let i = this.posted.length - 1; i >= 0; i--) if (this.posted[i].hwnd === hwnd) this.posted.splice(i, 1);
  }

  /**
   * The first message the filter takes, in Windows' order: posted messages, then WM_QUIT
   * (whatever the filter), then a timer that is due. `remove` takes it off the queue (a
   * timer's next WM_TIMER is then one period away). Looking clears the "new" state of the
   * kinds looked at.
   */
  take(filter: MessageFilter, remove: boolean): Message | undefined {
    const kinds = filter.kinds || ~0;
    const now = tickMs();
    this.changed &= ~kinds;
    this.lookedAt = now;
    const max = filter.min === 0 && filter.max === 0 ? 0xffffffff : filter.max >>> 0;
    const min = filter.min >>> 0;
    const window = (hwnd: number) => filter.hwnd === 0 || (filter.hwnd === THREAD_MESSAGES ? hwnd === 0 : hwnd === filter.hwnd);
    if (kinds & QS.POSTMESSAGE) {
      const i = this.posted.findIndex((m) => window(m.hwnd) && m.message >= min && m.message <= max);
      if (i >= 0) return remove ? this.posted.splice(i, 1)[0] : { ...this.posted[i] };
      if (this.quitCode !== undefined) {
        const m = { hwnd: 0, message: WM_QUIT, wParam: this.quitCode >>> 0, lParam: 0, time: now >>> 0 };
        if (remove) this.quitCode = undefined;
        return m;
      }
    }
    if ((kinds & QS.TIMER) && WM_TIMER >= min && WM_TIMER <= max) {
      let first: Timer | undefined;
      for (const t of this.timers.values()) if (t.due <= now && window(t.hwnd) && (!first || t.due < first.due)) first = t;
      if (first) {
        if (remove) first.due = now + first.elapse;
        return { hwnd: first.hwnd, message: WM_TIMER, wParam: first.id, lParam: first.proc, time: now >>> 0 };
      }
    }
    return undefined;
  }

  /** QS_ bits of what is in the queue now, and of what arrived since it was last looked at. */
  private state(now: number): { current: number; fresh: number } {
    let current = this.posted.length || this.quitCode !== undefined ? POSTED : 0;
    let fresh = this.changed;
    for (const t of this.timers.values()) {
      if (t.due > now) continue;
      current |= QS.TIMER;
      if (t.due > this.lookedAt) fresh |= QS.TIMER;
    }
    return { current, fresh };
  }

  /** Is there input of the kinds in `mask`: any (MWMO_INPUTAVAILABLE), or only what is new since the last look? */
  hasInput(mask: number, onlyNew: boolean): boolean {
    const s = this.state(tickMs());
    return ((onlyNew ? s.fresh : s.current) & mask) !== 0;
  }

  /** GetQueueStatus: HIWORD what is in the queue, LOWORD what is new; it counts as a look. */
  status(flags: number): number {
    const now = tickMs();
    const s = this.state(now);
    this.changed = 0;
    this.lookedAt = now;
    return (((s.current & flags) & 0xffff) << 16 | ((s.fresh & flags) & 0xffff)) >>> 0;
  }

  /** When the next timer falls due (the tick clock), or Infinity when none will. */
  private nextDue(): number {
    const now = tickMs();
    let next = Infinity;
    for (const t of this.timers.values()) if (t.due > now && t.due < next) next = t.due;
    return next;
  }

  /** Milliseconds until the next timer falls due, or -1 when none will. */
  private untilTimer(): number {
    const next = this.nextDue();
    return next === Infinity ? -1 : Math.max(1, Math.ceil(next - tickMs()));
  }

  /** GetMessage: the next message the filter takes, removed, waiting (without spinning) until one comes. */
  get(filter: MessageFilter): Message | Promise<Message> {
    const now = this.take(filter, true);
    if (now) return now;
    return (async () => {
      for (;;) {
        let got: Message | undefined;
        await this.untilChange(() => (got = this.take(filter, true)) !== undefined);
        if (got) return got;
      }
    })();
  }

  /**
   * One wait for `ready` to hold, bounded by the next timer's due time, since a timer falling
   * due is not an event anything notifies. A timer set meanwhile to fall due earlier ends the
   * wait too, so that the caller waits again with the new deadline.
   */
  private untilChange(ready: () => boolean): Promise<Outcome> {
    const planned = this.nextDue();
    return waitFor([this.ready], () => (ready() ? 1 : this.nextDue() < planned ? 0 : undefined), this.untilTimer(), () => WAIT_TIMED_OUT);
  }

  /** The queue as one of the objects of a wait (MsgWaitForMultipleObjectsEx): signalled while it has such input. */
  waitable(mask: number, onlyNew: boolean): Waitable {
    const queue = this;
    return { ready: this.ready, get signaled() { return queue.hasInput(mask, onlyNew); }, acquire() {} };
  }

  /**
   * MsgWaitForMultipleObjectsEx: wait for `objects` (any, or all with `all`) or for input of
   * the kinds in `mask`; the input counts as object number objects.length. Timers falling due
   * are input, so the wait wakes for each.
   */
  waitWithInput(objects: Waitable[], all: boolean, mask: number, onlyNew: boolean, timeoutMs: number, apcs: ApcQueue | undefined): MaybeAsync {
    const input = this.waitable(mask, onlyNew);
    const deadline = timeoutMs < 0 ? Infinity : tickMs() + timeoutMs;
    const step = (): MaybeAsync => {
      const left = deadline === Infinity ? -1 : Math.max(0, Math.ceil(deadline - tickMs()));
      const timer = mask & QS.TIMER ? this.untilTimer() : -1;
      const ms = timer < 0 ? left : left < 0 ? timer : Math.min(timer, left);
      const r = waitForObjects([...objects, input], all, ms, apcs);
      const after = (o: Outcome): MaybeAsync => (o === WAIT_TIMED_OUT && tickMs() < deadline ? step() : o);
      return r instanceof Promise ? r.then(after) : after(r);
    };
    return step();
  }
}
