import { describe, expect, it } from 'vitest';
import { makeIndex } from '../search/make-corpus.ts';
import { client, ids, q } from './search-helpers.ts';

const index = makeIndex({
  documents: [
    { id: 'd1', date: '2024-05-24', source: 'China Daily', eventId: 'e1' },
    { id: 'd2', date: '2024-06-02', source: 'Xinhua', eventId: 'e1' },
    { id: 'd3', date: '2025-01-10', source: 'China Daily', eventId: 'e2' },
    { id: 'd4', date: null, source: null, eventId: 'e3' },
  ],
  speakers: [
    { id: 'wang', name: 'Wang Zhengpu' },
    { id: 'zhang', name: 'Zhang Chengzhong' },
    { id: 'cd', name: 'China Daily', type: 'outlet' },
  ],
  passages: [
    { id: 'q1', doc: 'd1', speaker: 'cd', kind: 'question', text: 'What about steel?' },
    { id: 'a1', doc: 'd1', speaker: 'wang', role: 'Governor', text: 'Steel output grew.', question: 'q1' },
    { id: 'a2', doc: 'd1', speaker: 'zhang', role: 'Director', text: 'Steel and coal.', question: 'q1' },
    { id: 'b1', doc: 'd2', speaker: 'wang', role: 'Deputy', text: 'Steel exports rose.' },
    { id: 'b2', doc: 'd2', text: 'Steel news of the day.' },
    { id: 'c1', doc: 'd3', speaker: 'zhang', kind: 'quote', text: 'Steel is strong.' },
    { id: 'c2', doc: 'd3', speaker: 'wang', text: 'No metal here.' },
    { id: 'u1', doc: 'd4', speaker: 'wang', text: 'Steel, undated.' },
  ],
});
const api = client(index);
const steel = async (params = '') => api.search(`q=steel&limit=100${params}`);
const sorted = async (params: string) => ids(await steel(params)).sort();

describe('filters', () => {
  it('filters by speaker id or canonical name, repeatable', async () => {
    expect(await sorted('&speaker=wang')).toEqual(['a1', 'b1', 'u1']);
    expect(await sorted('&speaker=Wang%20Zhengpu')).toEqual(['a1', 'b1', 'u1']);
    expect(await sorted('&speaker=wang%20zhengpu')).toEqual(['a1', 'b1', 'u1']);
    expect(await sorted('&speaker=wang&speaker=zhang')).toEqual(['a1', 'a2', 'b1', 'c1', 'u1']);
  });

  it('answers a speaker that names nobody 400, naming it', async () => {
    expect(await api.status('/api/search?q=steel&speaker=nobody')).toEqual({ status: 400, body: { error: { code: 'bad_request', message: 'speaker "nobody" names no speaker in the index' } } });
  });

  it('filters by kind, repeatable', async () => {
    expect(await sorted('&kind=question')).toEqual(['q1']);
    expect(await sorted('&kind=question&kind=quote')).toEqual(['c1', 'q1']);
  });

  it('filters by inclusive date bounds at year, month or day precision, leaving undated passages out', async () => {
    expect(await sorted('&from=2024-06')).toEqual(['b1', 'b2', 'c1']);
    expect(await sorted('&to=2024')).toEqual(['a1', 'a2', 'b1', 'b2', 'q1']);
    expect(await sorted('&from=2024-05-24&to=2024-05-24')).toEqual(['a1', 'a2', 'q1']);
    expect(await sorted('&from=2024-05-25&to=2024-06-01')).toEqual([]);
    const r = await steel('&from=2025');
    expect([r.total, r.facets.undated]).toEqual([1, 1]);
  });

  it('filters by document, event and source', async () => {
    expect(await sorted('&document=d2')).toEqual(['b1', 'b2']);
    expect(await sorted('&event=e1')).toEqual(['a1', 'a2', 'b1', 'b2', 'q1']);
    expect(await sorted('&source=xinhua')).toEqual(['b1', 'b2']);
    expect(await sorted('&document=nope')).toEqual([]);
  });

  it('takes speaker:, kind: and year: from the query text', async () => {
    expect(ids(await api.search(q('steel speaker:"Wang Zhengpu"'))).sort()).toEqual(['a1', 'b1', 'u1']);
    expect(ids(await api.search(q('steel kind:question')))).toEqual(['q1']);
    expect(ids(await api.search(q('steel year:2025')))).toEqual(['c1']);
    const parsed = (await api.search(q('steel speaker:wang kind:quote year:2025'))).parsed;
    expect(parsed.filters).toEqual({ speaker: ['wang'], kind: ['quote'], year: ['2025'] });
  });

  it('lists the filtered passages for an empty q, newest first, undated last', async () => {
    const r = await api.search('speaker=wang');
    expect(ids(r)).toEqual(['c2', 'b1', 'a1', 'u1']);
    expect(r.sort).toBe('newest');
    expect(r.hits[0]!.highlights).toEqual([]);
  });
});

