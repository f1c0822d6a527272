import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPhrase } from '../../src/search/find-phrase.ts';
import { phrasePrefilter } from '../../src/search/phrase-prefilter.ts';
import { wordTokens } from '../../src/text/word-tokens.ts';

describe('phrasePrefilter', () => {
  it('rules out text where the words are apart', () => {
    const test = phrasePrefilter(['high', 'end'])!;
    expect(['High-end steel', 'a HIGH  end', 'high, end', 'the high’s end'].map(test)).toEqual([true, true, true, true]);
    expect(['high prices at the end', 'end high', 'high-low end'].map(test)).toEqual([false, false, false]);
  });

  it('leaves phrases in other scripts to the exact check', () => {
    expect(phrasePrefilter(['京津', '冀'])).toBeNull();
  });

  it('never rules out a text where the phrase occurs', () => {
    const piece = fc.constantFrom('high', 'High', 'end', "'s", '’s', 'café', 'cafe', 'Xiong', "'", '’', 'an', '1', ',', '000', '.', '5', '-', ' ', '  ', '“', '—', 'é', 'e\u0301', 'x', "''", '京');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 3 }), (parts, at, length) => {
        const text = parts.join('');
        const tokens = wordTokens(text);
        const words = tokens.slice(at, at + length).map((t) => t.term);
        if (words.length === 0) return;
        expect(findPhrase(tokens, words).length).toBeGreaterThan(0);
        const test = phrasePrefilter(words);
        if (test) expect([text, words, test(text)]).toEqual([text, words, true]);
      }),
      { numRuns: 20000 },
    );
  });
});
