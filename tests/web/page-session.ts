// One browser-test session per file: the real server on a corpus and a Chromium, started
// once; pages opened through `open` have their console errors, uncaught errors and dialogs
// recorded, and every test fails if any was left unexpected. Fresh page state per test.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, type Browser } from './launch-browser.ts';
import { startServer, type IndexMaker, type RunningServer } from './start-server.ts';

/** Where browser tests write their screenshots. */
export const SHOTS = 'test-output/web';

export interface PageSession {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** Opens a new page at `path` on the server. */
  open(path: string, size?: { width: number; height: number }): Promise<Page>;
  /** Drops the console errors a test provoked on purpose (a 400 or 404 from the API), requiring at least one. */
  expectProblems(pattern: RegExp): void;
}

/** Registers the suite's hooks and returns the session its tests use. */
export function usePageSession(corpusDir: string | IndexMaker = 'corpus'): PageSession {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  /** Each open page's problems; a page keeps appending to its own list. */
  let problems: string[][] = [];
  let pages: Page[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(corpusDir), launchBrowser()]);
    await mkdir(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    const found = problems.flat();
    problems = [];
    // Fresh state for the next test: the browser profile (and its localStorage) is shared.
    await pages[0]?.evaluate(() => localStorage.clear());
    await Promise.all(pages.map((p) => p.close()));
    pages = [];
    // No console error (CSP violations included), uncaught error or alert in any test.
    expect(found).toEqual([]);
  });

  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    async open(path, size) {
      const fresh = await browser!.newPage(size);
      problems.push(fresh.problems);
      pages.push(fresh.page);
      await fresh.page.goto(server!.url + path);
      return fresh.page;
    },
    expectProblems(pattern) {
      expect(problems.flat().filter((p) => pattern.test(p)).length).toBeGreaterThan(0);
      for (const list of problems) list.splice(0, list.length, ...list.filter((p) => !pattern.test(p)));
    },
  };
}
