// The measured variable behind a quantity: unit + who/what is counted + where.
// "Chadian troops in X" and "Chadian troops deployed to X" are one variable;
// "... in X" and "... in Y" are two.
import {
  AREA_WORDS,
  ATTRIBUTION_VERBS,
  CALENDAR_WORDS,
  COUNTRY_ALIASES,
  DIRECTION_WORDS,
  NEAR_PREPOSITIONS,
  PLACE_PREPOSITIONS,
  STATE_PATTERNS,
  STOPWORDS,
} from './lexicon.js';
import { foldAliases, unitKey, words } from './text.js';

export interface Measure {
  /** Canonical unit group ("troops"), null when the claim names none. */
  unit: string | null;
  /** What qualifies the counted thing, folded ("france"): from "French troops". */
  modifiers: string[];
  /** Where, folded and without generic area words ("tillaberi" from "Niger's Tillaberi region"). */
  place: string[];
  /** What the text says the place lies in: "russia" from "Russia's X region" or "X region of Russia". */
  within: string[];
  /** "in" a place, or only "near" it; null when no place is given. */
  relation: 'in' | 'near' | null;
  /** The state of what is counted: killed, wounded, captured, missing, moving, planned. */
  state: string[];
  /** Readable: "French troops in Tillaberi region". */
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
interface FoundPlace {
  words: Word[];
  within: Word[];
  relation: 'in' | 'near' | null;
}

function findPlace(list: Word[], from: number, to: number): FoundPlace {
  for (let i = Math.max(from, 0); i < to; i++) {
    const relation = relationAt(list, i);
    if (relation === null) continue;
    const { words, within } = splitPlace(readPlace(list, i + 1));
    if (words.length > 0) return { words, within, relation };
  }
  return { words: [], within: [], relation: null };
}

function findUnit(list: Word[], unit: string | null): number {
  const key = unitKey(unit);
  if (key === null) return list.findIndex((w) => /^\d/.test(w.text));
  return list.findIndex((w) => unitKey(w.text) === key);
}

const COUNTRY_TOKENS: ReadonlySet<string> = new Set(COUNTRY_ALIASES.map(([canonical]) => canonical));

/**
 * Whose count it is when no adjective says so: the last country named as an actor between the
 * attribution ("X said") and the count, not one that follows a preposition (that is a place).
 * "South Africa has sent 1,300 soldiers" → southafrica.
 */
function ownerBefore(list: Word[], at: number): { tokens: string[]; text: string } {
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

const STATE_WORDS: Readonly<Record<string, string>> = {
  killed: 'killed',
  wounded: 'wounded',
  captured: 'captured',
  missing: 'missing',
  moving: 'en route',
  planned: 'planned',
};

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
  const adjacent = placeTokens(modifierWords.map((w) => w.text).join(' '));
  const owner = adjacent.length > 0 || at < 0 ? null : ownerBefore(list, at);
  const modifiers = owner === null ? adjacent : owner.tokens;

  // Where: after the counted noun, else anywhere before it ("heading to X consists of N troops").
  let found = findPlace(list, at, list.length);
  if (found.words.length === 0 && at > 0) found = findPlace(list, 0, at);
  const place = placeTokens(found.words.map((w) => w.text).join(' '));
  const within = placeTokens(found.within.map((w) => w.text).join(' '));
  const relation = place.length === 0 ? null : found.relation;
  const state = STATE_PATTERNS.filter(([pattern]) => pattern.test(statement)).map(([, name]) => name).sort();

  const unitGroup = unitKey(unit);
  const unitText = unit ?? list[at]?.text ?? 'quantity';
  const modifierText =
    owner === null || owner.text === '' ? modifierWords.map((w) => w.text).join(' ') : owner.text;
  const stateText = state.map((st) => STATE_WORDS[st] ?? st).join(' ');
  const placeText = found.words.map((w) => w.text).join(' ');
  const preposition = relation === 'near' ? 'near' : state.includes('moving') ? 'to' : state.includes('planned') ? 'for' : 'in';
  const phrase = [modifierText, unitText, stateText, placeText === '' ? '' : `${preposition} ${placeText}`]
    .filter((p) => p !== '')
    .join(' ');
  const key = [unitGroup ?? '?', [...modifiers].sort().join(' '), `${relation ?? ''}:${[...place].sort().join(' ')}`, state.join(' ')].join('|');
  return { unit: unitGroup, modifiers, place, within, relation, state, phrase, key };
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let shared = 0;
  for (const t of sa) if (sb.has(t)) shared++;
  const union = sa.size + sb.size - shared;
  return union === 0 ? 1 : shared / union;
}

/** Places: the same → 1; one inside the other ("eastern X" and "X") → 0.8; else overlap. */
function placeSimilarity(a: Measure, b: Measure): number {
  if (a.place.length === 0 && b.place.length === 0) return 1;
  if (a.place.length === 0 || b.place.length === 0) return 0.6;
  const relation = a.relation === b.relation ? 1 : 0.3;
  const within = a.place.every((t) => b.place.includes(t)) || b.place.every((t) => a.place.includes(t));
  const same = jaccard(a.place, b.place);
  return relation * (same === 1 ? 1 : within ? 0.8 : same);
}

/** A side that leaves a dimension unsaid is a partial match worth `unsaid`. */
function dimension(a: readonly string[], b: readonly string[], unsaid: number): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return unsaid;
  return jaccard(a, b);
}

/**
 * Similarity of two measured variables in [0, 1], a product so one clear difference is enough
 * to separate them: different units → 0; places, modifiers or states that share nothing → 0.
 * A side that leaves something unsaid is a partial match: place 0.6, modifier 0.8, state 0.4
 * (troops on their way, or killed, are rarely the same count as troops somewhere).
 */
export function measureSimilarity(a: Measure, b: Measure): number {
  if (a.unit !== null && b.unit !== null && a.unit !== b.unit) return 0;
  const unit = (a.unit === null) !== (b.unit === null) ? 0.7 : 1;
  return unit * placeSimilarity(a, b) * dimension(a.modifiers, b.modifiers, 0.8) * dimension(a.state, b.state, 0.4);
}

/**
 * Both sides say where, whose or in what state, and share nothing: they count different things.
 * A place the other side's place is said to lie in is no conflict ("Russia" and "Russia's X").
 */
export function measuresConflict(a: Measure, b: Measure): boolean {
  const disjoint = (x: string[], y: string[]): boolean =>
    x.length > 0 && y.length > 0 && !x.some((t) => y.includes(t));
  const inside = (x: Measure, y: Measure): boolean => x.place.length > 0 && x.place.every((t) => y.within.includes(t));
  const places = disjoint(a.place, b.place) && !inside(a, b) && !inside(b, a);
  return places || disjoint(a.modifiers, b.modifiers) || disjoint(a.state, b.state);
}
