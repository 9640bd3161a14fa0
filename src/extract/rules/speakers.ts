// Speaker resolution with the article read so far: pronouns ("he said") go to the person the
// previous sentence was about, surnames to full names, "the mayor" to the person introduced as
// mayor, "the union" and "the company" to the organisation the article named as one, the outlet's
// own name to the outlet, and sentences with no attribution to the outlet.
import type { Speaker } from '../../../schemas/index.js';
import { BUSINESS_NOUNS, BUSINESS_SUFFIXES, GENERIC_SPEAKERS, INSTITUTION_COLLECTIVES, ORG_TYPE_NOUNS, ORG_WORDS, ROLE_NOUNS, TITLE_MODIFIERS } from './lexicon.js';
import { findPerson, genderOfWord, resolvePhrase, surnameOf, type Gender, type Person } from './names.js';
import type { OrgMention } from './orgs.js';
import { insideAny, type Range } from './text.js';

export interface SpeakerState {
  readonly people: Person[];
  /** Org of the outlet (host of the article URL), for claims the article makes in its own voice. */
  readonly outlet: string | null;
  /** Names the outlet goes by in the text: its wire agency ("(Newswire)") and its site's name. */
  readonly outletNames: readonly string[];
  lastPerson: Person | null;
  lastOrg: string | null;
  /** Organisations that have spoken, so "the commission" can find "the electoral commission". */
  orgs: string[];
  /** Organisations named so far (speaking or not), so "the company" can find "Nordsee Lines". */
  mentions: OrgMention[];
  /** People who have spoken, most recent first. */
  recent: Person[];
  /** People named (outside quotations) in the previous prose sentence, speaker first. */
  previousMentions: Person[];
  /** Acronyms the article spells out ("RTU" → "Rail and Transport Union"). */
  aliases: ReadonlyMap<string, string>;
  /** Capitalised names found to be organisations ("Tandem Mobile said it …"). */
  orgNames: Set<string>;
}

/** What the words after the verb tell about the subject: "said it would" speaks of an organisation. */
export interface SubjectHint {
  itFollows?: boolean;
}

export function createSpeakerState(people: Person[], outlet: string | null, outletNames: readonly string[] = [], aliases: ReadonlyMap<string, string> = new Map()): SpeakerState {
  const names = [...outletNames, ...(outlet ? [outlet.split('.')[0] ?? ''] : [])].filter((n) => n.length > 1);
  return { people, outlet, outletNames: names, lastPerson: null, lastOrg: null, orgs: [], mentions: [], recent: [], previousMentions: [], aliases, orgNames: new Set() };
}

