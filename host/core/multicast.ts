// IP multicast: which group addresses are multicast, and which local interface an
// IP_MULTICAST_IF value, an ip_mreq's imr_interface or an ipv6_mreq's ipv6mr_interface names.
// Interface indices are the ones IP Helper reports (wasm/runtime/iphlpapi.c): the loopback
// interface is 1, the others follow in the host's order.
import { fail, type CoreError } from './errors.js';
import type { HostInterface, Network } from './transport.js';

/** Windows' default IP_MULTICAST_TTL and IPV6_MULTICAST_HOPS: 1, the datagram stays on the local network. */
export const DEFAULT_MULTICAST_HOPS = 1;

/** What a datagram endpoint applies to the multicast datagrams it sends (once bound). */
export interface MulticastSending {
  /** IP_MULTICAST_TTL or IPV6_MULTICAST_HOPS, 0 to 255. */
  hops: number;
  /** IP_MULTICAST_LOOP or IPV6_MULTICAST_LOOP: a sender on this host that is a member receives its own datagrams. */
  loop: boolean;
  /** The outgoing interface: a local IPv4 address, or "::%name" for IPv6; undefined: the system's choice. */
  iface: string | undefined;
}

/** 224.0.0.0/4 (class D) for IPv4, ff00::/8 for IPv6. */
export function isMulticast(family: 4 | 6, address: string): boolean {
  if (family === 4) {
    const first = Number(address.split('.')[0]);
    return first >= 224 && first <= 239;
  }
  return /^ff[0-9a-f]{2}:/i.test(address);
}

/** The interface with this IP Helper index (1: the loopback, then the others in the host's order). */
function interfaceByIndex(net: Network, index: number): HostInterface | undefined {
  const all = net.interfaces();
  const ordered = [...all.filter((i) => i.loopback), ...all.filter((i) => !i.loopback)];
  return index >= 1 ? ordered[index - 1] : undefined;
}

/**
 * An IPv4 interface as IP_MULTICAST_IF and imr_interface give it, the four bytes read in network
 * order: INADDR_ANY (undefined: the system chooses), an address of this host, or an interface
 * index in network byte order, which "must be in the range 0.0.0.1 through 0.255.255.255" (the
 * first byte 0; IPPROTO_IP socket options, IP_MULTICAST_IF). Anything else is WSAEINVAL, as Wine
 * answers for an address the host does not have.
 */
export function ipv4Interface(net: Network, raw: number): string | undefined | CoreError {
  if (raw === 0) return undefined;
  if (raw >>> 24 === 0) {
    const addr = interfaceByIndex(net, raw)?.addresses.find((a) => a.family === 4);
    return addr ? addr.address : fail('EINVAL', 'no IPv4 interface with this index');
  }
  const address = [raw >>> 24, (raw >>> 16) & 0xff, (raw >>> 8) & 0xff, raw & 0xff].join('.');
  const local = net.interfaces().some((i) => i.addresses.some((a) => a.family === 4 && a.address === address));
  return local ? address : fail('EINVAL', 'not an address of this host');
}

/** An IPv6 interface index (IPV6_MULTICAST_IF, ipv6mr_interface): 0 lets the system choose; an unknown index is WSAEINVAL. */
export function ipv6Interface(net: Network, index: number): string | undefined | CoreError {
  if (index === 0) return undefined;
  const i = interfaceByIndex(net, index);
  return i ? `::%${i.name}` : fail('EINVAL', 'no interface with this index');
}
