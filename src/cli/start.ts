// npm start: build the index when it is missing, of another format, or the corpus changed;
// build the page when its sources changed; then serve on $PORT (default 8787).
import cluster from 'node:cluster';
import { readCorpus } from '../corpus/read-corpus.ts';
import { FORMAT_VERSION } from '../indexing/index-options.ts';
import { readManifest } from '../indexing/load-index.ts';
import { fail, readArgs } from './args.ts';
import { ensureWebBuilt } from './build-web.ts';
import { serveOnWorkers } from './cluster.ts';
import { runBuild } from './run-build.ts';
import { readServeOptions, SERVE_OPTIONS, SERVE_USAGE } from './serve-options.ts';
import { startServer } from './start-server.ts';

const { values } = readArgs({ corpus: { type: 'string', default: 'corpus' }, ...SERVE_OPTIONS }, `npm start -- [--corpus <dir>] ${SERVE_USAGE}`);
const settings = readServeOptions(values);
try {
  // Workers only serve: the primary has already brought the index and the page up to date.
  if (cluster.isPrimary) {
    const manifest = await readManifest(values.index);
    const { hash } = await readCorpus(values.corpus);
    if (!manifest || manifest.formatVersion !== FORMAT_VERSION || manifest.corpusHash !== hash) {
      console.log(manifest ? 'verbatim: the corpus or the index format changed since the index was built; rebuilding' : 'verbatim: no index yet; building it');
      await runBuild(values.corpus, values.index);
    } else {
      console.log(`verbatim: index is up to date (built ${manifest.builtAt})`);
    }
  }
  const webDir = await ensureWebBuilt();
  await serveOnWorkers(settings.workers, () => startServer({ ...settings, webDir }));
} catch (err) {
  fail((err as Error).message);
}
