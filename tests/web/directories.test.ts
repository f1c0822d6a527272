// Finding things without a query, in a real Chromium on the seed corpus: /speakers with
// type-to-filter, /documents by date with a source filter, home-page examples from the index.
import { describe, expect, it } from 'vitest';
import { usePageSession } from './page-session.ts';

const session = usePageSession('corpus');

describe('finding things', () => {
  it('lists every speaker by passages and filters them as one types', async () => {
    const page = await session.open('/speakers');
    const items = page.locator('.speakers-list li');
    await items.first().waitFor();
    expect(await page.locator('h1').textContent()).toBe('Speakers');
    expect(await items.count()).toBe(12);
    expect(await items.first().locator('a').textContent()).toBe('Wang Zhengpu');
    await page.fill('#speaker-filter', 'chengzhong');
    await page.waitForFunction(() => document.querySelectorAll('.speakers-list li').length === 1);
    expect(await items.first().locator('a').getAttribute('href')).toBe('/s/zhang-chengzhong');
    expect(await page.locator('.directory p.muted').textContent()).toBe('1 of 12 speakers');
  });

  it('lists documents newest first, undated last, and filters by source', async () => {
    const page = await session.open('/documents');
    const items = page.locator('.documents-list li');
    await items.first().waitFor();
    expect(await items.count()).toBe(5);
    const dates = await items.locator('time').allTextContents();
    expect(dates).toEqual(['6 March 2025', '24 May 2024', '24 May 2024', '6 February 2024', 'Undated']);
    await page.selectOption('#source-filter', 'China Daily');
    await page.waitForFunction(() => document.querySelectorAll('.documents-list li').length === 1);
    expect(await items.first().locator('a').textContent()).toBe("Innovation flows in the air of Xiong'an, deputies say");
  });

  it('suggests searches drawn from the index on the home page, and links the directories', async () => {
    const page = await session.open('/');
    const examples = page.locator('.intro .examples');
    await examples.locator('a').first().waitFor();
    expect(await examples.locator('p').first().textContent()).toBe('Try Beijing, Chinese, Group, advanced or biomedicine.');
    expect(await examples.locator('p').first().locator('a').first().getAttribute('href')).toBe('/?q=Beijing');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Speakers' }).click();
    await page.waitForURL((url) => url.pathname === '/speakers');
    await page.locator('.speakers-list li').first().waitFor();
  });
});
