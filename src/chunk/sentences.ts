import type { Span } from '../../schemas/index.js';

// Sentence splitting for news English. Offsets are half-open into the given text, trimmed of
// surrounding whitespace and never empty. A line break always ends a sentence: headlines,
// captions, datelines and list items stand on their own lines in article dumps.

/** Abbreviations that precede a name or number: a period after them never ends a sentence. */
const TITLE_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Rev', 'Fr', 'Hon', 'Pres', 'Gov', 'Sen', 'Rep', 'Atty',
  'Supt', 'Gen', 'Maj', 'Col', 'Lt', 'Capt', 'Cpt', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Cmdr', 'Cdr', 'Brig',
  'Insp', 'Det', 'Amb', 'St', 'Mt', 'Ft', 'Sec', 'Gens', 'Reps', 'Sens', 'Drs', 'Rt',
  'vs', 'cf', 'approx', 'incl', 'ca', 'Nos', 'pp', 'Fig', 'fig', 'Vol', 'vol', 'Ch', 'Art', 'Para', 'para',
]);

/**
 * Abbreviations that can also close a sentence ("… Acme Inc. The firm …"): the period ends the
 * sentence only when the next word is a typical sentence opener.
 */
const AMBIGUOUS_ABBREVIATIONS = new Set([
  'Jr', 'Sr', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Plc', 'LLC', 'etc', 'al', 'Dept', 'Univ', 'Assn',
  'Ave', 'Blvd', 'Rd', 'Sq', 'Hwy',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  'est', 'min', 'max', 'km', 'mi', 'ft', 'oz', 'lb', 'lbs', 'hr', 'hrs', 'sq',
]);

/** Words that commonly open an English sentence; used only to break after an ambiguous abbreviation. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'there', 'here', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'as', 'if', 'when', 'while',
  'after', 'before', 'since', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many', 'most',
  'however', 'meanwhile', 'also', 'then', 'now', 'what', 'who', 'how', 'why', 'where', 'one', 'both',
  'all', 'each', 'no', 'not', 'still', 'officials', 'asked', 'according', 'earlier', 'later', 'last',
  'separately', 'overall', 'for', 'from', 'with', 'by', 'to', 'despite', 'although', 'though',
]);

const TERMINATORS = '.!?…';
/** Characters that may follow a terminator and still belong to the sentence it ends. */
const CLOSERS = '"\'”’»)]';
/** Characters that may open a word (stripped when reading the word before a period). */
const OPENERS = '"\'“‘«([';
const LINE_BREAKS = '\n\r\u2028\u2029';

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}

function isLowercaseAt(text: string, index: number): boolean {
  const cp = text.codePointAt(index);
  return cp !== undefined && /\p{Ll}/u.test(String.fromCodePoint(cp));
}

function hasWordContent(text: string, start: number, end: number): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(start, end));
}

/** The token ending just before `periodAt`, without leading opening punctuation. */
function wordBefore(text: string, periodAt: number, lineStart: number): string {
  let i = periodAt;
  while (i > lineStart && !isSpace(text[i - 1])) i--;
  let word = text.slice(i, periodAt);
  while (word.length > 0 && OPENERS.includes(word[0] ?? '')) word = word.slice(1);
  return word;
}

/** The word starting at `from` (after opening punctuation), and whether it is an initial like "J.". */
function wordAfter(text: string, from: number, lineEnd: number): { word: string; isInitial: boolean } {
  let i = from;
  while (i < lineEnd && OPENERS.includes(text[i] ?? '')) i++;
  const match = /^[\p{L}\p{N}'’-]*/u.exec(text.slice(i, lineEnd));
  const word = match ? match[0] : '';
  const isInitial = /^\p{Lu}$/u.test(word) && text[i + word.length] === '.';
  return { word, isInitial };
}

function opensSentence(next: { word: string; isInitial: boolean }): boolean {
  if (next.isInitial || next.word.length === 0) return false;
  if (!/^\p{Lu}/u.test(next.word)) return false;
  return SENTENCE_OPENERS.has(next.word.toLowerCase());
}

/** Does the single period at `periodAt` end a sentence, given the word after it? */
function periodEndsSentence(text: string, periodAt: number, nextAt: number, lineStart: number, lineEnd: number): boolean {
  const word = wordBefore(text, periodAt, lineStart);
  if (TITLE_ABBREVIATIONS.has(word)) return false;
  const next = wordAfter(text, nextAt, lineEnd);
  if (word === 'No' || word === 'no') {
    // "No. 3" is an abbreviation; "said no." is a word.
    return !/^\p{N}/u.test(next.word);
  }
  const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(word); // U.S, a.m, e.g, D.C
  const initial = /^\p{Lu}$/u.test(word); // the J in "J. Smith"
  if (dotted || initial || AMBIGUOUS_ABBREVIATIONS.has(word)) return opensSentence(next);
  return true;
}

/** "1", "(a)", "iv": the label of a numbered list item, not a sentence. */
function isListMarker(segment: string): boolean {
  return /^\(?(?:\d{1,3}|\p{L}|[ivx]{1,4}|[IVX]{1,4})\)?$/u.test(segment);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}

function splitLine(text: string, lineStart: number, lineEnd: number, out: Span[]): void {
  let sentenceStart = lineStart;
  let i = lineStart;
  while (i < lineEnd) {
    const ch = text[i] ?? '';
    if (!TERMINATORS.includes(ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lineEnd && TERMINATORS.includes(text[j] ?? '')) j++;
    const run = text.slice(i, j);
    const closerStart = j;
    while (j < lineEnd && CLOSERS.includes(text[j] ?? '')) j++;
    const closed = j > closerStart;
    // A terminator must be followed by whitespace or the line end: "3.5", "example.com", "U.S" mid-token.
    if (j < lineEnd && !isSpace(text[j])) {
      i = j;
      continue;
    }
    let next = j;
    while (next < lineEnd && isSpace(text[next])) next++;
    let ends = next >= lineEnd || !isLowercaseAt(text, next);
    if (ends && next < lineEnd && run === '.' && !closed) {
      ends = periodEndsSentence(text, i, next, lineStart, lineEnd);
    }
    if (ends && !hasWordContent(text, sentenceStart, i)) ends = false; // a leading "…" is not a sentence
    if (ends && run === '.' && isListMarker(text.slice(sentenceStart, i).trim())) ends = false; // "1. The first…"
    if (ends) {
      pushTrimmed(text, sentenceStart, j, out);
      sentenceStart = j;
    }
    i = j;
  }
  pushTrimmed(text, sentenceStart, lineEnd, out);
}

/** Split `text` into sentence spans (half-open offsets into `text`), in order. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || LINE_BREAKS.includes(text[i] ?? '')) {
      if (i > lineStart) splitLine(text, lineStart, i, spans);
      lineStart = i + 1;
    }
  }
  return spans;
}
