// npm run soak -- [--size 100000] [--duration 60] [--connections 50] [--warmup 10]
// Holds the real server under load: the benchmark corpus, the realistic query mix at 50
// connections for 60 s (autocannon, in this process; the server in its own), sampling the
// server's RSS every 5 s. Reports requests, errors, timeouts, non-2xx, latency percentiles,
// and memory growth after warm-up. Figures only: no assertion, like the rest of bench/.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { buildIndex } from '../src/indexing/build-index.ts';
import { FORMAT_VERSION } from '../src/indexing/index-options.ts';
import { readManifest } from '../src/indexing/load-index.ts';
import { CORPUS_OPTIONS, ensureCorpus } from './corpus-home.ts';
import { verbatimParams } from './query-mix.ts';
import { rssMB } from './stats.ts';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const { values } = parseArgs({
  options: {
    ...CORPUS_OPTIONS,
    duration: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '10' },
  },
});
const size = Number(values.size);
const seed = Number(values.seed);
const log = (line: string) => process.stderr.write(`soak: ${line}\n`);

const { dir: corpusDir, mix } = ensureCorpus(values.out, size, seed, log);
const indexDir = join(values.out, `soak-index-${size}-seed${seed}`);
if ((await readManifest(indexDir))?.formatVersion !== FORMAT_VERSION) {
  log(`building the index into ${indexDir}`);
  await buildIndex(corpusDir, indexDir);
}

const port = await new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = s.address() as { port: number };
    s.close(() => resolve(p));
  });
});
execFileSync('npm', ['run', '-s', 'build:server'], { cwd: ROOT, stdio: 'inherit' });
const server = spawn(process.execPath, [join(ROOT, 'dist/cli/serve.mjs'), '--index', indexDir, '--port', String(port), '--no-web'], { stdio: ['ignore', 'ignore', 'inherit'] });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  if (await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false)) break;
  if (i > 600) throw new Error('server did not start in 60 s');
  await new Promise((r) => setTimeout(r, 100));
}
const requests = mix.map((q) => ({ method: 'GET' as const, path: `/api/search?${new URLSearchParams(verbatimParams(q))}` }));

function load(seconds: number) {
  return autocannon({ url: base, connections: Number(values.connections), duration: seconds, requests, timeout: 10 });
}

log(`warm-up ${values.warmup} s`);
await load(Number(values.warmup));
const samples: { second: number; rssMB: number }[] = [{ second: 0, rssMB: rssMB(server.pid!) }];
const started = Date.now();
const sampler = setInterval(() => samples.push({ second: Math.round((Date.now() - started) / 1000), rssMB: rssMB(server.pid!) }), 5000);
log(`load ${values.duration} s at ${values.connections} connections over ${mix.length} queries`);
const result = await load(Number(values.duration));
clearInterval(sampler);
samples.push({ second: Number(values.duration), rssMB: rssMB(server.pid!) });
server.kill('SIGTERM');

const rss = samples.map((s) => s.rssMB);
const summary = {
  size,
  duration: Number(values.duration),
  connections: Number(values.connections),
  requests: result.requests.total,
  requestsPerSecond: result.requests.average,
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  rssMB: { afterWarmup: rss[0], end: rss[rss.length - 1], min: Math.min(...rss), max: Math.max(...rss), samples },
};
writeFileSync(join(values.out, `soak-${size}.json`), JSON.stringify(summary, null, 2));
console.log(
  [
    `soak: ${summary.duration} s at ${summary.connections} connections, ${size} passages, realistic mix (${mix.length} queries)`,
    `  requests ${summary.requests} (${Math.round(summary.requestsPerSecond)}/s), errors ${summary.errors}, timeouts ${summary.timeouts}, non-2xx ${summary.non2xx}`,
    `  latency p50 ${summary.latencyMs.p50} ms, p90 ${summary.latencyMs.p90} ms, p99 ${summary.latencyMs.p99} ms, max ${summary.latencyMs.max} ms`,
    `  server RSS after warm-up ${summary.rssMB.afterWarmup} MB, at end ${summary.rssMB.end} MB (min ${summary.rssMB.min}, max ${summary.rssMB.max}; every 5 s: ${rss.join(', ')})`,
  ].join('\n'),
);