export function outletSpeaker(state: SpeakerState): Speaker {
  return { name: null, org: state.outlet };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Known people named in `text` outside quotation marks, in order of appearance. */
export function peopleMentioned(text: string, quoted: readonly Range[], people: readonly Person[]): Person[] {
  const hits: Array<{ at: number; person: Person }> = [];
  for (const person of people) {
    const re = new RegExp(`(?<![\\p{L}])${escape(person.surname)}(?![\\p{L}])`, 'u');
    const m = re.exec(text);
    if (m && !insideAny(quoted, m.index)) hits.push({ at: m.index, person });
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.person);
}

export interface ResolvedSpeaker {
  speaker: Speaker;
  person: Person | null;
  /** How it was found, for tests and debugging. */
  via: 'name' | 'org' | 'pronoun' | 'role' | 'outlet' | 'unknown';
}

/** "Newswire could not verify …", "this newspaper": the outlet speaking of itself. */
function namesOutlet(subject: string, state: SpeakerState): boolean {
  const key = squash(subject.replace(/^the\s+/iu, ''));
  if (/^this\s+(?:newspaper|paper|outlet|publication|news\s+agency|agency|broadcaster|website|site|station|network)$/iu.test(subject.trim())) return true;
  return key.length > 1 && state.outletNames.some((n) => squash(n) === key);
}

/** "he"/"she": the person the previous sentence named, else the last speaker, skipping the other gender. */
function pronounPerson(gender: Gender, state: SpeakerState): Person | null {
  const fits = (p: Person | null | undefined): p is Person => !!p && (p.gender ?? gender) === gender;
  const first = state.previousMentions[0] ?? state.lastPerson;
  const person = [first, ...state.previousMentions, state.lastPerson, ...state.recent].find(fits) ?? null;
  // Learn the gender only when the pronoun could mean no one else.
  const candidates = new Set([...state.previousMentions, ...(state.previousMentions.length === 0 && state.lastPerson ? [state.lastPerson] : [])]);
  if (person && !person.gender && candidates.size === 1 && candidates.has(person)) person.gender = gender;
  return person;
}

/** Resolve the subject of an attribution against the state, and remember who spoke. */
export function resolveSpeaker(subject: string | null, appositive: string | null, state: SpeakerState, hint: SubjectHint = {}): ResolvedSpeaker {
  const resolved = resolveSubject(subject, appositive, state, hint);
  const full = resolved.speaker.org !== null ? state.aliases.get(resolved.speaker.org.replace(/^the\s+/iu, '')) : undefined;
  if (!full) return resolved;
  if (resolved.person && resolved.person.org === resolved.speaker.org) resolved.person.org = full;
  if (state.lastOrg === resolved.speaker.org) state.lastOrg = full;
  if (!state.orgs.includes(full)) state.orgs.push(full);
  return { ...resolved, speaker: { ...resolved.speaker, org: full } };
}

function resolveSubject(subject: string | null, appositive: string | null, state: SpeakerState, hint: SubjectHint): ResolvedSpeaker {
  if (subject === null) return { speaker: outletSpeaker(state), person: null, via: 'outlet' };
  const lower = subject.toLowerCase().replace(/[^\p{L}\s]/gu, '').trim();
  if (lower === 'he' || lower === 'she') {
    const person = pronounPerson(lower === 'she' ? 'f' : 'm', state);
    return person ? speak(state, { speaker: { name: person.name, org: person.org }, person, via: 'pronoun' }) : unknown();
  }
  if (lower === 'they' || lower === 'it' || lower === 'we') {
    return state.lastOrg ? speak(state, { speaker: { name: null, org: state.lastOrg }, person: null, via: 'pronoun' }) : unknown();
  }
  if (namesOutlet(subject, state)) return { speaker: outletSpeaker(state), person: null, via: 'outlet' };
  const bareName = subject.trim().replace(/^the\s+/iu, '');
  if (state.orgNames.has(bareName)) return speak(state, { speaker: { name: null, org: bareName }, person: null, via: 'org' });
  const resolved = resolvePhrase(subject, appositive, state.people);
  if (!resolved) return unknown();
  // "Tandem Mobile said it would …": an unknown, untitled name followed by "it" is an organisation.
  const person = resolved.person;
  if (person && hint.itFollows && !appositive && !person.role && !person.gender && !findPerson(person.name, state.people) && bareName === person.name) {
    state.orgNames.add(person.name);
    return speak(state, { speaker: { name: null, org: person.name }, person: null, via: 'org' });
  }
  if (resolved.person) {
    // "Jane Roe, the agency's operations chief": the agency is the organisation that spoke last.
    // "its chairman, Jane Roe": "its" is the organisation that spoke last.
    const owner = appositive ? /^(?:[Tt]he\s+)?(\p{Ll}[\p{L}-]*)['’]s?\s|^([Ii]ts|[Tt]heir)\s/u.exec(appositive) : null;
    // "the union's general secretary, Jo Li": the union named before, else the union as a body.
    const ownerNoun = owner?.[1]?.toLowerCase();
    const ownerBody = ownerNoun && (ORG_WORDS.has(ownerNoun) || ORG_TYPE_NOUNS.has(ownerNoun) || BUSINESS_NOUNS.has(ownerNoun)) ? ownerNoun : null;
    const ownerOrg = owner?.[2] ? state.lastOrg : owner?.[1] ? earlierOrg(owner[1], state) ?? ownerBody : null;
    const org = bodyBeforeTitle(subject, resolved.person.org, state) ?? ownerOrg;
    const known = findPerson(resolved.person.name, state.people);
    if (known) {
      // Keep the fuller or resolved name of their organisation ("Union" → "Eastport Dockers Union").
      const fuller = org !== null && known.org !== null && !/\s/u.test(known.org) && !/\sof\s/iu.test(org) && org.toLowerCase().endsWith(known.org.toLowerCase());
      if (org && (!known.org || fuller)) known.org = org;
      known.role = known.role ?? resolved.person.role ?? null;
      known.gender = known.gender ?? resolved.person.gender ?? null;
      known.org = known.org ?? businessOfRole(known.role ?? null, state);
      return speak(state, { speaker: { name: known.name, org: org ?? known.org }, person: known, via: 'name' });
    }
    const added: Person = { ...resolved.person, org: org ?? businessOfRole(resolved.person.role ?? null, state), surname: surnameOf(resolved.person.name) };
    state.people.push(added);
    return speak(state, { speaker: { name: added.name, org: added.org }, person: added, via: 'name' });
  }
  if (resolved.orgHead) {
    const earlier = earlierOrg(resolved.orgHead, state);
    if (earlier) return speak(state, { speaker: { name: null, org: earlier }, person: null, via: 'role' });
    return unknown();
  }
  if (resolved.roleOf !== null) {
    const person = resolved.roleOf === '' ? personInRole(lower.split(/\s+/u).pop() ?? '', state) : state.lastPerson?.org === resolved.roleOf ? state.lastPerson : null;
    if (person) return speak(state, { speaker: { name: person.name, org: person.org }, person, via: 'role' });
  }
  if (!resolved.speaker.org) return collectiveSpeaker(subject, state);
  const org = fullerOrg(resolved.speaker.org, state);
  // "The dockers' union, Unite the Docks, said": a later "the union" means it.
  const kind = appositive ? /(\p{Ll}+)\s*$/u.exec(appositive)?.[1] : undefined;
  if (kind && /^(?:the|its|their|a|an)\s/iu.test(appositive ?? '')) state.mentions.push({ org, heads: [kind], business: BUSINESS_NOUNS.has(kind) });
  return speak(state, { speaker: { name: null, org }, person: null, via: 'org' });
}

/** "Harbourline" after "Harbourline Group": the short form of a name already given in full. */
function fullerOrg(org: string, state: SpeakerState): string {
  if (/\s/u.test(org) || !/^\p{Lu}/u.test(org)) return org;
  const longer = (o: string) => o.startsWith(`${org} `);
  return [...state.orgs].reverse().find(longer) ?? [...state.mentions].reverse().find((m) => longer(m.org))?.org ?? org;
}

const BUSINESS_ROLES = new Set(['executive', 'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chair', 'founder', 'owner']);

/** "Chief executive Maria Costa" in a story about one business: she runs the business named last. */
function businessOfRole(role: string | null, state: SpeakerState): string | null {
  if (!role || !BUSINESS_ROLES.has(role)) return null;
  const business = (org: string) => state.mentions.some((m) => m.org === org && m.business) || BUSINESS_SUFFIXES.has((org.split(/\s+/u).pop() ?? '').toLowerCase());
  return [...state.orgs].reverse().find(business) ?? [...state.mentions].reverse().find((m) => m.business)?.org ?? null;
}

/**
 * "the ministry spokesman Jo Li", "Union leader Ana Roe": the body named by a common noun before the
 * title is the one the article named before ("the education ministry"), else that noun.
 */
function bodyBeforeTitle(subject: string, org: string | null, state: SpeakerState): string | null {
  const words = subject.trim().split(/\s+/u);
  let i = words.length;
  while (i > 0 && /^\p{Lu}/u.test(words[i - 1]!) && !ROLE_NOUNS.has(words[i - 1]!.toLowerCase())) i--; // the name
  while (i > 0 && ROLE_NOUNS.has(words[i - 1]!.toLowerCase().replace(/\.$/u, ''))) i--; // its title
  // A common noun: lower-case, or capitalised only as the first word ("Union leader …"), never a department ("Defense").
  const word = i > 0 && i < words.length ? words[i - 1]! : '';
  const noun = word && (/^\p{Ll}/u.test(word) || i === 1) && !TITLE_MODIFIERS.has(word.toLowerCase()) ? word.toLowerCase() : undefined;
  if (!noun || (org !== null && org.toLowerCase() !== noun) || !(ORG_WORDS.has(noun) || ORG_TYPE_NOUNS.has(noun) || BUSINESS_NOUNS.has(noun))) return org;
  return earlierOrg(noun, state) ?? noun;
}

/**
 * "the mayor" → the person introduced as mayor; "the spokeswoman" with no one so introduced →
 * the last person who spoke (a spokesperson is usually the one just quoted).
 */
function personInRole(role: string, state: SpeakerState): Person | null {
  const gender = genderOfWord(role);
  const base = role.replace(/(?:wo)?man$|person$/u, '');
  const holds = (p: Person | null | undefined): p is Person => !!p && !!p.role && (p.role === role || (base !== role && p.role.startsWith(base)));
  const named = [state.lastPerson, ...state.recent, ...state.people].find(holds) ?? null;
  if (named) return named;
  if (!/^spokes/u.test(role)) return null;
  const last = state.lastPerson;
  return last && (!gender || !last.gender || last.gender === gender) ? last : null;
}

/**
 * Lower-case subjects: "the union" / "the agency" → the organisation of that kind the article
 * named; "the company" → the last business named; "the authorities", "police", "the workers'
 * committee" → that body itself. Crowds ("officials", "residents") stay unnamed.
 */
function collectiveSpeaker(subject: string, state: SpeakerState): ResolvedSpeaker {
  // "an agency spokesman", "a union official": the role speaks for the body named before it.
  const role = /^(?:an?\s+|the\s+)?(.+?)\s+(\p{Ll}+)$/iu.exec(subject.trim());
  const speaksFor = role?.[2] !== undefined && (ROLE_NOUNS.has(role[2]) || ROLE_NOUNS.has(role[2].replace(/s$/u, '')) || /^(?:officials|sources|leaders|spokespeople|representatives)$/u.test(role[2]));
  if (role?.[1] && speaksFor && !ROLE_NOUNS.has(role[1].toLowerCase())) return collectiveSpeaker(`the ${role[1]}`, state); // "union officials"
  const phrase = subject.trim().replace(/^(?:the|its|their)\s+/iu, '');
  if (/\p{Lu}/u.test(phrase.replace(/^\p{Lu}/u, (c) => c.toLowerCase())) || phrase.split(/\s+/u).length > 4) return unknown();
  const head = (phrase.split(/\s+/u).pop() ?? '').toLowerCase();
  const earlier = earlierOrg(head, state);
  if (earlier) return speak(state, { speaker: { name: null, org: earlier }, person: null, via: 'org' });
  const body = INSTITUTION_COLLECTIVES.has(head) || ((ORG_WORDS.has(head) || ORG_TYPE_NOUNS.has(head) || BUSINESS_NOUNS.has(head)) && !GENERIC_SPEAKERS.has(head));
  const definite = /^(?:the|its|their)\s/iu.test(subject.trim()) || INSTITUTION_COLLECTIVES.has(head);
  if (!body || !definite) return unknown();
  return speak(state, { speaker: { name: null, org: phrase.toLowerCase() }, person: null, via: 'org' });
}

/** The most recent organisation (speaker first, then any named) whose name ends with or is a `head`. */
function earlierOrg(head: string, state: SpeakerState): string | null {
  const h = head.toLowerCase();
  const spoke = [...state.orgs].reverse().find((o) => o.toLowerCase().split(/\s+/u).pop() === h);
  const named = spoke ?? [...state.mentions].reverse().find((m) => m.heads.includes(h))?.org ?? null;
  if (named || !BUSINESS_NOUNS.has(h)) return named;
  // "the company", "the firm": the business that spoke last, else the one named last.
  const business = (org: string) => state.mentions.some((m) => m.org === org && m.business) || BUSINESS_SUFFIXES.has((org.split(/\s+/u).pop() ?? '').toLowerCase());
  return [...state.orgs].reverse().find(business) ?? [...state.mentions].reverse().find((m) => m.business)?.org ?? null;
}

function unknown(): ResolvedSpeaker {
  return { speaker: { name: null, org: null }, person: null, via: 'unknown' };
}

function speak(state: SpeakerState, resolved: ResolvedSpeaker): ResolvedSpeaker {
  if (resolved.person) {
    state.lastPerson = resolved.person;
    state.recent = [resolved.person, ...state.recent.filter((p) => p !== resolved.person)];
  } else if (resolved.speaker.org) {
    state.lastOrg = resolved.speaker.org;
    if (!state.orgs.includes(resolved.speaker.org)) state.orgs.push(resolved.speaker.org);
  }
  return resolved;
}

/** Same speaker: same person, or the same organisation when neither names a person. */
export function sameSpeaker(a: Speaker, b: Speaker): boolean {
  if (a.name && b.name) return a.name === b.name;
  if (a.name || b.name) return false;
  return (a.org ?? '').toLowerCase() === (b.org ?? '').toLowerCase();
}

export function speakerKey(speaker: Speaker): string {
  return speaker.name ? `p:${speaker.name}` : `o:${(speaker.org ?? '').toLowerCase()}`;
}
