// The page in a real Chromium against the real server on the seed corpus.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lowContrastText } from './contrast.ts';
import { SHOTS, usePageSession } from './page-session.ts';

const session = usePageSession('corpus');
const { open, expectProblems } = session;

/** What every hit must show; checked in the page. */
interface HitCheck {
  speaker?: string;
  datePrefix?: string;
  marked?: boolean;
}

/** Waits until results show, loaded, and every hit passes `check`. (A function, not a string: the CSP forbids eval.) */
async function resultsWhere(page: Page, check: HitCheck = {}) {
  await page.waitForFunction((c: HitCheck) => {
    const hits = [...document.querySelectorAll('#results li.hit')];
    if (hits.length === 0 || document.querySelector('.results-area')?.getAttribute('aria-busy') !== 'false') return false;
    return hits.every(
      (hit) =>
        (c.speaker === undefined || hit.querySelector('.speaker')?.textContent === c.speaker) &&
        (c.datePrefix === undefined || (hit.querySelector('time')?.getAttribute('datetime') ?? '').startsWith(c.datePrefix)) &&
        (!c.marked || hit.querySelector('mark') !== null),
    );
  }, check);
}

const speakersShown = (page: Page) => page.locator('#results li.hit .meta .speaker').allTextContents();
const param = (page: Page, name: string) => new URL(page.url()).searchParams.getAll(name);

