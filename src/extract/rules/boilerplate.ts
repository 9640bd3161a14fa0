// Lines of an article dump that carry no claims of their own: headlines and their repeats,
// datelines and timestamps, photo captions and credits, bylines and "contributed to this report",
// and the related-headline lists news sites append. Decided per line, from the line's shape.
import { findDateMentions } from './dates.js';

export type LineKind = 'prose' | 'headline' | 'timestamp' | 'caption' | 'credit' | 'byline' | 'listing';

export interface Line {
  start: number;
  end: number;
  kind: LineKind;
}

const LISTING_MARKER = /^(?:read\s+(?:also|more|next)|related(?:\s+(?:stories|articles|news|coverage|content|topics))?|more\s+(?:news|stories|from\s+.*)|tags|latest(?:\s+news)?|most\s+(?:read|popular|viewed)|recommended(?:\s+for\s+you)?|see\s+also|you\s+may\s+also\s+like|trending(?:\s+now)?|popular|top\s+stories|keep\s+reading|what\s+to\s+read\s+next)\s*:?$/iu;
const INLINE_PROMO = /^(?:read\s+(?:also|more)|related|watch|listen|see\s+also|click\s+here|sign\s+up|subscribe|follow\s+us|advertisement)\b\s*[:|-]/iu;
const CREDIT = /(?:\/\s*(?:AP|AFP|Reuters|Getty|EPA|Bloomberg|Shutterstock)\b|\bvia\s+(?:AP|AFP|Reuters|Getty\s+Images|EPA)\b|\bGetty\s+Images\b|\b(?:AP|AFP|EPA|Reuters)\s+(?:Photo|Images)\b|^\s*(?:Photo|Image|Credit|Photograph|Video|Source)\s*(?:by\b|:)|\bShutterstock\b|\bPress\s+Service\b.*\bvia\b)/iu;
const CAPTION_OPENERS = /^(?:in\s+this\s+(?:photo|image|picture|handout|file|undated|video|screen\s*grab)|this\s+(?:photo|image|picture|handout|undated)|file\s*(?:photo)?\s*[-–—:]|pictured\s*:|photo\s*:|image\s*:|caption\s*:|a\s+(?:photo|screenshot|still)\s+(?:taken|from|shows)|the\s+(?:photo|image)\s+shows)/iu;
const BYLINE = /(?:^by\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|and)\s*.*)?$|contributed\s+to\s+this\s+(?:report|story|article)|\bcontributed(?:\s+reporting)?\.?$|\b(?:reporting|editing|writing|additional\s+reporting)\s+by\b|all\s+rights\s+reserved|^copyright\b|^©|is\s+a\s+(?:reporter|correspondent|writer|editor)\s+(?:for|at|with)\b)/iu;

/** A byline or credit is a short line; a long one holding "contributed" is a whole article on one line. */
const MAX_BYLINE_WORDS = 60;

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? [];
}

function endsLikeSentence(text: string): boolean {
  return /[.!?…][”"’')\]]*$/u.test(text.trim()) || /[.!?][”"’']\s*$/u.test(text);
}

/** A line that is only dates, times, weekdays and filler like "Updated" or "AM". */
export function isTimestampLine(text: string): boolean {
  let rest = text;
  for (const m of findDateMentions(text, null).reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  rest = rest.replace(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|updated|published|posted|last\s+updated|am|pm|a\.m\.|p\.m\.|gmt|utc|[ecmp][sd]t|hours?|mins?|minutes?|ago|January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\b/giu, '');
  rest = rest.replace(/[\d\s,.:;\-–—/|()]+/gu, '');
  return rest.length === 0 && /\d/u.test(text);
}

function isAllCapsLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters === letters.toUpperCase() && words(text).length >= 3;
}

/** Share of a deck's content words that one body line must repeat for the deck to be a restatement. */
const DECK_OVERLAP = 0.7;
const STOPWORDS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'that', 'this', 'with', 'by', 'from', 'as', 'its', 'it', 'said', 'says']);

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOPWORDS.has(w)));
}

function overlapShare(own: Set<string>, other: Set<string>): number {
  if (own.size < 4) return 0;
  let shared = 0;
  for (const w of own) if (other.has(w)) shared++;
  return shared / own.size;
}

const normalize = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Classify every non-empty line of `text`; `title` is the article's headline when known. */
export function classifyLines(text: string, title: string | null): Line[] {
  const raw: Array<{ start: number; end: number; text: string }> = [];
  let at = 0;
  for (const part of text.split('\n')) {
    const trimmedStart = at + (part.length - part.trimStart().length);
    const trimmed = part.trim();
    if (trimmed) raw.push({ start: trimmedStart, end: trimmedStart + trimmed.length, text: trimmed });
    at += part.length + 1;
  }
  const titleKey = title ? normalize(title) : null;
  const lines: Line[] = [];
  let inListing = false;
  raw.forEach((line, i) => {
    const t = line.text;
    const count = words(t).length;
    const sentenceLike = endsLikeSentence(t);
    let kind: LineKind = 'prose';
    if (LISTING_MARKER.test(t)) inListing = true;
    else if (inListing && sentenceLike && count >= 25) inListing = false;
    if (inListing) kind = 'listing';
    else if (INLINE_PROMO.test(t)) kind = 'listing';
    else if (isTimestampLine(t)) kind = 'timestamp';
    else if (count <= MAX_BYLINE_WORDS && BYLINE.test(t)) kind = 'byline';
    else if (count <= 14 && CREDIT.test(t)) kind = 'credit';
    else if (CAPTION_OPENERS.test(t) || /\((?:AP|AFP|Reuters|EPA)\s+Photo\b|\(Photo(?:\s+by)?[:\s]/iu.test(t)) kind = 'caption';
    else if (titleKey !== null && count <= 30 && normalize(t) === titleKey) kind = 'headline';
    else if (isAllCapsLine(t)) kind = 'headline';
    else if (!sentenceLike && count < 16) kind = 'headline';
    else if (!sentenceLike && !/\s/u.test(t)) kind = 'headline';
    const next = raw[i + 1];
    if (kind === 'prose' && next && words(next.text).length <= 14 && CREDIT.test(next.text) && !BYLINE.test(next.text)) kind = 'caption';
    lines.push({ start: line.start, end: line.end, kind });
  });
  // Headline, deck and kicker lines sit above the dateline: everything before an early timestamp.
  const dateline = lines.slice(0, 5).findIndex((l) => l.kind === 'timestamp');
  for (let i = 0; i < dateline; i++) if (lines[i]!.kind === 'prose') lines[i]!.kind = 'headline';
  // A deck in the first lines that the body restates is a headline repeat, not a claim of its own.
  for (const line of lines.slice(0, 3)) {
    if (line.kind !== 'prose') continue;
    const own = contentWords(text.slice(line.start, line.end));
    const restated = lines.some((other) => other.start > line.end && other.kind === 'prose' && overlapShare(own, contentWords(text.slice(other.start, other.end))) >= DECK_OVERLAP);
    if (restated) line.kind = 'headline';
  }
  return lines;
}

/** The line containing offset `at`. */
export function lineAt(lines: readonly Line[], at: number): Line | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid]!;
    if (at < line.start) hi = mid - 1;
    else if (at >= line.end) lo = mid + 1;
    else return line;
  }
  return undefined;
}
