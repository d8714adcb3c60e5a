// --allow rules and the check of a target against them. The proxy is closed by default:
// a target is reachable only when a rule admits the address actually connected to,
// after resolution, with IPv4-mapped IPv6 seen as the IPv4 address it is.
import dns from 'node:dns';
import net from 'node:net';

/** One --allow rule: an address range or a host name, and a port range. */
export type AllowRule =
  | { kind: 'net'; bytes: Uint8Array; prefix: number; lo: number; hi: number; text: string }
  | { kind: 'host'; name: string; lo: number; hi: number; text: string };

/** Parses `host:port`, `host:lo-hi`, `host:*`, `a.b.c.d/n:port`, `[v6]:port`, `v6/n:port`. */
export function parseRule(text: string): AllowRule {
  const i = text.lastIndexOf(':');
  if (i <= 0) throw new Error(`--allow ${text}: a port or port range is required (host:port, host:lo-hi, host:*)`);
  let host = text.slice(0, i);
  const ports = text.slice(i + 1);
  host = host.replace(/^\[([^\]]*)\]/, '$1'); // [v6]:port and [v6]/n:port
  const [lo, hi] = parsePorts(ports, text);
  const slash = host.indexOf('/');
  const ipPart = slash >= 0 ? host.slice(0, slash) : host;
  const ip = parseIp(ipPart);
  if (ip) {
    const max = ip.length * 8;
    const prefix = slash >= 0 ? Number(host.slice(slash + 1)) : max;
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > max || (slash >= 0 && !/^\d+$/.test(host.slice(slash + 1)))) {
      throw new Error(`--allow ${text}: bad prefix length`);
    }
    return { kind: 'net', bytes: ip, prefix, lo, hi, text };
  }
  if (slash >= 0 || !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(host)) throw new Error(`--allow ${text}: not an address, CIDR range or host name`);
  return { kind: 'host', name: host.toLowerCase(), lo, hi, text };
}

function parsePorts(s: string, text: string): [number, number] {
  if (s === '*') return [1, 65535];
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(s);
  const lo = m ? Number(m[1]) : NaN;
  const hi = m && m[2] !== undefined ? Number(m[2]) : lo;
  if (!(lo >= 1 && hi <= 65535 && lo <= hi)) throw new Error(`--allow ${text}: bad port or port range`);
  return [lo, hi];
}

/**
 * An address literal in its canonical form only (dotted-quad IPv4, or IPv6), as bytes;
 * IPv4-mapped IPv6 (::ffff:a.b.c.d, ::ffff:7f00:1) becomes the 4 IPv4 bytes.
 * Decimal (2130706433), octal (0177.0.0.1) and other legacy forms are not literals here.
 */
export function parseIp(text: string): Uint8Array | undefined {
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  const kind = net.isIP(text);
  if (kind === 4) {
    const parts = text.split('.');
    if (parts.some((p) => p.length > 1 && p.startsWith('0'))) return undefined; // leading zeros: octal in inet_aton
    return Uint8Array.from(parts.map(Number));
  }
  if (kind !== 6) return undefined;
  const b = parseIpv6(text);
  const mapped = b.subarray(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff;
  return mapped ? b.slice(12) : b;
}

function parseIpv6(text: string): Uint8Array {
  // `text` passed net.isIPv6. A dotted IPv4 tail stands for the last two words.
  const last = text.lastIndexOf(':');
  const v4 = text.includes('.') ? text.slice(last + 1).split('.').map(Number) : undefined;
  const t = v4 ? text.slice(0, last + 1) + '0:0' : text;
  const hex = (s: string) => (s === '' ? [] : s.split(':').map((w) => parseInt(w, 16)));
  const gap = t.indexOf('::');
  let words: number[];
  if (gap < 0) words = hex(t);
  else {
    const h = hex(t.slice(0, gap));
    const r = hex(t.slice(gap + 2));
    words = [...h, ...new Array<number>(8 - h.length - r.length).fill(0), ...r];
  }
  if (v4) { words[6] = (v4[0] << 8) | v4[1]; words[7] = (v4[2] << 8) | v4[3]; }
  const out = new Uint8Array(16);
  words.forEach((w, i) => { out[2 * i] = w >> 8; out[2 * i + 1] = w & 0xff; });
  return out;
}

/** The text form of canonical address bytes (what the proxy connects to). */
export function ipText(b: Uint8Array): string {
  if (b.length === 4) return b.join('.');
  const w: string[] = [];
  for (let i = 0; i < 16; i += 2) w.push(((b[i] << 8) | b[i + 1]).toString(16));
  // RFC 5952: the longest run of two or more zero words (the first of equals) becomes "::".
  let at = -1, len = 0;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && w[j] === '0') j++;
    if (j - i > len && j - i >= 2) { at = i; len = j - i; }
    i = j > i ? j : i + 1;
  }
  if (at < 0) return w.join(':');
  return `${w.slice(0, at).join(':')}::${w.slice(at + len).join(':')}`;
}

function inNet(ip: Uint8Array, r: { bytes: Uint8Array; prefix: number }): boolean {
  if (ip.length !== r.bytes.length) return false;
  let bits = r.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((ip[i] & mask) !== (r.bytes[i] & mask)) return false;
  }
  return true;
}

function unspecified(ip: Uint8Array): boolean {
  // 0.0.0.0/8 and :: reach this host on Linux: never a target, whatever the rules say.
  return ip.length === 4 ? ip[0] === 0 : ip.every((x) => x === 0);
}

function resolveAll(name: string): Promise<Uint8Array[]> {
  return new Promise((resolve) => {
    dns.lookup(name, { all: true, verbatim: true }, (err, addrs) => {
      if (err) return resolve([]);
      resolve(addrs.map((a) => parseIp(a.address)).filter((b): b is Uint8Array => b !== undefined));
    });
  });
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export class AllowList {
  constructor(readonly rules: AllowRule[]) {}

  /** Whether `ip` (canonical bytes) and `port` are admitted. Host rules are resolved now. */
  async admits(ip: Uint8Array, port: number): Promise<boolean> {
    if (unspecified(ip)) return false;
    for (const r of this.rules) {
      if (port < r.lo || port > r.hi) continue;
      if (r.kind === 'net' ? inNet(ip, r) : (await resolveAll(r.name)).some((a) => same(a, ip))) return true;
    }
    return false;
  }

  /**
   * Resolves a target as the client named it (a literal, a name, or a legacy numeric form)
   * and picks the first resolved address the rules admit. The caller connects to exactly
   * that address, so no second resolution can change it.
   */
  async pick(target: string, port: number): Promise<{ address: string; family: 4 | 6 } | 'EACCES' | 'EHOSTUNREACH'> {
    const literal = parseIp(target);
    const candidates = literal ? [literal] : await resolveAll(target);
    if (candidates.length === 0) return 'EHOSTUNREACH';
    for (const ip of candidates) {
      if (await this.admits(ip, port)) return { address: ipText(ip), family: ip.length === 4 ? 4 : 6 };
    }
    return 'EACCES';
  }
}
