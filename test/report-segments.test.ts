import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/report/segments.js';

describe('segmentText', () => {
  it('cuts at every boundary so overlapping and nested spans become flat covered pieces', () => {
    // 0....5....10...15...20
    // [1: 2-12) [2: 8-16) [3: 9-11)
    const segments = segmentText(20, [
      { key: 1, start: 2, end: 12 },
      { key: 2, start: 8, end: 16 },
      { key: 3, start: 9, end: 11 },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.keys])).toEqual([
      [0, 2, []],
      [2, 8, [1]],
      [8, 9, [1, 2]],
      [9, 11, [1, 2, 3]],
      [11, 12, [1, 2]],
      [12, 16, [2]],
      [16, 20, []],
    ]);
    expect(segments.filter((s) => s.opens.length).map((s) => [s.start, s.opens])).toEqual([
      [2, [1]],
      [8, [2]],
      [9, [3]],
    ]);
  });

  it('covers the text contiguously and merges identical spans', () => {
    const segments = segmentText(10, [
      { key: 1, start: 0, end: 10 },
      { key: 2, start: 0, end: 10 },
    ]);
    expect(segments).toEqual([{ start: 0, end: 10, keys: [1, 2], opens: [1, 2] }]);
  });

  it('ignores empty spans and spans past the end of the text', () => {
    const segments = segmentText(10, [
      { key: 1, start: 4, end: 4 },
      { key: 2, start: 5, end: 30 },
      { key: 3, start: 3, end: 6 },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.keys])).toEqual([
      [0, 3, []],
      [3, 6, [3]],
      [6, 10, []],
    ]);
    expect(segmentText(0, [{ key: 1, start: 0, end: 1 }])).toEqual([]);
  });
});
