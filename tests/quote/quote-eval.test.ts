// The quote evaluation (npm run bench:quotes) pinned at a small size: 40 quotes of each variant
// drawn with seed 1 from the White House corpus, through the real checker.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { createSearchIndex, type SearchIndex } from '../../src/indexing/search-index.ts';
import { evaluateQuotes } from '../../bench/quote-eval.ts';
import { quoteSet, type QuoteCase } from '../../bench/quote-set.ts';
import { FIXTURES } from '../helpers.ts';

let index: SearchIndex;
let cases: QuoteCase[];
beforeAll(async () => {
  index = createSearchIndex((await buildCorpus(join(FIXTURES, 'whitehouse-2024'))).corpus);
  cases = quoteSet(index.corpus, 40, 1);
}, 120_000);

describe('quote evaluation on whitehouse-2024, seed 1, 40 per variant', () => {
  it('draws the same quotes every time', () => {
    expect(cases).toHaveLength(240);
    expect(cases.slice(0, 3).map((c) => [c.variant, c.text])).toEqual([
      ['verbatim', 'And I just don’t want to get into polling, any more details on polling.'],
      ['trimmed', 'So, you’ll — you’ll continue to hear the president lay out a half years and, obviously, as we do regularly, give that stark contrast and lay out what’s at stake.'],
      ['paraphrased', 'And so, been clear about that, and we’re going to continue to did so.'],
    ]);
    expect(cases[5]).toEqual({ variant: 'made-up', source: null, said: null, text: expect.stringMatching(/^So I I think we are/) });
  });

  it('scores every variant as pinned', () => {
    const e = evaluateQuotes(index, cases);
    expect(e.scores).toEqual({
      verbatim: { cases: 40, rightPassageFirst: 1, verdictRight: 1 },
      trimmed: { cases: 40, rightPassageFirst: 1, verdictRight: 1 },
      paraphrased: { cases: 40, rightPassageFirst: 1, verdictRight: 1 },
      'wrong-speaker': { cases: 40, rightPassageFirst: 1, verdictRight: 1 },
      'right-speaker': { cases: 40, rightPassageFirst: 1, verdictRight: 1 },
      'made-up': { cases: 40, rightPassageFirst: null, verdictRight: 1 },
    });
    expect([e.wrongSpeakerFlagged, e.rightSpeakerAgreed]).toEqual([1, 1]);
  }, 120_000);
});
