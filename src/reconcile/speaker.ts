// Speakers → comparable identities: titles and ranks stripped, surname-only mentions matched,
// organisations compared by body and country ("U.S. Department of Defense" = "DoD").
import type { Speaker } from '../../schemas/index.js';
import {
  CAPITAL_METONYMS,
  COUNTRY_ALIASES,
  NAME_SUFFIXES,
  OFFICE_WORDS,
  PERSON_TITLES,
  STOPWORDS,
} from './lexicon.js';
import { foldAliases, words } from './text.js';

export interface PersonName {
  /** Name tokens in order, lower-case, spelling-normalised ("kovalenkyy" → "kovalenky"). */
  tokens: string[];
  /** All tokens run together: "Son-hui" and "Son Hui" compare equal. */
  compact: string;
}

export interface OrgName {
  /** Country canonical token when the organisation is national ("unitedstates"), else null. */
  country: string | null;
  /** What the organisation is, without its country: "dod", "national intelligence service". */
  body: string;
  /** Initials of the body's content words ("nis"), for abbreviations not in the lexicon. */
  acronym: string;
}

export interface NormalizedSpeaker {
  person: PersonName | null;
  /** Empty when unknown; several for a joint speaker ("X and Y denied ..."). */
  orgs: OrgName[];
}

const COUNTRY_TOKENS: ReadonlySet<string> = new Set(COUNTRY_ALIASES.map(([canonical]) => canonical));

/** Transliterations differ ("Kovalenkyy", "Kovalenky", "Kovalenkiy"): fold the usual variations. */
function spellingKey(token: string): string {
  return token
    .replace(/['\u2019]s$/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/[iy]+$/, 'y');
}

function isTitle(token: string): boolean {
  return PERSON_TITLES.has(token.toLowerCase().replace(/\./g, ''));
}

function isCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token);
}

/**
 * The person's name inside a speaker string: the trailing run of capitalised words after any
 * titles, ranks or office words ("U.S. Air Force Maj. Gen. A. Person" → "A. Person").
 */
export function parsePersonName(raw: string): PersonName | null {
  const first = raw.replace(/\[[^\]]*\]|\([^)]*\)/g, ' ').split(',')[0] ?? '';
  const tokens = first.split(/\s+/).filter((t) => t !== '');
  const kept: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && kept.length < 4; i--) {
    const token = tokens[i] ?? '';
    const bare = token.toLowerCase().replace(/\./g, '');
    if (kept.length === 0 && NAME_SUFFIXES.has(bare)) continue;
    if (!isCapitalised(token) || isTitle(token) || OFFICE_WORDS.has(bare)) break;
    kept.unshift(token);
  }
  const normalized = kept.map(spellingKey).filter((t) => t !== '');
  if (normalized.length === 0) return null;
  return { tokens: normalized, compact: normalized.join('') };
}

/** Organisation → country + body, with lexicon abbreviations already folded in. */
export function parseOrg(raw: string): OrgName | null {
  const content = words(foldAliases(raw))
    .filter((w) => !STOPWORDS.has(w) && !isTitle(w))
    .map((w) => CAPITAL_METONYMS.get(w) ?? w);
  const country = content.find((w) => COUNTRY_TOKENS.has(w)) ?? null;
  const bodyWords = content.filter((w) => !COUNTRY_TOKENS.has(w));
  if (bodyWords.length === 0) {
    return country === null ? null : { country: null, body: country, acronym: country };
  }
  const body = bodyWords.join(' ');
  const acronym = bodyWords.length > 1 ? bodyWords.map((w) => w[0] ?? '').join('') : body;
  return { country, body, acronym };
}

/** "France and Germany", "the UN, the EU": a joint speaker is each of its parts. */
export function parseOrgs(raw: string): OrgName[] {
  return raw
    .split(/\s*(?:,|;|&|\band\b)\s*/)
    .map(parseOrg)
    .filter((org): org is OrgName => org !== null);
}

