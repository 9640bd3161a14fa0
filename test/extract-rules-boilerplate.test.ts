import { describe, expect, it } from 'vitest';
import { classifyLines, isTimestampLine, lineAt } from '../src/extract/rules/boilerplate.js';

const kinds = (text: string, title: string | null = null) => classifyLines(text, title).map((l) => [text.slice(l.start, l.end), l.kind]);

describe('classifyLines', () => {
  it('marks headlines, datelines, captions, credits and bylines', () => {
    const text = [
      'Strong quake shakes coastal city, officials say',
      'March 3, 2023, 9:14 AM',
      'The quake struck at 6:02 a.m. and damaged 120 homes, the civil defence agency said.',
      'In this photo taken on Friday, rescuers search the rubble of a collapsed hotel.',
      'Maria Lopez/AP',
      'Residents gather outside a shelter in the old town, Friday, March 3, 2023.',
      'Photo: Jan Novak via Reuters',
      'By Sam Reed and Ana Ruiz',
      'Reuters contributed to this report.',
      'Wire writer Lena Park in Geneva contributed.',
      'SEPARATE QUAKE HITS NEIGHBOURING ISLAND, NO DAMAGE REPORTED',
    ].join('\n');
    expect(kinds(text, 'Strong quake shakes coastal city, officials say')).toEqual([
      ['Strong quake shakes coastal city, officials say', 'headline'],
      ['March 3, 2023, 9:14 AM', 'timestamp'],
      ['The quake struck at 6:02 a.m. and damaged 120 homes, the civil defence agency said.', 'prose'],
      ['In this photo taken on Friday, rescuers search the rubble of a collapsed hotel.', 'caption'],
      ['Maria Lopez/AP', 'credit'],
      ['Residents gather outside a shelter in the old town, Friday, March 3, 2023.', 'caption'],
      ['Photo: Jan Novak via Reuters', 'credit'],
      ['By Sam Reed and Ana Ruiz', 'byline'],
      ['Reuters contributed to this report.', 'byline'],
      ['Wire writer Lena Park in Geneva contributed.', 'byline'],
      ['SEPARATE QUAKE HITS NEIGHBOURING ISLAND, NO DAMAGE REPORTED', 'headline'],
    ]);
  });

  it('treats everything after a related-links marker as a listing', () => {
    const text = 'The vote count ended on Sunday, the commission said.\nRead also:\n12:40\nParliament approves budget\nMore news';
    const result = kinds(text);
    expect(result[0]?.[1]).toBe('prose');
    expect(result.slice(1).every(([, kind]) => kind === 'listing')).toBe(true);
  });

  it('drops a deck the body restates, keeps one it does not', () => {
    const restated = 'A regulator said a record 4,000 complaints were filed against the airline.\nThe airline faced 4,000 complaints, a record, the regulator said on Monday, citing its register of filed complaints.';
    expect(kinds(restated)[0]?.[1]).toBe('headline');
    const fresh = 'The airline also plans to cut 300 routes next year.\nThe regulator said complaints doubled.';
    expect(kinds(fresh)[0]?.[1]).toBe('prose');
  });

  it('finds the line of an offset', () => {
    const text = 'First line here.\nSecond line here.';
    const lines = classifyLines(text, null);
    expect(lineAt(lines, 20)?.start).toBe(17);
    expect(lineAt(lines, 16)).toBeUndefined();
  });
});

describe('isTimestampLine', () => {
  it('accepts lines made only of dates and times', () => {
    expect(isTimestampLine('19 November, 2024 Tuesday')).toBe(true);
    expect(isTimestampLine('10:27')).toBe(true);
    expect(isTimestampLine('Updated: Jan 4, 2023 - 00:00')).toBe(true);
    expect(isTimestampLine('Prices rose 4% in 2023')).toBe(false);
  });
});

describe('classifyLines on an article dumped as one line', () => {
  it('does not call a long line a byline because it mentions "contributed"', () => {
    const body = Array.from({ length: 12 }, (_, i) => `The union said ${i + 2} more depots had closed on Monday.`).join(' ');
    const text = `${body} Ana Roe contributed to this report.`;
    expect(classifyLines(text, null).map((l) => l.kind)).toEqual(['prose']);
    expect(classifyLines('Ana Roe contributed to this report.', null).map((l) => l.kind)).toEqual(['byline']);
  });
});

