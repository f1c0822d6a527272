// Relevance through the real app: BM25 weighs each word by its idf (a rare word outweighs common
// ones), the document title counts lightly, fragments do not win by being short, and a pasted
// paragraph finds the passage it came from.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { createSearchIndex } from '../../src/indexing/search-index.ts';
import { FIXTURES } from '../helpers.ts';
import { makeIndex } from '../search/make-corpus.ts';
import { client, ids, q } from './search-helpers.ts';

const FILLER = 'We used to treat our visitors well in the old house by the river, and the neighbours still treat us the same way.';

describe('weighted relevance', () => {
  const api = client(
    makeIndex({
      passages: [
        ...Array.from({ length: 8 }, (_, i) => ({ id: `filler${i}`, text: FILLER })),
        { id: 'common', text: 'Doctors used it to treat patients, and the nurses used it to treat the pain of patients every day of the week.' },
        { id: 'rare', text: 'The committee discussed thalidomide at length during the long afternoon session with the visiting doctors and nurses.' },
      ],
    }),
  );

  it('ranks the passage with the rare word above one with two common words twice, when none has all', async () => {
    const relaxed = await api.search(q('thalidomide used treat'));
    expect([relaxed.relaxed, relaxed.total]).toEqual([true, 10]);
    expect(ids(relaxed).slice(0, 2)).toEqual(['rare', 'common']);
    const any = await api.search(`${q('thalidomide used treat')}&match=any`);
    expect([any.relaxed, ids(any).slice(0, 2)]).toEqual([false, ['rare', 'common']]);
  });

  it('still requires every word of a short query when a passage has them all', async () => {
    const r = await api.search(q('doctors nurses patients'));
    expect([r.relaxed, ids(r)]).toEqual([false, ['common']]);
  });
});

describe('long queries', () => {
  // Word j (zqaa, zqab, ...) is in passages 0..j: passage 0 has all 40, word j is in j + 1 passages.
  const words = Array.from({ length: 40 }, (_, j) => `zq${String.fromCharCode(97 + Math.floor(j / 26))}${String.fromCharCode(97 + (j % 26))}`);
  const api = client(makeIndex({ passages: words.map((_, k) => ({ id: `p${k}`, text: words.slice(k).join(' ') })) }));

  it('finds candidates by the 32 rarest words, ranks them by all 40, and names the words that only ranked', async () => {
    const r = await api.search(q(words.join(' ')));
    expect(r.parsed.rankOnly).toEqual(words.slice(32));
    expect([r.relaxed, r.total, ids(r)[0]]).toEqual([false, 32, 'p0']);
  });

  it('matches a query of more than four words as any of them, best first, without a passage having them all', async () => {
    const r = await api.search(q('zqaa zqab zqac zqad nowhere'));
    expect([r.relaxed, r.total, ids(r)]).toEqual([true, 4, ['p0', 'p1', 'p2', 'p3']]);
    expect(r.parsed.rankOnly).toBeUndefined();
  });
});

describe('the document title', () => {
  const text = 'We discussed Rafah with our partners today at some length, as we do every week when the talks resume in Cairo.';
  const api = client(
    makeIndex({
      documents: [
        { id: 'trade', title: 'Press gaggle on trade' },
        { id: 'rafah', title: 'Press gaggle on Rafah' },
      ],
      passages: [
        { id: 'plain', doc: 'trade', text },
        { id: 'titled', doc: 'rafah', text },
        { id: 'untold', doc: 'rafah', text: 'We will have more to say about the talks in Cairo when they resume next week with our partners.' },
      ],
    }),
  );

  it('ranks a passage whose document title has the word above the same text under another title, and never matches by title alone', async () => {
    const r = await api.search(q('Rafah'));
    expect([r.total, ids(r)]).toEqual([2, ['titled', 'plain']]);
  });
});

describe('the White House corpus', () => {
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    api = client(createSearchIndex((await buildCorpus(join(FIXTURES, 'whitehouse-2024'))).corpus));
  });

  it('ranks full passages about Rafah first, not fragments of questions', async () => {
    const r = await api.search(`${q('Rafah')}&limit=10`);
    expect(ids(r)).toEqual([
      'pd192e3815541c6f',
      'p154d4b8499f6611',
      'pcbada53c217485f',
      'p4640aa89daba2f2',
      'p7fe79a58e85de3d',
      'p1ae7f6ccdf311b3',
      'p4be9b24bf7b34c5',
      'p9502adecfed163a',
      'pca8caf8f59c4232',
      'pae24919a8cf6f69',
    ]);
    const fragment = (text: string) => text.length < 80 || /^[-–—]/.test(text);
    expect(r.hits.slice(0, 10).filter((h) => fragment(h.text)).length).toBe(0);
  });

  it.each([
    [
      62,
      'p7c5f23dc435d8e0',
      '— where he says, “I am outraged and heartbroken” — the first — the first, basically, line — part of the first line of the President’s — President’s statement from last night, and it speaks for itself. And he talked about how — he talked about how there’s more that needs to be done to protect cin- — innocent civilians in Gaza.',
    ],
    [
      107,
      'p4d380192a9e5765',
      'Now, I want to make it clear that while we take issue with aspects of how operations are being conducted — particularly like saying, quite frankly, publicly, we don’t support a ground operation in Rafah — we also continue to believe and continue to act on the belief that Israel has a right to defend itself against a still-viable threat by Hamas. They still have every right and responsibility to their people to eliminate that threat after the 7th of October. And so, that support for Israel continues. No country should have to live next door to a threat that is truly genocidal, as Hamas has been.',
    ],
    [
      149,
      'p27a86b387bf31c2',
      'But there’s — you know, it’s a combat zone. And combat operations and combat areas certainly make the delivery of humanitarian assistance a lot more challenging. So we’re going to continue to talk to the U.N., we’re going to talk to the IDF about what we can do to make it safer and to make it more palatable for these drivers to take this aid in. But the way to get to that, the real answer to this is to get to phase one of this ceasefire deal. You get hostages home to their families. You get six weeks of a sustainable calm that will allow the comfort level for aid organizations to increase to a degree where they can move freely about Gaza. If you have a six-week ceasefire in place, then nobody is shooting at anybody, and it should be a lot easier to move humanitarian assistance.',
    ],
  ])('a pasted paragraph of %i words returns its passage first', async (count, id, text) => {
    expect(text.split(/\s+/).length).toBe(count);
    const r = await api.search(q(text));
    expect([ids(r)[0], r.relaxed]).toEqual([id, false]);
  });

  it('accepts a paste of 300 words and 2,000 characters within the time budget', async () => {
    const paste = (await api.search(`${q('ceasefire hostages Gaza')}&match=any&limit=30`)).hits.map((h) => h.text).join(' ');
    const words = paste.split(/\s+/);
    let text = words.slice(0, 300).join(' ');
    while (text.length > 2000) text = text.slice(0, text.lastIndexOf(' '));
    const r = await api.search(q(text));
    expect(r.total).toBeGreaterThan(0);
    expect(r.parsed.rankOnly!.length).toBeGreaterThan(0);
  });
});
