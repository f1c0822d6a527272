import { mkdtemp, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webBuildIsStale } from '../../src/cli/build-web.ts';

let web: string;
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, minutes));

async function file(rel: string, minutes: number) {
  const full = path.join(web, rel);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, rel);
  await utimes(full, at(minutes), at(minutes));
}

beforeEach(async () => {
  web = await mkdtemp(path.join(os.tmpdir(), 'verbatim-webdir-'));
  await file('index.html', 0);
  await file('vite.config.ts', 0);
  await file('src/main.tsx', 1);
  await file('src/deep/styles.css', 2);
});

afterEach(() => rm(web, { recursive: true, force: true }));

describe('webBuildIsStale', () => {
  it('is stale when dist/index.html is missing', async () => {
    expect(await webBuildIsStale(web)).toBe(true);
  });

  it('is fresh when the build is newer than every source', async () => {
    await file('dist/index.html', 5);
    expect(await webBuildIsStale(web)).toBe(false);
  });

  it('is stale when any file under web/src, index.html or the Vite config changed after the build', async () => {
    await file('dist/index.html', 5);
    await file('src/deep/styles.css', 6);
    expect(await webBuildIsStale(web)).toBe(true);
    await file('dist/index.html', 7);
    await file('index.html', 8);
    expect(await webBuildIsStale(web)).toBe(true);
    await file('dist/index.html', 9);
    await file('vite.config.ts', 10);
    expect(await webBuildIsStale(web)).toBe(true);
  });
});
