// npm run serve as a child process: one "serving" line for all workers, searches on search
// threads, a port in use said plainly, a bad --public-url refused, and no server paths in
// /api/health.
import { cp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serve } from '@hono/node-server';
import { IndexHolder } from '../../src/cli/index-holder.ts';
import { loadBestIndex } from '../../src/cli/start-server.ts';
import { createApp } from '../../src/http/app.ts';
import { buildIndex } from '../../src/indexing/build-index.ts';
import { currentBuild } from '../../src/indexing/load-index.ts';
import { SEED_CORPUS, tempDir } from '../helpers.ts';
import { runCli, startCli } from './run-cli.ts';

const listen = (port = 0) =>
  new Promise<Server>((resolve) => {
    const server = createServer();
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
const portOf = (s: Server) => (s.address() as { port: number }).port;
const freePort = async () => {
  const s = await listen();
  const port = portOf(s);
  await new Promise((r) => s.close(r));
  return port;
};

describe('npm run serve', () => {
  it('writes one "serving" line with the worker count once every worker listens, and searches on threads', async () => {
    const index = await tempDir();
    await runCli('index-cmd.ts', ['--corpus', SEED_CORPUS, '--index', index]);
    const port = await freePort();
    const child = startCli('serve.ts', ['--index', index, '--port', String(port), '--no-web', '--workers', '2', '--search-threads', '1']);
    let stdout = '';
    child.stdout!.on('data', (d) => (stdout += d));
    try {
      for (let i = 0; i < 600 && !stdout.includes('\n'); i++) await new Promise((r) => setTimeout(r, 100));
      // An OR query is never light: it runs on a search thread.
      const res = await fetch(`http://127.0.0.1:${port}/api/search?q=${encodeURIComponent('steel OR industry')}`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { total: number }).total).toBeGreaterThan(7);
      await new Promise((r) => setTimeout(r, 500));
      expect(stdout).toBe(`verbatim: serving 52 passages on http://localhost:${port} with 2 workers, 1 search thread each\n`);
    } finally {
      child.kill('SIGTERM');
    }
  }, 120_000);

  it('says which port is in use and how to choose another, and exits 1', async () => {
    const index = await tempDir();
    await runCli('index-cmd.ts', ['--corpus', SEED_CORPUS, '--index', index]);
    const taken = await listen();
    try {
      const port = portOf(taken);
      const one = await runCli('serve.ts', ['--index', index, '--port', String(port), '--no-web', '--workers', '1', '--search-threads', '0']);
      expect(one).toEqual({ code: 1, stdout: '', stderr: `error: port ${port} is in use: pass --port or set PORT\n` });
      const two = await runCli('serve.ts', ['--index', index, '--port', String(port), '--no-web', '--workers', '2', '--search-threads', '0']);
      expect(two.code).toBe(1);
      expect(two.stderr.split('\n')[0]).toBe(`error: port ${port} is in use: pass --port or set PORT`);
    } finally {
      taken.close();
    }
  }, 120_000);

  it('refuses a --public-url that is not an http(s) address', async () => {
    for (const url of ['javascript:alert(1)', 'example.org', 'https://a.example/?x=1']) {
      const { code, stderr } = await runCli('serve.ts', ['--public-url', url]);
      expect(code).toBe(1);
      expect(stderr).toBe(`error: --public-url must be an http:// or https:// address with no query, fragment or credentials, got "${url}"\n`);
    }
    const env = await runCli('serve.ts', [], { PUBLIC_URL: 'ftp://x.example' });
    expect(env.stderr).toBe('error: --public-url must be an http:// or https:// address with no query, fragment or credentials, got "ftp://x.example"\n');
  }, 120_000);
});

describe('/api/health after a damaged build', () => {
  it('names the problem without the server\'s paths', async () => {
    const index = await tempDir();
    const corpus = await tempDir();
    await cp(SEED_CORPUS, corpus, { recursive: true });
    await buildIndex(corpus, index);
    await buildIndex(corpus, index);
    const current = (await currentBuild(index))!;
    await writeFile(join(index, current, 'passages.jsonl'), 'x');
    const { loaded, warning } = await loadBestIndex(index);
    expect(warning).toContain(index);
    const holder = new IndexHolder(loaded, index);
    holder.warning = warning;
    const app = createApp(() => holder.current, { health: () => holder.health() });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    try {
      const health = (await (await fetch(`http://127.0.0.1:${(server.address() as { port: number }).port}/api/health`)).json()) as { warning: string };
      expect(health.warning).toMatch(new RegExp(`^index in <index> cannot be loaded: ${current}/passages.jsonl is truncated or corrupted .*; rebuild it with: npm run index -- --corpus <dir> --index <index>; serving the previous build build-\\S+ instead$`));
      expect(health.warning).not.toContain('/tmp');
    } finally {
      server.close();
    }
  });
});
