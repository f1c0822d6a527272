// Issue 13 rules 1-3 on small made-up pages, one per document shape: navigation before the
// title at any depth, the host a title names, and the furniture at a page's end. After each
// rule, the shape of a real page that could break it.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/parse/parse-html.ts';
import type { ParsedDocument } from '../../src/parse/passage.ts';
import { parseText } from '../../src/parse/parse-text.ts';
import { hostInTitle } from '../../src/parse/title-host.ts';

const rows = (doc: ParsedDocument) => doc.passages.map((p) => [p.speaker, p.kind, p.text]);

/** A government site's page dump: menus and language switchers first, then the title. */
const MENUS = [
  'Ministry of Foreign Affairs of the Republic of Veldoria',
  '',
  'English',
  'Français',
  'Español',
  'Русский',
  '中文',
  '',
  'Home',
  'About Us',
  'Ministry News',
  'Press and Media Service',
  'Spokesperson’s Remarks',
  'Diplomatic Agenda',
  'Consular Services',
  'Contact Us',
  '',
  'Home > Press and Media Service > Spokesperson’s Remarks',
  '',
];

describe('rule 1: title and dateline after the navigation, at any depth', () => {
  // Shape: a press-conference page dumped as text, 19 lines of navigation before the title,
  // then the spokesperson's announcements, then Q:/A: turns, then the site's end furniture.
  it('reads a government press-conference page: title and date after the menus, the host on the announcements and on A:', () => {
    const doc = parseText(
      [
        ...MENUS,
        'Foreign Ministry Spokesperson Anna Kovac’s Regular Press Conference on May 6, 2025',
        '',
        'At the invitation of the Government of Estland, Foreign Minister Pavel Dorn will pay an official visit to Estland from May 8 to 10.',
        '',
        'The Ministry will also host the annual consular forum next week, and we welcome journalists to attend it.',
        '',
        'Q: The port agreement was signed yesterday. What is the ministry’s comment?',
        '',
        'A: We welcome the agreement. It serves the interests of both peoples.',
        '',
        'Q: Will the minister meet the opposition?',
        '',
        'A: I have no information on that at the moment.',
        '',
        'Appendix:',
        'Suggest to a friend',
        'Print',
        '',
        'Related News:',
        'Foreign Ministry Spokesperson Anna Kovac’s Regular Press Conference on May 5, 2025',
        'Foreign Ministry Spokesperson Anna Kovac’s Regular Press Conference on May 2, 2025',
        '',
        'Copyright © Ministry of Foreign Affairs of the Republic of Veldoria. All rights reserved.',
      ].join('\n'),
    );
    expect([doc.title, doc.date]).toEqual(['Foreign Ministry Spokesperson Anna Kovac’s Regular Press Conference on May 6, 2025', '2025-05-06']);
    expect(doc.passages.map((p) => [p.speaker, p.role, p.kind, p.attribution, p.text.slice(0, 30)])).toEqual([
      ['Anna Kovac', 'Foreign Ministry Spokesperson', 'speech', 'title', 'At the invitation of the Gover'],
      ['Anna Kovac', 'Foreign Ministry Spokesperson', 'speech', 'title', 'The Ministry will also host th'],
      [null, null, 'question', 'label', 'The port agreement was signed '],
      ['Anna Kovac', 'Foreign Ministry Spokesperson', 'speech', 'answer-label', 'We welcome the agreement. It s'],
      [null, null, 'question', 'label', 'Will the minister meet the opp'],
      ['Anna Kovac', 'Foreign Ministry Spokesperson', 'speech', 'answer-label', 'I have no information on that '],
    ]);
  });

  // Shape: a saved page whose footer precedes the article, the title then a summary sentence,
  // a dateline split over date, time and place lines, and a caption printed twice.
  it('takes the title above a summary and a split dateline, and drops the time, place and doubled caption', () => {
    const doc = parseText(
      [
        ...MENUS,
        'All content on this site is licensed under',
        'Creative Commons Attribution 4.0 International',
        '',
        'Events',
        '',
        'Visit to the Northern Shipyard',
        '',
        'The President toured the shipyard and talked with its workers.',
        '',
        'March 4, 2019',
        '15:30',
        'Severnaya Bay',
        'Talking with shipyard workers.',
        'Talking with shipyard workers.',
        '',
        'Ivan Petrenko: Welcome to the shipyard, we are glad to see you here.',
        '',
        'Sofia Lind: Thank you. How many ships do you build a year?',
        '',
        'Ivan Petrenko: Twelve.',
      ].join('\n'),
    );
    expect([doc.title, doc.date]).toEqual(['Visit to the Northern Shipyard', '2019-03-04']);
    expect(rows(doc)).toEqual([
      ['Ivan Petrenko', 'speech', 'Welcome to the shipyard, we are glad to see you here.'],
      ['Sofia Lind', 'speech', 'Thank you. How many ships do you build a year?'],
      ['Ivan Petrenko', 'speech', 'Twelve.'],
    ]);
  });

  // What could break it: a transcript with no navigation, whose first lines are short turns
  // ("Yes.", "No.") and a one-word heading: nothing there is navigation or a title to take.
  it('leaves a page without navigation alone: short opening turns stay passages', () => {
    const doc = parseText(['Jane Roe: Yes.', '', 'Ben Ode: No.', '', 'Jane Roe: We agreed on the budget for next year, and the vote is on Monday.'].join('\n'));
    expect(doc.title).toBeNull();
    expect(rows(doc)).toEqual([
      ['Jane Roe', 'speech', 'Yes.'],
      ['Ben Ode', 'speech', 'No.'],
      ['Jane Roe', 'speech', 'We agreed on the budget for next year, and the vote is on Monday.'],
    ]);
  });

  // Shape: an HTML page with menus in plain <div>s (no <nav>), a person tooltip hidden by a
  // class, a link list, a figure whose caption repeats the image's description, the summary of
  // <meta name="description"> repeated as the first paragraph, and a bold heading.
  it('reads an HTML page: hidden tooltips, link lists, captions, the repeated summary and headings are not passages', () => {
    const html = `<!doctype html><html><head><title>Talks with the Mayor • City Hall</title>
      <meta property="og:title" content="Talks with the Mayor"><meta name="description" content="The mayor met shipyard workers.">
      <meta property="og:site_name" content="City Hall"></head><body>
      <div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
      <div class="topics"><p><a href="/a">Transport</a>, <a href="/b">Housing</a>, <a href="/c">Harbour works</a></p></div>
      <time class="published" datetime="2021-06-02">June 2, 2021</time>
      <p>The mayor met shipyard workers.</p>
      <div class="media"><img src="x.jpg" alt="The mayor at the shipyard."><span class="media__title">The mayor at the shipyard.</span></div>
      <p><b>Part one</b></p>
      <p><b>Mayor <a href="/p/1">Ruth Abara<span class="person-tooltip hidden">Abara Ruth</span></a>:</b> Welcome, all of you.</p>
      <p><b>Tom Elsen:</b> Thank you for coming to the yard.</p>
      </body></html>`;
    const doc = parseHtml(html);
    expect([doc.title, doc.date, doc.source]).toEqual(['Talks with the Mayor', '2021-06-02', 'City Hall']);
    expect(doc.passages.map((p) => [p.speaker, p.role, p.text])).toEqual([
      ['Ruth Abara', 'Mayor', 'Welcome, all of you.'],
      ['Tom Elsen', null, 'Thank you for coming to the yard.'],
    ]);
  });
});

