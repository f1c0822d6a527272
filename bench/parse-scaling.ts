// npx tsx bench/parse-scaling.ts [--sizes 1,2,4,8] [--rounds 3] [--shapes briefing,jsonl] [--parsers parseText] [--all]
// Shows whether each corpus parser runs in time linear in a document's size, on ordinary and on
// adversarial documents. Each shape is built at each size and parsed by the parsers that would
// read such a file (--all: by every parser), best of --rounds; the growth ratio
// (time at largest / time at smallest) / (largest size / smallest size) is near 1 when linear, and
// rows above 1.5 are flagged SUPERLINEAR, as are rows cut short: parses run in a child process,
// and one over 20 s (or a size predicted to take longer) ends its row. A "MB" here is 2^20
// characters of the JavaScript string. Figures only, like the rest of bench/: it exits 0 whatever
// it finds, and writes bench/out/parse-scaling.json.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseHtml } from '../src/parse/parse-html.ts';
import { parseJsonl } from '../src/parse/parse-jsonl.ts';
import { parseMarkdown } from '../src/parse/parse-markdown.ts';
import { parseSubtitles } from '../src/parse/parse-subtitles.ts';
import { parseText } from '../src/parse/parse-text.ts';
import { generateCorpus } from './generate-corpus.ts';
import { intBetween, mulberry32 } from './prng.ts';

const MB = 2 ** 20;
/** A parse taking longer is stopped, and a size predicted to take longer is skipped: either ends the row, flagged. */
const CAP_MS = 20_000;
/** A size is parsed again (up to --rounds) only while its rounds so far took less: beyond, noise is small beside the time. */
const REPEAT_BUDGET_MS = 1_000;
/** The warm-up parses, as fractions of the smallest size: they also predict whether that size fits under CAP_MS. */
const PROBES = [1 / 16, 1 / 8];
/** Below this at the largest size, timer and GC noise outweigh growth; such rows are never flagged. */
const NOISE_FLOOR_MS = 20;
/** Growth ratios above this are flagged. */
const SUPERLINEAR = 1.5;

const BENCH = dirname(fileURLToPath(import.meta.url));
const OUT = join(BENCH, 'out', 'parse-scaling.json');

/** Each parser as the benchmark calls it: text in, number of passages out. */
const PARSERS: Record<string, (text: string) => number> = {
  parseText: (text) => parseText(text).passages.length,
  parseMarkdown: (text) => parseMarkdown(text).passages.length,
  parseHtml: (text) => parseHtml(text).passages.length,
  parseSubtitles: (text) => parseSubtitles(text).passages.length,
  parseJsonl: (text) => parseJsonl(text, 'bench.jsonl').documents.reduce((n, d) => n + d.passages.length, 0),
};

interface Shape {
  name: string;
  /** A document of this shape, `chars` characters long. */
  build: (chars: number) => string;
  /** The parsers that would read a file of this shape (--all runs every parser). */
  parsers: string[];
}

// ---- Building documents ----

/** Pieces from `next` joined until the text is `chars` long (the last piece cut). */
function repeatTo(chars: number, next: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const piece = next(i);
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, chars);
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const WORDS = ['the', 'mills', 'will', 'reopen', 'next', 'year', 'and', 'workers', 'expect', 'higher', 'wages', 'after', 'talks', 'with', 'the', 'ministry', 'on', 'steel', 'exports', 'to', 'neighbouring', 'markets'];

/** A sentence of `min`-`max` plain English words, capitalised, without its full stop. */
function sentence(random: () => number, min = 6, max = 18): string {
  const words = Array.from({ length: intBetween(random, min, max) }, () => pick(random, WORDS));
  return words.join(' ').replace(/^./, (c) => c.toUpperCase());
}

const briefings = new Map<number, string>();

/** One long Markdown briefing (made once per size: two shapes use it). */
function briefing(chars: number): string {
  if (!briefings.has(chars)) briefings.set(chars, generateBriefing(chars));
  return briefings.get(chars)!;
}

