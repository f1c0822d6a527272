// The benchmark's results as data, and the tables printed from them: Verbatim beside stock
// MiniSearch and SQLite FTS5, ratios to FTS5, and each target of issue 5 checked.
import type { Latency } from './stats.ts';

export interface EngineQueries {
  latency: { overall: Latency; byClass: Record<string, Latency>; byVariant: Record<string, Latency> };
}

interface Cannon {
  requestsPerSecond: number;
  p50ms: number;
  p99ms: number;
  errors: number;
  non2xx: number;
  serverCores: number;
  /** Cores used by each server process that did work (older results lack it). */
  workerCores?: number[];
  /** Cores used by the load generator (this process) meanwhile. */
  generatorCores?: number;
}

type Failed = { error: string };
type Reference = Partial<EngineQueries> & { error?: string; buildSeconds?: number; passages?: number; loadSeconds?: number | null; rssAfterLoadMB?: number; jsonMB?: number | null; sizeMB?: number; saveError?: string | null; totals?: number[] };

export interface Results {
  size: number;
  commit: string;
  seed: number;
  ranAt: string;
  machine: { cores: number; memoryGB: number; node: string; loadAverageAtStart: number; loadAverageAtEnd?: number };
  options: { rounds: number; duration: number; connections: number; heapFlags: string[] };
  corpus: { passages: number; documents: number; questions: number; speakers: number; words: number; bytes: number; firstDate: string; lastDate: string; vocabularySize: number; generateSeconds: number };
  ran: { refs: boolean; http: boolean };
  verbatim: {
    build?: Record<string, unknown> & { error?: string };
    indexMB?: number;
    queries?: (EngineQueries & { loadSeconds: number; rssAfterLoadMB: number; totals: number[] }) | Failed;
    http?:
      | ({ coldStartSeconds: number; coldStartWorkersSeconds?: number; rssAfterLoadMB: number; rssAllWorkersMB?: number; rssAfterRunsMB?: number; latency?: EngineQueries['latency']; mix?: Cannon; mixUncached?: Cannon; rare?: Cannon; rareUncached?: Cannon; bare?: Cannon; bareBodyKB?: number } & { error?: undefined })
      | Failed;
    /** The quote check on a seeded mix of the corpus's own sentences: as said, trimmed, paraphrased, made up. */
    quotes?: { quotes: number; overall: Latency; byVariant: Record<string, Latency>; verdicts: Record<string, Record<string, number>> } | Failed;
  };
  minisearch?: Reference;
  fts5?: Reference;
}

const ok = <T extends object>(x: T | Failed | undefined): T | undefined => (x && !('error' in x && x.error) ? (x as T) : undefined);
const fmt = (x: number | null | undefined, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? '-' : x >= 1000 ? Math.round(x).toLocaleString('en-US') : x.toFixed(digits));
const ratio = (a: number | undefined | null, b: number | undefined | null) => (a && b ? `${(a / b).toFixed(2)}x` : '-');

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w, i) => (i === 0 ? '-' : '') + '-'.repeat(w) + (i === 0 ? '-' : ':') ).join('|') + '|', ...cells.slice(1).map(line)].join('\n');
}

// The load generator shares the machine's two cores, so the server cannot have both to itself:
// both cores work when two server workers each do a real share and, with the generator, fill the machine.
const bothCoresWork = (x: Cannon | undefined) => (x?.workerCores && x.generatorCores !== undefined ? x.workerCores.filter((c) => c >= 0.4).length >= 2 && x.serverCores + x.generatorCores >= 1.7 : undefined);
const bothCores = (x: Cannon | undefined) => (x?.workerCores ? `${x.workerCores.map((c) => c.toFixed(2)).join(' + ')} + generator ${fmt(x.generatorCores, 2)} (mix, cache off)` : '-');