describe('facets', () => {
  it('counts the whole matching set, each facet applying every filter but its own', async () => {
    const r = await steel('&speaker=wang&kind=speech');
    expect(ids(r).sort()).toEqual(['a1', 'b1', 'u1']);
    expect(r.facets).toEqual({
      // kind=speech applies; the speaker filter does not.
      speakers: [
        { id: 'wang', name: 'Wang Zhengpu', role: 'Deputy', count: 3 },
        { id: 'zhang', name: 'Zhang Chengzhong', role: 'Director', count: 1 },
      ],
      // both filters apply
      years: [{ value: '2024', count: 2 }],
      months: [
        { value: '2024-05', count: 1 },
        { value: '2024-06', count: 1 },
      ],
      // speaker=wang applies; the kind filter does not
      kinds: [{ value: 'speech', count: 3 }],
      sources: [
        { value: 'China Daily', count: 1 },
        { value: 'Xinhua', count: 1 },
      ],
      undated: 1,
    });
  });

  it('gives, for each facet value, the total that choosing it would give', async () => {
    const base = await steel('&from=2024');
    for (const s of base.facets.speakers) expect([s.id, (await steel(`&from=2024&speaker=${s.id}`)).total]).toEqual([s.id, s.count]);
    for (const k of base.facets.kinds) expect([k.value, (await steel(`&from=2024&kind=${k.value}`)).total]).toEqual([k.value, k.count]);
    for (const y of (await steel()).facets.years) expect([y.value, (await steel(`&from=${y.value}&to=${y.value}`)).total]).toEqual([y.value, y.count]);
    for (const m of base.facets.months) expect([m.value, (await steel(`&from=${m.value}&to=${m.value}`)).total]).toEqual([m.value, m.count]);
    for (const s of base.facets.sources) expect([s.value, (await steel(`&from=2024&source=${encodeURIComponent(s.value)}`)).total]).toEqual([s.value, s.count]);
    expect(base.facets.speakers.reduce((n, s) => n + s.count, 0) + 1).toBe(base.total); // b2 has no speaker
  });
});

describe('sort and pages', () => {
  it('sorts newest and oldest first, undated last either way', async () => {
    expect(ids(await steel('&sort=newest'))).toEqual(['c1', 'b1', 'b2', 'q1', 'a1', 'a2', 'u1']);
    expect(ids(await steel('&sort=oldest'))).toEqual(['q1', 'a1', 'a2', 'b1', 'b2', 'c1', 'u1']);
  });

  it('pages through the sorted result with an exact total', async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((p) => api.search(`q=steel&sort=oldest&limit=2&page=${p}`)));
    expect(pages.map((p) => [p.page, p.limit, p.total, ids(p)])).toEqual([
      [1, 2, 7, ['q1', 'a1']],
      [2, 2, 7, ['a2', 'b1']],
      [3, 2, 7, ['b2', 'c1']],
      [4, 2, 7, ['u1']],
    ]);
    expect(ids(await api.search('q=steel&page=5&limit=2'))).toEqual([]);
  });
});

describe('hit shape', () => {
  it('carries speaker, role, kind, date, document, permalink and the question answered', async () => {
    const hit = (await api.search(`${q('output')}`)).hits[0]!;
    expect(hit).toEqual({
      id: 'a1',
      text: 'Steel output grew.',
      kind: 'speech',
      label: null,
      speaker: { id: 'wang', name: 'Wang Zhengpu' },
      role: 'Governor',
      date: '2024-05-24',
      attribution: 'label',
      document: { id: 'd1', title: null, displayTitle: 'd1', source: 'China Daily', url: null, date: '2024-05-24' },
      permalink: '/p/a1',
      score: hit.score,
      highlights: [[6, 12]],
      snippets: [],
      question: { id: 'q1', speaker: { id: 'cd', name: 'China Daily' }, text: 'What about steel?' },
    });
    expect(hit.score).toBeGreaterThan(0);
  });
});
