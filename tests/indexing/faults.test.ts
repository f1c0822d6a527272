// Faults: a killed build, a corrupted index, and re-indexing while serving.
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import { IndexHolder } from '../../src/cli/index-holder.ts';
import { loadBestIndex } from '../../src/cli/start-server.ts';
import { createApp } from '../../src/http/app.ts';
import { buildIndex } from '../../src/indexing/build-index.ts';
import { currentBuild, loadIndex } from '../../src/indexing/load-index.ts';
import { FIXTURES, SEED_CORPUS, tempDir } from '../helpers.ts';
import { startCli } from '../cli/run-cli.ts';

const WHITE_HOUSE = join(FIXTURES, 'whitehouse-2024');

describe('a build killed at any moment', () => {
  it('leaves the previous index intact and loadable', async () => {
    const index = await tempDir();
    await buildIndex(SEED_CORPUS, index);
    const good = await currentBuild(index);
    // Kill a White House build (seconds long) at spread-out moments of its run.
    let killedMidBuild = 0;
    for (const ms of [150, 600, 1200, 2000, 2800]) {
      const child = startCli('index-cmd.ts', ['--corpus', WHITE_HOUSE, '--index', index]);
      const exited = new Promise<NodeJS.Signals | null>((r) => child.on('close', (_code, signal) => r(signal)));
      await new Promise((r) => setTimeout(r, ms));
      child.kill('SIGKILL');
      const signal = await exited;
      const build = await currentBuild(index);
      if (signal === 'SIGKILL' && build === good) killedMidBuild++;
      const loaded = await loadIndex(index);
      // Either the old index, or (if the kill came after the pointer moved) the complete new one.
      expect(loaded.manifest.passages === 52 ? build === good : loaded.manifest.passages === 12639).toBe(true);
    }
    expect(killedMidBuild).toBeGreaterThanOrEqual(3);
  }, 60_000);
});

describe('a damaged index', () => {
  it('is refused at load, and the server serves the previous good build, saying why', async () => {
    const index = await tempDir();
    await buildIndex(SEED_CORPUS, index);
    const previous = await currentBuild(index);
    await buildIndex(SEED_CORPUS, index);
    const current = (await currentBuild(index))!;
    const path = join(index, current, 'passages.jsonl');
    await writeFile(path, (await readFile(path, 'utf8')).replace('Zhang', 'Zhong'));
    const { loaded, warning } = await loadBestIndex(index);
    expect(loaded.build).toBe(previous);
    expect(warning).toBe(
      `index in ${index} cannot be loaded: ${current}/passages.jsonl is truncated or corrupted (checksum mismatch); rebuild it with: npm run index -- --corpus <dir> --index ${index}; serving the previous build ${previous} instead`,
    );
    const holder = new IndexHolder(loaded, index);
    holder.warning = warning;
    const app = createApp(() => holder.current, { health: () => holder.health() });
    // The log names the folder; the public health check does not show the server's paths.
    expect(((await (await app.request('/api/health')).json()) as { warning: string }).warning).toBe(warning!.split(index).join('<index>'));
  });

  it('never replaces the index being served: a newer build that fails to load is reported', async () => {
    const index = await tempDir();
    await buildIndex(SEED_CORPUS, index);
    const holder = new IndexHolder(await loadIndex(index), index);
    const served = holder.current;
    await buildIndex(SEED_CORPUS, index);
    const newer = (await currentBuild(index))!;
    await writeFile(join(index, newer, 'minisearch.bin'), 'x');
    await holder.reload();
    expect(holder.current).toBe(served);
    expect(holder.warning).toMatch(new RegExp(`^newer index ${newer} was not loaded: .*minisearch.bin is truncated or corrupted`));
  });
});

describe('re-indexing while serving', () => {
  it('swaps to the new index with no failed request', async () => {
    const corpus = await tempDir();
    await cp(SEED_CORPUS, corpus, { recursive: true });
    const index = await tempDir();
    await buildIndex(corpus, index);
    const holder = new IndexHolder(await loadIndex(index), index);
    const stop = holder.watch();
    const app = createApp(() => holder.current, { health: () => holder.health() });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as { port: number };
    let failures = 0;
    let requests = 0;
    let running = true;
    const load = (async () => {
      while (running) {
        const res = await fetch(`http://127.0.0.1:${port}/api/search?q=steel`).catch(() => null);
        requests++;
        if (!res || res.status !== 200) failures++;
        else await res.json();
      }
    })();
    await writeFile(join(corpus, 'extra.txt'), 'Li Ming:\n\nSteel mills will cut output by a tenth.\n');
    await buildIndex(corpus, index);
    for (let i = 0; i < 50 && holder.current.corpus.passages.length !== 53; i++) await new Promise((r) => setTimeout(r, 50));
    running = false;
    await load;
    stop();
    server.close();
    expect(holder.current.corpus.passages).toHaveLength(53);
    expect(requests).toBeGreaterThan(10);
    expect(failures).toBe(0);
  });
});
