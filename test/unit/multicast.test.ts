// IP multicast in core (host/core/datagram.ts, multicast.ts) over the fake network, and the
// WebSocket proxy transport, which cannot carry it.
import { describe, expect, it } from 'vitest';
import { DatagramSocket } from '../../host/core/datagram.js';
import { webSocketNetwork } from '../../host/transports/websocket.js';
import type { DatagramEvents } from '../../host/core/transport.js';
import { FakeNetwork } from '../fake-network.js';

const LOOPBACK = 0x7f000001; // 127.0.0.1 as IP_MULTICAST_IF's bytes read in network order

describe('multicast in core', () => {
  it('a membership needs a bound socket and a multicast group; a second join is WSAEADDRINUSE, leaving one not joined WSAEINVAL', async () => {
    const net = new FakeNetwork();
    const s = new DatagramSocket(net, 4, 17);
    expect(s.membership(true, '239.1.2.3', LOOPBACK)?.code).toBe('EINVAL'); // not bound
    expect(await s.bind({ family: 4, address: '0.0.0.0', port: 0 })).toBe(0);
    const port = s.local!.port;
    expect(s.membership(true, '10.1.2.3', LOOPBACK)?.code).toBe('EINVAL'); // not a multicast address
    expect(s.membership(true, '239.1.2.3', 0x0a636363)?.code).toBe('EINVAL'); // 10.99.99.99: not this host's
    expect(s.membership(true, '239.1.2.3', LOOPBACK)).toBeUndefined();
    expect([...net.memberships]).toEqual([`${port} 239.1.2.3 127.0.0.1`]);
    expect(s.membership(true, '239.1.2.3', LOOPBACK)?.code).toBe('EADDRINUSE');
    expect(s.membership(false, '239.1.2.3', LOOPBACK)).toBeUndefined();
    expect(net.memberships.size).toBe(0);
    expect(s.membership(false, '239.1.2.3', LOOPBACK)?.code).toBe('EINVAL');
  });

  it('TTL, loop and interface set before bind reach the endpoint when it binds; an interface index names the loopback as 1', async () => {
    const net = new FakeNetwork();
    const s = new DatagramSocket(net, 4, 17);
    s.options.multicastHops = 5;
    s.options.multicastLoop = false;
    expect(s.setMulticastInterface(1)).toBeUndefined(); // index 1 in network order reads as 1
    expect(s.setMulticastInterface(999)?.code).toBe('EINVAL');
    expect(s.options.multicastIf).toBe(1);
    expect(await s.bind({ family: 4, address: '0.0.0.0', port: 0 })).toBe(0);
    expect(net.multicast.get(s.local!.port)).toEqual({ hops: 5, loop: false, iface: '127.0.0.1' });
    s.options.multicastHops = 9;
    s.applyOptions();
    expect(net.multicast.get(s.local!.port)?.hops).toBe(9);
  });

  it('IPv6: ipv6mr_interface is an index; the loopback is "::%" and its name', async () => {
    const net = new FakeNetwork();
    const s = new DatagramSocket(net, 6, 17);
    expect(await s.bind({ family: 6, address: '::', port: 0 })).toBe(0);
    expect(s.membership(true, 'ff02::1:3', 1)).toBeUndefined();
    expect([...net.memberships]).toEqual([`${s.local!.port} ff02::1:3 ::%Loopback Pseudo-Interface 1`]);
    expect(s.membership(true, '2001:db8::1', 0)?.code).toBe('EINVAL');
    expect(s.membership(true, 'ff02::1:4', 7)?.code).toBe('EINVAL'); // no such index
  });
});

describe('the WebSocket proxy transport', () => {
  it('refuses to join or leave a group with WSAEOPNOTSUPP rather than pretending', () => {
    const events: DatagramEvents = { onMessage() {}, onError() {}, onGone() {} };
    const ep = webSocketNetwork({ url: 'ws://proxy.invalid/', WebSocket: class {} as never, sendCallbacks: false }).datagram(4, events);
    expect(ep.addMembership('239.1.2.3', undefined)?.code).toBe('EOPNOTSUPP');
    expect(ep.dropMembership('239.1.2.3', '127.0.0.1')?.code).toBe('EOPNOTSUPP');
  });
});
