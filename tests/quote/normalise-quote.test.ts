// How a pasted quote is read: its words, omissions, insertions and attribution.
import { describe, expect, it } from 'vitest';
import { normaliseQuote } from '../../src/quote/normalise-quote.ts';
import { alignWords } from '../../src/quote/align-words.ts';
import { alignTokens } from '../../src/quote/align-tokens.ts';
import { classify } from '../../src/quote/check-quote.ts';

const words = (text: string) => normaliseQuote(text).tokens.map((t) => `${t.omissionBefore ? '…' : ''}${t.bracketed ? `[${t.term}]` : t.term}`);

describe('normaliseQuote', () => {
  it('drops quotation marks and folds apostrophes, dashes and case', () => {
    expect(words('“Xiong’an’s high-end — GREEN”')).toEqual(['xiongan', 'high', 'end', 'green']);
  });

  it('marks omissions written ... or … or . . .', () => {
    expect(words('we will ... build it … now . . . today')).toEqual(['we', 'will', '…build', 'it', '…now', '…today']);
  });

  it('marks [bracketed] insertions', () => {
    expect(words('[The president] has made clear')).toEqual(['[the]', '[president]', 'has', 'made', 'clear']);
  });

  it('writes contractions out', () => {
    expect(normaliseQuote('we don’t know').tokens.map((t) => [t.term, t.contracted])).toEqual([
      ['we', false],
      ['do', true],
      ['not', true],
      ['know', false],
    ]);
    expect(alignTokens("it's China's well").map((t) => t.term)).toEqual(['it', 'is', 'china', 'well']);
  });

  it.each([
    ['Kirby said that "we are not going to do that"', 'Kirby'],
    ['John Kirby said: we are not going to do that', 'John Kirby'],
    ['Mr. Kirby told reporters, “we are not going to do that”', 'Mr. Kirby'],
    ['According to Jean-Pierre, we are not going to do that', 'Jean-Pierre'],
    ['“We are not going to do that,” Kirby said.', 'Kirby'],
    ['"We are not going to do that," said John Kirby', 'John Kirby'],
  ])('finds the attribution in %s', (text, claimed) => {
    const q = normaliseQuote(text);
    expect([q.claimed, q.tokens.map((t) => t.term).join(' ')]).toEqual([claimed, 'we are not going to do that']);
  });

  it('keeps words that only look like an attribution', () => {
    expect(normaliseQuote('We said that we are not going to do that').claimed).toBeNull();
    expect(normaliseQuote('The president said that we are going').claimed).toBeNull();
    expect(normaliseQuote('I think the president said').claimed).toBeNull();
  });
});

describe('alignment verdicts', () => {
  const passage = 'We will further foster and expand industries such as aerospace information, satellite network and green hydrogen energy.';
  const check = (quote: string) => {
    const q = normaliseQuote(quote).tokens;
    const p = alignTokens(passage);
    const weights = new Float64Array(q.length).fill(1);
    const a = alignWords(q, weights, p, (i, j) => (q[i]!.term === p[j]!.term ? (q[i]!.contracted === p[j]!.contracted ? 'exact' : 'soft') : null));
    return classify(q, a, q.length);
  };
  it('verbatim: every word as written, in one run', () => {
    expect(check('“foster and expand industries”')).toEqual({ verdict: 'verbatim', similarity: 1 });
  });
  it('trimmed: an omission marked costs nothing, an unmarked one a little', () => {
    expect(check('we will ... expand industries')).toEqual({ verdict: 'trimmed', similarity: 0.995 });
    expect(check('we will expand industries')).toEqual({ verdict: 'trimmed', similarity: 0.745 });
  });
  it('trimmed: a [bracketed] word the passage lacks', () => {
    expect(check('[Hebei] will further foster')).toEqual({ verdict: 'trimmed', similarity: 0.75 });
  });
  it('paraphrased: a word changed', () => {
    expect(check('we will further foster and grow industries such as aerospace')).toEqual({ verdict: 'paraphrased', similarity: 0.865 });
  });
  it('none: too little in common', () => {
    expect(check('they never build rockets or satellites in winter')).toBeNull();
  });
});
