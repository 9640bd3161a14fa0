/**
 * How alike an extracted claim and a gold claim of the same article are, in [0, 1].
 *
 *   sim = 0.45·span + 0.20·tokens + 0.20·quantity + 0.15·speaker
 *
 *   span     Dice overlap of the two character spans in the article, 2·|E∩G| / (|E|+|G|).
 *            (When the gold quote cannot be located, Dice of the two quotes' content tokens.)
 *   tokens   Dice overlap of the two statements' content-token sets (lower-cased, stopwords
 *            dropped, a plural "s" stripped, "25,000" read as 25000).
 *   quantity 1 when neither has a quantity, 0 when only one has, else the Jaccard overlap of
 *            their numbers {value, low, high} (equal within 1%).
 *   speaker  1 when the speakers agree (see speakersAgree), else 0.
 *
 * Where the claim sits in the text weighs most, because the gold is anchored on quotes; the
 * quantity and statement terms tell apart two claims drawn from one sentence. A pair matches
 * when sim ≥ the suite's match_threshold (0.5 by default): a claim from another sentence can
 * still match only if statement, quantity and speaker all agree closely.
 */
import type { Quantity, Span, Speaker } from '../../schemas/index.js';

export const SIMILARITY_WEIGHTS = { span: 0.45, tokens: 0.2, quantity: 0.2, speaker: 0.15 } as const;

export interface SimilarityParts {
  span: number;
  tokens: number;
  quantity: number;
  speaker: number;
  score: number;
}

/** The parts of a claim the similarity reads; both Claim and GoldClaim fit. */
export interface ComparableClaim {
  statement: string;
  quote: string;
  speaker: Speaker;
  quantity: Quantity | null;
}

const STOPWORDS = new Set(
  (
    'a an the and or but of to in on at by for with from as is are was were be been being it its this that ' +
    'these those there their they them he she his her we our you your i has have had do does did not no ' +
    'than then so such into over about also said says say told according which who whom what when where ' +
    'will would could should may might can just more most some any all'
  ).split(' '),
);

/** Content tokens of a sentence: lower-case words and numbers, stopwords out, a plural "s" off. */
export function contentTokens(text: string): Set<string> {
  const folded = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/(\d),(?=\d{3}\b)/g, '$1');
  const tokens = new Set<string>();
  for (const raw of folded.match(/[a-z0-9]+(?:\.[0-9]+)?/g) ?? []) {
    if (STOPWORDS.has(raw)) continue;
    const token = raw.length > 3 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw;
    tokens.add(token);
  }
  return tokens;
}

export function diceOfSets(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Dice overlap of two half-open character ranges. */
export function spanDice(a: Span, b: Span): number {
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const total = a.end - a.start + (b.end - b.start);
  return total === 0 ? 0 : (2 * overlap) / total;
}

function closeEnough(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
}

function numbersOf(q: Quantity): number[] {
  const out: number[] = [];
  for (const n of [q.value, q.low, q.high]) if (n !== null && !out.some((m) => closeEnough(m, n))) out.push(n);
  return out;
}

/** Overlap of the numbers two quantities state (for matching, not for field accuracy). */
export function quantitySimilarity(a: Quantity | null, b: Quantity | null): number {
  if (a === null && b === null) return 1;
  if (a === null || b === null) return 0;
  const na = numbersOf(a);
  const nb = numbersOf(b);
  if (na.length === 0 && nb.length === 0) return a.qualifier === b.qualifier ? 1 : 0.5;
  const shared = na.filter((n) => nb.some((m) => closeEnough(n, m))).length;
  return shared / (na.length + nb.length - shared);
}

/** Field accuracy: the same value, low, high and qualifier (the counted noun is not compared). */
export function quantitiesAgree(a: Quantity | null, b: Quantity | null): boolean {
  if (a === null || b === null) return a === b;
  const same = (x: number | null, y: number | null): boolean => (x === null || y === null ? x === y : closeEnough(x, y));
  return a.qualifier === b.qualifier && same(a.value, b.value) && same(a.low, b.low) && same(a.high, b.high);
}

// Titles, ranks and roles that say nothing about who the person is.
const NAME_TITLES = new Set(
  (
    'mr mrs ms miss dr prof sir maj gen lt col capt cpt sgt adm cmdr brig major general lieutenant colonel ' +
    'captain sergeant admiral commander president vice prime minister secretary director spokesperson ' +
    'spokesman spokeswoman deputy chief press senator sen rep governor gov ambassador'
  ).split(' '),
);

/** Lower-case words, diacritics and possessive "'s" removed. */
function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\./g, '') // "U.S." → "us"
    .replace(/[\u2018\u2019']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** One name word: equal, or a transliteration variant (Gorbachev / Gorbachov): 1 edit from 5 letters, 2 from 8. */
function nameWordsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5 || a[0] !== b[0]) return false;
  return editDistance(a, b) <= (shorter >= 8 ? 2 : 1);
}

