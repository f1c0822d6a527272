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
} as const;

export const SERVE_USAGE = '[--index <dir>] [--port <n>] [--workers <n>|auto] [--cache <n>]';

export interface ServeSettings {
  indexDir: string;
  port: number;
  workers: number;
  cachedSearches: number | undefined;
}

export function readServeOptions(values: { index: string; port: string; workers: string; cache?: string }): ServeSettings {
  const workers = readWorkers(values.workers, availableParallelism()) ?? fail(`--workers must be an integer from 1 to 64 or "auto", got "${values.workers}"`);
  const cachedSearches = values.cache === undefined ? undefined : Number(values.cache);
  if (cachedSearches !== undefined && (!Number.isInteger(cachedSearches) || cachedSearches < 0 || cachedSearches > 1_000_000)) fail(`--cache must be an integer from 0 to 1000000, got "${values.cache}"`);
  return { indexDir: values.index, port: readPort(values.port), workers, cachedSearches };
}
