// One pass over the matching set: which passages pass every filter, and facet counts where each
// facet applies every filter but its own (so a user can pick a second speaker from the list).
import type { SearchIndex } from '../indexing/search-index.ts';
import type { Budget } from './budget.ts';
import type { Columns } from './columns.ts';
import type { Filters } from './resolve-filters.ts';
import { PASSAGE_KINDS } from './params.ts';

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
  const kept = new Int32Array(ns.length);
  let keptLength = 0;
  const speakerCounts = new Int32Array(index.corpus.speakers.length);
  const speakerLatest = new Int32Array(index.corpus.speakers.length).fill(-1);
  const kindCounts = new Int32Array(PASSAGE_KINDS.length);
  const sourceCounts = new Int32Array(cols.sources.length);
  const months = new Map<number, number>(); // YYYYMM (MM 00 when only the year is known)
  let undated = 0;

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
    if (f.speakers && !f.speakers.has(speaker)) failed |= SPEAKER;
    if (f.kinds && !f.kinds.has(kind)) failed |= KIND;
    if (f.dates && (date === 0 || date < f.dates.from || date > f.dates.to)) failed |= DATE;
    if (f.source !== null && source !== f.source) failed |= SOURCE;
    // A passage failing one filter still counts in that filter's own facet; failing two, in none.
    if (failed & (failed - 1)) continue;
    if (failed === 0) kept[keptLength++] = j;
    if ((failed === 0 || failed === SPEAKER) && speaker >= 0) {
      speakerCounts[speaker]!++;
      const latest = speakerLatest[speaker]!;
      if (latest < 0 || cols.date[latest]! <= date) speakerLatest[speaker] = n;
    }
    if (failed === 0 || failed === KIND) kindCounts[kind]!++;
    if (failed === 0 || failed === DATE) {
      if (date === 0) undated++;
      else {
        const month = Math.floor(date / 100);
        months.set(month, (months.get(month) ?? 0) + 1);
      }
    }
    if ((failed === 0 || failed === SOURCE) && source >= 0) sourceCounts[source]!++;
  }

  const speakers: SpeakerFacet[] = [];
  speakerCounts.forEach((count, i) => {
    if (!count) return;
    const s = index.corpus.speakers[i]!;
    speakers.push({ id: s.id, name: s.name, role: index.corpus.passages[speakerLatest[i]!]!.role, count });
  });
  const years = new Map<number, number>();
  const monthList: FacetValue[] = [];
  for (const [ym, count] of [...months].sort((a, b) => a[0] - b[0])) {
    const y = Math.floor(ym / 100);
    years.set(y, (years.get(y) ?? 0) + count);
    if (ym % 100) monthList.push({ value: `${y}-${String(ym % 100).padStart(2, '0')}`, count });
  }
  return {
    kept: kept.subarray(0, keptLength),
    facets: {
      speakers: speakers.sort(byCountThen((s) => s.name)),
      years: [...years].map(([y, count]) => ({ value: String(y), count })),
      months: monthList,
      kinds: counted(kindCounts, (i) => PASSAGE_KINDS[i]!),
      sources: counted(sourceCounts, (i) => cols.sources[i]!),
      undated,
    },
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
