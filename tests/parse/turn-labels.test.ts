// Issue 13 rules 4, 5 and 8 on small made-up documents: question labels, labels with
// qualifiers, and speakers resolved within the document.
import { describe, expect, it } from 'vitest';
import { assembleCorpus, documentInput } from '../../src/indexing/assemble-corpus.ts';
import { parseMarkdown } from '../../src/parse/parse-markdown.ts';
import { parseText } from '../../src/parse/parse-text.ts';

const turns = (doc: ReturnType<typeof parseText>) => doc.passages.map((p) => [p.speaker, p.kind, p.text]);

describe('rule 4: question labels', () => {
  // Shape: a press conference where the floor is labelled in any of the ways transcribers use.
  it('reads Q, Q:, Q., QUESTION:, Question:, Follow-up:, Remark:, 记者： as questions', () => {
    const doc = parseText(
      [
        'MS. LANE: Good afternoon.',
        'Q: First question.',
        'MS. LANE: First answer.',
        'Q. Second question.',
        'MS. LANE: Second answer.',
        'QUESTION: Third question.',
        'MS. LANE: Third answer.',
        'Question: Fourth question.',
        'Follow-up: Fifth question.',
        'Remark: A remark from the floor.',
        '记者：第六个问题。',
        'MS. LANE: Last answer.',
      ].join('\n\n'),
    );
    expect(turns(doc)).toEqual([
      ['Ms. Lane', 'speech', 'Good afternoon.'],
      [null, 'question', 'First question.'],
      ['Ms. Lane', 'speech', 'First answer.'],
      [null, 'question', 'Second question.'],
      ['Ms. Lane', 'speech', 'Second answer.'],
      [null, 'question', 'Third question.'],
      ['Ms. Lane', 'speech', 'Third answer.'],
      [null, 'question', 'Fourth question.'],
      [null, 'question', 'Fifth question.'],
      [null, 'question', 'A remark from the floor.'],
      [null, 'question', '第六个问题。'],
      ['Ms. Lane', 'speech', 'Last answer.'],
    ]);
  });

  // Shape: a question interrupted by the answerer and resumed with a dash (White House style).
  it('keeps a question resumed with "Q —" or "Q–" a question, not the answerer\'s words', () => {
    const doc = parseText(
      ['Q    Will you dismiss staff who —', '', 'MS. LANE:  No, I —', '', 'Q — dismiss staff for leaking?', '', 'MS. LANE:  We do not comment.', '', 'Q– and the review?', '', 'MS. LANE:  Done.'].join('\n'),
    );
    expect(turns(doc)).toEqual([
      [null, 'question', 'Will you dismiss staff who —'],
      ['Ms. Lane', 'speech', 'No, I —'],
      [null, 'question', '— dismiss staff for leaking?'],
      ['Ms. Lane', 'speech', 'We do not comment.'],
      [null, 'question', '– and the review?'],
      ['Ms. Lane', 'speech', 'Done.'],
    ]);
  });

  // Shape: outlets asking in capitals or title case; the outlet is the asker.
  it('reads an outlet label in any case as the outlet asking', () => {
    const doc = parseText(['REUTERS: Will prices fall?', 'Ma Zhaoxu: We expect so.', 'China Daily: And exports?', 'Ma Zhaoxu: They grew.'].join('\n'));
    expect(turns(doc)).toEqual([
      ['Reuters', 'question', 'Will prices fall?'],
      ['Ma Zhaoxu', 'speech', 'We expect so.'],
      ['China Daily', 'question', 'And exports?'],
      ['Ma Zhaoxu', 'speech', 'They grew.'],
    ]);
  });

  // What would break it: running text that starts a wrapped line with "question:" or "answer.",
  // or a list item "a. ...": none is a label.
  it('does not read lower-case "question:" or "answer." at a wrapped line start, or "a." list items, as labels', () => {
    const doc = parseText(
      ['MR. KANE:  I will owe you an', 'answer.  I will get back to you on the', 'question: whether the talks resume.', '', 'a. first point of the plan.'].join('\n'),
    );
    expect(turns(doc)).toEqual([
      ['Mr. Kane', 'speech', 'I will owe you an answer. I will get back to you on the question: whether the talks resume.'],
      ['Mr. Kane', 'speech', 'a. first point of the plan.'],
    ]);
  });
});

