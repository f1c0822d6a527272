// The quote check page (/quote) in a real Chromium against the real server, on a made-up briefing
// (tests/fixtures/quote-echo) where John Kirby says a line and a reporter's question repeats it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOTS, usePageSession } from './page-session.ts';

const { open } = usePageSession('tests/fixtures/quote-echo');

const LINE = 'Major ground operations in Rafah would actually strengthen the hand of Hamas at the negotiating table';
const quotePath = (text: string, speaker?: string) => `/quote?${new URLSearchParams({ text, ...(speaker ? { speaker } : {}) })}`;

async function result(page: Page) {
  await page.locator('.quote-result .verdict').waitFor();
  return {
    verdict: await page.locator('.quote-result .verdict').textContent(),
    matches: page.locator('.quote-match'),
  };
}
const marks = (page: Page, match: number) => page.locator('.quote-match').nth(match).locator('blockquote mark').allTextContents();
const differences = (page: Page) =>
  page.locator('.quote-match').first().locator('table.differences tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));

describe('quote page', () => {
  it('says verbatim, marks the words, and says whose words they are when the credit is wrong', async () => {
    const page = await open(quotePath(`“${LINE}”`, 'Karine Jean-Pierre'));
    const { verdict, matches } = await result(page);
    expect(verdict).toBe('Verbatim. These words were said exactly as quoted.');
    expect(await page.locator('.speaker-check').textContent()).toBe('The transcript attributes these words to John Kirby, not Karine Jean-Pierre.');
    expect(await matches.count()).toBe(2);
    expect(await matches.first().locator('.meta .speaker').textContent()).toBe('John Kirby');
    expect(await matches.first().locator('.meta time').getAttribute('datetime')).toBe('2024-05-02');
    expect(await marks(page, 0)).toEqual(LINE.replace('Major', 'major').split(' '));
    expect(await matches.first().locator('blockquote').textContent()).toBe(
      'Thanks, Karine. Our view is that major ground operations in Rafah would actually strengthen the hand of Hamas at the negotiating table, and we have made that very clear to our Israeli counterparts.',
    );
    // The reporter's question that repeated the words is shown as what it is, after the source.
    expect(await matches.nth(1).locator('.echo').textContent()).toBe('This is a reporter’s question (Q) that repeated these words; it is not where they were first said.');
    expect(await matches.first().locator('.echo').count()).toBe(0);
    expect(await matches.first().getByRole('button', { name: 'Copy citation' }).isVisible()).toBe(true);
    expect(await matches.first().getByRole('link', { name: 'In the document' }).getAttribute('href')).toMatch(/^\/d\/[0-9a-f]+#pe8f7b09322dfdc9$/);
    await page.screenshot({ path: `${SHOTS}/quote-wrong-speaker.png`, fullPage: true });
  });

  it('lists what a paraphrase changed and left out side by side', async () => {
    const page = await open(quotePath('Our view is that large ground operations in Rafah would strengthen the hand of Hamas at the negotiating table', 'Kirby'));
    const { verdict } = await result(page);
    expect(verdict).toBe('Paraphrased. Close to what was said, but words were changed, added or moved.');
    expect(await page.locator('.speaker-check').textContent()).toBe('The transcript attributes these words to John Kirby, as claimed.');
    expect(await differences(page)).toEqual([
      ['large', 'major'],
      ['(nothing)', 'actually'],
    ]);
    expect(await marks(page, 0)).toEqual(['Our', 'view', 'is', 'that', 'ground', 'operations', 'in', 'Rafah', 'would', 'strengthen', 'the', 'hand', 'of', 'Hamas', 'at', 'the', 'negotiating', 'table']);
  });

  it('says trimmed for a quote with an omission, and shows the words left out', async () => {
    const page = await open(quotePath('“Our view is that major ground operations in Rafah would … strengthen the hand of Hamas”'));
    const { verdict } = await result(page);
    expect(verdict).toBe('Trimmed. Every quoted word was said, in this order, with words left out between them.');
    expect(await differences(page)).toEqual([['…', 'actually']]);
    expect(await page.locator('.speaker-check').count()).toBe(0);
  });

  it('says plainly when nothing is close enough', async () => {
    const page = await open(quotePath('The steel corridor will double every hostage negotiation by the summer'));
    const { verdict, matches } = await result(page);
    expect(verdict).toBe('Not found. Nothing in the corpus is close enough to these words. They may not have been said, or not in the transcripts searched here.');
    expect(await matches.count()).toBe(0);
  });

  it('is offered from the search box for a long quotation, and reached from the header', async () => {
    const page = await open('/');
    await page.locator('#q').fill(`"${LINE}"`);
    await page.getByRole('link', { name: 'Check this quote' }).click();
    await page.waitForURL((url) => url.pathname === '/quote');
    expect(await page.locator('#quote-text').inputValue()).toBe(`"${LINE}"`);
    expect((await result(page)).verdict).toBe('Verbatim. These words were said exactly as quoted.');
    await page.locator('#quote-text').fill('We will keep working the phones every single day until every hostage is home');
    await page.locator('#quote-speaker').fill('John Kirby');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.waitForURL((url) => url.searchParams.get('speaker') === 'John Kirby');
    await page.locator('.speaker-check.agrees').waitFor();
    expect(await marks(page, 0)).toEqual(['We', 'will', 'keep', 'working', 'the', 'phones', 'every', 'single', 'day', 'until', 'every', 'hostage', 'is', 'home']);
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.getByRole('link', { name: 'Check a quote' }).click();
    await page.waitForURL((url) => url.pathname === '/quote' && url.search === '');
    expect(await page.locator('.quote-result').count()).toBe(0);
  });
});
