// The indexer on 63 real White House transcripts (a format the seeds do not show): every
// labelled turn lands on the labelled speaker, Q turns are questions, and no stage
// direction or timestamp becomes a passage. Turns are found here by a plain scan of the
// raw files, independent of the parser.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import type { Corpus, PassageRecord } from '../../src/indexing/records.ts';
import { FIXTURES } from '../helpers.ts';

const DIR = join(FIXTURES, 'whitehouse-2024');
const SPEAKER_OF_LABEL: Record<string, string | null> = {
  'MS. JEAN-PIERRE': 'Karine Jean-Pierre',
  Q: null,
  'MR. KIRBY': 'John Kirby',
  'SENIOR ADMINISTRATION OFFICIAL': 'Senior Administration Official',
  'MR. SULLIVAN': 'Jake Sullivan',
  MODERATOR: 'Moderator',
  'MR. BENJAMIN': 'Stephen Benjamin',
  'MR. TYLER': 'Michael Tyler',
  'MR. KIKUKAWA': 'Mr. Kikukawa',
  'MS. BRAINARD': 'Lael Brainard',
  'AMBASSADOR TAI': 'Katherine Tai',
  'MR. BATES': 'Andrew Bates',
  'MR. FERNÁNDEZ HERNÁNDEZ': 'Mr. Fernández Hernández',
  OPERATOR: 'Operator',
  AIDE: 'Aide',
  'SECRETARY CARDONA': 'Miguel Cardona',
  'CHAIR MALLORY': 'Brenda Mallory',
  'MS. MCCABE': 'Janet McCabe',
  'SENIOR DEFENSE OFFICIAL': 'Senior Defense Official',
  'SENIOR MILITARY OFFICIAL': 'Senior Military Official',
  'MR. ZAIDI': 'Ali Zaidi',
  'MR. HAMILL': 'Mark Hamill',
  'ADMINISTRATOR REGAN': 'Michael Regan',
  'AIR FORCE ONE CREW MEMBER': 'Air Force One Crew Member',
  'MR. MICHEL': 'Mr. Michel',
  'MR. HAMMILL': 'Mark Hamill',
  'MR. MAIA SILVA': 'Mr. Maia Silva',
};

interface RawTurn {
  file: string;
  label: string;
  starts: string;
}

const squash = (s: string) => s.replace(/<\/?[a-z]+>/g, '').replace(/\\([^\w\s])/g, '$1').replace(/\*([^*]+)\*/g, '$1').replace(/\s+/g, ' ').trim();

/** Turns as printed: an upper-case label and colon, or a bare Q and spaces, at a line start. */
function scanTurns(): { turns: RawTurn[]; stage: string[]; times: string[] } {
  const turns: RawTurn[] = [];
  const stage: string[] = [];
  const times: string[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'SOURCE.md')) {
    const body = readFileSync(join(DIR, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    const lines = body.split('\n');
    lines.forEach((line, i) => {
      const m = line.match(/^\s?([A-Z][A-ZÁÉÍÓÚ.’' -]*[A-Z.]):\s+(\S.*)$/) ?? line.match(/^(Q)\s{2,}(\S.*)$/);
      if (m) {
        // The turn's words up to the end of its first line (lines are hard-wrapped).
        const words = squash(m[2]!);
        if (!/^[(\[].*[)\]]\.?$/.test(words)) turns.push({ file, label: m[1]!, starts: words.slice(0, 25) });
        return;
      }
      const whole = squash(line);
      if (/^\(.*\)\.?$/.test(whole) && (!lines[i - 1]?.trim() || !lines[i + 1]?.trim())) stage.push(whole);
      if (/^\d{1,2}:\d{2} [AP]\.M\. E[DS]T$/.test(whole)) times.push(whole);
    });
  }
  return { turns, stage, times };
}

const ROLE_LABELS = new Set(['SENIOR ADMINISTRATION OFFICIAL', 'MODERATOR', 'OPERATOR', 'AIDE', 'SENIOR DEFENSE OFFICIAL', 'SENIOR MILITARY OFFICIAL', 'AIR FORCE ONE CREW MEMBER']);
const ROLE_NAMES = new Set(Object.entries(SPEAKER_OF_LABEL).filter(([label]) => ROLE_LABELS.has(label)).map(([, name]) => name));
const sameSpeaker = (served: string | null, expected: string | null) => served === expected || (expected !== null && ROLE_NAMES.has(expected) && served?.startsWith(`${expected}, `) === true);

let corpus: Corpus;
const raw = scanTurns();
beforeAll(async () => {
  corpus = (await buildCorpus(DIR)).corpus;
});

describe('White House briefings (63 Markdown transcripts)', () => {
  it('indexes all 63 documents with title, date, URL and source', () => {
    expect(corpus.documents).toHaveLength(63);
    expect(corpus.documents.filter((d) => !d.title || !d.date || !d.url)).toEqual([]);
    expect(new Set(corpus.documents.map((d) => d.source))).toEqual(new Set(['The White House']));
  });

  it('puts every labelled turn on the labelled speaker', () => {
    const byDoc = new Map<string, PassageRecord[]>();
    const fileOf = new Map(corpus.documents.map((d) => [d.id, d.file]));
    for (const p of corpus.passages) byDoc.set(fileOf.get(p.documentId)!, [...(byDoc.get(fileOf.get(p.documentId)!) ?? []), p]);
    const names = new Map(corpus.speakers.map((s) => [s.id, s.name]));
    const misses: string[] = [];
    for (const turn of raw.turns) {
      const passage = byDoc.get(turn.file)!.find((p) => p.label === turn.label && p.text.startsWith(turn.starts));
      const expected = SPEAKER_OF_LABEL[turn.label];
      if (!passage) misses.push(`${turn.file}: no passage "${turn.label}: ${turn.starts}"`);
      // Anonymous roles are one speaker per document: "Moderator, call of 2 April 2024".
      else if (!sameSpeaker(passage.speakerId ? names.get(passage.speakerId)! : null, expected!)) misses.push(`${turn.file}: "${turn.starts}" is not ${expected}`);
    }
    expect(misses).toEqual([]);
    expect(raw.turns.length).toBe(6460);
  });

  it('makes every Q turn a question and nothing else a question', () => {
    const questions = corpus.passages.filter((p) => p.kind === 'question');
    expect(questions.every((p) => p.label === 'Q' && p.speakerId === null)).toBe(true);
    expect(corpus.passages.filter((p) => p.label === 'Q').every((p) => p.kind === 'question')).toBe(true);
    expect(raw.turns.filter((t) => t.label === "Q").length).toBe(2760);
  });

  it('makes no stage direction or timestamp a passage', () => {
    const texts = new Set(corpus.passages.map((p) => p.text));
    expect(raw.stage.length).toBe(58);
    expect(raw.times.length).toBe(107);
    expect(raw.stage.filter((s) => texts.has(s))).toEqual([]);
    expect(raw.times.filter((t) => texts.has(t))).toEqual([]);
    expect(corpus.passages.filter((p) => /^[(\[][^()\[\]]*[)\]]\.?$/.test(p.text) || /^\d{1,2}:\d{2} [AP]\.M\./.test(p.text))).toEqual([]);
  });

  it('resolves label surnames to the full names titles give, across documents', () => {
    const kirby = corpus.speakers.find((s) => s.id === 'john-kirby')!;
    expect(kirby.labels).toEqual(['MR. KIRBY']);
    expect(kirby.passages).toBe(1797);
    expect(corpus.speakers.find((s) => s.id === 'karine-jean-pierre')!.roles[0]!.role).toBe('Press Secretary');
  });
});
