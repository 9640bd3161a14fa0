import { hasDigit, isNegation, tokenSimilarity } from './tokens.js';

// Fitting alignment of a quote's tokens against a stretch of article tokens: the whole quote is
// aligned, the text only where it best fits (free start and end). Matches earn their similarity;
// a quote word missing from the text, an extra text word inside the span and a substituted word
// each cost. Words must appear in order, so shuffled words or another sentence do not align.

export interface TokenAlignment {
  /** Quote tokens matched in order (typos count), over all quote tokens. */
  coverage: number;
  score: number;
  /** Indices into the text tokens of the first and last matched token. */
  firstText: number;
  lastText: number;
  /** Coverage reached and nothing that changes the meaning was skipped. */
  accepted: boolean;
}

const GAP_QUOTE = -0.6;
const GAP_TEXT = -0.6;
const SUBSTITUTE = -0.6;

/** Backpointers: a quote token against a text token, a quote token alone, a text token alone. */
const Move = { Diagonal: 1, Up: 2, Left: 3 } as const;

/** Text words the span may hold beyond the quote's: a few dropped words, not a stitched paragraph. */
function maxExtraTextTokens(quoteLength: number): number {
  return Math.max(2, Math.ceil(quoteLength * 0.2));
}

export function alignTokens(quote: string[], text: string[], minCoverage: number): TokenAlignment | null {
  const m = quote.length;
  const n = text.length;
  if (m === 0 || n === 0) return null;
  const width = n + 1;
  const score = new Float64Array((m + 1) * width);
  const move = new Uint8Array((m + 1) * width);
  // Row 0 is zero everywhere: the quote may start anywhere in the text.
  for (let i = 1; i <= m; i++) {
    score[i * width] = i * GAP_QUOTE;
    move[i * width] = Move.Up;
    const q = quote[i - 1] ?? '';
    const known = new Map<string, number>(); // text words repeat; edit distances are the cost
    for (let j = 1; j <= n; j++) {
      const t = text[j - 1] ?? '';
      let sim = known.get(t);
      if (sim === undefined) {
        sim = tokenSimilarity(q, t);
        known.set(t, sim);
      }
      const diagonal = (score[(i - 1) * width + j - 1] ?? 0) + (sim > 0 ? sim : SUBSTITUTE);
      const up = (score[(i - 1) * width + j] ?? 0) + GAP_QUOTE;
      const left = (score[i * width + j - 1] ?? 0) + GAP_TEXT;
      let best = diagonal;
      let from: number = Move.Diagonal;
      if (up > best) {
        best = up;
        from = Move.Up;
      }
      if (left > best) {
        best = left;
        from = Move.Left;
      }
      score[i * width + j] = best;
      move[i * width + j] = from;
    }
  }

  let endJ = 1;
  for (let j = 2; j <= n; j++) if ((score[m * width + j] ?? 0) > (score[m * width + endJ] ?? 0)) endJ = j;

  // Walk back, counting matches and what was skipped between the first and last match.
  let i = m;
  let j = endJ;
  let matched = 0;
  let firstText = -1;
  let lastText = -1;
  let meaningLost = false;
  const textSkipped: number[] = [];
  while (i > 0) {
    const from = move[i * width + j];
    if (from === Move.Diagonal && j > 0) {
      const q = quote[i - 1] ?? '';
      const t = text[j - 1] ?? '';
      if (tokenSimilarity(q, t) > 0) {
        matched++;
        if (lastText === -1) lastText = j - 1;
        firstText = j - 1;
      } else {
        if (hasDigit(q) || isNegation(q)) meaningLost = true;
        textSkipped.push(j - 1);
      }
      i--;
      j--;
    } else if (from === Move.Left && j > 0) {
      textSkipped.push(j - 1);
      j--;
    } else {
      const q = quote[i - 1] ?? '';
      if (hasDigit(q) || isNegation(q)) meaningLost = true;
      i--;
    }
  }
  if (matched === 0) return null;

  const inside = textSkipped.filter((k) => k > firstText && k < lastText);
  if (inside.some((k) => isNegation(text[k] ?? ''))) meaningLost = true;
  const coverage = matched / m;
  const compact = inside.length <= maxExtraTextTokens(m);
  return {
    coverage,
    score: score[m * width + endJ] ?? 0,
    firstText,
    lastText,
    accepted: coverage >= minCoverage && compact && !meaningLost,
  };
}
