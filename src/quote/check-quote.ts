// Checks a quote against the corpus: finds the passages it may come from through the index, aligns
// its words with each, and says how faithful it is and who said it.
import type { SearchIndex } from '../indexing/search-index.ts';
import type { PassageRecord } from '../indexing/records.ts';
import { UNLIMITED, type Budget } from '../search/budget.ts';
import { passageWords } from '../search/passage-words.ts';
import { postingsOf } from '../search/postings.ts';
import { permalink, speakerRef } from '../search/search-hit.ts';
import { followBit } from '../indexing/count-terms.ts';
import { stemTerm } from '../text/stem-term.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import { alignTokens, type AlignToken } from './align-tokens.ts';
import { AlignScratch, alignWords, type Alignment } from './align-words.ts';
import { findCandidates } from './find-candidates.ts';
import { normaliseQuote, type QuoteToken } from './normalise-quote.ts';
import type { QuoteMatch, QuoteParams, QuoteResponse, Verdict } from './quote-response.ts';
import { resolveSpeaker } from './resolve-speaker.ts';

/** Passages aligned per quote: the most rare-word evidence first. */
const CANDIDATES = 24;
/** A candidate holding less than this share of the best candidate's rare-word evidence is not aligned. */
const CANDIDATE_CUTOFF = 0.6;
/** Matches returned: the best, then other occurrences. */
const MAX_MATCHES = 5;
/** Below this similarity a passage is not where the quote came from, however close it comes. */
export const MIN_SIMILARITY = 0.5;
/** Other occurrences are listed when they come this close to the best. */
const OCCURRENCE_SLACK = 0.15;

type MatchVerdict = Exclude<Verdict, 'not-found'>;
const RANK: Record<MatchVerdict, number> = { verbatim: 0, trimmed: 1, paraphrased: 2 };

interface Scored {
  n: number;
  next: number | null;
  verdict: MatchVerdict;
  similarity: number;
  alignment: Alignment;
  tokens: AlignToken[];
  /** Where the next passage's text starts in the joined text (its tokens' offsets are shifted by it). */
  joinAt: number;
}

