// Command line of winsock-proxy (bin/winsock-proxy.js).
import { DEFAULTS, startProxy, type ProxyOptions } from './server.js';
import { parseRule } from './rules.js';

const USAGE = `usage: winsock-proxy --allow HOST:PORTS [--allow ...] [options]

Bridges WebSocket clients (winsock-wasm programs in a page) to TCP, UDP and DNS.
Closed by default: a target is reachable only when an --allow rule admits the
address actually connected to, after name resolution.

  --allow RULE        HOST:PORT, HOST:LO-HI or HOST:*; HOST is a name, an address,
                      a CIDR range (10.0.0.0/8) or [IPv6]; repeatable
  --listen HOST:PORT  where the proxy listens (default ${DEFAULTS.host}:${DEFAULTS.port}; port 0:
                      one the system picks, printed on start)
  --origin ORIGIN     admit pages from this origin only (repeatable; default: any)
  --token TOKEN       require ?token=TOKEN on the WebSocket URL
  --max-per-client N  WebSocket connections per client address, handshakes included
                      (default ${DEFAULTS.maxPerClient})
  --max-total N       sessions in all (default ${DEFAULTS.maxTotal})
  --max-frame BYTES   largest WebSocket message (default ${DEFAULTS.maxFrame})
  --idle SECONDS      close a session idle this long, 0 never (default ${DEFAULTS.idleMs / 1000})
  --handshake-timeout SECONDS
                      close a connection that has not completed its handshake and sent
                      its first frame this long after connecting, 0 never (default ${DEFAULTS.handshakeMs / 1000})
  --cert FILE --key FILE   serve wss:// (TLS)
`;

export function parseArgs(argv: string[]): ProxyOptions {
  const o: ProxyOptions = {
    host: DEFAULTS.host, port: DEFAULTS.port, allow: [], origins: [],
    maxPerClient: DEFAULTS.maxPerClient, maxTotal: DEFAULTS.maxTotal, maxFrame: DEFAULTS.maxFrame,
    idleMs: DEFAULTS.idleMs, handshakeMs: DEFAULTS.handshakeMs, log: (line) => process.stderr.write(`winsock-proxy: ${line}\n`),
  };
  const num = (flag: string, v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${flag}: not a count: ${v}`);
    return n;
  };
  // 0 is a port too: the system picks one, and the line printed on start says which.
  const port = (flag: string, v: string) => {
    if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) throw new Error(`${flag}: not a port (0-65535): ${v}`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') { process.stdout.write(USAGE); process.exit(0); }
    const v = argv[++i];
    if (v === undefined) throw new Error(`${flag}: a value is required`);
    switch (flag) {
      case '--allow': o.allow.push(parseRule(v)); break;
      case '--listen': {
        const j = v.lastIndexOf(':');
        o.host = j > 0 ? v.slice(0, j).replace(/^\[|\]$/g, '') : o.host;
        o.port = port(flag, j >= 0 ? v.slice(j + 1) : v);
        break;
      }
      case '--origin': o.origins.push(v); break;
      case '--token': o.token = v; break;
      case '--max-per-client': o.maxPerClient = num(flag, v); break;
      case '--max-total': o.maxTotal = num(flag, v); break;
      case '--max-frame': o.maxFrame = num(flag, v); break;
      case '--idle': o.idleMs = num(flag, v) * 1000; break;
      case '--handshake-timeout': o.handshakeMs = num(flag, v) * 1000; break;
      case '--cert': o.cert = v; break;
      case '--key': o.key = v; break;
      default: throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  if (!o.cert !== !o.key) throw new Error('--cert and --key go together');
  return o;
}

export async function main(argv: string[]): Promise<void> {
  let opts: ProxyOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`winsock-proxy: ${(e as Error).message}\n`);
    process.exit(2);
  }
  if (opts.allow.length === 0) opts.log('no --allow rule: every target will be refused');
  if (opts.origins.length === 0) opts.log('no --origin: pages from any origin may use this proxy');
  const p = await startProxy(opts);
  // The line a script waits for: the URL to give the program (WINSOCK_PROXY) or the page.
  process.stdout.write(`winsock-proxy listening on ${p.url}\n`);
}
