// Passage ids survive re-indexing, changes to other documents and passages, and renaming a
// file that states its URL.
import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { SEED_CORPUS, tempDir } from '../helpers.ts';

const ARTICLE = '003_c3fb4eb98648da7d.txt';
const PAGE = '000_5678f32b8970856a.txt';

async function seedCopy(): Promise<string> {
  const dir = await tempDir();
  await cp(SEED_CORPUS, dir, { recursive: true });
  return dir;
}
const idsByText = async (dir: string) => new Map((await buildCorpus(dir)).corpus.passages.map((p) => [p.text, p.id]));

describe('stable passage ids', () => {
  it('gives the same ids when the same corpus is indexed again', async () => {
    const dir = await seedCopy();
    const first = await buildCorpus(dir);
    const second = await buildCorpus(dir);
    expect(second.corpus.passages.map((p) => p.id)).toEqual(first.corpus.passages.map((p) => p.id));
    expect(new Set(first.corpus.passages.map((p) => p.id)).size).toBe(52);
  });

  it('keeps ids when another document is added or removed', async () => {
    const dir = await seedCopy();
    const before = await idsByText(dir);
    await writeFile(join(dir, 'new.txt'), 'Li Ming:\n\nA new document with new words.\n');
    await rm(join(dir, '002_321a3271fb6c3810.txt'));
    const after = await idsByText(dir);
    for (const [text, id] of after) if (before.has(text)) expect(id).toBe(before.get(text));
    expect(after.size).toBe(52 - 9 + 1);
  });

  it('keeps the ids of the other passages when one passage is edited', async () => {
    const dir = await seedCopy();
    const before = await idsByText(dir);
    const path = join(dir, PAGE);
    await writeFile(path, (await readFile(path, 'utf8')).replace('One last question.', 'One final question.'));
    const after = await idsByText(dir);
    const changed = [...before].filter(([text, id]) => after.get(text) !== id).map(([text]) => text);
    expect(changed).toEqual(['One last question.']);
    expect(after.has('One final question.')).toBe(true);
  });

  it('keeps ids when a file with a stated URL is renamed, and the document id too', async () => {
    const dir = await seedCopy();
    const before = await buildCorpus(dir);
    await rename(join(dir, ARTICLE), join(dir, 'xiongan-article.txt'));
    const after = await buildCorpus(dir);
    const ids = (c: typeof before) => c.corpus.passages.filter((p) => p.documentId === c.corpus.documents.find((d) => d.url)!.id).map((p) => p.id);
    expect(ids(after)).toEqual(ids(before));
    expect(after.corpus.documents.find((d) => d.file === 'xiongan-article.txt')!.id).toBe(before.corpus.documents.find((d) => d.file === ARTICLE)!.id);
  });

  it('gives repeated identical passages in one document distinct ids', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.md'), 'MS. LEE:  Yeah.\n\nQ    And the budget?\n\nMS. LEE:  Yeah.\n');
    const { corpus } = await buildCorpus(dir);
    const [first, , third] = corpus.passages;
    expect(first!.text).toBe(third!.text);
    expect(first!.id).not.toBe(third!.id);
  });
});
