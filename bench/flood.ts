// npm run flood -- [--size 100000] [--duration 30] [--connections 20] [--workers auto] [--search-threads auto]
// One expensive query must not stall everyone: 20 connections (autocannon) repeat the most
// expensive search shapes, each request one never asked before so that no cache helps (a CSV of
// 16 OR-ed phrases of common words, a JSON page of 16 OR-ed common words with a varying limit,
// a prefix of common letters), for 30 s against the real server. Meanwhile a second client, one
// request at a time, measures /api/health and a rare-word search (a rare word of the corpus, with
// a varying limit so that it is never cached either). Prints their p50/p99, and for the flood its
// answers by status: 503 `overloaded` and `timeout` are the server refusing work it cannot do in
// time, anything else is an error. Figures only, no assertion, like the rest of bench/.
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
import { mulberry32 } from './prng.ts';
import { latency } from './stats.ts';
import { rankedVocabulary } from './words.ts';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const { values } = parseArgs({
  options: {
    ...CORPUS_OPTIONS,
    connections: { type: 'string', default: '20' },
    duration: { type: 'string', default: '30' },
    workers: { type: 'string', default: 'auto' },
    'search-threads': { type: 'string', default: 'auto' },
    // Seconds of the second client alone first: what the machine gives without the flood.
    baseline: { type: 'string', default: '10' },
  },
});
const size = Number(values.size);
const seed = Number(values.seed);
const log = (line: string) => process.stderr.write(`flood: ${line}\n`);

const home = ensureCorpus(values.out, size, seed, log);
const indexDir = join(values.out, `flood-index-${size}-seed${seed}`);
if ((await readManifest(indexDir))?.formatVersion !== FORMAT_VERSION) {
  log(`building the index into ${indexDir}`);
  await buildIndex(home.dir, indexDir);
}

