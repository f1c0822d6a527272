// Transcript and article shapes beyond the seeds, each a small literal document.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/parse/parse-html.ts';
import { parseMarkdown } from '../../src/parse/parse-markdown.ts';
import { parseSubtitles } from '../../src/parse/parse-subtitles.ts';
import { parseText } from '../../src/parse/parse-text.ts';
import { peopleInTitle } from '../../src/speakers/names.ts';

const turns = (doc: ReturnType<typeof parseText>) => doc.passages.map((p) => [p.speaker, p.kind, p.text]);

describe('speaker labels', () => {
  it('reads inline title-case labels and outlets asking questions (MFA style)', () => {
    const doc = parseText(
      [
        "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on March 3, 2021",
        '2021/03/03',
        '',
        'AFP: Do you have any comment on the vaccine report?',
        'Zhao Lijian: China highly applauds the cooperation. We will keep working with all sides.',
        'Bloomberg: A follow-up: when will talks resume?',
        'Zhao Lijian: I have no information on that.',
      ].join('\n'),
    );
    expect(turns(doc)).toEqual([
      ['AFP', 'question', 'Do you have any comment on the vaccine report?'],
      ['Zhao Lijian', 'speech', 'China highly applauds the cooperation. We will keep working with all sides.'],
      ['Bloomberg', 'question', 'A follow-up: when will talks resume?'],
      ['Zhao Lijian', 'speech', 'I have no information on that.'],
    ]);
    expect(doc.passages[1]!.role).toBe('Foreign Ministry Spokesperson');
  });

  it('gives "A:" answers to the person the title names as answering', () => {
    const doc = parseText(["Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference", 'March 4, 2021', '', 'Q: Will the minister travel?', 'A: The visit is planned for May.'].join('\n'));
    expect(turns(doc)).toEqual([
      [null, 'question', 'Will the minister travel?'],
      ['Hua Chunying', 'speech', 'The visit is planned for May.'],
    ]);
    expect(doc.passages[1]!.attribution).toBe('answer-label');
  });

  it('reads bold Markdown labels and exported timestamps', () => {
    const md = parseMarkdown(['**Host:** Welcome back to the show.', '', '**Jane Doe:** Thanks for having me.', '', '**Host:** Let us start.'].join('\n'));
    expect(turns(md)).toEqual([
      ['Host', 'speech', 'Welcome back to the show.'],
      ['Jane Doe', 'speech', 'Thanks for having me.'],
      ['Host', 'speech', 'Let us start.'],
    ]);
    const otter = parseText(['Jane Doe  0:03', 'We shipped the bridge on time.', '', 'Sam Lee  0:41', 'And under budget?', '', 'Jane Doe  0:45', 'Yes.'].join('\n'));
    expect(turns(otter)).toEqual([
      ['Jane Doe', 'speech', 'We shipped the bridge on time.'],
      ['Sam Lee', 'speech', 'And under budget?'],
      ['Jane Doe', 'speech', 'Yes.'],
    ]);
    const rev = parseText(['Joe Biden: (00:00)', 'Thank you all.', '', 'Reporter: (00:12)', 'Mr. President, one question.'].join('\n'));
    expect(turns(rev)).toEqual([
      ['Joe Biden', 'speech', 'Thank you all.'],
      [null, 'question', 'Mr. President, one question.'],
    ]);
  });

  it('resolves "MR. ZHAO" to the full name the document gives, even further down', () => {
    const doc = parseText(['MR. ZHAO:  Thank you.', '', 'Host:  We thank Mr. Zhao Dachun for coming.', '', 'Host:  Next question.'].join('\n'));
    expect(doc.passages.map((p) => [p.label, p.speaker])).toEqual([
      ['MR. ZHAO', 'Zhao Dachun'],
      ['Host', 'Host'],
      ['Host', 'Host'],
    ]);
  });

  it('does not take sentences ending in a colon, or lone words, for labels', () => {
    const doc = parseText(
      [
        'Zhang Chengzhong:',
        '',
        'The first aspect is as follows:',
        '',
        'We will build clusters.',
        '',
        'Appendix:',
        '',
        'Sunday:',
        '',
        'A list of the clusters follows.',
      ].join('\n'),
    );
    // "Appendix:" is page furniture (issue 13 rule 3), not a label and not a passage.
    expect(doc.passages.map((p) => p.speaker)).toEqual(['Zhang Chengzhong', 'Zhang Chengzhong', 'Zhang Chengzhong', 'Zhang Chengzhong']);
    expect(doc.passages.map((p) => p.text)).toEqual(['The first aspect is as follows:', 'We will build clusters.', 'Sunday:', 'A list of the clusters follows.']);
  });

  it('drops stage directions and timestamps, and joins hard-wrapped lines', () => {
    const doc = parseMarkdown(
      [
        '---',
        'title: "Press Gaggle by Press Secretary Jane Roe"',
        'date: 2024-05-02',
        '---',
        '',
        '1:05 P.M. EDT',
        '',
        'MS. ROE:  Good afternoon.  We have a lot to get to, so',
        'let me start with the weather.  (Laughter.)',
        '',
        '[applause]',
        '',
        'Q    Jane, on the storm —',
        '',
        '(Cross-talk.)',
        '',
        'MS. ROE:  Go ahead.',
        '',
        'END 1:30 P.M. EDT',
      ].join('\n'),
    );
    expect(turns(doc)).toEqual([
      ['Jane Roe', 'speech', 'Good afternoon. We have a lot to get to, so let me start with the weather. (Laughter.)'],
      [null, 'question', 'Jane, on the storm —'],
      ['Jane Roe', 'speech', 'Go ahead.'],
    ]);
    expect(doc.passages[0]!.role).toBe('Press Secretary');
    expect(doc.date).toBe('2024-05-02');
  });
});

