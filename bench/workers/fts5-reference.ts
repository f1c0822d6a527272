// Worker: SQLite FTS5 (better-sqlite3) as a reference, in a database file. Porter stemming like
// Verbatim; a page is the top 20 by bm25 with a snippet, and a second statement counts the total
// and the speaker and year facets, as Verbatim returns them. FTS5 has no fuzzy matching: the typo
// is searched as typed. args: <corpusDir> <mixFile> <rounds> <dbFile>
import { readFileSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { BenchQuery } from '../query-mix.ts';
import { report, rssMB, timeMix } from '../stats.ts';
import { referencePassages } from './reference-passages.ts';

const [corpusDir, mixFile, rounds, dbFile] = process.argv.slice(2) as [string, string, string, string];
const mix = JSON.parse(readFileSync(mixFile, 'utf8')) as BenchQuery[];
const passages = await referencePassages(corpusDir);

rmSync(dbFile, { force: true });
let db = new Database(dbFile);
let started = performance.now();
db.exec(`CREATE VIRTUAL TABLE p USING fts5(text, speaker UNINDEXED, date UNINDEXED, tokenize = 'porter unicode61')`);
const insert = db.prepare('INSERT INTO p(rowid, text, speaker, date) VALUES (?, ?, ?, ?)');
db.transaction(() => passages.text.forEach((text, i) => insert.run(i, text, passages.speaker[i], passages.date[i])))();
db.exec(`INSERT INTO p(p) VALUES('optimize')`);
db.close();
const buildSeconds = (performance.now() - started) / 1000;
const sizeMB = Math.round(statSync(dbFile).size / 1e5) / 10;

started = performance.now();
db = new Database(dbFile, { readonly: true });
const quote = (w: string) => `"${w.replace(/"/g, '""')}"`;
function matchExpression(q: BenchQuery): string {
  if (q.phrase) return quote(q.terms.join(' '));
  return q.terms.map((w, i) => (q.prefix && i === q.terms.length - 1 ? `${quote(w)}*` : quote(w))).join(' ');
}
const statements = new Map<string, { page: Database.Statement; facets: Database.Statement }>();
function prepared(q: BenchQuery) {
  const where = `p MATCH ?${q.speaker ? ' AND speaker = ?' : ''}${q.from ? ' AND date BETWEEN ? AND ?' : ''}`;
  let s = statements.get(where);
  if (!s) {
    s = {
      page: db.prepare(`SELECT rowid, bm25(p) AS score, snippet(p, 0, '[', ']', '…', 12) AS snippet FROM p WHERE ${where} ORDER BY score LIMIT 20`),
      facets: db.prepare(`SELECT speaker, substr(date, 1, 4) AS year, count(*) AS n FROM p WHERE ${where} GROUP BY speaker, year`),
    };
    statements.set(where, s);
  }
  return s;
}
prepared(mix[0]!).page.all(matchExpression(mix[0]!));
const loadSeconds = (performance.now() - started) / 1000;

function run(q: BenchQuery): number {
  const args: string[] = [matchExpression(q)];
  if (q.speaker) args.push(q.speaker);
  if (q.from) args.push(q.from, q.to!);
  const s = prepared(q);
  s.page.all(...args);
  let total = 0;
  const speakers = new Map<string | null, number>();
  const years = new Map<string, number>();
  for (const row of s.facets.all(...args) as { speaker: string | null; year: string; n: number }[]) {
    total += row.n;
    speakers.set(row.speaker, (speakers.get(row.speaker) ?? 0) + row.n);
    years.set(row.year, (years.get(row.year) ?? 0) + row.n);
  }
  return total;
}

const { times, totals } = timeMix(mix, Number(rounds), run);
report({ passages: passages.text.length, buildSeconds, sizeMB, loadSeconds, rssAfterLoadMB: rssMB(), times, totals });
db.close();
