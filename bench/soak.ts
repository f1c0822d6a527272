// npm run soak -- [--size 100000] [--duration 60] [--connections 50] [--warmup 10] [--fresh 0.5]
// Holds the real server under load: the benchmark corpus, the realistic query mix at 50
// connections for 60 s (autocannon, in this process; the server in its own). A share of the
// requests (--fresh) are searches never asked before (words, pages, speakers and dates drawn at
// random), so the caches fill, evict and churn as with real users, not only answer the same 192.
// Memory: the server's RSS every 5 s, and each worker's live heap after every full garbage
// collection (--trace-gc): a leak shows as live heap growing after warm-up, which RSS alone can
// hide (V8 grows its heap before it collects). Reports requests, errors, timeouts, non-2xx,
// latency percentiles and memory. Figures only: no assertion, like the rest of bench/.
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
import { castOfPeople } from './people.ts';
import { intBetween, mulberry32 } from './prng.ts';
import { verbatimParams } from './query-mix.ts';
import { rssMB } from './stats.ts';
import { rankedVocabulary } from './words.ts';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const { values } = parseArgs({
  options: {
    ...CORPUS_OPTIONS,
    duration: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '10' },
    fresh: { type: 'string', default: '0.5' },
  },
});
const size = Number(values.size);
const seed = Number(values.seed);
const log = (line: string) => process.stderr.write(`soak: ${line}\n`);

const home = ensureCorpus(values.out, size, seed, log);
const { dir: corpusDir, mix } = home;
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
const server = spawn(process.execPath, ['--trace-gc', join(ROOT, 'dist/cli/serve.mjs'), '--index', indexDir, '--port', String(port), '--no-web'], { stdio: ['ignore', 'pipe', 'inherit'] });
// --trace-gc lines: "[pid:0x...]  1234 ms: Mark-Compact 310.2 (330.1) -> 240.3 (331.0) MB, ...": the
// heap after a full collection is what is still alive.
const liveHeap: { pid: string; second: number; mb: number }[] = [];
let soakStarted = 0;
let pending = '';
let serving = 0;
server.stdout!.on('data', (d: Buffer) => {
  const lines = (pending + d).split('\n');
  pending = lines.pop()!;
  for (const line of lines) {
    if (/verbatim: serving/.test(line)) serving++;
    const m = /^\[(\d+):\S+\]\s+[\d.]+ ms: Mark-Compact [\d.]+ \([\d.]+\) -> ([\d.]+) \(/.exec(line);
    if (m && soakStarted) liveHeap.push({ pid: m[1]!, second: Math.round((Date.now() - soakStarted) / 1000), mb: Number(m[2]) });
  }
});
const base = `http://127.0.0.1:${port}`;
// Every worker serving (each loads its own copy of the index), so each gets its share of
// connections: the server writes its one "serving" line once they all listen.
for (let i = 0; serving < 1; i++) {
  if (i > 600) throw new Error('the server did not start serving in 60 s');
  await new Promise((r) => setTimeout(r, 100));
}
const fixed = mix.map((q) => `/api/search?${new URLSearchParams(verbatimParams(q))}`);
// Searches nobody asked before: one to three words of the corpus's vocabulary (Zipf-ish: mostly
// from the common half), sometimes typed as a prefix, a page, a speaker, a span of years.
const random = mulberry32(seed + 1);
const vocabulary = rankedVocabulary(Number((home.info as { vocabularySize: number }).vocabularySize));
const people = castOfPeople().map((p) => p.name);
const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)]!;
function freshPath(): string {
  const words = Array.from({ length: intBetween(random, 1, 3) }, word);
  const params = new URLSearchParams({ q: words.join(' ') });
  if (random() < 0.3) params.set('as_you_type', 'true');
  if (random() < 0.3) params.set('page', String(intBetween(random, 2, 5)));
  if (random() < 0.3) params.set('speaker', people[Math.floor(random() * people.length)]!);
  if (random() < 0.3) {
    const from = intBetween(random, 2005, 2024);
    params.set('from', String(from));
    params.set('to', String(Math.min(2024, from + intBetween(random, 0, 3))));
  }
  return `/api/search?${params}`;
}
const freshShare = Number(values.fresh);
let served = 0;
const requests = [
  {
    method: 'GET' as const,
    path: fixed[0]!,
    setupRequest: (req: { path: string }) => ({ ...req, path: random() < freshShare ? freshPath() : fixed[served++ % fixed.length]! }),
  },
];

function load(seconds: number) {
  return autocannon({ url: base, connections: Number(values.connections), duration: seconds, requests, timeout: 10 });
}

log(`warm-up ${values.warmup} s`);
await load(Number(values.warmup));
const samples: { second: number; rssMB: number }[] = [{ second: 0, rssMB: rssMB(server.pid!) }];
soakStarted = Date.now();
const sampler = setInterval(() => samples.push({ second: Math.round((Date.now() - soakStarted) / 1000), rssMB: rssMB(server.pid!) }), 5000);
log(`load ${values.duration} s at ${values.connections} connections over ${mix.length} queries`);
const result = await load(Number(values.duration));
clearInterval(sampler);
samples.push({ second: Number(values.duration), rssMB: rssMB(server.pid!) });
server.kill('SIGTERM');

const rss = samples.map((s) => s.rssMB);
// Per worker: live heap after each full collection, and its trend (least squares, MB per minute).
const workers = [...new Set(liveHeap.map((h) => h.pid))].map((pid) => {
  const points = liveHeap.filter((h) => h.pid === pid);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const mx = mean(points.map((p) => p.second));
  const my = mean(points.map((p) => p.mb));
  const sxx = points.reduce((a, p) => a + (p.second - mx) ** 2, 0);
  const slope = sxx ? points.reduce((a, p) => a + (p.second - mx) * (p.mb - my), 0) / sxx : 0;
  const mbs = points.map((p) => p.mb);
  return { pid, collections: points.length, firstMB: mbs[0], lastMB: mbs.at(-1), minMB: Math.min(...mbs), maxMB: Math.max(...mbs), mbPerMinute: Math.round(slope * 60 * 10) / 10 };
});
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
  freshShare,
  liveHeapAfterFullGC: workers,
};
writeFileSync(join(values.out, `soak-${size}.json`), JSON.stringify(summary, null, 2));
console.log(
  [
    `soak: ${summary.duration} s at ${summary.connections} connections, ${size} passages, the realistic mix (${mix.length} queries) and ${Math.round(freshShare * 100)}% searches never asked before`,
    `  requests ${summary.requests} (${Math.round(summary.requestsPerSecond)}/s), errors ${summary.errors}, timeouts ${summary.timeouts}, non-2xx ${summary.non2xx}`,
    `  latency p50 ${summary.latencyMs.p50} ms, p90 ${summary.latencyMs.p90} ms, p99 ${summary.latencyMs.p99} ms, max ${summary.latencyMs.max} ms`,
    `  server RSS after warm-up ${summary.rssMB.afterWarmup} MB, at end ${summary.rssMB.end} MB (min ${summary.rssMB.min}, max ${summary.rssMB.max}; every 5 s: ${rss.join(', ')})`,
    ...workers.map((w) => `  worker ${w.pid}: live heap after ${w.collections} full collections ${w.firstMB} -> ${w.lastMB} MB (min ${w.minMB}, max ${w.maxMB}), trend ${w.mbPerMinute} MB/min`),
  ].join('\n'),
);
