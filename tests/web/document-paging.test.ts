// The document page loads a long document in pages, in a real Chromium against the real
// server: the first 500 passages, then more on request, and the pages up to a linked passage.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usePageSession } from './page-session.ts';

// One plain-text document of 1,100 paragraphs: three pages of 500.
const corpus = mkdtempSync(join(tmpdir(), 'verbatim-paging-'));
writeFileSync(join(corpus, 'long.txt'), Array.from({ length: 1100 }, (_, i) => `Paragraph number ${i + 1} of the long record.`).join('\n\n') + '\n');

const session = usePageSession(corpus);

async function documentIds(): Promise<{ doc: string; passage1050: string }> {
  const { documents } = (await (await fetch(`${session.server.url}/api/documents`)).json()) as { documents: { id: string }[] };
  const doc = documents[0]!.id;
  const third = (await (await fetch(`${session.server.url}/api/documents/${doc}?page=3`)).json()) as { passages: { id: string; text: string }[] };
  return { doc, passage1050: third.passages.find((p) => p.text === 'Paragraph number 1050 of the long record.')!.id };
}

describe('document page in pages', () => {
  it('shows the first 500 passages, then 500 more each time it is asked', async () => {
    const { doc } = await documentIds();
    const page = await session.open(`/d/${doc}`);
    const passages = page.locator('.doc-passage');
    await passages.nth(499).waitFor();
    expect(await passages.count()).toBe(500);
    expect(await page.locator('.doc-header').textContent()).toContain('1100 passages');
    const more = page.getByRole('button', { name: 'Show more passages (500 of 1100 shown)' });
    await more.click();
    await passages.nth(999).waitFor();
    expect(await passages.count()).toBe(1000);
    await page.getByRole('button', { name: 'Show more passages (1000 of 1100 shown)' }).click();
    await passages.nth(1099).waitFor();
    expect(await passages.count()).toBe(1100);
    expect(await page.locator('.more-passages').count()).toBe(0);
    expect(await passages.nth(1099).locator('p').first().textContent()).toBe('Paragraph number 1100 of the long record.');
  });

  it('loads the pages up to a linked passage on page 3 and focuses it', async () => {
    const { doc, passage1050 } = await documentIds();
    const page = await session.open(`/d/${doc}#${passage1050}`);
    const target = page.locator(`[id="${passage1050}"]`);
    await target.waitFor();
    await page.waitForFunction((id) => document.activeElement?.id === id, passage1050);
    expect(await target.locator('p').first().textContent()).toBe('Paragraph number 1050 of the long record.');
    expect(await page.locator('.doc-passage').count()).toBe(1100);
  });
});
