// Organisations a sentence names, so that a later "the company", "the union" or "the agency" can
// find them: capitalised names ending in an organisation word ("Eastport Red Cross", "Nordsee
// Lines") and names introduced by their kind ("the port operator Nordsee Lines").
import { BUSINESS_NOUNS, BUSINESS_SUFFIXES, ORG_TYPE_NOUNS, ORG_WORDS } from './lexicon.js';
import { tokenize, type Token } from './text.js';

export interface OrgMention {
  org: string;
  /** Lower-case nouns a later definite reference may use: the name's head word and its kind. */
  heads: string[];
  business: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'and', 'de', 'du', 'des', 'del']);
const NOT_PART = new Set(['The', 'A', 'An', 'But', 'And', 'In', 'On', 'At', 'As', 'If', 'It', 'This', 'That', 'According', 'Workers', 'Members']);

const bare = (t: Token) => t.lower.replace(/\.$/u, '');
const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text) && !/['’]s$/u.test(t.text);

/** Maximal runs of capitalised words (with "of"/"for" inside) separated only by spaces. */
function capitalisedRuns(text: string, tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!capitalised(tokens[i]!) || NOT_PART.has(tokens[i]!.text)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && /^\s+$/u.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start))) {
      const t = tokens[end]!;
      const bridge = CONNECTORS.has(t.lower) && tokens[end + 1] !== undefined && capitalised(tokens[end + 1]!);
      if (!capitalised(t) && !bridge) break;
      end++;
    }
    while (end > i + 1 && CONNECTORS.has(tokens[end - 1]!.lower)) end--;
    runs.push([i, end]);
    i = end;
  }
  return runs;
}

/** Organisations named in `text`, in order. */
export function orgMentions(text: string): OrgMention[] {
  const tokens = tokenize(text);
  const found: OrgMention[] = [];
  for (const [start, end] of capitalisedRuns(text, tokens)) {
    const last = tokens[end - 1]!;
    const kind = tokens[start - 1];
    const introduced = kind !== undefined && /^\p{Ll}/u.test(kind.text) && (ORG_TYPE_NOUNS.has(kind.lower) || BUSINESS_NOUNS.has(kind.lower)) && /^\s+$/u.test(text.slice(kind.end, tokens[start]!.start));
    // "Bank of Eastland", "Ministry of Labour": the head comes before "of".
    const connector = tokens.slice(start, end).findIndex((t) => CONNECTORS.has(t.lower) && t.lower !== 'and');
    const headOf = connector > 0 ? tokens[start + connector - 1]! : null;
    const ofHead = headOf !== null && ORG_WORDS.has(bare(headOf));
    const named = end - start >= 2 && (ORG_WORDS.has(bare(last)) || BUSINESS_SUFFIXES.has(bare(last)) || ofHead);
    if (!introduced && !named) continue;
    const org = text.slice(tokens[start]!.start, last.end).replace(/[.,]+$/u, (m) => (/\b(?:Inc|Corp|Co|Ltd)$/u.test(text.slice(tokens[start]!.start, last.end - m.length)) ? m : ''));
    const heads = [bare(ofHead ? headOf : last)];
    if (introduced) heads.push(kind.lower);
    found.push({ org, heads, business: BUSINESS_SUFFIXES.has(heads[0]!) || (introduced && BUSINESS_NOUNS.has(kind.lower)) });
  }
  return found;
}

/**
 * "the Rail and Transport Union (RTU)": acronym → full name, when the acronym's letters are the
 * initials of the capitalised words before it, so "the RTU said" names the union in full.
 */
export function acronymsIn(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(/((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|the|on|de)\s+)*){1,8})\((\p{Lu}{2,8})\)/gu)) {
    const words = (m[1] ?? '').trim().split(/\s+/u);
    const acronym = m[2]!;
    // The shortest run of trailing words whose initials spell the acronym.
    for (let from = words.length - 1; from >= 0; from--) {
      const capitals = words.slice(from).filter((w) => /^\p{Lu}/u.test(w));
      const initials = capitals.map((w) => w[0]).join('');
      if (initials === acronym || initials === acronym.replace(/[^\p{Lu}]/gu, '')) {
        if (/^\p{Lu}/u.test(words[from]!)) found.set(acronym, words.slice(from).join(' '));
        break;
      }
      if (initials.length > acronym.length) break;
    }
  }
  return found;
}

