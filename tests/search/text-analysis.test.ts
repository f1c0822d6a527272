import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { processTerm, tokenize } from '../../src/text/analyze.ts';
import { foldTerm } from '../../src/text/fold-term.ts';
import { stemTerm } from '../../src/text/stem-term.ts';
import { compoundTokens, wordTokens } from '../../src/text/word-tokens.ts';

const indexTerms = (text: string) => tokenize(text).map((t) => processTerm(t));

describe('text analysis', () => {
  it('folds case and diacritics', () => {
    expect(foldTerm('Café')).toBe('cafe');
    expect(foldTerm('ÉLYSÉE')).toBe('elysee');
  });

  it('folds straight, curly and modifier apostrophes away, and drops a possessive s', () => {
    expect(["Xiong'an", 'Xiong’an', 'Xiongan', 'Xiongʼan'].map(foldTerm)).toEqual(['xiongan', 'xiongan', 'xiongan', 'xiongan']);
    expect(foldTerm("China's")).toBe('china');
    expect(foldTerm('China’s')).toBe('china');
  });

  it('splits hyphenated words and also indexes the compound written solid', () => {
    expect(indexTerms('Beijing-Tianjin-Hebei high-end')).toEqual(['beij', 'tianjin', 'hebei', 'high', 'end', 'beijingtianjinhebei', 'highend']);
  });

  it('keeps decimal numbers whole and drops thousands separators', () => {
    expect(tokenize('rose 45.1% to 1,000 yuan in 2023.')).toEqual(['rose', '45.1', 'to', '1000', 'yuan', 'in', '2023']);
  });

  it('stems English words only', () => {
    expect(['industry', 'industries', 'innovate', 'innovation'].map(stemTerm)).toEqual(['industri', 'industri', 'innov', 'innov']);
    expect(stemTerm('45.1')).toBe('45.1');
    expect(stemTerm('发展')).toBe('发展');
  });

  it('segments Chinese into words with their offsets', () => {
    const text = '推进京津冀协同发展';
    expect(wordTokens(text).map((t) => [t.term, text.slice(t.start, t.end)])).toEqual([
      ['推进', '推进'],
      ['京津', '京津'],
      ['冀', '冀'],
      ['协同', '协同'],
      ['发展', '发展'],
    ]);
  });

  it('gives word positions in the text as written', () => {
    const text = '“Xiong’an’s high-end plan,” he said';
    const tokens = wordTokens(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Xiong’an’s', 'high', 'end', 'plan', 'he', 'said']);
    expect(tokens.map((t) => t.term)).toEqual(['xiongan', 'high', 'end', 'plan', 'he', 'said']);
    expect(compoundTokens(tokens).map((c) => [c.term, text.slice(c.start, c.end)])).toEqual([['highend', 'high-end']]);
  });
});

describe('wordTokens fast path', () => {
  // The plain definition: every match of WORD, folded. The fast path must agree with it.
  const WORD = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['\u2018\u2019\u02bc][\p{L}\p{M}\p{N}]+)*/gu;
  const reference = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
  const latinOnly = (text: string) => !/[\p{Script=Han}\p{Script=Thai}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);

  it('finds the same words as the plain pattern', () => {
    const piece = fc.constantFrom('a', 'Z', '9', '45', '.', ',', "'", '’', '-', ' ', 'é', 'e\u0301', 'ß', '😀', '\n', '%', '“', 'x1', '1,000', 'Xiong', 'an', 'ʼ', '\u0301');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        if (!latinOnly(text)) return;
        expect(wordTokens(text).map((t) => [t.start, t.end])).toEqual(reference(text).filter(([s, e]) => foldTerm(text.slice(s, e)) !== ''));
      }),
      { numRuns: 2000 },
    );
  });
});