/** The answer to GET /api/quote, without its timing. */
export function checkQuote(index: SearchIndex, params: QuoteParams, budget: Budget = UNLIMITED): Omit<QuoteResponse, 'took_ms'> {
  const quote = normaliseQuote(params.text);
  const claimed = params.speaker?.trim() || quote.claimed;
  // Everyone the claim may name (a shared surname names several): the match agrees with any of them.
  const named = claimed ? resolveSpeaker(index, claimed) : [];
  const { passages } = index.corpus;
  let tokens = quote.tokens;
  // A quote that is all brackets is taken as written.
  if (tokens.every((t) => t.bracketed)) tokens = tokens.map((t) => ({ ...t, bracketed: false }));

  const postings = postingsOf(index.mini);
  const stems = tokens.map((t) => stemTerm(t.term));
  // Rare words weigh more: finding "Xiong'an" says more than finding "the".
  const maxIdf = postings.idf(0);
  const weights = new Float64Array(tokens.length);
  tokens.forEach((t, i) => {
    const df = postings.expand(stems[i]!, false, 0)[0]?.docs.length ?? 0;
    weights[i] = STOP_WORDS.has(t.term) ? 0.3 : 0.6 + 0.15 * Math.min(postings.idf(df), maxIdf);
  });
  const total = weights.reduce((s, w) => s + w, 0);
  const content = tokens.flatMap((t, i) => (t.bracketed || STOP_WORDS.has(t.term) ? [] : [stems[i]!]));
  // Per stem, the follow bits of the stems right after it in the quote (not across an omission).
  const follows = new Map<string, number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i + 1]!.omissionBefore || tokens[i]!.bracketed || tokens[i + 1]!.bracketed) continue;
    follows.set(stems[i]!, (follows.get(stems[i]!) ?? 0) | followBit(stems[i + 1]!));
  }
  const candidates = findCandidates(postings, content.length ? content : stems, CANDIDATES, follows);

  const words = passageWords(index);
  const tokensOf = (n: number) => alignTokens(passages[n]!.text, words(n));
  const scratch = new AlignScratch();
  const align = (passage: AlignToken[], pStems: string[]) =>
    alignWords(
      tokens,
      weights,
      passage,
      (q, p) => {
        const a = tokens[q]!;
        const b = passage[p]!;
        if (a.term === b.term) return a.contracted === b.contracted ? 'exact' : 'soft';
        return stems[q] === pStems[p] ? 'soft' : null;
      },
      scratch,
    );
  // Once a verbatim match is found (similarity 1), only passages within OCCURRENCE_SLACK of it can be listed.
  let floor = MIN_SIMILARITY;
  // The most an alignment could score: the weight of the quote words the passage has at all. A
  // passage that cannot reach the floor is never aligned (most candidates for a made-up sentence).
  const reachable = (pStems: readonly string[]) => {
    const held = new Set(pStems);
    let sum = 0;
    for (let i = 0; i < tokens.length; i++) if (held.has(stems[i]!)) sum += weights[i]!;
    return sum / total >= floor;
  };
  const stemsOf = (t: readonly AlignToken[]) => t.map((x) => stemTerm(x.term));

  const scored: Scored[] = [];
  const topShare = candidates[0]?.share ?? 0;
  for (const { n, share } of candidates) {
    if (share < topShare * CANDIDATE_CUTOFF) break;
    budget.check();
    const own = tokensOf(n);
    const ownStems = stemsOf(own);
    // A quote running past either end of the passage may continue in the speaker's next or previous passage.
    const pairs: [number, number][] = [];
    if (continues(passages, n, n + 1)) pairs.push([n, n + 1]);
    if (continues(passages, n - 1, n)) pairs.push([n - 1, n]);
    let best: Omit<Scored, 'verdict' | 'similarity'> | null = null;
    if (reachable(ownStems)) best = { n, next: null, alignment: align(own, ownStems), tokens: own, joinAt: 0 };
    const { lead, trail } = best ? unaligned(best.alignment) : { lead: tokens.length, trail: tokens.length };
    for (const [a, b] of pairs) {
      if (a === n ? trail < 2 : lead < 2) continue;
      const joinAt = passages[a]!.text.length + 1;
      const joined = [...(a === n ? own : tokensOf(a)), ...tokensOf(b).map((t) => ({ ...t, start: t.start + joinAt, end: t.end + joinAt }))];
      const joinedStems = stemsOf(joined);
      if (!reachable(joinedStems)) continue;
      const alignment = align(joined, joinedStems);
      if (!best || alignment.score > best.alignment.score) best = { n: a, next: b, alignment, tokens: joined, joinAt };
    }
    const verdict = best && classify(tokens, best.alignment, total);
    if (best && verdict) {
      scored.push({ ...best, ...verdict });
      if (verdict.verdict === 'verbatim') floor = Math.max(floor, verdict.similarity - OCCURRENCE_SLACK);
    }
  }

  const agrees = (s: Scored) => named.some((speaker) => speaker.id === passages[s.n]!.speakerId);
  scored.sort(
    (a, b) =>
      RANK[a.verdict] - RANK[b.verdict] ||
      Math.round(b.similarity * 100) - Math.round(a.similarity * 100) ||
      Number(agrees(b)) - Number(agrees(a)) ||
      // The words' own speaker before a reporter's question repeating them, and the first time they were said.
      Number(passages[a.n]!.kind === 'question') - Number(passages[b.n]!.kind === 'question') ||
      (passages[a.n]!.date ?? '9999').localeCompare(passages[b.n]!.date ?? '9999') ||
      a.n - b.n,
  );
  const chosen: Scored[] = [];
  const used = new Set<number>();
  for (const s of scored) {
    if (chosen.length > 0 && s.similarity < chosen[0]!.similarity - OCCURRENCE_SLACK) continue;
    if (used.has(s.n) || (s.next !== null && used.has(s.next))) continue;
    chosen.push(s);
    used.add(s.n);
    if (s.next !== null) used.add(s.next);
  }
  const [best, ...others] = chosen;
  others.sort((a, b) => (passages[a.n]!.date ?? '9999').localeCompare(passages[b.n]!.date ?? '9999') || a.n - b.n);
  const resolved = (best && named.find((speaker) => speaker.id === passages[best.n]!.speakerId)) ?? named[0] ?? null;
  const matches = best ? [best, ...others].slice(0, MAX_MATCHES).map((s) => quoteMatch(index, quote.text, tokens, s)) : [];
  return {
    verdict: best?.verdict ?? 'not-found',
    matches,
    speakerCheck: claimed
      ? { claimed, resolved: resolved ? { id: resolved.id, name: resolved.name } : null, agrees: best !== undefined && agrees(best) }
      : null,
  };
}

