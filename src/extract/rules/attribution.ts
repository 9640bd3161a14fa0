// Where an attribution's parts sit around its cue: the subject ("Jane Roe, the firm's CEO,"), the
// content ("that …" or the quotation before "…, she said"), and the words that may carry the date
// of the statement ("said at a May 3 briefing", "On May 3, the agency announced").
import type { Cue } from './cues.js';
import { ROLE_NOUNS } from './lexicon.js';
import { isRoleAppositive } from './names.js';
import { type Range, trimRange } from './text.js';

export type SubjectForm = 'before' | 'inverted' | 'according_to' | 'passive' | 'none';

export interface AttributionParts {
  form: SubjectForm;
  /** The subject noun phrase as written (without an appositive), or null. */
  subject: string | null;
  appositive: string | null;
  /** Offsets (into the unit text) of the attributed content. */
  content: Range;
  /** Offsets of the attribution itself (subject, cue and its adjuncts): the statement date lives here. */
  frame: Range[];
  /** The content came from before the cue ("“…,” she said"): the statement needs an explicit "that". */
  contentFirst: boolean;
  /** The content follows "that" in the text. */
  thatClause: boolean;
  /** A second proposition after the attribution: "“…,” she said, adding that 600 were treated". */
  trailing?: Range | null;
  /** Where the trailing proposition's quote starts (", adding …"). */
  trailingFrom?: number;
}