describe('rule 2: the host named by the title', () => {
  it('reads the host and role from each title shape', () => {
    const titles = [
      'Foreign Ministry Spokesperson Anna Kovac’s Regular Press Conference on May 6, 2025',
      'Press Briefing by Press Secretary Jane Roe and NSC Advisor Ben Ode',
      'Remarks by Jane Roe on the Economy',
      'Interview with Jane Roe, Minister of Finance',
      'Interview with Finance Minister Jane Roe',
      'Transcript of Jane Roe’s Interview with the Daily Planet',
      // Not hosts: an outlet, a meeting with someone, no event word.
      'Interview with The Financial Times',
      'Meeting with Agriculture Minister Ben Ode',
      'Jane Roe Visits the Harbour',
    ];
    expect(titles.map(hostInTitle)).toEqual([
      { name: 'Anna Kovac', role: 'Foreign Ministry Spokesperson' },
      { name: 'Jane Roe', role: 'Press Secretary' },
      { name: 'Jane Roe', role: null },
      { name: 'Jane Roe', role: 'Minister of Finance' },
      { name: 'Jane Roe', role: 'Finance Minister' },
      { name: 'Jane Roe', role: null },
      null,
      null,
      null,
    ]);
  });

  // What could break it: a transcript that labels everyone, the host included, under a title
  // naming the host; the labels decide, and the interviewer's turns are not the host's.
  it('gives the host the unlabelled opening and A:, never a labelled interviewer', () => {
    const doc = parseText(
      [
        'Interview with Jane Roe, Minister of Finance',
        'June 3, 2024',
        '',
        'Thank you for having me. It is a busy week for the ministry.',
        '',
        'Q: What will the budget do for families?',
        '',
        'A: It cuts their taxes next year.',
        '',
        'Ben Ode: And for pensioners, Minister?',
        '',
        'Nothing changes for them.',
      ].join('\n'),
    );
    expect(doc.passages.map((p) => [p.speaker, p.role, p.kind, p.attribution])).toEqual([
      ['Jane Roe', 'Minister of Finance', 'speech', 'title'],
      [null, null, 'question', 'label'],
      ['Jane Roe', 'Minister of Finance', 'speech', 'answer-label'],
      ['Ben Ode', null, 'speech', 'label'],
      ['Ben Ode', null, 'speech', 'continuation'],
    ]);
  });
});

