// npm run serve -- --index <dir> [--port <n>] [--workers <n>|auto]
import { availableParallelism } from 'node:os';
import { IndexLoadError } from '../indexing/load-index.ts';
import { fail, readArgs, readPort } from './args.ts';
import { ensureWebBuilt } from './build-web.ts';
import { readWorkers, serveOnWorkers } from './cluster.ts';
import { startServer } from './start-server.ts';

const { values } = readArgs(
  {
    index: { type: 'string', default: 'index' },
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    workers: { type: 'string', default: '1' },
    'no-web': { type: 'boolean', default: false },
  },
  'npm run serve -- [--index <dir>] [--port <n>] [--workers <n>|auto]',
);
const workers = readWorkers(values.workers, availableParallelism()) ?? fail(`--workers must be an integer from 1 to 64 or "auto", got "${values.workers}"`);
const port = readPort(values.port);
try {
  const webDir = values['no-web'] ? undefined : await ensureWebBuilt();
  await serveOnWorkers(workers, () => startServer({ indexDir: values.index, port, webDir }));
} catch (err) {
  if (err instanceof IndexLoadError) fail(err.message);
  throw err;
}
