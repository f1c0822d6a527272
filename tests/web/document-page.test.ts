// The document page in a real Chromium against the real server on the seed corpus: each
// passage's Copy link, Copy citation and Save, reached with the keyboard.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOTS, usePageSession } from './page-session.ts';

/** A press conference in corpus/ (9 passages); its third is Zhang Chengzhong's first answer. */
const DOC = '/d/94303d5186cc';
const THIRD = 'p4a27a7bf8f6d1ec';

const session = usePageSession('corpus');
const { open } = session;

/** The document's passages, once they have all rendered. */
async function passages(page: Page) {
  const all = page.locator('.doc-passage');
  await all.nth(8).waitFor();
  expect(await all.count()).toBe(9);
  return all;
}

const focusedName = (page: Page) => page.evaluate(() => `${document.activeElement?.closest('.doc-passage')?.id} ${document.activeElement?.textContent}`);

describe('document page', () => {
  it('puts Copy link, Copy citation and Save on every passage, in the Tab order after its text', async () => {
    const page = await open(DOC);
    const all = await passages(page);
    for (const name of ['Copy link', 'Copy citation', 'Save']) {
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(9);
    }
    const third = all.nth(2);
    expect(await third.getAttribute('id')).toBe(THIRD);
    // Visible without hover or focus: a keyboard user sees what Tab will reach.
    expect(await third.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(true);
    await third.focus();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      order.push(await focusedName(page));
    }
    expect(order).toEqual([`${THIRD} Copy link`, `${THIRD} Copy citation`, `${THIRD} Save`, `${THIRD} ¶`]);
    await page.screenshot({ path: `${SHOTS}/document.png`, fullPage: true });
  });

  it('saves its third passage with the keyboard, and the Saved page lists it', async () => {
    const page = await open(DOC);
    const third = (await passages(page)).nth(2);
    await third.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    expect(await third.getByRole('button', { name: 'Saved ✓' }).getAttribute('aria-pressed')).toBe('true');
    await third.getByText('Saved', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Saved (1)' }).click();
    await page.waitForURL((url) => url.pathname === '/saved');
    const saved = page.locator('.saved-list li');
    await saved.first().waitFor();
    expect(await saved.count()).toBe(1);
    expect(await saved.locator('.who a').textContent()).toBe('Zhang Chengzhong');
    expect(await saved.getByRole('link', { name: 'Open passage' }).getAttribute('href')).toBe(`/p/${THIRD}`);
    expect((await saved.locator('blockquote').textContent())!.startsWith('Thank you for your interest in and support for the industria')).toBe(true);
  });

  it('copies the absolute permalink and a citation naming the speaker and the document', async () => {
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.url });
    const page = await open(DOC);
    const third = (await passages(page)).nth(2);
    await third.getByRole('button', { name: 'Copy link' }).click();
    await third.getByText('Link copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${session.server.url}/p/${THIRD}`);
    await third.getByRole('button', { name: 'Copy citation' }).click();
    await third.getByText('Citation copied').waitFor();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation.startsWith('Zhang Chengzhong, “Thank you for your interest in and support for the industria')).toBe(true);
    expect(citation).toContain('in “SCIO press conference on forging ahead on a journey of high-quality development in the new era”');
    expect(citation).toContain(`Verbatim: ${session.server.url}/p/${THIRD} (accessed `);
  });
});
