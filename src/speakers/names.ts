// Names as documents print them: honorifics, capitals, outlets and descriptions.

/** Titles printed before a surname in labels ("MS. JEAN-PIERRE", "AMBASSADOR TAI"); dropped to find the person. */
const HONORIFICS = new Set(
  [
    'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'madam', 'madame',
    'ambassador', 'secretary', 'administrator', 'chair', 'chairman', 'chairwoman', 'governor', 'gov', 'senator', 'sen',
    'representative', 'rep', 'congressman', 'congresswoman', 'mayor', 'general', 'gen', 'admiral', 'adm', 'colonel', 'col',
    'captain', 'capt', 'major', 'maj', 'lieutenant', 'lt', 'sergeant', 'sgt', 'judge', 'justice', 'commissioner',
    'director', 'minister', 'president', 'premier', 'chancellor', 'deputy', 'rev', 'reverend', 'father', 'rabbi', 'imam',
    'sheikh', 'he', 'h.e', 'excellency', 'spokesperson', 'spokesman', 'spokeswoman', 'counselor', 'vice', 'prime',
  ],
);

/** Words that make a label a description of a role rather than a name ("SENIOR ADMINISTRATION OFFICIAL"). */
const GENERIC_WORDS =
  /\b(?:official|officials|moderator|operator|aide|member|participant|participants|speaker|reporter|reporters|journalist|audience|host|anchor|interviewer|interviewee|narrator|panelist|panellist|staff|voice|unidentified|unknown|crowd|audience|questioner|translator|interpreter|presenter|correspondent|caller|student|attendee|man|woman|child|guest|everyone|all|both|several|spokesperson|announcer)\b/i;

/** Words in the names of news outlets, whose labelled turns are questions. */
const OUTLET_WORDS =
  /\b(?:Daily|News|Times|Post|Press|TV|Television|Radio|Agency|Network|Journal|Herald|Tribune|Media|Broadcast\w*|Channel|Magazine|Weekly|Gazette|Observer|Review|Plus|Xinhua|CCTV|CGTN|CRI|Reuters|AFP|Bloomberg|BBC|CNN|NBC|CBS|ABC|Fox|NPR|PBS|MSNBC|NHK|Kyodo|Yonhap|TASS|Sputnik|RIA|Phoenix|Caixin|Sina|Tencent|Paper|Online|Nikkei|Jazeera|Bernama|Antara|Anadolu|EFE|ANSA|DPA|Yomiuri|Asahi|Mainichi|Sankei|Hindu|Dawn|Politico|Axios|Newsweek|Economist|Guardian|Telegraph|Independent|Monitor|Telegram|Courier|Chronicle|Dispatch|Globe|Star|Sun|Mirror|Express|Bulletin|Wire|Publishing|Newspaper|Outlet)\b|\.com\b|\.cn\b/;

export function isOutletName(name: string): boolean {
  return OUTLET_WORDS.test(name);
}

export function isGenericName(name: string): boolean {
  return GENERIC_WORDS.test(name) && !/\b(?:mr|mrs|ms|dr)\b\.?/i.test(name);
}

/** Splits leading honorifics off a printed name: "MS. JEAN-PIERRE" -> ["MS.", "JEAN-PIERRE"]. */
export function splitHonorific(name: string): { honorific: string; rest: string } {
  const words = name.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  return { honorific: words.slice(0, i).join(' '), rest: words.slice(i).join(' ') };
}

/** "JEAN-PIERRE" -> "Jean-Pierre", "MCCABE" -> "McCabe"; names already in mixed case are kept. */
export function titleCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s\-'’.(])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/\bMc(\p{Ll})/gu, (_, ch: string) => 'Mc' + ch.toUpperCase())
    .replace(/\b(Of|And|The|For|De|Da|Van|Von|Del|Der|Di|Du|La|Le)\b(?!$)/g, (w) => w.toLowerCase())
    .replace(/^(\p{Ll})/u, (ch) => ch.toUpperCase());
}

