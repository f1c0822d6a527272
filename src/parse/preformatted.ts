// Preformatted text (an HTML <pre> block) -> paragraphs, one per blank-line-separated block.
// Shape: a typewriter-era record (the Congressional Record's GPO pages, court transcripts,
// old wire copy) whose paragraphs are marked only by indentation: a line indented by exactly
// two spaces starts one, the lines at column 0 after it continue it; lines indented further are
// headings, tables or inserted text, each its own block. Page-break markers ("[[Page S697]]",
// "{time}  1045") are furniture even inside a paragraph, which carries on after them. Any other
// preformatted text keeps its own blank-line paragraphs.

/** Page breaks and clock marks a printed record puts between lines. */
const PAGE_MARK = /^\s*(?:\[\[Page [^\]]{1,20}\]\]|\{time\}\s+\d{3,4}|_{3,})\s*$/;
/** A header line of a printed record: wholly in brackets, or a line that ends in a bracketed web address. */
const HEADER_LINE = /^(?:\[[^\]]*\]|.{0,160}\[(?:https?:\/\/)?www\.[^\]\s]+\])$/;

export function preformattedParagraphs(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // The header block at the top (bracketed lines, "From ... [www.gpo.gov]") is furniture.
  let start = 0;
  while (start < lines.length && !lines[start]!.trim()) start++;
  while (start < lines.length && HEADER_LINE.test(lines[start]!.trim())) start++;
  const body = lines.slice(start);
  const indented = body.filter((l) => /^ {2}\S/.test(l)).length;
  const flush = body.filter((l) => /^\S/.test(l)).length;
  if (indented < 2 || flush < indented) return body.filter((l) => !PAGE_MARK.test(l)).join('\n');

  const paragraphs: string[] = [];
  let current: string[] | null = null;
  const end = () => {
    if (current?.length) paragraphs.push(current.join(' '));
    current = null;
  };
  for (const line of body) {
    if (!line.trim() || PAGE_MARK.test(line)) continue;
    if (/^ {2}\S/.test(line)) {
      end();
      current = [line.trim()];
    } else if (/^\S/.test(line) && current) current.push(line.trim());
    else {
      // A heading, table row or inserted line: a block of its own.
      end();
      paragraphs.push(line.trim());
    }
  }
  end();
  return paragraphs.join('\n\n');
}
