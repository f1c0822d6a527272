// Saved web pages (.html): the page's text with one paragraph per block element, what the
// page's head states about it (title, date, canonical URL, site name), and nothing from
// scripts, styles, navigation, asides, forms or footers. htmlparser2 streams the markup and
// FlatParser bounds how deep elements nest, so a page is read in time linear in its size; the
// text then goes through parseText.
//
// Why our own reader and not Mozilla Readability: measured with `npm run bench:extractors` on the
// 30 kremlin-en pages against their label oracle, Readability over linkedom (its article then
// read by this same code) served 2,839 of 2,877 article paragraphs, 1,288 of 1,295 labelled turns
// right and 8 furniture passages in 2.1 s; this reader 2,842, 1,291 and 8 in 0.6 s. (Before the
// block statistics, hidden-element and caption rules, the figures were 127 furniture passages for
// this reader against 49 for Readability: the rules closed that gap.) Not worse anywhere, faster,
// and one dependency fewer at run time.
import { Parser, type Handler, type ParserOptions } from 'htmlparser2';
import { parseDateValue } from './dates.ts';
import type { DocumentMeta, ParsedDocument } from './passage.ts';
import { parseText, type ParseHints } from './parse-text.ts';
import { preformattedParagraphs } from './preformatted.ts';

/** Elements whose content is never what anybody said. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'aside', 'footer', 'form', 'button', 'select', 'iframe', 'figure', 'head']);
/** Elements that end a paragraph. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'blockquote', 'pre', 'hr', 'body', 'center']);

/**
 * Class names of page parts that are never what anybody said (captions, galleries, share bars,
 * tooltips, menus), and of parts the page hides. Matched as whole class tokens or BEM blocks
 * ("tooltip", "read__tooltip", "share-bar").
 */
const SKIP_CLASS = /(?:^|[\s_-])(?:breadcrumbs?|caption|carousel|cookie|credits?|gallery|hidden|lightbox|menu|navbar|pagination|share|sharing|sidebar|slider|slideshow|social|sr-only|tooltip|visually-hidden)(?=$|[\s_-])/i;
/** A paragraph whose text is mostly links and short (a "see also" item, a tag list) is a link list, as jusText judges link density. */
const MAX_LINK_SHARE = 0.5;
const LINK_LIST_WORDS = 25;

/** Open elements beyond which a page's nesting is flattened (real pages stay far below). */
export const MAX_OPEN_ELEMENTS = 256;

/**
 * htmlparser2's Parser keeps the open elements in an array it unshifts and searches at every
 * tag, so a page that never closes its tags costs time quadratic in its size. With
 * MAX_OPEN_ELEMENTS open, a new element is opened and closed at once, as a void element is:
 * deeper nesting is flattened (its text and paragraph breaks kept), and each tag costs at most
 * MAX_OPEN_ELEMENTS steps. End tags still close the elements that are open.
 */
class FlatParser extends Parser {
  private readonly openElements: () => number;
  private closing = false;
  /** The answer given for the start tag being read: the parser asks twice (push it? close it at once?). */
  private flatten: boolean | null = null;

  constructor(cbs: Partial<Handler>, options: ParserOptions, openElements: () => number) {
    super(cbs, options);
    this.openElements = openElements;
  }

  protected override isVoidElement(name: string): boolean {
    if (super.isVoidElement(name)) return true;
    if (this.closing) return false;
    if (this.flatten !== null) {
      const flatten = this.flatten;
      this.flatten = null;
      return flatten;
    }
    this.flatten = this.openElements() >= MAX_OPEN_ELEMENTS;
    return this.flatten;
  }

  override onopentagname(start: number, endIndex: number): void {
    this.flatten = null;
    super.onopentagname(start, endIndex);
  }

  override onclosetag(start: number, endIndex: number): void {
    this.closing = true;
    try {
      super.onclosetag(start, endIndex);
    } finally {
      this.closing = false;
    }
  }
}

