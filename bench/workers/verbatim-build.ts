// Worker: Verbatim's whole build (read, parse, attribute, index, save) of a corpus folder.
// args: <corpusDir> <indexDir>
import { buildIndex } from '../../src/indexing/build-index.ts';
import { report } from '../stats.ts';

const [corpusDir, indexDir] = process.argv.slice(2) as [string, string];
const started = performance.now();
let parsed = 0;
const summary = await buildIndex(corpusDir, indexDir, { onStage: (stage) => void (stage === 'indexing' && (parsed = performance.now())) });
report({
  seconds: summary.seconds,
  readParseSeconds: (parsed - started) / 1000,
  indexSaveSeconds: (performance.now() - parsed) / 1000,
  passages: summary.manifest.passages,
  documents: summary.manifest.documents,
  speakers: summary.manifest.speakers,
  warnings: summary.warnings.length,
  skipped: summary.skipped.length,
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
});
