// The people an article names with a title ("Minister Jane Roe") or a role appositive ("Jane Roe,
// head of …"), gathered before reading so surnames and "the mayor" resolve from the first mention.
import { NAME_PARTICLES } from './lexicon.js';
import { isNameToken, isRoleAppositive, isTitleWord, resolvePhrase, type Person } from './names.js';
import { tokenize } from './text.js';

/**
 * People named anywhere in `text` with a title before them ("Minister Jane Roe") or a role
 * appositive after them ("Jane Roe, head of …"): the memory surname-only mentions resolve against.
 */
export function collectPeople(text: string): Person[] {
  const people: Person[] = [];
  const remember = (p: Person) => {
    const same = people.find((q) => q.name === p.name);
    if (same) {
      if (!same.org && p.org) same.org = p.org;
      same.role = same.role ?? p.role ?? null;
      same.gender = same.gender ?? p.gender ?? null;
      return;
    }
    const shorter = people.find((q) => q.surname === p.surname && p.name.endsWith(q.name));
    if (shorter) {
      shorter.name = p.name;
      shorter.org = shorter.org ?? p.org;
      shorter.role = shorter.role ?? p.role ?? null;
      shorter.gender = shorter.gender ?? p.gender ?? null;
    } else people.push({ ...p });
  };
  for (const line of text.split('\n')) {
    const tokens = tokenize(line);
    for (let i = 0; i < tokens.length; i++) {
      if (!isTitleWord(tokens[i]!) || (i + 1 < tokens.length && isTitleWord(tokens[i + 1]!))) continue;
      let end = i + 1;
      while (end < tokens.length && end - i <= 4 && (isNameToken(tokens[end]!) || (NAME_PARTICLES.has(tokens[end]!.text) && end + 1 < tokens.length && isNameToken(tokens[end + 1]!)))) end++;
      if (end === i + 1) continue;
      if (line.slice(tokens[i]!.end, tokens[end - 1]!.end).includes(',')) continue;
      const before = tokens.slice(Math.max(0, i - 8), i + 1);
      const phrase = line.slice(before[0]!.start, tokens[end - 1]!.end);
      const resolved = resolvePhrase(phrase, appositiveAfter(line, tokens[end - 1]!.end), people);
      if (resolved?.person && resolved.person.name.length > 1) remember(resolved.person);
    }
    for (const m of line.matchAll(/(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+((?:the\s+|a\s+|an\s+)?[^,]{3,80}),/gu)) {
      if (!isRoleAppositive(m[2] ?? '')) continue;
      const resolved = resolvePhrase(m[1] ?? '', m[2] ?? null, people);
      if (resolved?.person && resolved.person.name.includes(' ')) remember(resolved.person);
    }
  }
  for (const person of untitledSpeakers(text)) if (!people.some((p) => p.surname === person.surname)) remember(person);
  return people;
}

/** ", the firm's chief executive," right after a name. */
export function appositiveAfter(text: string, from: number): string | null {
  const m = /^,\s+([^,.;]{3,80}),/u.exec(text.slice(from));
  return m?.[1] && isRoleAppositive(m[1]) ? m[1] : null;
}

const SPEAKS = String.raw`(?:\s+(?:also|later|then|further))?\s+(?:said|says|added|adds|noted|told|stated|explained|confirmed|denied|estimated|warned|insisted|argued)\b`;

/**
 * "Pedro Vaz owns the café. … Vaz said …": a two- or three-word name, untitled, whose surname later
 * speaks on its own. Only names the article goes on to quote are remembered.
 */
function untitledSpeakers(text: string): Person[] {
  const found: Person[] = [];
  for (const line of text.split('\n')) {
    const tokens = tokenize(line);
    for (let i = 0; i + 1 < tokens.length; i++) {
      let end = i;
      while (end < tokens.length && end - i < 3 && isNameToken(tokens[end]!) && (end === i || /^\s+$/u.test(line.slice(tokens[end - 1]!.end, tokens[end]!.start)))) end++;
      if (end - i < 2 || (i > 0 && isNameToken(tokens[i - 1]!) && /^\s+$/u.test(line.slice(tokens[i - 1]!.end, tokens[i]!.start)))) continue;
      const name = line.slice(tokens[i]!.start, tokens[end - 1]!.end);
      const surname = tokens[end - 1]!.text;
      const alone = new RegExp(String.raw`(?:^|[.!?]\s+|[”"]\s*,?\s*|,\s+)${surname.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}${SPEAKS}|\bsaid\s+${surname}\b`, 'u');
      if (alone.test(text) && !found.some((p) => p.name === name)) found.push({ name, surname, org: null, role: null, gender: null });
      i = end - 1;
    }
  }
  return found;
}
