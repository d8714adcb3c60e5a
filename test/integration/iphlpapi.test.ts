// IP Helper (wasm/runtime/iphlpapi.c over the host's list of interfaces): test/programs/iphlpapi.c
// prints the error-code protocol ("proto-" lines), compared with what the same source built by
// mingw-w64 prints under Wine (test/fixtures/iphlpapi/protocol.wine.txt:
//   x86_64-w64-mingw32-gcc test/programs/iphlpapi.c -liphlpapi -lws2_32 -o i.exe &&
//   WINEDEBUG=-all wine i.exe | tr -d '\r' | grep '^proto-'),
// except where Wine and Microsoft's documentation disagree (the sentence is quoted); and the
// adapters it finds, compared with os.networkInterfaces() of this process.
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { buildPage, CHROMIUM, haveChromium, staticServer } from '../page.js';
import { ROOT } from '../paths.js';

interface Adapter {
  friendly: string;
  fields: Map<string, string>;
  unicast: { family: number; address: string; prefix: number; scope?: number }[];
  prefixes: string[];
  details: string[];
}

function parse(stdout: string): { adapters: Adapter[]; lines: Map<string, string> } {
  const adapters: Adapter[] = [];
  const lines = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const top = /^(\S[^:]*): (.*)$/.exec(line);
    if (top) {
      if (top[1] === 'adapter') adapters.push({ friendly: top[2], fields: new Map(), unicast: [], prefixes: [], details: [] });
      else if (top[1] === 'info') lines.set(`info ${top[2].split(' ')[0]}`, top[2]);
      else lines.set(top[1], top[2]);
      continue;
    }
    const sub = /^ {2}([^:]+): ?(.*)$/.exec(line);
    const a = adapters[adapters.length - 1];
    if (!sub || !a) continue;
    if (sub[1] === 'unicast') {
      const [family, address, prefix, , scope] = sub[2].split(' ');
      a.unicast.push({ family: Number(family), address, prefix: Number(prefix), scope: scope ? Number(scope.slice('scope='.length)) : undefined });
    } else if (sub[1] === 'prefix') a.prefixes.push(sub[2]);
    else if (sub[1] === 'unicast-detail') a.details.push(sub[2]);
    else a.fields.set(sub[1], sub[2]);
  }
  return { adapters, lines };
}

const host = Object.entries(os.networkInterfaces()).filter(([, e]) => e && e.length > 0) as [string, os.NetworkInterfaceInfo[]][];
const prefixOf = (e: os.NetworkInterfaceInfo) => Number(e.cidr!.split('/')[1]);
const v4Adapters = host.filter(([, e]) => !e.some((x) => x.internal) && e.some((x) => x.family === 'IPv4'));

