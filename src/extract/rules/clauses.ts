// Cutting a sentence into the pieces that become claims: one attribution unit per reporting
// clause ("X estimates …, and Y said …" is two), and inside a unit one segment per measured
// quantity ("at least N in A, and overall N–M in B" is two), each a contiguous slice.
import type { Cue } from './cues.js';
import type { QuantityMention } from './quantities.js';
import { insideAny, trimRange, type Range } from './text.js';

export interface Unit extends Range {
  cue: Cue | null;
}

const CLAUSE_BOUNDARY = /(?:,\s+(?:and|but|while|whereas)\s+(?!that\b)|;\s+|\s+[—–]\s+)/gu;

/** One unit per primary cue when a clause boundary separates them; else they share a unit. */
export function attributionUnits(text: string, primary: readonly Cue[], quoted: readonly Range[]): Unit[] {
  if (primary.length === 0) return [{ ...trimRange(text, 0, text.length), cue: null }];
  const boundaries = [...text.matchAll(CLAUSE_BOUNDARY)]
    .filter((m) => !insideAny(quoted, m.index))
    .map((m) => ({ at: m.index, after: m.index + m[0].length }));
  const units: Unit[] = [];
  let start = 0;
  let cue: Cue = primary[0]!;
  for (const next of primary.slice(1)) {
    const cut = boundaries.filter((b) => b.at > cue.end && b.after <= next.start).pop();
    // The new clause must open with its own subject: a short stretch before the cue.
    if (cut && text.slice(cut.after, next.start).split(/\s+/u).length <= 14) {
      units.push({ ...trimRange(text, start, cut.at), cue });
      start = cut.after;
      cue = next;
    }
  }
  units.push({ ...trimRange(text, start, text.length), cue });
  return units;
}

const SEGMENT_SEPARATOR = /(?:[,;]?\s+(?:and|but|while|whereas)\s+(?:that\s+)?|[,;]\s+|\s+[—–]\s+)/gu;

/**
 * One range per quantity mention (offsets into `text`): cut between consecutive mentions at the
 * last separator in the gap. Mentions with no separator between them share one range.
 */
export function quantitySegments(text: string, mentions: readonly QuantityMention[]): Range[] {
  if (mentions.length <= 1) return mentions.map(() => trimRange(text, 0, text.length, ' \t\n,;:'));
  const cuts: Array<{ at: number; after: number } | null> = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const from = mentions[i]!.nounEnd;
    const gap = text.slice(from, mentions[i + 1]!.start);
    const last = [...gap.matchAll(SEGMENT_SEPARATOR)].pop();
    cuts.push(last ? { at: from + last.index, after: from + last.index + last[0].length } : null);
  }
  const ranges: Range[] = [];
  let start = 0;
  let i = 0;
  while (i < mentions.length) {
    let j = i;
    while (j < cuts.length && cuts[j] === null) j++;
    const cut = j < cuts.length ? cuts[j] : undefined;
    const range = trimRange(text, start, cut ? cut.at : text.length, ' \t\n,;:–—');
    for (let k = i; k <= j && k < mentions.length; k++) ranges.push(range);
    start = cut ? cut.after : text.length;
    i = j + 1;
  }
  return ranges;
}

/**
 * Coordinated propositions inside one attribution: "X said A, adding B", "A and that B",
 * "A, but he would not B". Each becomes its own claim with the same speaker.
 * Returns ranges covering `text` from 0 to its end, cut only inside `content`.
 */
const PROPOSITION_BOUNDARY =
  /,?\s+(?:and|but)\s+that\s+|,\s+(?=(?:adding|noting|stressing|saying)\b)|,\s+but\s+(?=(?:he|she|they|it|we)\b)|,\s+and\s+(?=(?:he|she|they|we)\s+\p{Ll})/giu;

export function propositionRanges(text: string, content: Range): Range[] {
  const cuts = [...text.slice(content.start, content.end).matchAll(PROPOSITION_BOUNDARY)]
    .map((m) => ({ at: content.start + m.index, after: content.start + m.index + m[0].length }))
    .filter((c) => c.at - content.start >= 12 && content.end - c.after >= 12);
  const ranges: Range[] = [];
  let start = 0;
  for (const cut of cuts) {
    ranges.push(trimRange(text, start, cut.at, ' \t\n,;:'));
    start = cut.after;
  }
  ranges.push(trimRange(text, start, text.length, ' \t\n,;:'));
  return ranges.filter((r) => r.end > r.start);
}
