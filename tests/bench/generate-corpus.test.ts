// The benchmark's corpus generator: deterministic, read by the real indexer with every passage
// attributed as generated, and rich enough to draw the whole query mix from.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus, type GeneratedFile } from '../../bench/generate-corpus.ts';
import { castOfPeople } from '../../bench/people.ts';
import { QUERY_CLASSES, queryMix } from '../../bench/query-mix.ts';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { tempDir } from '../helpers.ts';

function digest(passages: number, seed: number): string {
  const hash = createHash('sha256');
  const files = generateCorpus({ passages, seed });
  for (let f = files.next(); !f.done; f = files.next()) hash.update((f.value as GeneratedFile).file).update(f.value.text);
  return hash.digest('hex');
}

describe('benchmark corpus generator', () => {
  it('writes the same files for the same seed and other files for another', () => {
    expect(digest(500, 1)).toBe(digest(500, 1));
    expect(digest(500, 2)).not.toBe(digest(500, 1));
  });

  it('writes Markdown briefings the indexer reads into exactly the passages, questions and speakers generated', async () => {
    const dir = await tempDir();
    const made = writeCorpus(dir, { passages: 3000, seed: 1 });
    expect(made).toMatchObject({ passages: 3000, documents: 60, questions: 1338, speakers: 58, firstDate: '2005-04-12', lastDate: '2024-12-04' });
    expect(made.vocabulary).toHaveLength(60_000);

    const { corpus, skipped, warnings } = await buildCorpus(dir);
    expect(skipped).toEqual([]);
    expect(warnings).toEqual([]);
    expect(corpus.documents).toHaveLength(made.documents);
    expect(corpus.passages).toHaveLength(3000);
    expect(corpus.passages.filter((p) => p.kind === 'question')).toHaveLength(made.questions);
    // Every answer has a speaker, and every speaker is a member of the cast under their full name.
    expect(corpus.passages.filter((p) => p.kind !== 'question' && p.speakerId === null)).toEqual([]);
    const cast = new Set(castOfPeople().map((p) => p.name));
    expect(corpus.speakers.map((s) => s.name).filter((name) => !cast.has(name))).toEqual([]);
    expect(corpus.speakers).toHaveLength(made.speakers);
    for (const p of corpus.passages) expect(p.text.split(' ').length).toBeGreaterThanOrEqual(60);
    expect(Math.max(...corpus.passages.map((p) => p.text.split(' ').length))).toBe(200);
  });

  it('draws 8 queries of every class, each plain, by speaker and by dates', () => {
    const files = generateCorpus({ passages: 5000, seed: 1 });
    let f = files.next();
    while (!f.done) f = files.next();
    const mix = queryMix(f.value);
    expect(mix).toHaveLength(QUERY_CLASSES.length * 8 * 3);
    for (const cls of QUERY_CLASSES) expect(mix.filter((q) => q.class === cls && q.variant === 'speaker')).toHaveLength(8);
    expect(mix.slice(0, 3).map((q) => [q.q, q.speaker, q.from, q.to])).toEqual([
      ['while', undefined, undefined, undefined],
      ['while', 'Jane Roe', undefined, undefined],
      ['while', undefined, '2004-01-01', '2006-12-31'],
    ]);
    expect(mix.filter((q) => q.class === 'broad').every((q) => q.terms.length === 1)).toBe(true);
  });
});
