// Worker: stock MiniSearch as a reference. Default index options, text only; queries combine
// words with AND like Verbatim, match the typed word as a prefix and the typo fuzzily (0.2);
// a phrase is its words ANDed (MiniSearch has no phrases). Filters and facets are done the way a
// naive application would: a filter callback, then counting speakers and years over every result.
// args: <corpusDir> <mixFile> <rounds>
import { readFileSync } from 'node:fs';
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { BenchQuery } from '../query-mix.ts';
import { report, rssMB, timeMix } from '../stats.ts';
import { referencePassages } from './reference-passages.ts';

const [corpusDir, mixFile, rounds] = process.argv.slice(2) as [string, string, string];
const mix = JSON.parse(readFileSync(mixFile, 'utf8')) as BenchQuery[];
const passages = await referencePassages(corpusDir);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

let started = performance.now();
let mini: MiniSearch | null = new MiniSearch({ fields: ['text'], storeFields: [] });
mini.addAll(passages.text.map((text, id) => ({ id, text })));
const buildSeconds = (performance.now() - started) / 1000;
const rssAfterBuildMB = rssMB();

// Its saved form is JSON.stringify of the index; at a large size that string cannot be made.
let jsonMB: number | null = null;
let saveError: string | null = null;
let loadSeconds: number | null = null;
try {
  started = performance.now();
  let json: string | null = JSON.stringify(mini);
  const stringifySeconds = (performance.now() - started) / 1000;
  jsonMB = Math.round(Buffer.byteLength(json) / 1e5) / 10;
  mini = null;
  gc();
  started = performance.now();
  mini = MiniSearch.loadJSON(json, { fields: ['text'], storeFields: [] });
  loadSeconds = (performance.now() - started) / 1000;
  json = null;
  void stringifySeconds;
} catch (err) {
  saveError = `${(err as Error).name}: ${(err as Error).message}`;
}
gc();
const rssAfterLoadMB = rssMB();
const index = mini!;

function run(q: BenchQuery): number {
  const options: SearchOptions = { combineWith: 'AND' };
  if (q.prefix) options.prefix = (_term, i, terms) => i === terms.length - 1;
  if (q.typo) options.fuzzy = 0.2;
  const from = q.from ?? '';
  const to = q.to ?? '';
  if (q.speaker || q.from)
    options.filter = (r) => (!q.speaker || passages.speaker[r.id] === q.speaker) && (!from || (passages.date[r.id]! >= from && passages.date[r.id]! <= to));
  const results = index.search(q.terms.join(' '), options);
  const speakers = new Map<string | null, number>();
  const years = new Map<string, number>();
  for (const r of results) {
    const s = passages.speaker[r.id as number]!;
    speakers.set(s, (speakers.get(s) ?? 0) + 1);
    const y = passages.date[r.id as number]!.slice(0, 4);
    years.set(y, (years.get(y) ?? 0) + 1);
  }
  results.slice(0, 20);
  return results.length;
}

const { times, totals } = timeMix(mix, Number(rounds), run);
report({ passages: passages.text.length, buildSeconds, rssAfterBuildMB, jsonMB, saveError, loadSeconds, rssAfterLoadMB, times, totals });
