// Citations through the real app, read back with real parsers (citation-js's BibTeX, RIS and
// CSL plugins): exact fields of a seed passage, an outlet as an organisation, escaping.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { createSearchIndex, type SearchIndex } from '../../src/indexing/search-index.ts';
import { SEED_CORPUS } from '../helpers.ts';
import { makeCorpus } from '../search/make-corpus.ts';

/** Zhang Chengzhong's first answer, the 3rd passage of the 24 May 2024 press conference. */
const ZHANG = 'p4a27a7bf8f6d1ec';
/** China Daily's question that opens it. */
const CHINA_DAILY = 'pcea04db59e5ff56';
const TITLE = 'SCIO press conference on forging ahead on a journey of high-quality development in the new era';
const BASE = 'https://verbatim.example.org';

let index: SearchIndex;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  index = createSearchIndex((await buildCorpus(SEED_CORPUS)).corpus);
  app = createApp(index);
});

async function cite(id: string, format: string) {
  const res = await app.request(`/api/passages/${id}/cite?format=${format}&base=${encodeURIComponent(BASE)}`);
  expect(res.status).toBe(200);
  return { type: res.headers.get('content-type'), body: await res.text() };
}

/** The one item citation-js reads from `text`, without its provenance graph. */
function parsed(text: string): Record<string, unknown> {
  const items = new Cite(text).data as Record<string, unknown>[];
  expect(items).toHaveLength(1);
  const { _graph, ...item } = items[0]!;
  return item;
}

