// The measured variable behind a quantity: what is counted, in what state, whose, and where.
// "Chadian troops in X" and "Chadian troops deployed to X" are one variable; "... in X" and
// "... in Y" are two. "1,146 deaths", "the death toll rose to 1,146" and "1,146 people died" are
// all people killed. Amounts (money, percentages) are told apart by what they are of (topic):
// "costing $9 million a day" and "cost $15 million so far" are one variable, "a 4% raise" another.
import { countedNoun, nounsCompatible, SCALAR_NOUNS, statesNear } from './counted.js';
import { findFigure, findUnit, topicNear } from './figure.js';
import { STOPWORDS } from './lexicon.js';
import { findPlace, isCapitalised, lower, ownerBefore, placeTokens, splitWords, type FoundPlace, type Word } from './place.js';

export interface Measure {
  /** Canonical noun group ("troops", "people", "dollars"), null when the claim names none. */
  unit: string | null;
  /** What qualifies the counted thing, folded ("france"): from "French troops". */
  modifiers: string[];
  /** Where, folded and without generic area words ("tillaberi" from "Niger's Tillaberi region"). */
  place: string[];
  /** What the text says the place lies in: "russia" from "Russia's X region" or "X region of Russia". */
  within: string[];
  /** "in" a place, or only "near" it; null when no place is given. */
  relation: 'in' | 'near' | null;
  /** The state of what is counted: killed, wounded, missing, displaced, striking, moving, planned… */
  state: string[];
  /** For amounts: stems of the words around the figure that say what it is of ("cost"). */
  topic: string[];
  /** Readable: "French troops in Tillaberi region". */
  phrase: string;
  /** Stable identity of the variable, for ids and grouping. */
  key: string;
}

/**
 * Where the count is: in its own clause after the counted noun, then before it ("heading to X
 * consists of N troops"), then anywhere before, then anywhere after. A place in the next clause
 * ("N troops, with a few more already in Y") is usually another count's.
 */
function placeOfCount(list: readonly Word[], at: number): FoundPlace {
  if (at < 0) return findPlace([...list], 0, list.length);
  let end = Math.max(at, 0);
  while (end < list.length - 1 && !(list[end]?.breaksAfter ?? true)) end++;
  let start = Math.max(at, 0);
  while (start > 0 && !(list[start - 1]?.breaksAfter ?? true)) start--;
  const ranges: Array<[number, number]> = [[at, end + 1], [start, at], [0, start], [end + 1, list.length]];
  for (const [from, to] of ranges) {
    if (from >= to || from < 0) continue;
    const found = findPlace([...list], from, to);
    if (found.words.length > 0) return found;
  }
  return { words: [], within: [], relation: null };
}

const STATE_WORDS: Readonly<Record<string, string>> = {
  moving: 'en route',
  striking: 'on strike',
};

/** People in these states are counted even when no noun is given ("the toll rose to 912"). */
const HUMAN_STATES: ReadonlySet<string> = new Set(['killed', 'wounded', 'missing', 'displaced', 'casualties', 'captured']);

/**
 * Extract the measured variable from a claim's statement, its quantity's unit and, when known,
 * the figures it states (to find which number in the statement is the claim's).
 */
