// npx tsx bench/extractors.ts [folder of kremlin-en pages]
// Main-content extraction for saved .html pages, measured: Verbatim's own reader (parseHtml:
// skipped elements, hidden elements, link density, then block statistics on the text) against
// Mozilla Readability over linkedom (the article it extracts, read by the same parseHtml).
// Scored on the kremlin-en pages against the label oracle of their SOURCE.md
// (tests/parse/kremlin-oracle.ts): article paragraphs served, furniture passages, labelled
// turns on the right speaker and kind, and time. Figures only; exits 0 whatever it finds.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseHtml } from '../src/parse/parse-html.ts';
import type { ParsedDocument } from '../src/parse/passage.ts';
import { scanKremlin } from '../tests/parse/kremlin-oracle.ts';

const dir = process.argv[2] ?? join(import.meta.dirname, '..', 'tests', 'fixtures', 'kremlin-en');
const oracle = scanKremlin(dir);
const key = (t: string) => t.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').slice(0, 80);

function viaReadability(raw: string): ParsedDocument {
  const { document } = parseHTML(raw);
  const article = new Readability(document as unknown as Document).parse();
  const head = raw.match(/<head[\s\S]*?<\/head>/i)?.[0] ?? '';
  return parseHtml(`<html>${head}<body>${article?.content ?? ''}</body></html>`);
}

const extractors: [string, (raw: string) => ParsedDocument][] = [
  ['own (parseHtml)', (raw) => parseHtml(raw)],
  ['Readability + linkedom', viaReadability],
];

for (const [name, extract] of extractors) {
  let served = 0;
  let paragraphs = 0;
  let furniture = 0;
  let turnsRight = 0;
  let turns = 0;
  let ms = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    const raw = readFileSync(join(dir, file), 'utf8');
    const start = performance.now();
    const doc = extract(raw);
    ms += performance.now() - start;
    const expected = oracle.paragraphs.filter((p) => p.file === file);
    const known = new Set(expected.map((p) => key(p.text)));
    const byKey = new Map<string, ParsedDocument['passages']>();
    for (const p of doc.passages) byKey.set(key(p.text), [...(byKey.get(key(p.text)) ?? []), p]);
    furniture += doc.passages.filter((p) => !known.has(key(p.text))).length;
    for (const p of expected) {
      paragraphs++;
      const found = byKey.get(key(p.text)) ?? [];
      if (found.length) served++;
      if (p.kind !== 'turn') continue;
      turns++;
      if (found.some((f) => f.speaker === p.speaker && f.kind === p.passageKind)) turnsRight++;
    }
  }
  console.log(`${name.padEnd(24)} paragraphs served ${served}/${paragraphs}  furniture passages ${furniture}  turns right ${turnsRight}/${turns}  ${ms.toFixed(0)} ms`);
}
