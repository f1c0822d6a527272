// The word lists stay data a reader can check: sorted, one entry each, trimmed and folded.
import { describe, expect, it } from 'vitest';
import { alternation, LEXICON } from '../../src/lexicon/index.ts';

const lists = Object.entries(LEXICON);

describe('the lexicon', () => {
  it.each(lists)('%s has no duplicate entry', (_, list) => {
    const seen = new Set<string>();
    const duplicates = list.filter((e) => (seen.has(e) ? true : (seen.add(e), false)));
    expect(duplicates).toEqual([]);
  });

  it.each(lists)('%s is sorted', (_, list) => {
    expect(list).toEqual([...list].sort());
  });

  it.each(lists)('%s holds trimmed, lower-case entries', (_, list) => {
    expect(list.filter((e) => e !== e.trim().toLowerCase() || e === '')).toEqual([]);
  });

  it('builds an alternation that prefers the longer entry and escapes symbols', () => {
    expect(alternation(['a+', 'pointed', 'pointed out'])).toBe('pointed\\s+out|pointed|a\\+');
    expect(new RegExp(`^(?:${alternation(['pointed', 'pointed out'])})`).exec('pointed  out that')![0]).toBe('pointed  out');
  });
});
