// The saved index: manifest, atomic replacement, checks at load.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/indexing/build-index.ts';
import { FORMAT_VERSION } from '../../src/indexing/index-options.ts';
import { currentBuild, loadIndex } from '../../src/indexing/load-index.ts';
import { indexVersion } from '../../src/indexing/manifest.ts';
import { createApp } from '../../src/http/app.ts';
import { SEED_CORPUS, tempDir } from '../helpers.ts';

describe('saved index', () => {
  it('writes a manifest with version, counts, corpus hash and checksums, and loads what it saved', async () => {
    const index = await tempDir();
    const { manifest } = await buildIndex(SEED_CORPUS, index);
    expect(manifest).toMatchObject({ formatVersion: FORMAT_VERSION, documents: 5, passages: 52, speakers: 12 });
    expect(manifest.corpusHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(manifest.files).sort()).toEqual(['documents.json', 'minisearch.bin', 'passages.jsonl', 'redirects.jsonl', 'speakers.json']);
    const loaded = await loadIndex(index);
    expect(loaded.manifest).toEqual(manifest);
    expect(loaded.index.corpus.passages).toHaveLength(52);
    expect(loaded.index.mini.search('hydrogen metallurgy').length).toBeGreaterThan(0);
  });

  it('names each build by its build time and corpus hash, in /api/health and every search', async () => {
    const index = await tempDir();
    const { manifest } = await buildIndex(SEED_CORPUS, index);
    expect(indexVersion({ builtAt: '2026-12-03T19:14:00.123Z', corpusHash: 'ab12cd34ef56'.repeat(5) + 'abcd' })).toBe('20261203-191400123-ab12cd34ef56');
    const loaded = await loadIndex(index);
    expect(loaded.index.version).toBe(indexVersion(manifest));
    const app = createApp(loaded.index);
    const health = (await (await app.request('/api/health')).json()) as { indexVersion: string };
    const found = (await (await app.request('/api/search?q=steel')).json()) as { indexVersion: string };
    expect(health.indexVersion).toBe(loaded.index.version);
    expect(found.indexVersion).toBe(loaded.index.version);
  });

  it('gives the same corpus hash for the same corpus', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    expect((await buildIndex(SEED_CORPUS, a)).manifest.corpusHash).toBe((await buildIndex(SEED_CORPUS, b)).manifest.corpusHash);
  });

  it('refuses an index of another format version, saying how to rebuild', async () => {
    const index = await tempDir();
    await buildIndex(SEED_CORPUS, index);
    const manifestPath = join(index, (await currentBuild(index))!, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    await writeFile(manifestPath, JSON.stringify({ ...manifest, formatVersion: 999 }));
    await expect(loadIndex(index)).rejects.toThrow(
      `index in ${index} cannot be loaded: it has format version 999, this Verbatim reads version ${FORMAT_VERSION}; rebuild it with: npm run index -- --corpus <dir> --index ${index}`,
    );
  });

  it('detects a truncated data file by its checksum', async () => {
    const index = await tempDir();
    await buildIndex(SEED_CORPUS, index);
    const build = (await currentBuild(index))!;
    const path = join(index, build, 'minisearch.bin');
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.length / 2));
    await expect(loadIndex(index)).rejects.toThrow(`${build}/minisearch.bin is truncated or corrupted (checksum mismatch)`);
  });

  it('says so when there is no index', async () => {
    const index = await tempDir();
    await expect(loadIndex(index)).rejects.toThrow(`index in ${index} cannot be loaded: no index has been built (no CURRENT file)`);
  });

  it('keeps the good index when a build fails, and keeps one previous build after a success', async () => {
    const index = await tempDir();
    await buildIndex(SEED_CORPUS, index);
    const first = await currentBuild(index);
    await expect(buildIndex(await tempDir(), index)).rejects.toThrow(/no readable document/);
    expect(await currentBuild(index)).toBe(first);
    await buildIndex(SEED_CORPUS, index);
    await buildIndex(SEED_CORPUS, index);
    const builds = (await readdir(index)).filter((e) => e.startsWith('build-'));
    expect(builds).toHaveLength(2);
    expect(builds).toContain(await currentBuild(index));
    expect(builds).not.toContain(first);
  });
});