describe('search page', () => {
  it('marks the matched words while typing, prefix-matching the last word', async () => {
    const page = await open('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    const before = await page.evaluate(() => history.length);
    await page.keyboard.type('stee', { delay: 30 });
    await resultsWhere(page, { marked: true });
    const marks = await page.locator('#results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(3);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^stee/);
    expect(param(page, 'q')).toEqual(['stee']);
    // Typing adds one history entry and rewrites it; Enter commits it without adding another.
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.keyboard.type('l');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'steel' && history.state?.provisional === false);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await expect.poll(() => page.locator('[role=status][aria-live=polite]').first().textContent()).toMatch(/^\d+ passages found for “steel”\.$/);
    await page.screenshot({ path: `${SHOTS}/results.png`, fullPage: true });
  });

  it('renders long passages as snippets with marks, and the full passage on request', async () => {
    const page = await open('/?q=steel');
    await resultsWhere(page);
    const first = page.locator('#results li.hit').first();
    const snippetMarks = await first.locator('.snippets mark').allTextContents();
    expect(snippetMarks.length).toBeGreaterThan(0);
    for (const mark of snippetMarks) expect(mark.toLowerCase()).toBe('steel');
    await first.getByRole('button', { name: 'Show full passage' }).click();
    const fullMarks = await first.locator('blockquote.text mark').allTextContents();
    expect(fullMarks.length).toBeGreaterThanOrEqual(snippetMarks.length);
    expect(await first.locator('.answering').textContent()).toBe('answering China Daily');
  });

  it('narrows to a chosen speaker, puts it in the URL, and restores it on reload, back and forward', async () => {
    const page = await open('/?q=steel');
    await resultsWhere(page);
    const allSpeakers = new Set(await speakersShown(page));
    expect(allSpeakers.size).toBeGreaterThan(1);
    const wang = page.locator('#speaker-facets label').filter({ hasText: 'Wang Zhengpu' });
    const count = Number(await wang.locator('.count').textContent());
    await wang.locator('input').check();
    await page.waitForURL((url) => url.searchParams.getAll('speaker').includes('wang-zhengpu'));
    await resultsWhere(page, { speaker: 'Wang Zhengpu' });
    expect(await page.locator('#results li.hit').count()).toBe(count);
    expect(await page.locator('.chips .chip').first().textContent()).toContain('Wang Zhengpu');

    await page.reload();
    await resultsWhere(page, { speaker: 'Wang Zhengpu' });
    expect(await page.locator('#speaker-facets label').filter({ hasText: 'Wang Zhengpu' }).locator('input').isChecked()).toBe(true);
    expect(await page.inputValue('#q')).toBe('steel');

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.getAll('speaker').length === 0);
    await resultsWhere(page);
    await page.waitForFunction(() => document.querySelectorAll('#results li.hit').length > 1);
    expect(new Set(await speakersShown(page))).toEqual(allSpeakers);

    await page.goForward();
    await page.waitForURL((url) => url.searchParams.getAll('speaker').includes('wang-zhengpu'));
    await resultsWhere(page, { speaker: 'Wang Zhengpu' });
  });

  it('sets the date range from the timeline by clicking a bar and by dragging across bars', async () => {
    const page = await open('/?q=steel');
    await resultsWhere(page);
    const bars = page.locator('.timeline .bar');
    const labels = await bars.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(labels[0]).toMatch(/^May 2024: \d+ match/);
    expect(labels[labels.length - 1]).toMatch(/^March 2025: \d+ match/);
    expect(await page.locator('.timeline-wrap .undated').textContent()).toMatch(/^\d+ undated match/);

    await bars.first().click();
    await page.waitForURL((url) => url.searchParams.get('from') === '2024-05' && url.searchParams.get('to') === '2024-05');
    await resultsWhere(page, { datePrefix: '2024-05' });
    await page.screenshot({ path: `${SHOTS}/timeline-click.png` });

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('from'));
    await resultsWhere(page);
    const first = await bars.first().boundingBox();
    const last = await bars.last().boundingBox();
    await page.mouse.move(first!.x + first!.width / 2, first!.y + first!.height / 2);
    await page.mouse.down();
    await page.mouse.move(last!.x + last!.width / 2, last!.y + last!.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.waitForURL((url) => url.searchParams.get('from') === '2024-05' && url.searchParams.get('to') === '2025-03');
    // The inputs follow the URL on the next render.
    await expect.poll(() => page.inputValue('input[name=from]')).toBe('2024-05');
    await expect.poll(() => page.inputValue('input[name=to]')).toBe('2025-03');
  });

  it('says plainly when nothing matches, and offers to drop the filters', async () => {
    const page = await open('/?q=steel&kind=question&from=2024');
    await page.waitForSelector('.notice.empty');
    expect(await page.locator('.notice.empty').textContent()).toContain('No passages found for “steel” of kind Question, dated from 2024.');
    await page.getByRole('link', { name: 'Search “steel” without filters' }).click();
    await page.waitForURL((url) => url.search === '?q=steel');
    await resultsWhere(page);
  });

  it('says plainly when no passage has all the words, naming the word none has', async () => {
    const page = await open('/?q=steel+xyzzyq');
    await resultsWhere(page);
    expect(await page.locator('.notice').first().textContent()).toBe('No passage has all these words. No passage has “xyzzyq”; showing passages with the other words.');
  });

  it('shows results for the corrected spelling, with a link to search the word as typed', async () => {
    const page = await open('/?q=steal');
    await resultsWhere(page, { marked: true });
    expect(await page.locator('.notice.did-you-mean').textContent()).toBe('Showing results for steel. Search instead for steal');
    const corrected = Number(/^(\d+) passages/.exec((await page.locator('[role=status][aria-live=polite]').first().textContent()) ?? '')?.[1]);
    expect(corrected).toBeGreaterThan(5);
    for (const mark of await page.locator('#results mark').allTextContents()) expect(mark.toLowerCase()).toBe('steel');
    await page.getByRole('link', { name: 'steal', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('as_typed') === 'true' && url.searchParams.get('q') === 'steal');
    await page.waitForSelector('.notice.empty');
    expect(await page.locator('.notice.did-you-mean').textContent()).toBe('Did you mean steel?');
    await page.getByRole('link', { name: 'steel', exact: true }).click();
    await page.waitForURL((url) => url.search === '?q=steel');
    await resultsWhere(page, { marked: true });
    expect(await page.locator('.notice.did-you-mean').count()).toBe(0);
  });

  it('offers one click to the passages of a speaker the query names', async () => {
    const page = await open('/?q=Wang+Zhengpu+steel');
    await page.waitForSelector('.speaker-hints a');
    const hint = page.locator('.speaker-hints a');
    expect(await hint.allTextContents()).toEqual([expect.stringMatching(/^Only Wang Zhengpu \(\d+\)$/)]);
    const count = Number(/\((\d+)\)/.exec((await hint.textContent()) ?? '')![1]);
    expect(count).toBeGreaterThan(0);
    await hint.click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'steel' && url.searchParams.getAll('speaker').join() === 'wang-zhengpu');
    await resultsWhere(page, { speaker: 'Wang Zhengpu' });
    expect(await page.locator('#results li.hit').count()).toBe(count);
    expect(await page.locator('.speaker-hints').count()).toBe(0);
  });

  it('pages through results with the pager, keeping the filters', async () => {
    const page = await open('/?kind=speech');
    await resultsWhere(page);
    expect(await page.locator('#results li.hit').count()).toBe(20);
    expect(await page.locator('.pager [aria-current=page]').textContent()).toBe('1');
    await page.getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2' && url.searchParams.get('kind') === 'speech');
    await page.waitForFunction(() => document.querySelectorAll('#results li.hit').length === 10);
    expect(await page.locator('.pager [aria-current=page]').textContent()).toBe('2');
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('#results li.hit').length === 20);
  });

  it('narrows the speaker list by typing', async () => {
    const page = await open('/?q=steel');
    await resultsWhere(page);
    await page.fill('#speaker-filter', 'zha');
    expect(await page.locator('#speaker-facets .facet-name').allTextContents()).toEqual(['Zhang Chengzhong', 'Zhao Dachun']);
    await page.fill('#speaker-filter', 'nobody');
    expect(await page.locator('.filter .muted').first().textContent()).toBe('No speaker matching “nobody” among these results.');
  });

  it('shows the API error instead of a blank page', async () => {
    const page = await open('/?q=steel&from=2025&to=2024');
    await page.waitForSelector('.notice.error');
    expect(await page.locator('.notice.error').textContent()).toBe('The search failed. from must not be after toTry again');
    expectProblems(/status of 400/);
  });

  it('opens a permalink in a new page with the passage highlighted and its question', async () => {
    const page = await open('/?q=steel');
    await resultsWhere(page);
    const answer = page.locator('#results li.hit').filter({ has: page.locator('.answering') }).first();
    const href = await answer.getByRole('link', { name: 'Open passage' }).getAttribute('href');
    expect(href).toMatch(/^\/p\/[\w-]+\?q=steel$/);
    const text = await answer.locator('.answering').textContent();

    const permalink = await open(href!);
    const current = permalink.locator('.context li.current');
    // Highlights arrive with a second request (the document's matches): wait for them.
    await current.locator('mark').first().waitFor();
    expect((await current.locator('mark').allTextContents()).map((m) => m.toLowerCase())).toContain('steel');
    const question = permalink.locator('.context li').filter({ hasText: 'The question it answers' });
    expect(await question.locator('.speaker').textContent()).toBe(text!.replace('answering ', ''));
    expect(await question.locator('.badge').textContent()).toBe('Question');
    await permalink.waitForFunction(() => document.title.endsWith('· Verbatim'));
    await permalink.screenshot({ path: `${SHOTS}/permalink.png`, fullPage: true });

    await permalink.getByRole('link', { name: 'Read the whole document' }).click();
    const id = href!.slice(3, href!.indexOf('?'));
    await permalink.waitForFunction((pid) => document.getElementById(pid)?.classList.contains('target'), id);
    await permalink.locator(`[id="${id}"] mark`).first().waitFor();
  });

  it('saves a passage that is still on the Saved page after a reload, and exports it', async () => {
    const page = await open('/?q=innovation');
    await resultsWhere(page);
    const first = page.locator('#results li.hit').first();
    const href = (await first.getByRole('link', { name: 'Open passage' }).getAttribute('href'))!;
    const link = href.slice(0, href.indexOf('?'));
    await first.getByRole('button', { name: 'Save' }).click();
    expect(await first.getByRole('button', { name: 'Saved ✓' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('link', { name: 'Saved (1)' }).click();
    await page.waitForURL((url) => url.pathname === '/saved');
    await page.reload();
    const saved = page.locator('.saved-list li');
    await saved.first().waitFor();
    expect(await saved.count()).toBe(1);
    expect(await saved.getByRole('link', { name: 'Open passage' }).getAttribute('href')).toBe(link);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const exported: unknown = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported).toMatchObject([{ permalink: `${session.server.url}${link}` }]);
  });

  it('searches and opens a result with the keyboard alone', async () => {
    const page = await open('/d/none');
    await page.waitForSelector('.notice.error');
    expectProblems(/status of 404/);
    await page.keyboard.press('/');
    await page.waitForURL((url) => url.pathname === '/');
    await page.waitForFunction(() => document.activeElement?.id === 'q');
    await page.keyboard.type('innovation');
    await page.keyboard.press('Enter');
    await resultsWhere(page);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.matches('#results li.hit:first-child'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.matches('#results li.hit:nth-child(2)'))).toBe(true);
    const href = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.href);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.search === href);
    await page.locator('.context li.current mark').first().waitFor();
  });

  it('collapses the filters into a panel on a phone-width screen', async () => {
    const page = await open('/?q=steel', { width: 390, height: 844 });
    await resultsWhere(page);
    expect(await page.locator('#filters').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Filters' }).click();
    expect(await page.locator('#filters').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SHOTS}/phone.png`, fullPage: true });
  });
});

describe('the served page', () => {
  it('carries the security headers and runs under its CSP', async () => {
    const page = await open('/?q=steel');
    const response = await page.reload();
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    await resultsWhere(page);
    // An inline script added to the page must not run.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.inline = "ran"';
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 50));
      return document.body.dataset.inline ?? 'blocked';
    });
    expect(ran).toBe('blocked');
    expectProblems(/Content Security Policy/);
  });

  it('labels every input and names every button', async () => {
    const page = await open('/?q=steel');
    await resultsWhere(page);
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, button')]
        .filter((el) => {
          const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
          return el.tagName === 'BUTTON' ? !(el.textContent?.trim() || labelled) : !labelled;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
  });

  it('keeps all text at AA contrast on the results, passage, document and speaker pages', async () => {
    const page = await open('/?q=steel+xyzzyq');
    await resultsWhere(page);
    expect(await lowContrastText(page)).toEqual([]);
    const href = (await page.locator('#results li.hit').filter({ has: page.locator('.answering') }).first().getByRole('link', { name: 'Open passage' }).getAttribute('href'))!;
    await page.goto(session.server.url + href);
    await page.locator('.context li.current mark').first().waitFor();
    expect(await lowContrastText(page)).toEqual([]);
    await page.getByRole('link', { name: 'Read the whole document' }).click();
    await page.locator('.doc-passage.target mark').first().waitFor();
    expect(await lowContrastText(page)).toEqual([]);
    await page.goto(`${session.server.url}/s/wang-zhengpu`);
    await resultsWhere(page);
    expect(await lowContrastText(page)).toEqual([]);
  });

  it('copies a citation naming the speaker, the document and the permalink', async () => {
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.url });
    const page = await open('/?q=steel');
    await resultsWhere(page);
    const first = page.locator('#results li.hit').first();
    const speaker = (await first.locator('.speaker').textContent())!;
    const href = (await first.getByRole('link', { name: 'Open passage' }).getAttribute('href'))!;
    await first.getByRole('button', { name: 'Copy citation' }).click();
    await first.getByText('Citation copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${speaker}, “`)).toBe(true);
    expect(copied).toContain(`Verbatim: ${session.server.url}${href.slice(0, href.indexOf('?'))} (accessed `);
  });
});

describe('speaker page', () => {
  it('shows who they are, their passages newest first, and searches only theirs', async () => {
    const page = await open('/s/wang-zhengpu');
    await page.locator('h1').filter({ hasText: 'Wang Zhengpu' }).waitFor();
    await resultsWhere(page, { speaker: 'Wang Zhengpu' });
    const dates = await page.locator('#results time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await page.locator('.speaker-facts').textContent()).toContain('Roles');
    await page.fill('#speaker-q', 'steel');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/s/wang-zhengpu' && url.searchParams.get('q') === 'steel');
    await resultsWhere(page, { speaker: 'Wang Zhengpu', marked: true });
  });
});
