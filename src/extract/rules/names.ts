// People and organisations in noun phrases: "Acme press secretary Maj. Gen. Jane Roe" → name
// "Jane Roe", org "Acme"; "the ministry's spokesman" → org "ministry"; "Roe" → the full name seen
// elsewhere in the article. Titles and ranks are stripped into the organisation, never the name.
import type { Speaker } from '../../../schemas/index.js';
import {
  BUSINESS_NOUNS, CROWD_NOUNS, DEMONYMS, DETERMINERS, GENERIC_SPEAKERS, NAME_PARTICLES, ORG_TYPE_NOUNS, ORG_WORDS, RANKS, ROLE_NOUNS,
  SOURCE_ADJECTIVES, SOURCE_NOUNS, TITLE_MODIFIERS, VERB_MODIFIERS,
} from './lexicon.js';
import { tokenize, type Token } from './text.js';

export interface Person {
  name: string;
  surname: string;
  org: string | null;
  /** The job the article gives them ("mayor", "spokeswoman"), so "the mayor said" can find them. */
  role?: string | null;
  /** From a gendered title or an earlier "he"/"she", so a pronoun skips people it cannot mean. */
  gender?: Gender | null;
}

export type Gender = 'f' | 'm';

const FEMALE_WORDS = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'councilwoman', 'madam', 'sister']);
const MALE_WORDS = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'spokesman', 'chairman', 'congressman', 'businessman', 'councilman', 'father', 'brother']);

/** Gender implied by a title or role word ("Mrs.", "spokesman"), else null. */
export function genderOfWord(word: string): Gender | null {
  const w = word.toLowerCase().replace(/\.$/u, '');
  return FEMALE_WORDS.has(w) ? 'f' : MALE_WORDS.has(w) ? 'm' : null;
}

/** The role noun and gender words of a title prefix or an appositive ("the port's chief engineer"). */
export function roleOf(words: string): { role: string | null; gender: Gender | null } {
  const tokens = tokenize(words);
  const roles = tokens.filter((t) => ROLE_NOUNS.has(bare(t)) || RANKS.has(bare(t)));
  const gender = tokens.map((t) => genderOfWord(t.text)).find((g) => g !== null) ?? null;
  // The head is the last role word ("chief executive" → executive), never a bare honorific.
  const head = [...roles].reverse().find((t) => ROLE_NOUNS.has(bare(t))) ?? null;
  return { role: head ? bare(head) : null, gender };
}

const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
const NON_NAME_CAPITALS = new Set(['The', 'A', 'An', 'I', 'But', 'And', 'In', 'On', 'At', 'As', 'If', 'It', 'He', 'She', 'We', 'They', 'This', 'That', 'According', 'Asked', 'Earlier', 'Later', 'Last', 'Meanwhile']);

/** Country → nationality adjective, capitalised ("Freedonia" → "Freedonian"). */
const DEMONYM_OF: Record<string, string> = Object.fromEntries(
  Object.entries(DEMONYMS).map(([adjective, country]) => [country.toLowerCase(), adjective.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())]),
);

/** Adjectives that make a group of people no more identifiable ("Senior officials", "Local residents"). */
const COMMON_ADJECTIVES = new Set([
  'international', 'local', 'senior', 'western', 'independent', 'foreign', 'regional', 'federal', 'government',
  'military', 'security', 'health', 'intelligence', 'some', 'many', 'several', 'other', 'top', 'former', 'anonymous',
  'unnamed', 'european', 'global', 'state', 'industry', 'market', 'legal', 'political', 'election',
]);

const bare = (t: Token) => t.lower.replace(/\.$/u, '');

export function isTitleWord(t: Token): boolean {
  const w = bare(t);
  return RANKS.has(w) || ROLE_NOUNS.has(w) || w === 'secretary-general' || w === 'director-general';
}

function isDemonym(t: Token): boolean {
  return DEMONYMS[bare(t)] !== undefined;
}

