// One pass over the matching set: which passages pass every filter, and facet counts where each
// facet applies every filter but its own (so a user can pick a second speaker from the list).
import type { SearchIndex } from '../indexing/search-index.ts';
import type { Budget } from './budget.ts';
import type { Columns } from './columns.ts';
import type { Filters } from './resolve-filters.ts';
import { PASSAGE_KINDS } from './params.ts';
import { firstPositions } from './shared-arrays.ts';

export interface FacetValue {
  value: string;
  count: number;
}

export interface SpeakerFacet {
  id: string;
  name: string;
  /** The role given with the speaker's latest passage in the set. */
  role: string | null;
  count: number;
}

export interface Facets {
  speakers: SpeakerFacet[];
  years: FacetValue[];
  months: FacetValue[];
  kinds: FacetValue[];
  sources: FacetValue[];
  /** Matching passages without a date (left out of date-filtered results). */
  undated: number;
}

const SPEAKER = 1;
const KIND = 2;
const DATE = 4;
const SOURCE = 8;

/** Returns the positions in `ns` that pass all filters, and the facets of the whole set. */
export function filterAndCount(index: SearchIndex, cols: Columns, ns: ArrayLike<number>, f: Filters, budget: Budget): { kept: Int32Array; facets: Facets } {
  const counts: Counts = {
    speakers: new Int32Array(index.corpus.speakers.length),
    // The highest date rank of each speaker's passages in the set, for the role the facet shows.
    latest: new Int32Array(index.corpus.speakers.length).fill(-1),
    kinds: new Int32Array(PASSAGE_KINDS.length),
    sources: new Int32Array(cols.sources.length),
    periods: new Int32Array(cols.periods.length),
    undated: 0,
  };
  const kept = f.speakers || f.kinds || f.dates || f.document !== null || f.event !== null || f.source !== null ? filtered(cols, ns, f, counts, budget) : countAll(cols, ns, counts, budget);
  return { kept, facets: facetsOf(index, cols, counts) };
}

interface Counts {
  speakers: Int32Array;
  latest: Int32Array;
  kinds: Int32Array;
  sources: Int32Array;
  periods: Int32Array;
  undated: number;
}

/** No filter: every position is kept, and every passage counts in every facet. */
function countAll(cols: Columns, ns: ArrayLike<number>, c: Counts, budget: Budget): Int32Array {
  const { speaker: speakerOf, kind, source: sourceOf, period: periodOf, dateRank } = cols;
  for (let j = 0; j < ns.length; j++) {
    if ((j & 65535) === 65535) budget.check();
    const n = ns[j]!;
    const speaker = speakerOf[n]!;
    if (speaker >= 0) {
      c.speakers[speaker]!++;
      if (dateRank[n]! > c.latest[speaker]!) c.latest[speaker] = dateRank[n]!;
    }
    c.kinds[kind[n]!]!++;
    const period = periodOf[n]!;
    if (period >= 0) c.periods[period]!++;
    else c.undated++;
    const source = sourceOf[n]!;
    if (source >= 0) c.sources[source]!++;
  }
  return firstPositions(ns.length);
}

/** Filters, counting a passage that fails exactly one filter in that filter's own facet. */
function filtered(cols: Columns, ns: ArrayLike<number>, f: Filters, c: Counts, budget: Budget): Int32Array {
  const kept = new Int32Array(ns.length);
  let keptLength = 0;
  // Membership by index, not Set.has, in a loop that can run a million times.
  const speakerIn = f.speakers && maskOf(f.speakers, c.speakers.length);
  const kindIn = f.kinds && maskOf(f.kinds, c.kinds.length);
  for (let j = 0; j < ns.length; j++) {
    if ((j & 8191) === 8191) budget.check();
    const n = ns[j]!;
    if (f.document !== null && cols.document[n] !== f.document) continue;
    if (f.event !== null && cols.event[n] !== f.event) continue;
    const speaker = cols.speaker[n]!;
    const kind = cols.kind[n]!;
    const date = cols.date[n]!;
    const source = cols.source[n]!;
    let failed = 0;
    if (speakerIn && (speaker < 0 || speakerIn[speaker] === 0)) failed |= SPEAKER;
    if (kindIn && kindIn[kind] === 0) failed |= KIND;
    if (f.dates && (date === 0 || date < f.dates.from || date > f.dates.to)) failed |= DATE;
    if (f.source !== null && source !== f.source) failed |= SOURCE;
    // A passage failing one filter still counts in that filter's own facet; failing two, in none.
    if (failed & (failed - 1)) continue;
    if (failed === 0) kept[keptLength++] = j;
    if ((failed === 0 || failed === SPEAKER) && speaker >= 0) {
      c.speakers[speaker]!++;
      if (cols.dateRank[n]! > c.latest[speaker]!) c.latest[speaker] = cols.dateRank[n]!;
    }
    if (failed === 0 || failed === KIND) c.kinds[kind]!++;
    if (failed === 0 || failed === DATE) {
      const period = cols.period[n]!;
      if (period >= 0) c.periods[period]!++;
      else c.undated++;
    }
    if ((failed === 0 || failed === SOURCE) && source >= 0) c.sources[source]!++;
  }
  return kept.subarray(0, keptLength);
}

/** 1 at each index in `values` (those outside 0..length-1 name nothing and are left out). */
function maskOf(values: Set<number>, length: number): Uint8Array {
  const mask = new Uint8Array(length);
  for (const v of values) if (v >= 0 && v < length) mask[v] = 1;
  return mask;
}

function facetsOf(index: SearchIndex, cols: Columns, c: Counts): Facets {
  const speakers: SpeakerFacet[] = [];
  c.speakers.forEach((count, i) => {
    if (!count) return;
    const s = index.corpus.speakers[i]!;
    speakers.push({ id: s.id, name: s.name, role: index.corpus.passages[cols.byDateRank[c.latest[i]!]!]!.role, count });
  });
  const years: FacetValue[] = [];
  const months: FacetValue[] = [];
  c.periods.forEach((count, i) => {
    if (!count) return;
    const ym = cols.periods[i]!;
    const year = String(Math.floor(ym / 100));
    if (years.at(-1)?.value === year) years.at(-1)!.count += count;
    else years.push({ value: year, count });
    if (ym % 100) months.push({ value: `${year}-${String(ym % 100).padStart(2, '0')}`, count });
  });
  return {
    speakers: speakers.sort(byCountThen((s) => s.name)),
    years,
    months,
    kinds: counted(c.kinds, (i) => PASSAGE_KINDS[i]!),
    sources: counted(c.sources, (i) => cols.sources[i]!),
    undated: c.undated,
  };
}

function counted(counts: Int32Array, name: (i: number) => string): FacetValue[] {
  const out: FacetValue[] = [];
  counts.forEach((count, i) => count && out.push({ value: name(i), count }));
  return out.sort(byCountThen((v) => v.value));
}

/** Most frequent first; ties in name order so the list is stable. */
function byCountThen<T extends { count: number }>(key: (x: T) => string) {
  return (a: T, b: T) => b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
