// The example programs of wasm/examples, and a documentation-style client, against real loopback servers.
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { echoServer, freePort, run } from '../helpers.js';


describe('examples', () => {
  it('tcp_echo: the blocking server and client of one program talk to each other', async () => {
    const port = String(await freePort());
    let ready!: () => void;
    const listening = new Promise<void>((r) => (ready = r));
    const server = run('tcp_echo', ['server', port, '1'], { onStdout: (s) => s.includes('listening') && ready() });
    await listening;
    const client = await run('tcp_echo', ['client', '127.0.0.1', port, 'hello', 'winsock']);
    const s = await server;
    expect(client.stdout).toContain('client: received: hello\nwinsock\n');
    expect(client.stdout).toContain('client: 14 of 14 bytes came back');
    expect(client.code).toBe(0);
    expect(s.stdout).toContain('server: client from 127.0.0.1');
    expect(s.stdout).toContain('server: client closed');
    expect(s.code).toBe(0);
  });

  it('tcp_echo: a refused connection is reported in Windows\' words (FormatMessage)', async () => {
    const port = String(await freePort()); // nothing listens there
    const client = await run('tcp_echo', ['client', '127.0.0.1', port, 'hello']);
    expect(client.stderr).toBe('connect failed: 10061: No connection could be made because the target machine actively refused it.\n');
    expect(client.code).toBe(1);
  });

  it('wsasend_client: WSASend of two WSABUFs and WSARecv into two WSABUFs through an echo server', async () => {
    const srv = await echoServer();
    const r = await run('wsasend_client', ['127.0.0.1', String(srv.port), 'gather me']);
    srv.close();
    expect(r.stdout).toContain('WSASend: 2 buffers, 22 bytes sent');
    expect(r.stdout).toContain('WSARecv: 22 bytes back');
    expect(r.stdout).toContain('header: LEN 00000009');
    expect(r.stdout).toContain('body: gather me');
    expect(r.code).toBe(0);
  });

  it('select_server serves several clients at once', async () => {
    const port = await freePort();
    let ready!: () => void;
    const listening = new Promise<void>((r) => (ready = r));
    const server = run('select_server', [String(port), '3'], { onStdout: (s) => s.includes('listening') && ready() });
    await listening;
    // Three clients connected at the same time, each talking in turns.
    const socks = await Promise.all([0, 1, 2].map(() => new Promise<net.Socket>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => resolve(s));
    })));
    const replies = await Promise.all(socks.map((s, i) => new Promise<string>((resolve) => {
      s.once('data', (d) => resolve(d.toString()));
      s.write(`client ${i}`);
    })));
    expect(replies).toEqual(['CLIENT 0', 'CLIENT 1', 'CLIENT 2']);
    socks.forEach((s) => s.end());
    const r = await server;
    expect(r.stdout).toContain('(3 served)');
    expect(r.stdout).toContain('select_server: done');
    expect(r.code).toBe(0);
  });

  it('udp_exchange: sendto and recvfrom between two programs', async () => {
    const port = String(await freePort());
    let ready!: () => void;
    const bound = new Promise<void>((r) => (ready = r));
    const responder = run('udp_exchange', ['responder', port, '2'], { onStdout: (s) => s.includes('on port') && ready() });
    await bound;
    const sender = await run('udp_exchange', ['sender', '127.0.0.1', port, 'ping', 'pong']);
    const r = await responder;
    expect(sender.stdout).toBe('sender: ack 1: ping\nsender: ack 2: pong\n');
    expect(r.stdout).toMatch(/responder: 4 bytes from 127\.0\.0\.1:\d+: ping/);
    expect(r.code).toBe(0);
    expect(sender.code).toBe(0);
  });

  it('a Windows documentation-style client runs unchanged: prints what it prints on Windows', async () => {
    const srv = await echoServer();
    const r = await run('unseen_client', ['localhost', String(srv.port)]);
    srv.close();
    expect(r.stdout).toBe('Bytes Sent: 14\nBytes received: 14\nConnection closed\n');
    expect(r.code).toBe(0);
  });
});
