// The seed corpus against ../shared/gold (copied to tests/fixtures/gold): every passage's
// speaker, kind, start and stated role, and every document's metadata.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import type { Corpus } from '../../src/indexing/records.ts';
import { FIXTURES, SEED_CORPUS } from '../helpers.ts';

interface GoldPassage {
  speaker: string | null;
  accept?: (string | null)[];
  role?: string;
  kind: string;
  starts: string;
}
interface GoldDocument {
  file: string;
  title: string | null;
  source: string | null;
  date: string | null;
  url: string | null;
  sameEventAs?: string;
  passages: GoldPassage[];
}
const gold = JSON.parse(readFileSync(join(FIXTURES, 'gold', 'seed-passages.json'), 'utf8')) as { documents: GoldDocument[] };

let corpus: Corpus;
beforeAll(async () => {
  corpus = (await buildCorpus(SEED_CORPUS)).corpus;
});

const docOf = (file: string) => corpus.documents.find((d) => d.file === file)!;
const speakerName = (id: string | null) => (id ? corpus.speakers.find((s) => s.id === id)!.name : null);

describe('seed corpus against the gold attribution', () => {
  it('finds exactly the gold passages, 52 of 52 correct', () => {
    let correct = 0;
    const wrong: string[] = [];
    for (const g of gold.documents) {
      const doc = docOf(g.file);
      const passages = doc.passageIds.map((id) => corpus.passages.find((p) => p.id === id)!);
      expect(passages.length, g.file).toBe(g.passages.length);
      g.passages.forEach((gp, i) => {
        const p = passages[i]!;
        const speaker = speakerName(p.speakerId);
        const ok =
          p.text.startsWith(gp.starts) &&
          (speaker === gp.speaker || (gp.accept ?? []).includes(speaker)) &&
          p.kind === gp.kind &&
          (gp.role === undefined || p.role === gp.role);
        if (ok) correct++;
        else wrong.push(`${g.file}#${i}: want ${gp.speaker}/${gp.kind}/${gp.role ?? '-'} "${gp.starts}", got ${speaker}/${p.kind}/${p.role} "${p.text.slice(0, 50)}"`);
      });
    }
    expect(wrong).toEqual([]);
    expect(correct).toBe(52);
  });

  it.each(gold.documents.map((g) => [g.file, g] as const))('states the metadata of %s', (file, g) => {
    const doc = docOf(file);
    expect({ title: doc.title, source: doc.source, date: doc.date, url: doc.url }).toEqual({ title: g.title, source: g.source, date: g.date, url: g.url });
  });

  it('gives the two pages of the 24 May 2024 conference one event id, and others their own', () => {
    const [a, b] = [docOf('000_5678f32b8970856a.txt'), docOf('001_42967883019c18a2.txt')];
    expect(a.eventId).toBe(b.eventId);
    expect(new Set(corpus.documents.map((d) => d.eventId)).size).toBe(4);
  });

  it('resolves one canonical speaker across documents: Wang Zhengpu in the conference and the article', () => {
    const wang = corpus.speakers.find((s) => s.name === 'Wang Zhengpu')!;
    const files = new Set(corpus.passages.filter((p) => p.speakerId === wang.id).map((p) => docOf(corpus.documents.find((d) => d.id === p.documentId)!.file).file));
    expect(wang.id).toBe('wang-zhengpu');
    expect([...files].sort()).toEqual(['000_5678f32b8970856a.txt', '001_42967883019c18a2.txt', '003_c3fb4eb98648da7d.txt']);
    expect(wang.roles).toEqual([{ role: 'governor of Hebei and another NPC deputy', documentId: docOf('003_c3fb4eb98648da7d.txt').id, date: '2025-03-06' }]);
    expect(wang.labels).toEqual(['Wang Zhengpu']);
  });

  it('links answers to the question before them, across the moderator hand-over', () => {
    const doc = docOf('000_5678f32b8970856a.txt');
    const [question, handOver, answer] = doc.passageIds.slice(0, 3).map((id) => corpus.passages.find((p) => p.id === id)!);
    expect(question!.kind).toBe('question');
    expect(handOver!.question).toBe(question!.id);
    expect(answer!.question).toBe(question!.id);
    expect(question!.answers).toEqual(doc.passageIds.slice(1));
  });

  it('records how each passage was attributed', () => {
    const byMethod = new Map<string, number>();
    for (const p of corpus.passages) byMethod.set(p.attribution, (byMethod.get(p.attribution) ?? 0) + 1);
    // 003's quotes: 5 "according to", 3 "said" (Ni said, said Wang Zhengpu, Wang said), 4 pronouns (he said, He added x2, he said).
    expect(Object.fromEntries(byMethod)).toEqual({ label: 11, continuation: 22, none: 7, pronoun: 4, 'according-to': 5, 'quote-said': 3 });
  });
});
