// Dates as documents state them, to ISO YYYY-MM-DD. Only explicit, complete dates are
// read: a date the text does not state stays null, never guessed.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO date if y-m-d is a real calendar date, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
type DatePattern = [RegExp, (m: RegExpMatchArray) => string | null];

const PATTERNS: DatePattern[] = [
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/, (m) => isoDate(+m[1]!, +m[2]!, +m[3]!)],
  [/\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, (m) => isoDate(+m[1]!, +m[2]!, +m[3]!)],
  [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, (m) => isoDate(+m[1]!, +m[2]!, +m[3]!)],
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), (m) => isoDate(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!)],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), (m) => isoDate(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!)],
];

/** The first pattern that matches `text` with a real calendar date. */
function firstDate(text: string, patterns: DatePattern[]): string | null {
  for (const [pattern, toIso] of patterns) {
    const m = text.match(pattern);
    const iso = m ? toIso(m) : null;
    if (iso) return iso;
  }
  return null;
}

/** The first complete date written in `text`, as ISO, or null. */
export function findDate(text: string): string | null {
  return firstDate(text, PATTERNS);
}

/** A date stated in a URL path: /2024/04/01/, /202503/06/, /2024-04-01/, /20240401/. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const patterns: DatePattern[] = [
    [/\/(\d{4})\/(\d{2})\/(\d{2})(?:\/|$)/, (m) => isoDate(+m[1]!, +m[2]!, +m[3]!)],
    [/\/(\d{4})(\d{2})\/(\d{2})(?:\/|$)/, (m) => isoDate(+m[1]!, +m[2]!, +m[3]!)],
    [/\/(\d{4})-(\d{2})-(\d{2})(?:[/_-]|$)/, (m) => isoDate(+m[1]!, +m[2]!, +m[3]!)],
    [/\/(\d{4})(\d{2})(\d{2})(?:\/|$)/, (m) => isoDate(+m[1]!, +m[2]!, +m[3]!)],
  ];
  return firstDate(path, patterns);
}

/** A metadata date value (front matter, sidecar, JSONL) to ISO; null if it is not one. */
export function parseDateValue(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const m = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z ]*)?$/);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  return findDate(value.trim()) ?? null;
}
