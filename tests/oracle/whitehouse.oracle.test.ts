// Oracle: the 63 White House briefings read by their SOURCE.md rule, not by the product's parser.
// A paragraph (blank-line separated) starts a turn when it opens with an upper-case label and a
// colon (`MS. JEAN-PIERRE:`) or with a bare `Q` followed by spaces or a dash (`Q    `, `Q —`,
// `Q–`: a question resumed after an interruption); other paragraphs continue the turn. Paragraphs
// that are only a stage direction (`(Laughter.)`), a clock time or `END ...` are furniture.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { createSearchIndex } from '../../src/indexing/search-index.ts';
import type { Corpus, PassageRecord } from '../../src/indexing/records.ts';
import { FIXTURES } from '../helpers.ts';
import { fold, score, serveTurns, type OracleFigures, type OracleTurn } from './oracle.ts';

const DIR = join(FIXTURES, 'whitehouse-2024');
const ANSWERS = 7553;
const RAFAH = 93;
const LAST_TURN = '2024-06-04-press-gaggle-by-press-secretary-karine-jean-pierre-and-national-security-advisor-jake-sullivan-en-route-paris-france.md Q';

/** Who each label is, from reading the documents: the full name wherever a document gives one. */
const PEOPLE: Record<string, string> = {
  'ADMINISTRATOR REGAN': 'Michael Regan',
  'AMBASSADOR TAI': 'Katherine Tai',
  'CHAIR MALLORY': 'Brenda Mallory',
  'MR. BATES': 'Andrew Bates',
  'MR. BENJAMIN': 'Stephen Benjamin',
  'MR. FERNÁNDEZ HERNÁNDEZ': 'Mr. Fernández Hernández',
  'MR. HAMILL': 'Mark Hamill',
  'MR. HAMMILL': 'Mark Hamill',
  'MR. KIKUKAWA': 'Mr. Kikukawa',
  'MR. KIRBY': 'John Kirby',
  'MR. MAIA SILVA': 'Mr. Maia Silva',
  'MR. MICHEL': 'Mr. Michel',
  'MR. SULLIVAN': 'Jake Sullivan',
  'MR. TYLER': 'Michael Tyler',
  'MR. ZAIDI': 'Ali Zaidi',
  'MS. BRAINARD': 'Lael Brainard',
  'MS. JEAN-PIERRE': 'Karine Jean-Pierre',
  'MS. MCCABE': 'Janet McCabe',
  'SECRETARY CARDONA': 'Miguel Cardona',
};
/** Labels that describe a role: one speaker per document, named after the role and the call. */
const ROLES: Record<string, string> = {
  AIDE: 'Aide',
  'AIR FORCE ONE CREW MEMBER': 'Air Force One Crew Member',
  MODERATOR: 'Moderator',
  OPERATOR: 'Operator',
  'SENIOR ADMINISTRATION OFFICIAL': 'Senior Administration Official',
  'SENIOR DEFENSE OFFICIAL': 'Senior Defense Official',
  'SENIOR MILITARY OFFICIAL': 'Senior Military Official',
};

