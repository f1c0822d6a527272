// Shared test helpers: temporary folders and the repository's paths.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEED_CORPUS = join(ROOT, 'corpus');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

const made: string[] = [];
/** A fresh temporary folder, removed after the test. */
export async function tempDir(prefix = 'verbatim-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterEach(async () => {
  while (made.length) await rm(made.pop()!, { recursive: true, force: true });
});
