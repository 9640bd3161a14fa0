import { describe, expect, it } from 'vitest';
import { normalizeForMatch, normalizeWithOffsets } from '../src/ground/normalize.js';

describe('normalizeForMatch', () => {
  it('folds quote marks, dashes, ellipses, whitespace, case and accents', () => {
    expect(normalizeForMatch('  “Don’t”  —  Café\u00a0SAID…\n\tok -- yes ')).toBe('"don\'t" - cafe said... ok - yes');
  });

  it('maps every normalised char back to its original range', () => {
    const text = 'A  “B”\u2026 c—d';
    const n = normalizeWithOffsets(text);
    expect(n.text).toBe('a "b"... c-d');
    expect(n.text.length).toBe(n.start.length);
    expect(n.text.length).toBe(n.end.length);
    const dots = n.text.indexOf('...');
    expect(text.slice(n.start[dots], n.end[dots + 2])).toBe('\u2026');
    expect(text.slice(n.start[1], n.end[1])).toBe('  ');
  });
});