export function printReport(r: Results): void {
  const v = r.verbatim;
  const build = ok(v.build as { seconds: number; passages: number; readParseSeconds: number; indexSaveSeconds: number; peakRssMB: number } | undefined);
  const q = ok(v.queries);
  const http = ok(v.http);
  const ms = r.minisearch && !r.minisearch.error ? r.minisearch : undefined;
  const fts = r.fts5 && !r.fts5.error ? r.fts5 : undefined;
  const c = r.corpus;
  const out: string[] = [];
  out.push(`\nVerbatim benchmark: ${c.passages.toLocaleString('en-US')} passages, ${c.documents} documents, ${c.speakers} speakers, ${(c.bytes / 1e6).toFixed(0)} MB of Markdown, ${c.firstDate}..${c.lastDate}; ${r.machine.cores} cores, ${r.machine.memoryGB} GiB, Node ${r.machine.node}; commit ${r.commit}`);
  // Other processes on a two-core machine skew every figure: say so rather than hide it.
  const load = Math.max(r.machine.loadAverageAtStart, r.machine.loadAverageAtEnd ?? 0);
  if (load > 0.5) out.push(`WARNING: the machine was busy with other work (1-minute load average up to ${load.toFixed(1)} on ${r.machine.cores} cores): figures are pessimistic`);
  for (const [name, e] of [['Verbatim build', v.build], ['Verbatim queries', v.queries], ['Verbatim quotes', v.quotes], ['Verbatim HTTP', v.http], ['MiniSearch', r.minisearch], ['FTS5', r.fts5]] as const)
    if (e && 'error' in e && e.error) out.push(`${name}: FAILED: ${e.error}`);
  if (ms?.saveError) out.push(`MiniSearch: its JSON could not be made: ${ms.saveError}`);

  const bps = (p: number | undefined, s: number | undefined) => (p && s ? p / s : undefined);
  out.push('\nBuild and load (Verbatim: whole pipeline from files to saved index; references: indexing parsed passages)');
  out.push(
    table(
      ['', 'Verbatim', 'MiniSearch', 'FTS5', 'Verbatim/FTS5'],
      [
        ['build, passages/s', fmt(bps(build?.passages, build?.seconds), 0), fmt(bps(ms?.passages, ms?.buildSeconds), 0), fmt(bps(fts?.passages, fts?.buildSeconds), 0), ratio(bps(build?.passages, build?.seconds), bps(fts?.passages, fts?.buildSeconds))],
        ['build, s', fmt(build?.seconds, 2), fmt(ms?.buildSeconds, 2), fmt(fts?.buildSeconds, 2), ''],
        ['  of which read+parse+attribute, s', fmt(build?.readParseSeconds, 2), '', '', ''],
        ['  of which index+save, s', fmt(build?.indexSaveSeconds, 2), '', '', ''],
        ['build peak RSS, MB', fmt(build?.peakRssMB, 0), '', '', ''],
        ['index on disk, MB', fmt(v.indexMB), fmt(ms?.jsonMB), fmt(fts?.sizeMB), ratio(v.indexMB, fts?.sizeMB)],
        ['load, s', fmt(q?.loadSeconds, 2), fmt(ms?.loadSeconds, 2), fmt(fts?.loadSeconds, 3), ''],
        ['cold start to first answer, s (one process)', fmt(http?.coldStartSeconds, 2), '', '', ''],
        ['cold start to first answer, s (a worker per core)', fmt(http?.coldStartWorkersSeconds, 2), '', '', ''],
        ['RSS after load, MB (one process)', fmt(http?.rssAfterLoadMB ?? q?.rssAfterLoadMB, 0), fmt(ms?.rssAfterLoadMB, 0), fmt(fts?.rssAfterLoadMB, 0), ''],
        ['RSS after load, MB (a worker per core, a copy each)', fmt(http?.rssAllWorkersMB, 0), '', '', ''],
      ],
    ),
  );
  out.push('(reference RSS includes the passages they filter and facet on; FTS5 keeps them in the database file)');

  const classes = Object.keys(q?.latency.byClass ?? ms?.latency?.byClass ?? fts?.latency?.byClass ?? {});
  const cell = (l: Latency | undefined) => (l ? `${fmt(l.p50, 2)} / ${fmt(l.p95, 2)} / ${fmt(l.p99, 2)}` : '-');
  out.push(`\nQuery latency in ms, p50 / p95 / p99 (${r.options.rounds} round${r.options.rounds === 1 ? "" : "s"} after a warm-up; each class plain, by speaker, by dates; facets included)`);
  const rows = [...classes.map((k) => [k, q?.latency.byClass[k], http?.latency?.byClass[k], ms?.latency?.byClass[k], fts?.latency?.byClass[k]] as const)];
  for (const k of ['plain', 'speaker', 'dates']) rows.push([`variant: ${k}`, q?.latency.byVariant[k], http?.latency?.byVariant[k], ms?.latency?.byVariant[k], fts?.latency?.byVariant[k]]);
  rows.push(['overall', q?.latency.overall, http?.latency?.overall, ms?.latency?.overall, fts?.latency?.overall]);
  out.push(
    table(
      ['class', 'Verbatim search()', 'Verbatim HTTP', 'MiniSearch', 'FTS5', 'p99 Verbatim/FTS5'],
      rows.map(([k, a, b, m, f]) => [k, cell(a), cell(b), cell(m), cell(f), ratio(a?.p99, f?.p99)]),
    ),
  );
  if (q && fts?.totals) {
    const broad = q.totals.filter((_, i) => i % 3 === 0).slice(-8);
    out.push(`broad queries match ${Math.min(...broad)}..${Math.max(...broad)} of ${c.passages} passages; zero-hit queries: Verbatim ${q.totals.filter((t) => t === 0).length}, MiniSearch ${ms?.totals?.filter((t) => t === 0).length ?? '-'}, FTS5 ${fts.totals.filter((t) => t === 0).length} (FTS5 has no typo tolerance)`);
  }

  const quotes = ok(v.quotes);
  if (quotes) {
    out.push(`\nQuote check (checkQuote, as GET /api/quote runs it), ms p50 / p95 / p99, ${quotes.quotes} quotes drawn from the corpus`);
    const verdicts = (k: string) => Object.entries(quotes.verdicts[k] ?? {}).map(([verdict, n]) => `${verdict} ${n}`).join(', ');
    out.push(table(['quotes', 'latency', 'verdicts'], [...Object.entries(quotes.byVariant).map(([k, l]) => [k, cell(l), verdicts(k)]), ['overall', cell(quotes.overall), '']]));
  }

  if (http?.mix) {
    out.push(`\nHTTP at ${r.options.connections} connections, ${r.options.duration} s each (server and load generator in separate processes)`);
    const h = (name: string, x: Cannon | undefined) => [name, fmt(x?.requestsPerSecond, 0), fmt(x?.p50ms, 0), fmt(x?.p99ms, 0), `${x?.errors ?? '-'} / ${x?.non2xx ?? '-'}`, `${fmt(x?.serverCores, 2)} (${x?.workerCores?.map((c) => c.toFixed(2)).join(' + ') ?? '-'})`, fmt(x?.generatorCores, 2)];
    out.push(
      table(
        ['', 'requests/s', 'p50 ms', 'p99 ms', 'errors / non-2xx', 'server cores (per process)', 'load generator cores'],
        [h('realistic mix', http.mix), h('realistic mix, result cache off', http.mixUncached), h('rare words', http.rare), h('rare words, result cache off', http.rareUncached), h(`bare Hono, ${http.bareBodyKB} KB 10-hit body`, http.bare)],
      ),
    );
  }

  out.push('\nTargets (issue 5)');
  const check = (name: string, value: string, pass: boolean | undefined) => [name, value, pass === undefined ? 'n/a' : pass ? 'PASS' : 'FAIL'];
  const big = r.size >= 1_000_000;
  const targets = big
    ? [
        check('index builds and saves', build ? `${fmt(build.seconds, 0)} s` : (v.build?.error ?? '-'), !!build),
        check('index loads (server answers)', http ? `cold start ${fmt(http.coldStartSeconds, 1)} s` : q ? `load ${fmt(q.loadSeconds, 1)} s` : '-', http || q ? true : build ? false : undefined),
        check('HTTP mix p99 <= 100 ms (cache off)', `${fmt(http?.mix?.p99ms, 0)} (${fmt(http?.mixUncached?.p99ms, 0)})`, http?.mix ? http.mix.p99ms <= 100 : undefined),
      ]
    : [
        check('query p50 <= 1.5 ms', fmt(q?.latency.overall.p50, 2), q ? q.latency.overall.p50 <= 1.5 : undefined),
        check('query p99 <= FTS5 p99', `${fmt(q?.latency.overall.p99, 1)} vs ${fmt(fts?.latency?.overall.p99, 1)}`, q && fts?.latency ? q.latency.overall.p99 <= fts.latency.overall.p99 : undefined),
        check('build >= 6,000 passages/s', fmt(bps(build?.passages, build?.seconds), 0), build ? build.passages / build.seconds >= 6000 : undefined),
        check('cold start <= 1.5 s', fmt(http?.coldStartSeconds, 2), http ? http.coldStartSeconds <= 1.5 : undefined),
        check('RSS after load <= 400 MB', fmt(http?.rssAfterLoadMB, 0), http ? http.rssAfterLoadMB <= 400 : undefined),
        check('HTTP mix >= 2,000 requests/s (cache off)', `${fmt(http?.mix?.requestsPerSecond, 0)} (${fmt(http?.mixUncached?.requestsPerSecond, 0)})`, http?.mix ? http.mix.requestsPerSecond >= 2000 : undefined),
        check('HTTP mix p99 <= 50 ms (cache off)', `${fmt(http?.mix?.p99ms, 0)} (${fmt(http?.mixUncached?.p99ms, 0)})`, http?.mix ? http.mix.p99ms <= 50 : undefined),
        check('rare words >= 30% of bare Hono (cache off)', http?.rare && http.bare ? `${((100 * http.rare.requestsPerSecond) / http.bare.requestsPerSecond).toFixed(1)}% (${http.rareUncached ? ((100 * http.rareUncached.requestsPerSecond) / http.bare.requestsPerSecond).toFixed(1) : '-'}%)` : '-', http?.rare && http.bare ? http.rare.requestsPerSecond >= 0.3 * http.bare.requestsPerSecond : undefined),
        check('0 HTTP errors', http?.mix ? `${http.mix.errors + (http.rare?.errors ?? 0) + http.mix.non2xx + (http.rare?.non2xx ?? 0)}` : '-', http?.mix ? http.mix.errors + http.mix.non2xx + (http.rare?.errors ?? 0) + (http.rare?.non2xx ?? 0) === 0 : undefined),
        check('both cores work (2 workers busy, machine saturated)', bothCores(http?.mixUncached), bothCoresWork(http?.mixUncached)),
        check('quote check p99 <= 100 ms (issue 15)', fmt(quotes?.overall.p99, 1), quotes ? quotes.overall.p99 <= 100 : undefined),
      ];
  out.push(table(['target', 'measured', ''], targets));
  process.stdout.write(out.join('\n') + '\n');
}
