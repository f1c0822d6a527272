// Runs a build with a progress bar on a terminal and prints the summary.
import cliProgress from 'cli-progress';
import { printableName } from '../corpus/printable-name.ts';
import { buildIndex, type BuildSummary } from '../indexing/build-index.ts';

export async function runBuild(corpusDir: string, indexDir: string): Promise<BuildSummary> {
  const tty = Boolean(process.stderr.isTTY);
  const bar = tty ? new cliProgress.SingleBar({ format: 'indexing {bar} {value}/{total} files | {file}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  let done = 0;
  let total = 0;
  const summary = await buildIndex(corpusDir, indexDir, {
    onStart: (files) => {
      total = files;
      bar?.start(files, 0, { file: '' });
      if (!tty) process.stderr.write(`indexing ${files} files from ${corpusDir}\n`);
    },
    onFile: (file) => {
      done++;
      bar?.update(done, { file: printableName(file) });
      if (!tty && total >= 200 && done % Math.ceil(total / 10) === 0) process.stderr.write(`  ${done}/${total} files\n`);
    },
    onStage: (stage, passages) => {
      bar?.stop();
      process.stderr.write(stage === 'indexing' ? `building the search index over ${passages} passages\n` : 'saving the index\n');
    },
  });
  bar?.stop();
  printSummary(summary, indexDir);
  return summary;
}

export function printSummary(summary: BuildSummary, indexDir: string): void {
  const { manifest, skipped, warnings, seconds, kinds, attribution } = summary;
  const list = (counts: Record<string, number>) => Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ');
  const rate = Math.round(manifest.passages / Math.max(seconds, 1e-6));
  const lines = [
    `indexed ${manifest.documents} documents, ${manifest.passages} passages, ${manifest.speakers} speakers into ${indexDir} in ${seconds.toFixed(2)} s (${rate} passages/s)`,
    `  passages by kind: ${list(kinds)}`,
    `  attributed by: ${list(attribution)}`,
  ];
  // Names are printed escaped: a newline or a terminal escape in one must not print a fake line.
  if (skipped.length) lines.push(`skipped ${skipped.length} file(s):`, ...skipped.map((s) => `  ${printableName(s.file)}: ${printableName(s.reason)}`));
  if (warnings.length) lines.push(`${warnings.length} warning(s):`, ...warnings.map((w) => `  ${printableName(w)}`));
  process.stdout.write(lines.join('\n') + '\n');
}
