// npm run serve -- [--index <dir>] [--port <n>] [--workers <n>|auto] [--cache <n>] [--no-web]
// The primary process of a cluster only forks: it imports the server and the index code lazily,
// so the first worker starts sooner.
import { fail, readArgs } from './args.ts';
import { ensureWebBuilt } from './build-web.ts';
import { serveOnWorkers } from './cluster.ts';
import { readServeOptions, SERVE_OPTIONS, SERVE_USAGE } from './serve-options.ts';

const { values } = readArgs({ ...SERVE_OPTIONS, 'no-web': { type: 'boolean', default: false } }, `npm run serve -- ${SERVE_USAGE} [--no-web]`);
const settings = readServeOptions(values);
const webDir = values['no-web'] ? undefined : await ensureWebBuilt();
await serveOnWorkers(settings.workers, async () => {
  const [{ startServer }, { IndexLoadError }] = await Promise.all([import('./start-server.ts'), import('../indexing/load-index.ts')]);
  try {
    await startServer({ ...settings, webDir });
  } catch (err) {
    if (err instanceof IndexLoadError) fail(err.message);
    throw err;
  }
});
