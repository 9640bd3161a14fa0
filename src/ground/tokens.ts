// Word tokens over normalised text, and how alike two tokens are. Numbers and negations are
// meaning-bearing: they only ever match exactly, so a fuzzy match cannot change what a quote says.

export interface Token {
  text: string;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
}

/** Words, numbers with separators ("25,000", "3.5"), contractions ("don't"), dotted acronyms ("u.s"). */
const TOKEN = /[\p{L}\p{N}]+(?:[.,'][\p{L}\p{N}]+)*/gu;

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nor', 'neither', 'nobody', 'nothing', 'cannot', 'without']);

export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const m of normalized.matchAll(TOKEN)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

export function hasDigit(token: string): boolean {
  return /\p{N}/u.test(token);
}

/** A token that flips or bounds a statement: not, never, can't, didn't… */
export function isNegation(token: string): boolean {
  return NEGATIONS.has(token) || token.endsWith("n't");
}

/** Levenshtein distance, or max + 1 as soon as it is known to exceed max. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

function withoutPossessive(token: string): string {
  return token.endsWith("'s") ? token.slice(0, -2) : token;
}

/** The bare stem used to find candidate regions quickly: exact tokens, possessives folded. */
export function tokenKey(token: string): string {
  return withoutPossessive(token);
}

/** How far apart two alphabetic tokens may be and still count as one word with a typo. */
function typoBudget(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

/**
 * 1 for the same token, NEAR_MATCH for a typo or a possessive difference between words, 0
 * otherwise. Tokens with digits and negations must match exactly.
 */
export const NEAR_MATCH = 0.8;

export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (hasDigit(a) || hasDigit(b) || isNegation(a) || isNegation(b)) return 0;
  const x = withoutPossessive(a);
  const y = withoutPossessive(b);
  if (x === y) return NEAR_MATCH;
  const budget = typoBudget(Math.min(x.length, y.length));
  if (budget === 0) return 0;
  return boundedEditDistance(x, y, budget) <= budget ? NEAR_MATCH : 0;
}
