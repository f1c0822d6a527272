// Oracle: the 28 Changelog podcast transcripts read by their SOURCE.md rule, not by the product's
// parser. A paragraph (blank-line separated) starting `**Name:**` or `**Name**:` starts a turn of
// Name; `Break`, `Jingle`, `Outro`, `Intro` are segment markers (no speaker, not speech); other
// paragraphs continue the current turn. Escaped timestamps and bracketed directions are not speech.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import type { Corpus } from '../../src/indexing/records.ts';
import { FIXTURES } from '../helpers.ts';
import { fold, score, serveTurns, type OracleFigures, type OracleTurn } from './oracle.ts';

const DIR = join(FIXTURES, 'changelog-podcasts');
const LABEL = /^\*\*([^*\n]{1,60}?)(?::\*\*|\*\*:)[ \t]*([\s\S]*)/;
const MARKERS = new Set(['Break', 'Jingle', 'Outro', 'Intro']);
/** Escaped timestamps and directions: `\[00:03:59.19\]`, `\[laughs\]`. */
const NOT_SPEECH = /\\\[[^\]]*\\\]/g;

function scan(): { turns: OracleTurn[]; markers: { file: string; text: string }[]; files: string[] } {
  const turns: OracleTurn[] = [];
  const markers: { file: string; text: string }[] = [];
  const files = readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'SOURCE.md').sort();
  for (const file of files) {
    let turn: OracleTurn | null = null;
    for (const block of readFileSync(join(DIR, file), 'utf8').split(/\n[ \t]*\n/)) {
      const m = block.trim().match(LABEL);
      const speech = (text: string) => text.replace(/\[([^\]\n]*)\]\([^()\n]*\)/g, '$1').replace(NOT_SPEECH, ' ').replace(/\s+/g, ' ').trim();
      if (m && MARKERS.has(m[1]!)) {
        markers.push({ file, text: block.trim() });
        turn = null;
      } else if (m) {
        // A degree after a comma is the label's suffix, not the name ("Elisha Goldstein, PhD").
        const name = m[1]!;
        turn = { file, label: name, speaker: (served) => served === name || served === name.replace(/,\s*\S+$/, ''), kind: 'speech', paragraphs: [] };
        turns.push(turn);
        if (fold(speech(m[2]!))) turn.paragraphs.push(speech(m[2]!));
      } else if (turn && fold(speech(block))) turn.paragraphs.push(speech(block));
    }
  }
  return { turns: turns.filter((t) => t.paragraphs.length > 0), markers, files };
}

let corpus: Corpus;
let figures: OracleFigures;
const raw = scan();
beforeAll(async () => {
  corpus = (await buildCorpus(DIR)).corpus;
  figures = score(corpus, serveTurns(corpus, raw.turns));
});

describe('oracle: Changelog podcast transcripts', () => {
  it('reads 28 transcripts and invents no title, date or source', () => {
    expect(raw.files).toHaveLength(28);
    expect(corpus.documents).toHaveLength(28);
    expect(corpus.documents.filter((d) => d.title || d.date || d.source || d.url)).toEqual([]);
  });

  it('serves every labelled turn with its speaker and kind', () => {
    expect(figures.wrong).toEqual([]);
    expect({ turns: figures.turns, right: figures.right }).toEqual({ turns: 4450, right: 4450 });
    expect(figures.right / figures.turns).toBeGreaterThanOrEqual(0.99);
  });

  it('makes no segment marker or bare timestamp a passage, nor a speaker', () => {
    const markerTexts = new Set(raw.markers.map((m) => fold(m.text.replace(NOT_SPEECH, ''))));
    expect(corpus.passages.filter((p) => markerTexts.has(fold(p.text)) || /^\[?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\]?$/.test(p.text.trim()))).toEqual([]);
    expect(corpus.speakers.filter((s) => MARKERS.has(s.name)).map((s) => s.name)).toEqual([]);
    expect(raw.markers.length).toBe(61);
  });
});
