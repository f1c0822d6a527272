// The indexer on 30 whole saved pages of en.kremlin.ru, each as .html and as a w3m text dump
// (tests/fixtures/kremlin-en): menus and a footer before the article, captions printed twice,
// "See also", tags and share widgets after it, office-prefixed bold labels, "Question:" and
// "Remark:" from the floor. The truth comes from kremlin-oracle.ts, a plain scan of the raw
// .html files by the label rule of SOURCE.md, never from the product's parser.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import type { Corpus, PassageRecord } from '../../src/indexing/records.ts';
import { FIXTURES } from '../helpers.ts';
import { scanKremlin, type OracleParagraph } from './kremlin-oracle.ts';

const DIR = join(FIXTURES, 'kremlin-en');
const oracle = scanKremlin(DIR);
/** Text compared without punctuation, case or spacing: the .txt dump prints "14^th" for "14th". */
const fold = (t: string) => t.normalize('NFKC').toLowerCase().replace(/\^/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
const key = (t: string) => fold(t).slice(0, 80);

let corpus: Corpus;
beforeAll(async () => {
  corpus = (await buildCorpus(DIR, {}, { parseWorkers: 0 })).corpus;
}, 120_000);

interface Figures {
  turns: number;
  turnsRight: number;
  continuations: number;
  continuationsRight: number;
  /** Passages whose text is in no paragraph of the article: page furniture served as speech. */
  furniture: string[];
  /** Anonymous questions ("Question:", "Remark:") served with a named speaker. */
  reportersAsOfficials: number;
  misses: string[];
}

function figures(ext: '.html' | '.txt'): Figures {
  const names = new Map(corpus.speakers.map((s) => [s.id, s.name]));
  // An anonymous role is one speaker per document, named with it ("Audience, document of 14 March 2018"): the role is the speaker.
  const speakerOf = (p: PassageRecord) => (p.speakerId ? names.get(p.speakerId)!.replace(/, (?:call|document) of .+$/, '') : null);
  const f: Figures = { turns: 0, turnsRight: 0, continuations: 0, continuationsRight: 0, furniture: [], reportersAsOfficials: 0, misses: [] };
  for (const doc of corpus.documents.filter((d) => d.file.endsWith(ext))) {
    const page = doc.file.replace(ext, '.html');
    const expected = oracle.paragraphs.filter((p) => p.file === page);
    const article = expected.map((p) => fold(p.whole)).join('|');
    const passages = corpus.passages.filter((p) => p.documentId === doc.id);
    const byKey = new Map<string, PassageRecord[]>();
    for (const p of passages) byKey.set(key(p.text), [...(byKey.get(key(p.text)) ?? []), p]);
    for (const p of passages) if (!key(p.text) || !article.includes(key(p.text))) f.furniture.push(`${doc.file}: ${p.text.slice(0, 60)}`);
    for (const o of expected) {
      const found = byKey.get(key(o.text)) ?? [];
      const right = found.some((p) => speakerOf(p) === o.speaker && p.kind === o.passageKind);
      if (o.kind === 'turn') {
        f.turns++;
        if (right) f.turnsRight++;
        else f.misses.push(`${doc.file}: ${o.label}: ${o.text.slice(0, 40)} -> ${found.length ? found.map((p) => `${speakerOf(p)}/${p.kind}`).join(', ') : 'no passage'}`);
        // Judged on the passages with its text: another paragraph may say the same words ("Thank you.").
        if (!right && o.speaker === null && o.passageKind === 'question' && found.some((p) => p.speakerId !== null)) f.reportersAsOfficials++;
      } else {
        f.continuations++;
        if (right) f.continuationsRight++;
      }
    }
  }
  return f;
}

describe('kremlin-en oracle (SOURCE.md label rule)', () => {
  it('reads the pages as SOURCE.md counts them (with the scan notes of kremlin-oracle.ts)', () => {
    const count = (kind: OracleParagraph['kind']) => oracle.paragraphs.filter((p) => p.kind === kind).length;
    expect([count('turn'), count('continuation'), count('narration'), oracle.sectionBreaks, oracle.headings]).toEqual([1295, 1557, 25, 10, 4]);
    expect(oracle.paragraphs.filter((p) => p.kind === 'turn' && p.passageKind === 'question').length).toBe(170);
  });

  it('indexes all 60 pages with the title, date and URL they state', () => {
    expect(corpus.documents).toHaveLength(60);
    for (const ext of ['.html', '.txt']) {
      const docs = corpus.documents.filter((d) => d.file.endsWith(ext));
      expect(docs.map((d) => [d.file.slice(0, 5), d.title, d.date])).toEqual(TITLES.map(([id, title, date]) => [id, title, date]));
    }
    expect(corpus.documents.filter((d) => d.file.endsWith('.html')).every((d) => d.url === `http://en.kremlin.ru/events/president/news/${d.file.slice(0, 5)}`)).toBe(true);
  });

  it('serves the labelled turns of the .html pages on the right speaker and kind', () => {
    const f = figures('.html');
    expect([f.turnsRight, f.turns]).toEqual([1291, 1295]);
    expect(f.turnsRight / f.turns).toBeGreaterThanOrEqual(0.99);
    expect(f.reportersAsOfficials).toBe(0);
    expect([f.continuationsRight, f.continuations]).toEqual([1542, 1582]);
    expect(f.misses).toEqual(HTML_MISSES);
  });

  it('serves the labelled turns of the .txt dumps on the right speaker and kind', () => {
    const f = figures('.txt');
    expect([f.turnsRight, f.turns]).toEqual([1291, 1295]);
    expect(f.reportersAsOfficials).toBe(0);
    expect([f.continuationsRight, f.continuations]).toEqual([1542, 1582]);
  });

  it('serves no page furniture as a passage', () => {
    expect(figures('.html').furniture).toEqual([]);
    expect(figures('.txt').furniture).toEqual([]);
  });
});

/** Turns no label rule can read: a bold name with a full stop or nothing after it, where a colon belongs. */
const HTML_MISSES: string[] = [
  '56952.html: Sebastian Kurz: Thank you very much for your question. -> no passage',
  '57027.html: Megyn Kelly: With this? -> no passage',
  '57027.html: Megyn Kelly: I do. -> no passage',
  '57027.html: Megyn Kelly: Vladimir Putin could not order an invest -> no passage',
];

const TITLES: [string, string, string][] = [
  ['17767', 'Conference of the Russian Popular Front', '2013-03-29'],
  ['47104', 'Interview to Anadolu Agency', '2014-11-28'],
  ['51482', 'Meeting with Agriculture Minister Alexander Tkachev', '2016-03-09'],
  ['52834', 'Answers to journalists’ questions', '2016-09-05'],
  ['52843', 'Meeting with Government members', '2016-09-07'],
  ['52921', 'Meeting with workers of the Kalashnikov Concern', '2016-09-20'],
  ['54155', 'Meeting with employees of Russian Arctic National Park', '2017-03-29'],
  ['54499', 'Replies to journalists’ questions', '2017-05-15'],
  ['54850', 'Meeting with Government members', '2017-06-22'],
  ['55017', 'News conference following the G20 Summit', '2017-07-08'],
  ['55882', 'Meeting of the Valdai International Discussion Club', '2017-10-19'],
  ['55919', 'Meeting with Federal Customs Service Head Vladimir Bulavin', '2017-10-25'],
  ['56028', 'The President visited the Chelyabinsk Compressor Plant', '2017-11-09'],
  ['56337', 'Visit to Yamal LNG plant', '2017-12-08'],
  ['56814', 'Meeting on preparations for the 2019 Winter Universiade', '2018-02-07'],
  ['56952', 'Joint news conference with Federal Chancellor of Austria Sebastian Kurz', '2018-02-28'],
  ['56991', 'Russian Working Youth Forum', '2018-03-06'],
  ['57027', 'Interview to American TV channel NBC', '2018-03-10'],
  ['57057', 'Inspection of Crimean Bridge completed part', '2018-03-14'],
  ['57252', 'Meeting with Volgograd Region Governor Andrei Bocharov', '2018-04-13'],
  ['57693', 'Answers to journalists’ questions following Direct Line', '2018-06-07'],
  ['60205', 'Meeting with VEB.RF Chairman Igor Shuvalov', '2019-04-02'],
  ['60396', 'News conference following working visit to China', '2019-04-27'],
  ['60506', 'Conversation with employees of Gorbunov Kazan Aviation Plant', '2019-05-13'],
  ['60836', 'Interview with The Financial Times', '2019-06-27'],
  ['62047', 'Vladimir Putin answered Russian journalists’ questions', '2019-11-14'],
  ['62867', 'Brain drain and Silicon Valley (interview to TASS)', '2020-02-27'],
  ['63033', 'Meeting with Acting Governor of Sevastopol Mikhail Razvozhayev', '2020-03-19'],
  ['63034', 'On public sentiment and post-2024 plans (TASS interview)', '2020-03-19'],
  ['63173', 'Meeting on coronavirus pandemic development and preventive measures', '2020-04-07'],
];
