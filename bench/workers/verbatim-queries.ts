// Worker: loads a saved index and times the query mix through Verbatim's own search function
// (parameters validated as the API does). args: <indexDir> <mixFile> <rounds>
import { readFileSync } from 'node:fs';
import { loadIndex } from '../../src/indexing/load-index.ts';
import { searchParamsSchema } from '../../src/search/params.ts';
import { search } from '../../src/search/search.ts';
import { verbatimParams, type BenchQuery } from '../query-mix.ts';
import { report, rssMB, timeMix } from '../stats.ts';

const [indexDir, mixFile, rounds] = process.argv.slice(2) as [string, string, string];
const mix = JSON.parse(readFileSync(mixFile, 'utf8')) as BenchQuery[];
const started = performance.now();
const { index } = await loadIndex(indexDir);
const loadSeconds = (performance.now() - started) / 1000;
const rssAfterLoadMB = rssMB();
const { times, totals } = timeMix(mix, Number(rounds), (q) => search(index, searchParamsSchema.parse(verbatimParams(q))).total);
report({ loadSeconds, rssAfterLoadMB, times, totals });
