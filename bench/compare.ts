// npx tsx bench/compare.ts --base <checkout> --index <dir> --mix <queries.json> [--rounds 10]
// search() latency of two checkouts in one process, query by query in alternating order, on the
// same saved index and the bench's query mix (bench/out/corpus-<size>-seed<seed>-v<n>/queries.json).
// On a shared machine the load moves during a run; interleaving gives both the same conditions,
// which two bench runs one after the other do not. Prints p50 / p95 / p99 overall and by class.
// Make the base checkout with: git worktree add --detach /tmp/base <commit> (and link node_modules).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchQuery } from './query-mix.ts';
import { verbatimParams } from './query-mix.ts';

const { values } = parseArgs({ options: { base: { type: 'string' }, index: { type: 'string' }, mix: { type: 'string' }, rounds: { type: 'string', default: '10' } } });
if (!values.base || !values.index || !values.mix) {
  process.stderr.write('usage: npx tsx bench/compare.ts --base <checkout> --index <dir> --mix <queries.json> [--rounds 10]\n');
  process.exit(2);
}

interface Engine {
  name: string;
  search: (index: unknown, params: unknown) => unknown;
  index: unknown;
  params: unknown[];
}

const mix = JSON.parse(readFileSync(values.mix, 'utf8')) as BenchQuery[];
async function engine(name: string, root: string): Promise<Engine> {
  const { loadIndex } = (await import(join(root, 'src/indexing/load-index.ts'))) as typeof import('../src/indexing/load-index.ts');
  const { search } = (await import(join(root, 'src/search/search.ts'))) as typeof import('../src/search/search.ts');
  const { searchParamsSchema } = (await import(join(root, 'src/search/params.ts'))) as typeof import('../src/search/params.ts');
  const { index } = await loadIndex(values.index!);
  return { name, search: search as Engine['search'], index, params: mix.map((q) => searchParamsSchema.parse(verbatimParams(q))) };
}
const engines = [await engine('base', resolve(values.base)), await engine('this', resolve(import.meta.dirname, '..'))];

const times = engines.map(() => mix.map(() => [] as number[]));
for (const e of engines) mix.forEach((_, i) => e.search(e.index, e.params[i])); // warm-up
const loads: number[] = [];
for (let r = 0; r < Number(values.rounds); r++) {
  loads.push(loadavg()[0]!);
  mix.forEach((_, i) => {
    for (const k of (i + r) % 2 === 0 ? [0, 1] : [1, 0]) {
      const e = engines[k]!;
      const started = performance.now();
      e.search(e.index, e.params[i]);
      times[k]![i]!.push(performance.now() - started);
    }
  });
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const cell = (xs: number[]) => `${pct(xs, 0.5).toFixed(2)} / ${pct(xs, 0.95).toFixed(2)} / ${pct(xs, 0.99).toFixed(2)}`;
console.log(`load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on 2 cores; ${Number(values.rounds)} rounds of ${mix.length} queries each`);
console.log('| class | base p50 / p95 / p99 ms | this p50 / p95 / p99 ms |');
console.log('|---|---|---|');
const classes = ['overall', ...new Set(mix.map((q) => q.class))];
for (const c of classes) {
  const pick = (k: number) => times[k]!.flatMap((t, i) => (c === 'overall' || mix[i]!.class === c ? t : []));
  console.log(`| ${c} | ${cell(pick(0))} | ${cell(pick(1))} |`);
}