/** A token that can be part of a personal name. */
export function isNameToken(t: Token): boolean {
  if (NAME_PARTICLES.has(t.text)) return false; // handled inside runs only
  if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(t.text) && !/^(?:al|el|ad|as|ash|an|ar|at|bin|ibn|abu|ben)-\p{Lu}/u.test(t.text)) return false;
  if (/^\p{Lu}{2,}$/u.test(t.text) && t.text.length > 1) return false; // acronyms: UNESCO, CEO
  if (t.text.includes('.') && !/^\p{Lu}\.$/u.test(t.text)) return false; // U.S., Maj. (initials J. are fine)
  if (NON_NAME_CAPITALS.has(t.text) || MONTH_OR_DAY.test(t.text)) return false;
  if (isTitleWord(t) || ORG_WORDS.has(bare(t)) || TITLE_MODIFIERS.has(bare(t)) || isDemonym(t)) return false;
  if (/['’]s$/u.test(t.text)) return false; // possessive: an owner, not a speaker name
  return true;
}

/** The run of name tokens ending at token index `end` (exclusive): [start, end). */
function nameRunEndingAt(tokens: Token[], end: number): number {
  let k = end;
  while (k > 0) {
    const t = tokens[k - 1]!;
    if (isNameToken(t)) k--;
    else if (NAME_PARTICLES.has(t.text) && k - 1 > 0 && k < end && isNameToken(tokens[k - 2]!)) k--;
    else break;
  }
  return k;
}

const joinTokens = (text: string, tokens: Token[]) => (tokens.length === 0 ? '' : text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end));

