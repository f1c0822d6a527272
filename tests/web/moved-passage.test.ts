// A link to a passage of an earlier build, in a real Chromium: an edited passage shows the new
// text with the notice and the old text beside it; a removed document's passage says so.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/indexing/build-index.ts';
import { loadIndex } from '../../src/indexing/load-index.ts';
import { SEED_CORPUS, tempDir } from '../helpers.ts';
import { SHOTS, usePageSession } from './page-session.ts';

const PAGE = '000_5678f32b8970856a.txt';
const ARTICLE = '003_c3fb4eb98648da7d.txt';
/** Zhang Chengzhong's first answer on 24 May 2024, before "development" was edited to "growth". */
const ZHANG = 'p4a27a7bf8f6d1ec';
let removedId = '';
let builtAt = '';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const shown = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** Seed corpus built, one word of Zhang's answer edited and the Xiong'an article removed, built again. */
async function editedIndex() {
  const corpus = await tempDir();
  const index = await tempDir();
  await cp(SEED_CORPUS, corpus, { recursive: true });
  await buildIndex(corpus, index, {}, { parseWorkers: 0 });
  const first = await loadIndex(index);
  removedId = first.index.corpus.documents.find((d) => d.file === ARTICLE)!.passageIds[0]!;
  const path = join(corpus, PAGE);
  await writeFile(path, (await readFile(path, 'utf8')).replace('industrial development in Hebei', 'industrial growth in Hebei'));
  await rm(join(corpus, ARTICLE));
  builtAt = (await buildIndex(corpus, index, {}, { parseWorkers: 0 })).manifest.builtAt;
  return (await loadIndex(index)).index;
}

const session = usePageSession(editedIndex);

describe('links to passages of an earlier build', () => {
  it('shows the passage that replaced an edited one, the date it changed and both texts; Copy link gives the new permalink with the query', async () => {
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.url });
    const page = await session.open(`/p/${ZHANG}?q=industrial`);
    const notice = page.locator('.notice.moved');
    await notice.waitFor();
    expect(await notice.locator('h2').textContent()).toBe(`This passage changed when the corpus was re-indexed on ${shown(builtAt)}.`);
    expect((await notice.locator('.old-text').textContent())!.startsWith('Thank you for your interest in and support for the industrial development in Hebei.')).toBe(true);
    expect((await notice.locator('.new-text').textContent())!.startsWith('Thank you for your interest in and support for the industrial growth in Hebei.')).toBe(true);
    const current = page.locator('li.current');
    await current.locator('mark').first().waitFor();
    expect(await current.locator('mark').first().textContent()).toBe('industrial');
    await current.getByRole('button', { name: 'Copy link' }).click();
    await current.getByText('Link copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`^${session.server.url}/p/p[0-9a-f]{15}\\?q=industrial$`));
    expect(copied).not.toContain(ZHANG);
    await page.screenshot({ path: `${SHOTS}/moved-passage.png`, fullPage: true });
  });

  it('says a passage of a removed document was removed, with its text, instead of a bare 404', async () => {
    const page = await session.open(`/p/${removedId}`);
    const notice = page.locator('.notice.removed');
    await notice.waitFor();
    expect(await notice.locator('h1').textContent()).toBe('This passage was removed');
    expect(await notice.locator('p').textContent()).toMatch(new RegExp(`^Its document, “.+”, left the corpus when it was re-indexed on ${shown(builtAt)}\\.$`));
    expect(await page.locator('.old-text').textContent()).not.toBe('');
    expect(await page.getByText('does not exist').count()).toBe(0);
    // The page asked for the passage and was told 410 Gone: the console logs that failed request.
    session.expectProblems(/410/);
  });
});

describe('a search link made on another build', () => {
  it('says the results come from a newer index, with its build date, and not for the current build', async () => {
    const page = await session.open('/?q=industrial&v=20250101-000000000-0123456789ab');
    const notice = page.locator('.notice.index-changed');
    await notice.waitFor();
    expect(await notice.textContent()).toBe(`These results come from a newer index than the link (built ${shown(builtAt)}).`);
    const version = await page.evaluate(async () => ((await (await fetch('/api/health')).json()) as { indexVersion: string }).indexVersion);
    const fresh = await session.open(`/?q=industrial&v=${version}`);
    await fresh.locator('#results li.hit').first().waitFor();
    expect(await fresh.locator('.notice.index-changed').count()).toBe(0);
  });
});
