// Sizes are bounded: a one-line file far over the passage limit indexes into passages within it,
// each with the paragraph's attribution, and a search over them answers with bounded hits; the
// index reader refuses a file or a line of absurd size before reading it into memory.
import { open, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { buildIndex } from '../../src/indexing/build-index.ts';
import { currentBuild, loadIndex } from '../../src/indexing/load-index.ts';
import { MAX_PASSAGE_CHARS } from '../../src/parse/split-long-passage.ts';
import type { SearchResponse } from '../../src/search/response.ts';
import { tempDir } from '../helpers.ts';

describe('a one-line file far over the passage limit', () => {
  it('indexes into passages within the limit, all attributed as the paragraph was, and searches fast enough to answer', async () => {
    const corpus = await tempDir();
    // A speaker label, then about 260,000 characters on one line: 14 passages' worth.
    const said = Array.from({ length: 4000 }, (_, i) => `On day ${i} the president spoke about steel${i === 3999 ? ' and zeppelins' : ''}.`).join(' ');
    await writeFile(join(corpus, 'dump.txt'), `Wang Zhengpu:\n\n${said}`);
    const index = await tempDir();
    await buildIndex(corpus, index);
    const { index: loaded } = await loadIndex(index);
    const passages = loaded.corpus.passages;
    expect(passages.length).toBe(Math.ceil(said.length / MAX_PASSAGE_CHARS));
    expect(Math.max(...passages.map((p) => p.text.length))).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
    expect(new Set(passages.map((p) => `${p.speakerId} ${p.kind} ${p.label} ${p.attribution}`))).toEqual(new Set(['wang-zhengpu speech Wang Zhengpu label']));
    expect(passages.map((p) => p.text).join(' ')).toBe(said);

    const app = createApp(loaded);
    const res = await app.request('/api/search?q=president&limit=100');
    expect(res.status).toBe(200);
    const body = (await res.json()) as SearchResponse;
    expect(body.total).toBe(passages.length);
    expect(Math.max(...body.hits.map((h) => h.text.length))).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
    const rare = (await (await app.request('/api/search?q=zeppelins')).json()) as SearchResponse;
    expect(rare.hits.map((h) => h.id)).toEqual([passages.at(-1)!.id]);
  }, 120_000);
});

describe('the index reader and absurd sizes', () => {
  it('refuses a data file over its size limit before reading it', async () => {
    const index = await tempDir();
    const corpus = await tempDir();
    await writeFile(join(corpus, 'a.txt'), 'Li Ming:\n\nWe will open two new lines.\n');
    await buildIndex(corpus, index);
    const build = (await currentBuild(index))!;
    // A sparse file: 300 MB long, no 300 MB written.
    await truncate(join(index, build, 'documents.json'), 300 * 2 ** 20);
    await expect(loadIndex(index)).rejects.toThrow(`index in ${index} cannot be loaded: ${build}/documents.json is 300 MB, more than the 256 MB this reader accepts; rebuild it with: npm run index -- --corpus <dir> --index ${index}`);
  });

  it('refuses a passages line longer than any it writes, without holding the rest', async () => {
    const index = await tempDir();
    const corpus = await tempDir();
    await writeFile(join(corpus, 'a.txt'), 'Li Ming:\n\nWe will open two new lines.\n');
    await buildIndex(corpus, index);
    const build = (await currentBuild(index))!;
    const file = await open(join(index, build, 'passages.jsonl'), 'w');
    const chunk = Buffer.alloc(1 << 20, 'x');
    for (let i = 0; i < 17; i++) await file.write(chunk);
    await file.close();
    await expect(loadIndex(index)).rejects.toThrow(`${build}/passages.jsonl is truncated or corrupted (a line is longer than 16 MB, more than any index Verbatim writes)`);
  });
});