describe('prose attribution', () => {
  it('resolves said-clauses, pronouns, short names and according-to, with roles', () => {
    const doc = parseText(
      [
        'Li Wei, mayor of Tianjin, spoke at the opening on Monday.',
        '',
        '"We will open two metro lines this year," he said.',
        '',
        '"The port is our engine," said Chen Hong, chairwoman of the port group.',
        '',
        'Li added that housing would follow.',
        '',
        'Exports rose 4 percent, according to Chen.',
        '',
        'The city has 13 million people.',
      ].join('\n'),
    );
    expect(doc.passages.map((p) => [p.speaker, p.kind, p.attribution, p.role])).toEqual([
      [null, 'narration', 'none', null],
      ['Li Wei', 'quote', 'pronoun', 'mayor of Tianjin'],
      ['Chen Hong', 'quote', 'quote-said', 'chairwoman of the port group'],
      ['Li Wei', 'quote', 'said-that', 'mayor of Tianjin'],
      ['Chen Hong', 'quote', 'according-to', 'chairwoman of the port group'],
      [null, 'narration', 'none', null],
    ]);
  });

  it('leaves unnamed sources as narration', () => {
    const doc = parseText('Officials said on Thursday that the plan was ready.\n\n"It works," a spokesperson said.');
    expect(doc.passages.map((p) => [p.speaker, p.kind])).toEqual([
      [null, 'narration'],
      [null, 'narration'],
    ]);
  });
});

describe('page furniture', () => {
  it('strips menus, share bars, copyright, related lists and pagination, and reads the dateline', () => {
    const doc = parseText(
      [
        'Home | News | World | Business | Sports',
        'Home - World -',
        'Ministers agree on grain deal',
        'Xinhua | 2023-07-14',
        'Share',
        'Print',
        'Email',
        'Ministers from five countries agreed on Friday to extend the grain deal.',
        '"This is a good day," said Anna Berg, a trade minister of Sweden.',
        '<  1  2  3  >',
        'Related News',
        'Grain prices fall',
        'Ports reopen in July',
        'Copyright © 2023 Xinhua. All rights reserved.',
      ].join('\n'),
    );
    expect({ title: doc.title, source: doc.source, date: doc.date }).toEqual({ title: 'Ministers agree on grain deal', source: 'Xinhua', date: '2023-07-14' });
    expect(turns(doc)).toEqual([
      [null, 'narration', 'Ministers from five countries agreed on Friday to extend the grain deal.'],
      ['Anna Berg', 'quote', '"This is a good day," said Anna Berg, a trade minister of Sweden.'],
    ]);
  });

  it('takes the date from a URL path when the page states none, and the source from its host', () => {
    const doc = parseText('标题: Port news\n网址: https://www.chinadaily.com.cn/a/202503/06/WS1.html\n\nThe port opened.');
    expect({ title: doc.title, source: doc.source, date: doc.date, url: doc.url }).toEqual({ title: 'Port news', source: 'China Daily', date: '2025-03-06', url: 'https://www.chinadaily.com.cn/a/202503/06/WS1.html' });
    expect(parseText('The port opened.').date).toBeNull();
  });
});

describe('more transcript conventions', () => {
  it('reads Congressional hearing labels ending in a period', () => {
    const doc = parseText(
      ['Chairman JORDAN. The committee will come to order.', '', 'Mr. NADLER. Thank you, Mr. Chairman.', '', 'The CHAIRMAN. The gentleman yields back.', '', 'Mr. Smith went to Washington. He stayed.'].join('\n'),
    );
    expect(doc.passages.map((p) => [p.label, p.speaker, p.text])).toEqual([
      ['Chairman JORDAN', 'Chairman Jordan', 'The committee will come to order.'],
      ['Mr. NADLER', 'Mr. Nadler', 'Thank you, Mr. Chairman.'],
      ['The CHAIRMAN', 'Chairman', 'The gentleman yields back.'],
      ['The CHAIRMAN', 'Chairman', 'Mr. Smith went to Washington. He stayed.'],
    ]);
  });

  it('reads Hansard labels: the office, the person in parentheses', () => {
    const doc = parseText(['The Prime Minister (Rishi Sunak):', 'We will act.', '', 'Keir Starmer (Holborn and St Pancras) (Lab):', 'Will he?'].join('\n'));
    expect(doc.passages.map((p) => [p.speaker, p.role, p.text])).toEqual([
      ['Rishi Sunak', 'Prime Minister', 'We will act.'],
      ['Keir Starmer', 'Holborn and St Pancras, Lab', 'Will he?'],
    ]);
  });
});

