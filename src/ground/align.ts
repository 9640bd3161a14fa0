import type { Span } from '../../schemas/index.js';
import { normalizeWithOffsets, type NormalizedText } from './normalize.js';
import { alignTokens, type TokenAlignment } from './fuzzy.js';
import { tokenize, tokenKey, type Token } from './tokens.js';

// Locating a model's quote in the article: exact → normalised → fuzzy over word tokens. The model
// never gives offsets; the span always comes from here, in original article coordinates.

export type QuoteAlignment =
  | { status: 'exact' | 'normalized' | 'fuzzy'; span: Span; coverage: number }
  | { status: 'unaligned'; coverage: number };

export interface AlignOptions {
  /** Share of the quote's tokens a fuzzy match must cover, in order (e.g. 0.85). */
  minCoverage: number;
  /** Prefer the match nearest this offset (e.g. the chunk start) when the quote occurs twice. */
  near?: number;
}

/** Fewer quote tokens than this are too little evidence for a fuzzy match. */
const MIN_FUZZY_TOKENS = 4;
/** Below this many normalised chars, a quote stripped of wrapping marks is not tried alone. */
const MIN_STRIPPED_CHARS = 12;
/** Token grids up to this size are aligned whole; larger texts only in candidate regions. */
const WHOLE_TEXT_CELLS = 200_000;
/** Longest stretch of text tokens aligned in one go. */
const MAX_REGION_TOKENS = 4000;

interface PreparedText {
  text: string;
  normalized: NormalizedText;
  tokens: Token[];
}

// Grounding aligns many quotes against one article in a row: keep its normalised form.
let lastPrepared: PreparedText | null = null;

function prepare(text: string): PreparedText {
  if (lastPrepared?.text === text) return lastPrepared;
  const normalized = normalizeWithOffsets(text);
  lastPrepared = { text, normalized, tokens: tokenize(normalized.text) };
  return lastPrepared;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * Where `needle` occurs in `haystack` without starting or ending inside a word ("he said" is
 * not found in "she said"): a quote is made of whole words.
 */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  const startsWord = isWordChar(needle[0]);
  const endsWord = isWordChar(needle[needle.length - 1]);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (startsWord && isWordChar(haystack[at - 1])) continue;
    if (endsWord && isWordChar(haystack[at + needle.length])) continue;
    found.push(at);
  }
  return found;
}

function nearest<T>(items: T[], position: (item: T) => number, near: number | undefined): T | undefined {
  if (near === undefined) return items[0];
  return items.reduce<T | undefined>(
    (best, item) => (best === undefined || Math.abs(position(item) - near) < Math.abs(position(best) - near) ? item : best),
    undefined,
  );
}