describe('IP Helper (iphlpapi.h, netioapi.h)', () => {
  let out: string;
  beforeAll(async () => {
    const r = await run('iphlpapi');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    out = r.stdout;
  });

  it('the buffer-size and error-code protocol is mingw-w64 under Wine\'s, except where the documentation says otherwise', () => {
    let golden = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'iphlpapi', 'protocol.wine.txt'), 'utf8');
    const documented: Record<string, string> = {
      // GetAdaptersAddresses, ERROR_INVALID_PARAMETER: "This error is returned for any of the following
      // conditions: the SizePointer parameter is NULL, the Address parameter is not AF_INET, AF_INET6,
      // or AF_UNSPEC ..." (Wine checks the family after the buffer size, and answers 111.)
      'proto-gaa-bad-family: 111 size-kept=0\n': 'proto-gaa-bad-family: 87 size-kept=1\n',
      'proto-gaa-family-10: 111\n': 'proto-gaa-family-10: 87\n',
      // ConvertInterfaceLuidToNameA, ERROR_NOT_ENOUGH_MEMORY: "This error is returned if the size of the
      // buffer pointed to by InterfaceName parameter was not large enough as specified in the Length
      // parameter to hold the interface name." (Wine answers ERROR_INSUFFICIENT_BUFFER, 122.)
      'proto-luid-to-name-short: 122\n': 'proto-luid-to-name-short: 8\n',
    };
    for (const [wine, doc] of Object.entries(documented)) {
      expect(golden).toContain(wine);
      golden = golden.replace(wine, doc);
    }
    if (v4Adapters.length === 0) {
      // GetAdaptersInfo: "ERROR_NO_DATA: No adapter information exists for the local computer."
      golden = golden.replace(/proto-gai-(null-buffer|short|exact): .*\n/g, (_, k: string) => `proto-gai-${k}: 232${k === 'exact' ? '' : k === 'short' ? ' size=need=1' : ' size>0=0'}\n`);
    }
    const proto = out.split('\n').filter((l) => l.startsWith('proto-')).join('\n') + '\n';
    expect(proto).toBe(golden);
  });

  it('every interface and address os.networkInterfaces() lists is an adapter with that address and prefix length; MAC bytes, types and indices as Windows numbers them', () => {
    const { adapters, lines } = parse(out);
    expect(adapters.map((a) => a.friendly).sort()).toEqual(host.map(([n]) => n).sort());
    // "The GetNumberOfInterfaces function returns the number of interfaces on the local computer, including the loopback interface."
    expect(lines.get('interfaces')).toBe(String(host.length));
    let ethernet = 0;
    for (const [name, entries] of host) {
      const a = adapters.find((x) => x.friendly === name)!;
      const loopback = entries.some((e) => e.internal);
      for (const e of entries) {
        const fam = e.family === 'IPv4' ? 4 : 6;
        expect(a.unicast, `${name} ${e.address}`).toContainEqual(expect.objectContaining({ family: fam, address: e.address, prefix: prefixOf(e) }));
      }
      expect(a.unicast).toHaveLength(entries.length);
      // IPv6 first, as Windows lists them.
      const fams = a.unicast.map((u) => u.family);
      expect(fams).toEqual([...fams].sort((x, y) => y - x));
      expect(a.fields.get('name')).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/);
      expect(a.fields.get('oper')).toBe('1'); // IfOperStatusUp
      expect(a.details.every((d) => d === 'length=48 dad=4')).toBe(true); // sizeof(IP_ADAPTER_UNICAST_ADDRESS_LH), IpDadStatePreferred
      const has4 = entries.some((e) => e.family === 'IPv4');
      const has6 = entries.some((e) => e.family === 'IPv6');
      const fl = Number(a.fields.get('flags'));
      expect(fl & 0x80).toBe(has4 ? 0x80 : 0); // IP_ADAPTER_IPV4_ENABLED
      expect(fl & 0x100).toBe(has6 ? 0x100 : 0); // IP_ADAPTER_IPV6_ENABLED
      const [index, index6] = a.fields.get('index')!.split(' ').map(Number);
      const ifIndex = index || index6;
      if (loopback) {
        expect(a.fields.get('type')).toBe('24'); // IF_TYPE_SOFTWARE_LOOPBACK
        expect(ifIndex).toBe(1);
        expect(a.fields.get('phys')).toBe('');
        expect(a.fields.get('description')).toBe('Software Loopback Interface 1');
        expect(a.fields.get('mtu')).toBe('4294967295');
        expect(a.fields.get('luid')).toBe('24 0');
        expect(a.fields.get('luid-name')).toBe('loopback_0 if_indextoname=loopback_0 if_nametoindex=1 luid-to-index=1 same-luid=1');
        expect(adapters[adapters.length - 1]).toBe(a); // listed last, as on Windows
      } else {
        expect(a.fields.get('type')).toBe('6'); // IF_TYPE_ETHERNET_CSMACD
        expect(ifIndex).toBeGreaterThan(1);
        expect(a.fields.get('phys')).toBe(entries[0].mac);
        expect(a.fields.get('mtu')).toBe('1500');
        const luid = 32768 + ethernet++;
        expect(a.fields.get('luid')).toBe(`6 ${luid}`);
        expect(a.fields.get('luid-name')).toBe(`ethernet_${luid} if_indextoname=ethernet_${luid} if_nametoindex=${ifIndex} luid-to-index=${ifIndex} same-luid=1`);
      }
      // "IfIndex ... This member is zero if IPv4 is not available on the interface"; likewise Ipv6IfIndex.
      expect(index).toBe(has4 ? ifIndex : 0);
      expect(index6).toBe(has6 ? ifIndex : 0);
      // A link-local IPv6 address carries its interface's index as the scope.
      for (const u of a.unicast) if (u.family === 6) expect(u.scope).toBe(/^fe[89ab]/i.test(u.address) ? ifIndex : 0);
      // GAA_FLAG_INCLUDE_PREFIX: each address's on-link prefix, once.
      for (const e of entries.filter((x) => x.family === 'IPv4')) {
        const mask = e.netmask.split('.').map(Number);
        const net = e.address.split('.').map((o, i) => Number(o) & mask[i]).join('.');
        expect(a.prefixes).toContain(`4 ${net} ${prefixOf(e)} len=16`);
      }
    }
    const ids = adapters.map((a) => a.fields.get('index')!.split(' ').map(Number).find((n) => n > 0));
    expect(new Set(ids).size).toBe(adapters.length);
  });

  it('the family filter: AF_INET lists only IPv4 addresses, AF_INET6 only IPv6; GAA_FLAG_SKIP_UNICAST and GAA_FLAG_SKIP_FRIENDLY_NAME leave those out', () => {
    const { lines } = parse(out);
    const all = host.flatMap(([, e]) => e);
    const v4 = all.filter((e) => e.family === 'IPv4').length;
    const v6 = all.filter((e) => e.family === 'IPv6').length;
    expect(lines.get('family-inet')).toBe(`0 v4=${v4} v6=0`);
    // "ERROR_NO_DATA: No addresses were found for the requested parameters."
    expect(lines.get('family-inet6')).toBe(v6 ? `0 v4=0 v6=${v6}` : '232 v4=0 v6=0');
    expect(lines.get('family-unspec')).toBe(`v4=${v4} v6=${v6}`);
    expect(lines.get('skip-unicast')).toBe(`0 adapters=${host.length} unicast=0 friendly=0 prefixes=0`);
  });

  it('GetAdaptersInfo lists the IPv4 adapters with their addresses and masks, and not the loopback', () => {
    // GetNumberOfInterfaces: "This number is one more than the number of adapters returned by the
    // GetAdaptersInfo and GetInterfaceInfo functions because these functions do not return information
    // about the loopback interface."
    const { adapters, lines } = parse(out);
    expect(lines.get('gai')).toBe(v4Adapters.length ? '0' : '232');
    const infos = [...lines.keys()].filter((k) => k.startsWith('info '));
    expect(infos).toHaveLength(v4Adapters.length);
    for (const [name, entries] of v4Adapters) {
      const a = adapters.find((x) => x.friendly === name)!;
      const index = a.fields.get('index')!.split(' ')[0];
      const info = lines.get(`info ${index}`)!;
      const addrs = entries.filter((e) => e.family === 'IPv4').map((e) => `${e.address}/${e.netmask}`).join(' ');
      expect(info).toBe(`${index} ${a.fields.get('name')} type=6 len=6 ${addrs} gateway=0.0.0.0`);
    }
    expect(infos.some((k) => k === 'info 1')).toBe(false);
  });
});

