// npm run bench -- [--size 100000] [--seed 1] [--rounds 5] [--duration 10] [--skip-refs] [--skip-http] [--reuse-index] [--quotes-only]
// Generates (or reuses) a corpus, builds Verbatim's index with the real pipeline, times the query
// mix through search() and through the real server over HTTP, runs the same corpus and queries
// on stock MiniSearch and SQLite FTS5, prints tables with ratios and writes bench/out/results-<size>.json.
// Each engine runs in its own process; the HTTP load generator runs here, the server in another.
// The server is started from this checkout's src/: to measure one commit while others keep
// committing, run from a worktree (git worktree add --detach /tmp/wt HEAD) with --out pointing here.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { CORPUS_OPTIONS, ensureCorpus } from './corpus-home.ts';
import { QUERY_CLASSES, verbatimParams, type BenchQuery } from './query-mix.ts';
import { cpuByProcess, latency, rssMB, type Latency } from './stats.ts';
import { printReport, type Results, type EngineQueries } from './report.ts';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);

const { values } = parseArgs({
  options: {
    ...CORPUS_OPTIONS,
    rounds: { type: 'string', default: '5' },
    duration: { type: 'string', default: '10' },
    'skip-refs': { type: 'boolean', default: false },
    'skip-http': { type: 'boolean', default: false },
    'reuse-index': { type: 'boolean', default: false },
    // Only the quote check (issue 15): builds the index (or reuses it with --reuse-index), then no queries, HTTP or references.
    'quotes-only': { type: 'boolean', default: false },
  },
});
const size = Number(values.size);
const seed = Number(values.seed);
const rounds = Number(values.rounds);
const duration = Number(values.duration);
const connections = Number(values.connections);
const out = values.out;
// Past a few hundred thousand passages the default heap (about 4 GB) is too small for any engine.
const heapFlags = size > 300_000 ? ['--max-old-space-size=20000'] : [];
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** Runs a worker script in its own Node process; resolves its JSON report, or an error with its stderr. */
function runWorker(script: string, args: string[], flags: string[] = []): Promise<Record<string, unknown> & { error?: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...heapFlags, ...flags, '--import', 'tsx', join(BENCH, 'workers', script), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d).slice(-4000);
      process.stderr.write(d);
    });
    child.on('exit', (code, signal) => {
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as Record<string, unknown>);
      else resolve({ error: `${script} exited with ${signal ?? `code ${code}`}: ${stderr.trim().split('\n').filter((l) => /Error|error|heap|FATAL/.test(l)).slice(0, 3).join(' | ') || stderr.trim().slice(-300)}` });
    });
  });
}

function queryStats(mix: BenchQuery[], times: number[][]): EngineQueries['latency'] {
  const byClass: Record<string, Latency> = {};
  for (const cls of QUERY_CLASSES) byClass[cls] = latency(mix.flatMap((q, i) => (q.class === cls ? times[i]! : [])));
  const byVariant: Record<string, Latency> = {};
  for (const v of ['plain', 'speaker', 'dates']) byVariant[v] = latency(mix.flatMap((q, i) => (q.variant === v ? times[i]! : [])));
  return { overall: latency(times.flat()), byClass, byVariant };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts a server process and waits for `probe` to answer 200: the time taken is its cold start.
 * `ready` resolves once it says it serves: the server says so once every worker of its cluster
 * listens (the workers after the first load the index while the first answers), so load runs
 * started then give every worker connections.
 */
async function startProcess(args: string[], port: number, probe: string): Promise<{ child: ChildProcess; seconds: number; ready: Promise<void> }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let serving = 0;
  const ready = new Promise<void>((resolve) => {
    child.stdout!.on('data', (d: Buffer) => {
      // The server writes one "serving" line once all its workers listen; the bare server one "listening" line.
      serving += String(d).split('\n').filter((line) => /serving|listening/.test(line)).length;
      if (serving >= 1) resolve();
    });
    child.on('exit', () => resolve());
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d).slice(-2000)));
  let exited = false;
  child.on('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`server exited before answering: ${stderr.trim().slice(-500)}`);
    if (performance.now() - started > 30 * 60_000) throw new Error('server did not answer within 30 minutes');
    try {
      const res = await fetch(`http://127.0.0.1:${port}${probe}`);
      await res.text();
      if (res.ok) return { child, seconds: (performance.now() - started) / 1000, ready };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function cannon(port: number, paths: string[], pid: number) {
  const cpuBefore = cpuByProcess(pid);
  const generatorBefore = process.cpuUsage();
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration,
    requests: paths.map((path) => ({ method: 'GET' as const, path })),
  });
  const cpuAfter = cpuByProcess(pid);
  const generator = process.cpuUsage(generatorBefore);
  const cores = (seconds: number) => Math.round((seconds / duration) * 100) / 100;
  const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    // CPU the server's processes used while under load, in cores (1 = one core busy all the
    // time): all of them, and each that did work (the cluster's workers; its primary only forks).
    serverCores: cores(sum(cpuAfter.values()) - sum(cpuBefore.values())),
    workerCores: [...cpuAfter].map(([p, s]) => cores(s - (cpuBefore.get(p) ?? 0))).filter((c) => c >= 0.05),
    // This process runs the load generator: its share of the same two cores.
    generatorCores: cores((generator.user + generator.system) / 1e6),
  };
}