/** A key under which spellings of one name meet: case, diacritics, apostrophes and dots folded. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[\s\-]+/g, ' ')
    .trim();
}

/** A URL- and id-safe slug of a name. */
export function slugify(name: string): string {
  const slug = nameKey(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'speaker';
}

/** Words of titles and offices that precede names in document titles ("Press Secretary Karine Jean-Pierre"). */
const TITLE_WORDS = new Set(
  [
    'press', 'secretary', 'deputy', 'national', 'security', 'communications', 'advisor', 'adviser', 'director', 'minister',
    'ministry', 'spokesperson', 'spokesman', 'spokeswoman', 'president', 'vice', 'prime', 'chair', 'chairman', 'chairwoman',
    'administrator', 'ambassador', 'governor', 'senator', 'representative', 'mayor', 'general', 'admiral', 'foreign',
    'environmental', 'protection', 'agency', 'campaign', 'white', 'house', 'economic', 'council', 'office', 'public',
    'engagement', 'united', 'states', 'trade', 'education', 'senior', 'administration', 'officials', 'official', 'apnsa',
    'briefing', 'conference', 'call', 'gaggle', 'regular', 'background', 'remarks', 'statement', 'meeting', 'summit',
    'roundtable', 'interview', 'transcript', 'record', 'the', 'on', 'of', 'for', 'and', 'by', 'with', 'en', 'route',
    'state', 'department', 'defense', 'treasury', 'commerce', 'labor', 'energy', 'justice', 'homeland', 'health',
    'affairs', 'policy', 'climate', 'quality', 'communications', 'chief', 'staff', 'first', 'lady', 'mr', 'ms', 'mrs',
    'dr', 'his', 'her', 'excellency', 'commissioner', 'executive', 'assistant', 'principal', 'special', 'envoy', 'party',
    'committee', 'provincial', 'central', 'people', "people's", 'republic', 'china', 'chinese', 'government', 'scio',
    'new', 'year', 'day', 'week', 'press-conference', 'joint', 'daily', 'q&a', 'q', 'a', 'and', 'at', 'in', 'to',
    'agriculture', 'transportation', 'interior', 'veterans', 'housing', 'urban', 'development', 'advisers', 'advisors',
    'nations', 'united', 'council', 'economic', 'management', 'budget', 'science', 'technology', 'homeland', 'attorney',
    'surgeon', 'general', 'intelligence', 'director', 'coordinator', 'representative', 'envoy', 'chair', 'deputy',
    'previewing', 'announcing', 'discussing', 'ahead', 'following', 'after', 'before', 'during', 'about', 'regarding',
  ],
);

export interface TitlePerson {
  name: string;
  role: string | null;
}

/** Office words that may stand inside a role, lower-case ("Director of the Office"). */
const ROLE_JOINERS = new Set(['of', 'the', 'for', 'on', 'to']);

/**
 * People a title names, with the office printed before each:
 * "Press Briefing by Press Secretary Karine Jean-Pierre and NSC Advisor John Kirby" ->
 * Karine Jean-Pierre (Press Secretary), John Kirby (NSC Advisor). A name counts only
 * after an office, so "Efforts on Student Debt" names nobody.
 */
export function peopleInTitle(title: string): TitlePerson[] {
  const people: TitlePerson[] = [];
  const words = title.split(/\s+/).filter(Boolean);
  const isName = (w: string) => /^\p{Lu}[\p{L}'’\-]*\.?$/u.test(w.replace(/['’]s$/u, '').replace(/[,;:]$/, '')) && !TITLE_WORDS.has(bare(w).toLowerCase());
  const isOffice = (w: string) => /^\p{Lu}/u.test(w) && TITLE_WORDS.has(bare(w).toLowerCase());
  for (let i = 0; i < words.length; i++) {
    if (!isName(words[i]!) || (i > 0 && isName(words[i - 1]!) && !/[,;:]$|['’]s$/u.test(words[i - 1]!))) continue;
    let end = i;
    while (end < words.length && isName(words[end]!) && end - i < 3) {
      end++;
      if (/[,;:]$|['’]s$/u.test(words[end - 1]!)) break;
    }
    let nameWords = words.slice(i, end).map(bare);
    if (nameWords.length < 2) continue;
    // Three capitalised words after an office: the first usually completes the office
    // ("Secretary of Agriculture Patricia Brennan"), unless the middle one is an initial.
    let nameStart = i;
    if (nameWords.length === 3 && !/^\p{Lu}\.$/u.test(nameWords[1]!) && i > 0 && ROLE_JOINERS.has(words[i - 1]!)) {
      nameWords = nameWords.slice(1);
      nameStart = i + 1;
    }
    let roleStart = i;
    while (roleStart > 0 && (isOffice(words[roleStart - 1]!) || (ROLE_JOINERS.has(words[roleStart - 1]!) && roleStart > 1 && isOfficeish(words, roleStart - 2)))) roleStart--;
    while (roleStart < i && ROLE_JOINERS.has(words[roleStart]!)) roleStart++;
    if (roleStart === nameStart) continue;
    const role = words.slice(roleStart, nameStart).join(' ');
    if (/^(?:Press|Background|Regular|On|The)\b/.test(role) && !/(?:Secretary|Spokesperson|Spokesman|Spokeswoman|Advisor|Adviser|Director|Minister|President|Governor|Ambassador|Administrator|Chair\w*|Secretary|Official)\b/.test(role)) continue;
    people.push({ name: nameWords.join(' '), role: cleanRole(role) });
    i = end - 1;
  }
  return people;
}

const bare = (w: string) => w.replace(/['’]s$/u, '').replace(/[,;:]$/, '');
const isOfficeish = (words: string[], k: number) => /^\p{Lu}/u.test(words[k]!) || ROLE_JOINERS.has(words[k]!);

/** Drops event words a role run can start with: "Regular Press Conference Spokesperson" -> "Spokesperson". */
function cleanRole(role: string): string | null {
  const words = role.split(' ');
  const events = /^(?:Briefing|Call|Gaggle|Conference|Roundtable|Remarks|Statement|Regular|Background|Interview|Meeting|Transcript|Record|Previewing|Visit|Official)$/;
  let last = -1;
  words.forEach((w, k) => {
    if (events.test(bare(w))) last = k;
  });
  const kept = words.slice(last + 1);
  return kept.length ? kept.join(' ') : null;
}
