// Word alignment of a quote against a passage: Needleman-Wunsch over folded words with affine gaps
// (Gotoh), global on the quote (every quoted word is accounted for) and local on the passage (it
// may start and end anywhere). Omitting passage words costs once per omission, nothing where the
// quote marks it (`...`), so a trimmed quote aligns whole; a changed word is a substitution, an
// added one a quote gap, each costing in proportion to the word's weight (rare words weigh more).
import type { AlignToken } from './align-tokens.ts';
import type { QuoteToken } from './normalise-quote.ts';

/** How one step of the alignment pairs the words. */
export type StepKind =
  | 'exact' // the same word as written (case, punctuation, apostrophes and dashes folded)
  | 'soft' // the same word changed: another form of it (stem), or a contraction written out or in
  | 'sub' // a different word in its place
  | 'added' // a quote word the passage does not have here
  | 'omitted'; // a passage word the quote leaves out

export interface Step {
  kind: StepKind;
  /** Index into the quote's tokens, or -1 for an omitted passage word. */
  q: number;
  /** Index into the passage's tokens, or -1 for an added quote word. */
  p: number;
}

export interface Alignment {
  /** Sum of the steps' scores; the quote's total weight when every word is found as written, in one run. */
  score: number;
  /** From the first quote word to the last, passage words before the first match and after the last left out. */
  steps: Step[];
}

/** What the steps cost, per unit of a quote word's weight (gaps in the passage: per omission). */
export const COSTS = {
  soft: 0.6, // gained, of the word's weight
  sub: -0.35,
  added: -0.6,
  /** Leaving out passage words, once per run of them (0 where the quote marks an omission). */
  open: -1,
  /** Each further passage word left out in one run. */
  extend: -0.01,
};

const NONE = -1e15;
// Which matrix a cell's best came from.
const FROM_M = 0;
const FROM_X = 1;
const FROM_Y = 2;
const FROM_BEGIN = 3;

/** The matrices of one alignment, kept between the alignments of one quote (they only grow). */
export class AlignScratch {
  M = new Float64Array(0);
  X = new Float64Array(0);
  Y = new Float64Array(0);
  fromM = new Uint8Array(0);
  fromX = new Uint8Array(0);
  fromY = new Uint8Array(0);
  pairKind = new Uint8Array(0);

  /** Matrices of at least `size` cells, the score matrices filled with NONE. */
  take(size: number): this {
    if (this.M.length < size) {
      const cells = Math.max(size, this.M.length * 2);
      this.M = new Float64Array(cells);
      this.X = new Float64Array(cells);
      this.Y = new Float64Array(cells);
      this.fromM = new Uint8Array(cells);
      this.fromX = new Uint8Array(cells);
      this.fromY = new Uint8Array(cells);
      this.pairKind = new Uint8Array(cells);
    }
    this.M.fill(NONE, 0, size);
    this.X.fill(NONE, 0, size);
    this.Y.fill(NONE, 0, size);
    return this;
  }
}

/**
 * Aligns `quote` (weights per token) with `passage`. `same(q, p)` says how quote token q meets
 * passage token p: 'exact', 'soft' or null (a substitution).
 */
export function alignWords(
  quote: readonly QuoteToken[],
  weights: Float64Array,
  passage: readonly AlignToken[],
  same: (q: number, p: number) => 'exact' | 'soft' | null,
  scratch: AlignScratch = new AlignScratch(),
): Alignment {
  const m = quote.length;
  const n = passage.length;
  const w = n + 1;
  const size = (m + 1) * w;
  // M: quote word i-1 paired with passage word j-1. X: quote word i-1 added (no passage word).
  // Y: passage word j-1 left out, after i quote words. pairKind: 0 sub, 1 exact, 2 soft.
  const { M, X, Y, fromM, fromX, fromY, pairKind } = scratch.take(size);

  for (let i = 1; i <= m; i++) {
    const wt = weights[i - 1]!;
    const added = quote[i - 1]!.bracketed ? 0 : COSTS.added * wt;
    // An omission after quote word i-1 (before word i) is free when the quote marks one there.
    const open = i < m && quote[i]!.omissionBefore ? 0 : COSTS.open;
    const row = i * w;
    const prev = (i - 1) * w;
    for (let j = 0; j <= n; j++) {
      // X: from any state at (i-1, j), or the beginning.
      let best = i === 1 ? 0 : NONE;
      let from = FROM_BEGIN;
      if (M[prev + j]! > best) (best = M[prev + j]!), (from = FROM_M);
      if (X[prev + j]! > best) (best = X[prev + j]!), (from = FROM_X);
      if (Y[prev + j]! > best) (best = Y[prev + j]!), (from = FROM_Y);
      X[row + j] = best + added;
      fromX[row + j] = from;
      if (j === 0) continue;
      // M: from any state at (i-1, j-1), or the beginning (a match may start anywhere).
      best = i === 1 ? 0 : NONE;
      from = FROM_BEGIN;
      const d = prev + j - 1;
      if (M[d]! > best) (best = M[d]!), (from = FROM_M);
      if (X[d]! > best) (best = X[d]!), (from = FROM_X);
      if (Y[d]! > best) (best = Y[d]!), (from = FROM_Y);
      const kind = same(i - 1, j - 1);
      const s = kind === 'exact' ? wt : kind === 'soft' ? COSTS.soft * wt : COSTS.sub * wt;
      pairKind[row + j] = kind === 'exact' ? 1 : kind === 'soft' ? 2 : 0;
      M[row + j] = best + s;
      fromM[row + j] = from;
      // Y: leave passage word j-1 out, between quote words i-1 and i (never after the last).
      if (i < m) {
        const l = row + j - 1;
        best = M[l]! + open;
        from = FROM_M;
        if (X[l]! + open > best) (best = X[l]! + open), (from = FROM_X);
        if (Y[l]! + COSTS.extend > best) (best = Y[l]! + COSTS.extend), (from = FROM_Y);
        Y[row + j] = best;
        fromY[row + j] = from;
      }
    }
  }

  // The best end: the last quote word paired or added, anywhere in the passage.
  let score = NONE;
  let state = FROM_M;
  let j = 0;
  const last = m * w;
  for (let c = 0; c <= n; c++) {
    if (M[last + c]! > score) (score = M[last + c]!), (state = FROM_M), (j = c);
    if (X[last + c]! > score) (score = X[last + c]!), (state = FROM_X), (j = c);
  }
  const steps: Step[] = [];
  let i = m;
  while (i > 0) {
    const cell = i * w + j;
    if (state === FROM_M) {
      const k = pairKind[cell]!;
      steps.push({ kind: k === 1 ? 'exact' : k === 2 ? 'soft' : 'sub', q: i - 1, p: j - 1 });
      state = fromM[cell]!;
      i--;
      j--;
    } else if (state === FROM_X) {
      steps.push({ kind: 'added', q: i - 1, p: -1 });
      state = fromX[cell]!;
      i--;
    } else {
      steps.push({ kind: 'omitted', q: -1, p: j - 1 });
      state = fromY[cell]!;
      j--;
    }
    if (state === FROM_BEGIN) break;
  }
  steps.reverse();
  return { score, steps };
}
