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
      ['verbatim', 'Acting Secretary of Labor Julie Su is in Baltimore today meeting with stakeholders.'],
      ['trimmed', 'And so — but I would — I think it’s important to well below the 2020 peak —'],
      ['paraphrased', 'We were stopping actually the flow of illegal guns and making the largest-ever federal investment in fighting and preventing crime through the American Rescue Plan, which every Republican in Congress voted against.'],
    ]);
    expect(cases[5]).toEqual({ variant: 'made-up', source: null, said: null, text: expect.stringMatching(/^The President Biden administration has been/) });
  });

  it('scores every variant as pinned', () => {
    const e = evaluateQuotes(index, cases);
    expect(e.scores).toEqual({
      verbatim: { cases: 40, rightPassageFirst: 1, verdictRight: 1 },
      trimmed: { cases: 40, rightPassageFirst: 0.975, verdictRight: 1 },
      paraphrased: { cases: 40, rightPassageFirst: 1, verdictRight: 0.975 },
      'wrong-speaker': { cases: 40, rightPassageFirst: 1, verdictRight: 1 },
      'right-speaker': { cases: 40, rightPassageFirst: 1, verdictRight: 1 },
      'made-up': { cases: 40, rightPassageFirst: null, verdictRight: 1 },
    });
    expect([e.wrongSpeakerFlagged, e.rightSpeakerAgreed]).toEqual([1, 1]);
  }, 120_000);
});
