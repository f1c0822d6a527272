// Rule 7, names are people unless they are outlets. Shape: a press-conference label is either a
// person ("Sun Weidong:") or the outlet a reporter asks for ("China Daily:", "REUTERS:"). A surname
// that is also a newspaper word (Sun, Post, Star) must not make a person an outlet.
import { describe, expect, it } from 'vitest';
import { isOutletName } from '../../src/speakers/names.ts';
import { parseText } from '../../src/parse/parse-text.ts';

describe('outlets and people', () => {
  it.each(['Sun Weidong', 'Ma Zhaoxu', 'Hua Chunying', 'Daniel Post', 'Mao Ning', 'Wang Wenbin', 'Adam Star', 'Emily Press', 'SUN WEIDONG', 'Times Square Tang'])(
    '%s is a person',
    (name) => expect(isOutletName(name)).toBe(false),
  );

  it.each(['China Daily', 'REUTERS', 'Reuters', 'AFP', 'Bloomberg', 'Phoenix TV', 'Kyodo News', 'The Washington Post', 'Jakarta Post', 'The Sun', 'CCTV', 'Global Times', 'Hubei Daily', 'Anadolu Agency', 'Nanfang Daily, Nanfang Plus', 'The Paper', 'Associated Press', 'chinadaily.com.cn'])(
    '%s is an outlet',
    (name) => expect(isOutletName(name)).toBe(true),
  );

  it('keeps "Sun Weidong:" a person answering and "REUTERS:" an outlet asking, in one briefing', () => {
    const doc = parseText(['REUTERS: Will the vice minister meet his counterpart?', '', 'Sun Weidong: We will announce it in due course.', '', 'Daniel Post: A follow-up on that, please.'].join('\n'));
    expect(doc.passages.map((p) => [p.speaker, p.speakerType, p.kind])).toEqual([
      ['Reuters', 'outlet', 'question'],
      ['Sun Weidong', 'person', 'speech'],
      ['Daniel Post', 'person', 'speech'],
    ]);
  });
});
