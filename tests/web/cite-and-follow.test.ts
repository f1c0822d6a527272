// The passage page's Cite menu, the Saved page's citation exports and "Follow this search", in a real Chromium
// against the real server on the seed corpus.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePageSession } from './page-session.ts';

/** Zhang Chengzhong's first answer, the 3rd passage of the 24 May 2024 press conference. */
const ZHANG = 'p4a27a7bf8f6d1ec';

const session = usePageSession('corpus');

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

describe('Cite menu', () => {
  it('copies BibTeX with the page\'s own permalink and downloads RIS', async () => {
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.url });
    const page = await session.open(`/p/${ZHANG}`);
    const menu = page.locator('li.current .cite-menu');
    await menu.getByText('Cite', { exact: true }).click();
    await menu.getByRole('button', { name: 'Copy BibTeX citation' }).click();
    await menu.getByText('BibTeX citation copied').waitFor();
    const bibtex = await page.evaluate(() => navigator.clipboard.readText());
    expect(bibtex.startsWith(`@misc{verbatim-${ZHANG},\n  author = {Zhang, Chengzhong},\n`)).toBe(true);
    expect(bibtex).toContain(`  note = {Paragraph 3. Verbatim: ${session.server.url}/p/${ZHANG}},\n`);

    const ris = await downloaded(page, () => menu.getByRole('link', { name: 'Download RIS (EndNote, Zotero) citation' }).click());
    expect(ris.name).toBe(`verbatim-${ZHANG}.ris`);
    expect(ris.text.split('\r\n').slice(0, 3)).toEqual(['TY  - GEN', 'AU  - Zhang, Chengzhong', 'TI  - SCIO press conference on forging ahead on a journey of high-quality development in the new era']);
  });
});

describe('Saved page exports', () => {
  it('downloads every saved passage as BibTeX and CSL-JSON', async () => {
    const page = await session.open(`/p/${ZHANG}`);
    await page.locator('li.current').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: 'Saved (1)' }).click();
    await page.waitForURL((url) => url.pathname === '/saved');
    const exports = page.locator('.cite-exports');
    const bib = await downloaded(page, () => exports.getByRole('link', { name: 'BibTeX' }).click());
    expect(bib.name).toBe('verbatim-citations.bib');
    expect(bib.text.match(/^@misc\{[^,]+/gm)).toEqual([`@misc{verbatim-${ZHANG}`]);
    const csl = await downloaded(page, () => exports.getByRole('link', { name: 'CSL-JSON' }).click());
    expect((JSON.parse(csl.text) as { id: string; type: string }[]).map((i) => [i.id, i.type])).toEqual([[ZHANG, 'speech']]);
  });
});

describe('Follow this search', () => {
  it('links the search\'s Atom feed and declares it in the head, following filter changes', async () => {
    const page = await session.open('/?q=steel');
    const follow = page.getByRole('link', { name: 'Follow this search' });
    await follow.waitFor();
    expect(await follow.getAttribute('href')).toBe('/api/search.atom?q=steel');
    const declared = () => page.evaluate(() => [...document.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map((l) => [l.getAttribute('href'), l.getAttribute('title')]));
    expect(await declared()).toEqual([['/api/search.atom?q=steel', 'Verbatim: “steel”']]);
    const answer = await page.evaluate(async () => {
      const res = await fetch('/api/search.atom?q=steel');
      return [res.status, res.headers.get('content-type'), (await res.text()).slice(0, 38)];
    });
    expect(answer).toEqual([200, 'application/atom+xml; charset=utf-8', '<?xml version="1.0" encoding="utf-8"?>']);
    await page.goto(`${session.server.url}/?q=steel&kind=speech&sort=oldest`);
    await page.getByRole('link', { name: 'Follow this search' }).waitFor();
    expect(await declared()).toEqual([['/api/search.atom?q=steel&kind=speech', 'Verbatim: “steel”']]);
  });
});
