// A seed-driven stateful fuzzer of the ws2_32/kernel32 imports over a real WebAssembly.Memory
// and the real Node network on loopback: "Bad input from the guest gets the documented Winsock
// error code. It never throws into the host, never crashes the process, never corrupts another
// socket." (DESIGN.md, rule 6). The generator and its invariants are in test/fuzz/.
//
//   WINSOCK_FUZZ_SEEDS=500      run 500 seeds (default 32)
//   WINSOCK_FUZZ_SEED=1234      replay one seed
//   WINSOCK_FUZZ_STEPS=400      steps per seed (default 160)
//   WINSOCK_FUZZ_HISTORY=200    calls shown with a failure (default 24)
//   WINSOCK_FUZZ_TRACE=1        print every call as it completes
//   WINSOCK_FUZZ_WEIGHTS=longWait=5,grow=0   change how often each action is chosen
//   WINSOCK_FUZZ_STATS=1        print calls by import and outcome at the end
//   WINSOCK_FUZZ_VERBOSE=1      let the host's stderr through
//
// Peer timing is real, so a seed replays the same choices only as long as the network
// answers the same way; in practice a failing seed fails again the same way.
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import { STATS, type SideChannels } from '../fuzz/guest.js';
import { runSeed } from '../fuzz/generator.js';
import { Peers } from '../fuzz/peers.js';

const env = process.env;
const seeds: number[] = env.WINSOCK_FUZZ_SEED
  ? env.WINSOCK_FUZZ_SEED.split(',').map(Number)
  : Array.from({ length: Number(env.WINSOCK_FUZZ_SEEDS ?? 32) }, (_, i) => i + 1);
const steps = Number(env.WINSOCK_FUZZ_STEPS ?? 160);

const io: SideChannels = { stderr: [], warnings: [], uncaught: [] };
const peers = new Peers();
const onWarning = (w: Error) => { io.warnings.push(`${w.name}: ${w.message}`); };
const onUncaught = (e: unknown) => { io.uncaught.push(String((e as Error)?.stack ?? e)); };

beforeAll(async () => {
  vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
    io.stderr.push(String(chunk));
    if (env.WINSOCK_FUZZ_VERBOSE) (process.stdout.write as (...a: unknown[]) => boolean)(chunk, ...rest);
    return true;
  }) as never);
  process.on('warning', onWarning);
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  await peers.start();
});

afterAll(async () => {
  await peers.stop();
  if (env.WINSOCK_FUZZ_STATS) {
    const lines = [...STATS].sort(([a], [b]) => a.localeCompare(b))
      .map(([name, m]) => `${name.padEnd(26)} ${[...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}:${n}`).join(' ')}`);
    process.stdout.write(`calls by import and outcome:\n${lines.join('\n')}\n`);
  }
  process.off('warning', onWarning);
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUncaught);
  vi.restoreAllMocks();
});

describe('stateful fuzzing of the imports on loopback (DESIGN.md rule 6)', () => {
  for (const seed of seeds) {
    it(`seed ${seed}`, async () => {
      await runSeed({ seed, steps, peers, io });
    }, 30_000);
  }
});
