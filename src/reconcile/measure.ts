// The measured variable behind a quantity: unit + who/what is counted + where.
// "North Korean troops in X" and "North Korean troops deployed to X" are one variable;
// "... in X" and "... in Y" are two.
import { AREA_WORDS, DIRECTION_WORDS, PLACE_PREPOSITIONS, STOPWORDS } from './lexicon.js';
import { foldAliases, unitKey, words } from './text.js';

export interface Measure {
  /** Canonical unit group ("troops"), null when the claim names none. */
  unit: string | null;
  /** What qualifies the counted thing, folded ("northkorea"): from "North Korean troops". */
  modifiers: string[];
  /** Where, folded and without generic area words ("kursk" from "Russia's Kursk region"). */
  place: string[];
  /** Readable: "North Korean troops in Kursk region". */
  phrase: string;
  /** Stable identity of the variable, for ids and grouping. */
  key: string;
}

interface Word {
  text: string;
  /** Punctuation after the word ends a phrase ("in X, officials said"). */
  breaksAfter: boolean;
}

function splitWords(statement: string): Word[] {
  const out: Word[] = [];
  for (const raw of statement.split(/\s+/)) {
    const abbreviation = /^(\p{L}\.)+$/u.test(raw);
    const text = abbreviation ? raw : raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (text === '') continue;
    out.push({ text, breaksAfter: !abbreviation && /[,;:.!?)"\u201d]$/.test(raw) });
  }
  return out;
}

const isCapitalised = (text: string): boolean => /^\p{Lu}/u.test(text);
const lower = (text: string): string => text.toLowerCase().replace(/['\u2019]s$/, '');

/** Folded content tokens of a phrase, generic area words and function words dropped. */
function placeTokens(phrase: string): string[] {
  return words(foldAliases(phrase)).filter((w) => !AREA_WORDS.has(w) && !STOPWORDS.has(w));
}

/** Words naming a place right after `from`: capitalised words, possessives, compass and area words. */
function readPlace(list: Word[], from: number): Word[] {
  const place: Word[] = [];
  let i = from;
  while (i < list.length && ['the', 'of'].includes(lower(list[i]?.text ?? ''))) i++;
  for (; i < list.length && place.length < 6; i++) {
    const word = list[i];
    if (word === undefined) break;
    const l = lower(word.text);
    const fits = isCapitalised(word.text) || DIRECTION_WORDS.has(l) || (place.length > 0 && AREA_WORDS.has(l));
    if (!fits || (STOPWORDS.has(l) && !isCapitalised(word.text))) break;
    place.push(word);
    if (word.breaksAfter) break;
  }
  // A place must name something: "eastern" alone, or only area words, is not one.
  return place.some((w) => isCapitalised(w.text)) ? place : [];
}

/** The most specific part of a possessive chain: "Russia's Kursk region" → "Kursk region". */
function specificPart(place: Word[]): Word[] {
  let start = 0;
  place.forEach((word, i) => {
    if (/['\u2019]s$/.test(word.text) && i < place.length - 1) start = i + 1;
  });
  return place.slice(start);
}

function findUnit(list: Word[], unit: string | null): number {
  const key = unitKey(unit);
  if (key === null) return list.findIndex((w) => /^\d/.test(w.text));
  return list.findIndex((w) => unitKey(w.text) === key);
}

/** Extract the measured variable from a claim's statement and its quantity's unit. */
export function extractMeasure(statement: string, unit: string | null): Measure {
  const list = splitWords(statement);
  const at = findUnit(list, unit);

  const modifierWords: Word[] = [];
  for (let i = at - 1; i >= 0 && modifierWords.length < 3; i--) {
    const word = list[i];
    if (word === undefined || word.breaksAfter || !isCapitalised(word.text) || STOPWORDS.has(lower(word.text))) break;
    modifierWords.unshift(word);
  }
  // Sentence-initial capitals ("Troops ...") are not modifiers unless they fold to an entity.
  const modifiers = placeTokens(modifierWords.map((w) => w.text).join(' '));

  let placeWords: Word[] = [];
  for (let i = Math.max(at, 0); i < list.length && placeWords.length === 0; i++) {
    const word = list[i];
    if (word !== undefined && PLACE_PREPOSITIONS.has(lower(word.text)) && !word.breaksAfter) {
      placeWords = specificPart(readPlace(list, i + 1));
    }
  }
  const place = placeTokens(placeWords.map((w) => w.text).join(' '));

  const unitGroup = unitKey(unit);
  const unitText = unit ?? list[at]?.text ?? 'quantity';
  const modifierText = modifierWords.map((w) => w.text).join(' ');
  const placeText = placeWords.map((w) => w.text).join(' ');
  const phrase = [modifierText, unitText, placeText === '' ? '' : `in ${placeText}`]
    .filter((p) => p !== '')
    .join(' ');
  const key = `${unitGroup ?? '?'}|${[...modifiers].sort().join(' ')}|${[...place].sort().join(' ')}`;
  return { unit: unitGroup, modifiers, place, phrase, key };
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let shared = 0;
  for (const t of sa) if (sb.has(t)) shared++;
  const union = sa.size + sb.size - shared;
  return union === 0 ? 1 : shared / union;
}

/**
 * Similarity of two measured variables in [0, 1], a product so one clear difference is enough
 * to separate them: different units → 0; places or modifiers that share nothing → 0; a side
 * that leaves the place (0.6) or the modifier (0.8) unsaid is a partial match.
 */
export function measureSimilarity(a: Measure, b: Measure): number {
  let unit = 1;
  if (a.unit !== null && b.unit !== null && a.unit !== b.unit) return 0;
  if ((a.unit === null) !== (b.unit === null)) unit = 0.7;
  const place = a.place.length === 0 && b.place.length === 0 ? 1
    : a.place.length === 0 || b.place.length === 0 ? 0.6 : jaccard(a.place, b.place);
  const modifier = a.modifiers.length === 0 && b.modifiers.length === 0 ? 1
    : a.modifiers.length === 0 || b.modifiers.length === 0 ? 0.8 : jaccard(a.modifiers, b.modifiers);
  return unit * place * modifier;
}

/** Both sides say where (or whose) and share nothing: they count different things. */
export function measuresConflict(a: Measure, b: Measure): boolean {
  const disjoint = (x: string[], y: string[]): boolean =>
    x.length > 0 && y.length > 0 && !x.some((t) => y.includes(t));
  return disjoint(a.place, b.place) || disjoint(a.modifiers, b.modifiers);
}
