// Match normalisation: folds the differences a model (or a copy-paste) introduces into a quote
// without changing what it says — quote marks, apostrophes, dashes, ellipses, whitespace runs,
// case, accents, invisible characters. An offset map leads every normalised character back to the
// original text, so a match found in normalised space is reported in original coordinates.

const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u0060', '\u00b4', '\u02bc']);
const DOUBLE_QUOTES = new Set(['\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb', '\u2039', '\u203a']);
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d']);
const INVISIBLE = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);

export interface NormalizedText {
  text: string;
  /** For normalised char i: the original index of the character it came from. */
  start: number[];
  /** For normalised char i: the original index just past the character it came from. */
  end: number[];
}

/** Lowercase, accent-free form of one code point (may be empty or several chars). */
function foldChar(ch: string): string {
  if (SINGLE_QUOTES.has(ch)) return "'";
  if (DOUBLE_QUOTES.has(ch)) return '"';
  if (ch === '\u2026') return '...';
  return ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Normalise `text`, keeping for every output character the original range it came from. */
export function normalizeWithOffsets(text: string): NormalizedText {
  const out: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const emit = (s: string, from: number, to: number): void => {
    for (let k = 0; k < s.length; k++) {
      out.push(s.charAt(k));
      start.push(from);
      end.push(to);
    }
  };
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    const last = out[out.length - 1];
    if (INVISIBLE.has(ch)) {
      // dropped: soft hyphens and zero-width characters never matter for a match
    } else if (/\s/u.test(ch)) {
      // A whitespace run becomes one space; leading whitespace is dropped.
      if (out.length > 0 && last !== ' ') emit(' ', i, next);
      else if (last === ' ') end[end.length - 1] = next;
    } else if (DASHES.has(ch)) {
      // A dash run ("--", "—") becomes one "-".
      if (last === '-' && end[end.length - 1] === i) end[end.length - 1] = next;
      else emit('-', i, next);
    } else {
      emit(foldChar(ch), i, next);
    }
    i = next;
  }
  // Trailing whitespace is dropped.
  if (out[out.length - 1] === ' ') {
    out.pop();
    start.pop();
    end.pop();
  }
  return { text: out.join(''), start, end };
}

/** The normalised form used to compare quotes and statements (reconcile and eval reuse it). */
export function normalizeForMatch(text: string): string {
  return normalizeWithOffsets(text).text;
}
