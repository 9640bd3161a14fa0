// Organisations → comparable identities. Outlets name one body many ways: "the union",
// "Harbour Workers Union", "the country's disaster agency" / "National Disaster Agency". A
// generic mention ("the union", "officials") is compatible with any named body of its kind.
import { CAPITAL_METONYMS, COUNTRY_ALIASES, PERSON_TITLES, STOPWORDS } from './lexicon.js';
import { foldAliases, words } from './text.js';

export type OrgKind = 'labour' | 'employer' | 'public';

export interface OrgName {
  /** Country canonical token when the organisation is national ("unitedstates"), else null. */
  country: string | null;
  /** What the organisation is, without its country: "dod", "national intelligence service". */
  body: string;
  /** Initials of the body's content words ("nis"), for abbreviations not in the lexicon. */
  acronym: string;
  /** The body without weak modifiers ("national disaster agency" → "disaster agency"). */
  core: string;
  /** Only generic words: "the union", "company officials", "the agency". */
  generic: boolean;
  /** Which side it speaks for, when its words say so. */
  kind: OrgKind | null;
  /** A country speaking as itself ("North Korea", "the US"): not one of its agencies. */
  nation: boolean;
}

/** Nouns that stand for an unnamed organisation, by the side they speak for. */
const GENERIC_HEADS: ReadonlyMap<string, OrgKind> = new Map([
  ...['union', 'unions', 'guild', 'workers', 'strikers', 'organisers', 'organizers', 'teamsters', 'labour', 'labor']
    .map((w): [string, OrgKind] => [w, 'labour']),
  ...['company', 'companies', 'firm', 'corporation', 'employer', 'employers', 'management', 'operator',
    'owner', 'owners', 'carrier', 'airline', 'manufacturer', 'automaker', 'carmaker', 'retailer', 'business',
    'plant', 'factory', 'mine', 'hospital', 'hospitals', 'group']
    .map((w): [string, OrgKind] => [w, 'employer']),
  ...['government', 'ministry', 'department', 'agency', 'authority', 'authorities', 'officials', 'official',
    'police', 'office', 'administration', 'regulator', 'council', 'military', 'army', 'service', 'services',
    'rescuers', 'responders', 'governor', 'mayor', 'cabinet', 'state']
    .map((w): [string, OrgKind] => [w, 'public']),
]);

/** A word that names a generic speaker ("company", "union", "officials"): never what a figure is of. */
export function isGenericOrgWord(word: string): boolean {
  return GENERIC_HEADS.has(word.toLowerCase());
}

/** Words that qualify a body without naming it: dropped before comparing bodies. */
const WEAK_ORG_WORDS: ReadonlySet<string> = new Set(
  (
    'country national state federal local regional provincial municipal city top senior their its his her ' +
    'spokesperson spokesman spokeswoman spokespeople leaders leader representatives representative ' +
    'officials official sources source head chief people'
  ).split(' '),
);

const COUNTRY_TOKENS: ReadonlySet<string> = new Set(COUNTRY_ALIASES.map(([canonical]) => canonical));

const isTitle = (word: string): boolean => PERSON_TITLES.has(word.toLowerCase().replace(/\./g, ''));

/** The side a phrase speaks for: labour outranks the rest ("union officials" speak for the union). */
function kindOf(bodyWords: readonly string[]): OrgKind | null {
  const kinds = new Set(bodyWords.map((w) => GENERIC_HEADS.get(w)).filter((k): k is OrgKind => k !== undefined));
  if (kinds.has('labour')) return 'labour';
  if (kinds.has('employer')) return 'employer';
  return kinds.has('public') ? 'public' : null;
}

