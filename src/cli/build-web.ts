// Builds the page with Vite when web/dist is missing or older than its sources.
import { spawn } from 'node:child_process';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
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
  try {
    await runViteBuild(webDir, fresh);
    await rename(dist, old).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    await rename(fresh, dist);
  } finally {
    await rm(fresh, { recursive: true, force: true });
    await rm(old, { recursive: true, force: true });
  }
}

/**
 * Runs `vite build` in a child process with NODE_ENV=production: called from a test
 * runner (NODE_ENV=test) an in-process build would be a development build, with Preact's
 * debug tools and dev JSX, half as big again.
 */
function runViteBuild(webDir: string, outDir: string): Promise<void> {
  const vitePackage = createRequire(import.meta.url).resolve('vite/package.json');
  const viteBin = path.join(path.dirname(vitePackage), 'bin', 'vite.js');
  const args = [viteBin, 'build', webDir, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`building the page failed (vite build ${webDir} exited with ${code}):\n${stderr.trim()}`));
    });
  });
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
