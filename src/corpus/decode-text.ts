// Bytes of a corpus file to text. UTF-8 is read as is; a file in another encoding is decoded,
// not skipped: a byte-order mark or an HTML <meta charset> decides when present, otherwise
// jschardet (a port of Mozilla's universal charset detector) names the encoding and
// iconv-lite decodes it: Windows-1252 and Latin-1 transcripts exported on Windows, GBK/GB18030
// pages from Chinese government sites, Big5, Shift_JIS, UTF-16. Bytes that are not valid in
// the encoding are dropped (never a whole file).
import iconv from 'iconv-lite';
import jschardet from 'jschardet';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read in: "utf-8", or the one they were decoded from ("windows-1252"). */
  encoding: string;
}

/** What detectors and pages call an encoding, to the name iconv-lite decodes it by (supersets where one exists). */
const ALIASES: Record<string, string> = {
  'gb2312': 'gb18030',
  'gbk': 'gb18030',
  'x-gbk': 'gb18030',
  'ascii': 'utf-8',
  'us-ascii': 'utf-8',
  'iso-8859-1': 'windows-1252',
  'latin1': 'windows-1252',
  'sjis': 'shift_jis',
  'x-sjis': 'shift_jis',
  'euc-tw': 'big5',
};

const canonical = (name: string) => {
  const lower = name.trim().toLowerCase();
  return ALIASES[lower] ?? lower;
};

/** The charset a page declares in its first bytes: <meta charset="gbk"> or content="text/html; charset=gbk". */
function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i);
  return m ? canonical(m[1]!) : null;
}

function decodeAs(bytes: Buffer, encoding: string): string {
  // iconv-lite puts U+FFFD for bytes the encoding does not define: those bytes are dropped.
  return iconv.decode(bytes, encoding, { stripBOM: true }).replace(/\uFFFD/g, '');
}

/** Decodes a file's bytes; throws with the reason a file is not text. */
export function decodeText(bytes: Buffer): DecodedText {
  if (bytes.length === 0) throw new Error('empty file');
  const decoded = decodeBytes(bytes);
  if (!decoded.text.replace(/^\uFEFF/, '').trim()) throw new Error('empty file (only white space)');
  return decoded;
}

function decodeBytes(bytes: Buffer): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeAs(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeAs(bytes, 'utf-16be'), encoding: 'utf-16be' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (bytes.includes(0)) {
    // UTF-16 without a mark: NUL in every other byte of mostly-ASCII text.
    const guess = jschardet.detect(bytes);
    const name = guess.encoding ? canonical(guess.encoding) : '';
    if (name.startsWith('utf-16') || name.startsWith('utf-32')) return { text: decodeAs(bytes, name), encoding: name };
    throw new Error('binary file (contains NUL bytes), not text');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: what the page declares, else what the detector finds.
  }
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && iconv.encodingExists(declared)) return { text: decodeAs(bytes, declared), encoding: declared };
  const guess = jschardet.detect(bytes);
  const name = guess.encoding ? canonical(guess.encoding) : null;
  if (!name || name === 'utf-8' || !iconv.encodingExists(name)) throw new Error('not valid UTF-8 text, and its encoding could not be detected');
  return { text: decodeAs(bytes, name), encoding: name };
}
