// Starts the real server (createApp over an index built from a corpus folder) on a free
// port, with the built page, for the browser tests.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/http/app.ts';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { createSearchIndex, type SearchIndex } from '../../src/indexing/search-index.ts';
import { ensureWebBuilt } from '../../src/cli/build-web.ts';

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** A prepared index to serve instead of one built from a corpus folder (e.g. a saved build with redirects). */
export type IndexMaker = () => Promise<SearchIndex>;

export async function startServer(source: string | IndexMaker): Promise<RunningServer> {
  const make = typeof source === 'string' ? async () => createSearchIndex((await buildCorpus(source)).corpus) : source;
  const [index, webDir] = await Promise.all([make(), ensureWebBuilt()]);
  const app = createApp(index, { webDir });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
