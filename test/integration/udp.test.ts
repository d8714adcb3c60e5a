// UDP behaviour (test/programs/udp.c).
import { beforeAll, describe, expect, it } from 'vitest';
import { runLines } from '../helpers.js';

let out: Map<string, string>;
beforeAll(async () => {
  out = await runLines('udp');
});

describe('udp.c', () => {
  it('bind assigns ports; a second bind is WSAEINVAL', () => {
    expect(out.get('bind-a')).toBe('0 0');
    expect(out.get('bind-a-again')).toBe('-1 10022');
    expect(out.get('ports-assigned')).toBe('1');
  });
  it('SO_MAX_MSG_SIZE is 65507, and a datagram of that size goes through whole', () => {
    expect(out.get('so-max-msg-size')).toBe('65507');
    expect(out.get('max-datagram-sendto')).toBe('65507 0');
    expect(out.get('max-datagram-recv')).toBe('65507');
    expect(out.get('max-datagram-intact')).toBe('1');
  });
  it('datagrams keep their boundaries, and recvfrom reports the sender', () => {
    expect(out.get('recvfrom-1')).toBe('first');
    expect(out.get('recvfrom-1-fromlen')).toBe('16');
    expect(out.get('recvfrom-1-from-port-matches')).toBe('1');
    expect(out.get('recvfrom-2')).toBe('second!');
  });
  it('a datagram larger than the buffer: WSAEMSGSIZE, the buffer filled with its first part, the rest discarded', () => {
    expect(out.get('truncated-recvfrom')).toBe('-1 10040');
    expect(out.get('truncated-buffer')).toBe('0123');
    expect(out.get('after-truncated')).toBe('next');
  });
  it('WSASendTo of two WSABUFs sends one datagram', () => {
    expect(out.get('WSASendTo-2-buffers')).toBe('0 0');
    expect(out.get('WSASendTo-bytes')).toBe('9');
    expect(out.get('WSASendTo-one-datagram')).toBe('two-parts');
  });
  it('"It may also be used, however, on connectionless sockets which have a stipulated default peer address established through the connect or WSAConnect function."', () => {
    expect(out.get('connect-udp')).toBe('0 0');
    expect(out.get('WSASend-connected-udp')).toBe('0 0');
    expect(out.get('WSASend-connected-udp-bytes')).toBe('11');
    expect(out.get('WSARecvFrom-udp')).toBe('0 0');
    expect(out.get('WSARecvFrom-udp-data')).toBe('via-WSASend');
    expect(out.get('send-connected-udp')).toBe('5 0');
    expect(out.get('recv-connected-udp')).toBe('plain');
    expect(out.get('getpeername-udp')).toBe('0 0');
    expect(out.get('connected-filters')).toBe('peer');
  });
  it('timeouts, WSAEWOULDBLOCK, select and FIONREAD on datagram sockets', () => {
    expect(out.get('udp-rcvtimeo')).toBe('-1 10060');
    expect(out.get('udp-wouldblock')).toBe('-1 10035');
    expect(out.get('udp-select')).toBe('1');
    expect(out.get('udp-fionread')).toBe('5');
  });
});
