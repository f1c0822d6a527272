// Loads the index and serves the API and the page until the process ends.
import cluster from 'node:cluster';
import { serve } from '@hono/node-server';
import { createApp } from '../http/app.ts';
import { refusalLog } from '../http/refusal-log.ts';
import { inThreadRunner } from '../http/search-runner.ts';
import { SearchThreads, threadRunner } from '../http/search-threads.ts';
import { currentBuild, listBuilds, loadIndex, type LoadedIndex } from '../indexing/load-index.ts';
import type { SearchIndex } from '../indexing/search-index.ts';
import { fail } from './args.ts';
import { IndexHolder } from './index-holder.ts';
import { servingLine, type ServingMessage } from './serving-line.ts';
import { searchParamsSchema } from '../search/params.ts';
import { search } from '../search/search.ts';

export interface ServerOptions {
  indexDir: string;
  port: number;
  webDir?: string;
  cachedSearches?: number;
  /** Search threads (0: search in the serving thread). */
  searchThreads: number;
  /** The site's public address for absolute links; null for relative ones. */
  publicUrl: string | null;
  /** Worker processes in all, for the one "serving" line. */
  workers: number;
}

export async function startServer(options: ServerOptions) {
  const { loaded, warning } = await loadBestIndex(options.indexDir);
  const threads = new WeakMap<SearchIndex, SearchThreads>();
  const hooks = {
    prepare: async (l: LoadedIndex) => {
      if (options.searchThreads > 0) threads.set(l.index, await SearchThreads.start(options.indexDir, l.build, options.searchThreads));
    },
    retire: (l: LoadedIndex) => void threads.get(l.index)?.close(),
  };
  await hooks.prepare(loaded);
  const holder = new IndexHolder(loaded, options.indexDir, hooks);
  holder.warning = warning;
  if (warning) console.error(`verbatim: ${warning}`);
  // The first search after a load builds the per-corpus columns and orders; do it before listening.
  search(holder.current, searchParamsSchema.parse({}));
  const app = createApp(() => holder.current, {
    webDir: options.webDir,
    health: () => holder.health(),
    cachedSearches: options.cachedSearches,
    searchRunner: options.searchThreads > 0 ? threadRunner(options.searchThreads, (index) => threads.get(index)!) : inThreadRunner,
    publicUrl: options.publicUrl,
    refusals: refusalLog((line) => console.error(line)),
  });
  const stopWatching = holder.watch();
  const server = serve({ fetch: app.fetch, port: options.port, hostname: process.env.HOST ?? '127.0.0.1' }, (info) => {
    const serving = { passages: holder.current.corpus.passages.length, port: info.port, threads: options.searchThreads };
    // A cluster's workers report to the primary, which writes the one line once all listen.
    if (cluster.isWorker) process.send!({ verbatimServing: serving } satisfies ServingMessage);
    else console.log(servingLine(serving, 1));
  });
  server.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EADDRINUSE') fail(`port ${options.port} is in use: pass --port or set PORT`);
    if (err.code === 'EACCES') fail(`port ${options.port} needs privileges this user lacks: pass --port or set PORT`);
    throw err;
  });
  const close = () => {
    stopWatching();
    server.close();
  };
  process.once('SIGINT', () => {
    close();
    process.exit(0);
  });
  process.once('SIGTERM', () => {
    close();
    process.exit(0);
  });
  return { server, holder, close };
}

/**
 * The current build, or when it is damaged the newest earlier build that loads: a broken
 * index never takes the server down while a good one is on disk.
 */
export async function loadBestIndex(indexDir: string): Promise<{ loaded: LoadedIndex; warning?: string }> {
  try {
    return { loaded: await loadIndex(indexDir) };
  } catch (err) {
    const current = await currentBuild(indexDir);
    for (const build of await listBuilds(indexDir)) {
      if (build === current) continue;
      try {
        const loaded = await loadIndex(indexDir, build);
        return { loaded, warning: `${(err as Error).message}; serving the previous build ${build} instead` };
      } catch {
        // try an older one
      }
    }
    throw err;
  }
}