/** The generator's first file whole, then the turns of the files after it. */
function generateBriefing(chars: number): string {
  const files = generateCorpus({ passages: Math.ceil(chars / 300) + 100 });
  return repeatTo(chars, (i) => {
    const next = files.next();
    if (next.done) throw new Error(`the generator ran out before ${chars} characters`);
    return i === 0 ? next.value.text : next.value.text.replace(/^---\n[\s\S]*?\n---\n/, '');
  });
}

/** A text's paragraphs as a web page's <p> elements, cut to `chars`. */
function asHtml(text: string, chars: number): string {
  const paragraphs = text.split(/\n\n+/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>\n`);
  return `<!doctype html><html><head><title>Press Briefing</title></head><body>\n${paragraphs.join('')}`.slice(0, chars);
}

/** Labelled paragraphs whose words come from Latin, Han and Arabic scripts in turn. */
function mixedScripts(chars: number): string {
  const random = mulberry32(3);
  const scripts = [
    ['trade', 'talks', 'steel', 'minister', 'market', 'river', 'reopen', 'said'],
    ['我们', '将', '推动', '发展', '经济', '合作', '会议', '人民'],
    ['مرحبا', 'الوزير', 'قال', 'إن', 'المحادثات', 'السوق', 'اليوم', 'التعاون'],
  ];
  const labels = ['王毅：', 'Wang Yi:', 'وزير الخارجية:', 'Q:', '记者：'];
  return repeatTo(chars, () => {
    const words = Array.from({ length: intBetween(random, 15, 40) }, () => pick(random, pick(random, scripts)));
    return `${pick(random, labels)} ${words.join(' ')}${pick(random, ['。', '.', '؟'])}\n\n`;
  });
}

/** A new full name: syllables make names without end, so a long article names ever more people. */
function newName(random: () => number): { full: string; surname: string } {
  const syllables = ['li', 'wang', 'zhe', 'ming', 'xu', 'an', 'ko', 'ra', 'ta', 'mi', 'su', 'lo', 've', 'na', 'dor', 'han', 'jun', 'pe', 'ri', 'sa'];
  const word = () => (pick(random, syllables) + pick(random, syllables)).replace(/^./, (c) => c.toUpperCase());
  const surname = word();
  return { full: `${word()} ${surname}`, surname };
}

/** News prose full of attributions: "...," said X, a role. / "...," he said. / According to X, ... / X added that ... */
function saidProse(chars: number): string {
  const random = mulberry32(5);
  const roles = ['a deputy to the provincial congress', 'governor of the province', 'director of the steel works', 'an economist at the university'];
  let known = newName(random);
  return repeatTo(chars, () => {
    if (random() < 0.5) known = newName(random);
    const other = newName(random);
    return [
      `"${sentence(random)}," said ${known.full}, ${pick(random, roles)}.`,
      `"${sentence(random)}," he said.`,
      `According to ${known.surname}, ${sentence(random).toLowerCase()}.`,
      `${other.full} added that ${sentence(random).toLowerCase()}.\n\n`,
    ].join(' ');
  });
}

/** Random bytes read as UTF-8, as a mis-named binary file would be. */
function randomBytes(chars: number): string {
  const random = mulberry32(7);
  const decoder = new TextDecoder('utf-8');
  return repeatTo(chars, () => decoder.decode(Uint8Array.from({ length: 65_536 }, () => Math.floor(random() * 256)), { stream: true }));
}

/** A page whose blocks are never closed (ever deeper nesting), with stray closing tags. */
function unclosedHtml(chars: number): string {
  const random = mulberry32(11);
  const head = '<!doctype html><html><head><title>Briefing</title></head><body>\n';
  return head + repeatTo(chars - head.length, () => `<div><section><p>MR. KIRBY: ${sentence(random)}. <b><i>${sentence(random)}.</em></span><br>\n`);
}

/** WebVTT cue timing for second `s`: "00:01:02.000 --> 00:01:03.000". */
function cueTiming(s: number): string {
  const clock = (t: number) => `${String(Math.floor(t / 3600)).padStart(2, '0')}:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}.000`;
  return `${clock(s)} --> ${clock(s + 1)}`;
}

/** WebVTT cues with voice tags and full stops, the speaker changing every few cues. */
function subtitles(chars: number): string {
  const random = mulberry32(13);
  const speakers = ['Jane Roe', 'John Hale', 'Maria Smith'];
  return 'WEBVTT\n\n' + repeatTo(chars, (i) => `${i + 1}\n${cueTiming(i)}\n<v ${speakers[Math.floor(i / 5) % 3]}>${sentence(random)}.\n\n`);
}

/** WebVTT cues of one unnamed speaker that never end a sentence. */
function unpunctuatedSubtitles(chars: number): string {
  const random = mulberry32(17);
  return 'WEBVTT\n\n' + repeatTo(chars, (i) => `${i + 1}\n${cueTiming(i)}\n${sentence(random).toLowerCase()}\n\n`);
}

/** JSONL passages, already attributed, spread over 50 documents. */
function jsonlPassages(chars: number): string {
  const random = mulberry32(19);
  const speakers = ['Jane Roe', 'John Hale', 'Maria Smith', null];
  return repeatTo(chars, (i) => JSON.stringify({ document: `briefing-${i % 50}`, text: `${sentence(random, 20, 60)}.`, speaker: pick(random, speakers), date: '2024-05-06' }) + '\n');
}

/** The parsers that read any text as text: every plain-text shape could arrive as .txt, .md or .vtt. */
const FREE_TEXT = ['parseText', 'parseMarkdown', 'parseSubtitles'];
/**
 * Label-dense shapes parse at over 1 s per MB, so their .md reading (parseText under
 * stripMarkdown, lines joined) is left to --all to keep the default run near three minutes;
 * the briefing covers parseMarkdown on labelled turns.
 */
const LABEL_DENSE = ['parseText', 'parseSubtitles'];
/** Shapes any file can have, whatever its extension (a mis-named binary, one endless line). */
const EVERY = Object.keys(PARSERS);

const SHAPES: Shape[] = [
  { name: 'briefing', build: briefing, parsers: ['parseText', 'parseMarkdown'] },
  { name: 'briefing-html', build: (chars) => asHtml(briefing(chars), chars), parsers: ['parseHtml'] },
  { name: 'long-line', build: (chars) => repeatTo(chars, () => 'word '.repeat(10_000)), parsers: EVERY },
  { name: 'repeated-labels', build: (chars) => repeatTo(chars, () => 'MR. KIRBY:  Yes.\n\n'), parsers: LABEL_DENSE },
  { name: 'labels-only', build: (chars) => repeatTo(chars, () => 'Zhang Chengzhong:\nWang Zhengpu:\nXing Huina:\n'), parsers: LABEL_DENSE },
  { name: 'unbalanced-quotes', build: (chars) => repeatTo(chars, () => '"He said, "'), parsers: EVERY },
  { name: 'md-brackets', build: (chars) => repeatTo(chars, () => '[a]([[![b]('), parsers: ['parseText', 'parseMarkdown'] },
  { name: 'html-unclosed', build: unclosedHtml, parsers: ['parseHtml', 'parseMarkdown'] },
  { name: 'mixed-scripts', build: mixedScripts, parsers: FREE_TEXT },
  { name: 'said-prose', build: saidProse, parsers: FREE_TEXT },
  { name: 'random-bytes', build: randomBytes, parsers: EVERY },
  { name: 'vtt', build: subtitles, parsers: ['parseSubtitles'] },
  { name: 'vtt-unpunctuated', build: unpunctuatedSubtitles, parsers: ['parseSubtitles'] },
  { name: 'jsonl', build: jsonlPassages, parsers: ['parseJsonl'] },
];

// ---- Measuring ----

/** One timed size: `mb` of the shape, the best time, the passages it gave. */
interface Point {
  mb: number;
  ms: number;
  passages: number;
}

interface Row {
  shape: string;
  parser: string;
  /** Best time in ms by size in MB; sizes skipped or stopped at the cap are absent. */
  ms: Record<string, number>;
  /** The warm-up parses, timed once each, by size in MB. */
  probeMs: Record<string, number>;
  /** The size whose parse was stopped after CAP_MS, if one was. */
  stoppedAtMB: number | null;
  msPerMB: number;
  ratio: number | null;
  /** 'probes' when fewer than two sizes ran: the ratio then spans the warm-up parses too (a stopped size counting CAP_MS). */
  ratioFrom: 'sizes' | 'probes';
  passages: number;
  capped: boolean;
  superlinear: boolean;
  /** The parser's exception, when it threw instead of returning (the row then has no figures). */
  error?: string;
}

/** What the timing process is asked, and what it answers. */
interface TimingRequest {
  parser: string;
  text: string;
  mb: number;
  rounds: number;
}
type TimingAnswer = { point: Point } | { error: string };

/** The best of up to `rounds` parses; a size stops repeating once its rounds took REPEAT_BUDGET_MS. */
function timeParse({ parser, text, mb, rounds }: TimingRequest): Point {
  const parse = PARSERS[parser]!;
  let best = Infinity;
  let spent = 0;
  let passages = 0;
  for (let r = 0; r < rounds && spent < REPEAT_BUDGET_MS; r++) {
    const start = performance.now();
    passages = parse(text);
    const ms = performance.now() - start;
    best = Math.min(best, ms);
    spent += ms;
  }
  return { mb, ms: best, passages };
}

const firstLine = (err: unknown) => String(err instanceof Error ? err.message : err).split('\n')[0]!;

/** The child's side: says it is ready, then times each request it is sent. */
function serveTimings(): void {
  process.on('message', (request: TimingRequest) => {
    let answer: TimingAnswer;
    try {
      answer = { point: timeParse(request) };
    } catch (err) {
      answer = { error: firstLine(err) };
    }
    process.send!(answer);
  });
  process.send!('ready');
}

/**
 * Parses run in a child process (this file with --timing-child), so that a parse slower than
 * CAP_MS is stopped by killing the child: a quadratic or backtracking parser cannot hang the run.
 */
class TimingChild {
  private child!: ChildProcess;
  /** Settles once the child has loaded the parsers, so that loading is not timed against the cap. */
  private ready!: Promise<void>;

  constructor() {
    this.start();
  }

  private start(): void {
    const child = fork(fileURLToPath(import.meta.url), ['--timing-child'], { cwd: dirname(BENCH), execArgv: ['--import', 'tsx'], serialization: 'advanced' });
    this.child = child;
    this.ready = new Promise((resolve) => child.once('message', () => resolve()));
  }

  /** The parse's best time, or null when it was stopped at CAP_MS. Throws what the parser threw. */
  async time(request: TimingRequest): Promise<Point | null> {
    await this.ready;
    const child = this.child;
    const answer = await new Promise<TimingAnswer | null>((settle) => {
      const done = (answer: TimingAnswer | null) => {
        clearTimeout(timer);
        child.off('message', done);
        child.off('exit', exited);
        settle(answer);
      };
      const exited = (code: number | null, signal: string | null) => {
        done({ error: `the timing process exited with ${signal ?? `code ${code}`}` });
        this.restart();
      };
      // The repeats of a fast parse may add up to REPEAT_BUDGET_MS beyond the cap on one parse.
      const timer = setTimeout(() => {
        done(null);
        this.restart();
      }, CAP_MS + REPEAT_BUDGET_MS);
      child.on('message', done);
      child.on('exit', exited);
      child.send(request);
    });
    if (answer && 'error' in answer) throw new Error(answer.error);
    return answer?.point ?? null;
  }

  close(): void {
    this.child.kill();
  }

  private restart(): void {
    this.child.kill();
    this.start();
  }
}

/** What `mb` will take if time grows as it did between the last two points (never slower than linear). */
function predictMs(points: Point[], mb: number): number {
  const last = points[points.length - 1]!;
  const before = points[points.length - 2];
  const exponent = before ? Math.max(1, Math.log(last.ms / before.ms) / Math.log(last.mb / before.mb)) : 1;
  return last.ms * (mb / last.mb) ** exponent;
}

/** (time at the last point / time at the first) / (size at the last / size at the first): 1 is linear. */
function growthRatio(points: Point[]): number | null {
  const first = points[0];
  const last = points[points.length - 1];
  return first && last && points.length > 1 ? last.ms / first.ms / (last.mb / first.mb) : null;
}

/**
 * Times one parser on one shape at each size. The warm-up parses run on small prefixes (PROBES),
 * not on the smallest size, so that a parser quadratic on the shape is seen before a size takes
 * minutes; a size predicted or found to take over CAP_MS ends the row.
 */
async function measureRow(timer: TimingChild, shape: string, parser: string, inputs: string[], sizes: number[], rounds: number): Promise<Row> {
  const probes: Point[] = [];
  const measured: Point[] = [];
  let stoppedAtMB: number | null = null;
  const run = async (text: string, mb: number, times: number, into: Point[]) => {
    const point = await timer.time({ parser, text, mb, rounds: times });
    if (point) into.push(point);
    else stoppedAtMB = mb;
    return point !== null;
  };
  for (const f of PROBES) if (!(await run(inputs[0]!.slice(0, Math.round(sizes[0]! * f * MB)), sizes[0]! * f, 1, probes))) break;
  let capped = stoppedAtMB !== null;
  for (let i = 0; i < sizes.length && !capped; i++) {
    capped = predictMs([...probes, ...measured], sizes[i]!) > CAP_MS || !(await run(inputs[i]!, sizes[i]!, rounds, measured));
  }
  const ratioFrom = measured.length > 1 ? 'sizes' : 'probes';
  const stopped = stoppedAtMB === null ? [] : [{ mb: stoppedAtMB, ms: CAP_MS, passages: 0 }];
  const ratio = growthRatio(ratioFrom === 'sizes' ? measured : [...probes, ...measured, ...stopped]);
  const last = measured[measured.length - 1] ?? probes[probes.length - 1];
  return {
    shape,
    parser,
    ms: Object.fromEntries(measured.map((p) => [String(p.mb), round(p.ms)])),
    probeMs: Object.fromEntries(probes.map((p) => [String(p.mb), round(p.ms)])),
    stoppedAtMB,
    msPerMB: last ? round(last.ms / last.mb) : NaN,
    ratio: ratio === null ? null : round(ratio),
    ratioFrom,
    passages: last?.passages ?? 0,
    capped,
    superlinear: capped || (ratio !== null && ratio > SUPERLINEAR && (last?.ms ?? 0) >= NOISE_FLOOR_MS),
  };
}

/** A row even when the parser throws: the script reports, it does not stop. */
async function measureOrReport(timer: TimingChild, shape: string, parser: string, inputs: string[], sizes: number[], rounds: number): Promise<Row> {
  try {
    return await measureRow(timer, shape, parser, inputs, sizes, rounds);
  } catch (err) {
    return { shape, parser, ms: {}, probeMs: {}, stoppedAtMB: null, msPerMB: NaN, ratio: null, ratioFrom: 'sizes', passages: 0, capped: false, superlinear: false, error: firstLine(err) };
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

// ---- Reporting ----

function printTable(rows: Row[], sizes: number[]): void {
  const header = ['shape', 'parser', ...sizes.map((s) => `${s} MB`), 'ms/MB', 'ratio', 'passages', ''];
  const lines = rows.map((r) => [
    r.shape,
    r.parser,
    ...sizes.map((s) => sizeCell(r, s)),
    Number.isNaN(r.msPerMB) ? '-' : r.msPerMB.toFixed(1),
    r.ratio === null ? '-' : `${r.ratio.toFixed(2)}${r.ratioFrom === 'probes' ? '*' : ''}`,
    String(r.passages),
    r.error ? `threw: ${r.error.slice(0, 60)}` : r.superlinear ? (r.capped ? 'SUPERLINEAR (capped)' : 'SUPERLINEAR') : '',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const text = (cells: string[]) => cells.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  console.log(text(header));
  for (const line of lines) console.log(text(line));
  const probes = PROBES.map((f) => sizes[0]! * f).join(' and ');
  if (rows.some((r) => r.ratioFrom === 'probes' && r.ratio !== null)) console.log(`* capped before two sizes ran: from the warm-up parses at ${probes} MB to the last size run (a stopped one counted at ${CAP_MS} ms)`);
}

/** A size's time; ">20000" when the parse was stopped at the cap, "skipped" after it. */
function sizeCell(row: Row, mb: number): string {
  const ms = row.ms[String(mb)];
  if (ms !== undefined) return ms.toFixed(1);
  if (row.error) return '-';
  return row.stoppedAtMB === mb ? `>${CAP_MS}` : 'skipped';
}

/** Comma-separated names, each checked against the known ones; all of them when none are given. */
function namesOption(value: string | undefined, known: string[], what: string): string[] {
  if (!value) return known;
  const names = value.split(',').map((s) => s.trim());
  for (const name of names) if (!known.includes(name)) throw new Error(`--${what}: unknown name "${name}" (expected one of ${known.join(', ')})`);
  return names;
}

interface Options {
  sizes: number[];
  rounds: number;
  shapes: string[];
  parsers: string[];
  all: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1,2,4,8' },
      rounds: { type: 'string', default: '3' },
      shapes: { type: 'string' },
      parsers: { type: 'string' },
      all: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  if (sizes.some((s) => !(s > 0)) || sizes.some((s, i) => i > 0 && s <= sizes[i - 1]!)) throw new Error(`--sizes must be increasing positive numbers of MB, got "${values.sizes}"`);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number of at least 1, got "${values.rounds}"`);
  return {
    sizes,
    rounds,
    shapes: namesOption(values.shapes, SHAPES.map((s) => s.name), 'shapes'),
    parsers: namesOption(values.parsers, Object.keys(PARSERS), 'parsers'),
    all: values.all,
  };
}

