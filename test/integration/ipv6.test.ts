// IPv6 sockets (test/programs/ipv6.c): AF_INET6 = 23, SOCKADDR_IN6 of 28 bytes.
import { beforeAll, describe, expect, it } from 'vitest';
import { runLines } from '../helpers.js';

let out: Map<string, string>;
beforeAll(async () => {
  out = await runLines('ipv6');
});

describe('ipv6.c', () => {
  it('IPV6_V6ONLY is on by default (Windows) and can change only before bind', () => {
    expect(out.get('v6only-default')).toBe('1');
    // A one-byte BOOLEAN on Windows: getsockopt reports *optlen 1 (Wine's test_set_getsockopt, from Windows).
    expect(out.get('v6only-len')).toBe('1');
    expect(out.get('v6only-after-bind')).toBe('-1 10022');
  });
  it('TCP over ::1 with 28-byte addresses', () => {
    expect(out.get('bind6')).toBe('0 0');
    expect(out.get('bind6-short-namelen')).toBe('-1 10014');
    expect(out.get('listen6')).toBe('0 0');
    expect(out.get('getsockname6-len')).toBe('28');
    expect(out.get('getsockname6-family')).toBe('23');
    expect(out.get('connect6')).toBe('0 0');
    expect(out.get('accept6-len')).toBe('28');
    expect(out.get('accept6-peer')).toBe('::1');
    expect(out.get('recv6')).toBe('over ipv6');
    expect(out.get('connect-v4-addr-on-v6-socket')).toBe('-1 10047');
  });
  it('UDP over ::1; recvfrom needs room for a SOCKADDR_IN6', () => {
    expect(out.get('sendto6')).toBe('6 0');
    expect(out.get('recvfrom6')).toBe('dgram6');
    expect(out.get('recvfrom6-fromlen')).toBe('28');
    expect(out.get('recvfrom6-from')).toBe('::1');
    expect(out.get('recvfrom6-short-fromlen')).toBe('-1 10014');
  });
});
