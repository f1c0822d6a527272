// What the search makes of what people type: misspellings, compounds, operators, speakers named in the query.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { createSearchIndex } from '../../src/indexing/search-index.ts';
import type { SearchResponse } from '../../src/search/response.ts';
import { FIXTURES } from '../helpers.ts';
import { makeIndex } from '../search/make-corpus.ts';
import { client, ids, marks, q, sortedIds } from './search-helpers.ts';

describe('on the White House corpus', () => {
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    api = client(createSearchIndex((await buildCorpus(join(FIXTURES, 'whitehouse-2024'))).corpus));
  }, 120_000);
  const find = (text: string, extra = '') => api.search(`${q(text)}&limit=10${extra}`);
  const everyHit = async (query: string): Promise<SearchResponse['hits']> => {
    const hits: SearchResponse['hits'] = [];
    for (let page = 1; ; page++) {
      const r = await api.search(`${q(query)}&limit=100&page=${page}`);
      hits.push(...r.hits);
      if (hits.length >= r.total) return hits;
    }
  };

  it.each([
    ['goverment', 'government', 262],
    ['Ukriane', 'Ukraine', 405],
    ['presidnet', 'president', 2727],
    ['Netanyahu Bidne', 'Netanyahu Biden', 12],
  ])('corrects %s to %s from the index words, and finds what the corrected query finds', async (typed, fixed, total) => {
    const r = await find(typed);
    expect([r.didYouMean, r.corrected, r.unmatched, r.total]).toEqual([fixed, true, [], total]);
    const right = await find(fixed);
    expect(right.didYouMean).toBe(null);
    expect(right.total).toBe(total);
    expect(ids(r)).toEqual(ids(right));
  });

  it('proposes government for goverment, not the rare near neighbours it used to match', async () => {
    const r = await find('goverment');
    expect(r.parsed.clauses).toEqual([{ type: 'term', text: 'goverment', term: 'goverment', prefix: false, corrected: 'government' }]);
    // The words matched are the forms of government's stem, never "lover", "cover" or "over".
    expect(r.fuzzy.map((f) => [f.term, [...f.matched].sort()])).toEqual([['goverment', ['govern', 'government', 'government’s']]]);
    expect(r.hits.flatMap(marks).every((m) => m.toLowerCase().startsWith('govern'))).toBe(true);
  });

  it('searches the word as typed with as_typed=true, still proposing the correction', async () => {
    const r = await find('goverment', '&as_typed=true');
    expect([r.total, r.didYouMean, r.corrected, r.unmatched]).toEqual([0, 'government', false, []]);
  });

  it('finds with cease-fire and cease fire what ceasefire finds', async () => {
    const solid = await find('ceasefire');
    expect(solid.total).toBe(161);
    for (const text of ['cease-fire', 'cease fire', 'Cease-Fire']) {
      const r = await find(text);
      expect([text, r.total, ids(r)]).toEqual([text, 161, ids(solid)]);
    }
    expect((await find('cease-fire')).parsed.clauses).toEqual([
      {
        type: 'or',
        items: [
          { type: 'phrase', text: 'cease-fire', words: ['cease', 'fire'] },
          { type: 'term', text: 'cease-fire', term: 'ceasefire', prefix: false },
        ],
        compound: true,
      },
    ]);
  });

  it('finds Kirby’s Rafah passages with speaker:Kirby, written as surname, name, id or printed label', async () => {
    const byId = await api.search('q=Rafah&speaker=john-kirby&limit=10');
    expect(byId.total).toBe(102);
    for (const text of ['speaker:Kirby Rafah', 'speaker:"John Kirby" Rafah', 'speaker:john-kirby Rafah', 'speaker:"MR. KIRBY" Rafah', 'Rafah speaker:kirby']) {
      const r = await find(text);
      expect([text, r.total, ids(r)]).toEqual([text, 102, ids(byId)]);
      expect(new Set(r.hits.map((h) => h.speaker?.name))).toEqual(new Set(['John Kirby']));
    }
    const param = await api.search('q=Rafah&speaker=MR.%20KIRBY&limit=10');
    expect(ids(param)).toEqual(ids(byId));
  });

  it('offers Only John Kirby when a query word names him', async () => {
    const r = await find('Kirby Rafah');
    expect(r.speakerHints).toEqual([{ id: 'john-kirby', name: 'John Kirby', count: 102, q: 'Rafah' }]);
    // The name alone: every passage of his.
    const all = (await api.search('speaker=john-kirby&limit=1')).total;
    expect(all).toBeGreaterThan(1000);
    expect((await find('John Kirby')).speakerHints).toEqual([{ id: 'john-kirby', name: 'John Kirby', count: all, q: '' }]);
    // Not when the query already filters by speaker, nor for a word naming no one.
    expect((await find('speaker:Sullivan Kirby Rafah')).speakerHints).toEqual([]);
    expect((await find('Rafah')).speakerHints).toEqual([]);
  });

  it('answers speaker:Nobody 400, naming it', async () => {
    expect(await api.status(`/api/search?${q('speaker:Nobody Rafah')}`)).toEqual({
      status: 400,
      body: { error: { code: 'bad_request', message: 'speaker:Nobody names no speaker in the index' } },
    });
  });

  it('excludes with NOT: Rafah NOT Gaza has no passage saying Gaza', async () => {
    const [rafah, both, hits] = [await find('Rafah'), await find('Rafah Gaza'), await everyHit('Rafah NOT Gaza')];
    expect(hits.length).toBe(rafah.total - both.total);
    expect(hits.length).toBe(313);
    // "Gazans" is another word; "Gaza’s" is Gaza.
    expect(hits.filter((h) => /\bgaza\b/i.test(h.text))).toEqual([]);
  });
});

