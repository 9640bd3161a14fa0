import { describe, expect, it } from 'vitest';
import { assignmentWeight, maxWeightAssignment, type Assignment } from '../src/eval/hungarian.js';

/** Best total weight over every one-to-one assignment, by brute force (small matrices only). */
function bruteForceBest(weights: number[][]): number {
  const rows = weights.length;
  const cols = weights[0]?.length ?? 0;
  let best = 0;
  const usedCols = new Set<number>();
  const walk = (row: number, total: number): void => {
    if (row === rows) {
      best = Math.max(best, total);
      return;
    }
    walk(row + 1, total); // leave this row unassigned
    for (let col = 0; col < cols; col++) {
      const w = weights[row]![col]!;
      if (usedCols.has(col) || w <= 0) continue;
      usedCols.add(col);
      walk(row + 1, total + w);
      usedCols.delete(col);
    }
  };
  walk(0, 0);
  return best;
}

/** Greedy: repeatedly take the largest remaining positive weight. */
function greedy(weights: number[][]): Assignment[] {
  const cells = weights.flatMap((row, r) => row.map((w, c) => ({ row: r, col: c, w })));
  cells.sort((a, b) => b.w - a.w);
  const rows = new Set<number>();
  const cols = new Set<number>();
  const out: Assignment[] = [];
  for (const cell of cells) {
    if (cell.w <= 0 || rows.has(cell.row) || cols.has(cell.col)) continue;
    rows.add(cell.row);
    cols.add(cell.col);
    out.push({ row: cell.row, col: cell.col });
  }
  return out;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('maxWeightAssignment', () => {
  it('beats greedy on a case built to trap it', () => {
    // Claim 0 looks most like gold 0 (0.9), but claim 1 only fits gold 0 well enough (0.85 vs 0.0).
    // Greedy takes (0,0)=0.9 and leaves claim 1 unmatched (its only other option is 0): 1 match, 0.9.
    // Optimal: (0,1)=0.8 + (1,0)=0.85 = 1.65, two matches.
    const weights = [
      [0.9, 0.8],
      [0.85, 0],
    ];
    const greedyPairs = greedy(weights);
    expect(greedyPairs).toHaveLength(1);
    expect(assignmentWeight(weights, greedyPairs)).toBeCloseTo(0.9);

    const optimal = maxWeightAssignment(weights);
    expect(optimal).toEqual([
      { row: 0, col: 1 },
      { row: 1, col: 0 },
    ]);
    expect(assignmentWeight(weights, optimal)).toBeCloseTo(1.65);
  });

  it('leaves out pairs of weight 0 and handles empty input', () => {
    expect(maxWeightAssignment([])).toEqual([]);
    expect(maxWeightAssignment([[0, 0]])).toEqual([]);
    expect(maxWeightAssignment([[0], [0.7]])).toEqual([{ row: 1, col: 0 }]);
  });

  it('works on tall and wide matrices (transposing as needed)', () => {
    const wide = [[0.2, 0.9, 0.4]];
    expect(maxWeightAssignment(wide)).toEqual([{ row: 0, col: 1 }]);
    const tall = [[0.2], [0.9], [0.4]];
    expect(maxWeightAssignment(tall)).toEqual([{ row: 1, col: 0 }]);
  });

  it('matches brute force on random matrices, with one-to-one pairs', () => {
    const random = seeded(42);
    for (let trial = 0; trial < 200; trial++) {
      const rows = 1 + Math.floor(random() * 5);
      const cols = 1 + Math.floor(random() * 5);
      const weights = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (random() < 0.35 ? 0 : Math.round(random() * 100) / 100)),
      );
      const pairs = maxWeightAssignment(weights);
      expect(new Set(pairs.map((p) => p.row)).size).toBe(pairs.length);
      expect(new Set(pairs.map((p) => p.col)).size).toBe(pairs.length);
      expect(assignmentWeight(weights, pairs)).toBeCloseTo(bruteForceBest(weights), 9);
    }
  });

  it('rejects ragged or non-finite input', () => {
    expect(() => maxWeightAssignment([[1, 2], [3]])).toThrow(/unequal/);
    expect(() => maxWeightAssignment([[Number.NaN]])).toThrow(/finite/);
  });
});
