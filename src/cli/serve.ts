// npm run serve -- --index <dir> [--port <n>]
import { IndexLoadError } from '../indexing/load-index.ts';
import { fail, readArgs, readPort } from './args.ts';
import { ensureWebBuilt } from './build-web.ts';
import { startServer } from './start-server.ts';

const { values } = readArgs(
  { index: { type: 'string', default: 'index' }, port: { type: 'string', default: process.env.PORT ?? '8787' }, 'no-web': { type: 'boolean', default: false } },
  'npm run serve -- [--index <dir>] [--port <n>]',
);
try {
  const webDir = values['no-web'] ? undefined : await ensureWebBuilt();
  await startServer({ indexDir: values.index, port: readPort(values.port), webDir });
} catch (err) {
  if (err instanceof IndexLoadError) fail(err.message);
  throw err;
}
