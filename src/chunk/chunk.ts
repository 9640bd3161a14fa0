import type { Article, Chunk, Span } from '../../schemas/index.js';
import { splitSentences } from './sentences.js';

// Chunks are sentence-aligned slices of Article.text: chunk.text === article.text.slice(start, end)
// always holds, so every offset an extractor or grounder derives from a chunk is an article offset.

export interface ChunkOptions {
  /** Upper bound on a chunk's length in UTF-16 code units. */
  maxChars: number;
  /** Up to this much of the previous chunk's tail is offered as `context`. */
  contextChars: number;
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}

/** Move a cut point off the middle of a surrogate pair, so no chunk holds half an emoji. */
function safeCut(text: string, at: number, min: number): number {
  const code = text.charCodeAt(at);
  if (at > min && code >= 0xdc00 && code <= 0xdfff) return at - 1;
  return at;
}

function trimmed(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * Cut one over-long span into pieces of at most maxChars: at the last whitespace that keeps the
 * piece within bounds, else hard (a run of text with no spaces).
 */
function splitLongSpan(text: string, span: Span, maxChars: number): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > maxChars) {
    const limit = start + maxChars;
    let cut = -1;
    for (let i = limit; i > start; i--) {
      if (isSpace(text[i])) {
        cut = i;
        break;
      }
    }
    if (cut <= start) cut = safeCut(text, limit, start + 1);
    const piece = trimmed(text, start, cut);
    if (piece) pieces.push(piece);
    const rest = trimmed(text, cut, span.end);
    if (!rest) return pieces;
    start = rest.start;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}

/** Sentence spans, with any sentence longer than maxChars cut into pieces that fit. */
function units(text: string, maxChars: number): Span[] {
  return splitSentences(text).flatMap((s) => (s.end - s.start > maxChars ? splitLongSpan(text, s, maxChars) : [s]));
}

/**
 * Up to contextChars of the tail of text[start, end): from the earliest sentence start that fits,
 * else from the first word start that fits.
 */
export function tailContext(text: string, start: number, end: number, contextChars: number): string {
  if (contextChars <= 0 || end <= start) return '';
  if (end - start <= contextChars) return text.slice(start, end);
  const from = end - contextChars;
  const sentenceStart = splitSentences(text.slice(start, end))
    .map((s) => s.start + start)
    .find((s) => s >= from);
  if (sentenceStart !== undefined) return text.slice(sentenceStart, end);
  let wordStart = from;
  while (wordStart < end && !isSpace(text[wordStart - 1])) wordStart++;
  // No word start either: cut at `from`, stepping forward off a surrogate pair to stay within bounds.
  const low = text.charCodeAt(from) >= 0xdc00 && text.charCodeAt(from) <= 0xdfff;
  const tail = trimmed(text, wordStart < end ? wordStart : from + (low ? 1 : 0), end);
  return tail ? text.slice(tail.start, tail.end) : '';
}

/** Sentence-aligned chunks of at most maxChars, with exact offsets into article.text. */
export function chunkArticle(article: Article, options: ChunkOptions): Chunk[] {
  const { text } = article;
  const maxChars = Math.max(1, Math.floor(options.maxChars));
  const chunks: Chunk[] = [];
  let current: Span | null = null;

  const close = (span: Span): void => {
    const previous = chunks[chunks.length - 1];
    chunks.push({
      article_id: article.id,
      index: chunks.length,
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      context: previous ? tailContext(text, previous.start, previous.end, options.contextChars) : '',
    });
  };

  const pieces = units(text, maxChars);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  // Aim for chunks of even size rather than full ones and a scrap at the end.
  const span = first && last ? last.end - first.start : 0;
  const target = Math.ceil(span / Math.max(1, Math.ceil(span / maxChars)));
  for (const unit of pieces) {
    if (current && current.end - current.start < target && unit.end - current.start <= maxChars) {
      current = { start: current.start, end: unit.end };
      continue;
    }
    if (current) close(current);
    current = unit;
  }
  if (current) close(current);
  return chunks;
}

/** Where to cut a chunk in two: the sentence start nearest its middle, else whitespace, else the middle. */
function halfwayCut(text: string, chunk: Chunk): number {
  const middle = chunk.start + chunk.text.length / 2;
  const starts = splitSentences(chunk.text)
    .slice(1)
    .map((s) => s.start + chunk.start);
  const nearest = (points: number[]): number | undefined =>
    points.reduce<number | undefined>((best, p) => (best === undefined || Math.abs(p - middle) < Math.abs(best - middle) ? p : best), undefined);
  const sentenceCut = nearest(starts);
  if (sentenceCut !== undefined) return sentenceCut;
  const spaces: number[] = [];
  for (let i = chunk.start + 1; i < chunk.end - 1; i++) if (isSpace(text[i]) && !isSpace(text[i + 1])) spaces.push(i + 1);
  return nearest(spaces) ?? safeCut(text, Math.floor(middle), chunk.start + 1);
}

/** Context for the second half of a split chunk when the caller does not say (the config default). */
const DEFAULT_CONTEXT_CHARS = 400;

/**
 * Halve a chunk at a sentence boundary near its middle (for a model answer cut off by length).
 * Both halves keep the chunk's index, so claims stay tied to the planned chunking; the first
 * keeps the chunk's context and the second's is the tail of the first. Throws RangeError for a
 * chunk too short to halve or whose offsets do not match the article.
 */
export function splitChunk(
  chunk: Chunk,
  article: Article,
  options: { contextChars: number } = { contextChars: DEFAULT_CONTEXT_CHARS },
): [Chunk, Chunk] {
  const { text } = article;
  if (text.slice(chunk.start, chunk.end) !== chunk.text) {
    throw new RangeError(`chunk ${chunk.index} of ${article.id} does not match the article text at its offsets`);
  }
  const cut = halfwayCut(text, chunk);
  const first = trimmed(text, chunk.start, cut);
  const second = trimmed(text, cut, chunk.end);
  if (!first || !second) throw new RangeError(`chunk ${chunk.index} of ${article.id} is too short to split`);
  return [
    { ...chunk, text: text.slice(first.start, first.end), start: first.start, end: first.end },
    {
      ...chunk,
      text: text.slice(second.start, second.end),
      start: second.start,
      end: second.end,
      context: tailContext(text, first.start, first.end, options.contextChars),
    },
  ];
}
