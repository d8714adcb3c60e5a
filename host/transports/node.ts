// The Node backing: TCP on net, UDP on dgram, names on dns.
import os from 'node:os';
import type { HostInterface, Network } from '../core/transport.js';
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
    interfaces: nodeInterfaces,
  };
}

/** os.networkInterfaces(): a name's entries are its addresses; cidr (or netmask) gives the prefix length. */
export function nodeInterfaces(): HostInterface[] {
  const out: HostInterface[] = [];
  for (const [name, entries] of Object.entries(os.networkInterfaces())) {
    if (!entries || entries.length === 0) continue;
    const mac = Uint8Array.from(entries[0].mac.split(':').map((h) => parseInt(h, 16) & 0xff));
    out.push({
      name,
      loopback: entries.some((e) => e.internal),
      mac: mac.length === 6 ? mac : new Uint8Array(6),
      addresses: entries.map((e) => ({
        family: e.family === 'IPv6' || (e.family as unknown) === 6 ? 6 as const : 4 as const,
        address: e.address,
        prefixLength: prefixLength(e.cidr, e.netmask),
        scopeId: 'scopeid' in e && e.scopeid ? e.scopeid : undefined,
      })),
    });
  }
  return out;
}

function prefixLength(cidr: string | null, netmask: string): number {
  const slash = cidr ? cidr.lastIndexOf('/') : -1;
  if (cidr && slash >= 0) return Number(cidr.slice(slash + 1));
  // The mask's leading one bits: 16 per IPv6 group, 8 per IPv4 octet.
  const bits = netmask.includes(':')
    ? netmask.split(':').map((g) => parseInt(g || '0', 16).toString(2).padStart(16, '0')).join('')
    : netmask.split('.').map((o) => Number(o).toString(2).padStart(8, '0')).join('');
  const n = bits.indexOf('0');
  return n < 0 ? bits.length : n;
}
