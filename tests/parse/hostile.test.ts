// Hostile corpus input: random and adversarial documents never crash a parser, never yield
// empty passages, and every file of random bytes is either indexed or reported by name.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { parseHtml } from '../../src/parse/parse-html.ts';
import { parseJsonl } from '../../src/parse/parse-jsonl.ts';
import { parseSubtitles } from '../../src/parse/parse-subtitles.ts';
import { parseMarkdown } from '../../src/parse/parse-markdown.ts';
import { parseText } from '../../src/parse/parse-text.ts';
import { tempDir } from '../helpers.ts';

/** Text built from the pieces parsers key on: labels, quotes, colons, brackets, dates, scripts. */
const pieces = fc.constantFrom(
  'Zhang Chengzhong:', 'MS. JEAN-PIERRE:  ', 'Q    ', 'A: ', 'China Daily:', '**Host:**', '"', '“', '”', '’', ',"', ' he said.',
  ' said Wang Zhengpu, governor of Hebei.', 'According to Ni, ', ' added that ', '(Laughter.)', '[applause]', '12:38 P.M. EDT',
  '标题: ', '网址: https://example.org/2024/05/06/a', '图片列表:', '1. a.jpeg', 'Home - News -', '<  1  2  3  >', '© 2024', '<p>', '</p>', '<br>', '<script>', '<v Jane Doe>', '00:00:01.000 --> 00:00:02.000', '&amp;', '<!--',
  'Related News', 'May 24, 2024', ' | ', '---\n', 'title: x\n', '\n', '\n\n', '\r\n', '\uFEFF', '\u00a0', '\u200b', '我们将推动发展。',
  'مرحبا', 'Привет', ':', '：', '(', ')', '[', ']', '*', '_', '\\', '#', '> ', 'Appendix:', 'Sunday:', '0:03', '[00:01:02] ',
);
const hostileText = fc.oneof(fc.string({ maxLength: 400, unit: 'binary' }), fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 80 }).map((a) => a.join('')));

function checkDoc(doc: ReturnType<typeof parseText>) {
  for (const p of doc.passages) {
    expect(p.text.trim()).toBe(p.text);
    expect(p.text.length).toBeGreaterThan(0);
    expect(['question', 'speech', 'quote', 'narration']).toContain(p.kind);
    if (p.kind === 'narration') expect(p.speaker).toBeNull();
  }
  if (doc.date !== null) expect(doc.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
}

describe('parsers on hostile text', () => {
  it('never throw on random and adversarial text (2,000 cases per parser)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        checkDoc(parseText(text));
        checkDoc(parseMarkdown(text));
        checkDoc(parseHtml(text));
        checkDoc(parseSubtitles(text));
        const { documents, errors } = parseJsonl(text, 'f.jsonl');
        for (const d of documents) checkDoc(d);
        for (const e of errors) expect(e).toMatch(/^f\.jsonl:\d+: /);
      }),
      { numRuns: 2000, seed: 20261122 },
    );
  });

  it('parses a 10 MB single line, thousands of repeated labels, labels only, and unbalanced quotes', () => {
    const line = parseText('word '.repeat(2_000_000));
    expect(line.passages).toHaveLength(1);
    const repeated = parseText('MR. KIRBY:  Yes.\n\n'.repeat(20_000));
    expect(repeated.passages).toHaveLength(20_000);
    expect(new Set(repeated.passages.map((p) => p.speaker))).toEqual(new Set(['Mr. Kirby']));
    expect(parseText('Zhang Chengzhong:\nWang Zhengpu:\nXing Huina:\n').passages).toEqual([]);
    const quotes = parseText('"He said, "'.repeat(50_000));
    expect(quotes.passages).toHaveLength(1);
    expect(parseMarkdown('[a]('.repeat(100_000)).passages).toHaveLength(1);
  });

  // Shapes that were once quadratic (bench/parse-scaling.ts measures the growth): each is a few
  // MB here, and is parsed right.
  it('flattens HTML that never closes its tags, keeping every paragraph', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `<div><section><p>MR. KIRBY: Point ${i}. <b><i>More ${i}.</em></span><br>\n`);
    const doc = parseHtml(`<!doctype html><html><head><title>Briefing</title></head><body>\n${rows.join('')}`);
    expect(doc.title).toBe('Briefing');
    expect(doc.passages).toHaveLength(50_000);
    expect(new Set(doc.passages.map((p) => p.speaker))).toEqual(new Set(['Mr. Kirby']));
    expect([doc.passages[0]!.text, doc.passages[255]!.text, doc.passages[49_999]!.text]).toEqual(['Point 0. More 0.', 'Point 255. More 255.', 'Point 49999. More 49999.']);
  });

  it('attributes "he said" in prose that names 20,000 people', () => {
    const syllables = ['ka', 'lo', 'mi', 'ren', 'to', 'sha', 'vi', 'den', 'ru', 'bel', 'no', 'ta', 'zu', 'gar', 'pe', 'lin', 'so', 'dra', 'mo', 'kel'];
    const word = (i: number) => {
      let w = '';
      do {
        w += syllables[i % 20];
        i = Math.floor(i / 20);
      } while (i > 0);
      return `${w[0]!.toUpperCase()}${w.slice(1)}a`;
    };
    const people = Array.from({ length: 20_000 }, (_, i) => `${word(i)} ${word(i + 7919)}`);
    const doc = parseText(people.map((p, i) => `"We will build ${i} mills," said ${p}, governor of the province.\n\n"It is done," he said.`).join('\n\n'));
    expect(doc.passages).toHaveLength(40_000);
    expect(doc.passages.filter((p, i) => p.speaker === people[Math.floor(i / 2)]).length).toBe(40_000);
    expect(doc.passages.slice(-2).map((p) => [p.speaker, p.attribution, p.role])).toEqual([
      ['Kelkelbelmia Molinbelrena', 'quote-said', 'governor of the province'],
      ['Kelkelbelmia Molinbelrena', 'pronoun', 'governor of the province'],
    ]);
  });

  it('joins 100,000 unpunctuated subtitle cues into one passage', () => {
    const cue = (i: number) => `00:00:${String(i % 60).padStart(2, '0')}.000 --> 00:00:${String(i % 60).padStart(2, '0')}.500\nand then we talked about item ${i}\n`;
    const doc = parseSubtitles(`WEBVTT\n\n${Array.from({ length: 100_000 }, (_, i) => cue(i)).join('\n')}`);
    expect(doc.passages).toHaveLength(1);
    expect(doc.passages[0]!.text.split(' ')).toHaveLength(700_000);
    expect(doc.passages[0]!.text.slice(-35)).toBe('and then we talked about item 99999');
  });

  it('indexes or reports by name every file of random bytes', async () => {
    const dir = await tempDir();
    const files = fc.sample(fc.uint8Array({ maxLength: 300 }), { numRuns: 60, seed: 7 });
    await Promise.all(files.map((bytes, i) => writeFile(join(dir, `f${String(i).padStart(2, '0')}.txt`), bytes)));
    await writeFile(join(dir, 'good.txt'), 'Li Ming:\n\nThe mills will reopen.\n');
    const { corpus, skipped } = await buildCorpus(dir);
    const indexed = new Set(corpus.documents.map((d) => d.file));
    const reported = new Set(skipped.map((s) => s.file));
    expect(indexed.has('good.txt')).toBe(true);
    for (let i = 0; i < files.length; i++) {
      const name = `f${String(i).padStart(2, '0')}.txt`;
      expect(indexed.has(name) !== reported.has(name)).toBe(true);
    }
  });
});
