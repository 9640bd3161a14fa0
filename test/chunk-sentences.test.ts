import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/chunk/sentences.js';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits plain sentences and keeps offsets trimmed', () => {
    const text = '  One thing happened.  Then another!   Did it? ';
    expect(sentences(text)).toEqual(['One thing happened.', 'Then another!', 'Did it?']);
    for (const span of splitSentences(text)) {
      expect(span.end).toBeGreaterThan(span.start);
      expect(/\s/.test(text[span.start] ?? '')).toBe(false);
      expect(/\s/.test(text[span.end - 1] ?? '')).toBe(false);
    }
  });

  it('does not break after titles, initials, dotted acronyms, months or decimals', () => {
    const text =
      'Lt. Col. Jane Q. Doe of the U.S. Army said on Oct. 3 that 3.5 percent left at 9 a.m. local time. ' +
      'Dr. Smith and St. Louis officials agreed, according to Acme Inc. spokesman J. R. Brown Jr. of No. 10 Street.';
    expect(sentences(text)).toEqual([
      'Lt. Col. Jane Q. Doe of the U.S. Army said on Oct. 3 that 3.5 percent left at 9 a.m. local time.',
      'Dr. Smith and St. Louis officials agreed, according to Acme Inc. spokesman J. R. Brown Jr. of No. 10 Street.',
    ]);
  });

  it('breaks after an ambiguous abbreviation when a sentence opener follows', () => {
    expect(sentences('He moved to the U.S. The family followed.')).toEqual(['He moved to the U.S.', 'The family followed.']);
    expect(sentences('Shares fell at Acme Inc. They recovered later.')).toEqual(['Shares fell at Acme Inc.', 'They recovered later.']);
    expect(sentences('The vote is at 10 a.m. It may be delayed.')).toEqual(['The vote is at 10 a.m.', 'It may be delayed.']);
  });

  it('keeps closing quotes with the sentence they end', () => {
    const text = 'He said that "those numbers could go up." Officials agreed. \u201cWe are sure.\u201d She left.';
    expect(sentences(text)).toEqual([
      'He said that "those numbers could go up."',
      'Officials agreed.',
      '\u201cWe are sure.\u201d',
      'She left.',
    ]);
  });

  it('does not break when a quoted question or exclamation is followed by lowercase attribution', () => {
    expect(sentences('"Is it true?" he asked. "Yes!" she said.')).toEqual(['"Is it true?" he asked.', '"Yes!" she said.']);
  });

  it('treats ellipses as a break only before a capital', () => {
    expect(sentences('We waited... and waited. It was long\u2026 Then it ended.')).toEqual([
      'We waited... and waited.',
      'It was long\u2026',
      'Then it ended.',
    ]);
    expect(sentences('"... we will go," he said.')).toEqual(['"... we will go," he said.']);
  });

  it('ends a sentence at every line break and skips blank lines', () => {
    const text = 'Big Headline Without Period\n\nNovember 5, 2024\r\nFirst line of body\n- item one\n- item two.\n\n\n';
    expect(sentences(text)).toEqual([
      'Big Headline Without Period',
      'November 5, 2024',
      'First line of body',
      '- item one',
      '- item two.',
    ]);
  });

  it('keeps a numbered list label with its item', () => {
    expect(sentences('1. The first point. 2. The second.\nii. Roman too.\nNo. It was not.')).toEqual([
      '1. The first point.',
      '2. The second.',
      'ii. Roman too.',
      'No.',
      'It was not.',
    ]);
  });

  it('handles text without punctuation, empty text and astral characters', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences('   \n  \n')).toEqual([]);
    expect(sentences('no punctuation at all here')).toEqual(['no punctuation at all here']);
    expect(sentences('Fire \u{1F525} spread. Crews \u{1F692} came.')).toEqual(['Fire \u{1F525} spread.', 'Crews \u{1F692} came.']);
  });

  it('produces ordered, non-overlapping spans on the seed articles', () => {
    const dir = join(import.meta.dirname, '..', 'evals', 'articles');
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      const spans = splitSentences(text);
      expect(spans.length).toBeGreaterThan(5);
      let last = 0;
      for (const span of spans) {
        expect(span.start).toBeGreaterThanOrEqual(last);
        expect(span.end).toBeGreaterThan(span.start);
        expect(text.slice(span.start, span.end).includes('\n')).toBe(false);
        last = span.end;
      }
    }
  });
});
