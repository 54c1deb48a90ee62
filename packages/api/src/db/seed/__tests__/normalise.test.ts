import { normalise } from '../normalise';

describe('normalise', () => {
  it.each([
    ['LBTH ASC', 'lbth asc'],
    ['LBTH ASC,', 'lbth asc'],
    ['  Safe East, ', 'safe east'],
    ['Safe East,,', 'safe east'],
    ['Metropolitan  Police\tService', 'metropolitan police service'],
    ['LBTH Substance misuse', 'lbth substance misuse'],
    ['Probation Service.', 'probation service'],
    ['CDP comms lead/s', 'cdp comms lead/s'],
    ['East London Foundation Trust (ELFT)', 'east london foundation trust (elft)'],
    ['LBTH Children & Families', 'lbth children & families'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  it('keeps inner punctuation', () => {
    expect(normalise('Dr. A, B.')).toBe('dr. a, b');
  });
});