const LABEL = /^([A-Z][A-ZÁÉÍÓÚ.’' -]*[A-Z.]):\s+([\s\S]*)$/;
const QUESTION = /^Q(?:\s+|(?=[—–]))([\s\S]*)$/;
const FURNITURE = /^(?:(?:\([^()]*\)\.?\s*)+|\[[^\[\]]*\]\.?|\d{1,2}:\d{2} [AP]\.M\.? [A-Z]{3,4}|END\b.*|#(?: ?#)+)$/;
const squash = (s: string) => s.replace(/<\/?[a-z]+>/g, '').replace(/\\([^\w\s])/g, '$1').replace(/\s+/g, ' ').trim();

function scan(): { turns: OracleTurn[]; furniture: { file: string; text: string }[] } {
  const turns: OracleTurn[] = [];
  const furniture: { file: string; text: string }[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'SOURCE.md').sort()) {
    const body = readFileSync(join(DIR, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    let turn: OracleTurn | null = null;
    // A label at a line's start opens a paragraph even without a blank line before it (hard wrapping).
    const blocks = body.split(/\n[ \t]*\n/).flatMap((b) => b.split(/\n(?=\s?(?:[A-Z][A-ZÁÉÍÓÚ.’' -]*[A-Z.]:\s|Q(?:\s{2,}|\s*[—–])))/));
    for (const block of blocks) {
      const text = squash(block);
      if (!text) continue;
      if (FURNITURE.test(text)) {
        furniture.push({ file, text });
        continue;
      }
      const q = text.match(QUESTION);
      const m = q ? null : text.match(LABEL);
      if (q || (m && (PEOPLE[m[1]!] || ROLES[m[1]!]))) {
        const label = q ? 'Q' : m![1]!;
        const rest = (q ? q[1]! : m![2]!).replace(/^[—–]\s*/, (d) => d);
        const role = ROLES[label];
        const speaker: OracleTurn['speaker'] = q ? null : role ? (served) => served !== null && served.startsWith(`${role}, `) : PEOPLE[label]!;
        turn = { file, label, speaker, kind: q ? 'question' : 'speech', paragraphs: [] };
        turns.push(turn);
        if (fold(rest) && !FURNITURE.test(rest)) turn.paragraphs.push(rest);
      } else if (turn && fold(text)) turn.paragraphs.push(text);
    }
  }
  return { turns: turns.filter((t) => t.paragraphs.length > 0), furniture };
}

let corpus: Corpus;
let figures: OracleFigures;
let app: ReturnType<typeof createApp>;
const raw = scan();
beforeAll(async () => {
  corpus = (await buildCorpus(DIR)).corpus;
  figures = score(corpus, serveTurns(corpus, raw.turns));
  app = createApp(createSearchIndex(corpus));
});

describe('oracle: White House briefings', () => {
  it('serves every labelled turn with its speaker and kind', () => {
    expect(figures.wrong).toEqual([`${LAST_TURN}: no passage for "You too. 9:07 P.M. EDT"`]);
    expect({ turns: figures.turns, right: figures.right }).toEqual({ turns: 7064, right: 7063 });
    expect(figures.right / figures.turns).toBeGreaterThanOrEqual(0.99);
  });

  it('attributes no reporter turn to an official, including questions resumed with "Q —"', () => {
    expect(figures.reporterAsOfficial).toBe(0);
    expect(raw.turns.filter((t) => t.kind === 'question').length).toBe(3254);
    const text = readdirSync(DIR).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(DIR, f), 'utf8')).join('\n');
    expect(text.match(/^\s?Q ?[—–]/gm)!.length).toBe(58);
    const resumed = raw.turns.filter((t) => t.kind === 'question' && /^[—–]/.test(t.paragraphs[0]!));
    expect(resumed.length).toBe(355);
    const fire = corpus.passages.find((p) => p.text.startsWith('— fire people for disrespecting'))!;
    expect([fire.kind, fire.speakerId]).toEqual(['question', null]);
  });

  it('links every answer to the start of a real question: no question tail, no courtesy', () => {
    const byId = new Map(corpus.passages.map((p) => [p.id, p]));
    const inDoc = (p: PassageRecord, k: number) => corpus.passages[p.n + k]?.documentId === p.documentId ? corpus.passages[p.n + k] : undefined;
    const answers = corpus.passages.filter((p) => p.question);
    const tails = answers.filter((a) => {
      const q = byId.get(a.question!)!;
      const before = inDoc(q, -1);
      return /^[—–-]/.test(q.text) || (before?.kind === 'question' && before.speakerId === q.speakerId);
    });
    // The question's whole turn: it, the asker's paragraphs right after it, and the asker's
    // resumptions with a dash after an interruption ("Q — fire people for ...").
    const turnText = (q: PassageRecord) => {
      let text = q.text;
      let k = 1;
      for (let next = inDoc(q, k); next?.kind === 'question' && next.speakerId === q.speakerId; next = inDoc(q, ++k)) text += ` ${next.text}`;
      for (let next = inDoc(q, k); next && k < 12; next = inDoc(q, ++k)) {
        if (next.kind !== 'question') continue;
        if (next.speakerId !== q.speakerId || !/^[—–-]/.test(next.text)) break;
        text += ` ${next.text}`;
      }
      return text;
    };
    const courtesies = answers.filter((a) => {
      const text = turnText(byId.get(a.question!)!);
      return !text.includes('?') && text.split(/\s+/).length <= 6 && /^(?:thanks?|thank you|yeah|yes|okay|ok|go ahead|all right|great|sure|got it)\b/i.test(text);
    });
    expect(answers.length).toBe(ANSWERS);
    expect(tails.map((a) => byId.get(a.question!)!.text.slice(0, 50))).toEqual([]);
    expect(tails.length).toBe(0);
    expect(courtesies.map((a) => [byId.get(a.question!)!.text.slice(0, 30), a.text.slice(0, 30)])).toEqual([]);
    expect(courtesies.length).toBe(0);
    const rafah = corpus.passages.filter((p) => p.speakerId === 'john-kirby' && p.question && /Rafah/.test(p.text));
    const asks = (text: string) => text.includes('?') || text.split(/\s+/).length > 6;
    expect(rafah.length).toBe(RAFAH);
    expect(rafah.filter((p) => !asks(turnText(byId.get(p.question!)!))).map((p) => p.text.slice(0, 60))).toEqual([]);
  });

  it('makes no stage direction, clock time or end mark a passage', () => {
    const texts = new Set(corpus.passages.map((p) => p.text.replace(/\s+/g, ' ').trim()));
    expect(raw.furniture.filter((f) => texts.has(f.text))).toEqual([]);
    expect(raw.furniture.length).toBe(162);
  });

  it('/api/speakers names nobody by honorific alone whom the documents name in full', async () => {
    const { speakers } = (await (await app.request('/api/speakers')).json()) as { speakers: { id: string; name: string; type: string }[] };
    const text = readdirSync(DIR).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(DIR, f), 'utf8')).join('\n');
    const honorificOnly = speakers.filter((s) => /^(?:Mr|Ms|Mrs|Dr|Chair|Secretary|Ambassador|Administrator)\.? \S+(?: \S+)?$/.test(s.name));
    const namedInFull = honorificOnly.filter((s) => {
      const surname = s.name.split(' ').slice(1).join(' ');
      return new RegExp(`(?<!Mr\\.|Ms\\.|Mrs\\.|Chair|Secretary|Ambassador|Administrator|Mayor|Director) [A-Z][a-z]+ ${surname}\\b`).test(text);
    });
    expect(namedInFull.map((s) => s.name)).toEqual([]);
    expect(honorificOnly.map((s) => s.name).sort()).toEqual(['Mr. Fernández Hernández', 'Mr. Kikukawa', 'Mr. Maia Silva', 'Mr. Michel']);
  });

  it('/api/speakers keeps anonymous roles one per document, named by the call', async () => {
    const { speakers } = (await (await app.request('/api/speakers')).json()) as { speakers: { id: string; name: string; type: string }[] };
    const generic = speakers.filter((s) => s.type === 'generic');
    const docsOf = (id: string) => new Set(corpus.passages.filter((p) => p.speakerId === id).map((p) => p.documentId));
    expect(generic.filter((s) => docsOf(s.id).size !== 1).map((s) => s.name)).toEqual([]);
    expect(generic.filter((s) => s.name.startsWith('Senior Administration Official')).length).toBe(15);
    expect(generic.map((s) => s.name)).toContain('Senior Administration Official, call of 11 April 2024');
    expect(speakers.filter((s) => Object.values(ROLES).includes(s.name))).toEqual([]);
  });
});