export function parseHtml(raw: string, hints: ParseHints = {}): ParsedDocument {
  const meta: Partial<Record<keyof DocumentMeta | 'pageTitle' | 'h1' | 'description' | 'timeDate' | 'itemDate', string>> = {};
  const out: string[] = [];
  let skipDepth = 0;
  // Whether each open element is hidden (skipped with its content).
  const elementStack: boolean[] = [];
  /** Image descriptions: a paragraph repeating one is the picture's caption. */
  const alts = new Set<string>();
  // Link density of the paragraph being read: characters inside <a> and in all.
  let linkDepth = 0;
  let blockStart = 0;
  let linkChars = 0;
  let allChars = 0;
  // A paragraph entirely in bold with no colon is a heading, not speech.
  let boldDepth = 0;
  let boldChars = 0;
  // Bold left open from an earlier block (a page that never closes <b>) makes no heading.
  let boldBefore = false;
  const endBlock = () => {
    const words = out.slice(blockStart).join('').trim().split(/\s+/).length;
    const heading = !boldBefore && boldDepth === 0 && allChars > 0 && boldChars >= allChars - 1 && !/[:：]\s*$/.test(out.slice(blockStart).join('').trim()) && words <= 12;
    if (allChars > 0 && ((linkChars / allChars > MAX_LINK_SHARE && words <= LINK_LIST_WORDS) || heading)) out.length = blockStart;
    out.push('\n\n');
    blockStart = out.length;
    linkChars = 0;
    allChars = 0;
    boldChars = 0;
    boldBefore = boldDepth > 0;
  };
  let inTitle = false;
  let inH1 = false;
  let h1 = '';
  let pageTitle = '';
  // Elements opened and not yet closed: htmlparser2 reports a close for every open, void ones at once.
  let open = 0;
  // Text inside <pre> keeps its lines and indentation; it is read by preformattedParagraphs.
  let preDepth = 0;
  let pre = '';

  const parser = new FlatParser(
    {
      onopentag(name, attrs) {
        open++;
        if (name === 'meta') readMeta(attrs, meta);
        // The article's own <time>: marked as its publication date by itemprop or class.
        if (name === 'time' && attrs.datetime && /datepublished|publish/i.test(`${attrs.itemprop ?? ''} ${attrs.class ?? ''}`)) meta.timeDate ??= attrs.datetime;
        if (name === 'link' && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href) meta.url ??= attrs.href;
        if (name === 'title') inTitle = true;
        if (name === 'img' && attrs.alt) alts.add(foldText(attrs.alt));
        const hidden = isHidden(attrs);
        elementStack.push(hidden);
        if ((SKIP.has(name) && name !== 'head') || hidden) skipDepth++;
        if (skipDepth) return;
        if (name === 'h1' && !meta.h1) inH1 = true;
        if (preDepth) {
          // GPO pages mark a submitted statement with "<bullet>" where its indentation was.
          if (name === 'bullet') pre += '  ';
          else if (name === 'br') pre += '\n';
          return;
        }
        if (name === 'pre') preDepth++;
        if (name === 'a') linkDepth++;
        if (name === 'b' || name === 'strong') boldDepth++;
        if (name === 'br') out.push('\n');
        else if (BLOCK.has(name)) endBlock();
      },
      ontext(text) {
        if (inTitle) pageTitle += text;
        if (skipDepth) return;
        if (inH1) h1 += text;
        if (preDepth) {
          pre += text;
          return;
        }
        const chars = text.replace(/\s+/g, '').length;
        allChars += chars;
        if (linkDepth) linkChars += chars;
        if (boldDepth) boldChars += chars;
        out.push(text.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        open--;
        if (name === 'title') inTitle = false;
        const hidden = elementStack.pop() ?? false;
        if (((SKIP.has(name) && name !== 'head') || hidden) && skipDepth) {
          skipDepth--;
          return;
        }
        if (skipDepth) return;
        if (name === 'pre' && preDepth && --preDepth === 0) {
          // Preformatted text is its own blocks: the text before it is judged alone, and it is never dropped.
          endBlock();
          out.push(`${preformattedParagraphs(pre)}\n\n`);
          blockStart = out.length;
          pre = '';
        }
        if (preDepth) return;
        if (name === 'a' && linkDepth) linkDepth--;
        if ((name === 'b' || name === 'strong') && boldDepth) boldDepth--;
        if (name === 'h1' && inH1) {
          inH1 = false;
          meta.h1 = h1.replace(/\s+/g, ' ').trim();
        }
        if (BLOCK.has(name)) endBlock();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
    () => open,
  );
  parser.write(raw);
  parser.end();
  endBlock();

  const title = clean(meta.title) ?? clean(meta.h1) ?? clean(pageTitle);
  const url = meta.url && /^https?:\/\//i.test(meta.url) ? meta.url : null;
  // Captions (a paragraph repeating an image's description, with maybe a photo credit) and the
  // page's summary repeated as its first paragraph (meta description) are not passages.
  const summary = meta.description ? foldText(meta.description) : null;
  const text = out
    .join('')
    .split(/\n{2,}/)
    .filter((block) => {
      const folded = foldText(block);
      if (!folded) return true;
      // The summary may run over the first paragraphs: each one it holds whole goes.
      if (summary && (folded === summary || (summary.includes(folded) && folded.split(' ').length >= 5))) return false;
      return !isCaption(folded, alts);
    })
    .join('\n\n')
    .replace(/[ \t]*\n[ \t]*/g, '\n');
  return parseText(text, { ...hints, joinLines: true, meta: { title, date: [meta.date, meta.timeDate, meta.itemDate].map((d) => (d ? parseDateValue(d) : null)).find(Boolean) ?? null, source: clean(meta.source), url } });
}

const foldText = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();

/** A caption: an image's description (at least a few words), alone or followed by a photo credit. */
function isCaption(folded: string, alts: ReadonlySet<string>): boolean {
  if (alts.has(folded)) return true;
  const credit = folded.search(/\s(?:photo|photograph|image|credit)s?\s*[:：]/);
  return credit > 0 && alts.has(folded.slice(0, credit).trim());
}

/** Elements the page does not show: the hidden attribute, aria-hidden, display:none, or a class that skips. */
function isHidden(attrs: Record<string, string>): boolean {
  if ('hidden' in attrs || attrs['aria-hidden'] === 'true') return true;
  if (attrs.style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(attrs.style)) return true;
  return attrs.class !== undefined && SKIP_CLASS.test(attrs.class);
}

const clean = (s: string | undefined) => (s && s.trim() ? s.replace(/\s+/g, ' ').trim() : null);

/** The head's statements about the page: Open Graph, article and Dublin Core names. */
function readMeta(attrs: Record<string, string>, meta: Partial<Record<string, string>>): void {
  const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
  const value = attrs.content;
  if (!value) return;
  if (key === 'og:title' || key === 'twitter:title' || key === 'dc.title') meta.title ??= value;
  // itemprop="datePublished" on a <meta> belongs to whatever schema.org object holds it (a photo,
  // a video): the weakest statement of the page's date, read last.
  else if (attrs.itemprop && key === 'datepublished') meta.itemDate ??= value;
  else if (['article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'sailthru.date'].includes(key)) meta.date ??= value;
  else if (key === 'og:url') meta.url ??= value;
  else if (key === 'og:site_name' || key === 'application-name') meta.source ??= value;
  else if (key === 'og:description' || key === 'description') meta.description ??= value;
}
