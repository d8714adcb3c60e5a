// The many-connections benchmark client in plain Node `net`: the same protocol, sizes,
// checks and two timed passes (cold, then warm) as many.c, with one net socket per
// connection; each socket's 'data' handler sends the next request once its answer is whole.
//   node node_many.js <host> <port> <connections> <exchanges>
// Prints "many <cold> <warm> <cold seconds> <warm seconds> <connect seconds>".
import net from 'node:net';

const MSG = 64;
const [host, port, connections, exchanges] = process.argv.slice(2);
const count = Number(connections);
const per = Number(exchanges);
const now = () => Number(process.hrtime.bigint()) / 1e9;

const t0 = now();
const socks = await Promise.all(Array.from({ length: count }, () => new Promise((resolve, reject) => {
  const s = net.connect({ host, port: Number(port), noDelay: true });
  s.once('connect', () => resolve(s));
  s.once('error', reject);
})));
const setup = now() - t0;

/** Every connection does `per` exchanges at once; resolves when the last answer is in. */
function pass() {
  return new Promise((resolve, reject) => {
    let remaining = count;
    socks.forEach((s, i) => {
      const msg = Buffer.alloc(MSG, 'm');
      const back = Buffer.alloc(MSG);
      let done = 0, got = 0;
      const request = () => { msg.writeInt32LE(i, 0); msg.writeInt32LE(done, 4); s.write(msg); };
      s.removeAllListeners('data');
      s.on('data', (d) => {
        if (got + d.length > MSG) { reject(new Error(`connection ${i}: more than its answer arrived`)); return; }
        d.copy(back, got);
        got += d.length;
        if (got < MSG) return;
        if (back.compare(msg, 0, 8, 0, 8) !== 0) { reject(new Error(`connection ${i}: answer does not match its request`)); return; }
        got = 0;
        if (++done < per) request();
        else if (--remaining === 0) resolve();
      });
      request();
    });
  });
}

const secs = [];
for (let p = 0; p < 2; p++) {
  const start = now();
  await pass();
  secs.push(now() - start);
}
for (const s of socks) s.destroy();
const rate = (t) => (count * per / t).toFixed(0);
console.log(`many ${rate(secs[0])} ${rate(secs[1])} ${secs[0].toFixed(4)} ${secs[1].toFixed(4)} ${setup.toFixed(4)}`);
