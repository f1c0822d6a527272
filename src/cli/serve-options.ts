// The serving flags shared by `npm run serve` and `npm start`.
import { availableParallelism } from 'node:os';
import { fail, readPort } from './args.ts';
import { readWorkers } from './cluster.ts';

export const SERVE_OPTIONS = {
  index: { type: 'string', default: 'index' },
  port: { type: 'string', default: process.env.PORT ?? '8787' },
  workers: { type: 'string', default: 'auto' },
  // Unset: the server's default (DEFAULT_CACHED_SEARCHES), without importing the search code here.
  cache: { type: 'string' },
  'search-threads': { type: 'string', default: 'auto' },
  'public-url': { type: 'string', default: process.env.PUBLIC_URL ?? '' },
} as const;

export const SERVE_USAGE = '[--index <dir>] [--port <n>] [--workers <n>|auto] [--search-threads <n>|auto] [--cache <n>] [--public-url <url>]';

export interface ServeSettings {
  indexDir: string;
  port: number;
  workers: number;
  cachedSearches: number | undefined;
  searchThreads: number;
  publicUrl: string | null;
}

export function readServeOptions(values: { index: string; port: string; workers: string; cache?: string; 'search-threads': string; 'public-url': string }): ServeSettings {
  const workers = readWorkers(values.workers, availableParallelism()) ?? fail(`--workers must be an integer from 1 to 64 or "auto", got "${values.workers}"`);
  const cachedSearches = values.cache === undefined ? undefined : Number(values.cache);
  if (cachedSearches !== undefined && (!Number.isInteger(cachedSearches) || cachedSearches < 0 || cachedSearches > 1_000_000)) fail(`--cache must be an integer from 0 to 1000000, got "${values.cache}"`);
  // Searches run on threads of their own, so that the serving thread answers health checks,
  // cached pages and refusals while they run; 0 searches in it. Searches are CPU-bound: "auto"
  // shares the cores among the workers, so that all the searches in flight are about one a core.
  const threadsValue = values['search-threads'];
  const searchThreads = threadsValue === 'auto' ? Math.max(1, Math.floor(availableParallelism() / workers)) : /^\d+$/.test(threadsValue) && Number(threadsValue) <= 64 ? Number(threadsValue) : fail(`--search-threads must be an integer from 0 to 64 or "auto", got "${threadsValue}"`);
  return { indexDir: values.index, port: readPort(values.port), workers, cachedSearches, searchThreads, publicUrl: readPublicUrl(values['public-url']) };
}

/** --public-url / PUBLIC_URL: an http(s) address without query or fragment, or empty for relative links. */
export function readPublicUrl(value: string): string | null {
  if (value === '') return null;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    fail(`--public-url must be an http:// or https:// address with no query, fragment or credentials, got "${value}"`);
  }
  return url.href.replace(/\/+$/, '');
}