// In a page (--target=web, host/browser.ts): the loopback adapter alone. Needs Debian's chromium; skipped without it.
const WEB = path.join(ROOT, 'build', 'web-iphlpapi');

describe.skipIf(!haveChromium)('IP Helper in a page, in Chromium', () => {
  let server: http.Server;
  let browser: { newPage(): Promise<{ goto(u: string): Promise<unknown>; waitForFunction(f: string, a?: unknown, o?: { timeout: number }): Promise<unknown>; title(): Promise<string>; textContent(s: string): Promise<string | null>; close(): Promise<void> }>; close(): Promise<void> };

  beforeAll(async () => {
    fs.mkdirSync(WEB, { recursive: true });
    await buildPage(path.join(ROOT, 'test', 'programs', 'iphlpapi.c'), path.join(WEB, 'iphlpapi.html'));
    server = await staticServer(WEB);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] }) as unknown as typeof browser;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('one adapter, the loopback (index 1, loopback_0) with 127.0.0.1/8 and ::1/128; GetAdaptersInfo finds no adapter (ERROR_NO_DATA)', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`http://127.0.0.1:${(server.address() as net.AddressInfo).port}/iphlpapi.html`);
      await page.waitForFunction('document.title.startsWith("exit:")', undefined, { timeout: 30_000 }).catch(() => {});
      const stdout = (await page.textContent('#stdout')) ?? '';
      expect(await page.title(), stdout).toBe('exit:0');
      const { adapters, lines } = parse(stdout);
      expect(adapters.map((a) => a.friendly)).toEqual(['Loopback Pseudo-Interface 1']);
      const [lo] = adapters;
      expect(lo.fields.get('index')).toBe('1 1');
      expect(lo.fields.get('type')).toBe('24');
      expect(lo.fields.get('luid-name')).toBe('loopback_0 if_indextoname=loopback_0 if_nametoindex=1 luid-to-index=1 same-luid=1');
      expect(lo.unicast).toEqual([{ family: 6, address: '::1', prefix: 128, scope: 0 }, { family: 4, address: '127.0.0.1', prefix: 8, scope: undefined }]);
      expect(lines.get('interfaces')).toBe('1');
      expect(lines.get('family-inet')).toBe('0 v4=1 v6=0');
      expect(lines.get('family-inet6')).toBe('0 v4=0 v6=1');
      // GetAdaptersInfo, "ERROR_NO_DATA: No adapter information exists for the local computer." (the loopback is not listed)
      expect(lines.get('proto-gai-null-buffer')).toBe('232 size>0=0');
      expect(lines.get('gai')).toBe('232');
    } finally {
      await page.close();
    }
  }, 60_000);
});