function dirMB(dir: string): number {
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) bytes += statSync(join(e.parentPath, e.name)).size;
  return Math.round(bytes / 1e5) / 10;
}

// --- corpus and query mix
const home = ensureCorpus(out, size, seed, log);
const corpusDir = home.dir;
const corpusInfo = home.info as unknown as Results['corpus'];
const { mix, mixFile } = home;
log(`corpus: ${corpusInfo.passages} passages, ${corpusInfo.documents} documents, ${corpusInfo.speakers} speakers, ${(corpusInfo.bytes / 1e6).toFixed(1)} MB; ${mix.length} queries`);

// Which code was measured: the commit, and whether src/ had uncommitted changes.
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const commit = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src') ? ' + uncommitted changes in src/' : ''}`;

const results: Results = {
  size,
  commit,
  seed,
  ranAt: new Date().toISOString(),
  machine: { cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: loadavg()[0]! },
  options: { rounds, duration, connections, heapFlags },
  corpus: corpusInfo,
  ran: { refs: !values['skip-refs'] && !values['quotes-only'], http: !values['skip-http'] && !values['quotes-only'] },
  verbatim: {},
};

/** Writes what is measured so far, so a run cut short (a 1M run can take an hour) still leaves its figures. */
function savePartial(): void {
  writeFileSync(join(out, `results-${size}.partial.json`), JSON.stringify(results, null, 2));
}

// --- Verbatim: build, in-process queries
const indexDir = join(out, `index-${size}-seed${seed}`);
mkdirSync(out, { recursive: true });
const quotesOnly = values['quotes-only'];
if (!values['reuse-index'] || !existsSync(join(indexDir, 'CURRENT'))) {
  log('verbatim: building the index (read, parse, attribute, index, save)');
  const build = await runWorker('verbatim-build.ts', [corpusDir, indexDir]);
  results.verbatim.build = build;
  log(`verbatim build: ${JSON.stringify(build)}`);
} else {
  results.verbatim.build = { error: 'not run: --reuse-index' };
}
const current = existsSync(join(indexDir, 'CURRENT')) ? readFileSync(join(indexDir, 'CURRENT'), 'utf8').trim() : null;
const reused = Boolean(values['reuse-index']) && results.verbatim.build?.error !== undefined && current !== null;
if (current && (reused || !results.verbatim.build?.error)) results.verbatim.indexMB = dirMB(join(indexDir, current));
const indexUsable = current !== null && (reused || !results.verbatim.build?.error);
savePartial();

if (indexUsable) {
  log('verbatim: timing the quote check');
  const quotes = await runWorker('verbatim-quotes.ts', [indexDir, String(rounds), '50', String(seed)]);
  results.verbatim.quotes = quotes.error ? { error: quotes.error } : (quotes as unknown as NonNullable<Results['verbatim']['quotes']>);
  savePartial();
}

if (indexUsable && !quotesOnly) {
  log('verbatim: timing the query mix through search()');
  const q = await runWorker('verbatim-queries.ts', [indexDir, mixFile, String(rounds)]);
  results.verbatim.queries = q.error ? { error: q.error } : { loadSeconds: q.loadSeconds as number, rssAfterLoadMB: q.rssAfterLoadMB as number, totals: q.totals as number[], latency: queryStats(mix, q.times as number[][]) };
  savePartial();
}

