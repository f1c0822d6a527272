// Worker: loads a saved index and times the quote check (quote/check-quote.ts) on a quote mix drawn
// from the index's own passages with a fixed seed: as said, trimmed, paraphrased and made up.
// args: <indexDir> <rounds> <perVariant> <seed>
import { loadIndex } from '../../src/indexing/load-index.ts';
import { checkQuote } from '../../src/quote/check-quote.ts';
import { quoteSet, type Variant } from '../quote-set.ts';
import { latency, type Latency } from '../stats.ts';

const [indexDir, rounds, perVariant, seed] = process.argv.slice(2) as [string, string, string, string];
const { index } = await loadIndex(indexDir);
const variants: Variant[] = ['verbatim', 'trimmed', 'paraphrased', 'made-up'];
const cases = quoteSet(index.corpus, Number(perVariant), Number(seed), { variants, chainPassages: 3000, checkUnsaid: false });
const times = cases.map(() => [] as number[]);
const verdicts: Record<string, Record<string, number>> = {};
// Round 0 warms up (JIT, the term tree's first walks) and is not timed.
for (let r = 0; r <= Number(rounds); r++) {
  for (const [i, c] of cases.entries()) {
    const started = performance.now();
    const result = checkQuote(index, { text: c.text });
    const took = performance.now() - started;
    if (r === 0) {
      const v = (verdicts[c.variant] ??= {});
      v[result.verdict] = (v[result.verdict] ?? 0) + 1;
    } else times[i]!.push(took);
  }
}
const byVariant: Record<string, Latency> = {};
for (const v of variants) byVariant[v] = latency(cases.flatMap((c, i) => (c.variant === v ? times[i]! : [])));
console.log(JSON.stringify({ quotes: cases.length, overall: latency(times.flat()), byVariant, verdicts }));