describe('citations of a seed passage', () => {
  it('gives BibTeX that a BibTeX parser reads back field for field', async () => {
    const { type, body } = await cite(ZHANG, 'bibtex');
    expect(type).toBe('application/x-bibtex; charset=utf-8');
    expect(parsed(body)).toEqual({
      id: `verbatim-${ZHANG}`,
      'citation-key': `verbatim-${ZHANG}`,
      type: 'document',
      author: [{ family: 'Zhang', given: 'Chengzhong' }],
      title: TITLE,
      publisher: 'China.org.cn',
      issued: { 'date-parts': [[2024, 5, 24]] },
      URL: `${BASE}/p/${ZHANG}`,
      note: `Paragraph 3. Verbatim: ${BASE}/p/${ZHANG}`,
      abstract: index.passageById.get(ZHANG)!.text,
    });
    // The full passage, never cut: 45.1% needs its percent sign escaped to survive TeX.
    expect(body).toContain('reaching 45.1\\%.');
  });

  it('gives RIS that a RIS parser reads back field for field', async () => {
    const { type, body } = await cite(ZHANG, 'ris');
    expect(type).toBe('application/x-research-info-systems; charset=utf-8');
    expect(parsed(body)).toMatchObject({
      type: 'document',
      author: [{ family: 'Zhang', given: 'Chengzhong' }],
      title: TITLE,
      'container-title': 'China.org.cn',
      issued: { 'date-parts': [[2024, 5, 24]] },
      URL: `${BASE}/p/${ZHANG}`,
      note: `Paragraph 3. Verbatim: ${BASE}/p/${ZHANG}`,
      abstract: index.passageById.get(ZHANG)!.text,
      source: 'Verbatim',
    });
    expect(body.split('\r\n')[0]).toBe('TY  - GEN');
  });

  it('gives CSL-JSON with the schema\'s required id and type, read by citeproc\'s input parser', async () => {
    const { type, body } = await cite(ZHANG, 'csl-json');
    expect(type).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
    const items = JSON.parse(body) as Record<string, unknown>[];
    expect(items).toEqual([
      {
        id: ZHANG,
        type: 'speech',
        author: [{ family: 'Zhang', given: 'Chengzhong' }],
        title: TITLE,
        'container-title': 'China.org.cn',
        issued: { 'date-parts': [[2024, 5, 24]] },
        URL: `${BASE}/p/${ZHANG}`,
        abstract: index.passageById.get(ZHANG)!.text,
        note: `Paragraph 3. Verbatim: ${BASE}/p/${ZHANG}`,
        archive: 'Verbatim',
        archive_location: `${BASE}/p/${ZHANG}`,
      },
    ]);
    const rendered = new Cite(items).format('bibliography', { format: 'text', template: 'apa' });
    expect(rendered.trim()).toBe(`Zhang, C. (2024, May 24). ${TITLE}. In China.org.cn. Verbatim (${BASE}/p/${ZHANG}). ${BASE}/p/${ZHANG}`);
  });

  it('cites an outlet as an organisation, whole, in every format', async () => {
    expect(parsed((await cite(CHINA_DAILY, 'bibtex')).body).author).toEqual([{ family: 'China Daily' }]);
    expect((await cite(CHINA_DAILY, 'bibtex')).body).toContain('author = {{China Daily}},');
    expect(parsed((await cite(CHINA_DAILY, 'ris')).body).author).toEqual([{ literal: 'China Daily' }]);
    expect(JSON.parse((await cite(CHINA_DAILY, 'csl-json')).body)[0].author).toEqual([{ literal: 'China Daily' }]);
  });

  it('quotes the whole passage in text, its own quotation marks turned single so none closes the citation early', async () => {
    const { type, body } = await cite('pd546d117864a7ac', 'text');
    expect(type).toBe('text/plain; charset=utf-8');
    expect(body).toBe(
      `Zhang Chengzhong, “The first aspect is 'cluster' aggregation. We are implementing actions to promote the integrated development of strategic emerging industry clusters. We are focusing on supporting nine industry clusters, including biomedicine, electronic information and new energy vehicles. Additionally, we are nurturing eight industry clusters, such as new materials, safety and emergency equipment, and modern traditional Chinese medicine. Our goal is to facilitate the transition of strategic emerging industries from mere aggregation to cluster-based development.”, “${TITLE}”, China.org.cn, 24 May 2024, paragraph 4. Verbatim: ${BASE}/p/pd546d117864a7ac.\n`,
    );
  });

  it('names an untitled document by its source and date, and leaves an undated one undated', async () => {
    const untitled = index.corpus.documents.find((d) => d.title === null && d.date === '2024-02-06')!;
    expect(JSON.parse((await cite(untitled.passageIds[0]!, 'csl-json')).body)[0].title).toBe('China.org.cn transcript, 6 February 2024');
    const undated = index.corpus.documents.find((d) => d.date === null)!;
    const item = JSON.parse((await cite(undated.passageIds[0]!, 'csl-json')).body)[0];
    expect(item.title).toBe('Transcript');
    expect(item.issued).toBeUndefined();
    expect((await cite(undated.passageIds[0]!, 'text')).body).not.toContain('Undated');
  });

  it('makes permalinks paths without a public URL or base, never from the Host header', async () => {
    const res = await app.request(`/api/passages/${ZHANG}/cite?format=csl-json`, { headers: { Host: 'evil.example' } });
    expect(JSON.parse(await res.text())[0].archive_location).toBe(`/p/${ZHANG}`);
  });

  it('answers a file to save with download=1, and a 400 naming a bad format or base', async () => {
    const res = await app.request(`/api/passages/${ZHANG}/cite?format=ris&download=1`);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="verbatim-${ZHANG}.ris"`);
    const bad = await app.request(`/api/passages/${ZHANG}/cite?format=mla`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: 'bad_request', message: 'format must be one of text, bibtex, ris, csl-json' } });
    const badBase = await app.request(`/api/passages/${ZHANG}/cite?base=javascript:alert(1)`);
    expect(await badBase.json()).toEqual({ error: { code: 'bad_request', message: 'base must be an origin such as https://verbatim.example.org' } });
  });

  it('cites several passages in one file for the saved list, naming those it no longer has', async () => {
    const res = await app.request(`/api/cite?ids=${ZHANG},pnever,${CHINA_DAILY}&format=bibtex&download=1`);
    expect(res.headers.get('verbatim-missing')).toBe('pnever');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="verbatim-citations.bib"');
    const items = new Cite(await res.text()).data as { id: string }[];
    expect(items.map((i) => i.id)).toEqual([`verbatim-${ZHANG}`, `verbatim-${CHINA_DAILY}`]);
  });
});

describe('escaping', () => {
  const nasty = 'Costs {rose} 50% & $5 #1 a_b ^ ~ back\\slash';
  const corpus = makeCorpus({
    documents: [{ id: 'd1', title: nasty, source: 'The Wire & Co', date: '2025-01', url: 'https://example.org/a{b}' }],
    speakers: [{ id: 'ursula-von-der-leyen', name: 'Ursula von der Leyen', type: 'person' }],
    passages: [{ text: 'Line one\nTY  - JOUR\nER  - and 100% {braced}', speaker: 'ursula-von-der-leyen' }],
  });
  const escApp = createApp(createSearchIndex(corpus));
  const get = async (format: string) => (await escApp.request(`/api/passages/d1-0/cite?format=${format}`)).text();

  it('escapes TeX\'s special characters in BibTeX so the parser gets the text back', async () => {
    const body = await get('bibtex');
    expect(body).toContain('title = {Costs \\{rose\\} 50\\% \\& \\$5 \\#1 a\\_b \\textasciicircum{} \\textasciitilde{} back\\textbackslash{}slash},');
    const item = parsed(body);
    expect(item.title).toBe(nasty);
    // "von der Leyen, Ursula": BibTeX's own reading puts the particle apart.
    expect(item.author).toEqual([{ family: 'Leyen', 'non-dropping-particle': 'von der', given: 'Ursula' }]);
    expect(item.URL).toBe('https://example.org/a%7Bb%7D');
    expect(item.abstract).toBe('Line one TY - JOUR ER - and 100% {braced}');
    expect(item.issued).toEqual({ 'date-parts': [[2025, 1]] });
  });

  it('keeps every RIS value on its line, so a line break in the text cannot start a tag', async () => {
    const body = await get('ris');
    expect(body.split('\r\n').filter((l) => l.startsWith('ER  -'))).toEqual(['ER  - ']);
    const item = parsed(body);
    expect(item.abstract).toBe('Line one TY - JOUR ER - and 100% {braced}');
    expect(item.title).toBe(nasty);
    expect(item.author).toEqual([{ family: 'von der Leyen', given: 'Ursula' }]);
  });
});

describe('citations under a public URL', () => {
  it('uses the configured public URL over the base the client sends', async () => {
    const pub = createApp(index, { publicUrl: 'https://verbatim.example.org' });
    const res = await pub.request(`/api/passages/${ZHANG}/cite?format=csl-json&base=https://other.example`);
    expect(JSON.parse(await res.text())[0].archive_location).toBe(`https://verbatim.example.org/p/${ZHANG}`);
  });
});
