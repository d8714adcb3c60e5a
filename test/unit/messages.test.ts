// The message queue of host/core/messages.ts on its own: order, filters, timers, the "new
// input" state, and waits that end for a timer set while they wait.
import { describe, expect, it } from 'vitest';
import { MessageQueue, QS, THREAD_MESSAGES, WM_QUIT, WM_TIMER } from '../../host/core/messages.js';
import { EventObject, WAIT_TIMED_OUT } from '../../host/core/events.js';

const ALL = { hwnd: 0, min: 0, max: 0, kinds: 0 };

describe('MessageQueue', () => {
  it('gives posted messages in order, then WM_QUIT with the exit code, then nothing', () => {
    const q = new MessageQueue();
    q.post(0x100, 0x401, 1, 2);
    q.postQuit(7);
    q.post(0, 0x402, 3, 4);
    expect(q.take(ALL, true)?.message).toBe(0x401);
    expect(q.take(ALL, true)?.message).toBe(0x402);
    const quit = q.take(ALL, true);
    expect([quit?.message, quit?.wParam]).toEqual([WM_QUIT, 7]);
    expect(q.take(ALL, true)).toBeUndefined();
  });

  it('filters by window (-1: messages with no window) and by range; WM_QUIT whatever the filter', () => {
    const q = new MessageQueue();
    q.post(0x100, 0x401, 0, 0);
    q.post(0, 0x402, 0, 0);
    expect(q.take({ ...ALL, hwnd: THREAD_MESSAGES }, false)?.message).toBe(0x402);
    expect(q.take({ ...ALL, hwnd: 0x200 }, false)).toBeUndefined();
    expect(q.take({ ...ALL, min: 0x402, max: 0x402 }, true)?.message).toBe(0x402);
    q.postQuit(1);
    expect(q.take({ hwnd: 0x200, min: 0x500, max: 0x500, kinds: 0 }, true)?.message).toBe(WM_QUIT);
  });

  it('hands out thread timer ids from 0x7FFF, and 0 once all 32769 are in use (no endless search)', () => {
    const q = new MessageQueue();
    expect(q.setTimer(0, 5, 10, 0)).toBe(0x7fff);
    for (let i = 0; i < 0xffff - 0x7fff; i++) expect(q.setTimer(0, 0, 10, 0)).not.toBe(0);
    expect(q.setTimer(0, 0, 10, 0)).toBe(0);
    expect(q.killTimer(0, 0x8000)).toBe(true);
    expect(q.setTimer(0, 0, 10, 0)).toBe(0x8000);
    // A window's timer with an id already used replaces it.
    expect(q.setTimer(0x100, 3, 10, 0)).toBe(3);
    expect(q.setTimer(0x100, 3, 20, 0)).toBe(3);
    expect(q.killTimer(0x100, 3)).toBe(true);
    expect(q.killTimer(0x100, 3)).toBe(false);
  });

  it('GetQueueStatus: what is there in the high word, what is new in the low; looking clears "new"', () => {
    const q = new MessageQueue();
    q.post(0, 0x401, 0, 0);
    expect(q.status(QS.POSTMESSAGE)).toBe((QS.POSTMESSAGE << 16 | QS.POSTMESSAGE) >>> 0);
    expect(q.status(QS.POSTMESSAGE)).toBe((QS.POSTMESSAGE << 16) >>> 0);
    expect(q.hasInput(QS.POSTMESSAGE, true)).toBe(false);
    expect(q.hasInput(QS.POSTMESSAGE, false)).toBe(true);
  });

  it('a GetMessage waiting with no timer wakes for a timer set meanwhile, and gets its WM_TIMER', async () => {
    const q = new MessageQueue();
    const got = q.get(ALL);
    expect(got).toBeInstanceOf(Promise);
    q.setTimer(0x100, 9, 10, 0);
    const m = await got;
    expect([m.message, m.hwnd, m.wParam]).toEqual([WM_TIMER, 0x100, 9]);
  });

  it('MsgWaitForMultipleObjectsEx: the queue is object number n; an event first; a timeout with nothing', async () => {
    const q = new MessageQueue();
    const e = new EventObject(true, false);
    expect(q.waitWithInput([e], false, QS.POSTMESSAGE, true, 0, undefined)).toBe(WAIT_TIMED_OUT);
    const waiting = q.waitWithInput([e], false, QS.POSTMESSAGE, true, 5000, undefined);
    q.post(0, 0x401, 0, 0);
    expect(await waiting).toBe(1);
    e.set();
    expect(q.waitWithInput([e], false, QS.POSTMESSAGE, true, 0, undefined)).toBe(0);
    // All: the event and new input at the same time.
    expect(q.waitWithInput([e], true, QS.POSTMESSAGE, false, 0, undefined)).toBe(0);
  });
});
