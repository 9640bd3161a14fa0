// Speakers → comparable identities: titles and ranks stripped, surname-only mentions matched,
// organisations compared by body and country ("U.S. Department of Defense" = "DoD").
import type { Speaker } from '../../schemas/index.js';
import { NAME_SUFFIXES, OFFICE_WORDS, ORGANISATION_WORDS, PERSON_TITLES } from './lexicon.js';
import { orgRelation, parseOrg, parseOrgs, subjectOrg, type OrgName } from './org.js';

export { parseOrg, parseOrgs, sameOrg, type OrgName } from './org.js';

export interface PersonName {
  /** Name tokens in order, lower-case, spelling-normalised ("kovalenkyy" → "kovalenky"). */
  tokens: string[];
  /** All tokens run together: "Son-hui" and "Son Hui" compare equal. */
  compact: string;
}

export interface NormalizedSpeaker {
  person: PersonName | null;
  /** Empty when unknown; several for a joint speaker ("X and Y denied ..."). */
  orgs: OrgName[];
}

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
  // "Callan Port Authority", "Red Crescent": an organisation given as the name is no person.
  if (kept.some((t) => ORGANISATION_WORDS.has(t.toLowerCase().replace(/['\u2019]s$/, '')))) return null;
  const normalized = kept.map(spellingKey).filter((t) => t !== '');
  if (normalized.length === 0) return null;
  return { tokens: normalized, compact: normalized.join('') };
}

/**
 * A claim's speaker as a comparable identity. An unattributed claim whose statement opens with a
 * generic speaker ("The union estimated ...") gets that organisation.
 */
export function normalizeSpeaker(speaker: Speaker, statement?: string): NormalizedSpeaker {
  const person = speaker.name === null ? null : parsePersonName(speaker.name);
  let orgs = speaker.org === null ? [] : parseOrgs(speaker.org);
  // "Interior Ministry spokesperson" as a name: no person in it, but it names the organisation.
  if (person === null && orgs.length === 0 && speaker.name !== null) orgs = parseOrgs(speaker.name);
  if (person === null && orgs.length === 0 && speaker.name === null && statement !== undefined) {
    const subject = subjectOrg(statement);
    const org = subject === null ? null : parseOrg(subject);
    if (org !== null) orgs = [org];
  }
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

/** A "person" that is really an organisation ("Interpol", "Red Crescent" given as the name). */
function personIsOrg(person: PersonName, orgs: readonly OrgName[]): boolean {
  return orgs.some(
    (org) =>
      person.compact === org.body.replace(/ /g, '') ||
      person.compact === org.core.replace(/ /g, '') ||
      (person.tokens.length === 1 && person.compact === org.acronym),
  );
}

/**
 * Who agrees with whom. Zero means two different speakers: never the same proposition. A named
 * person decides when both sides name one, whatever their organisations; otherwise organisations
 * decide, a generic mention ("the union") agreeing a little less than a named match.
 */
export const SPEAKER_SAME_PERSON = 1;
export const SPEAKER_SAME_ORG = 0.9;
export const SPEAKER_GENERIC_ORG = 0.85;
export const SPEAKER_UNKNOWN = 0.8;

export function speakerAgreement(a: NormalizedSpeaker, b: NormalizedSpeaker): number {
  if (a.person !== null && b.person !== null) {
    if (samePerson(a.person, b.person)) return SPEAKER_SAME_PERSON;
    if (personIsOrg(b.person, a.orgs) || personIsOrg(a.person, b.orgs)) return SPEAKER_SAME_ORG;
    return 0;
  }
  // At most one named person: the organisations decide, when both are known.
  if (a.orgs.length > 0 && b.orgs.length > 0) {
    const relation = orgRelation(a.orgs, b.orgs);
    if (relation === 'same') return SPEAKER_SAME_ORG;
    if (relation === 'generic') return SPEAKER_GENERIC_ORG;
    const person = a.person ?? b.person;
    // "Red Crescent" given as a name on one side and as the organisation on the other.
    if (person !== null && personIsOrg(person, a.person === null ? a.orgs : b.orgs)) return SPEAKER_SAME_ORG;
    return 0;
  }
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
