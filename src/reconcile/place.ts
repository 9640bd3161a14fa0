// Reading a statement as words, and the place a count is in: "in Niger's Tillaberi region",
// "near the Ostland border", "the Tamra district of Ostland".
import {
  AREA_WORDS,
  ATTRIBUTION_VERBS,
  CALENDAR_WORDS,
  COUNTRY_ALIASES,
  DIRECTION_WORDS,
  NEAR_PREPOSITIONS,
  PLACE_PREPOSITIONS,
  STOPWORDS,
} from './lexicon.js';
import { foldAliases, words } from './text.js';

export interface Word {
  text: string;
  /** Punctuation after the word ends a phrase ("in X, officials said"). */
  breaksAfter: boolean;
  /** Character offset of the raw word in the statement. */
  start: number;
}

export function splitWords(statement: string): Word[] {
  const out: Word[] = [];
  for (const m of statement.matchAll(/\S+/g)) {
    const raw = m[0];
    const abbreviation = /^(\p{L}\.)+$/u.test(raw);
    const text = abbreviation ? raw : raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (text === '') continue;
    out.push({ text, breaksAfter: !abbreviation && /[,;:.!?)"\u201d]$/.test(raw), start: m.index });
  }
  return out;
}

export const isCapitalised = (text: string): boolean => /^\p{Lu}/u.test(text);
export const lower = (text: string): string => text.toLowerCase().replace(/['\u2019]s$/, '');

/** Folded content tokens of a phrase, generic area words and function words dropped. */
export function placeTokens(phrase: string): string[] {
  return words(foldAliases(phrase)).filter((w) => !AREA_WORDS.has(w) && !STOPWORDS.has(w));
}

/** Words naming a place right after `from`: capitalised words, possessives, compass and area words. */
function readPlace(list: Word[], from: number): Word[] {
  const place: Word[] = [];
  let i = from;
  while (i < list.length && ['the', 'of'].includes(lower(list[i]?.text ?? ''))) i++;
  for (; i < list.length && place.length < 8; i++) {
    const word = list[i];
    if (word === undefined) break;
    const l = lower(word.text);
    // "X region of Y": keep "of Y" so Y can be read as what X lies in.
    const ofAfterArea = l === 'of' && AREA_WORDS.has(lower(place.at(-1)?.text ?? '')) && isCapitalised(list[i + 1]?.text ?? '');
    const fits = ofAfterArea || isCapitalised(word.text) || DIRECTION_WORDS.has(l) || (place.length > 0 && AREA_WORDS.has(l));
    if (!fits || CALENDAR_WORDS.has(l) || (STOPWORDS.has(l) && !isCapitalised(word.text) && !ofAfterArea)) break;
    place.push(word);
    if (word.breaksAfter) break;
  }
  // A place must name something: "eastern" alone, or only area words, is not one.
  return place.some((w) => isCapitalised(w.text)) ? place : [];
}

/**
 * Split a place into its most specific part and what it lies in: "Niger's Tillaberi region" and
 * "Tillaberi region of Niger" → place "Tillaberi region", within "Niger".
 */
function splitPlace(place: Word[]): { words: Word[]; within: Word[] } {
  const of = place.findIndex((w) => lower(w.text) === 'of');
  if (of > 0) return { words: place.slice(0, of), within: place.slice(of + 1) };
  let start = 0;
  place.forEach((word, i) => {
    if (/['\u2019]s$/.test(word.text) && i < place.length - 1) start = i + 1;
  });
  return { words: place.slice(start), within: place.slice(0, start) };
}

function relationAt(list: Word[], i: number): 'in' | 'near' | null {
  const word = list[i];
  if (word === undefined || word.breaksAfter) return null;
  const l = lower(word.text);
  if (NEAR_PREPOSITIONS.has(l)) return 'near';
  if (!PLACE_PREPOSITIONS.has(l)) return null;
  // "close to X", "closer to X", "next to X": near, not in.
  return l === 'to' && ['close', 'closer', 'next'].includes(lower(list[i - 1]?.text ?? '')) ? 'near' : 'in';
}

/** The first place introduced by a preposition in [from, to). */
export interface FoundPlace {
  words: Word[];
  within: Word[];
  relation: 'in' | 'near' | null;
}

export function findPlace(list: Word[], from: number, to: number): FoundPlace {
  for (let i = Math.max(from, 0); i < to; i++) {
    const relation = relationAt(list, i);
    if (relation === null) continue;
    const { words, within } = splitPlace(readPlace(list, i + 1));
    if (words.length > 0) return { words, within, relation };
  }
  return { words: [], within: [], relation: null };
}

const COUNTRY_TOKENS: ReadonlySet<string> = new Set(COUNTRY_ALIASES.map(([canonical]) => canonical));

/**
 * Whose count it is when no adjective says so: the last country named as an actor between the
 * attribution ("X said") and the count, not one that follows a preposition (that is a place).
 * "South Africa has sent 1,300 soldiers" → southafrica.
 */
export function ownerBefore(list: Word[], at: number): { tokens: string[]; text: string } {
  let from = 0;
  for (let i = 0; i < at; i++) if (ATTRIBUTION_VERBS.has(lower(list[i]?.text ?? ''))) from = i + 1;
  let owner = { tokens: [] as string[], text: '' };
  for (let i = from; i < at; i++) {
    const word = list[i];
    if (word === undefined || !isCapitalised(word.text)) continue;
    if (relationAt(list, i - 1) !== null || (i - 2 >= from && relationAt(list, i - 2) !== null && lower(list[i - 1]?.text ?? '') === 'the')) continue;
    const pair = `${word.text} ${list[i + 1]?.text ?? ''}`;
    const inPair = words(foldAliases(pair)).find((t) => COUNTRY_TOKENS.has(t));
    const alone = words(foldAliases(word.text)).find((t) => COUNTRY_TOKENS.has(t));
    const found = inPair ?? alone;
    if (found === undefined) continue;
    // "South Africa": the pair names the country when the word alone does not.
    const text = alone === undefined ? pair : word.text;
    owner = { tokens: [found], text: text.replace(/['\u2019]s$/, '') };
    if (alone === undefined) i++;
  }
  return owner;
}

