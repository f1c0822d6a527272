// npm run bench:relevance -- --collection <dir> [--collection <dir> ...]
// Relevance on a test collection in BEIR's layout (corpus.jsonl, queries.jsonl, qrels.tsv; see
// ../shared/relevance/README.md): writes the documents as a JSONL corpus, builds Verbatim's index
// with the real pipeline (read, parse, index, save, load), runs every query through search() with
// match=any and with the default, and runs SQLite FTS5 bm25 in the same process by the method of
// ../shared/relevance/fts5_reference.py (title and text columns, porter unicode61, the query's
// words of 2+ characters quoted and joined with OR). Prints nDCG@10 (gain = qrels score, log2
// discount) and recall@100 per engine. The collections are read where they are, never copied
// into the repository; the corpus and index go to a temporary folder.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { buildIndex } from '../src/indexing/build-index.ts';
import { loadIndex } from '../src/indexing/load-index.ts';
import { searchParamsSchema } from '../src/search/params.ts';
import { QueryError } from '../src/search/query-error.ts';
import { search } from '../src/search/search.ts';

const { values } = parseArgs({
  options: {
    collection: { type: 'string', multiple: true },
  },
});
if (!values.collection?.length) {
  process.stderr.write('usage: npm run bench:relevance -- --collection <dir> [--collection <dir> ...]\n');
  process.exit(2);
}

