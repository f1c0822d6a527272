// Loads the index and serves the API and the page until the process ends.
import { serve } from '@hono/node-server';
import { createApp } from '../http/app.ts';
import { loadIndex } from '../indexing/load-index.ts';
import { IndexHolder } from './index-holder.ts';

export async function startServer(options: { indexDir: string; port: number; webDir?: string }) {
  const holder = new IndexHolder(await loadIndex(options.indexDir), options.indexDir);
  const app = createApp(() => holder.current, { webDir: options.webDir, health: () => holder.health() });
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