export function normalizeSpeaker(speaker: Speaker): NormalizedSpeaker {
  const person = speaker.name === null ? null : parsePersonName(speaker.name);
  let orgs = speaker.org === null ? [] : parseOrgs(speaker.org);
  // "Interior Ministry spokesperson" as a name: no person in it, but it names the organisation.
  if (person === null && orgs.length === 0 && speaker.name !== null) orgs = parseOrgs(speaker.name);
  return { person, orgs };
}

/** Same person: the whole name matches, or one side is a one-word mention of the other's. */
export function samePerson(a: PersonName, b: PersonName): boolean {
  if (a.compact === b.compact) return true;
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (short.tokens.length === 1) {
    // Surname-only mention; family names come first in some naming orders, so either end.
    const only = short.tokens[0];
    return only === long.tokens.at(-1) || only === long.tokens[0];
  }
  if (short.tokens.at(-1) !== long.tokens.at(-1)) return false;
  // Same surname: given names must agree, allowing an initial ("P." for "Pat").
  const ga = short.tokens[0] ?? '';
  const gb = long.tokens[0] ?? '';
  return ga === gb || (ga.length === 1 && gb.startsWith(ga)) || (gb.length === 1 && ga.startsWith(gb));
}

/**
 * Same organisation: same country (or one unstated) and the same body, by abbreviation, or one
 * body inside the other ("dhs coast guard" and "coast guard" when an outlet strings both together).
 */
export function sameOrg(a: OrgName, b: OrgName): boolean {
  if (a.country !== null && b.country !== null && a.country !== b.country) return false;
  if (a.body === b.body || a.acronym === b.body || a.body === b.acronym) return true;
  const ta = a.body.split(' ');
  const tb = b.body.split(' ');
  return ta.every((t) => tb.includes(t)) || tb.every((t) => ta.includes(t));
}

function anySameOrg(a: readonly OrgName[], b: readonly OrgName[]): boolean {
  return a.some((x) => b.some((y) => sameOrg(x, y)));
}

/** A one-word "person" that is really an organisation ("Interpol" given as the name). */
function personIsOrg(person: PersonName, orgs: readonly OrgName[]): boolean {
  return (
    person.tokens.length === 1 &&
    orgs.some((org) => person.compact === org.body.replace(/ /g, '') || person.compact === org.acronym)
  );
}

/** Who agrees with whom. Zero means two different speakers: never the same proposition. */
export const SPEAKER_SAME_PERSON = 1;
export const SPEAKER_SAME_ORG = 0.9;
export const SPEAKER_UNKNOWN = 0.7;

export function speakerAgreement(a: NormalizedSpeaker, b: NormalizedSpeaker): number {
  if (a.person !== null && b.person !== null) {
    if (samePerson(a.person, b.person)) return SPEAKER_SAME_PERSON;
    if (personIsOrg(b.person, a.orgs) || personIsOrg(a.person, b.orgs)) return SPEAKER_SAME_ORG;
    return 0;
  }
  // At most one named person: the organisations decide, when both are known.
  if (a.orgs.length > 0 && b.orgs.length > 0) return anySameOrg(a.orgs, b.orgs) ? SPEAKER_SAME_ORG : 0;
  const person = a.person ?? b.person;
  const orgs = a.orgs.length > 0 ? a.orgs : b.orgs;
  if (person !== null && personIsOrg(person, orgs)) return SPEAKER_SAME_ORG;
  return SPEAKER_UNKNOWN;
}

/** Blocking keys: a speaker's surname(s) and organisation body. */
export function speakerKeys(speaker: NormalizedSpeaker): string[] {
  const keys: string[] = [];
  if (speaker.person !== null) {
    const { tokens } = speaker.person;
    keys.push(`p:${tokens.at(-1) ?? ''}`);
    if (tokens.length > 1) keys.push(`p:${tokens[0] ?? ''}`);
  }
  for (const org of speaker.orgs) keys.push(`o:${org.body}`);
  return keys;
}

/** Speaker in words for notes: "Ada Pell (Interior Ministry)". */
export function describeSpeaker(speaker: Speaker): string {
  if (speaker.name !== null && speaker.org !== null) return `${speaker.name} (${speaker.org})`;
  return speaker.name ?? speaker.org ?? 'unattributed';
}
