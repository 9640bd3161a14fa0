// Statement text → comparable tokens: aliases folded, lower-cased, stopwords out, light stemming.
import {
  CASED_ABBREVIATIONS,
  COUNTRY_ALIASES,
  ORG_ABBREVIATIONS,
  PERSON_TITLES,
  STOPWORDS,
  UNIT_SYNONYMS,
  WORD_SYNONYMS,
} from './lexicon.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every lower-case phrase we fold to one token, longest first so "south korean" beats "korean". */
const PHRASE_TABLE: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>();
  const add = (canonical: string, phrases: readonly string[]): void => {
    for (const phrase of phrases) if (/^[a-z][a-z .'-]*$/.test(phrase)) table.set(phrase, canonical);
  };
  for (const [canonical, phrases] of COUNTRY_ALIASES) add(canonical, phrases);
  for (const [canonical, phrases] of ORG_ABBREVIATIONS) add(canonical, phrases);
  // Unit and word synonyms fold to the group's first word, so "soldiers" and "troops" share a token.
  for (const group of [...UNIT_SYNONYMS, ...WORD_SYNONYMS]) {
    const [canonical] = group;
    if (canonical !== undefined) add(canonical, group.filter((word) => word.includes(' ')));
  }
  return table;
})();

const PHRASE_PATTERN = new RegExp(
  `\\b(?:${[...PHRASE_TABLE.keys()]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRegExp)
    .join('|')})\\b`,
  'g',
);

/** Entity tokens made by folding: already canonical, never stemmed ("france" stays "france"). */
const ENTITY_TOKENS: ReadonlySet<string> = new Set(PHRASE_TABLE.values());

/** Single-word unit synonyms → the group's canonical word. */
const UNIT_WORD: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of [...UNIT_SYNONYMS, ...WORD_SYNONYMS]) {
    const [canonical] = group;
    if (canonical === undefined) continue;
    for (const word of group) if (!word.includes(' ')) map.set(word, canonical);
  }
  return map;
})();

/** Statement tokens of the unit groups' canonical words ("peopl", "troop"). */
const UNIT_TOKENS: ReadonlySet<string> = new Set(
  UNIT_SYNONYMS.flatMap(([canonical]) => (canonical === undefined ? [] : [canonical, stem(canonical)])),
);

/** A token that only names what is counted ("people", "troops"): it says nothing of what happened. */
export function isUnitToken(token: string): boolean {
  return UNIT_TOKENS.has(token);
}

/**
 * Fold aliases: cased abbreviations first ("US" is a country, "us" is not), then lower-case,
 * plain apostrophes, possessives dropped, and known phrases collapsed to one token.
 */
export function foldAliases(text: string): string {
  let folded = text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
  for (const [pattern, canonical] of CASED_ABBREVIATIONS) folded = folded.replace(pattern, ` ${canonical} `);
  folded = folded.toLowerCase().replace(/'s\b/g, '').replace(/s'(?=\s|$)/g, 's');
  return folded.replace(PHRASE_PATTERN, (phrase) => PHRASE_TABLE.get(phrase) ?? phrase);
}

/** A deliberately small suffix stripper: consistent on inflections, never clever. */
export function stem(word: string): string {
  if (/^\d/.test(word)) return word;
  let w = word;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 7 && w.endsWith('ment')) w = w.slice(0, -4);
  if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Canonical number text: "1,500" → "1500", "2.50" → "2.5". */
export function numberToken(raw: string): string {
  const value = Number(raw.replace(/,/g, ''));
  return Number.isFinite(value) ? String(value) : raw;
}

/** Raw words of already-folded text, numbers kept whole ("25,000" stays one word). */
export function words(folded: string): string[] {
  return folded.match(/\d[\d,]*(?:\.\d+)?|[a-z][a-z0-9]*(?:-[a-z0-9]+)*/g) ?? [];
}

/** "secretary", "press secretary-general": titles say who spoke, not what was claimed. */
function isTitle(word: string): boolean {
  return word.split('-').every((part) => PERSON_TITLES.has(part));
}

/** Content tokens of a statement: the bag that token overlap is computed on. */
export function statementTokens(statement: string, drop: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const word of words(foldAliases(statement))) {
    if (/^\d/.test(word)) {
      out.push(numberToken(word));
      continue;
    }
    if (STOPWORDS.has(word) || drop.has(word) || isTitle(word)) continue;
    const unit = UNIT_WORD.get(word) ?? word;
    const token = ENTITY_TOKENS.has(unit) ? unit : stem(unit);
    if (token.length < 2 || drop.has(token)) continue;
    out.push(token);
  }
  return out;
}

/** Canonical unit group for a unit noun ("soldiers" → "troops"), or the stemmed noun itself. */
export function unitKey(unit: string | null): string | null {
  if (unit === null) return null;
  const folded = foldAliases(unit).trim().replace(/\s+/g, ' ');
  if (folded === '') return null;
  const whole = PHRASE_TABLE.get(folded) ?? UNIT_WORD.get(folded);
  if (whole !== undefined) return whole;
  // "Ukrainian soldiers" as a unit: the head noun is the last word.
  const last = words(folded).at(-1);
  if (last === undefined) return null;
  return UNIT_WORD.get(last) ?? stem(last);
}