describe('rule 3: page furniture at the end', () => {
  // Shape: a briefing transcript with its closing stamp, the release mark, share widgets,
  // a "See also" list and a copyright line after the last turn.
  it('drops END stamps, # # #, share widgets, See also lists and copyright lines', () => {
    const doc = parseText(
      [
        'Press Gaggle by Press Secretary Jane Roe',
        'April 2, 2024',
        '',
        'MS. ROE: Good morning. Two items for you today, and then I will take your questions.',
        '',
        'Q: Thank you. On the strike, will the President meet the union?',
        '',
        'MS. ROE: He will meet them on Friday.',
        '',
        'END 2:48 P.M. EDT',
        '',
        '# # #',
        '',
        'Share',
        'Facebook',
        'Twitter',
        'Print',
        '',
        'See also',
        'Press Gaggle by Press Secretary Jane Roe',
        'April 1, 2024',
        '',
        'Copyright © 2024 The Press Office',
      ].join('\n'),
    );
    expect(rows(doc)).toEqual([
      ['Jane Roe', 'speech', 'Good morning. Two items for you today, and then I will take your questions.'],
      [null, 'question', 'Thank you. On the strike, will the President meet the union?'],
      ['Jane Roe', 'speech', 'He will meet them on Friday.'],
    ]);
  });

  // What could break it: a "See also" box inside the article, with turns right after it, and
  // a last turn that is one short sentence; both must stay.
  it('keeps the turns after a See also box inside the article, and a short last sentence', () => {
    const doc = parseText(
      [
        'Jane Roe: What topics do you think our readers care about most this year?',
        '',
        'Ben Ode: Prices, and then housing, as every year.',
        '',
        'See also',
        '',
        'Housing and prices (interview, part one)',
        'February 26, 2020',
        '',
        'Jane Roe: Take a look.',
        '',
        'Ben Ode: Fine.',
        '',
        'Thank you.',
      ].join('\n'),
    );
    expect(rows(doc)).toEqual([
      ['Jane Roe', 'speech', 'What topics do you think our readers care about most this year?'],
      ['Ben Ode', 'speech', 'Prices, and then housing, as every year.'],
      ['Jane Roe', 'speech', 'Take a look.'],
      ['Ben Ode', 'speech', 'Fine.'],
      ['Ben Ode', 'speech', 'Thank you.'],
    ]);
  });

  // Shape: image captions printed twice (alt text, then caption), one with a photo credit.
  it('drops captions printed twice, with or without a photo credit', () => {
    const doc = parseText(
      [
        'Jane Roe: We opened the new bridge today, two months ahead of the plan we announced.',
        '',
        'Opening of the bridge.',
        '',
        'Opening of the bridge. Photo: City Press Office',
        '',
        'Ben Ode: And the second span will follow in the spring.',
      ].join('\n'),
    );
    expect(rows(doc).map((r) => r[2])).toEqual(['We opened the new bridge today, two months ahead of the plan we announced.', 'And the second span will follow in the spring.']);
  });
});
