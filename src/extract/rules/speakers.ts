// Speaker resolution with the article read so far: pronouns ("he said") go to the person the
// previous sentence was about, surnames to full names, "the ministry spokesman" to the last
// person who spoke for that ministry, and sentences with no attribution to the outlet.
import type { Speaker } from '../../../schemas/index.js';
import { findPerson, resolvePhrase, surnameOf, type Person } from './names.js';
import { insideAny, type Range } from './text.js';

export interface SpeakerState {
  readonly people: Person[];
  /** Org of the outlet (host of the article URL), for claims the article makes in its own voice. */
  readonly outlet: string | null;
  lastPerson: Person | null;
  lastOrg: string | null;
  /** Organisations that have spoken, so "the commission" can find "the electoral commission". */
  orgs: string[];
  /** People named (outside quotations) in the previous prose sentence, speaker first. */
  previousMentions: Person[];
}

export function createSpeakerState(people: Person[], outlet: string | null): SpeakerState {
  return { people, outlet, lastPerson: null, lastOrg: null, orgs: [], previousMentions: [] };
}

export function outletSpeaker(state: SpeakerState): Speaker {
  return { name: null, org: state.outlet };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

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

/** Resolve the subject of an attribution against the state, and remember who spoke. */
export function resolveSpeaker(subject: string | null, appositive: string | null, state: SpeakerState): ResolvedSpeaker {
  if (subject === null) return { speaker: outletSpeaker(state), person: null, via: 'outlet' };
  const lower = subject.toLowerCase().replace(/[^\p{L}\s]/gu, '').trim();
  if (lower === 'he' || lower === 'she') {
    const person = state.previousMentions[0] ?? state.lastPerson;
    return person ? speak(state, { speaker: { name: person.name, org: person.org }, person, via: 'pronoun' }) : unknown();
  }
  if (lower === 'they' || lower === 'it' || lower === 'we') {
    return state.lastOrg ? speak(state, { speaker: { name: null, org: state.lastOrg }, person: null, via: 'pronoun' }) : unknown();
  }
  const resolved = resolvePhrase(subject, appositive, state.people);
  if (!resolved) return unknown();
  if (resolved.person) {
    // "Jane Roe, the agency's operations chief": the agency is the organisation that spoke last.
    // "its chairman, Jane Roe": "its" is the organisation that spoke last.
    const owner = appositive ? /^(?:the\s+)?(\p{Ll}[\p{L}-]*)['’]s?\s|^(its|their)\s/u.exec(appositive) : null;
    const ownerOrg = owner?.[2] ? state.lastOrg : owner?.[1] ? earlierOrg(owner[1], state) : null;
    const org = resolved.person.org ?? ownerOrg;
    const known = findPerson(resolved.person.name, state.people);
    if (known) {
      if (!known.org && org) known.org = org;
      return speak(state, { speaker: { name: known.name, org: org ?? known.org }, person: known, via: 'name' });
    }
    const added: Person = { ...resolved.person, org, surname: surnameOf(resolved.person.name) };
    state.people.push(added);
    return speak(state, { speaker: { name: added.name, org }, person: added, via: 'name' });
  }
  if (resolved.orgHead) {
    const earlier = earlierOrg(resolved.orgHead, state);
    if (earlier) return speak(state, { speaker: { name: null, org: earlier }, person: null, via: 'role' });
    return unknown();
  }
  if (resolved.roleOf !== null) {
    // "the spokeswoman" → the last person who spoke; "the ministry spokesman" → only if they spoke for it.
    const spokesperson = resolved.roleOf === '' || state.lastPerson?.org === resolved.roleOf ? state.lastPerson : null;
    if (spokesperson) return speak(state, { speaker: { name: spokesperson.name, org: spokesperson.org }, person: spokesperson, via: 'role' });
  }
  if (!resolved.speaker.org) {
    // "the commission said" after "the electoral commission said": the same organisation.
    const head = /^(?:the\s+)(\p{Ll}[\p{L}-]+)$/iu.exec(subject.trim())?.[1];
    const earlier = head ? earlierOrg(head, state) : null;
    return earlier ? speak(state, { speaker: { name: null, org: earlier }, person: null, via: 'org' }) : unknown();
  }
  return speak(state, { speaker: resolved.speaker, person: null, via: 'org' });
}

/** The most recent organisation speaker whose name ends with `head` ("commission"). */
function earlierOrg(head: string, state: SpeakerState): string | null {
  const h = head.toLowerCase();
  return [...state.orgs].reverse().find((o) => o.toLowerCase().split(/\s+/u).pop() === h) ?? null;
}

function unknown(): ResolvedSpeaker {
  return { speaker: { name: null, org: null }, person: null, via: 'unknown' };
}

function speak(state: SpeakerState, resolved: ResolvedSpeaker): ResolvedSpeaker {
  if (resolved.person) state.lastPerson = resolved.person;
  else if (resolved.speaker.org) {
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
