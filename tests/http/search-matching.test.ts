import { describe, expect, it } from 'vitest';
import { makeIndex } from '../search/make-corpus.ts';
import { client, ids, marks, q, sortedIds } from './search-helpers.ts';

const index = makeIndex({
  documents: [{ id: 'd', date: '2024-05-24' }],
  passages: [
    { id: 'cafe', text: 'The café on Xiong’an Avenue serves China’s best tea.' },
    { id: 'xiongan', text: "Xiongan New Area is a national project." },
    { id: 'region', text: 'The Beijing-Tianjin-Hebei region develops high-end manufacturing.' },
    { id: 'apart', text: 'High prices at the end of the year.' },
    { id: 'revenue', text: 'Revenue of industries rose 45.1% in the first quarter.' },
    { id: 'innovate', text: 'We innovate and support innovation in the steel industry.' },
    { id: 'chinese', text: '推进雄安新区建设和京津冀协同发展' },
    { id: 'ore', text: 'Iron ore imports fell.' },
    { id: 'both', text: 'Steel output and iron output.' },
    { id: 'jobs', text: 'Manufacturing employment grew.' },
    { id: 'quoted', text: '“Open up,” he said, “and reform.”' },
  ],
});
const api = client(index);
const find = async (text: string, extra = '') => api.search(`${q(text)}${extra}`);

describe('matching: one analysis for index and query', () => {
  it('folds case and diacritics: cafe finds café', async () => {
    const r = await find('CAFE');
    expect(ids(r)).toEqual(['cafe']);
    expect(marks(r.hits[0]!)).toEqual(['café']);
  });

  it.each(['Xiongan', "Xiong'an", 'Xiong’an'])('folds apostrophes: %s finds both spellings', async (word) => {
    const r = await find(word);
    expect(sortedIds(r)).toEqual(['cafe', 'xiongan']);
    expect(r.hits.map(marks).sort()).toEqual([['Xiongan'], ['Xiong’an']]);
  });

  it("finds China's by China", async () => {
    const r = await find('china');
    expect(ids(r)).toEqual(['cafe']);
    expect(marks(r.hits[0]!)).toEqual(['China’s']);
  });

  it('finds a hyphenated compound by one of its words and by the whole', async () => {
    expect(marks((await find('Tianjin')).hits[0]!)).toEqual(['Tianjin']);
    const whole = await find('"Beijing-Tianjin-Hebei"');
    expect(ids(whole)).toEqual(['region']);
    expect(marks(whole.hits[0]!)).toEqual(['Beijing', 'Tianjin', 'Hebei']);
  });

  it('finds high-end by high-end and "high end", not the words apart', async () => {
    for (const text of ['"high end"', '"high-end"']) {
      const r = await find(text);
      expect(ids(r)).toEqual(['region']);
      expect(marks(r.hits[0]!)).toEqual(['high', 'end']);
    }
    // Unquoted, the hyphenated word is its phrase or its compound: the compound marks it whole.
    const hyphenated = await find('high-end');
    expect(ids(hyphenated)).toEqual(['region']);
    expect(marks(hyphenated.hits[0]!)).toEqual(['high-end']);
    expect(ids(await find('highend'))).toEqual(['region']);
  });

  it('stems English: industry finds industries, innovate finds innovation; highlights are the words as written', async () => {
    const industry = await find('industry');
    expect(sortedIds(industry)).toEqual(['innovate', 'revenue']);
    expect(industry.hits.map(marks).sort()).toEqual([['industries'], ['industry']]);
    const innovate = await find('innovate');
    expect(ids(innovate)).toEqual(['innovate']);
    expect(marks(innovate.hits[0]!)).toEqual(['innovate', 'innovation']);
  });

  it('finds 45.1% by 45.1', async () => {
    const r = await find('45.1');
    expect(ids(r)).toEqual(['revenue']);
    expect(marks(r.hits[0]!)).toEqual(['45.1']);
  });

  it('searches Chinese by word, and a run of characters as adjacent words', async () => {
    const word = await find('协同');
    expect(ids(word)).toEqual(['chinese']);
    expect(marks(word.hits[0]!)).toEqual(['协同']);
    const run = await find('京津冀');
    expect(ids(run)).toEqual(['chinese']);
    expect(marks(run.hits[0]!)).toEqual(['京津', '冀']);
    expect(ids(await find('冀京津'))).toEqual([]);
  });

  it('tolerates a typo in a longer word, says so, and ranks it below exact matches', async () => {
    const r = await find('manufacturng');
    // The 3-word passage is a fragment next to the 9-word one (postings.ts SENTENCE_WORDS).
    expect(ids(r)).toEqual(['region', 'jobs']);
    expect(r.fuzzy).toEqual([{ term: 'manufacturng', matched: ['manufacturing', 'Manufacturing'] }]);
    expect(r.hits.map((h) => h.fuzzy)).toEqual([
      [{ term: 'manufacturng', matched: ['manufacturing'] }],
      [{ term: 'manufacturng', matched: ['Manufacturing'] }],
    ]);
    expect(marks(r.hits[1]!)).toEqual(['Manufacturing']);
  });

  it('applies typo tolerance only to a word the index does not hold, and ranks it below exact matches', async () => {
    const steel = client(
      makeIndex({
        passages: [
          { id: 'exact', text: 'Steel prices, coal prices, oil prices and gas prices rose again this year.' },
          { id: 'typo', text: 'Steal.' },
        ],
      }),
    );
    const held = await steel.search(q('steel'));
    expect(ids(held)).toEqual(['exact']);
    expect(held.hits.map((h) => h.fuzzy)).toEqual([undefined]);
    const typo = await steel.search(q('steak'));
    expect(ids(typo)).toEqual(['typo']);
    expect(typo.hits.map((h) => h.fuzzy)).toEqual([[{ term: 'steak', matched: ['Steal'] }]]);
    // No passage has both words: the relaxed result puts the exact match first, though "Steal." scores higher.
    const relaxed = await steel.search(q('coal steak'));
    expect(relaxed.relaxed).toBe(true);
    expect(ids(relaxed)).toEqual(['exact', 'typo']);
  });

  it('does not apply typo tolerance to short words', async () => {
    expect(ids(await find('iran'))).toEqual([]);
  });

  it('matches the last word as a prefix while typing', async () => {
    expect(ids(await find('manuf'))).toEqual([]);
    const typing = await find('manuf', '&as_you_type=true');
    expect(sortedIds(typing)).toEqual(['jobs', 'region']);
    expect(typing.hits.map(marks).sort()).toEqual([['Manufacturing'], ['manufacturing']]);
    expect(ids(await find('manuf ', '&as_you_type=true'))).toEqual([]);
  });

  it('does not expand a one-letter prefix while typing', async () => {
    const r = await find('iron o', '&as_you_type=true');
    // "o" matches no word exactly, so the result relaxes to the passages with "iron".
    expect([r.relaxed, sortedIds(r)]).toEqual([true, ['both', 'ore']]);
    expect(ids(await find('iron or*'))).toEqual(['ore']);
  });

  it('verifies phrases on the text after folding curly quotes', async () => {
    const r = await find('“open up”');
    expect(ids(r)).toEqual(['quoted']);
    expect(marks(r.hits[0]!)).toEqual(['Open', 'up']);
  });
});