/** The normalised quote, then the same without wrapping quote marks, ellipses or dashes. */
function quoteVariants(normalizedQuote: string): string[] {
  const variants = [normalizedQuote];
  const stripped = normalizedQuote.replace(/^[\s"'.,;:-]+|[\s"'.,;:-]+$/g, '');
  if (stripped !== normalizedQuote && stripped.length >= MIN_STRIPPED_CHARS) variants.push(stripped);
  return variants;
}

function normalizedMatch(prepared: PreparedText, normalizedQuote: string, near: number | undefined): Span | null {
  const { normalized } = prepared;
  for (const variant of quoteVariants(normalizedQuote)) {
    const spans = occurrences(normalized.text, variant).map((at) => ({
      start: normalized.start[at] ?? 0,
      end: normalized.end[at + variant.length - 1] ?? 0,
    }));
    const best = nearest(spans, (s) => s.start, near);
    if (best) return best;
  }
  return null;
}

/** Token ranges of the text worth aligning: windows holding enough of the quote's words. */
function candidateRegions(textTokens: Token[], quoteTokens: Token[], minCoverage: number): Array<[number, number]> {
  const m = quoteTokens.length;
  const n = textTokens.length;
  if (m * n <= WHOLE_TEXT_CELLS) return n > 0 ? [[0, n]] : [];
  const keys = new Set(quoteTokens.map((t) => tokenKey(t.text)));
  const hits = textTokens.map((t) => (keys.has(tokenKey(t.text)) ? 1 : 0));
  const slack = Math.max(2, Math.ceil(m * 0.25));
  const width = m + slack;
  // Typos hide words from this exact-key count, so ask for well under the coverage needed.
  const needed = Math.max(1, Math.floor(m * minCoverage * 0.5));
  const regions: Array<[number, number]> = [];
  let count = 0;
  for (let j = 0; j < n; j++) {
    count += hits[j] ?? 0;
    if (j >= width) count -= hits[j - width] ?? 0;
    if (count < needed) continue;
    const from = Math.max(0, j - width - slack + 1);
    const to = Math.min(n, j + slack + 1);
    const last = regions[regions.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else regions.push([from, to]);
  }
  // A quote of common words can light up a whole long text: align it in overlapping windows
  // so memory stays bounded (an alignment spans at most width + slack tokens, the overlap).
  const maxRegion = Math.max(MAX_REGION_TOKENS, 4 * width);
  return regions.flatMap(([from, to]) => {
    const windows: Array<[number, number]> = [];
    for (let s = from; s < to; s += maxRegion - width - slack) {
      windows.push([s, Math.min(to, s + maxRegion)]);
      if (s + maxRegion >= to) break;
    }
    return windows;
  });
}

/**
 * How many chars of punctuation around the quote's first and last words (an opening quote mark,
 * a closing period) the text repeats right around the matched words: those join the span.
 */
function edgePunctuation(quote: string, quoteTokens: Token[], text: string, first: Token, last: Token): [number, number] {
  const quoteLead = quote.slice(0, quoteTokens[0]?.start ?? 0).replace(/\s+/g, '');
  const quoteTrail = quote.slice(quoteTokens[quoteTokens.length - 1]?.end ?? quote.length).replace(/\s+/g, '');
  let lead = 0;
  while (lead < quoteLead.length && text[first.start - lead - 1] === quoteLead[quoteLead.length - lead - 1]) lead++;
  let trail = 0;
  while (trail < quoteTrail.length && text[last.end + trail] === quoteTrail[trail]) trail++;
  return [lead, trail];
}

function fuzzyMatch(
  prepared: PreparedText,
  normalizedQuote: string,
  options: AlignOptions,
): { best: (TokenAlignment & { span: Span }) | null; coverage: number } {
  const quoteTokens = tokenize(normalizedQuote);
  if (quoteTokens.length < MIN_FUZZY_TOKENS) return { best: null, coverage: 0 };
  const { tokens, normalized } = prepared;
  const quoteWords = quoteTokens.map((t) => t.text);
  let best: (TokenAlignment & { span: Span }) | null = null;
  let coverage = 0;
  for (const [from, to] of candidateRegions(tokens, quoteTokens, options.minCoverage)) {
    const found = alignTokens(quoteWords, tokens.slice(from, to).map((t) => t.text), options.minCoverage);
    if (!found) continue;
    coverage = Math.max(coverage, found.coverage);
    if (!found.accepted) continue;
    const first = tokens[from + found.firstText];
    const last = tokens[from + found.lastText];
    if (!first || !last) continue;
    const [lead, trail] = edgePunctuation(normalizedQuote, quoteTokens, normalized.text, first, last);
    const span = { start: normalized.start[first.start - lead] ?? 0, end: normalized.end[last.end + trail - 1] ?? 0 };
    const candidate = { ...found, span };
    const better =
      best === null ||
      candidate.coverage > best.coverage ||
      (candidate.coverage === best.coverage && candidate.score > best.score) ||
      (candidate.coverage === best.coverage &&
        candidate.score === best.score &&
        options.near !== undefined &&
        Math.abs(span.start - options.near) < Math.abs(best.span.start - options.near));
    if (better) best = candidate;
  }
  return { best, coverage };
}

/**
 * Find `quote` in `text`: exactly (nearest `near` when it occurs more than once), else after
 * normalisation, else by an in-order token alignment covering at least minCoverage of the quote.
 * Spans are in `text` coordinates. A quote that cannot be found is 'unaligned' with the best
 * coverage seen.
 */
export function alignQuote(quote: string, text: string, options: AlignOptions): QuoteAlignment {
  const trimmed = quote.trim();
  if (trimmed.length === 0 || text.length === 0) return { status: 'unaligned', coverage: 0 };

  const exact = nearest(occurrences(text, trimmed), (at) => at, options.near);
  if (exact !== undefined) return { status: 'exact', span: { start: exact, end: exact + trimmed.length }, coverage: 1 };

  const prepared = prepare(text);
  const normalizedQuote = normalizeWithOffsets(trimmed).text;
  if (normalizedQuote.length === 0) return { status: 'unaligned', coverage: 0 };
  const normalizedSpan = normalizedMatch(prepared, normalizedQuote, options.near);
  if (normalizedSpan) return { status: 'normalized', span: normalizedSpan, coverage: 1 };

  const { best, coverage } = fuzzyMatch(prepared, normalizedQuote, options);
  if (best) return { status: 'fuzzy', span: best.span, coverage: best.coverage };
  return { status: 'unaligned', coverage };
}
