// A cheap test that rules out most phrase candidates before the exact check tokenizes their text.
// It may say "maybe" wrongly, never "no" wrongly: findPhrase on the tokens has the last word.

const ASCII_WORDS = /^[a-z0-9.,]+$/;
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff]/g;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;
const NON_ASCII_WORD_CHAR = /[^\x00-\x7f](?<=[\p{L}\p{M}\p{N}])/u;
const INNER_APOSTROPHE = /(?<=[A-Za-z0-9])'(?=[A-Za-z0-9])/g;
const NON_ASCII = /[^\x00-\x7f]/;
const DIGIT_COMMA = /(?<=\d),(?=\d)/g;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Returns a test for "could `words` occur adjacent in this text", or null when the words are not
 * plain ASCII (then every candidate needs the exact check). The text is folded the way tokens are
 * (case, diacritics, apostrophes inside words, digit grouping); words must follow each other
 * with only non-word characters between, each optionally followed by the `s` of a dropped possessive.
 */
export function phrasePrefilter(words: readonly string[]): ((text: string) => boolean) | null {
  if (!words.every((w) => ASCII_WORDS.test(w))) return null;
  // Zero or more separators: a number and a word can touch (`5,000high` is `5000` + `high`).
  const pattern = new RegExp(words.map((w) => `${escape(w)}s?`).join('[^a-z0-9]*'), 'i');
  const digits = words.some((w) => /\d/.test(w));
  return (text) => {
    let folded = text;
    if (NON_ASCII.test(folded)) {
      folded = folded.normalize('NFKD').replace(DIACRITICS, '').replace(CURLY_APOSTROPHES, "'");
      // Letters of other scripts could be anything after folding: leave those to the exact check.
      if (NON_ASCII_WORD_CHAR.test(folded)) return true;
    }
    // Most texts need no rewriting: the pattern ignores case, and apostrophes and digit
    // grouping matter only where they occur.
    if (folded.includes("'")) folded = folded.replace(INNER_APOSTROPHE, '');
    if (digits) folded = folded.replace(DIGIT_COMMA, '');
    return pattern.test(folded);
  };
}
