// npx tsx bench/latency.ts --index <dir> [--rounds 20]
// Query latency through Verbatim's search() on any saved index (e.g. the White House
// corpus), for a fixed mix of query shapes drawn from the index's own words: common and rare
// words, two and three words, a phrase, a prefix while typing, a typo, each plain, by the
// busiest speaker and over the index's first month, plus browsing. Prints p50/p95/p99.
import { parseArgs } from 'node:util';
import { loadIndex } from '../src/indexing/load-index.ts';
import { searchParamsSchema } from '../src/search/params.ts';
import { search } from '../src/search/search.ts';
import { latency } from './stats.ts';

const { values } = parseArgs({ options: { index: { type: 'string', default: 'index' }, rounds: { type: 'string', default: '20' } } });
const { index } = await loadIndex(values.index);
const { corpus } = index;

// Words by the number of passages they occur in, from the stored texts.
const df = new Map<string, number>();
for (const p of corpus.passages) for (const w of new Set(p.text.toLowerCase().match(/[a-z]{4,}/g) ?? [])) df.set(w, (df.get(w) ?? 0) + 1);
const byDf = [...df].sort((a, b) => b[1] - a[1]).map(([w]) => w);
const at = (fraction: number) => byDf[Math.min(byDf.length - 1, Math.floor(byDf.length * fraction))]!;
// Three consecutive plain words from a passage in the middle of the corpus.
const phrase = corpus.passages
  .slice(Math.floor(corpus.passages.length / 2))
  .map((p) => p.text.match(/\b[a-z]{4,} [a-z]{4,} [a-z]{4,}\b/)?.[0])
  .find(Boolean)!;
const typo = (w: string) => w.slice(0, 2) + w[3] + w[2] + w.slice(4);
const shapes: [string, string][] = [
  ['common', at(0.001)],
  ['rare', at(0.6)],
  ['two words', `${at(0.01)} ${at(0.05)}`],
  ['three words', `${at(0.005)} ${at(0.02)} ${at(0.03)}`],
  ['phrase', `"${phrase}"`],
  ['prefix', at(0.02).slice(0, 4)],
  ['typo', typo(byDf.find((w, i) => i >= byDf.length * 0.01 && w.length >= 7)!)],
];
const speaker = corpus.speakers[0]!.id;
const month = corpus.documents.map((d) => d.date).filter(Boolean).sort()[0]!.slice(0, 7);
const mix: [string, Record<string, string>][] = [];
for (const [name, q] of shapes) {
  const base: Record<string, string> = name === 'prefix' ? { q, as_you_type: 'true' } : { q };
  mix.push([name, base], [`${name} + speaker`, { ...base, speaker }], [`${name} + dates`, { ...base, from: month, to: month }]);
}
mix.push(['browse speaker', { speaker }], ['browse all', {}]);

const rounds = Number(values.rounds);
const times = new Map<string, number[]>();
const all: number[] = [];
for (let r = 0; r < rounds + 2; r++) {
  for (const [name, input] of mix) {
    const params = searchParamsSchema.parse(input);
    const t = performance.now();
    search(index, params);
    const ms = performance.now() - t;
    if (r < 2) continue; // warm-up rounds
    (times.get(name) ?? times.set(name, []).get(name)!).push(ms);
    all.push(ms);
  }
}
console.log(`${corpus.passages.length} passages, ${mix.length} queries x ${rounds} rounds (after 2 warm-up rounds)`);
console.log('class'.padEnd(24), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8), '  query');
for (const [name, input] of mix) {
  const l = latency(times.get(name)!);
  console.log(name.padEnd(24), l.p50.toFixed(2).padStart(8), l.p95.toFixed(2).padStart(8), l.p99.toFixed(2).padStart(8), ' ', JSON.stringify(input));
}
const l = latency(all);
console.log('overall'.padEnd(24), l.p50.toFixed(2).padStart(8), l.p95.toFixed(2).padStart(8), l.p99.toFixed(2).padStart(8));
