// Parsing on worker threads builds the same index as parsing in one thread: the same corpus,
// the same skipped files, the same corpus hash, the same postings to the byte.
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate-corpus.ts';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { buildIndex } from '../../src/indexing/build-index.ts';
import { FIXTURES, SEED_CORPUS, tempDir } from '../helpers.ts';

/** Generated briefings, the seeds, the White House fixtures, and files that are skipped, in one folder. */
async function mixedCorpus(): Promise<string> {
  const dir = await tempDir();
  writeCorpus(join(dir, 'generated'), { passages: 1500, seed: 3 });
  await cp(SEED_CORPUS, join(dir, 'seeds'), { recursive: true });
  await cp(join(FIXTURES, 'whitehouse-2024'), join(dir, 'whitehouse'), { recursive: true });
  await mkdir(join(dir, 'odd'));
  await writeFile(join(dir, 'odd', 'binary.txt'), Buffer.from([0, 1, 2, 3]));
  await writeFile(join(dir, 'odd', 'empty.md'), '   \n');
  await writeFile(join(dir, 'odd', 'notes.docx'), 'not a format Verbatim reads');
  await writeFile(join(dir, 'odd', 'lone.txt.meta.json'), '{"title": "no file beside me"}');
  await writeFile(join(dir, 'odd', 'talk.txt'), 'Li Ming:\n\nThe mills will reopen.\n');
  await writeFile(join(dir, 'odd', 'talk.txt.meta.json'), '{"title": "Mills", "date": "2024-05-06"}');
  return dir;
}

/** Every file of the index's current build, by name. */
async function indexFiles(indexDir: string): Promise<Map<string, Buffer>> {
  const build = (await readFile(join(indexDir, 'CURRENT'), 'utf8')).trim();
  const names = (await readdir(join(indexDir, build))).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(indexDir, build, name))] as const)));
}

describe('parse workers', () => {
  it('build the same corpus, skips and postings as one thread', async () => {
    const dir = await mixedCorpus();
    const files: string[] = [];
    const [inWorkers, inThread] = [await buildCorpus(dir, { onFile: (f) => files.push(f) }, { parseWorkers: 2 }), await buildCorpus(dir, {}, { parseWorkers: 0 })];
    expect(inWorkers.corpus.passages).toHaveLength(inThread.corpus.passages.length);
    expect(inWorkers.corpus.documents).toHaveLength(99);
    expect(inWorkers.corpus).toEqual(inThread.corpus);
    expect(inWorkers.corpusHash).toBe(inThread.corpusHash);
    expect(inWorkers.warnings).toEqual(inThread.warnings);
    expect(inWorkers.skipped.map((s) => s.file)).toEqual(['odd/binary.txt', 'odd/empty.md', 'odd/lone.txt.meta.json', 'odd/notes.docx', 'whitehouse/LICENSE.txt', 'whitehouse/SOURCE.md']);
    expect(inWorkers.skipped).toEqual(inThread.skipped);
    expect(inWorkers.postings).toEqual(inThread.postings);
    // Progress names every file but the sidecars, in corpus order.
    expect(files).toEqual([...files].sort());
    expect(files.filter((f) => f.endsWith('.meta.json'))).toEqual([]);
    expect(files).toContain('odd/talk.txt');
  }, 120_000);

  it('save the same index files, byte for byte, but the manifest', async () => {
    const dir = await mixedCorpus();
    const [a, b] = [await tempDir(), await tempDir()];
    await buildIndex(dir, a, {}, { parseWorkers: 2 });
    await buildIndex(dir, b, {}, { parseWorkers: 0 });
    const [inWorkers, inThread] = [await indexFiles(a), await indexFiles(b)];
    expect([...inWorkers.keys()]).toEqual([...inThread.keys()]);
    for (const [name, bytes] of inWorkers) if (name !== 'manifest.json') expect(bytes.equals(inThread.get(name)!), name).toBe(true);
  }, 120_000);
});
