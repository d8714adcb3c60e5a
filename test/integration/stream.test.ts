// TCP behaviour (test/programs/stream.c) against the reference and Windows rules.
import { beforeAll, describe, expect, it } from 'vitest';
import { runLines } from '../helpers.js';

let out: Map<string, string>;
beforeAll(async () => {
  out = await runLines('stream');
});

describe('stream.c', () => {
  it('connect, accept and the addresses of both ends', () => {
    expect(out.get('listener-port-nonzero')).toBe('1');
    expect(out.get('connect')).toBe('0 0');
    expect(out.get('connect-again')).toBe('-1 10056'); // WSAEISCONN
    expect(out.get('accept-ok')).toBe('1');
    expect(out.get('accept-addrlen')).toBe('16');
    expect(out.get('accept-peer')).toBe('127.0.0.1');
    expect(out.get('peer-port-matches')).toBe('1');
    expect(out.get('getsockname-short')).toBe('-1 10014'); // namelen too small: WSAEFAULT
  });
  it('socket options: SO_TYPE, SO_ACCEPTCONN, the 64 KiB SO_SNDBUF default, unknown and short options', () => {
    expect(out.get('so-type')).toBe('1');
    expect(out.get('so-acceptconn-listener')).toBe('1');
    expect(out.get('so-acceptconn-client')).toBe('0');
    expect(out.get('so-sndbuf-default')).toBe('65536');
    expect(out.get('getsockopt-unknown')).toBe('-1 10042'); // WSAENOPROTOOPT
    expect(out.get('getsockopt-short')).toBe('-1 10014');
  });
  it('"It allows multiple send buffers to be specified making it applicable to the scatter/gather type of I/O."', () => {
    expect(out.get('WSASend-3-buffers')).toBe('0 0');
    expect(out.get('WSASend-bytes-sent')).toBe('17');
    expect(out.get('peek-nonzero')).toBe('1');
    expect(out.get('waitall-4')).toBe('4');
    expect(out.get('WSARecv-total')).toBe('13');
    expect(out.get('WSARecv-first')).toBe('scatter-ga');
    expect(out.get('WSARecv-second')).toBe('ther-io');
    expect(out.get('WSARecv-flags-out')).toBe('0');
  });
  it('FIONREAD counts queued bytes; MSG_PEEK leaves them in place', () => {
    expect(out.get('fionread')).toBe('10');
    expect(out.get('peek-3')).toBe('012');
    expect(out.get('after-peek')).toBe('0123456789');
  });
  it('select reports writable sockets, leaves idle ones out, and times out with 0', () => {
    expect(out.get('select-idle-count')).toBe('1');
    expect(out.get('select-idle-readable')).toBe('0');
    expect(out.get('select-writable')).toBe('1');
    expect(out.get('select-timeout')).toBe('0');
  });
  it('SO_RCVTIMEO (DWORD milliseconds on Windows) expires with WSAETIMEDOUT', () => {
    expect(out.get('rcvtimeo-recv')).toBe('-1 10060');
    expect(out.get('rcvtimeo-waited-at-least-100ms')).toBe('1');
  });
  it('"If the socket is nonblocking and stream oriented, and there is not sufficient space in the transport\'s buffer, WSASend will return with only part of the application\'s buffers having been consumed."', () => {
    expect(out.get('nonblocking-recv')).toBe('-1 10035');
    expect(out.get('nonblocking-send-wouldblock')).toBe('1');
    expect(out.get('nonblocking-send-partial-seen')).toBe('1');
    expect(out.get('nonblocking-send-bounded')).toBe('1');
    expect(out.get('nonblocking-send-all-arrived')).toBe('1');
  });
  it('graceful close makes recv return 0; the other direction of a half-closed connection still works', () => {
    expect(out.get('before-close-data')).toBe('3');
    expect(out.get('graceful-close-recv')).toBe('0 0');
    expect(out.get('half-closed-send')).toBe('5 0');
    expect(out.get('half-closed-recv')).toBe('5');
  });
  it('"The virtual circuit was reset by the remote side." (WSAECONNRESET 10054), and it stays reset', () => {
    expect(out.get('reset-recv')).toBe('-1 10054');
    expect(out.get('reset-recv-again')).toBe('-1 10054');
  });
  it('a refused connect is WSAECONNREFUSED (10061)', () => {
    expect(out.get('refused-connect-closed-listener')).toBe('-1 10061');
  });
  it('non-blocking connect: WSAEWOULDBLOCK, WSAEALREADY, then writable; a failure shows in exceptfds with SO_ERROR', () => {
    expect(out.get('nonblocking-connect')).toBe('-1 10035');
    expect(out.get('nonblocking-connect-again')).toBe('-1 10037');
    expect(out.get('nonblocking-connect-select')).toBe('1');
    expect(out.get('nonblocking-connect-writable')).toBe('1');
    expect(out.get('failed-connect-select')).toBe('1');
    expect(out.get('failed-connect-except')).toBe('1');
    expect(out.get('failed-connect-so-error')).toBe('10061');
  });
  it('bind to an address in use is WSAEADDRINUSE; listen on an unbound socket is WSAEINVAL', () => {
    expect(out.get('bind-in-use')).toBe('-1 10048');
    expect(out.get('listen-unbound')).toBe('-1 10022');
  });
});