export function extractMeasure(statement: string, unit: string | null, figures: readonly number[] = []): Measure {
  const list = splitWords(statement);
  const figure = findFigure(list, figures);
  const counted = countedNoun(unit);
  const figureAt = figure < 0 ? -1 : (list[figure]?.start ?? -1);
  const state = counted.state !== null ? [counted.state] : statesNear(statement, figureAt);
  let noun = counted.noun;
  if (noun === null && state.some((st) => HUMAN_STATES.has(st))) noun = 'people';
  else if (noun === null && state.includes('striking')) noun = 'workers';
  const at = findUnit(list, counted.noun, figure);

  const modifierWords: Word[] = [];
  for (let i = at - 1; i >= 0 && modifierWords.length < 3; i--) {
    const word = list[i];
    if (word === undefined || word.breaksAfter || !isCapitalised(word.text) || STOPWORDS.has(lower(word.text))) break;
    modifierWords.unshift(word);
  }
  const adjacent = placeTokens(modifierWords.map((w) => w.text).join(' '));
  const owner = adjacent.length > 0 || at < 0 ? null : ownerBefore(list, at);
  const modifiers = owner === null ? adjacent : owner.tokens;

  const found = placeOfCount(list, at);
  const place = placeTokens(found.words.map((w) => w.text).join(' '));
  const within = placeTokens(found.within.map((w) => w.text).join(' '));
  const relation = place.length === 0 ? null : found.relation;
  const scalar = noun === null ? state.length === 0 : SCALAR_NOUNS.has(noun);
  const topic = scalar ? topicNear(list, figure) : { stems: [], words: [] };

  const unitText = unit ?? noun ?? 'amount';
  const modifierText =
    owner === null || owner.text === '' ? modifierWords.map((w) => w.text).join(' ') : owner.text;
  // A unit that names its state ("deaths") says it already.
  const stateText = counted.state !== null ? '' : state.filter((st) => st !== PRESENT).map((st) => STATE_WORDS[st] ?? st).join(' ');
  const topicText = topic.words.length === 0 ? '' : `of ${topic.words.join(' ')}`;
  const placeText = found.words.map((w) => w.text).join(' ');
  const preposition = relation === 'near' ? 'near' : state.includes('moving') ? 'to' : state.includes('planned') ? 'for' : 'in';
  const phrase = [modifierText, unitText, stateText, topicText, placeText === '' ? '' : `${preposition} ${placeText}`]
    .filter((p) => p !== '')
    .join(' ');
  const key = [
    noun ?? '?',
    [...modifiers].sort().join(' '),
    `${relation ?? ''}:${[...place].sort().join(' ')}`,
    state.join(' '),
    topic.stems.join(' '),
  ].join('|');
  return { unit: noun, modifiers, place, within, relation, state, topic: topic.stems, phrase, key };
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

/** "Already in X": the default state, told apart only from counts on their way or elsewhere. */
const PRESENT = 'present';

/** An amount, or an unnamed quantity in no state: identified by what it is of, not by a noun. */
function isScalar(m: Measure): boolean {
  return m.unit === null ? m.state.length === 0 : SCALAR_NOUNS.has(m.unit);
}

/**
 * Similarity of two measured variables in [0, 1], a product so one clear difference is enough
 * to separate them: incompatible units → 0; places, modifiers or states that share nothing → 0;
 * amounts of different things (no topic word in common) → 0. A side that leaves something
 * unsaid is a partial match: place 0.6, modifier 0.8, state 0.4 (troops on their way, or killed,
 * are rarely the same count as troops somewhere); a general noun against a specific one
 * ("people", "workers") 0.8, a missing noun 0.7.
 */
export function measureSimilarity(a: Measure, b: Measure): number {
  if (!nounsCompatible(a.unit, b.unit)) return 0;
  const [sa, sb] = [isScalar(a), isScalar(b)];
  if (sa && sb) {
    if (a.unit !== b.unit) return 0;
    if (a.topic.length > 0 && b.topic.length > 0 && !a.topic.some((t) => b.topic.includes(t))) return 0;
  } else if (sa || sb) {
    return 0; // an amount, or a number of nothing named ("magnitude 6.9"), is never a headcount
  }
  const unit = a.unit === b.unit ? 1 : a.unit === null || b.unit === null ? 0.7 : 0.8;
  const states = (m: Measure): string[] => m.state.filter((st) => st !== PRESENT);
  return unit * placeSimilarity(a, b) * dimension(a.modifiers, b.modifiers, 0.8) * dimension(states(a), states(b), 0.4);
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

/**
 * One place said to lie inside the other ("Russia" and "Russia's X region"): no conflict, but two
 * different scopes, so one figure given for both is rarely one statement.
 */
export function nestedPlaces(a: Measure, b: Measure): boolean {
  const disjoint = a.place.length > 0 && b.place.length > 0 && !a.place.some((t) => b.place.includes(t));
  return disjoint && !measuresConflict(a, b);
}