/** Country for a lone nationality adjective ("Freedonian" style), else the words as written. */
export function orgFromWords(text: string): string | null {
  let t = text.replace(/[“”"‘]|’(?![\p{L}])/gu, '').replace(/^[\s,'[(]+|[\s,'\])]+$/gu, '').trim();
  t = t.replace(/^(?:the|a|an)\s+/iu, '');
  if (!t || !/\p{Lu}/u.test(t)) return null;
  const country = DEMONYMS[t.toLowerCase()];
  if (country) return country;
  // "Freedonia's intelligence agency" → "Freedonian intelligence agency"; a lone role → its office.
  const possessive = /^(.+?)['’]s\s+(.+)$/u.exec(t);
  const demonym = possessive?.[1] ? DEMONYM_OF[possessive[1].toLowerCase()] : undefined;
  if (demonym && possessive?.[2]) t = `${demonym} ${possessive[2]}`;
  return t.replace(/\bMinister$/u, 'Ministry');
}

/** The organisation part of the words before a name: "Acme press secretary Maj. Gen." → "Acme". */
function orgBeforeTitle(text: string, prefix: Token[]): string | null {
  let end = prefix.length;
  while (end > 0) {
    const t = prefix[end - 1]!;
    const w = bare(t);
    // A comma or bracket ends the title: "Today programme, Environment Secretary" has no organisation.
    if (end < prefix.length && !/^\s+$/u.test(text.slice(t.end, prefix[end]!.start))) break;
    if (isTitleWord(t) || TITLE_MODIFIERS.has(w) || w === 'of' || w === 'for' || (/^\p{Ll}/u.test(t.text) && !DETERMINERS.has(w))) end--;
    else break;
  }
  // Keep only the capitalised words directly before the title ("On May 3, Acme CEO" → "Acme").
  if (end < prefix.length && !/^\s+$/u.test(text.slice(prefix[end - 1]?.end ?? 0, prefix[end]!.start))) return null;
  let start = end;
  while (start > 0) {
    const t = prefix[start - 1]!;
    const gap = start < end ? text.slice(t.end, prefix[start]!.start) : ' ';
    if (!/^\s+$/u.test(gap)) break;
    const connector = t.lower === 'of' && start < end;
    if (!connector && (!/^\p{Lu}/u.test(t.text) || NON_NAME_CAPITALS.has(t.text) || MONTH_OR_DAY.test(t.text))) break;
    start--;
  }
  while (start < end && prefix[start]!.lower === 'of') start++;
  // "Local official Jane Roe", "Senior adviser …": a lone common adjective names no organisation.
  if (start + 1 === end && COMMON_ADJECTIVES.has(prefix[start]!.lower)) return null;
  if (start >= end) return null;
  return orgFromWords(joinTokens(text, prefix.slice(start, end)));
}

/** The organisation named in an appositive: "the Acme Corp.'s chief", "head of Acme", "a spokesman for Acme". */
export function orgFromAppositive(appositive: string): string | null {
  const of = /\b(?:of|for|at|with)\s+(?:the\s+)?(.+)$/u.exec(appositive);
  // "a nurse at St. Luke's Medical Center and a member of …": the organisation ends before the next role.
  const named = of?.[1]?.split(/\s+and\s+(?:an?|the)\s+|,\s+/u)[0];
  if (named && /\p{Lu}/u.test(named)) return orgFromWords(named.replace(/[.,]+$/u, ''));
  const owner = /^(?:the\s+|an?\s+)?(.+?)['’]s?\s+\p{Ll}/u.exec(appositive);
  if (owner?.[1] && /\p{Lu}/u.test(owner[1])) return orgFromWords(owner[1]);
  const lead = /^(?:the\s+|an?\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+)+)\p{Ll}/u.exec(appositive);
  return lead?.[1] ? orgFromWords(lead[1]) : null;
}

export function isRoleAppositive(text: string): boolean {
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > 12) return false;
  const first = tokens[0]!;
  if (!['the', 'a', 'an', 'head', 'chief', 'director', 'former'].includes(first.lower) && !isTitleWord(first)) return false;
  // "President Jane Roe" is a titled name, not an appositive: titles then name words only.
  const firstName = tokens.findIndex((t) => isNameToken(t));
  // So is "the ministry spokesman Jo Li": a title right before the closing name words.
  if (firstName > 0 && isTitleWord(tokens[firstName - 1]!) && tokens.slice(firstName).every((t) => isNameToken(t))) return false;
  return tokens.some((t) => ROLE_NOUNS.has(bare(t)));
}

export interface ResolvedPhrase {
  speaker: Speaker;
  person: Person | null;
  /** "the ministry spokesman": a role of a known organisation with no name given. */
  roleOf: string | null;
  /** "a spokesperson for the company": a lower-case organisation the caller may know by its head noun. */
  orgHead?: string | null;
}

/** Who a subject noun phrase names, using the people already known in the article. */
export function resolvePhrase(phrase: string, appositive: string | null, people: readonly Person[]): ResolvedPhrase | null {
  const tokens = tokenize(phrase);
  while (tokens.length > 0 && VERB_MODIFIERS.has(tokens[tokens.length - 1]!.lower)) tokens.pop();
  if (tokens.length === 0) return null;
  const runStart = nameRunEndingAt(tokens, tokens.length);
  const run = tokens.slice(runStart);
  const prefix = tokens.slice(0, runStart);
  const titled = prefix.length > 0 && isTitleWord(prefix[prefix.length - 1]!);
  // "the mining company Acme Metals", "analysts at Acme Capital": the capitalised run is an organisation.
  const before = prefix[prefix.length - 1];
  const atOrg = before !== undefined && ['at', 'from', 'for', 'with'].includes(before.lower) && prefix.length >= 2 && !isTitleWord(prefix[prefix.length - 2]!) && !CROWD_NOUNS.has(prefix[prefix.length - 2]!.lower);
  // "Passengers at Central Station", "residents of the town": a crowd, speaking for no organisation.
  const opening = tokens.find((t) => !DETERMINERS.has(t.lower) && !COMMON_ADJECTIVES.has(t.lower));
  if (opening && CROWD_NOUNS.has(opening.lower) && tokens.indexOf(opening) + 1 < tokens.length && /^(?:at|in|of|from|near|on|outside|inside)$/u.test(tokens[tokens.indexOf(opening) + 1]!.lower)) {
    return { speaker: { name: null, org: null }, person: null, roleOf: null };
  }
  if (run.length > 0 && before !== undefined && (ORG_TYPE_NOUNS.has(before.lower) || atOrg)) {
    return { speaker: { name: null, org: orgFromWords(joinTokens(phrase, run)) }, person: null, roleOf: null };
  }
  // "British retailer Acme Stores": a kind of organisation, then a name ending in an organisation word.
  const kind = tokens.findLastIndex((t) => /^\p{Ll}/u.test(t.text) && (ORG_TYPE_NOUNS.has(t.lower) || BUSINESS_NOUNS.has(t.lower)));
  if (kind >= 0 && kind + 1 < tokens.length && tokens.slice(kind + 1).every((t) => /^\p{Lu}/u.test(t.text))) {
    return { speaker: { name: null, org: orgFromWords(joinTokens(phrase, tokens.slice(kind + 1))) }, person: null, roleOf: null };
  }
  let known = run.length > 0 ? findPerson(joinTokens(phrase, run), people) : null;
  if (!known && run.length >= 3) {
    // "President of Freedonia Jane Roe": a known full name at the end of a longer capitalised run.
    const runText = joinTokens(phrase, run);
    known = people.filter((p) => p.name.includes(' ') && runText.endsWith(` ${p.name}`)).sort((a, b) => b.name.length - a.name.length)[0] ?? null;
    if (known) {
      const extra = run.length - known.name.split(/\s+/u).length;
      prefix.push(...run.slice(0, extra));
      run.splice(0, extra);
    }
  }
  if (run.length >= 2 || (run.length === 1 && (titled || known))) {
    const name = known && known.name.length >= joinTokens(phrase, run).length ? known.name : joinTokens(phrase, run);
    const org = (appositive ? orgFromAppositive(appositive) : null) ?? orgBeforeTitle(phrase, prefix) ?? known?.org ?? null;
    const described = roleOf(`${joinTokens(phrase, prefix.slice(-3))} ${appositive ?? ''}`);
    const person: Person = { name, surname: surnameOf(name), org, role: described.role ?? known?.role ?? null, gender: described.gender ?? known?.gender ?? null };
    return { speaker: { name, org }, person, roleOf: null };
  }
  return resolveOrgPhrase(phrase, tokens);
}

function resolveOrgPhrase(phrase: string, tokens: Token[]): ResolvedPhrase | null {
  // "a spokesperson for the company": the role speaks for the organisation after the preposition.
  const roleFor = /^(?:(?:a|an|the)\s+)?(?:\p{L}+\s+)?(\p{L}+)\s+(?:for|of|at)\s+(?:the\s+)?(.+)$/u.exec(phrase.trim());
  const roleWord = roleFor?.[1]?.toLowerCase() ?? '';
  if (roleFor?.[2] && (ROLE_NOUNS.has(roleWord) || ROLE_NOUNS.has(roleWord.replace(/s$/u, '')) || GENERIC_SPEAKERS.has(roleWord))) {
    const org = /\p{Lu}/u.test(roleFor[2]) ? orgFromWords(roleFor[2]) : null;
    return { speaker: { name: null, org }, person: null, roleOf: org ? null : '', orgHead: org ? null : roleFor[2].split(/\s+/u).pop() ?? null };
  }
  // "figures from the Office for X", "a report by Y": the source is the organisation after the preposition.
  const opening = phrase.trim().replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()); // "Figures from …" opens a sentence
  const sourceOf = /^(?:(?:the|a|an)\s+)?(?:\p{Ll}+\s+)?(\p{Ll}+)\s+(?:from|by|of|released\s+by|published\s+by)\s+(.+)$/u.exec(opening);
  const sourceHead = (sourceOf?.[2]?.split(/\s+/u).pop() ?? '').toLowerCase();
  if (sourceOf?.[1] && sourceOf[2] && SOURCE_NOUNS.has(sourceOf[1]) && (/\p{Lu}/u.test(sourceOf[2]) || ORG_WORDS.has(sourceHead))) {
    return resolveOrgPhrase(sourceOf[2], tokenize(sourceOf[2]));
  }
  let words = tokens.filter((t, i) => !(i === 0 && DETERMINERS.has(t.lower)));
  while (words.length > 0 && /^\p{Ll}/u.test(words[0]!.text) && SOURCE_ADJECTIVES.has(words[0]!.lower)) words = words.slice(1);
  let role = false;
  while (words.length > 0) {
    const last = words[words.length - 1]!;
    if (SOURCE_NOUNS.has(last.lower)) words = words.slice(0, -1);
    else if (isTitleWord(last) && /^\p{Ll}/u.test(last.text) && words.length > 1) {
      role = true;
      words = words.slice(0, -1);
    } else break;
  }
  while (words.length > 0 && /^\p{Ll}/u.test(words[0]!.text) && !GENERIC_SPEAKERS.has(words[0]!.lower) && words.length > 1 && SOURCE_ADJECTIVES.has(words[0]!.lower)) words = words.slice(1);
  const text = joinTokens(phrase, words).replace(/['’]s$/u, '');
  // "the national weather agency": a lower-case organisation is still an organisation.
  const head = words[words.length - 1];
  if (head && !/\p{Lu}/u.test(text) && ORG_WORDS.has(head.lower) && !GENERIC_SPEAKERS.has(head.lower) && words.length >= 2) {
    return { speaker: { name: null, org: text }, person: null, roleOf: null };
  }
  // "Aid agencies", "Several charities": many bodies of a kind, none named.
  const singular = head?.lower.replace(/ies$/u, 'y').replace(/s$/u, '') ?? '';
  const pluralKind = head !== undefined && /s$/u.test(head.lower) && singular !== head.lower && (ORG_WORDS.has(singular) || ORG_TYPE_NOUNS.has(singular) || BUSINESS_NOUNS.has(singular) || singular === 'charity');
  if (pluralKind && !/\p{Lu}/u.test(text.slice(1)) && words.length <= 3) return { speaker: { name: null, org: null }, person: null, roleOf: null };
  const bareRole = tokens.length === 2 && tokens[0]!.lower === 'the' && isTitleWord(tokens[1]!);
  if (bareRole) return { speaker: { name: null, org: null }, person: null, roleOf: '' }; // "the spokeswoman said"
  if (!text || !/\p{Lu}/u.test(text)) return { speaker: { name: null, org: null }, person: null, roleOf: null };
  if (words.length === 1 && GENERIC_SPEAKERS.has(words[0]!.lower)) return { speaker: { name: null, org: null }, person: null, roleOf: null };
  if (words.length === 2 && GENERIC_SPEAKERS.has(words[1]!.lower) && COMMON_ADJECTIVES.has(words[0]!.lower)) {
    return { speaker: { name: null, org: null }, person: null, roleOf: null }; // "International observers"
  }
  const generic = words.length === 2 && GENERIC_SPEAKERS.has(words[1]!.lower) ? orgFromWords(joinTokens(phrase, words.slice(0, 1)).replace(/['’]s$/u, '')) : null;
  const org = generic ?? orgFromWords(text);
  const definite = tokens[0]?.lower === 'the';
  return { speaker: { name: null, org }, person: null, roleOf: role && definite ? org : null };
}

export function surnameOf(name: string): string {
  const parts = name.split(/\s+/u);
  return parts[parts.length - 1] ?? name;
}

/** A known person by full name, surname, or first+last ("Kim Jae Won" ~ "Kim Jae-won" is not attempted). */
export function findPerson(mention: string, people: readonly Person[]): Person | null {
  const m = mention.trim();
  const exact = people.find((p) => p.name === m);
  if (exact) return exact;
  const last = surnameOf(m);
  const candidates = people.filter((p) => p.surname === last && p.name.endsWith(m));
  return candidates.length > 0 ? candidates.reduce((a, b) => (b.name.length > a.name.length ? b : a)) : null;
}
