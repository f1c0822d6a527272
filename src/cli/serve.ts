// npm run serve -- [--index <dir>] [--port <n>] [--workers <n>|auto] [--cache <n>] [--no-web]
import { IndexLoadError } from '../indexing/load-index.ts';
import { fail, readArgs } from './args.ts';
import { ensureWebBuilt } from './build-web.ts';
import { serveOnWorkers } from './cluster.ts';
import { readServeOptions, SERVE_OPTIONS, SERVE_USAGE } from './serve-options.ts';
import { startServer } from './start-server.ts';

const { values } = readArgs({ ...SERVE_OPTIONS, 'no-web': { type: 'boolean', default: false } }, `npm run serve -- ${SERVE_USAGE} [--no-web]`);
const settings = readServeOptions(values);
try {
  const webDir = values['no-web'] ? undefined : await ensureWebBuilt();
  await serveOnWorkers(settings.workers, () => startServer({ ...settings, webDir }));
} catch (err) {
  if (err instanceof IndexLoadError) fail(err.message);
  throw err;
}