const TRAILING_AUXILIARIES = /(?:\s+(?:has|have|had|also|later|earlier|previously|repeatedly|then|now|again|still|publicly|reportedly|officially|recently|first|once|already))+\s*$/iu;
/** What may follow a reporting verb after its content: nothing, adjuncts, participles, a relative clause. */
const ADJUNCT_START = /^\s*(?:[.!?;]|$|,\s*\p{Ll}+ing\b|,?\s*(?:on|at|in|during|after|before|when|while|who|which|of|to|about|in\s+a|adding|citing|referring|according|as|amid|even\s+as|despite|following|because|although|though|since|until|whereas|with|without|late|early|earlier|later|overnight)\b|,?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last|this)\b)/u;
const CLAUSE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|\p{Ll}{2,}ed|sent|began|took|went|fled|struck|fell|rose|came|saw|became|made|gave|held|left|met|won|lost)\b/u;
/** Time adjuncts between a subject and its verb ("The ministry on Friday said", "Ana Roe last week said"). */
const TRAILING_TIME = /(?:\s+(?:on\s+|early\s+|late\s+)?(?:(?:last|this|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:yesterday|today|tonight|overnight)|\s+(?:(?:late|early|earlier)\s+)?(?:last|this)\s+(?:week|month|year|night|morning|afternoon|evening|weekend)|\s+on\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+\d{1,2}|\s+\(\d{1,3}\))+\s*$/u;
const LEADING_FILLERS = /^(?:(?:but|and|so|yet|now|then|also|meanwhile|however|instead|still|thus far|so far|after|before|since|because|although|though|if|when|while|once|until|as|earlier|later|previously|separately|additionally|initially|subsequently|finally|today|yesterday)\b[\s,]*)+/iu;
const CLOSE_QUOTE = /[”"’»]/u;
const TOLD_AUDIENCE = /^\s+(?:reporters|journalists|lawmakers|legislators|senators|parliament|MPs|members\s+of\s+parliament|analysts|investors|shareholders|employees|staff|workers|members|delegates|supporters|residents|viewers|listeners|students|(?:a|the)\s+(?:crowd|rally|meeting|inquiry|newspaper|agency|broadcaster|station|magazine|website)|(?:a|the)\s+(?:press|media|audience|committee|conference|council|court|panel|news\s+conference|press\s+conference|briefing|hearing)|(?:state|national|local)\s+(?:media|television|TV|radio)|(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}(?=\s+(?:that|the|a|an|it|he|she|they|there|this|his|her|its|their)\b))(?=\s)/u;
const DATE_ADJUNCT = /^\s+(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:(?:last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|this\s+(?:morning|afternoon|evening|week)|last\s+(?:week|night|month))(?:\s+(?:morning|afternoon|evening|night))?(?=[\s,])/u;

/** Words showing that "that" belongs to a nested clause ("said he could not confirm that …"). */
const CLAUSE_WORDS = /\b(?:he|she|it|they|we|i|you|there|could|would|will|can|cannot|may|might|must|should|not|has|have|had|is|was|are|were|be|been|do|does|did|believes?|thinks?|knows?|hopes?|expects?)\b/iu;

const MODIFIER_WORDS = new Set(['later', 'earlier', 'also', 'then', 'previously', 'separately', 'meanwhile', 'additionally', 'however', 'further', 'too', 'again', 'instead', 'now', 'since', 'subsequently', 'finally', 'recently', 'today', 'yesterday']);

function onlyModifiers(text: string): boolean {
  // An age between commas ("Bill Hart, 58, said") is no more the subject than "later" is.
  if (/^\s*\d{1,3}\s*$/u.test(text)) return true;
  return text.trim().split(/\s+/u).every((w) => w === '' || MODIFIER_WORDS.has(w.toLowerCase()));
}

/** The subject without fillers before it or auxiliaries and time adjuncts after it. */
function tidySubject(text: string): string {
  let t = text.trim().replace(LEADING_FILLERS, '');
  for (let before = ''; before !== t; ) {
    before = t;
    t = t.replace(TRAILING_AUXILIARIES, '').replace(TRAILING_TIME, '');
  }
  return t.trim();
}

/** Split at commas outside parentheses, brackets and numbers. */
function commaParts(text: string, offset: number): Array<{ text: string; start: number }> {
  const parts: Array<{ text: string; start: number }> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    // "1,684" is one number, never two parts.
    const thousands = ch === ',' && /\d/u.test(text[i - 1] ?? '') && /\d/u.test(text[i + 1] ?? '');
    if (i === text.length || (ch === ',' && depth === 0 && !thousands)) {
      parts.push({ text: text.slice(from, i), start: offset + from });
      from = i + 1;
    }
  }
  return parts;
}

const ABBREVIATION_PERIOD = /\b(Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Rev|Adm|Brig|St|Jr|Sr|\p{Lu})\.(?=\s+\p{Lu})/gu;
const NOUN_PHRASE_AFTER = /^\s+(?:by\s+)?((?:the\s+)?\p{Lu}[^,.;:!?“”"()]*?|the\s+\p{Ll}[^,.;:!?“”"()]*?)(?=\s*(?:[,.;:!?”"]|\s+(?:on|at|in|during|who|after|before|last|this|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|$))/u;

/** The noun phrase after a cue ("said Jane Roe, the CEO, on Monday") for inverted attributions. */
function nounPhraseAfter(unit: string, from: number): { text: string; end: number; appositive: string | null } | null {
  // "…, announced on Sunday the disaster agency": a date adjunct may come between verb and subject.
  const adjunct = DATE_ADJUNCT.exec(unit.slice(from))?.[0].length ?? 0;
  // "said Dr. Mira Olsen": a title's period does not end the phrase (masked, same length).
  const rest = unit.slice(from + adjunct).replace(ABBREVIATION_PERIOD, '$1\u00b7');
  const found = NOUN_PHRASE_AFTER.exec(rest);
  const m = found ? found.map((g) => g?.replace(/\u00b7/gu, '.')) : null;
  // A long lower-case phrase is a clause, unless it ends in a name ("the head of the region Ivan Petrov").
  const lower = m?.[1] !== undefined && /^the\s+\p{Ll}/u.test(m[1]);
  if (!m?.[1] || (lower && m[1].split(/\s+/u).length > 5 && !/\p{Lu}\S*\s+\p{Lu}\S*$/u.test(m[1])) || (lower && /\d$|\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\b/u.test(m[1]))) return null;
  const end = from + adjunct + (found?.[0].length ?? 0);
  // The appositive may hold abbreviations: "a nurse at St. Luke's Medical Center".
  const appo = /^,\s+((?:[^,.;]|(?<=\b(?:St|Mt|Ft|Dr|Inc|Co|Corp|Ltd|Jr|Sr|\p{Lu}))\.)+?)(?:,|(?<!\b(?:St|Mt|Ft|Dr|Inc|Co|Corp|Ltd|Jr|Sr|\p{Lu}))\.(?!\S)|$)/u.exec(unit.slice(end));
  // "said Oxfam's country director, Lena Brun": the role first, then the name.
  const roleFirst = appo?.[1] && /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(appo[1].trim()) && ROLE_NOUNS.has((m[1].trim().split(/\s+/u).pop() ?? '').toLowerCase());
  if (roleFirst && appo?.[1]) return { text: appo[1].trim(), end: end + appo[0].length, appositive: m[1].trim() };
  const appositive = appo?.[1] && isRoleAppositive(appo[1]) ? appo[1] : null;
  return { text: m[1].trim(), end, appositive };
}

/** Find subject, content and frame of the attribution made by `cue` in `unit`. */
export function attributionParts(unit: string, cue: Cue): AttributionParts {
  const whole = { start: 0, end: unit.length };
  if (cue.kind === 'passive') {
    return { form: 'passive', subject: null, appositive: null, content: trimRange(unit, 0, unit.length), frame: [{ start: cue.start, end: cue.end }], contentFirst: false, thatClause: false };
  }
  if (cue.kind === 'according_to') return accordingTo(unit, cue);
  const asReported = asReportedBy(unit, cue);
  if (asReported) return asReported;

  // Subject region: from the last closing quote (content-first quotations) to the cue.
  let regionStart = 0;
  for (let i = cue.start - 1; i >= 0; i--) {
    if (CLOSE_QUOTE.test(unit[i] ?? '') && /[,.!?…]/u.test(unit[i - 1] ?? '')) {
      regionStart = i + 1;
      break;
    }
  }
  // Parts that are only adverbs ("…, later reported") are not the subject.
  const rawParts = commaParts(unit.slice(regionStart, cue.start), regionStart);
  // "…, announced on Sunday the agency": a comma right before the verb leaves it no subject there.
  // ("Jane Roe, the CEO, said" has an appositive there, and a name before it).
  const beforeComma = rawParts[rawParts.length - 2]?.text.trim() ?? '';
  const inverted = rawParts.length > 1 && /^\s*$/u.test(rawParts[rawParts.length - 1]!.text) && CLAUSE_VERB.test(beforeComma) &&
    !isRoleAppositive(beforeComma) && !/^(?:an?|who|which|whose)\s/iu.test(beforeComma) && nounPhraseAfter(unit, cue.end) !== null;
  const parts = inverted ? [] : rawParts.filter((p) => !onlyModifiers(p.text));
  let idx = parts.length - 1;
  let appositive: string | null = null;
  let subjectPart = parts[idx];
  const tidy = tidySubject;
  // An appositive follows a name: "Jane Roe, the CEO, said", not "…a long clause, the CEO said".
  const nameLike = (t: string) => {
    const words = t.replace(/^the\s+/iu, '').split(/\s+/u).filter((w) => w !== '');
    const mostlyCapitalised = words.length > 0 && words.length <= 7 && words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 >= words.length;
    return mostlyCapitalised || /(?:^|\s)\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’.-]+$/u.test(t); // "… statements by Jane Roe"
  };
  if (subjectPart && /^\s*(?:who|which)\b/iu.test(subjectPart.text)) idx--; // "Jane Roe, head of X, who said"
  const description = (t: string) => /^an?\s/iu.test(t) && t.split(/\s+/u).length <= 8; // "Acme, a Boston-based firm,"
  if (idx >= 1 && (isRoleAppositive(tidy(parts[idx]!.text)) || description(tidy(parts[idx]!.text))) && nameLike(tidy(parts[idx - 1]!.text))) {
    appositive = tidy(parts[idx]!.text);
    idx--;
  } else if (idx >= 1 && /^(?:[Ii]ts|[Tt]heir|[Tt]he\s+\p{L}+['’]s?)\s+\p{Ll}+/u.test(tidy(parts[idx - 1]!.text)) && /^\p{Lu}/u.test(tidy(parts[idx]!.text))) {
    appositive = tidy(parts[idx - 1]!.text); // "its chairman, Jane Roe, said"
  }
  subjectPart = parts[idx];
  let subject = subjectPart ? tidy(subjectPart.text) : '';
  // "Jane Roe cited X and said": the subject is the noun phrase that opens the clause.
  if (/\band\s*$/u.test(subject)) subject = leadingNounPhrase(subject);
  const textBefore = unit.slice(0, subjectPart?.start ?? cue.start);
  // Content before the subject must be a clause ("The storm flooded 300 homes, an official said"),
  // not an adverbial ("Like the agency, the mayor expressed concern").
  const contentFirst = regionStart > 0 || (idx > 0 && CLAUSE_VERB.test(textBefore) && /[”"’]\s*,?\s*$|,\s*$/u.test(textBefore) && !/^\s*$/u.test(textBefore) && !/^(?:\s*(?:on|in|at|last|earlier|later|thus|so|now|but|meanwhile)\b[^,]*,)+\s*$/iu.test(textBefore));

  if (subject === '') {
    const np = nounPhraseAfter(unit, cue.end);
    if (np) {
      return {
        form: 'inverted', subject: np.text, appositive: np.appositive,
        content: trimRange(unit, 0, cue.start), frame: [{ start: cue.start, end: unit.length }],
        contentFirst: true, thatClause: false,
      };
    }
    return { form: 'none', subject: null, appositive: null, content: trimRange(unit, whole.start, whole.end), frame: [], contentFirst: false, thatClause: false };
  }

  const subjectStart = subjectPart?.start ?? cue.start;
  const after = unit.slice(cue.end);
  const that = /^((?:\s+(?:[\p{L}\p{N}.'’-]+)){0,10}?)\s+that\b/u.exec(after);
  // "said: “…”", "told the Daily Echo: “…”", "said on Thursday, “…”": the quotation is the content.
  const colon = /^\s*[:,]\s*(?=[“"‘])|^[^“"‘”:.;,]{1,80}?:\s*(?=[“"‘])/u.exec(after);
  // After "“…,” she said" only adjuncts may follow: ", referring to …", "at a briefing on Monday";
  // "Speaking on Sunday, Roe said 40 homes flooded" has its content after the verb.
  const afterHead = after.split(/,(?!\d)/u)[0] ?? '';
  const onlyAdjuncts = /^[^“"”:]*$/u.test(afterHead) && !/\bthat\b/u.test(afterHead) && (regionStart > 0 || ADJUNCT_START.test(after));
  if (contentFirst && onlyAdjuncts) {
    const adding = /,\s+(?=(?:adding|noting|saying|stressing|explaining)\s+(?:that\s+)?\S)/u.exec(after);
    const trailing = adding ? trimRange(unit, cue.end + adding.index + adding[0].length, unit.length) : null;
    return {
      form: 'before', subject, appositive, content: trimRange(unit, 0, subjectStart),
      frame: [{ start: subjectStart, end: adding ? cue.end + adding.index : unit.length }], contentFirst: true, thatClause: false, trailing,
      trailingFrom: adding ? cue.end + adding.index + adding[0].length : unit.length,
    };
  }
  let contentStart = cue.end;
  let thatClause = false;
  // "declined to confirm that figure": "that" as a determiner opens no clause.
  const thatOpensClause = that !== null && !/^\s+[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+)?\s*(?:[.;:!?]|$)/u.test(after.slice(that[0].length));
  if (that && thatOpensClause && !/[“”"]/u.test(that[1] ?? '') && !CLAUSE_WORDS.test(that[1] ?? '')) {
    contentStart = cue.end + that[0].length;
    thatClause = true;
  } else if (colon) contentStart = cue.end + colon[0].length;
  else {
    // "said on Thursday it would …", "told reporters the plant …": adjuncts before the content.
    const adjunct = (cue.lemma === 'tell' ? TOLD_AUDIENCE.exec(after)?.[0].length : 0) ?? 0;
    contentStart = cue.end + adjunct;
    contentStart += DATE_ADJUNCT.exec(unit.slice(contentStart))?.[0].length ?? 0;
  }
  const frame = [{ start: 0, end: cue.end }, { start: cue.end, end: contentStart }];
  return { form: 'before', subject, appositive, content: trimRange(unit, contentStart, unit.length), frame, contentFirst: false, thatClause };
}

/** "As reported on Monday the ministry, the toll rose …" (translated order), "As announced by X, …". */
function asReportedBy(unit: string, cue: Cue): AttributionParts | null {
  if (!/^\s*[Aa]s\s+$/u.test(unit.slice(0, cue.start))) return null;
  const adjunct = DATE_ADJUNCT.exec(unit.slice(cue.end))?.[0].length ?? 0;
  const m = /^(?:\s+by)?\s+([^,;:“”"]{2,80}?),\s+/u.exec(unit.slice(cue.end + adjunct));
  if (!m?.[1]) return null;
  const contentStart = cue.end + adjunct + m[0].length;
  return {
    form: 'inverted', subject: m[1].trim(), appositive: null, content: trimRange(unit, contentStart, unit.length),
    frame: [{ start: 0, end: contentStart }], contentFirst: false, thatClause: false,
  };
}

/** The noun phrase opening a clause: capitalised words and role nouns ("Opposition leader Jane Roe"). */
function leadingNounPhrase(text: string): string {
  const words = text.split(/\s+/u);
  const kept: string[] = [];
  for (const w of words) {
    const bare = w.toLowerCase().replace(/[^\p{L}-]/gu, '');
    if (kept.length === 0 && bare === 'the') kept.push(w);
    else if (/^\p{Lu}/u.test(w) || ROLE_NOUNS.has(bare)) kept.push(w);
    else break;
  }
  return kept.join(' ');
}

function accordingTo(unit: string, cue: Cue): AttributionParts {
  const rest = unit.slice(cue.end);
  const np = /^\s+([^,;:“”"]+?)(?=\s*(?:[,;:“”"]|\.?$))/u.exec(rest);
  const npEnd = cue.end + (np?.[0].length ?? 0);
  const subject = np?.[1]?.trim() ?? null;
  const before = unit.slice(0, cue.start);
  const leading = /^\s*(?:\S+\s+){0,3}$/u.test(before) && !/,\s*$/u.test(before);
  if (leading) {
    return {
      form: 'according_to', subject, appositive: null, content: trimRange(unit, npEnd, unit.length),
      frame: [{ start: 0, end: npEnd }], contentFirst: false, thatClause: false,
    };
  }
  return {
    form: 'according_to', subject, appositive: null, content: trimRange(unit, 0, cue.start),
    frame: [{ start: cue.start, end: unit.length }], contentFirst: true, thatClause: false,
  };
}
