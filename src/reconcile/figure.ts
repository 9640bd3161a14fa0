// Where a quantity's figure sits in its statement, the counted noun nearest it, and the words
// around it that say what an amount is of ("costing the port $9 million a day" → cost, port).
import { countedNoun } from './counted.js';
import { ATTRIBUTION_VERBS, STOPWORDS } from './lexicon.js';
import { isGenericOrgWord } from './org.js';
import { isCapitalised, lower, type Word } from './place.js';
import { stem } from './text.js';

const MULTIPLIERS: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, bn: 1e9,
};

/** The number a word states, with a following "million" or suffix ("2bn") applied. */
function wordValue(list: readonly Word[], i: number): number | null {
  const m = /^(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn)?$/i.exec(list[i]?.text ?? '');
  if (m === null) return null;
  const base = Number((m[1] ?? '').replace(/,/g, ''));
  const suffix = m[2]?.toLowerCase();
  const next = lower(list[i + 1]?.text ?? '');
  const factor = suffix !== undefined ? (MULTIPLIERS[suffix] ?? 1) : (MULTIPLIERS[next] ?? 1);
  return base * factor;
}

/** Index of the word that states one of the figures; else the first number; else -1. */
export function findFigure(list: readonly Word[], figures: readonly number[]): number {
  const at = list.findIndex((_, i) => {
    const v = wordValue(list, i);
    return v !== null && figures.some((f) => Math.abs(f - v) <= Math.abs(f) * 1e-9);
  });
  return at >= 0 ? at : list.findIndex((w) => /^\d/.test(w.text));
}

/**
 * The unit word nearest the figure (after it first): "Workers Union said 3,500 workers" → the
 * second. Only in the figure's own clause: for an elided noun ("4,500 workers in X, 3,000 of
 * whom are in Y") the figure itself anchors where and in what state the count is.
 */
export function findUnit(list: readonly Word[], noun: string | null, figure: number): number {
  if (noun === null) return figure;
  let from = 0;
  let to = list.length - 1;
  if (figure >= 0) {
    from = figure;
    while (from > 0 && !(list[from - 1]?.breaksAfter ?? true)) from--;
    to = figure;
    while (to < list.length - 1 && !(list[to]?.breaksAfter ?? true)) to++;
  }
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = from; i <= to; i++) {
    if (countedNoun(list[i]?.text ?? '').noun !== noun) continue;
    const distance = figure < 0 ? i : i >= figure ? i - figure : (figure - i) * 2;
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best >= 0 ? best : figure;
}

/** Words around a figure that never say what an amount is of. */
const TOPIC_STOP: ReadonlySet<string> = new Set(
  (
    'day days daily week weeks weekly month months monthly year years yearly annual annually far total ' +
    'overall time times thousand million billion trillion percent cent dollars euros pounds less more ' +
    'than nearly almost roughly'
  ).split(' '),
);
export const TOPIC_WINDOW = 4;

/** Stems of up to TOPIC_WINDOW content words either side of the figure, within its clause. */
export function topicNear(list: readonly Word[], at: number): { stems: string[]; words: string[] } {
  if (at < 0) return { stems: [], words: [] };
  const picked: number[] = [];
  const take = (i: number): void => {
    const text = list[i]?.text ?? '';
    const l = lower(text);
    if (/^\d/.test(text) || STOPWORDS.has(l) || TOPIC_STOP.has(l) || isGenericOrgWord(l)) return;
    if (isCapitalised(text) && i > 0) return;
    picked.push(i);
  };
  // Leftwards, stop at an attribution: "The company said 60% of ..." is not a figure of the company.
  for (let i = at - 1, n = 0; i >= 0 && n < TOPIC_WINDOW && !(list[i]?.breaksAfter ?? true); i--, n++) {
    if (ATTRIBUTION_VERBS.has(lower(list[i]?.text ?? ''))) break;
    take(i);
  }
  for (let i = at + 1, n = 0; i < list.length && n < TOPIC_WINDOW && !(list[i - 1]?.breaksAfter ?? true); i++, n++) take(i);
  picked.sort((x, y) => x - y);
  const words = picked.map((i) => lower(list[i]?.text ?? ''));
  return { stems: [...new Set(words.map(stem))].sort(), words };
}

