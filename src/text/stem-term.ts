// English stemming of folded terms, so `industry` meets `industries`.
import { stemmer } from 'stemmer';

const LATIN_WORD = /^[a-z]+$/;

/** Porter stem of a folded English word; numbers and other scripts pass through unchanged. */
export function stemTerm(folded: string): string {
  // Porter is defined for English letters only; applied to "45.1" or "发展" it could only do harm.
  return LATIN_WORD.test(folded) ? stemmer(folded) : folded;
}
