// Passages are bounded: a paragraph over the limit is cut at sentence ends, else between words,
// else at the limit, and nothing of its text is lost.
import { describe, expect, it } from 'vitest';
import { MAX_PASSAGE_CHARS, splitLongPassage } from '../../src/parse/split-long-passage.ts';

describe('splitLongPassage', () => {
  it('keeps a paragraph within the limit as it is', () => {
    expect(splitLongPassage('One short. Two.', 20)).toEqual(['One short. Two.']);
    expect(MAX_PASSAGE_CHARS).toBe(20000);
  });

  it('cuts at sentence ends, a sentence that ends right at the limit included', () => {
    expect(splitLongPassage('One short. Two is a bit longer! Three? Four four four four.', 20)).toEqual(['One short.', 'Two is a bit longer!', 'Three?', 'Four four four four.']);
  });

  it('does not cut after an abbreviation the segmenter knows is not a sentence end', () => {
    expect(splitLongPassage('Mr. Smith said it. Then he left.', 25)).toEqual(['Mr. Smith said it.', 'Then he left.']);
  });

  it('cuts between words when a sentence alone is over the limit', () => {
    expect(splitLongPassage('alpha beta gamma delta epsilon zeta eta theta', 12)).toEqual(['alpha beta', 'gamma delta', 'epsilon', 'zeta eta', 'theta']);
  });

  it('cuts at the limit when a word alone is over it, never inside a surrogate pair', () => {
    expect(splitLongPassage('abcdefghijklmnopqrstuvwxyz', 10)).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxyz']);
    expect(splitLongPassage('abcd😀efgh', 5)).toEqual(['abcd', '😀efg', 'h']);
  });

  it('cuts a long paragraph into pieces within the limit that add up to its words', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Sentence ${i} says the economy grew${i % 7 === 0 ? ', and then it did not' : ''}.`).join(' ');
    const pieces = splitLongPassage(text);
    expect(text.length).toBeGreaterThan(3 * MAX_PASSAGE_CHARS);
    expect(pieces).toHaveLength(Math.ceil(text.length / MAX_PASSAGE_CHARS));
    expect(pieces.every((p) => p.length <= MAX_PASSAGE_CHARS && /^Sentence \d+ .*\.$/.test(p))).toBe(true);
    expect(pieces.join(' ')).toBe(text);
  });
});