/** Whether passage `b` carries on passage `a`: the next paragraph of the same document, by the same speaker. */
function continues(passages: readonly PassageRecord[], a: number, b: number): boolean {
  const p = passages[a];
  const q = passages[b];
  return p !== undefined && q !== undefined && p.documentId === q.documentId && p.speakerId !== null && p.speakerId === q.speakerId && q.ordinal === p.ordinal + 1;
}

/** Quote words added before the first and after the last word found in the passage. */
function unaligned({ steps }: Alignment): { lead: number; trail: number } {
  let lead = 0;
  while (lead < steps.length && steps[lead]!.kind === 'added') lead++;
  let trail = 0;
  while (trail < steps.length && steps[steps.length - 1 - trail]!.kind === 'added') trail++;
  return { lead, trail };
}

/**
 * The verdict of one alignment. Verbatim: every quoted word as written, in one run. Trimmed: every
 * quoted word as written, with passage words left out (only `[bracketed]` words may be the
 * writer's own). Paraphrased: close enough, with words changed, added or moved. Otherwise none.
 */
export function classify(tokens: readonly QuoteToken[], { score, steps }: Alignment, total: number): { verdict: MatchVerdict; similarity: number } | null {
  const similarity = Math.round(Math.max(0, Math.min(1, score / total)) * 1000) / 1000;
  if (similarity < MIN_SIMILARITY) return null;
  let asWritten = true;
  let omitted = false;
  for (const s of steps) {
    if (s.kind === 'omitted') omitted = true;
    else if (s.kind !== 'exact') {
      if (tokens[s.q]?.bracketed) omitted = true;
      else asWritten = false;
    }
  }
  if (!asWritten) return { verdict: 'paraphrased', similarity };
  return { verdict: omitted ? 'trimmed' : 'verbatim', similarity };
}

function quoteMatch(index: SearchIndex, quoteText: string, qTokens: readonly QuoteToken[], s: Scored): QuoteMatch {
  const p = index.corpus.passages[s.n]!;
  const doc = index.documentById.get(p.documentId);
  const next = s.next === null ? null : index.corpus.passages[s.next]!;
  const joined = next ? `${p.text}\n${next.text}` : p.text;
  const { steps } = s.alignment;

  const spans: [number, number][] = [];
  for (const st of steps) {
    if (st.kind !== 'exact' && st.kind !== 'soft') continue;
    const t = s.tokens[st.p]!;
    const last = spans[spans.length - 1];
    if (last && t.start <= last[1]) last[1] = Math.max(last[1], t.end);
    else spans.push([t.start, t.end]);
  }

  const differences: { quote: string; passage: string }[] = [];
  for (let i = 0; i < steps.length; ) {
    if (steps[i]!.kind === 'exact') {
      i++;
      continue;
    }
    let j = i;
    while (j < steps.length && steps[j]!.kind !== 'exact') j++;
    const run = steps.slice(i, j);
    const qs = run.filter((st) => st.q >= 0).map((st) => qTokens[st.q]!);
    const ps = run.filter((st) => st.p >= 0).map((st) => s.tokens[st.p]!);
    const nextQuote = steps[j] ? qTokens[steps[j]!.q] : undefined;
    const marked = qs.length === 0 && nextQuote?.omissionBefore;
    differences.push({
      quote: qs.length ? quoteText.slice(qs[0]!.start, qs[qs.length - 1]!.end) : marked ? '…' : '',
      passage: ps.length ? joined.slice(ps[0]!.start, ps[ps.length - 1]!.end) : '',
    });
    i = j;
  }

  const within = (from: number, to: number, shift: number) =>
    spans.filter(([a]) => a >= from && a < to).map(([a, b]) => [a - shift, Math.min(b, to) - shift] as [number, number]);
  return {
    passage: {
      id: p.id,
      text: p.text,
      speaker: speakerRef(index, p.speakerId),
      label: p.label,
      role: p.role,
      kind: p.kind,
      date: p.date,
      permalink: permalink(p.id),
      document: {
        id: p.documentId,
        title: doc?.title ?? null,
        displayTitle: doc?.displayTitle ?? p.documentId,
        source: doc?.source ?? null,
        date: doc?.date ?? null,
        url: doc?.url ?? null,
      },
    },
    verdict: s.verdict,
    similarity: s.similarity,
    ranges: within(0, p.text.length, 0),
    differences,
    ...(next ? { continuation: { id: next.id, text: next.text, permalink: permalink(next.id), ranges: within(s.joinAt, joined.length, s.joinAt) } } : {}),
  };
}
