// JSONL of passages already attributed: one object per line, lines sharing a `document`
// form one document in file order. A malformed line is reported as file:line and skipped.
import { z } from 'zod';
import { parseDateValue } from './dates.ts';
import type { ParsedDocument, PassageKind } from './passage.ts';
import { isOutletName } from '../speakers/names.ts';

const lineSchema = z.object({
  document: z.string().trim().min(1),
  text: z.string().trim().min(1),
  title: z.string().nullish(),
  date: z.string().nullish(),
  source: z.string().nullish(),
  url: z.string().nullish(),
  speaker: z.string().trim().nullish(),
  role: z.string().trim().nullish(),
  kind: z.enum(['question', 'speech', 'quote', 'narration']).nullish(),
});

export interface JsonlDocument extends ParsedDocument {
  /** The `document` key the lines gave. */
  key: string;
}

export function parseJsonl(raw: string, file: string): { documents: JsonlDocument[]; errors: string[] } {
  const byKey = new Map<string, JsonlDocument>();
  const errors: string[] = [];
  raw.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push(`${where}: not valid JSON`);
      return;
    }
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      errors.push(`${where}: ${issue.path.join('.') || 'line'}: ${issue.message}`);
      return;
    }
    const p = parsed.data;
    let doc = byKey.get(p.document);
    if (!doc) {
      doc = { key: p.document, title: null, date: null, source: null, url: null, passages: [], warnings: [] };
      byKey.set(p.document, doc);
    }
    doc.title ??= p.title ?? null;
    doc.source ??= p.source ?? null;
    doc.url ??= p.url ?? null;
    if (p.date && !doc.date) {
      doc.date = parseDateValue(p.date);
      if (!doc.date) errors.push(`${where}: date "${p.date}" is not a date (expected YYYY-MM-DD)`);
    }
    const speaker = p.speaker || null;
    const kind: PassageKind = p.kind ?? (speaker ? 'speech' : 'narration');
    doc.passages.push({
      text: p.text.replace(/\s+/g, ' '),
      kind,
      label: null,
      speaker: kind === 'narration' ? null : speaker,
      speakerType: speaker && kind !== 'narration' ? (isOutletName(speaker) && kind === 'question' ? 'outlet' : 'person') : null,
      role: p.role || null,
      attribution: speaker && kind !== 'narration' ? 'provided' : 'none',
    });
  });
  return { documents: [...byKey.values()], errors };
}
