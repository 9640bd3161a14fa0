// Small text helpers shared by the rules modules: word tokens with offsets and quotation ranges.
// Everything works on offsets into one string so every quote the extractor emits is a true slice.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export interface Range {
  start: number;
  end: number;
}

/** Abbreviations whose period belongs to the word (titles, ranks, months, initials). */
const DOTTED_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'gen', 'maj', 'col', 'lt', 'capt', 'sgt', 'cpl', 'pvt', 'adm',
  'cmdr', 'brig', 'gov', 'sen', 'rep', 'sec', 'st', 'jr', 'sr', 'no', 'vs', 'inc', 'corp', 'co', 'ltd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'approx', 'est',
]);

const WORD = /[\p{L}\p{N}]+(?:[.'’\-–][\p{L}\p{N}]+)*/gu;

/** Word tokens; a trailing period is kept on abbreviations and dotted forms ("Maj.", "U.S."). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
    if (text[start + word.length] === '.') {
      const lower = word.toLowerCase();
      if (DOTTED_WORDS.has(lower) || word.includes('.') || /^\p{Lu}$/u.test(word)) word += '.';
    }
    tokens.push({ text: word, lower: word.toLowerCase(), start: start + offset, end: start + offset + word.length });
  }
  return tokens;
}

const OPEN_DOUBLE = '“«„';
const MAX_QUOTATION_CHARS = 1500;
const CLOSE_DOUBLE = '”»';

/**
 * Ranges of `text` inside quotation marks. Straight double quotes toggle; curly ones open and
 * close; single curly quotes count only when they cannot be apostrophes. An unclosed quote runs
 * to the end of the text (a quotation continuing past a sentence end, as in news paragraphs).
 */
export function quotedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let openAt = -1;
  let openSingle = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    if (openAt < 0 && (OPEN_DOUBLE.includes(ch) || (ch === '"' && !/[\p{L}\p{N}]/u.test(prev)))) {
      openAt = i;
    } else if (openAt >= 0 && (CLOSE_DOUBLE.includes(ch) || ch === '"')) {
      ranges.push({ start: openAt, end: i + 1 });
      openAt = -1;
    } else if (openAt < 0 && openSingle < 0 && ch === '‘' && /[\s(\[]|^$/u.test(prev) && /[\p{L}\p{N}]/u.test(next)) {
      openSingle = i;
    } else if (openAt < 0 && openSingle < 0 && ch === "'" && /[\s(\[]|^$/u.test(prev) && /\p{L}/u.test(next)) {
      openSingle = i; // straight single quotes, as some outlets print speech: 'We will act,' she said.
    } else if (openSingle >= 0 && (ch === '’' || (ch === "'" && text[openSingle] === "'")) && !/[\p{L}]/u.test(next)) {
      ranges.push({ start: openSingle, end: i + 1 });
      openSingle = -1;
    }
  }
  if (openAt >= 0) ranges.push({ start: openAt, end: text.length });
  // A "quotation" running on for pages is a stray mark (articles dumped as one long line), not speech.
  return ranges.filter((r) => r.end - r.start <= MAX_QUOTATION_CHARS);
}

export function insideAny(ranges: readonly Range[], at: number): boolean {
  return ranges.some((r) => at >= r.start && at < r.end);
}

/** Trim whitespace and the given punctuation from both ends of `text.slice(start, end)`. */
export function trimRange(text: string, start: number, end: number, punctuation = ' \t\n,;:-–—'): Range {
  let s = start;
  let e = end;
  while (s < e && punctuation.includes(text[s] ?? '')) s++;
  while (e > s && punctuation.includes(text[e - 1] ?? '')) e--;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** Quotation marks and brackets dropped when a quote becomes part of a statement. */
export function stripQuoteMarks(text: string): string {
  return text
    .replace(/[“”«»„"]/gu, '')
    .replace(/(^|[\s(])[‘']|(?<=[\p{L}.,!?])[’'](?=$|[\s.,;:!?)])/gu, '$1')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}

export function wordCount(text: string): number {
  return tokenize(text).length;
}