describe('rule 5: labels with qualifiers', () => {
  // Shape: interpreted interviews and hearings, where the label carries how the words reached us.
  it('keeps a qualifier in brackets or parentheses as the role, not the name', () => {
    const doc = parseText(['HOST: Welcome.', 'RAMOS [through translator]: Thank you.', 'Mr. Okafor (interpreted): It is an honour.', 'HOST: Let us begin.'].join('\n\n'));
    expect(doc.passages.map((p) => [p.speaker, p.role, p.label])).toEqual([
      ['Host', null, 'HOST'],
      ['Ramos', 'through translator', 'RAMOS [through translator]'],
      ['Mr. Okafor', 'interpreted', 'Mr. Okafor (interpreted)'],
      ['Host', null, 'HOST'],
    ]);
  });

  // Shape: a legislature's record, surname in capitals and a full stop instead of a colon.
  it('reads Congressional labels: Mr. McCONNELL., Ms. MILLENDER-McDONALD., Mr. BROWN of Ohio., The PRESIDING OFFICER (Mr. Kyl).', () => {
    const doc = parseText(
      [
        '  Mr. McCONNELL. Mr. President, I suggest the absence of a quorum.',
        '  The PRESIDING OFFICER (Mr. Kyl). The clerk will call the roll.',
        '  Ms. MILLENDER-McDONALD. Madam Speaker, I rise today.',
        '  Mr. BROWN of Ohio. I yield back.',
        '  The SPEAKER pro tempore. The gentleman yields back.',
        '  Mr. Manager SCHIFF. Senators, thank you.',
      ].join('\n\n'),
    );
    expect(doc.passages.map((p) => [p.speaker, p.speakerType, p.role, p.text.slice(0, 20)])).toEqual([
      ['Mr. McConnell', 'person', null, 'Mr. President, I sug'],
      ['Mr. Kyl', 'person', 'Presiding Officer', 'The clerk will call '],
      ['Ms. Millender-McDonald', 'person', null, 'Madam Speaker, I ris'],
      ['Mr. Brown of Ohio', 'person', null, 'I yield back.'],
      ['Speaker pro tempore', 'generic', null, 'The gentleman yields'],
      ['Mr. Schiff', 'person', 'Manager', 'Senators, thank you.'],
    ]);
  });

  // What would break it: a sentence that starts with "The FBI." or "Mr. Smith." in mixed case.
  it('does not read "The FBI." or a mixed-case "Mr. Smith." as a Congressional label', () => {
    const doc = parseText(['The FBI. It said nothing more.', '', 'Mr. Smith. That was all he wrote.'].join('\n'));
    expect(doc.passages.map((p) => [p.speaker, p.kind])).toEqual([
      [null, 'narration'],
      [null, 'narration'],
    ]);
  });

  // Shape: Markdown transcripts with bold labels, colon inside or outside the bold, one-word names.
  it('reads bold labels with the colon inside or outside, even a one-word name seen once, and segment markers as nobody', () => {
    const doc = parseMarkdown(
      ['**Dana Whit:** Welcome to the show.', '', '**Clip**: [Roll the tape.](https://example.org/v)', '', '**Break:**', '', '**Dana Whit**: We are back. MORE IMPORTANTLY: news.', '', '**Sam Ode:** Thanks.'].join('\n'),
    );
    expect(turns(doc)).toEqual([
      ['Dana Whit', 'speech', 'Welcome to the show.'],
      ['Clip', 'speech', 'Roll the tape.'],
      ['Dana Whit', 'speech', 'We are back. MORE IMPORTANTLY: news.'],
      ['Sam Ode', 'speech', 'Thanks.'],
    ]);
  });
});

describe('rule 8: speakers resolved within the document, then the corpus', () => {
  // Shape: a call whose labels give only honorific and surname; the full names are in the text.
  it('resolves honorific + surname to the full name the document uses anywhere, and a one-edit typo to the same person', () => {
    const doc = parseText(
      [
        'MODERATOR: I will now turn it over to Priya Natarajan, and then to Deputy Administrator Tomas Velez.',
        'DR. NATARAJAN: Thanks. This is Priya Natarajan at the agency.',
        'MR. VELEZ: Thank you, Priya.',
        'MR. VELLEZ: One more point.',
        'MR. ABARA: And one from me.',
      ].join('\n\n'),
    );
    expect(doc.passages.map((p) => p.speaker)).toEqual(['Moderator', 'Priya Natarajan', 'Tomas Velez', 'Tomas Velez', 'Mr. Abara']);
  });

  // What would break it: a surname shared by two people named in the text; the label takes the one named most.
  it('takes the full name the text uses most when two people share a surname', () => {
    const doc = parseText(['Q: Where is Grace Benin?', '', 'MR. BENIN: I am Steve Benin. Steve Benin is here today.'].join('\n'));
    expect(doc.passages[1]!.speaker).toBe('Steve Benin');
  });

  // Shape: many calls, each with its own anonymous official and moderator.
  it('makes anonymous roles one speaker per document, named by the call and its date', () => {
    const call = (date: string) =>
      parseMarkdown(`---\ntitle: Background Press Call on Trade\ndate: ${date}\n---\n\nMODERATOR: Welcome.\n\nSENIOR ADMINISTRATION OFFICIAL: Thanks.\n`);
    const corpus = assembleCorpus([documentInput('a.md', 'file:a.md', call('2024-04-11')), documentInput('b.md', 'file:b.md', call('2024-04-12')), documentInput('c.md', 'file:c.md', call('2024-04-12'))]);
    expect(corpus.speakers.map((s) => s.name).sort()).toEqual([
      'Moderator, call of 11 April 2024',
      'Moderator, call of 12 April 2024',
      'Moderator, call of 12 April 2024 (2)',
      'Senior Administration Official, call of 11 April 2024',
      'Senior Administration Official, call of 12 April 2024',
      'Senior Administration Official, call of 12 April 2024 (2)',
    ]);
    expect(corpus.speakers.every((s) => s.type === 'generic')).toBe(true);
  });
});

