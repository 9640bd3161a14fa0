/**
 * Exact one-to-one assignment (Hungarian / Kuhn–Munkres with potentials, O(n²·m)).
 * Greedy "best pair first" matching can lose total score and matches (see the test that traps it);
 * the evaluation wants the assignment a careful annotator would make, so it is solved exactly.
 */

export interface Assignment {
  row: number;
  col: number;
}

/**
 * Minimum-cost assignment of every row to a distinct column, for rows ≤ cols.
 * Returns `colOfRow[i]`. Classic potentials formulation, 1-based internally.
 */
function solveMinCost(cost: number[][], rows: number, cols: number): number[] {
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(rows + 1).fill(0);
  const v = new Array<number>(cols + 1).fill(0);
  // rowOfCol[j] = row assigned to column j (0 = none); column 0 is the virtual start.
  const rowOfCol = new Array<number>(cols + 1).fill(0);
  const way = new Array<number>(cols + 1).fill(0);
  const at = (i: number, j: number): number => cost[i - 1]![j - 1]!;

  for (let i = 1; i <= rows; i++) {
    rowOfCol[0] = i;
    let j0 = 0;
    const minv = new Array<number>(cols + 1).fill(INF);
    const used = new Array<boolean>(cols + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = rowOfCol[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const reduced = at(i0, j) - u[i0]! - v[j]!;
        if (reduced < minv[j]!) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[rowOfCol[j]!] = u[rowOfCol[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (rowOfCol[j0] !== 0);
    // Walk the augmenting path back, flipping assignments.
    do {
      const j1 = way[j0]!;
      rowOfCol[j0] = rowOfCol[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }

  const colOfRow = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= cols; j++) {
    const i = rowOfCol[j]!;
    if (i > 0) colOfRow[i - 1] = j - 1;
  }
  return colOfRow;
}

/**
 * The assignment of rows to columns with the largest total weight. Pairs whose weight is ≤ 0
 * are left out, so a weight of 0 means "may not be paired". Any rectangular shape works.
 */
export function maxWeightAssignment(weights: number[][]): Assignment[] {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : weights[0]!.length;
  if (rows === 0 || cols === 0) return [];
  for (const row of weights) {
    if (row.length !== cols) throw new Error('maxWeightAssignment: rows of unequal length');
    for (const w of row) if (!Number.isFinite(w)) throw new Error('maxWeightAssignment: weights must be finite');
  }
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  const weightAt = (i: number, j: number): number => (transpose ? weights[j]![i]! : weights[i]![j]!);
  let maxW = 0;
  for (const row of weights) for (const w of row) maxW = Math.max(maxW, w);
  // Maximising weight = minimising (maxW − weight); non-positive weights cost the most.
  const cost: number[][] = [];
  for (let i = 0; i < n; i++) {
    const line: number[] = [];
    for (let j = 0; j < m; j++) line.push(maxW - Math.max(0, weightAt(i, j)));
    cost.push(line);
  }
  const colOfRow = solveMinCost(cost, n, m);
  const pairs: Assignment[] = [];
  for (let i = 0; i < n; i++) {
    const j = colOfRow[i]!;
    if (j < 0 || weightAt(i, j) <= 0) continue;
    pairs.push(transpose ? { row: j, col: i } : { row: i, col: j });
  }
  return pairs.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Sum of the weights of an assignment. */
export function assignmentWeight(weights: number[][], pairs: Assignment[]): number {
  return pairs.reduce((sum, p) => sum + weights[p.row]![p.col]!, 0);
}
