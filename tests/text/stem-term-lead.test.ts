// What stemming does to the start of a word: the highlighter's prefilter (leadFilter in
// src/search/highlight-ranges.ts) skips stemming every word whose start no matched stem has.
import { describe, expect, it } from 'vitest';
import { stemTerm } from '../../src/text/stem-term.ts';
import { englishWords } from './english-words.ts';

const words = englishWords();

/** The stem keeps the word's first character and, unless the stem is one character, its second, or a y there became i. */
function keepsLead(word: string, stem: string): boolean {
  return stem[0] === word[0] && (stem.length === 1 || stem[1] === word[1] || (word[1] === 'y' && stem[1] === 'i'));
}

describe('stemTerm keeps the start of a word', () => {
  it('ranges over both word lists', () => {
    expect(words.length).toBeGreaterThan(420_000);
    expect(words.every((w) => /^[a-z]+$/.test(w))).toBe(true);
  });

  it('keeps the first two characters of every English word, but for a one-character stem or a y made i', () => {
    const broken = words.filter((w) => !keepsLead(w, stemTerm(w))).map((w) => `${w} -> ${stemTerm(w)}`);
    expect(broken).toEqual([]);
  });

  it('changes the second character only where a final y after a lone vowel becomes i', () => {
    const changed = words.filter((w) => {
      const s = stemTerm(w);
      return s.length > 1 && s[1] !== w[1];
    });
    expect(changed.sort().map((w) => `${w} -> ${stemTerm(w)}`)).toEqual(['ays -> ai', 'eyed -> ei', 'eying -> ei', 'oys -> oi', 'uys -> ui']);
  });

  it('shortens a word to its first character only after a lone vowel', () => {
    const single = words.filter((w) => w.length > 1 && stemTerm(w).length === 1);
    expect(single.sort().map((w) => `${w} -> ${stemTerm(w)}`)).toEqual(['aed -> a', 'aeds -> a', 'eed -> e', 'ied -> i', 'ieds -> i', 'oed -> o']);
  });

  it('passes numbers, mixed words and other scripts through unchanged', () => {
    const others = ['45.1', '1000', '1,000', 'covid19', '京', '发展', 'привет', 'straße', 'ελλάδα', 'x'];
    expect(others.map(stemTerm)).toEqual(others);
  });
});
