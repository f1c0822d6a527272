// Corpus text is never HTML: the XSS fixture shows its characters and runs nothing.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './launch-browser.ts';
import { startServer, type RunningServer } from './start-server.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/xss-corpus/', import.meta.url));

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(path.resolve(FIXTURE)), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('untrusted corpus text', () => {
  it('renders markup in passages as text on the results, passage and document pages', async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${server.url}/?q=nothing`);
    const hit = page.locator('#results li.hit').first();
    await hit.waitFor();
    expect(await hit.locator('blockquote').textContent()).toBe('<img src=x onerror=alert(1)> said nothing');
    expect(await hit.locator('blockquote mark').textContent()).toBe('nothing');
    // The javascript: source URL is not a link; the title is plain text.
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await hit.locator('.doc cite').textContent()).toBe('XSS');

    await hit.getByRole('link', { name: 'Open passage' }).click();
    await page.locator('.context li.current').waitFor();
    expect(await page.locator('.context li.current blockquote').textContent()).toBe('<img src=x onerror=alert(1)> said nothing');

    await page.getByRole('link', { name: 'Read the whole document' }).click();
    await page.locator('.doc-passage').nth(1).waitFor();
    expect(await page.locator('.doc-passage p').allTextContents()).toEqual([
      '<img src=x onerror=alert(1)> said nothing',
      '<script>alert(2)</script> was also said by nobody of note',
    ]);
    expect(await page.locator('main img, main script, main b, main i').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
