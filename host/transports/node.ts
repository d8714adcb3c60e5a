// The Node backing: TCP on net, UDP on dgram, names on dns.
import os from 'node:os';
import type { Network } from '../core/transport.js';
import { connectStream, listenStream, probeStreamBind } from './node-tcp.js';
import { NodeDatagram } from './node-udp.js';
import { lookup, reverse } from './node-dns.js';

export function nodeNetwork(): Network {
  return {
    connect: connectStream,
    listen: listenStream,
    probeBind: probeStreamBind,
    datagram: (family, events) => new NodeDatagram(family, events),
    lookup,
    reverse,
    hostname: () => os.hostname(),
    memory: () => ({ total: os.totalmem(), free: os.freemem() }),
  };
}
