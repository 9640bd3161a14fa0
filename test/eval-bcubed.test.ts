import { describe, expect, it } from 'vitest';
import { clusterScores, f1Of } from '../src/eval/bcubed.js';

describe('clusterScores', () => {
  it('computes B-cubed and pairwise scores on a worked example', () => {
    // Predicted: A = {1,2,3}, B = {4,5}.  Gold: X = {1,2}, Y = {3,4,5}.
    const items = [
      { predicted: 'A', gold: 'X' }, // 1
      { predicted: 'A', gold: 'X' }, // 2
      { predicted: 'A', gold: 'Y' }, // 3
      { predicted: 'B', gold: 'Y' }, // 4
      { predicted: 'B', gold: 'Y' }, // 5
    ];
    const scores = clusterScores(items);
    // B³ precision per item = |P∩G|/|P|: 1:2/3 2:2/3 3:1/3 4:2/2 5:2/2 → (11/3)/5 = 11/15
    // B³ recall per item    = |P∩G|/|G|: 1:2/2 2:2/2 3:1/3 4:2/3 5:2/3 → (11/3)/5 = 11/15
    expect(scores.items).toBe(5);
    expect(scores.bcubed_precision).toBeCloseTo(11 / 15);
    expect(scores.bcubed_recall).toBeCloseTo(11 / 15);
    expect(scores.bcubed_f1).toBeCloseTo(11 / 15);
    // Pairs predicted together: A 3 + B 1 = 4; gold together: X 1 + Y 3 = 4;
    // together in both: (1,2) and (4,5) = 2 → P = 2/4, R = 2/4, F1 = 2·2/(4+4)
    expect(scores.pairwise_precision).toBe(0.5);
    expect(scores.pairwise_recall).toBe(0.5);
    expect(scores.pairwise_f1).toBe(0.5);
  });

  it('an over-merged prediction keeps recall and loses precision', () => {
    // Everything in one predicted cluster; gold = {1,2} and {3}.
    const scores = clusterScores([
      { predicted: 'A', gold: 'X' },
      { predicted: 'A', gold: 'X' },
      { predicted: 'A', gold: 'Z' },
    ]);
    // precision: 2/3, 2/3, 1/3 → 5/9; recall: 1, 1, 1 → 1
    expect(scores.bcubed_precision).toBeCloseTo(5 / 9);
    expect(scores.bcubed_recall).toBe(1);
    expect(scores.bcubed_f1).toBeCloseTo((2 * (5 / 9)) / (5 / 9 + 1));
    // predicted pairs 3, gold pairs 1, both 1 → P 1/3, R 1
    expect(scores.pairwise_precision).toBeCloseTo(1 / 3);
    expect(scores.pairwise_recall).toBe(1);
  });

  it('all singletons on both sides: B³ perfect, pairwise undefined', () => {
    const scores = clusterScores([
      { predicted: 'a', gold: 'x' },
      { predicted: 'b', gold: 'y' },
    ]);
    expect(scores.bcubed_f1).toBe(1);
    expect(scores.pairwise_precision).toBeNull();
    expect(scores.pairwise_recall).toBeNull();
    expect(scores.pairwise_f1).toBeNull();
  });

  it('a missed merge gives pairwise F1 0, not null', () => {
    const scores = clusterScores([
      { predicted: 'a', gold: 'x' },
      { predicted: 'b', gold: 'x' },
    ]);
    expect(scores.pairwise_precision).toBeNull();
    expect(scores.pairwise_recall).toBe(0);
    expect(scores.pairwise_f1).toBe(0);
    // B³ recall per item 1/2 → 0.5; precision 1
    expect(scores.bcubed_recall).toBe(0.5);
    expect(scores.bcubed_precision).toBe(1);
  });

  it('labels that contain separators do not collide', () => {
    const scores = clusterScores([
      { predicted: 'a|b', gold: 'c' },
      { predicted: 'a', gold: 'b|c' },
    ]);
    expect(scores.bcubed_f1).toBe(1);
  });

  it('no items: everything null', () => {
    expect(clusterScores([]).bcubed_f1).toBeNull();
    expect(f1Of(null, 1)).toBeNull();
    expect(f1Of(0, 0)).toBe(0);
  });
});
