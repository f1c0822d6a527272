// Builds the page with Vite when web/dist is missing or older than its sources.
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

/** Newest modification time among a file or every file under a folder; 0 when absent. */
async function newestMtime(target: string): Promise<number> {
  let info;
  try {
    info = await stat(target);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of await readdir(target)) newest = Math.max(newest, await newestMtime(path.join(target, entry)));
  return newest;
}

/** True when web/dist/index.html is missing or older than any page source. */
export async function webBuildIsStale(webDir: string = WEB_DIR): Promise<boolean> {
  const built = await newestMtime(path.join(webDir, 'dist', 'index.html'));
  if (built === 0) return true;
  const sources = Math.max(
    await newestMtime(path.join(webDir, 'src')),
    await newestMtime(path.join(webDir, 'index.html')),
    await newestMtime(path.join(webDir, 'vite.config.ts')),
  );
  return sources > built;
}

/**
 * Builds into a fresh folder beside dist, then swaps it in: a server reading dist, or
 * another process building at the same time (test files run in parallel), never sees a
 * half-written or emptied folder for longer than two renames.
 */
async function buildAndSwap(webDir: string, dist: string): Promise<void> {
  const suffix = `${process.pid}-${Date.now()}`;
  const fresh = path.join(webDir, `.dist-${suffix}`);
  const old = path.join(webDir, `.dist-old-${suffix}`);
  // Imported here so serving an already-built page never loads Vite.
  const { build } = await import('vite');
  try {
    await build({ configFile: path.join(webDir, 'vite.config.ts'), root: webDir, logLevel: 'warn', build: { outDir: fresh, emptyOutDir: true } });
    await rename(dist, old).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    await rename(fresh, dist);
  } finally {
    await rm(fresh, { recursive: true, force: true });
    await rm(old, { recursive: true, force: true });
  }
}

let pending: Promise<string> | null = null;

/** Builds the page if needed and returns the dist folder to serve. */
export function ensureWebBuilt(webDir: string = WEB_DIR): Promise<string> {
  // One build at a time within a process; callers arriving meanwhile share it.
  pending ??= (async () => {
    const dist = path.join(webDir, 'dist');
    if (await webBuildIsStale(webDir)) await buildAndSwap(webDir, dist);
    return dist;
  })().finally(() => {
    pending = null;
  });
  return pending;
}