/** Every chosen shape through the parsers that read it (or through every parser, with --all). */
async function measureAll(options: Options): Promise<Row[]> {
  const { sizes, rounds } = options;
  const timer = new TimingChild();
  const rows: Row[] = [];
  for (const shape of SHAPES.filter((s) => options.shapes.includes(s.name))) {
    const parsers = options.parsers.filter((p) => options.all || shape.parsers.includes(p));
    if (!parsers.length) continue;
    const largest = shape.build(Math.round(sizes[sizes.length - 1]! * MB));
    // Smaller documents are prefixes of the largest, so every size has the same make-up.
    const inputs = sizes.map((s) => largest.slice(0, Math.round(s * MB)));
    for (const parser of parsers) {
      const row = await measureOrReport(timer, shape.name, parser, inputs, sizes, rounds);
      process.stderr.write(`parse-scaling: ${shape.name} ${parser} ${JSON.stringify(row.ms)}${row.capped ? ' capped' : ''}\n`);
      rows.push(row);
    }
  }
  timer.close();
  return rows;
}

async function main(): Promise<void> {
  const options = readOptions();
  const rows = await measureAll(options);
  printTable(rows, options.sizes);
  mkdirSync(dirname(OUT), { recursive: true });
  const { sizes, rounds } = options;
  const report = { ranAt: new Date().toISOString(), node: process.version, charsPerMB: MB, sizesMB: sizes, rounds, capMs: CAP_MS, repeatBudgetMs: REPEAT_BUDGET_MS, superlinearAbove: SUPERLINEAR, noiseFloorMs: NOISE_FLOOR_MS, rows };
  writeFileSync(OUT, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nwrote ${OUT}`);
  const flagged = rows.filter((r) => r.superlinear);
  const threw = rows.filter((r) => r.error);
  const names = (list: Row[]) => list.map((r) => `${r.shape}/${r.parser}`).join(', ');
  console.log(`${flagged.length} of ${rows.length} rows superlinear${flagged.length ? `: ${names(flagged)}` : ''}${threw.length ? `; ${threw.length} threw: ${names(threw)}` : ''}`);
}

if (process.argv[2] === '--timing-child') serveTimings();
else await main();
