import { describe, expect, it } from 'vitest';
import type { Quantity } from '../schemas/index.js';
import { escapeHtml, formatMs, formatQuantity, speakerHtml } from '../src/report/format.js';

const q = (qualifier: Quantity['qualifier'], value: number | null, low: number | null = null, high: number | null = null, unit: string | null = 'troops'): Quantity => ({
  value,
  low,
  high,
  qualifier,
  unit,
});

describe('report formatting', () => {
  it('escapes every character that matters in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('renders quantities compactly', () => {
    expect(formatQuantity(q('at_least', 10_000))).toBe('≥ 10,000 troops');
    expect(formatQuantity(q('range', null, 11_000, 12_000))).toBe('11,000–12,000 troops');
    expect(formatQuantity(q('about', 10_000, null, null, null))).toBe('about 10,000');
    expect(formatQuantity(q('exact', 3))).toBe('3 troops');
    expect(formatQuantity(q('more_than', 500))).toBe('> 500 troops');
    expect(formatQuantity(q('at_most', 500))).toBe('≤ 500 troops');
    expect(formatQuantity(q('up_to', 500))).toBe('up to 500 troops');
    expect(formatQuantity(q('small_number', null))).toBe('a few troops');
    expect(formatQuantity(q('small_number', 2000))).toBe('a few (2,000) troops');
    // A one-sided qualifier stored as a bound still shows its figure.
    expect(formatQuantity(q('at_least', null, 10_000))).toBe('≥ 10,000 troops');
    expect(formatQuantity(null)).toBe('—');
  });

  it('renders speakers and durations', () => {
    expect(speakerHtml({ name: '<Kim>', org: 'A & B' })).toBe('&lt;Kim&gt;<br><span class="org">A &amp; B</span>');
    expect(speakerHtml({ name: null, org: null })).toContain('unknown');
    expect(formatMs(250)).toBe('250 ms');
    expect(formatMs(61_500)).toBe('61.5 s');
    expect(formatMs(600_000)).toBe('10 min 0 s');
  });
});
