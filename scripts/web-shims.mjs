// Injected by scripts/build-web.mjs into the browser bundle of the host (esbuild `inject`):
// the few Node globals the host uses (Buffer for latin1 strings and byte copies,
// process.stderr/hrtime, setImmediate), replaced inside the bundle only. process.stderr (host
// internal-error reports) goes to console.error, or to globalThis.__winsockStderr, which
// WinsockWeb.runPage sets to also show it in the page.

/** The part of Node's Buffer the host uses: a Uint8Array with latin1 from/toString. */
class ShimBuffer extends Uint8Array {
  static from(src, a, b) {
    if (typeof src === 'string') {
      const out = new ShimBuffer(src.length);
      for (let i = 0; i < src.length; i++) out[i] = src.charCodeAt(i) & 0xff;
      return out;
    }
    if (src instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && src instanceof SharedArrayBuffer)) {
      const off = a ?? 0;
      return new ShimBuffer(src, off, b ?? src.byteLength - off);
    }
    const out = new ShimBuffer(src.length);
    out.set(src);
    return out;
  }
  static allocUnsafe(n) { return new ShimBuffer(n); }
  static alloc(n) { return new ShimBuffer(n); }
  toString(enc) {
    if (enc === undefined || enc === 'utf8' || enc === 'utf-8') return new TextDecoder().decode(this);
    let s = '';
    for (let i = 0; i < this.length; i += 8192) s += String.fromCharCode.apply(null, this.subarray(i, i + 8192));
    return s;
  }
}
export { ShimBuffer as Buffer };

/** setImmediate: a macrotask without setTimeout's 4 ms clamp. */
const queue = [];
let channel;
export function setImmediate(f, ...args) {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => { const g = queue.shift(); if (g) g(); };
  }
  queue.push(() => f(...args));
  channel.port2.postMessage(0);
}

export const process = {
  stderr: { write(s) { (globalThis.__winsockStderr ?? console.error)(String(s).replace(/\n$/, '')); return true; } },
  stdout: { write(s) { console.log(String(s).replace(/\n$/, '')); return true; } },
  hrtime: { bigint: () => BigInt(Math.round(performance.now() * 1e6)) },
  env: {},
};
