// When the search box holds a quotation rather than search words: then the page offers to check it.

const QUOTE_MARK = /^\s*["“‘'«]/;

/** A long quotation: eight words or more, or five or more in quotation marks. */
export function isLongQuotation(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return words >= 8 || (words >= 5 && QUOTE_MARK.test(text));
}

/** The quote page's address for a quote and, when given, the speaker it is credited to. */
export function quoteUrl(text: string, speaker = ''): string {
  const params = new URLSearchParams({ text });
  if (speaker.trim()) params.set('speaker', speaker.trim());
  return `/quote?${params}`;
}
