// A connect to an address that never answers fails with WSAETIMEDOUT (10060) after Windows'
// 21 s (the SYN and two retransmissions: 3 + 6 + 12 s), not after Linux's 130 s; another limit
// comes from WINSOCK_CONNECT_TIMEOUT_MS (test/programs/connect_timeout.c).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lines, run, unansweredPort } from '../helpers.js';

let target: { port: number; close: () => void };
beforeAll(async () => { target = await unansweredPort(); });
afterAll(() => target.close());

const LIMIT = { WINSOCK_CONNECT_TIMEOUT_MS: '1500' };
const elapsed = (out: Map<string, string>) => Number(out.get('elapsed-ms'));

describe('WINSOCK_CONNECT_TIMEOUT_MS=1500', () => {
  it('a blocking connect fails with WSAETIMEDOUT after the limit', async () => {
    const r = await run('connect_timeout', [String(target.port), 'blocking'], { env: LIMIT });
    const out = lines(r.stdout);
    expect(r.stderr).toBe('');
    expect(out.get('connect')).toBe('-1 10060');
    expect(elapsed(out)).toBeGreaterThanOrEqual(1450);
    expect(elapsed(out)).toBeLessThan(5000);
  });
  it('a non-blocking connect: WSAEWOULDBLOCK, then select puts the socket in exceptfds and SO_ERROR is WSAETIMEDOUT', async () => {
    const out = lines((await run('connect_timeout', [String(target.port), 'nonblocking'], { env: LIMIT })).stdout);
    expect(out.get('connect')).toBe('-1 10035');
    expect(out.get('select')).toBe('1 writable 0 except 1');
    expect(out.get('SO_ERROR')).toBe('10060');
    expect(elapsed(out)).toBeGreaterThanOrEqual(1450);
  });
  it('WSAEventSelect: FD_CONNECT is recorded with WSAETIMEDOUT', async () => {
    const out = lines((await run('connect_timeout', [String(target.port), 'eventselect'], { env: LIMIT })).stdout);
    expect(out.get('connect')).toBe('-1 10035');
    expect(out.get('FD_CONNECT')).toBe('1 10060');
    expect(elapsed(out)).toBeGreaterThanOrEqual(1450);
  });
  it('a value that is not a number of milliseconds is named on stderr and the default applies', async () => {
    const r = await run('connect_timeout', ['1', 'blocking'], { env: { WINSOCK_CONNECT_TIMEOUT_MS: 'soon' } });
    expect(r.stderr).toContain('WINSOCK_CONNECT_TIMEOUT_MS=soon is not a number of milliseconds');
    expect(lines(r.stdout).get('connect')).toBe('-1 10061'); // port 1: refused at once
  });
});

it('by default a blocking connect gives up after 21 s, as Windows does', async () => {
  const r = await run('connect_timeout', [String(target.port), 'blocking'], { timeoutMs: 40_000 });
  const out = lines(r.stdout);
  expect(out.get('connect')).toBe('-1 10060');
  expect(elapsed(out)).toBeGreaterThanOrEqual(20_900);
  expect(elapsed(out)).toBeLessThan(23_000);
}, 45_000);
