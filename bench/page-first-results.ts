// Time from page load to first results, in headless Chromium against the real server:
// `npx tsx bench/page-first-results.ts [corpusDir] [runs]`. Prints median and max of the
// time from navigation start to the first rendered result for a pasted search link, and
// to the first result after typing into a freshly loaded page.
import { launchBrowser } from '../tests/web/launch-browser.ts';
import { startServer } from '../tests/web/start-server.ts';

const corpusDir = process.argv[2] ?? 'corpus';
const runs = Number(process.argv[3] ?? 10);
const server = await startServer(corpusDir);
const browser = await launchBrowser();
const linkTimes: number[] = [];
const typeTimes: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const { page } = await browser.newPage();
    const t0 = Date.now();
    await page.goto(`${server.url}/?q=steel`);
    await page.locator('mark').first().waitFor();
    linkTimes.push(Date.now() - t0);
    await page.close();

    const { page: fresh } = await browser.newPage();
    const t1 = Date.now();
    await fresh.goto(server.url);
    await fresh.getByRole('searchbox').first().fill('innovation');
    await fresh.locator('mark').first().waitFor();
    typeTimes.push(Date.now() - t1);
    await fresh.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const stat = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)]} ms, max ${s[s.length - 1]} ms`;
};
console.log(`corpus ${corpusDir}, ${runs} runs (includes the 200 ms typing debounce for the typed search)`);
console.log(`page load -> first results, pasted link /?q=steel: ${stat(linkTimes)}`);
console.log(`page load -> type "innovation" -> first results: ${stat(typeTimes)}`);
