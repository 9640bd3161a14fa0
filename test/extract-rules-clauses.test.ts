import { describe, expect, it } from 'vitest';
import { attributionUnits, propositionRanges, quantitySegments } from '../src/extract/rules/clauses.js';
import { findCues } from '../src/extract/rules/cues.js';
import { findQuantities } from '../src/extract/rules/quantities.js';
import { quotedRanges } from '../src/extract/rules/text.js';

const slices = (text: string, ranges: Array<{ start: number; end: number }>) => ranges.map((r) => text.slice(r.start, r.end));

describe('attributionUnits', () => {
  it('splits two reporting clauses joined by ", and"', () => {
    const text = 'The agency estimates at least 90 people died, and the mayor, Ana Ruiz, said that the toll could rise.';
    const cues = findCues(text, quotedRanges(text));
    const units = attributionUnits(text, cues, quotedRanges(text));
    expect(slices(text, units)).toEqual(['The agency estimates at least 90 people died', 'the mayor, Ana Ruiz, said that the toll could rise.']);
    expect(units.map((u) => u.cue?.text)).toEqual(['estimates', 'said']);
  });
  it('keeps a nested cue in its reporting clause', () => {
    const text = 'Ruiz said the agency believes 90 people died.';
    const cues = findCues(text, quotedRanges(text));
    expect(attributionUnits(text, cues, [])).toHaveLength(1);
  });
});

describe('quantitySegments', () => {
  it('gives each quantity its own clause', () => {
    const text = 'Police said at least 40 people died in the north, and overall 60 to 70 people died in the region.';
    const segments = quantitySegments(text, findQuantities(text));
    expect(slices(text, segments)).toEqual(['Police said at least 40 people died in the north', 'overall 60 to 70 people died in the region.']);
  });
  it('shares a clause when nothing separates the quantities', () => {
    const text = 'They sent 40 trucks with 300 tents.';
    const segments = quantitySegments(text, findQuantities(text));
    expect(segments).toHaveLength(2);
    expect(segments[0]).toEqual(segments[1]);
  });
});

describe('propositionRanges', () => {
  it('cuts coordinated propositions inside the content only', () => {
    const text = 'The minister said the bridge will reopen in May, adding that tolls will rise, and that a second bridge is planned.';
    const content = { start: 'The minister said '.length, end: text.length };
    expect(slices(text, propositionRanges(text, content))).toEqual([
      'The minister said the bridge will reopen in May',
      'adding that tolls will rise',
      'a second bridge is planned.',
    ]);
  });
  it('leaves a single proposition whole', () => {
    const text = 'She said the bridge, which is old, will reopen.';
    expect(propositionRanges(text, { start: 9, end: text.length })).toEqual([{ start: 0, end: text.length }]);
  });
});