/**
 * Same person: after titles and ranks are stripped, the surnames (last words) agree and every
 * word of the shorter name agrees with some word of the longer ("Okafor" = "Ngozi Okafor").
 */
export function namesAgree(a: string, b: string): boolean {
  const wa = words(a).filter((w) => !NAME_TITLES.has(w));
  const wb = words(b).filter((w) => !NAME_TITLES.has(w));
  if (wa.length === 0 || wb.length === 0) return false;
  if (!nameWordsAgree(wa[wa.length - 1]!, wb[wb.length - 1]!)) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.some((v) => nameWordsAgree(w, v)));
}

// General aliases of country and bloc names, after dots are dropped ("U.S." → "us").
const ORG_ALIASES: Array<[RegExp, string]> = [
  [/\b(united states of america|united states|usa|america)\b/g, 'us'],
  [/\b(united kingdom|great britain|britain)\b/g, 'uk'],
  [/\b(united nations)\b/g, 'un'],
  [/\b(european union)\b/g, 'eu'],
];
const ORG_FILLER = new Set(['the', 'of', 'for', 'and']);

function orgWords(org: string): Set<string> {
  let text = words(org).join(' ');
  for (const [pattern, alias] of ORG_ALIASES) text = text.replace(pattern, alias);
  return new Set(text.split(' ').filter((w) => w.length > 0 && !ORG_FILLER.has(w)));
}

/**
 * Same organisation: after normalisation (case, dots, possessives, "the"/"of", general aliases
 * such as United States = U.S.), one name's words are all among the other's — so "Treasury"
 * agrees with "the Treasury" and "Defense Ministry" with "Ministry of Defense".
 */
export function orgsAgree(a: string, b: string): boolean {
  const wa = orgWords(a);
  const wb = orgWords(b);
  if (wa.size === 0 || wb.size === 0) return false;
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  return [...small].every((w) => large.has(w));
}

/**
 * Speaker agreement: when both name a person, the person decides; otherwise the organisations
 * must agree; two speakers with neither name nor org (the outlet's own voice) agree.
 */
export function speakersAgree(a: Speaker, b: Speaker): boolean {
  if (a.name !== null && b.name !== null) return namesAgree(a.name, b.name);
  if (a.org !== null && b.org !== null) return orgsAgree(a.org, b.org);
  return a.name === null && b.name === null && a.org === null && b.org === null;
}

/** The documented similarity; `goldSpan` null = gold quote not located in the article. */
export function claimSimilarity(
  extracted: ComparableClaim & { span: Span },
  gold: ComparableClaim,
  goldSpan: Span | null,
): SimilarityParts {
  const span =
    goldSpan === null ? diceOfSets(contentTokens(extracted.quote), contentTokens(gold.quote)) : spanDice(extracted.span, goldSpan);
  const tokens = diceOfSets(contentTokens(extracted.statement), contentTokens(gold.statement));
  const quantity = quantitySimilarity(extracted.quantity, gold.quantity);
  const speaker = speakersAgree(extracted.speaker, gold.speaker) ? 1 : 0;
  const w = SIMILARITY_WEIGHTS;
  const score = w.span * span + w.tokens * tokens + w.quantity * quantity + w.speaker * speaker;
  return { span, tokens, quantity, speaker, score };
}
