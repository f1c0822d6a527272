// Text analysis shared by the index and the query parser. (Interim version: the search
// issue replaces it with folding, stemming, hyphen, number and CJK handling.)

/** Splits text into index terms. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Normalises one term for the index; null drops it. */
export function processTerm(term: string): string | null {
  return term.toLowerCase();
}
