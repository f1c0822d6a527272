// npm run index -- --corpus <dir> --index <dir>
import { EmptyCorpusError } from '../indexing/build-corpus.ts';
import { IndexFolderError } from '../indexing/save-index.ts';
import { fail, readArgs } from './args.ts';
import { runBuild } from './run-build.ts';

const { values } = readArgs(
  { corpus: { type: 'string', default: 'corpus' }, index: { type: 'string', default: 'index' } },
  'npm run index -- [--corpus <dir>] [--index <dir>]',
);
try {
  await runBuild(values.corpus, values.index);
} catch (err) {
  if (err instanceof EmptyCorpusError || err instanceof IndexFolderError || (err as Error).message.startsWith('cannot read corpus folder')) fail((err as Error).message);
  throw err;
}