/** Organisation → country + body, with lexicon abbreviations already folded in. */
export function parseOrg(raw: string): OrgName | null {
  const all = words(foldAliases(raw)).map((w) => CAPITAL_METONYMS.get(w) ?? w);
  const content = all.filter((w) => !STOPWORDS.has(w) && !(isTitle(w) && !GENERIC_HEADS.has(w)));
  const country = content.find((w) => COUNTRY_TOKENS.has(w)) ?? null;
  const bodyWords = content.filter((w) => !COUNTRY_TOKENS.has(w));
  if (bodyWords.length === 0) {
    if (country === null) return null;
    return { country: null, body: country, acronym: country, core: country, generic: false, kind: 'public', nation: true };
  }
  const body = bodyWords.join(' ');
  const acronym = bodyWords.length > 1 ? bodyWords.map((w) => w[0] ?? '').join('') : body;
  const strong = bodyWords.filter((w) => !WEAK_ORG_WORDS.has(w));
  const core = strong.length > 0 ? strong.join(' ') : body;
  const generic = bodyWords.every((w) => GENERIC_HEADS.has(w) || WEAK_ORG_WORDS.has(w));
  return { country, body, acronym, core, generic, kind: kindOf(bodyWords), nation: false };
}

/** "France and Germany", "the UN, the EU": a joint speaker is each of its parts. */
export function parseOrgs(raw: string): OrgName[] {
  return raw
    .split(/\s*(?:,|;|&|\band\b)\s*/)
    .map(parseOrg)
    .filter((org): org is OrgName => org !== null);
}

const within = (x: string, y: string): boolean => {
  const tx = x.split(' ');
  const ty = y.split(' ');
  return tx.every((t) => ty.includes(t));
};

/**
 * Same organisation: same country (or one unstated) and the same body, by abbreviation, or one
 * body inside the other ("dhs coast guard" and "coast guard" when an outlet strings both together),
 * weak modifiers aside ("the country's disaster agency" and "National Disaster Agency").
 */
export function sameOrg(a: OrgName, b: OrgName): boolean {
  if (a.country !== null && b.country !== null && a.country !== b.country) return false;
  if (a.body === b.body || a.acronym === b.body || a.body === b.acronym) return true;
  return within(a.body, b.body) || within(b.body, a.body) || within(a.core, b.core) || within(b.core, a.core);
}

/** Agreement of one generic mention with another organisation: the sides must not differ. */
export function kindsCompatible(a: OrgName, b: OrgName): boolean {
  if (a.kind === null || b.kind === null) return true;
  // An employer and a public body can be one (a port authority as the employer); labour is its own side.
  return (a.kind === 'labour') === (b.kind === 'labour');
}

/** How two organisation lists agree: 'same', 'generic' (a generic mention of a compatible kind) or 'different'. */
export function orgRelation(a: readonly OrgName[], b: readonly OrgName[]): 'same' | 'generic' | 'different' {
  if (a.some((x) => b.some((y) => sameOrg(x, y)))) return 'same';
  // A country as a whole and a generic body ("the military") are told apart: the state is its own speaker.
  const compatible = a.some((x) => b.some((y) => (x.generic || y.generic) && !x.nation && !y.nation && kindsCompatible(x, y)));
  return compatible ? 'generic' : 'different';
}

const SUBJECT_VERBS =
  'said|says|say|told|tells|estimated|estimates|put|puts|reported|reports|announced|confirmed|claimed|claims|stated|added|noted|insisted|warned|counted|denied|disputed';

/**
 * An unattributed statement that opens with a generic speaker ("The union estimated ...",
 * "Company officials said ...") names its speaker after all: the generic organisation, or null.
 */
export function subjectOrg(statement: string): string | null {
  const m = new RegExp(`^(?:the |their |its |a |an )?((?:[a-z'’-]+ ){0,3}?[a-z'’-]+) (?:${SUBJECT_VERBS})\\b`, 'i').exec(
    statement.trim(),
  );
  const phrase = m?.[1];
  if (phrase === undefined) return null;
  const org = parseOrg(phrase);
  return org !== null && org.generic && org.kind !== null ? phrase.toLowerCase() : null;
}
