// Durable passage links: an id of an earlier build answers 301 to the passage that replaced it,
// or to its document, or 410 when its document was removed; redirects carry over builds.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { buildIndex } from '../../src/indexing/build-index.ts';
import { loadIndex } from '../../src/indexing/load-index.ts';
import { SEED_CORPUS, tempDir } from '../helpers.ts';

/** The press conference of 24 May 2024; Zhang Chengzhong's first answer is its third passage. */
const PAGE = '000_5678f32b8970856a.txt';
const ZHANG = 'p4a27a7bf8f6d1ec';
const ARTICLE = '003_c3fb4eb98648da7d.txt';

async function seedBuild() {
  const corpus = await tempDir();
  const index = await tempDir();
  await cp(SEED_CORPUS, corpus, { recursive: true });
  await buildIndex(corpus, index, {}, { parseWorkers: 0 });
  return { corpus, index };
}

async function edit(corpus: string, file: string, from: string, to: string) {
  const path = join(corpus, file);
  const text = await readFile(path, 'utf8');
  expect(text).toContain(from);
  await writeFile(path, text.replace(from, to));
}

const appOn = async (index: string) => {
  const loaded = await loadIndex(index);
  return { app: createApp(loaded.index), loaded };
};

describe('durable passage links', () => {
  it('sends the id of an edited passage to the edited passage with a 301, and keeps its old text and date', async () => {
    const { corpus, index } = await seedBuild();
    const before = await loadIndex(index);
    const oldText = before.index.passageById.get(ZHANG)!.text;
    await edit(corpus, PAGE, 'support for the industrial development in Hebei', 'support for the industrial growth in Hebei');
    const summary = await buildIndex(corpus, index, {}, { parseWorkers: 0 });
    expect(summary.redirects).toBe(1);
    const { app, loaded } = await appOn(index);
    expect(loaded.index.passageById.has(ZHANG)).toBe(false);
    const replacement = loaded.index.corpus.passages.find((p) => p.text.startsWith('Thank you for your interest in and support for the industrial growth in Hebei'))!;

    const res = await app.request(`/api/passages/${ZHANG}`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`/api/passages/${replacement.id}`);
    const followed = await app.request(res.headers.get('location')!);
    expect(((await followed.json()) as { id: string }).id).toBe(replacement.id);

    const info = await app.request(`/api/redirects/${ZHANG}`);
    expect(info.status).toBe(200);
    expect(await info.json()).toEqual({
      from: ZHANG,
      to: replacement.id,
      documentId: '94303d5186cc',
      documentTitle: 'SCIO press conference on forging ahead on a journey of high-quality development in the new era',
      documentRemoved: false,
      oldText,
      changedAt: summary.manifest.builtAt,
      location: `/p/${replacement.id}`,
    });
    // A current passage has no redirect, and an id no build had is a plain 404.
    expect((await app.request(`/api/redirects/${replacement.id}`)).status).toBe(404);
    const unknown = await app.request('/api/passages/pnever0000000000');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: 'not_found', message: 'no passage with id "pnever0000000000"' } });
  });

  it('answers 410 with the document named for the passages of a removed document, and carries earlier redirects forward', async () => {
    const { corpus, index } = await seedBuild();
    const first = await loadIndex(index);
    const articleDoc = first.index.corpus.documents.find((d) => d.file === ARTICLE)!;
    await edit(corpus, PAGE, 'support for the industrial development in Hebei', 'support for the industrial growth in Hebei');
    const second = await buildIndex(corpus, index, {}, { parseWorkers: 0 });
    await rm(join(corpus, ARTICLE));
    const third = await buildIndex(corpus, index, {}, { parseWorkers: 0 });
    expect(third.redirects).toBe(1 + articleDoc.passageIds.length);
    const { app, loaded } = await appOn(index);

    // The edit of the second build still redirects after the third, with its own date.
    const carried = loaded.index.redirectById.get(ZHANG)!;
    expect(carried.changedAt).toBe(second.manifest.builtAt);
    expect((await app.request(`/api/passages/${ZHANG}`)).status).toBe(301);

    const gone = articleDoc.passageIds[0]!;
    const res = await app.request(`/api/passages/${gone}`);
    expect(res.status).toBe(410);
    expect(await res.json()).toEqual({
      error: { code: 'gone', message: `passage "${gone}" was removed when its document "${articleDoc.displayTitle}" left the corpus (re-indexed on ${third.manifest.builtAt.slice(0, 10)})` },
    });
    expect(await (await app.request(`/api/redirects/${gone}`)).json()).toMatchObject({ to: null, documentRemoved: true, location: null, changedAt: third.manifest.builtAt });
  });

  it('re-points a carried redirect when its target changes in turn, and sends a rewritten passage to its document', async () => {
    const { corpus, index } = await seedBuild();
    await edit(corpus, PAGE, 'support for the industrial development in Hebei', 'support for the industrial growth in Hebei');
    await buildIndex(corpus, index, {}, { parseWorkers: 0 });
    const middle = (await loadIndex(index)).index.redirectById.get(ZHANG)!.to!;
    await edit(corpus, PAGE, 'support for the industrial growth in Hebei', 'support for the industrial expansion in Hebei');
    await buildIndex(corpus, index, {}, { parseWorkers: 0 });
    const { app, loaded } = await appOn(index);
    const latest = loaded.index.corpus.passages.find((p) => p.text.includes('industrial expansion in Hebei'))!;
    expect(loaded.index.redirectById.get(ZHANG)!.to).toBe(latest.id);
    expect(loaded.index.redirectById.get(middle)!.to).toBe(latest.id);
    expect((await app.request(`/api/passages/${ZHANG}`)).headers.get('location')).toBe(`/api/passages/${latest.id}`);

    // Nothing in the document is like the new wording: the old id leads to the document.
    await edit(corpus, PAGE, 'One last question.', 'Finally: what about rail freight across the Bohai rim?');
    await buildIndex(corpus, index, {}, { parseWorkers: 0 });
    const after = await appOn(index);
    const rewritten = [...after.loaded.index.redirectById.values()].find((r) => r.oldText === 'One last question.')!;
    expect(rewritten).toMatchObject({ to: null, documentRemoved: false, documentId: '94303d5186cc' });
    const res = await after.app.request(`/api/passages/${rewritten.from}`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/api/documents/94303d5186cc');
  });
});

describe('index version in search links', () => {
  it('says indexChanged when a search names another build than the one serving, and only then', async () => {
    const { index } = await seedBuild();
    const { app, loaded } = await appOn(index);
    const search = async (query: string) => (await (await app.request(`/api/search?${query}`)).json()) as { indexVersion: string; indexChanged: boolean; total: number };
    const current = await search('q=steel');
    expect(current.indexVersion).toBe(loaded.index.version);
    expect(current.indexChanged).toBe(false);
    expect((await search(`q=steel&v=${current.indexVersion}`)).indexChanged).toBe(false);
    // The same search with a stale version: its own answer (the cache keys on v too).
    const stale = await search('q=steel&v=20250101-000000000-0123456789ab');
    expect(stale).toMatchObject({ indexChanged: true, indexVersion: loaded.index.version, total: current.total });
    expect((await search('q=steel')).indexChanged).toBe(false);
  });
});
