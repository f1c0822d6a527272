// Loads the index and serves the API and the page until the process ends.
import { serve } from '@hono/node-server';
import { createApp } from '../http/app.ts';
import { currentBuild, listBuilds, loadIndex, type LoadedIndex } from '../indexing/load-index.ts';
import { IndexHolder } from './index-holder.ts';
import { searchParamsSchema } from '../search/params.ts';
import { search } from '../search/search.ts';

export async function startServer(options: { indexDir: string; port: number; webDir?: string; cachedSearches?: number }) {
  const { loaded, warning } = await loadBestIndex(options.indexDir);
  const holder = new IndexHolder(loaded, options.indexDir);
  holder.warning = warning;
  if (warning) console.error(`verbatim: ${warning}`);
  // The first search after a load builds the per-corpus columns and orders; do it before listening.
  search(holder.current, searchParamsSchema.parse({}));
  const app = createApp(() => holder.current, { webDir: options.webDir, health: () => holder.health(), cachedSearches: options.cachedSearches });
  const stopWatching = holder.watch();
  const server = serve({ fetch: app.fetch, port: options.port, hostname: process.env.HOST ?? '127.0.0.1' }, (info) => {
    console.log(`verbatim: serving ${holder.current.corpus.passages.length} passages on http://localhost:${info.port}`);
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