const docSchema = z.object({ _id: z.string(), title: z.string(), text: z.string() });
const querySchema = z.object({ _id: z.string(), text: z.string() });

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]!.message}`);
      return parsed.data;
    });
}

/** query id -> document id -> graded relevance. */
function readQrels(file: string): Map<string, Map<string, number>> {
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n');
  if (header !== 'query-id\tcorpus-id\tscore') throw new Error(`${file}:1: expected the header query-id<TAB>corpus-id<TAB>score`);
  const qrels = new Map<string, Map<string, number>>();
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const [q, d, s] = line.split('\t');
    if (q === undefined || d === undefined || s === undefined || !/^-?\d+$/.test(s)) throw new Error(`${file}:${i + 2}: expected query-id, corpus-id and an integer score`);
    const judged = qrels.get(q) ?? new Map<string, number>();
    judged.set(d, Number(s));
    qrels.set(q, judged);
  });
  return qrels;
}

const dcg = (gains: number[]) => gains.reduce((sum, g, i) => (g > 0 ? sum + g / Math.log2(i + 2) : sum), 0);

/** nDCG@10 and recall@100 of one ranking (document ids, best first). */
function measure(ranked: string[], judged: Map<string, number>): { ndcg: number; recall: number } {
  const ideal = dcg([...judged.values()].sort((a, b) => b - a).slice(0, 10));
  const relevant = [...judged.values()].filter((g) => g > 0).length;
  const found = ranked.slice(0, 100).filter((d) => (judged.get(d) ?? 0) > 0).length;
  return { ndcg: dcg(ranked.slice(0, 10).map((d) => judged.get(d) ?? 0)) / ideal, recall: found / relevant };
}

interface Figures {
  ndcg: number;
  recall: number;
  /** Queries answered with an error (a 400), scored 0. */
  errors: number;
  ms: number;
}

function mean(rows: { ndcg: number; recall: number }[], errors: number, ms: number): Figures {
  const avg = (k: 'ndcg' | 'recall') => rows.reduce((s, r) => s + r[k], 0) / rows.length;
  return { ndcg: avg('ndcg'), recall: avg('recall'), errors, ms };
}

const WORD = /[\p{L}\p{N}\p{M}\p{Pc}]+/gu;

async function evaluate(dir: string) {
  for (const file of ['corpus.jsonl', 'queries.jsonl', 'qrels.tsv']) {
    if (!existsSync(join(dir, file))) throw new Error(`${dir} is not a test collection: it has no ${file} (see ../shared/relevance/README.md)`);
  }
  const docs = readJsonl(join(dir, 'corpus.jsonl'), docSchema);
  const queries = readJsonl(join(dir, 'queries.jsonl'), querySchema);
  const qrels = readQrels(join(dir, 'qrels.tsv'));
  // As fts5_reference.py: only queries with a positive judgment count.
  const judgedQueries = queries.filter((q) => [...(qrels.get(q._id)?.values() ?? [])].some((g) => g > 0));

  // Verbatim: one JSONL line per document (its text one passage, its title the document's).
  const work = mkdtempSync(join(tmpdir(), 'verbatim-relevance-'));
  const corpusDir = join(work, 'corpus');
  const indexDir = join(work, 'index');
  mkdirSync(corpusDir, { recursive: true });
  writeFileSync(
    join(corpusDir, `${basename(resolve(dir))}.jsonl`),
    docs.map((d) => JSON.stringify({ document: d._id, title: d.title || null, url: `doc:${d._id}`, text: d.text.trim() || d.title || '-' })).join('\n') + '\n',
  );
  await buildIndex(corpusDir, indexDir);
  const { index } = await loadIndex(indexDir);
  const docOf = (url: string | null) => (url ?? '').slice('doc:'.length);

  const verbatim = (match: 'all' | 'any'): Figures => {
    const rows: { ndcg: number; recall: number }[] = [];
    let errors = 0;
    const started = performance.now();
    for (const q of judgedQueries) {
      let ranked: string[] = [];
      try {
        const params = searchParamsSchema.safeParse({ q: q.text, match, limit: 100 });
        if (!params.success) throw new QueryError('q', params.error.issues[0]!.message);
        const r = search(index, params.data);
        const seen = new Set<string>();
        // A document is ranked where its best passage is.
        for (const h of r.hits) if (!seen.has(h.document.url!)) seen.add(h.document.url!);
        ranked = [...seen].map(docOf);
      } catch (e) {
        // A query the API would answer with a 400 scores 0; anything else is a bug.
        if (!(e instanceof QueryError)) throw e;
        errors++;
      }
      rows.push(measure(ranked, qrels.get(q._id)!));
    }
    return mean(rows, errors, performance.now() - started);
  };

  const fts5 = (): Figures => {
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE docs USING fts5(title, text, tokenize='porter unicode61')`);
    const insert = db.prepare('INSERT INTO docs(rowid, title, text) VALUES (?, ?, ?)');
    db.transaction(() => docs.forEach((d, i) => insert.run(i + 1, d.title, d.text)))();
    const select = db.prepare('SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs), rowid LIMIT 100');
    const rows: { ndcg: number; recall: number }[] = [];
    const started = performance.now();
    for (const q of judgedQueries) {
      const words = (q.text.match(WORD) ?? []).filter((w) => w.length >= 2);
      const expression = words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' OR ');
      const ranked = expression ? (select.all(expression) as { rowid: number }[]).map((r) => docs[r.rowid - 1]!._id) : [];
      rows.push(measure(ranked, qrels.get(q._id)!));
    }
    const figures = mean(rows, 0, performance.now() - started);
    db.close();
    return figures;
  };

  const result = { any: verbatim('any'), all: verbatim('all'), fts5: fts5(), queries: judgedQueries.length, docs: docs.length };
  rmSync(work, { recursive: true, force: true });
  return result;
}

const f = (x: number) => x.toFixed(4);
console.log(`relevance: nDCG@10 / recall@100 (load average ${loadavg()[0]!.toFixed(2)})`);
console.log('| collection | queries | Verbatim match=any | Verbatim default | FTS5 bm25 | any / FTS5 | default / FTS5 |');
console.log('|---|---:|---|---|---|---:|---:|');
for (const dir of values.collection) {
  const r = await evaluate(dir);
  const cell = (x: Figures) => `${f(x.ndcg)} / ${f(x.recall)}${x.errors ? ` (${x.errors} errors)` : ''}`;
  console.log(`| ${basename(resolve(dir))} | ${r.queries} | ${cell(r.any)} | ${cell(r.all)} | ${cell(r.fts5)} | ${(r.any.ndcg / r.fts5.ndcg).toFixed(3)} | ${(r.all.ndcg / r.fts5.ndcg).toFixed(3)} |`);
}
