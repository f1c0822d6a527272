import { describe, expect, it } from 'vitest';
import type { ClauseHit } from '../../src/search/clause-matcher.ts';
import { fuzzyWords, highlightRanges } from '../../src/search/highlight-ranges.ts';
import { stemTerm } from '../../src/text/stem-term.ts';
import { wordTokens } from '../../src/text/word-tokens.ts';
import { englishWords } from '../text/english-words.ts';

const hit = (terms: string[]): ClauseHit => ({ score: 1, fuzzy: false, terms, phrases: [] });
const fuzzyHit = (fuzzyTerm: string, terms: string[]): ClauseHit => ({ score: 1, fuzzy: true, fuzzyTerm, terms, phrases: [] });

/** The words highlighted in `text` for the matched stems `terms`. */
function highlighted(text: string, terms: string[]): string[] {
  return highlightRanges(wordTokens(text), [hit(terms)]).map(([a, b]) => text.slice(a, b));
}

describe('highlightRanges', () => {
  it('marks every word whose stem matched', () => {
    const text = 'Industries and industrial policy: the industry grew, INDUSTRIALIZED.';
    expect(stemTerm('industries')).toBe('industri');
    expect(highlightRanges(wordTokens(text), [hit(['industri'])])).toEqual([[0, 10], [15, 25], [38, 46], [53, 67]]);
    expect(highlighted('Conflated, conflating, conflates, conflation; a conflict.', [stemTerm('conflated')])).toEqual(['Conflated', 'conflating', 'conflates', 'conflation']);
    expect(highlighted('Try, tried, trying: tries.', [stemTerm('tried')])).toEqual(['tried', 'tries']);
  });

  it('marks words whose second letter the stem changed from y to i', () => {
    expect(highlighted('The ays have it; the eyed needle, eying the oys. Ayes?', ['ai', 'ei'])).toEqual(['ays', 'eyed', 'eying']);
  });

  it('marks words stemmed to their first letter', () => {
    expect(highlighted('oed, o, or ode', ['o'])).toEqual(['oed', 'o']);
  });

  it('marks hyphen compounds as a whole', () => {
    const text = 'A high-end, high end and highend steel; end-to-end. E-commerce.';
    expect(highlightRanges(wordTokens(text), [hit(['highend'])])).toEqual([[2, 10], [25, 32]]);
    expect(highlighted(text, ['endtoend', 'high'])).toEqual(['high', 'high', 'end-to-end']);
    expect(highlighted(text, ['end'])).toEqual(['end', 'end', 'end', 'end']);
    expect(highlighted(text, [stemTerm('ecommerce')])).toEqual(['E-commerce']);
  });

  it('marks numbers and words of other scripts as written', () => {
    expect(highlighted('Growth was 45.1 percent, 45 or 451, and 1,000 jobs.', ['45.1', '1000'])).toEqual(['45.1', '1,000']);
    expect(highlighted('京、津、冀 and 北京', ['京'])).toEqual(['京']);
  });

  it('marks every English word for its own stem', () => {
    const missed = englishWords().filter((w) => {
      const ranges = highlightRanges(wordTokens(w), [hit([stemTerm(w)])]);
      return ranges.length !== 1 || ranges[0]![0] !== 0 || ranges[0]![1] !== w.length;
    });
    expect(missed).toEqual([]);
  });
});

describe('fuzzyWords', () => {
  it('lists the words, as written, that the fuzzy matches stand for', () => {
    const text = 'Tarrifs, tariffs and the Tariff; tarif.';
    expect(fuzzyWords(text, wordTokens(text), [hit(['tariff']), fuzzyHit('tarrifs', ['tariff', 'tarif'])])).toEqual([{ term: 'tarrifs', matched: ['tariffs', 'Tariff', 'tarif'] }]);
    const days = 'The dais, the days and a daily day; ays.';
    expect(fuzzyWords(days, wordTokens(days), [fuzzyHit('dais', ['dai', 'ai'])])).toEqual([{ term: 'dais', matched: ['dais', 'days', 'day', 'ays'] }]);
  });
});
