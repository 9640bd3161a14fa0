import { describe, expect, it } from 'vitest';
import { insideAny, quotedRanges, stripQuoteMarks, tokenize, trimRange } from '../src/extract/rules/text.js';

describe('tokenize', () => {
  it('keeps abbreviation periods, hyphens and apostrophes inside words, with offsets', () => {
    const text = 'Lt. Gen. Ann Berg-Lund of the U.S. Navy’s fleet said.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Lt.', 'Gen.', 'Ann', 'Berg-Lund', 'of', 'the', 'U.S.', 'Navy’s', 'fleet', 'said']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('quotedRanges', () => {
  it('pairs straight and curly double quotes and runs an unclosed quote to the end', () => {
    const text = '"One," she said. “Two.” He said "three';
    expect(quotedRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['"One,"', '“Two.”', '"three']);
  });
  it('ignores a stray mark whose "quotation" would run on for pages', () => {
    const text = `He said "yes. ${'The council met again and voted. '.repeat(60)}`;
    expect(quotedRanges(text)).toEqual([]);
  });
  it('counts single curly quotes only when they cannot be apostrophes', () => {
    const text = 'a ‘couple thousand’ of the mayor’s voters';
    expect(quotedRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['‘couple thousand’']);
    expect(insideAny(quotedRanges(text), text.indexOf('couple'))).toBe(true);
    expect(insideAny(quotedRanges(text), text.indexOf('mayor'))).toBe(false);
  });
});

describe('trimRange and stripQuoteMarks', () => {
  it('trims punctuation and whitespace at both ends only', () => {
    const text = ' , the dam held; ';
    const r = trimRange(text, 0, text.length);
    expect(text.slice(r.start, r.end)).toBe('the dam held');
  });
  it('drops quotation marks but keeps apostrophes', () => {
    expect(stripQuoteMarks('“The mayor’s plan,” she said of the ‘new’ dam')).toBe('The mayor’s plan, she said of the new dam');
  });
});
