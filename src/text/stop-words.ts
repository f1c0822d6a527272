// English words so common that requiring them filters nothing and costs a scan of most of the index.

/** Folded stop words. A query ignores them when it has other words; phrases still check them in the text. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for from has have he her his i in is it its of on or our she so that the their them there these they this to was we were what when which who will with you your'.split(
    ' ',
  ),
);
