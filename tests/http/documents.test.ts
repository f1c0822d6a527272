// The indexer issue's contract through the real app: health, documents, 404 shape.
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { createSearchIndex } from '../../src/indexing/search-index.ts';
import { SEED_CORPUS } from '../helpers.ts';

let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  const { corpus } = await buildCorpus(SEED_CORPUS);
  app = createApp(createSearchIndex(corpus), { health: () => ({ builtAt: '2026-11-22T00:00:00.000Z', formatVersion: 1 }) });
});

describe('GET /api/health, /api/documents, /api/documents/:id', () => {
  it('reports status and counts', async () => {
    const res = await app.request('/api/health');
    expect(await res.json()).toEqual({ status: 'ok', documents: 5, passages: 52, speakers: 12, formatVersion: 1, builtAt: '2026-11-22T00:00:00.000Z', indexVersion: 'unsaved' });
  });

  it('lists documents with their metadata and passage counts', async () => {
    const { documents } = (await (await app.request('/api/documents')).json()) as { documents: Record<string, unknown>[] };
    expect(documents.map((d) => [d.file, d.source, d.date, d.passages])).toEqual([
      ['000_5678f32b8970856a.txt', 'China.org.cn', '2024-05-24', 9],
      ['001_42967883019c18a2.txt', 'China.org.cn', '2024-05-24', 9],
      ['002_321a3271fb6c3810.txt', null, null, 9],
      ['003_c3fb4eb98648da7d.txt', 'China Daily', '2025-03-06', 17],
      ['004_b9c563e91aa9d913.txt', 'China.org.cn', '2024-02-06', 8],
    ]);
    expect(Object.keys(documents[0]!).sort()).toEqual(['date', 'displayTitle', 'eventId', 'file', 'id', 'passages', 'source', 'title', 'url']);
  });

  it('returns a document with its attributed passages and question links', async () => {
    const { documents } = (await (await app.request('/api/documents')).json()) as { documents: { id: string; file: string }[] };
    const id = documents.find((d) => d.file === '004_b9c563e91aa9d913.txt')!.id;
    const doc = (await (await app.request(`/api/documents/${id}`)).json()) as { title: string | null; passages: Record<string, unknown>[] };
    expect(doc.title).toBeNull();
    const [question, answer] = doc.passages;
    expect(question).toMatchObject({ ordinal: 0, kind: 'question', label: 'Nanfang Daily, Nanfang Plus', speaker: { id: 'nanfang-daily-nanfang-plus', name: 'Nanfang Daily, Nanfang Plus' }, role: null, attribution: 'label' });
    expect(answer).toMatchObject({ ordinal: 1, kind: 'speech', label: 'Yuan Ye', speaker: { id: 'yuan-ye', name: 'Yuan Ye' }, question: question!.id });
    expect(question!.answers).toEqual(doc.passages.slice(1).map((p) => p.id));
  });

  it('answers an unknown document id with 404 in the one error shape', async () => {
    const res = await app.request('/api/documents/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'no document with id "nope"' } });
  });
});
