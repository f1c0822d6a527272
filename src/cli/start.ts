// npm start: build the index when it is missing, of another format, or the corpus changed;
// build the page when its sources changed; then serve on $PORT (default 8787).
import { readCorpus } from '../corpus/read-corpus.ts';
import { FORMAT_VERSION } from '../indexing/index-options.ts';
import { readManifest } from '../indexing/load-index.ts';
import { fail, readArgs, readPort } from './args.ts';
import { ensureWebBuilt } from './build-web.ts';
import { runBuild } from './run-build.ts';
import { startServer } from './start-server.ts';

const { values } = readArgs(
  { corpus: { type: 'string', default: 'corpus' }, index: { type: 'string', default: 'index' }, port: { type: 'string', default: process.env.PORT ?? '8787' } },
  'npm start -- [--corpus <dir>] [--index <dir>] [--port <n>]',
);
const port = readPort(values.port);
try {
  const manifest = await readManifest(values.index);
  const { hash } = await readCorpus(values.corpus);
  if (!manifest || manifest.formatVersion !== FORMAT_VERSION || manifest.corpusHash !== hash) {
    console.log(manifest ? 'verbatim: the corpus changed since the index was built; rebuilding' : 'verbatim: no index yet; building it');
    await runBuild(values.corpus, values.index);
  } else {
    console.log(`verbatim: index is up to date (built ${manifest.builtAt})`);
  }
  const webDir = await ensureWebBuilt();
  await startServer({ indexDir: values.index, port, webDir });
} catch (err) {
  fail((err as Error).message);
}
