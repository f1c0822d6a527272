// Reads what a new build needs of the one it replaces (the build CURRENT points at before the
// swap): the passages it will no longer have, its documents' titles and its redirects.
import { createReadStream } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { currentBuild } from './load-index.ts';
import { passageRedirectSchema, type GonePassage, type PassageRedirect } from './redirects.ts';
import { REDIRECTS_FILE } from './save-index.ts';

export interface PreviousBuild {
  build: string;
  gone: GonePassage[];
  titles: Map<string, string>;
  redirects: PassageRedirect[];
}

const passageLine = z.object({ id: z.string(), documentId: z.string(), text: z.string() });
const documentsFile = z.array(z.object({ id: z.string(), displayTitle: z.string() }));

async function* lines(path: string): AsyncGenerator<string> {
  const reader = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of reader) if (line) yield line;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The previous build's passages whose ids are not in `keep`, its titles and redirects; null
 * when there is no previous build. Only the gone passages are kept in memory, so a million
 * unchanged passages cost one line read each.
 */
export async function readPreviousBuild(indexDir: string, keep: ReadonlySet<string>): Promise<PreviousBuild | null> {
  const build = await currentBuild(indexDir);
  if (!build) return null;
  const dir = join(indexDir, build);
  const gone: GonePassage[] = [];
  for await (const line of lines(join(dir, 'passages.jsonl'))) {
    const p = passageLine.parse(JSON.parse(line));
    if (!keep.has(p.id)) gone.push({ id: p.id, documentId: p.documentId, text: p.text });
  }
  const titles = new Map(documentsFile.parse(JSON.parse(await readFile(join(dir, 'documents.json'), 'utf8'))).map((d) => [d.id, d.displayTitle]));
  const redirects: PassageRedirect[] = [];
  // Builds older than durable links have no redirects file: their gone passages still get one.
  if (await exists(join(dir, REDIRECTS_FILE))) {
    for await (const line of lines(join(dir, REDIRECTS_FILE))) redirects.push(passageRedirectSchema.parse(JSON.parse(line)));
  }
  return { build, gone, titles, redirects };
}