const port = await new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = s.address() as { port: number };
    s.close(() => resolve(p));
  });
});
execFileSync('npm', ['run', '-s', 'build:server'], { cwd: ROOT, stdio: 'inherit' });
const serverArgs = [join(ROOT, 'dist/cli/serve.mjs'), '--index', indexDir, '--port', String(port), '--no-web', '--workers', values.workers, '--search-threads', values['search-threads']];
const server = spawn(process.execPath, serverArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
// autocannon sees statuses, not bodies: the 503s' reasons are read from the server's log, which
// names every one (a line for the first of each second, the rest counted in the next line).
let refusalLines = 0;
const reasons = new Map<string, number>();
let serverErr = '';
server.stderr!.on('data', (d: Buffer) => {
  const text = String(d);
  for (const line of text.split('\n').filter((l) => l.startsWith('verbatim: 503'))) {
    refusalLines++;
    const first = /^verbatim: 503 (\w+): /.exec(line);
    if (first) reasons.set(first[1]!, (reasons.get(first[1]!) ?? 0) + 1);
    // The counts of refusals held back: after the first "503 <reason>: ".
    for (const m of line.replace(/^verbatim: 503 \w+: /, '').matchAll(/(\d+) (overloaded|timeout)\b/g)) reasons.set(m[2]!, (reasons.get(m[2]!) ?? 0) + Number(m[1]));
  }
  serverErr = (serverErr + text).slice(-4000);
});
// The one "serving" line comes once every worker listens.
await new Promise<void>((resolve, reject) => {
  let out = '';
  server.stdout!.on('data', (d: Buffer) => {
    out += d;
    if (/verbatim: serving/.test(out)) {
      log(out.trim());
      resolve();
    }
  });
  server.once('exit', (code) => reject(new Error(`the server ended (${code}) before serving: ${serverErr}`)));
});
const base = `http://127.0.0.1:${port}`;

// Words by rank: the common ones are in a large share of the passages, the tail in few.
const vocabulary = rankedVocabulary(Number((home.info as { vocabularySize: number }).vocabularySize));
const random = mulberry32(seed + 17);
const common = vocabulary.slice(20, 220);
const word = () => common[Math.floor(random() * common.length)]!;
const rare = home.mix.filter((q) => q.class === 'rare' && !q.speaker && !q.from).map((q) => q.q);
if (rare.length === 0) throw new Error('the query mix has no rare-word query');

// Fresh every time: the words are drawn anew, so the cache never answers.
const shapes = [
  () => `/api/search.csv?${new URLSearchParams({ q: Array.from({ length: 16 }, () => `"${word()} ${word()}"`).join(' OR ') })}`,
  () => `/api/search?${new URLSearchParams({ q: Array.from({ length: 16 }, word).join(' OR '), limit: String(1 + Math.floor(random() * 100)) })}`,
  () => `/api/search?${new URLSearchParams({ q: `${word().slice(0, 2)}* ${word()}`, limit: String(1 + Math.floor(random() * 100)) })}`,
];
// The second client: one request at a time, health and a rare word in turn, until told to stop.
// Numbered across both runs, so that no rare-word search repeats one before it (and is cached).
let asked = 0;
async function probeUntil(stop: () => boolean) {
  const times = { health: [] as number[], rare: [] as number[] };
  const statuses = new Map<string, number>();
  while (!stop()) {
    const i = asked++;
    const health = i % 2 === 0;
    const path = health ? '/api/health' : `/api/search?${new URLSearchParams({ q: rare[i % rare.length]!, limit: String(1 + ((i * 7919) % 100)) })}`;
    const started = performance.now();
    const res = await fetch(base + path);
    await res.arrayBuffer();
    const ms = performance.now() - started;
    const key = `${health ? 'health' : 'rare'} ${res.status}`;
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
    (health ? times.health : times.rare).push(ms);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { times, statuses };
}

const baselineEnd = Date.now() + Number(values.baseline) * 1000;
log(`the second client alone for ${values.baseline} s`);
const baseline = await probeUntil(() => Date.now() > baselineEnd);
log(`the flood for ${values.duration} s`);
let shape = 0;
const statuses = new Map<string, number>();
const flood = autocannon({
  url: base,
  connections: Number(values.connections),
  duration: Number(values.duration),
  timeout: 30,
  requests: [{ method: 'GET', path: '/', setupRequest: (req: { path: string }) => ({ ...req, path: shapes[shape++ % shapes.length]!() }) }],
});
flood.on('response', (_client, statusCode) => {
  statuses.set(String(statusCode), (statuses.get(String(statusCode)) ?? 0) + 1);
});

let flooding = true;
const probe = probeUntil(() => !flooding);
const result = await flood;
flooding = false;
const { times, statuses: probeStatuses } = await probe;

// The last second's held count is written a second after it.
await new Promise((r) => setTimeout(r, 1500));
server.kill('SIGTERM');
const floodTotal = [...statuses.values()].reduce((a, b) => a + b, 0);
const refused = statuses.get('503') ?? 0;
const other = [...statuses].filter(([s]) => s !== '200' && s !== '503');
const summary = {
  size,
  duration: Number(values.duration),
  connections: Number(values.connections),
  server: serverArgs.slice(1).join(' '),
  flood: { requests: floodTotal, byStatus: Object.fromEntries(statuses), share503: floodTotal ? refused / floodTotal : 0, errors: result.errors, timeouts: result.timeouts, latencyMs: { p50: result.latency.p50, p99: result.latency.p99 } },
  baseline: { health: latency(baseline.times.health), rareWordSearch: latency(baseline.times.rare), statuses: Object.fromEntries(baseline.statuses) },
  health: latency(times.health),
  rareWordSearch: latency(times.rare),
  probeStatuses: Object.fromEntries(probeStatuses),
  refusalLogLines: refusalLines,
  refusalsByReason: Object.fromEntries(reasons),
};
writeFileSync(join(values.out, `flood-${size}.json`), JSON.stringify(summary, null, 2));
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
console.log(
  [
    `flood: ${summary.duration} s at ${summary.connections} connections of expensive uncached searches, ${size} passages (${summary.server})`,
    `  flood: ${floodTotal} answers (${Object.entries(summary.flood.byStatus).map(([s, n]) => `${s}: ${n}`).join(', ')}), 503 share ${pct(summary.flood.share503)}, other errors ${other.length ? other.map(([s, n]) => `${s}: ${n}`).join(', ') : 'none'}, connection errors ${result.errors}, timeouts ${result.timeouts}; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    `  alone first (${values.baseline} s): /api/health p50 ${summary.baseline.health.p50} ms, p99 ${summary.baseline.health.p99} ms; rare-word search p50 ${summary.baseline.rareWordSearch.p50} ms, p99 ${summary.baseline.rareWordSearch.p99} ms`,
    `  during the flood:`,
    `  /api/health: ${summary.health.n} requests, p50 ${summary.health.p50} ms, p99 ${summary.health.p99} ms, max ${summary.health.max} ms`,
    `  rare-word search: ${summary.rareWordSearch.n} requests, p50 ${summary.rareWordSearch.p50} ms, p99 ${summary.rareWordSearch.p99} ms, max ${summary.rareWordSearch.max} ms`,
    `  second client's answers: ${[...probeStatuses].map(([k, n]) => `${k}: ${n}`).join(', ')}; the server logged ${refusalLines} "503" lines naming ${[...reasons].map(([r, n]) => `${n} ${r}`).join(', ') || 'none'}`,
  ].join('\n'),
);
