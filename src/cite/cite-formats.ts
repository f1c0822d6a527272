// A passage citation in each format the API offers: plain text, BibTeX, RIS and CSL-JSON.
import { spelledDate, type PassageCitation } from './passage-citation.ts';

export const CITE_FORMATS = ['text', 'bibtex', 'ris', 'csl-json'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

/** Content-Type and file extension of each format. */
export const CITE_MEDIA: Record<CiteFormat, { type: string; extension: string }> = {
  text: { type: 'text/plain; charset=utf-8', extension: 'txt' },
  bibtex: { type: 'application/x-bibtex; charset=utf-8', extension: 'bib' },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', extension: 'ris' },
  'csl-json': { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', extension: 'json' },
};

/** Inner double quotes become single ones, so the quote's own marks never close the citation's. */
const nestQuotes = (text: string) => text.replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");

/** One paragraph of text: "Who (role), “the whole passage,” Title, Source, date, paragraph n. URL. Verbatim: permalink." */
export function textCitation(c: PassageCitation): string {
  const who = c.author ? `${c.author.name}${c.role ? ` (${c.role})` : ''}` : 'Unattributed';
  const parts = [`${who}, “${nestQuotes(c.quote.trim())}”`, `“${c.title}”`, c.container, c.issued ? spelledDate(c.issued) : null, `paragraph ${c.paragraph}`];
  return `${parts.filter(Boolean).join(', ')}.${c.url ? ` ${c.url}.` : ''} Verbatim: ${c.permalink}.`;
}

const issuedParts = (issued: string) => issued.split('-').map(Number);

/** A CSL-JSON item (the format Zotero and citeproc read). */
export function cslItem(c: PassageCitation): Record<string, unknown> {
  return {
    id: c.passageId,
    type: 'speech',
    ...(c.author ? { author: [c.author.kind === 'person' ? { family: c.author.family, ...(c.author.given ? { given: c.author.given } : {}) } : { literal: c.author.name }] } : {}),
    title: c.title,
    ...(c.container ? { 'container-title': c.container } : {}),
    ...(c.issued ? { issued: { 'date-parts': [issuedParts(c.issued)] } } : {}),
    URL: c.url ?? c.permalink,
    abstract: c.quote,
    note: `Paragraph ${c.paragraph}. Verbatim: ${c.permalink}`,
    archive: 'Verbatim',
    archive_location: c.permalink,
  };
}

/** A field value with TeX's special characters escaped and line breaks folded. */
export function bibtexValue(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}%&$#_^~]/g, (ch) => (ch === '\\' ? '\\textbackslash{}' : ch === '^' ? '\\textasciicircum{}' : ch === '~' ? '\\textasciitilde{}' : `\\${ch}`));
}

/** A URL as a BibTeX field value: the characters a braced value cannot hold are percent-encoded. */
const bibtexUrl = (url: string) => url.replace(/[{}\\%\s]/g, (ch) => (ch === '%' ? '\\%' : encodeURIComponent(ch)));

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A BibTeX @misc entry keyed by the passage id; an organisation's name is braced so it is not split. */
export function bibtexEntry(c: PassageCitation): string {
  const fields: [string, string][] = [];
  if (c.author) fields.push(['author', c.author.kind === 'person' ? `${bibtexValue(c.author.family)}${c.author.given ? `, ${bibtexValue(c.author.given)}` : ''}` : `{${bibtexValue(c.author.name)}}`]);
  fields.push(['title', bibtexValue(c.title)]);
  if (c.container) fields.push(['howpublished', bibtexValue(c.container)]);
  if (c.issued) {
    const [year, month] = issuedParts(c.issued);
    fields.push(['year', String(year)]);
    if (month) fields.push(['month', MONTH_NAMES[month - 1]!]);
    fields.push(['date', c.issued]);
  }
  fields.push(['url', bibtexUrl(c.url ?? c.permalink)]);
  fields.push(['note', bibtexValue(`Paragraph ${c.paragraph}. Verbatim: ${c.permalink}`)]);
  fields.push(['abstract', bibtexValue(c.quote)]);
  // month is a macro (may), every other value braced.
  const body = fields.map(([k, v]) => `  ${k} = ${k === 'month' ? v : `{${v}}`},`).join('\n');
  return `@misc{verbatim-${c.passageId.replace(/[^A-Za-z0-9_-]/g, '')},\n${body}\n}\n`;
}

/** A RIS value on one line: RIS has no escapes, so line breaks and control characters become spaces. */
export const risValue = (text: string) => text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();

/** A RIS record (TY … ER), as EndNote, Zotero and Mendeley import. */
export function risRecord(c: PassageCitation): string {
  const lines: [string, string][] = [['TY', 'GEN']];
  if (c.author) lines.push(['AU', c.author.kind === 'person' ? `${c.author.family}${c.author.given ? `, ${c.author.given}` : ''}` : c.author.name]);
  lines.push(['TI', c.title]);
  if (c.container) lines.push(['T2', c.container]);
  if (c.issued) {
    const [year, month, day] = c.issued.split('-');
    lines.push(['PY', year!]);
    lines.push(['DA', `${year}/${month ?? ''}/${day ?? ''}/`]);
  }
  lines.push(['UR', c.url ?? c.permalink]);
  lines.push(['N1', `Paragraph ${c.paragraph}. Verbatim: ${c.permalink}`]);
  lines.push(['AB', c.quote]);
  lines.push(['DB', 'Verbatim']);
  lines.push(['ID', c.passageId]);
  return `${lines.map(([tag, value]) => `${tag}  - ${risValue(value)}`).join('\r\n')}\r\nER  - \r\n`;
}

/** Several citations in one format, as one file. */
export function formatCitations(citations: PassageCitation[], format: CiteFormat): string {
  switch (format) {
    case 'text':
      return citations.map(textCitation).join('\n\n') + '\n';
    case 'bibtex':
      return citations.map(bibtexEntry).join('\n');
    case 'ris':
      return citations.map(risRecord).join('\r\n');
    case 'csl-json':
      return JSON.stringify(citations.map(cslItem), null, 2) + '\n';
  }
}
