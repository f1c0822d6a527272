import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { makeIndex } from '../search/make-corpus.ts';
import { createApp } from '../../src/http/app.ts';
import { client, q } from './search-helpers.ts';

const index = makeIndex({
  documents: [{ id: 'd1', title: 'Briefing', date: '2024-05-24', source: 'China Daily', url: 'https://example.org/b' }],
  speakers: [
    { id: 'cd', name: 'China Daily', type: 'outlet', roles: [] },
    { id: 'wang', name: 'Wang Zhengpu', labels: ['Wang Zhengpu', 'WANG'], roles: [{ role: 'Governor', documentId: 'd1', date: '2024-05-24' }] },
  ],
  passages: [
    { id: 'q1', speaker: 'cd', kind: 'question', text: 'What about steel, "quoted", and commas?' },
    { id: 'a1', speaker: 'wang', role: 'Governor', text: 'Steel output grew.\nA second line.', question: 'q1' },
    { id: 'a2', speaker: 'wang', role: 'Governor', text: '=SUM(steel)', question: 'q1' },
  ],
});
const api = client(index);

describe('GET /api/search.csv', () => {
  it('returns all matching passages (limit does not apply) as CSV that parses back, with a download name', async () => {
    const res = await api.app.request(`/api/search.csv?${q('steel')}&sort=oldest&limit=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="verbatim-steel.csv"');
    const rows = parse(await res.text()) as string[][];
    expect(rows).toEqual([
      ['id', 'speaker', 'role', 'kind', 'date', 'document title', 'source', 'url', 'permalink', 'text'],
      ['q1', 'China Daily', '', 'question', '2024-05-24', 'Briefing', 'China Daily', 'https://example.org/b', '/p/q1', 'What about steel, "quoted", and commas?'],
      ['a1', 'Wang Zhengpu', 'Governor', 'speech', '2024-05-24', 'Briefing', 'China Daily', 'https://example.org/b', '/p/a1', 'Steel output grew.\nA second line.'],
      ['a2', 'Wang Zhengpu', 'Governor', 'speech', '2024-05-24', 'Briefing', 'China Daily', 'https://example.org/b', '/p/a2', "'=SUM(steel)"],
    ]);
  });

  it('makes permalinks absolute under the configured public URL, never from the Host header', async () => {
    const permalinks = async (app: ReturnType<typeof createApp>) => {
      const res = await app.request(`/api/search.csv?${q('steel')}&sort=oldest`, { headers: { Host: 'evil.example' } });
      return (parse(await res.text()) as string[][]).slice(1).map((r) => r[8]);
    };
    expect(await permalinks(createApp(index, { publicUrl: 'https://verbatim.example.org/archive/' }))).toEqual([
      'https://verbatim.example.org/archive/p/q1',
      'https://verbatim.example.org/archive/p/a1',
      'https://verbatim.example.org/archive/p/a2',
    ]);
    expect(await permalinks(createApp(index))).toEqual(['/p/q1', '/p/a1', '/p/a2']);
  });

  it('names the file after the query, in ASCII', async () => {
    const res = await api.app.request(`/api/search.csv?${q('Xiong’an "high end"')}`);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="verbatim-xiong-an-high-end.csv"');
    const browse = await api.app.request('/api/search.csv?speaker=wang');
    expect(browse.headers.get('content-disposition')).toBe('attachment; filename="verbatim-search.csv"');
    expect((parse(await browse.text()) as string[][]).map((r) => r[0])).toEqual(['id', 'a1', 'a2']);
  });
});

describe('GET /api/passages/:id', () => {
  it('returns the passage with its neighbours, the question it answers and its document', async () => {
    const { status, body } = await api.status('/api/passages/a1');
    expect(status).toBe(200);
    expect(body).toEqual({
      id: 'a1',
      ordinal: 1,
      text: 'Steel output grew.\nA second line.',
      kind: 'speech',
      label: null,
      speaker: { id: 'wang', name: 'Wang Zhengpu' },
      role: 'Governor',
      attribution: 'label',
      date: '2024-05-24',
      permalink: '/p/a1',
      previous: 'q1',
      next: 'a2',
      question: { id: 'q1', speaker: { id: 'cd', name: 'China Daily' }, text: 'What about steel, "quoted", and commas?' },
      answers: [],
      document: { id: 'd1', title: 'Briefing', displayTitle: 'Briefing', source: 'China Daily', date: '2024-05-24', url: 'https://example.org/b', eventId: 'd1', file: 'd1.txt', passages: 3 },
    });
  });

  it('lists the answers of a question', async () => {
    const body = (await api.status('/api/passages/q1')).body as { previous: unknown; answers: { id: string }[] };
    expect([body.previous, body.answers.map((a) => a.id)]).toEqual([null, ['a1', 'a2']]);
  });
});

describe('GET /api/speakers', () => {
  it('lists canonical speakers with labels, roles per document, counts and dates', async () => {
    const body = (await api.status('/api/speakers')).body as { speakers: unknown[] };
    expect(body.speakers[1]).toEqual({
      id: 'wang',
      name: 'Wang Zhengpu',
      type: 'person',
      labels: ['Wang Zhengpu', 'WANG'],
      roles: [{ role: 'Governor', documentId: 'd1', date: '2024-05-24' }],
      passages: 2,
      firstDate: '2024-05-24',
      lastDate: '2024-05-24',
      permalink: '/s/wang',
    });
  });

  it('returns one speaker with the documents they speak in', async () => {
    const body = (await api.status('/api/speakers/wang')).body as { documents: unknown };
    expect(body.documents).toEqual([{ id: 'd1', displayTitle: 'Briefing', date: '2024-05-24', passages: 2 }]);
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every API route from the zod schemas', async () => {
    const { status, body } = await api.status('/api/openapi.json');
    const doc = body as { openapi: string; paths: Record<string, { get: { parameters?: { name: string }[] } }>; components: { schemas: Record<string, unknown> } };
    expect(status).toBe(200);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/cite',
      '/api/documents',
      '/api/documents/{id}',
      '/api/examples',
      '/api/health',
      '/api/passages/{id}',
      '/api/passages/{id}/cite',
      '/api/quote',
      '/api/redirects/{id}',
      '/api/search',
      '/api/search.atom',
      '/api/search.csv',
      '/api/speakers',
      '/api/speakers/{id}',
    ]);
    expect(doc.paths['/api/search']!.get.parameters!.map((p) => p.name)).toEqual(['q', 'speaker', 'kind', 'from', 'to', 'document', 'event', 'source', 'sort', 'page', 'limit', 'as_you_type', 'as_typed', 'match', 'v']);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['SearchResponse', 'PassageDetail', 'Speaker', 'SpeakerDetail', 'Error']));
  });
});