describe('subtitles', () => {
  it('reads WebVTT voice tags and joins cues into turns', () => {
    const vtt = [
      'WEBVTT',
      '',
      'NOTE recorded at the briefing',
      '',
      '1',
      '00:00:01.000 --> 00:00:03.000',
      '<v Jane Doe>Good morning. We have',
      '',
      '2',
      '00:00:03.000 --> 00:00:05.500',
      '<v Jane Doe>two announcements today.',
      '',
      '3',
      '00:00:06.000 --> 00:00:08.000',
      '<v Sam Lee><i>What about</i> the budget?',
    ].join('\n');
    expect(turns(parseSubtitles(vtt))).toEqual([
      ['Jane Doe', 'speech', 'Good morning. We have two announcements today.'],
      ['Sam Lee', 'speech', 'What about the budget?'],
    ]);
  });

  it('reads SubRip cues with "- Name:" speakers', () => {
    const srt = ['1', '00:00:01,000 --> 00:00:02,000', '- Jane Doe: Hello.', '', '2', '00:00:02,500 --> 00:00:04,000', '- Sam Lee: Hi, Jane.', '- Jane Doe: Let us begin.'].join('\n');
    expect(turns(parseSubtitles(srt))).toEqual([
      ['Jane Doe', 'speech', 'Hello.'],
      ['Sam Lee', 'speech', 'Hi, Jane.'],
      ['Jane Doe', 'speech', 'Let us begin.'],
    ]);
  });
});

describe('saved web pages', () => {
  it('reads the article text, its head metadata, and drops scripts, menus and footers', () => {
    const html = `<!doctype html><html><head><title>Ministers agree - Example News</title>
      <meta property="og:title" content="Ministers agree on grain deal">
      <meta property="article:published_time" content="2023-07-14T09:30:00Z">
      <meta property="og:site_name" content="Example News">
      <link rel="canonical" href="https://news.example.org/2023/07/14/grain">
      <script>var x = "He said: nothing";</script><style>p { color: red }</style></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Ministers agree on grain deal</h1>
      <p>Ministers agreed on Friday to extend the grain deal &amp; open two ports.</p>
      <p>&ldquo;This is a good day,&rdquo; said Anna Berg, a trade minister of Sweden.</p>
      <p><b>Li Wei:</b><br>We welcome it.</p></article>
      <aside>Most read: Grain prices fall</aside><footer>&copy; 2023 Example News</footer></body></html>`;
    const doc = parseHtml(html);
    expect({ title: doc.title, date: doc.date, source: doc.source, url: doc.url }).toEqual({
      title: 'Ministers agree on grain deal',
      date: '2023-07-14',
      source: 'Example News',
      url: 'https://news.example.org/2023/07/14/grain',
    });
    expect(turns(doc)).toEqual([
      [null, 'narration', 'Ministers agreed on Friday to extend the grain deal & open two ports.'],
      ['Anna Berg', 'quote', '“This is a good day,” said Anna Berg, a trade minister of Sweden.'],
      ['Li Wei', 'speech', 'We welcome it.'],
    ]);
  });
});

describe('furniture rules never eat speech', () => {
  it('keeps a paragraph that starts with "Copyright" and drops the footer', () => {
    const doc = parseText(['MR. GARCIA:  Copyright law is what we will change first.', '', 'Copyright © 2024 Example News. All rights reserved.'].join('\n'));
    expect(turns(doc)).toEqual([['Mr. Garcia', 'speech', 'Copyright law is what we will change first.']]);
  });
});

describe('people named in titles', () => {
  it.each([
    ['Briefing by Secretary of Agriculture Patricia Brennan', [{ name: 'Patricia Brennan', role: 'Secretary of Agriculture' }]],
    ['Remarks by Ambassador to the United Nations Karen O’Neill', [{ name: 'Karen O’Neill', role: 'Ambassador to the United Nations' }]],
    ['Press Gaggle by Secretary of Transportation Pete Buttigieg and Deputy Press Secretary John F. Kirby', [{ name: 'Pete Buttigieg', role: 'Secretary of Transportation' }, { name: 'John F. Kirby', role: 'Deputy Press Secretary' }]],
    ['Press Call on President Biden’s Efforts on Student Debt', []],
  ])('%s', (title, people) => {
    expect(peopleInTitle(title)).toEqual(people);
  });
});