describe('preformatted records (an HTML <pre> page of the Congressional Record shape)', () => {
  // Shape: a typewriter record in <pre>, paragraphs marked by a two-space indent, page breaks inside.
  it('splits paragraphs at two-space indents, drops the bracketed header, page breaks and clock marks, and names the chair from its holder', async () => {
    const { parseHtml } = await import('../../src/parse/parse-html.ts');
    const page = [
      '<html><head><title>Record of the Assembly</title></head><body><pre>',
      '[Assembly Record Volume 9, Number 1 (Monday, March 3, 2003)]',
      '[Assembly]',
      'From the Record Online through the Printing Office [<a href="http://www.example.org">www.example.org</a>]',
      '',
      '                    WATER BILL',
      '',
      '  The PRESIDING OFFICER (Mr. Oduya). The Senator from',
      'Kent.',
      '  Ms. TALLIS-McKAY. Mr. President, the water bill is',
      '',
      '[[Page S12]]',
      '',
      'overdue. I',
      'yield.',
      '                         {time}  1045',
      '  The PRESIDING OFFICER. The question is on the',
      'bill.',
      '</pre></body></html>',
    ].join('\n');
    const doc = parseHtml(page);
    expect(doc.passages.map((p) => [p.speaker, p.role, p.text])).toEqual([
      ['Mr. Oduya', 'Presiding Officer', 'The Senator from Kent.'],
      ['Ms. Tallis-McKay', null, 'Mr. President, the water bill is overdue. I yield.'],
      ['Mr. Oduya', 'Presiding Officer', 'The question is on the bill.'],
    ]);
  });

  // What would break it: preformatted code or poetry without the indentation convention keeps its lines.
  it('keeps other preformatted text as its own blank-line paragraphs', async () => {
    const { preformattedParagraphs } = await import('../../src/parse/preformatted.ts');
    expect(preformattedParagraphs('line one\nline two\n\n  indented code\nline three')).toBe('line one\nline two\n\n  indented code\nline three');
  });
});

describe('rule 9: questions and answers', () => {
  // Shape: a briefing where a question is interrupted and resumed, and reporters thank and hand over.
  it('links an answer to the start of the last real question, across a resumed question and courtesies', () => {
    const doc = parseText(
      [
        'Q    Will the envoy travel to the border this week, and who goes with him —',
        'MS. LANE:  Well —',
        'Q — and will he meet the mayors?',
        'MS. LANE:  He will meet them on Friday.',
        'Q    Thank you.',
        'MS. LANE:  Go ahead.',
        'Q    Great. So —',
        'MS. LANE:  And he will report back.',
      ].join('\n\n'),
    );
    const corpus = assembleCorpus([documentInput('b.txt', 'file:b.txt', doc)]);
    const [q1, interrupt, q2, answer, thanks, handOver, fragment, report] = corpus.passages;
    expect([q1!.kind, q2!.kind, thanks!.kind, fragment!.kind]).toEqual(['question', 'question', 'question', 'question']);
    expect([interrupt, answer, handOver, report].map((p) => p!.question)).toEqual([q1!.id, q1!.id, q1!.id, q1!.id]);
    expect(q1!.answers).toEqual([interrupt!.id, answer!.id, handOver!.id, report!.id]);
    expect([q2, thanks, fragment].map((p) => p!.answers)).toEqual([undefined, undefined, undefined]);
  });

  // What would break it: a real question without a question mark ("I wanted to ask about ...") is still one.
  it('keeps a long question without a question mark a real question', () => {
    const doc = parseText(['Q    Thanks. I wanted to ask about the border visit and the mayors he will meet.', '', 'MS. LANE:  Friday.'].join('\n'));
    const corpus = assembleCorpus([documentInput('c.txt', 'file:c.txt', doc)]);
    expect(corpus.passages[1]!.question).toBe(corpus.passages[0]!.id);
  });
});