describe('query language', () => {
  it('requires every word by default', async () => {
    const r = await find('steel iron');
    expect(ids(r)).toEqual(['both']);
    expect(r.relaxed).toBe(false);
    expect(r.total).toBe(1);
  });

  it('relaxes to the passages matching any word when none has all, ranked by weight, and says so', async () => {
    const r = await find('steel output gold');
    expect(r.relaxed).toBe(true);
    expect(ids(r)).toEqual(['both', 'innovate']);
    expect(r.total).toBe(2);
    const one = await find('iron gold');
    expect(one.relaxed).toBe(true);
    expect(sortedIds(one)).toEqual(['both', 'ore']);
  });

  it('does not relax a single word that matches nothing', async () => {
    const r = await find('gold');
    expect([r.relaxed, r.total]).toEqual([false, 0]);
  });

  it('with match=any returns every passage with any word, most words first', async () => {
    const r = await find('steel iron', '&match=any');
    expect(ids(r)[0]).toBe('both');
    expect(sortedIds(r)).toEqual(['both', 'innovate', 'ore']);
    expect(r.relaxed).toBe(false);
  });

  it('excludes -word and -"phrase"', async () => {
    expect(ids(await find('steel -iron'))).toEqual(['innovate']);
    expect(sortedIds(await find('output -"iron output"'))).toEqual([]);
    expect(ids(await find('iron -"steel output"'))).toEqual(['ore']);
  });

  it('does not exclude by typo tolerance', async () => {
    expect(ids(await find('the region -regime'))).toEqual(['region']);
    expect(ids(await find('the region -region'))).toEqual([]);
  });

  it('matches either side of OR', async () => {
    const r = await find('ore OR steel');
    expect(sortedIds(r)).toEqual(['both', 'innovate', 'ore']);
    expect(r.parsed.clauses).toEqual([
      {
        type: 'or',
        items: [
          { type: 'term', text: 'ore', term: 'ore', prefix: false },
          { type: 'term', text: 'steel', term: 'steel', prefix: false },
        ],
      },
    ]);
  });

  it('matches innov* as a prefix', async () => {
    const r = await find('innov*');
    expect(ids(r)).toEqual(['innovate']);
    expect(marks(r.hits[0]!)).toEqual(['innovate', 'innovation']);
  });

  it('ignores stop words when the query has other words, and echoes that', async () => {
    const r = await find('the steel');
    expect(sortedIds(r)).toEqual(['both', 'innovate']);
    expect(r.parsed.clauses[0]).toEqual({ type: 'term', text: 'the', term: 'the', prefix: false, ignored: 'stop word' });
  });

  it('reads OR at either end of the query as a word', async () => {
    const r = await find('OR steel');
    expect(r.parsed.clauses.map((c) => c.type)).toEqual(['term', 'term']);
    expect(sortedIds(r)).toEqual(['both', 'innovate']);
  });

  it('finds nothing for a query with nothing searchable, and browses for filters alone', async () => {
    const r = await find('&& …');
    expect([r.total, r.sort]).toEqual([0, 'relevance']);
    const browse = await find('kind:narration');
    expect([browse.total, browse.sort]).toEqual([11, 'newest']);
  });

  it('tolerates an unterminated quote as closed at the end', async () => {
    const r = await find('"iron ore');
    expect(ids(r)).toEqual(['ore']);
    expect(r.parsed.clauses).toEqual([{ type: 'phrase', text: 'iron ore', words: ['iron', 'ore'] }]);
  });
});
