// The page's pure pieces: URL state, highlight ranges, timeline bars, citations, exports.
import { describe, expect, it } from 'vitest';
import { citation, type CitablePassage } from '../../web/src/citation.ts';
import { formatDate, safeHttpUrl } from '../../web/src/format.ts';
import { normaliseRanges } from '../../web/src/highlighted.tsx';
import { RESULT_WINDOW, servedPages } from '../../web/src/pager.tsx';
import { MAX_RESULT_WINDOW } from '../../src/search/params.ts';
import { savedToCsv, toSaved } from '../../web/src/saved-store.ts';
import { parseSearchState, searchUrl } from '../../web/src/search-state.ts';
import { timelineBars } from '../../web/src/timeline.tsx';

const passage: CitablePassage = {
  id: 'p1',
  text: 'Steel remains our backbone, but innovation drives growth.',
  kind: 'speech',
  speaker: { id: 'wang-zhengpu', name: 'Wang Zhengpu' },
  role: 'Governor of Hebei',
  date: '2024-05-24',
  document: { id: 'd1', title: 'SCIO press conference', displayTitle: 'SCIO press conference', source: 'China.org.cn', url: 'http://www.china.org.cn/x.htm', date: '2024-05-24' },
};

describe('search state in the URL', () => {
  it('reads the state, dropping duplicates and values the API would refuse', () => {
    const state = parseSearchState('?q=steel&speaker=a&speaker=a&speaker=b&kind=question&kind=bogus&from=2024-13&to=2025&sort=oldest&page=3');
    expect(state).toEqual({ q: 'steel', speakers: ['a', 'b'], kinds: ['question'], source: '', from: '', to: '2025', sort: 'oldest', page: 3, asTyped: false });
    expect(searchUrl(state)).toBe('/?q=steel&speaker=a&speaker=b&kind=question&to=2025&sort=oldest&page=3');
  });

  it('keeps as_typed (search the words as typed, not their correction) in the URL', () => {
    const state = parseSearchState('?q=goverment&as_typed=true');
    expect([state.q, state.asTyped]).toEqual(['goverment', true]);
    expect(searchUrl(state)).toBe('/?q=goverment&as_typed=true');
    expect(parseSearchState('?q=goverment&as_typed=1').asTyped).toBe(false);
  });

  it('leaves defaults out of the URL', () => {
    expect(searchUrl(parseSearchState('?q=&sort=best&page=1'))).toBe('/');
    expect(searchUrl(parseSearchState("?q=Xiong'an&source=China+Daily"))).toBe('/?q=Xiong%27an&source=China+Daily');
  });
});

describe('highlight ranges', () => {
  it('sorts, merges overlaps and clamps to the text', () => {
    expect(normaliseRanges([[5, 8], [0, 2], [1, 3], [7, 12], [20, 25], [30, 31], [4, 4]], 22)).toEqual([[0, 3], [5, 12], [20, 22]]);
  });
});

describe('timeline bars', () => {
  it('fills the months between the first and last match with zeros', () => {
    expect(timelineBars([{ value: '2025-01', count: 1 }, { value: '2024-11', count: 2 }], [])).toEqual([
      { value: '2024-11', count: 2 },
      { value: '2024-12', count: 0 },
      { value: '2025-01', count: 1 },
    ]);
  });

  it('draws years when the span is over three years', () => {
    const months = [{ value: '2020-01', count: 1 }, { value: '2023-02', count: 4 }];
    const years = [{ value: '2020', count: 1 }, { value: '2023', count: 4 }];
    expect(timelineBars(months, years)).toEqual([
      { value: '2020', count: 1 },
      { value: '2021', count: 0 },
      { value: '2022', count: 0 },
      { value: '2023', count: 4 },
    ]);
  });
});

describe('citation', () => {
  it('names speaker, role, passage start, document, source, date, URL, permalink and the day accessed', () => {
    expect(citation(passage, new Date('2026-11-22T10:00:00Z'), 'https://verbatim.example')).toBe(
      'Wang Zhengpu (Governor of Hebei), “Steel remains our backbone, but innovation drives growth.”, in “SCIO press conference”, China.org.cn, 24 May 2024. ' +
        'http://www.china.org.cn/x.htm. Verbatim: https://verbatim.example/p/p1 (accessed 22 November 2026).',
    );
  });

  it('leaves out a source URL that is not http(s)', () => {
    const cited = citation({ ...passage, speaker: null, role: null, document: { ...passage.document, url: 'javascript:alert(1)' } }, new Date('2026-01-02T00:00:00Z'), 'http://localhost:3000');
    expect(cited).toBe('Unattributed, “Steel remains our backbone, but innovation drives growth.”, in “SCIO press conference”, China.org.cn, 24 May 2024. Verbatim: http://localhost:3000/p/p1 (accessed 2 January 2026).');
  });
});

describe('citation of a long or untitled passage', () => {
  it('quotes the whole passage, its own double quotes turned single, and names an untitled document by source and date', () => {
    const text = `He said "${'word '.repeat(60).trim()}" and left.`;
    const cited = citation({ ...passage, text, document: { ...passage.document, title: null, url: null } }, new Date('2026-01-02T00:00:00Z'), 'http://localhost:3000');
    expect(cited).toBe(`Wang Zhengpu (Governor of Hebei), “He said '${'word '.repeat(60).trim()}' and left.”, in “China.org.cn transcript, 24 May 2024”, China.org.cn, 24 May 2024. Verbatim: http://localhost:3000/p/p1 (accessed 2 January 2026).`);
  });

  it('leaves an undated passage undated instead of printing "Undated"', () => {
    const cited = citation({ ...passage, date: null, document: { ...passage.document, date: null } }, new Date('2026-01-02T00:00:00Z'), 'http://localhost:3000');
    expect(cited).not.toContain('Undated');
  });
});

describe('links and dates', () => {
  it('accepts only http(s) URLs', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl('HTTPS://Example.com/a')).toBe('https://example.com/a');
  });

  it('formats dates by hand at each precision', () => {
    expect([formatDate('2024-05-24'), formatDate('2024-05'), formatDate('2024'), formatDate(null)]).toEqual(['24 May 2024', 'May 2024', '2024', 'Undated']);
  });
});

describe('saved passages export', () => {
  it('writes CSV with quoting and neutralised spreadsheet formulas', () => {
    const saved = toSaved({ ...passage, text: '=HYPERLINK("http://evil")', role: 'Governor, Hebei' }, new Date('2026-11-22T10:00:00Z'), 'http://localhost:3000');
    expect(savedToCsv([saved])).toBe(
      'id,text,kind,speaker,speakerId,role,date,documentId,documentTitle,source,url,permalink,savedAt\r\n' +
        `p1,"'=HYPERLINK(""http://evil"")",speech,Wang Zhengpu,wang-zhengpu,"Governor, Hebei",2024-05-24,d1,SCIO press conference,China.org.cn,http://www.china.org.cn/x.htm,http://localhost:3000/p/p1,2026-11-22T10:00:00.000Z\r\n`,
    );
  });
});

describe('servedPages', () => {
  it('links no page past the results the API serves', () => {
    expect(RESULT_WINDOW).toBe(MAX_RESULT_WINDOW);
    expect([servedPages(0, 20), servedPages(45, 20), servedPages(693_507, 20), servedPages(693_507, 100), servedPages(10_000, 20)]).toEqual([1, 3, 500, 100, 500]);
  });
});
