// GET /api/quote through the real app on the seed corpus (corpus/).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { createSearchIndex, type SearchIndex } from '../../src/indexing/search-index.ts';
import { createApp } from '../../src/http/app.ts';
import type { QuoteResponse } from '../../src/quote/quote-response.ts';
import { join } from 'node:path';
import { FIXTURES, SEED_CORPUS } from '../helpers.ts';

let index: SearchIndex;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  index = createSearchIndex((await buildCorpus(SEED_CORPUS)).corpus);
  app = createApp(index);
});

async function quote(text: string, speaker?: string): Promise<QuoteResponse> {
  const params = new URLSearchParams({ text, ...(speaker ? { speaker } : {}) });
  const res = await app.request(`/api/quote?${params}`);
  expect(res.status).toBe(200);
  return (await res.json()) as QuoteResponse;
}
const marked = (r: QuoteResponse, i = 0) => r.matches[i]!.ranges.map(([s, e]) => r.matches[i]!.passage.text.slice(s, e));

const SEED = `"Relying on the advantages of Xiong'an ... satellite network and green hydrogen energy"`;

describe('GET /api/quote', () => {
  it("finds the seed quote trimmed in Wang Zhengpu's passage", async () => {
    const r = await quote(SEED);
    expect(r.verdict).toBe('trimmed');
    expect(r.matches).toHaveLength(1);
    const m = r.matches[0]!;
    expect(m.passage.speaker).toEqual({ id: 'wang-zhengpu', name: 'Wang Zhengpu' });
    expect(m.passage.text.startsWith('"Relying on the advantages of Xiong\'an as an innovation highland')).toBe(true);
    expect(marked(r)).toEqual(['Relying', 'on', 'the', 'advantages', 'of', "Xiong'an", 'satellite', 'network', 'and', 'green', 'hydrogen', 'energy']);
    expect(m.differences).toEqual([{ quote: '…', passage: 'as an innovation highland, we will further foster and expand industries such as aerospace information' }]);
    expect(r.speakerCheck).toBeNull();
  });

  it('says the seed quote was not Zhang Chengzhong’s', async () => {
    const r = await quote(SEED, 'Zhang Chengzhong');
    expect(r.verdict).toBe('trimmed');
    expect(r.speakerCheck).toEqual({ claimed: 'Zhang Chengzhong', resolved: { id: 'zhang-chengzhong', name: 'Zhang Chengzhong' }, agrees: false });
  });

  it('agrees when the quote names its speaker by surname ("Wang said that ...")', async () => {
    const r = await quote(`Wang said that "relying on the advantages of Xiong’an as an innovation highland, we will further foster and expand industries such as aerospace information"`);
    expect(r.verdict).toBe('verbatim');
    expect(r.matches[0]!.similarity).toBe(1);
    expect(r.matches[0]!.differences).toEqual([]);
    expect(r.speakerCheck).toEqual({ claimed: 'Wang', resolved: { id: 'wang-zhengpu', name: 'Wang Zhengpu' }, agrees: true });
  });

  it('lists a changed word and a dropped one side by side as a paraphrase', async () => {
    const r = await quote("Relying on the benefits of Xiong'an as an innovation highland, we will foster and expand industries such as aerospace information");
    expect(r.verdict).toBe('paraphrased');
    expect(r.matches[0]!.passage.speaker?.name).toBe('Wang Zhengpu');
    expect(r.matches[0]!.differences).toEqual([
      { quote: 'benefits', passage: 'advantages' },
      { quote: '', passage: 'further' },
    ]);
  });

  it('says not-found for a sentence of corpus words nobody said', async () => {
    const r = await quote('The innovation highland of Hebei will double the yuan transactions of satellite hydrogen by weekends');
    expect(r).toMatchObject({ verdict: 'not-found', matches: [], speakerCheck: null });
  });

  it('answers 400 with a message naming the parameter', async () => {
    const missing = await app.request('/api/quote');
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: { code: 'bad_request', message: 'text is required: the quote to check' } });
    const long = await app.request(`/api/quote?text=${'a'.repeat(2001)}`);
    expect(await long.json()).toEqual({ error: { code: 'bad_request', message: 'text must be at most 2000 characters' } });
    const empty = await app.request(`/api/quote?text=${encodeURIComponent('"…"')}`);
    expect(await empty.json()).toEqual({ error: { code: 'bad_request', message: 'text must contain at least one word' } });
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, { get?: { parameters?: { name: string }[] } }> };
    expect(doc.paths['/api/quote']?.get?.parameters?.map((p) => p.name)).toEqual(['text', 'speaker']);
  });
});

describe('GET /api/quote on a briefing where a question repeats an answer (tests/fixtures/quote-echo)', () => {
  let echo: ReturnType<typeof createApp>;
  beforeAll(async () => {
    echo = createApp(createSearchIndex((await buildCorpus(join(FIXTURES, 'quote-echo'))).corpus));
  });
  const check = async (text: string, speaker?: string) =>
    (await (await echo.request(`/api/quote?${new URLSearchParams({ text, ...(speaker ? { speaker } : {}) })}`)).json()) as QuoteResponse;

  it("puts the speaker's own passage before the reporter's question that repeated it, whoever is credited", async () => {
    const r = await check('Kirby said that "major ground operations in Rafah would actually strengthen the hand of Hamas"');
    expect(r.matches.map((m) => [m.passage.kind, m.passage.speaker?.name ?? null, m.verdict])).toEqual([
      ['speech', 'John Kirby', 'verbatim'],
      ['question', null, 'verbatim'],
    ]);
    expect(r.speakerCheck).toEqual({ claimed: 'Kirby', resolved: { id: 'john-kirby', name: 'John Kirby' }, agrees: true });
    const wrong = await check('major ground operations in Rafah would actually strengthen the hand of Hamas', 'MS. JEAN-PIERRE');
    expect(wrong.matches[0]!.passage.speaker?.name).toBe('John Kirby');
    expect(wrong.speakerCheck).toEqual({ claimed: 'MS. JEAN-PIERRE', resolved: { id: 'karine-jean-pierre', name: 'Karine Jean-Pierre' }, agrees: false });
  });

  it('joins two consecutive passages of one speaker when the quote runs on', async () => {
    const r = await check('we have made that very clear to our Israeli counterparts. We will keep working the phones every single day');
    expect(r.verdict).toBe('verbatim');
    const m = r.matches[0]!;
    expect(m.passage.text.slice(m.ranges[0]![0], m.ranges.at(-1)![1])).toBe('we have made that very clear to our Israeli counterparts');
    expect(m.continuation!.text.slice(m.continuation!.ranges[0]![0], m.continuation!.ranges.at(-1)![1])).toBe('We will keep working the phones every single day');
  });

  it('names an unknown claimed speaker as unresolved', async () => {
    const r = await check('We will keep working the phones every single day until every hostage is home', 'Nobody Known');
    expect(r.speakerCheck).toEqual({ claimed: 'Nobody Known', resolved: null, agrees: false });
  });
});
