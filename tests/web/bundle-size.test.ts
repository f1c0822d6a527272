// The page's JavaScript stays under its budget: 60 KB gzipped.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../../src/cli/build-web.ts';

describe('page size', () => {
  it('ships under 60 KB of gzipped JavaScript', async () => {
    const dist = await ensureWebBuilt();
    const assets = path.join(dist, 'assets');
    const scripts = (await readdir(assets)).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    let gzipped = 0;
    for (const f of scripts) gzipped += gzipSync(await readFile(path.join(assets, f)), { level: 9 }).length;
    expect(gzipped).toBeLessThan(60 * 1024);
  });

  it('is a production build, without Preact debug tools, even when built from the test runner', async () => {
    const assets = path.join(await ensureWebBuilt(), 'assets');
    for (const f of (await readdir(assets)).filter((name) => name.endsWith('.js'))) {
      expect(await readFile(path.join(assets, f), 'utf8')).not.toContain('__PREACT_DEVTOOLS__');
    }
  });
});
