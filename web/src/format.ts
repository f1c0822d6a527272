// Words and dates as the page shows them.
import type { Kind } from './api-types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-05-24" → "24 May 2024", "2024-05" → "May 2024", "2024" → "2024". Parsed by hand: no time zone can shift it. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return 'Undated';
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function shortMonth(month: string): string {
  return (MONTHS[Number(month) - 1] ?? month).slice(0, 3);
}

export const KIND_LABELS: Record<Kind, string> = {
  question: 'Question',
  speech: 'Statement',
  quote: 'Quote',
  narration: 'Narration',
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** Only http(s) URLs become links: a corpus `javascript:` URL must never be clickable. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The first words of a passage, cut at a word boundary. */
export function passageStart(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}
