// winsock-proxy's command line (host/proxy/cli.ts, docs/PROXY.md).
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../host/proxy/cli.js';
import { DEFAULTS } from '../../host/proxy/server.js';

describe('winsock-proxy options', () => {
  it('--listen HOST:0 asks the system for a port; [v6]:PORT and a bare PORT are accepted', () => {
    expect(parseArgs(['--listen', '127.0.0.1:0'])).toMatchObject({ host: '127.0.0.1', port: 0 });
    expect(parseArgs(['--listen', '[::1]:8080'])).toMatchObject({ host: '::1', port: 8080 });
    expect(parseArgs(['--listen', '9000'])).toMatchObject({ host: DEFAULTS.host, port: 9000 });
  });
  it('--listen with no port, a port past 65535 or one that is not a number is refused, not taken as 0 or left to listen() to throw', () => {
    for (const v of ['127.0.0.1:', '127.0.0.1:65536', '127.0.0.1:80x', '127.0.0.1:-1', '127.0.0.1:1e3']) {
      expect(() => parseArgs(['--listen', v]), v).toThrow(/not a port/);
    }
  });
  it('--handshake-timeout is in seconds, 10 by default, 0 for no limit', () => {
    expect(parseArgs([]).handshakeMs).toBe(10_000);
    expect(parseArgs(['--handshake-timeout', '3']).handshakeMs).toBe(3000);
    expect(parseArgs(['--handshake-timeout', '0']).handshakeMs).toBe(0);
    expect(() => parseArgs(['--handshake-timeout', '-1'])).toThrow();
  });
});