describe('on made-up passages', () => {
  const api = client(
    makeIndex({
      speakers: [
        { id: 'joe-biden', name: 'Joe Biden', labels: ['THE PRESIDENT'] },
        { id: 'jill-biden', name: 'Jill Biden', labels: ['DR. BIDEN'] },
        { id: 'moderator', name: 'Moderator', type: 'generic' },
        { id: 'john-kirby', name: 'John Kirby', labels: ['MR. KIRBY'], aliases: ['Admiral Kirby'] } as never,
      ],
      passages: [
        { id: 'gov1', speaker: 'joe-biden', text: 'The government will act on steel.' },
        { id: 'gov2', speaker: 'jill-biden', text: 'The government funds schools.' },
        { id: 'gov3', text: 'A government report on iron ore.' },
        { id: 'rare', text: 'The coverment of the isle.' },
        { id: 'mail', speaker: 'moderator', text: 'Send us an email with your questions.' },
        { id: 'split', text: 'Health care costs rose, the moderator said.' },
        { id: 'solid', text: 'Healthcare workers and steel workers.' },
        { id: 'or', text: 'Steel or iron, said Kirby.' },
        { id: 'coal', speaker: 'john-kirby', text: 'Coal and iron ore.' },
      ],
    }),
  );
  const find = (text: string, extra = '') => api.search(`${q(text)}${extra}`);

  it('proposes the more common of two words one edit away', async () => {
    const r = await find('goverment');
    expect([r.didYouMean, sortedIds(r)]).toEqual(['government', ['gov1', 'gov2', 'gov3']]);
  });

  it('counts a swap of two letters as one edit', async () => {
    const r = await find('steel Goverment');
    expect([r.didYouMean, ids(r)]).toEqual(['steel Government', ['gov1']]);
    const swapped = await find('govenrment');
    expect([swapped.didYouMean, sortedIds(swapped)]).toEqual(['government', ['gov1', 'gov2', 'gov3']]);
  });

  it('names a word that nothing matches and nothing corrects, and never drops it silently', async () => {
    const r = await find('steel zqxjvw');
    expect([r.unmatched, r.relaxed, r.didYouMean, sortedIds(r)]).toEqual([['zqxjvw'], true, null, ['gov1', 'or', 'solid']]);
  });

  it('searches a word the index holds as typed, suggesting a far more common one only when it is rare', async () => {
    const many = client(makeIndex({ passages: [...Array.from({ length: 300 }, () => ({ text: 'The government met.' })), { id: 'typo', text: 'The goverment met.' }] }));
    const r = await many.search(q('goverment'));
    expect([r.didYouMean, r.corrected, ids(r)]).toEqual(['government', false, ['typo']]);
  });

  it('finds email by e-mail, healthcare by health care and health care by healthcare', async () => {
    expect(ids(await find('e-mail'))).toEqual(['mail']);
    expect(sortedIds(await find('health care'))).toEqual(['solid', 'split']);
    expect(sortedIds(await find('healthcare'))).toEqual(['solid', 'split']);
    expect(sortedIds(await find('"health care"'))).toEqual(['split']);
  });

  it('groups with parentheses and excludes with NOT and -', async () => {
    expect(sortedIds(await find('(steel OR coal) iron'))).toEqual(['coal', 'or']);
    expect(sortedIds(await find('(iron coal) OR schools'))).toEqual(['coal', 'gov2']);
    expect(sortedIds(await find('government NOT (steel OR iron)'))).toEqual(['gov2']);
    expect(sortedIds(await find('government -(iron ore)'))).toEqual(['gov1', 'gov2']);
    expect(sortedIds(await find('iron NOT (iron coal)'))).toEqual(['gov3', 'or']);
    expect((await find('government NOT (steel OR iron)')).parsed.excluded).toEqual([
      { type: 'term', text: 'steel', term: 'steel', prefix: false },
      { type: 'term', text: 'iron', term: 'iron', prefix: false },
    ]);
  });

  it('takes only upper-case OR and NOT as operators, and at the end of the query as words', async () => {
    const lower = await find('steel or iron');
    expect(lower.parsed.clauses.map((c) => (c.type === 'term' ? [c.term, c.ignored ?? ''] : c.type))).toEqual([
      ['steel', ''],
      ['or', 'stop word'],
      ['iron', ''],
    ]);
    expect(sortedIds(lower)).toEqual(['or']);
    // "not" is a word here, one no passage holds: the result relaxes and says so.
    const not = await find('steel not iron');
    expect([not.unmatched, not.relaxed, ids(not)[0], sortedIds(not)]).toEqual([['not'], true, 'or', ['coal', 'gov1', 'gov3', 'or', 'solid']]);
    const notAtEnd = await find('schools NOT');
    expect([notAtEnd.unmatched, notAtEnd.relaxed, ids(notAtEnd)]).toEqual([['NOT'], true, ['gov2']]);
    const orAtEnd = await find('schools OR');
    expect([orAtEnd.parsed.clauses.at(-1), ids(orAtEnd)]).toEqual([{ type: 'term', text: 'OR', term: 'or', prefix: false, ignored: 'stop word' }, ['gov2']]);
    expect(sortedIds(await find('schools OR steel'))).toEqual(['gov1', 'gov2', 'or', 'solid']);
  });

  it('answers what it cannot run 400', async () => {
    const message = async (text: string) => ((await api.status(`/api/search?${q(text)}`)).body as { error: { message: string } }).error.message;
    expect(await message('NOT steel')).toBe('q has only exclusions (-word, NOT word); add a word or phrase to search for');
    expect(await message('steel OR (iron NOT coal)')).toBe('q cannot exclude inside OR: write the exclusion outside the group');
    expect(await message('steel OR (iron (coal OR ore))')).toBe('q nests groups too deeply: use (a b) OR c, or (a OR b) c, but not a group inside a group inside OR');
  });

  it('resolves a speaker by id, name, surname, printed label or alias; an ambiguous one is a 400 listing who it names', async () => {
    for (const who of ['john-kirby', 'John Kirby', 'kirby', 'MR. KIRBY', 'Admiral Kirby']) {
      expect([who, ids(await find(`speaker:"${who}" coal`))]).toEqual([who, ['coal']]);
    }
    expect(ids(await find('speaker:"THE PRESIDENT" government'))).toEqual(['gov1']);
    expect(ids(await find('speaker:"Jill Biden" government'))).toEqual(['gov2']);
    // A first word, asked after surnames (a family name written first: Wang Zhengpu).
    expect(ids(await find('speaker:Jill government'))).toEqual(['gov2']);
    expect(await api.status(`/api/search?${q('speaker:Biden government')}`)).toEqual({
      status: 400,
      body: { error: { code: 'bad_request', message: 'speaker:Biden is ambiguous: it names Jill Biden (jill-biden), Joe Biden (joe-biden); use the full name or the id' } },
    });
    expect(await api.status('/api/search?q=government&speaker=biden')).toEqual({
      status: 400,
      body: { error: { code: 'bad_request', message: 'speaker "biden" is ambiguous: it names Jill Biden (jill-biden), Joe Biden (joe-biden); use the full name or the id' } },
    });
  });

  it('hints a person named in the query, not a generic speaker nor an ambiguous surname', async () => {
    expect((await find('Kirby iron')).speakerHints).toEqual([{ id: 'john-kirby', name: 'John Kirby', count: 1, q: 'iron' }]);
    expect((await find('moderator')).speakerHints).toEqual([]);
    expect((await find('Biden government')).speakerHints).toEqual([]);
    expect((await find('Joe Biden government')).speakerHints).toEqual([{ id: 'joe-biden', name: 'Joe Biden', count: 1, q: 'government' }]);
  });
});
