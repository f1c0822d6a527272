// What web dumps carry that is not text: byte-order marks, CR line ends, non-breaking and
// zero-width spaces. Curly quotes stay in the text (they are what was printed); the
// search analysis folds them.

export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\t/g, '    ');
}

/** Collapses runs of white space into one space, as a paragraph is read. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
