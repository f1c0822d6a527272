// Scores the quote check on a quote set (quote-set.ts): per variant, how often the right passage
// comes first, how often the verdict is right, and how long a check takes.
import type { SearchIndex } from '../src/indexing/search-index.ts';
import { checkQuote } from '../src/quote/check-quote.ts';
import { foldWords, VARIANTS, type QuoteCase, type Variant } from './quote-set.ts';
import { latency, type Latency } from './stats.ts';

export interface VariantScore {
  cases: number;
  /** Share of cases whose first match is the source passage (or holds the same sentence); null for made-up sentences. */
  rightPassageFirst: number | null;
  /** Share of cases answered with the verdict the variant calls for (and, when credited, the right speaker check). */
  verdictRight: number;
}

const EXPECTED: Record<Variant, string> = {
  verbatim: 'verbatim',
  trimmed: 'trimmed',
  paraphrased: 'paraphrased',
  'wrong-speaker': 'verbatim',
  'right-speaker': 'verbatim',
  'made-up': 'not-found',
};

export interface QuoteEvaluation {
  scores: Record<Variant, VariantScore>;
  /** Wrong-speaker cases whose speaker check says the claimed speaker does not agree. */
  wrongSpeakerFlagged: number;
  /** Right-speaker cases whose speaker check agrees (the control). */
  rightSpeakerAgreed: number;
  latency: Latency;
  /** The cases answered wrongly, for reading. */
  misses: { variant: Variant; text: string; verdict: string; rightFirst: boolean | null }[];
}

const share = (k: number, n: number) => (n ? Math.round((k / n) * 1000) / 1000 : 0);

export function evaluateQuotes(index: SearchIndex, cases: readonly QuoteCase[]): QuoteEvaluation {
  const times: number[] = [];
  const tally = new Map<Variant, { n: number; first: number; verdict: number; agree: number }>();
  const misses: QuoteEvaluation['misses'] = [];
  for (const c of cases) {
    const started = performance.now();
    const r = checkQuote(index, { text: c.text, ...(c.speaker ? { speaker: c.speaker } : {}) });
    times.push(performance.now() - started);
    const t = tally.get(c.variant) ?? { n: 0, first: 0, verdict: 0, agree: 0 };
    tally.set(c.variant, t);
    t.n++;
    const best = r.matches[0];
    let rightFirst: boolean | null = null;
    if (c.source !== null) {
      rightFirst = best !== undefined && (best.passage.id === c.source || foldWords(`${best.passage.text} ${best.continuation?.text ?? ''}`).includes(foldWords(c.said!)));
      if (rightFirst) t.first++;
    }
    const agrees = r.speakerCheck?.agrees ?? null;
    if (agrees) t.agree++;
    const speakerRight = c.variant === 'wrong-speaker' ? agrees === false : c.variant === 'right-speaker' ? agrees === true : true;
    const verdictRight = r.verdict === EXPECTED[c.variant] && speakerRight;
    if (verdictRight) t.verdict++;
    if (!verdictRight || rightFirst === false) misses.push({ variant: c.variant, text: c.text, verdict: `${r.verdict}${agrees === null ? '' : ` agrees=${agrees}`}`, rightFirst });
  }
  const scores = {} as Record<Variant, VariantScore>;
  for (const v of VARIANTS) {
    const t = tally.get(v) ?? { n: 0, first: 0, verdict: 0, agree: 0 };
    scores[v] = { cases: t.n, rightPassageFirst: v === 'made-up' ? null : share(t.first, t.n), verdictRight: share(t.verdict, t.n) };
  }
  const wrong = tally.get('wrong-speaker');
  const right = tally.get('right-speaker');
  return {
    scores,
    wrongSpeakerFlagged: share((wrong?.n ?? 0) - (wrong?.agree ?? 0), wrong?.n ?? 0),
    rightSpeakerAgreed: share(right?.agree ?? 0, right?.n ?? 0),
    latency: latency(times),
    misses,
  };
}
