// The counted noun of a quantity: "4,500 additional workers" → "workers". Plural nouns are the
// usual head of a counted phrase; a few collective nouns ("people", "personnel") are listed.

/** Nouns that count people or things without a regular -s plural. */
const IRREGULAR = new Set([
  'people', 'personnel', 'children', 'men', 'women', 'staff', 'police', 'cattle', 'livestock',
  'sheep', 'fish', 'aircraft', 'deer', 'feet', 'teeth', 'mice', 'geese', 'infantry', 'crew',
]);
/** Weak heads: often adjectives ("military personnel"), used only when nothing better follows. */
const WEAK = new Set(['military', 'police', 'staff', 'infantry', 'crew']);

const COLLECTIVE = new Set(['personnel', 'staff']);

/** Words ending in -s that are not plural nouns. */
const NOT_PLURAL = new Set([
  'this', 'his', 'its', 'was', 'has', 'does', 'is', 'as', 'us', 'yes', 'always', 'perhaps', 'various',
  'previous', 'numerous', 'serious', 'thus', 'across', 'plus', 'less', 'unless', 'versus', 'news',
  'series', 'whereas', 'besides', 'sometimes', 'towards', 'afterwards', 'upwards', 'means', 'nations',
  'lbs', 'kilometres', 'whose', 'hers', 'ours', 'theirs', 'yours', 'alias', 'bonus', 'status',
]);

const STOP = new Set([
  'to', 'in', 'at', 'on', 'from', 'by', 'for', 'into', 'with', 'who', 'that', 'which', 'are', 'were',
  'is', 'was', 'have', 'has', 'had', 'will', 'would', 'could', 'may', 'might', 'can', 'should', 'and',
  'or', 'but', 'as', 'than', 'inside', 'near', 'across', 'per', 'each', 'since', 'until', 'within',
  'toward', 'towards', 'be', 'been', 'being', 'did', 'do', 'does', 'not', 'while', 'when', 'where',
  'if', 'so', 'because', 'after', 'before', 'during', 'under', 'over', 'about', 'against', 'between',
  'among', 'through', 'said', 'says', 'this', 'these', 'those', 'there', 'here', 'now', 'still',
  'already', 'also', 'then', 'thus', 'far', 'last', 'next', 'ago',
]);

const TIME_UNITS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month',
  'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'night', 'nights',
  'weekend', 'weekends', 'morning', 'mornings', 'afternoon', 'evening', 'quarter', 'quarters',
]);

/** Adjectives that count people when they follow the number directly. */
const NOMINAL_ADJECTIVES = new Set(['dead', 'injured', 'wounded', 'missing', 'displaced', 'homeless', 'unemployed', 'evacuated', 'hospitalised', 'hospitalized']);

/** Pronoun-like heads: the counted noun is named elsewhere ("a couple thousand others"). */
const ANAPHORIC = new Set(['others', 'more', 'whom', 'them', 'these', 'those', 'ones']);

export function isTimeUnit(word: string): boolean {
  return TIME_UNITS.has(word.toLowerCase());
}

function isPluralNoun(word: string): boolean {
  if (IRREGULAR.has(word) && !WEAK.has(word)) return true;
  if (NOT_PLURAL.has(word) || word.length < 4) return false;
  if (/men$/u.test(word) && word.length > 4) return true;
  return /^[a-z][a-z-]*[a-z]s$/u.test(word) && !/(?:ss|us|is|ous)$/u.test(word);
}

export interface UnitWord {
  word: string;
  end: number;
}

/** The counted noun right after a number ending at `from`, or null when none is named there. */
export function unitAfter(text: string, from: number): UnitWord | null {
  const rest = text.slice(from, from + 80);
  if (/^\s*(?:%|percent\b|per\s+cent\b)/iu.test(rest)) {
    const m = /^\s*(?:%|percent|per\s+cent)/iu.exec(rest);
    return { word: 'percent', end: from + (m?.[0].length ?? 0) };
  }
  const words = rest.matchAll(/[\p{L}][\p{L}'’-]*|[.,;:!?—–]/gu);
  let weak: UnitWord | null = null;
  let index = 0;
  let previous: string | null = null;
  for (const m of words) {
    const raw = m[0];
    const word = raw.toLowerCase();
    const end = from + m.index + raw.length;
    if (/^[.,;:!?—–]$/u.test(raw)) break;
    if (index === 0 && word === 'of') {
      index++;
      continue;
    }
    if (ANAPHORIC.has(word)) {
      if (word === 'more' || word === 'these' || word === 'those') {
        index++;
        continue;
      }
      return null;
    }
    if (STOP.has(word) || index >= 6) break;
    index++;
    if (/^\p{Lu}/u.test(raw)) {
      previous = null;
      continue; // proper adjectives: "North Freedonian troops"
    }
    // Collective heads keep their modifier: "military personnel", "medical staff".
    if (index === 1 && NOMINAL_ADJECTIVES.has(word)) return { word, end }; // "1,684 dead", "3,200 injured"
    if (isPluralNoun(word)) return { word: COLLECTIVE.has(word) && previous ? `${previous} ${word}` : word, end };
    previous = /^(?:more|additional|other|new|extra|further)$/u.test(word) ? null : word;
    if (WEAK.has(word) && weak === null) weak = { word, end };
    if (isTimeUnit(word)) return { word, end };
  }
  return weak;
}

/**
 * When the number has no noun after it: "the total number of X forces … could be around N to M",
 * or the noun of an earlier quantity in the same text ("4,500 workers …, 3,000 of whom …").
 */
export function unitFromContext(
  text: string,
  at: number,
  earlier: ReadonlyArray<{ start: number; quantity: { unit: string | null } }>,
  fallback: string | null,
): string | null {
  for (const m of text.matchAll(/\bnumbers?\s+of\s+/giu)) {
    const unit = unitAfter(text, m.index + m[0].length);
    if (unit && !isTimeUnit(unit.word)) return unit.word;
  }
  const previous = [...earlier].filter((e) => e.start < at && e.quantity.unit).sort((a, b) => b.start - a.start)[0];
  return previous?.quantity.unit ?? fallback;
}
