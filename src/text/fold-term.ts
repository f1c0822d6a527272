// Folding shared by index, query, phrase verification and highlights: what counts as "the same word".

// Latin, Greek and Cyrillic combining diacritics only: in scripts such as Devanagari or Thai the
// combining marks are letters, and stripping them would merge unrelated words.
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff]/g;
// Straight, curly and modifier apostrophes, and the acute/grave accents typed in their place.
const APOSTROPHES = /['\u2018\u2019\u02bc\u02b9`\u00b4]/g;
const PLAIN = /^[A-Za-z0-9]+$/;
const POSSESSIVE = /['\u2018\u2019\u02bc\u02b9`\u00b4]s$/;

/**
 * Folds one word as written to the form compared everywhere: lower case, no diacritics
 * (`Café` -> `cafe`), no possessive `'s` (`China's` -> `china`), no apostrophes
 * (`Xiong’an` -> `xiongan`, so it meets `Xiongan`), no thousands separators (`1,000` -> `1000`).
 */
export function foldTerm(word: string): string {
  // Most words are plain ASCII letters and digits: nothing to fold but case.
  if (PLAIN.test(word)) return word.toLowerCase();
  let w = word.normalize('NFKD').replace(DIACRITICS, '').toLowerCase();
  w = w.replace(POSSESSIVE, '').replace(APOSTROPHES, '');
  if (/^\d/.test(w)) w = w.replace(/,/g, '');
  return w.normalize('NFC');
}
