// The CLI as a child process: index, search, serve.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../src/indexing/index-options.ts';
import { loadIndex } from '../../src/indexing/load-index.ts';
import { searchParamsSchema } from '../../src/search/params.ts';
import type { SearchResponse } from '../../src/search/response.ts';
import { search } from '../../src/search/search.ts';
import { ROOT, SEED_CORPUS, tempDir } from '../helpers.ts';
import { runCli, startCli } from './run-cli.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('npm run index', () => {
  it('builds the index and ends with a summary', async () => {
    const index = await tempDir();
    const { code, stdout, stderr } = await runCli('index-cmd.ts', ['--corpus', SEED_CORPUS, '--index', index]);
    expect(code).toBe(0);
    expect(stderr).toContain(`indexing 5 files from ${SEED_CORPUS}`);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^indexed 5 documents, 52 passages, 12 speakers into ${index} in \\d+\\.\\d\\d s \\(\\d+ passages/s\\)$`));
    expect(lines.slice(1)).toEqual([
      '  passages by kind: 30 speech, 12 quote, 7 narration, 3 question',
      '  attributed by: 22 continuation, 11 label, 7 none, 5 according-to, 4 pronoun, 3 quote-said',
      '',
    ]);
  });

  it('lists skipped files with their reasons', async () => {
    const corpus = await tempDir();
    await writeFile(join(corpus, 'a.txt'), 'Li Ming:\n\nWe will open two new lines.\n');
    await writeFile(join(corpus, 'b.txt'), '');
    const { code, stdout } = await runCli('index-cmd.ts', ['--corpus', corpus, '--index', await tempDir()]);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(3)).toEqual(['skipped 1 file(s):', '  b.txt: empty file', '']);
  });

  it('exits non-zero with a clear message when no document is readable', async () => {
    const corpus = await tempDir();
    await writeFile(join(corpus, 'b.txt'), '');
    const { code, stderr } = await runCli('index-cmd.ts', ['--corpus', corpus, '--index', await tempDir()]);
    expect(code).toBe(1);
    expect(stderr.split('\n').at(-2)).toBe(`error: no readable document in corpus folder ${corpus} (expected .txt, .md, .html, .jsonl, .vtt or .srt files); skipped: b.txt (empty file)`);
  });

  it('rejects an unknown flag with the usage', async () => {
    const { code, stderr } = await runCli('index-cmd.ts', ['--corpse', 'x']);
    expect(code).toBe(1);
    expect(stderr).toContain("error: Unknown option '--corpse'");
    expect(stderr).toContain('usage: npm run index -- [--corpus <dir>] [--index <dir>]');
  });
});

describe('npm run search', () => {
  it('prints the top passages with speaker, date and document, or JSON', async () => {
    const index = await tempDir();
    await runCli('index-cmd.ts', ['--corpus', SEED_CORPUS, '--index', index]);
    const text = await runCli('search-cmd.ts', ['"hydrogen metallurgy demonstration"', '--index', index]);
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe('1 passage for ""hydrogen metallurgy demonstration""');
    expect(lines[2]).toBe('Zhao Dachun — speech — 2024-05-24 — SCIO press conference on forging ahead on a journey of high-quality development in the new era');
    const json = await runCli('search-cmd.ts', ['Xiongan', '--index', index, '--json', '--limit', '3']);
    const result = JSON.parse(json.stdout);
    // 11 paragraphs print Xiong'an or Xiongan: 2 in 001, 1 in 002, 8 in 003 (title lines and the image list are furniture).
    expect(result.total).toBe(11);
    expect(result.hits.map((h: { speaker: { name: string } | null }) => h.speaker?.name ?? null)).toHaveLength(3);
  });

  it('explains a missing index', async () => {
    const index = await tempDir();
    const { code, stderr } = await runCli('search-cmd.ts', ['steel', '--index', index]);
    expect(code).toBe(1);
    expect(stderr).toBe(`error: index in ${index} cannot be loaded: no index has been built (no CURRENT file); rebuild it with: npm run index -- --corpus <dir> --index ${index}\n`);
  });
});

async function waitForHealth(port: number): Promise<Response> {
  for (let i = 0; i < 300; i++) {
    const health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
    if (health) return health;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server on port ${port}`);
}

/** Pids of the processes whose parent is `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('npm run serve', () => {
  it('serves what the index holds', async () => {
    const index = await tempDir();
    await runCli('index-cmd.ts', ['--corpus', SEED_CORPUS, '--index', index]);
    const port = await freePort();
    const child = startCli('serve.ts', ['--index', index, '--port', String(port), '--no-web']);
    try {
      expect(await (await waitForHealth(port)).json()).toMatchObject({ status: 'ok', documents: 5, passages: 52, speakers: 12, formatVersion: FORMAT_VERSION });
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('serves on several worker processes with --workers', async () => {
    const index = await tempDir();
    await runCli('index-cmd.ts', ['--corpus', SEED_CORPUS, '--index', index]);
    const port = await freePort();
    const child = startCli('serve.ts', ['--index', index, '--port', String(port), '--no-web', '--workers', '2']);
    try {
      await waitForHealth(port);
      const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`http://127.0.0.1:${port}/api/search?q=steel`).then((r) => r.status)));
      expect(answers).toEqual(Array(20).fill(200));
      // The second worker is forked once the first listens.
      for (let i = 0; i < 100 && childrenOf(child.pid!).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      expect(childrenOf(child.pid!)).toHaveLength(2);
    } finally {
      child.kill('SIGTERM');
    }
    // Two workers, each loading the index in its process and its search thread: slow on a busy machine.
  }, 120_000);

  it('runs compiled, as npm run serve starts it', async () => {
    const index = await tempDir();
    await runCli('index-cmd.ts', ['--corpus', SEED_CORPUS, '--index', index]);
    execFileSync('npm', ['run', '-s', 'build:server'], { cwd: ROOT });
    const port = await freePort();
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'serve.mjs'), '--index', index, '--port', String(port), '--no-web'], { cwd: ROOT, stdio: 'ignore' });
    try {
      expect(await (await waitForHealth(port)).json()).toMatchObject({ status: 'ok', passages: 52 });
      // The same answer as the sources give in-process.
      const served = (await (await fetch(`http://127.0.0.1:${port}/api/search?q=steel`)).json()) as SearchResponse;
      const direct = search((await loadIndex(index)).index, searchParamsSchema.parse({ q: 'steel' }));
      expect(served.total).toBe(7);
      expect(served.hits.map((h) => h.id)).toEqual(direct.hits.map((h) => h.id));
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('rejects a bad --workers value', async () => {
    const { code, stderr } = await runCli('serve.ts', ['--workers', 'many']);
    expect(code).toBe(1);
    expect(stderr).toBe('error: --workers must be an integer from 1 to 64 or "auto", got "many"\n');
  });
});
