// Labels that print the office before the name (official sites' first turn of each person),
// with a person tooltip dumped after it, and the sentences ending in a colon they must not catch.
import { describe, expect, it } from 'vitest';
import { detectLabel } from '../../src/parse/detect-label.ts';
import { parseText } from '../../src/parse/parse-text.ts';

const read = (line: string) => {
  const l = detectLabel(line);
  return l && [l.name, l.role, l.rest];
};

describe('office-prefixed labels', () => {
  it('keeps the personal name at the end and the office as the role', () => {
    expect(read('President of Veldoria Anna Kovac: Good afternoon.')).toEqual(['Anna Kovac', 'President of Veldoria', 'Good afternoon.']);
    expect(read('Agriculture Minister Ben Ode: Thank you.')).toEqual(['Ben Ode', 'Agriculture Minister', 'Thank you.']);
    expect(read('chairman of the Union of Dock Workers Ivan Sorel: We agree.')).toEqual(['Ivan Sorel', 'chairman of the Union of Dock Workers', 'We agree.']);
    expect(read('Civil Defence, Emergency Situations and Disaster Relief Minister Lea Marr: Colleagues,')).toEqual(['Lea Marr', 'Civil Defence, Emergency Situations and Disaster Relief Minister', 'Colleagues,']);
    expect(read('Research Director of the Harbour Forum, moderator Tom Elsen: Welcome.')).toEqual(['Tom Elsen', 'Research Director of the Harbour Forum, moderator', 'Welcome.']);
    expect(read('Labour MINISTER RUTH ABARA: Thank you.')).toEqual(['Ruth Abara', 'Labour MINISTER', 'Thank you.']);
  });

  it('cuts a person tooltip printed after the name, surname first', () => {
    expect(read('Transport Minister Ben Ode Ode Ben Ode BenMinister of Transport : Thank you.')).toEqual(['Ben Ode', 'Transport Minister', 'Thank you.']);
  });

  it('reads a long qualifier in parentheses as a note, not as the name', () => {
    expect(read('Anna Kovac (answering a question from Harbour University rector Ben Ode about the role of universities in the regions): Thank you.')).toEqual([
      'Anna Kovac',
      'answering a question from Harbour University rector Ben Ode about the role of universities in the regions',
      'Thank you.',
    ]);
  });

  // What could break it: sentences that end in a colon and mention an office.
  it('takes no sentence ending in a colon for a label', () => {
    expect(read('The first reaction of the Administration was negative, but then the President told us: no.')).toBeNull();
    expect(read('Here is what the Minister Ben Ode wrote after the ruling: nothing.')).toBeNull();
    expect(read('We all know our common goal: growth.')).toBeNull();
  });

  it('resolves a misspelt office before a name the document labels: the person, not a new speaker', () => {
    const doc = parseText(['Minster of Harbours Ben Ode: Thank you, we start now.', '', 'Anna Kovac: Go ahead.', '', 'Ben Ode: The port is ready.'].join('\n'));
    expect(doc.passages.map((p) => p.speaker)).toEqual(['Ben Ode', 'Anna Kovac', 'Ben Ode']);
  });
});
