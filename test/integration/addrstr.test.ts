// Address strings (winsock2.h, ws2tcpip.h): WSAAddressToStringA/W, WSAStringToAddressA/W,
// InetPtonW, InetNtopW, pure C in wasm/runtime/ws2_addrstr.c. The program's output is compared
// with what the same source built by mingw-w64 prints under Wine, except where Microsoft's
// documentation says otherwise (quoted).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { ROOT } from '../paths.js';

describe('address strings', () => {
  it('WSAAddressToString ("a.b.c.d:port", "[addr%scope]:port"), WSAStringToAddress of the same forms, InetPtonW and InetNtopW, with WSAEFAULT and the size needed, as mingw-w64 under Wine', async () => {
    const r = await run('addrstr');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const golden = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'addrstr', 'addrstr.wine.txt'), 'utf8');
    // WSAAddressToString, lpdwAddressStringLength: "If the supplied buffer is not large enough, the function
    // fails with a specific error of WSAEFAULT and this parameter is updated with the required size." A NULL
    // buffer of length 0 is not large enough (Wine leaves the length at 0).
    const wine = 'NULL buffer: -1 WSAEFAULT len 0\n';
    expect(golden).toContain(wine);
    expect(r.stdout).toBe(golden.replace(wine, 'NULL buffer: -1 WSAEFAULT len 14\n'));
  });
});
