// npm run bench:quotes -- [--per-variant 200] [--seed 1] [--misses]
// Builds the White House corpus (tests/fixtures/whitehouse-2024), draws a quote set from it with a
// fixed seed (quote-set.ts) and prints, per variant, how often the right passage comes first and
// how often the verdict is right.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../src/indexing/build-corpus.ts';
import { createSearchIndex } from '../src/indexing/search-index.ts';
import { evaluateQuotes } from './quote-eval.ts';
import { quoteSet, VARIANTS } from './quote-set.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    'per-variant': { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    corpus: { type: 'string', default: join(ROOT, 'tests', 'fixtures', 'whitehouse-2024') },
    misses: { type: 'boolean', default: false },
  },
});

const { corpus } = await buildCorpus(values.corpus);
const index = createSearchIndex(corpus);
const cases = quoteSet(corpus, Number(values['per-variant']), Number(values.seed));
const e = evaluateQuotes(index, cases);
const pct = (x: number | null) => (x === null ? '     -' : `${(x * 100).toFixed(1).padStart(5)}%`);
console.log(`quote check on ${values.corpus} (${corpus.passages.length} passages), seed ${values.seed}, ${values['per-variant']} per variant`);
console.log('variant          cases  right passage first  verdict right');
for (const v of VARIANTS) {
  const s = e.scores[v];
  console.log(`${v.padEnd(16)} ${String(s.cases).padStart(5)}  ${pct(s.rightPassageFirst).padStart(19)}  ${pct(s.verdictRight).padStart(13)}`);
}
console.log(`wrong-speaker credits flagged: ${pct(e.wrongSpeakerFlagged)}; right-speaker credits agreed: ${pct(e.rightSpeakerAgreed)}`);
console.log(`time per check (ms): p50 ${e.latency.p50}, p99 ${e.latency.p99}, max ${e.latency.max}`);
if (values.misses) for (const m of e.misses) console.log(`MISS ${m.variant} [${m.verdict}${m.rightFirst === false ? ', wrong passage' : ''}] ${m.text}`);