// --- HTTP: the real server, then a bare Hono endpoint as the ceiling
if (!values['skip-http'] && !quotesOnly && indexUsable) {
  // The server as `npm run serve` runs it: compiled (esbuild) and started with node.
  execFileSync('npm', ['run', '-s', 'build:server'], { cwd: ROOT, stdio: 'inherit' });
  const port = await freePort();
  const rare = mix.find((q) => q.class === 'rare' && q.variant === 'plain')!;
  const path = (q: BenchQuery) => `/api/search?${new URLSearchParams(verbatimParams(q))}`;
  log(`verbatim: starting a one-process server (cold start to first answer, memory) on port ${port}`);
  let server: ChildProcess | null = null;
  try {
    // One process: its start to its first answer, and what it holds once loaded.
    const single = await startProcess([...heapFlags, 'dist/cli/serve.mjs', '--index', indexDir, '--port', String(port), '--no-web', '--workers', '1'], port, path(rare));
    const rssAfterLoadMB = rssMB(single.child.pid!);
    await stop(single.child);
    // As served by default: a worker per core, each with its own copy of the index.
    log(`verbatim: starting the server, ${cpus().length} workers`);
    const started = await startProcess([...heapFlags, 'dist/cli/serve.mjs', '--index', indexDir, '--port', String(port), '--no-web'], port, path(rare));
    server = started.child;
    await started.ready;
    const http: NonNullable<Results['verbatim']['http']> = { coldStartSeconds: single.seconds, coldStartWorkersSeconds: started.seconds, rssAfterLoadMB, rssAllWorkersMB: rssMB(server.pid!) };
    log(`verbatim: ${connections} connections for ${duration}s, the realistic mix`);
    http.mix = await cannon(port, mix.map(path), server.pid!);
    log(`verbatim: ${connections} connections for ${duration}s, rare words only`);
    http.rare = await cannon(port, mix.filter((q) => q.class === 'rare').map(path), server.pid!);
    http.rssAfterRunsMB = rssMB(server.pid!);
    const body = await (await fetch(`http://127.0.0.1:${port}${path(rare)}&limit=10`)).text();
    await stop(server);
    server = null;
    // The engine without the result cache: every request searched anew.
    const uncachedPort = await freePort();
    const uncached = await startProcess([...heapFlags, 'dist/cli/serve.mjs', '--index', indexDir, '--port', String(uncachedPort), '--no-web', '--cache', '0'], uncachedPort, path(rare));
    await uncached.ready;
    log('verbatim: query mix over HTTP, one request at a time, result cache off');
    const times = mix.map(() => [] as number[]);
    for (let r = 0; r <= Math.min(rounds, 3); r++) {
      for (const [i, q] of mix.entries()) {
        const t = performance.now();
        const res = await fetch(`http://127.0.0.1:${uncachedPort}${path(q)}`);
        await res.text();
        if (!res.ok) throw new Error(`GET ${path(q)} answered ${res.status}`);
        if (r > 0) times[i]!.push(performance.now() - t);
      }
    }
    http.latency = queryStats(mix, times);
    log(`verbatim: ${connections} connections for ${duration}s, the realistic mix with the result cache off`);
    http.mixUncached = await cannon(uncachedPort, mix.map(path), uncached.child.pid!);
    log(`verbatim: ${connections} connections for ${duration}s, rare words with the result cache off`);
    http.rareUncached = await cannon(uncachedPort, mix.filter((q) => q.class === 'rare').map(path), uncached.child.pid!);
    await stop(uncached.child);
    const bodyFile = join(out, 'bare-body.json');
    writeFileSync(bodyFile, body);
    log(`bare Hono endpoint (${(body.length / 1024).toFixed(1)} KB body, 10 hits): ${connections} connections for ${duration}s`);
    const barePort = await freePort();
    const bare = await startProcess(['--import', 'tsx', join(BENCH, 'workers', 'bare-server.ts'), bodyFile, String(barePort)], barePort, '/api/search?q=x');
    http.bare = await cannon(barePort, mix.filter((q) => q.class === 'rare').map(path), bare.child.pid!);
    http.bareBodyKB = Math.round(body.length / 102.4) / 10;
    await stop(bare.child);
    results.verbatim.http = http;
  } catch (err) {
    results.verbatim.http = { error: (err as Error).message };
  } finally {
    if (server) await stop(server);
  }
  savePartial();
}

// --- references
if (!values['skip-refs'] && !quotesOnly) {
  log('SQLite FTS5: build and query');
  const f = await runWorker('fts5-reference.ts', [corpusDir, mixFile, String(rounds), join(out, `fts5-${size}.db`)]);
  const { times: ft, ...fRest } = f;
  results.fts5 = f.error ? { error: f.error } : { ...fRest, latency: queryStats(mix, ft as number[][]) };
  savePartial();
  log('stock MiniSearch: build and query');
  const m = await runWorker('minisearch-reference.ts', [corpusDir, mixFile, String(rounds)], ['--expose-gc']);
  const { times: mt, ...mRest } = m;
  results.minisearch = m.error ? { error: m.error } : { ...mRest, latency: queryStats(mix, mt as number[][]) };
}

results.machine.loadAverageAtEnd = loadavg()[0]!;
const file = join(out, `results-${size}.json`);
writeFileSync(file, JSON.stringify(results, null, 2));
printReport(results);
log(`wrote ${file}`);
