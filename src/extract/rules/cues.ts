// Attribution cues: the words that say someone stated, estimated, confirmed, denied or could not
// confirm something, with the stance each implies. Negation flips a cue's meaning: "did not deny"
// is not a denial, "would not confirm" is an inability (or refusal) to confirm.
import type { Stance } from '../../../schemas/index.js';
import { DETERMINERS, SOURCE_NOUNS, VERB_MODIFIERS } from './lexicon.js';
import { insideAny, tokenize, type Range } from './text.js';

/** `stance`: an impersonal marker ("there is no evidence", "it remains unclear") that sets a stance but names no speaker. */
export type CueKind = 'verb' | 'according_to' | 'passive' | 'participle' | 'stance';
export type CueTense = 'present' | 'past' | 'perfect' | 'other';

export interface Cue {
  /** Offsets into the text given to findCues. */
  start: number;
  end: number;
  text: string;
  lemma: string;
  stance: Stance;
  tense: CueTense;
  kind: CueKind;
  /** "did not deny": the subject does not deny; reported by the outlet as a fact. */
  nonDenial: boolean;
  /** Inside quotation marks: the quoted person's own words ("We believe …"). */
  quoted: boolean;
}

interface Form {
  lemma: string;
  tense: CueTense | 'base' | 'participle';
  /** Also a common noun ("press reports", "his claims"): needs a subject-like word before it. */
  nounLike?: boolean;
}

// lemma: [base, -s, past, -ing]; '' where a form is too ambiguous to use.
const VERBS: Record<string, [string, string, string, string]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['', 'tells', 'told', ''],
  add: ['', 'adds', 'added', 'adding'],
  note: ['', 'notes', 'noted', 'noting'],
  state: ['', 'states', 'stated', ''],
  report: ['', 'reports', 'reported', ''],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  estimate: ['estimate', 'estimates', 'estimated', ''],
  believe: ['believe', 'believes', 'believed', ''],
  assess: ['assess', 'assesses', 'assessed', ''],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  reveal: ['', 'reveals', 'revealed', 'revealing'],
  explain: ['', 'explains', 'explained', 'explaining'],
  stress: ['', 'stresses', 'stressed', 'stressing'],
  emphasize: ['', 'emphasizes', 'emphasized', 'emphasizing'],
  emphasise: ['', 'emphasises', 'emphasised', 'emphasising'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  indicate: ['', 'indicates', 'indicated', ''],
  testify: ['', 'testifies', 'testified', ''],
  write: ['', 'writes', 'wrote', ''],
  tweet: ['', '', 'tweeted', ''],
  declare: ['', 'declares', 'declared', 'declaring'],
  affirm: ['', 'affirms', 'affirmed', ''],
  reiterate: ['', 'reiterates', 'reiterated', 'reiterating'],
  predict: ['predict', 'predicts', 'predicted', ''],
  allege: ['allege', 'alleges', 'alleged', ''],
  accuse: ['', 'accuses', 'accused', ''],
  disclose: ['', 'discloses', 'disclosed', ''],
  concede: ['', 'concedes', 'conceded', ''],
  inform: ['', 'informs', 'informed', ''],
  show: ['', 'shows', 'showed', ''],
};
const NOUN_LIKE = new Set(['reports', 'claims', 'estimates', 'states', 'notes', 'estimate', 'claim', 'report']);

const FORMS = new Map<string, Form>();
for (const [lemma, [base, s, past, ing]] of Object.entries(VERBS)) {
  if (base) FORMS.set(base, { lemma, tense: 'base', nounLike: NOUN_LIKE.has(base) });
  if (s) FORMS.set(s, { lemma, tense: 'present', nounLike: NOUN_LIKE.has(s) });
  if (past) FORMS.set(past, { lemma, tense: 'past' });
  if (ing) FORMS.set(ing, { lemma, tense: 'participle' });
}

const NEG = String.raw`(?:\s+not|n['’]t|\s+never)`;
const VERIFY = String.raw`(?:confirm|verify|corroborate|substantiate)`;
const ADV = String.raw`(?:\s+(?:yet|immediately|independently|publicly|officially|fully))?`;

/** Multi-word cues, matched before single verbs; earlier entries win ties. */
const PHRASES: Array<{ re: RegExp; lemma: string; stance: Stance; kind: CueKind; nonDenial?: boolean }> = [
  { re: new RegExp(String.raw`\b(?:can|could)(?:\s*not|n['’]t)\s+be${ADV}\s+(?:confirmed|verified|corroborated)\b`, 'giu'), lemma: 'confirm', stance: 'cannot_confirm', kind: 'passive' },
  { re: new RegExp(String.raw`\b(?:has|have|had)${NEG}\s+(?:yet\s+)?been${ADV}\s+(?:confirmed|verified)\b`, 'giu'), lemma: 'confirm', stance: 'cannot_confirm', kind: 'passive' },
  { re: new RegExp(String.raw`\b(?:could|can|would|will|did|does|do|has|have|had)${NEG}${ADV}\s+(?:confirm|verify|corroborate|substantiate|confirmed|verified|corroborated)\b`, 'giu'), lemma: 'confirm', stance: 'cannot_confirm', kind: 'verb' },
  { re: new RegExp(String.raw`\bcannot${ADV}\s+${VERIFY}\b`, 'giu'), lemma: 'confirm', stance: 'cannot_confirm', kind: 'verb' },
  { re: new RegExp(String.raw`\b(?:unable|not\s+able|not\s+in\s+a\s+position)\s+to${ADV}\s+${VERIFY}\b`, 'giu'), lemma: 'confirm', stance: 'cannot_confirm', kind: 'verb' },
  { re: /\b(?:declined|refused|declines|refuses)\s+to\s+(?:confirm|verify|comment|say|specify|disclose|assess|give)\b/giu, lemma: 'decline', stance: 'cannot_confirm', kind: 'verb' },
  { re: /\b(?:would|did|could|will)(?:\s+not|n['’]t)\s+(?:say|specify|disclose)\b/giu, lemma: 'say', stance: 'cannot_confirm', kind: 'verb' },
  { re: /\b(?:do|does|did|would|will)(?:\s+not|n['’]t)\s+comment\b|\b(?:was|were|is|are|am)(?:\s+not|n['’]t)\s+going\s+to\s+(?:comment|confirm|discuss|speculate|say|disclose|give)\b/giu, lemma: 'comment', stance: 'cannot_confirm', kind: 'stance' },
  { re: /\b(?:has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:publicly\s+)?commented\b/giu, lemma: 'comment', stance: 'cannot_confirm', kind: 'verb' },
  { re: /\b(?:has|have|had)\s+(?:no|not\s+(?:seen|received|had)\s+any)\s+(?:\p{L}+\s+)?(?:information|evidence|details|data|confirmation|knowledge)\b/giu, lemma: 'confirm', stance: 'cannot_confirm', kind: 'verb' },
  // Denials that do not say "deny": "called the figures 'fiction'", "dismissed them as fabricated".
  { re: /\b(?:called|calls|dismissed|dismisses|described|describes|branded|brands|labell?ed)(?=\s+(?:the|these|those|such|that|this|its|their|his|her|them|it)\b[^.;:]{0,50}?[\s“"‘']+(?:as\s+)?[“"‘']?(?:(?:pure|complete|total|a)\s+)?(?:fiction|false|untrue|fabricated|fabrication|baseless|groundless|nonsense|lies|a\s+lie|propaganda|fake|inaccurate|exaggerated|unfounded|misleading|wrong)\b)/giu, lemma: 'deny', stance: 'denies', kind: 'verb' },
  // "That is simply not accurate", "the claims were false", "there is no truth to": the content denies itself.
  { re: /\b(?:(?:that|this|it|these|those|they)|(?:the|such|those|these|that|this)\s+(?:\p{L}+\s+){0,2}?(?:claims?|reports?|figures?|numbers?|allegations?|accusations?|estimates?|accounts?|suggestions?|stories|story|rumou?rs?|toll|count|tally))\s+(?:is|are|was|were)\s+(?:simply\s+|completely\s+|totally\s+|absolutely\s+|entirely\s+|just\s+|wholly\s+|greatly\s+|grossly\s+|highly\s+)?[“"‘']?(?:not\s+(?:true|accurate|correct)|untrue|false|inaccurate|incorrect|baseless|groundless|unfounded|fabricated|fiction|nonsense|wrong|exaggerated|inflated|overstated)\b|\bthere\s+(?:is|was)\s+no\s+truth\s+(?:to|in)\b/giu, lemma: 'refute', stance: 'denies', kind: 'stance' },
  { re: new RegExp(String.raw`\b(?:did|does|do|has|have|had|would|could)${NEG}\s+(?:deny|denied)\b`, 'giu'), lemma: 'deny', stance: 'asserts', kind: 'verb', nonDenial: true },
  { re: /\b(?:never\s+denied|(?:refused|declined)\s+to\s+deny)\b/giu, lemma: 'deny', stance: 'asserts', kind: 'verb', nonDenial: true },
  { re: /\b(?:denies|denied|deny|denying)\b/giu, lemma: 'deny', stance: 'denies', kind: 'verb' },
  { re: /\b(?:refutes|refuted|refute|disputes|disputed)\b/giu, lemma: 'deny', stance: 'denies', kind: 'verb' },
  { re: /\b(?:rejects|rejected)\s+(?:the\s+|these\s+|those\s+|such\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?)\b/giu, lemma: 'deny', stance: 'denies', kind: 'verb' },
  { re: /\b(?:there\s+(?:is|was|has\s+been)\s+(?:currently\s+|still\s+|so\s+far\s+|as\s+yet\s+)?no\s+(?:\w+\s+)?evidence|(?:it\s+)?(?:is|was|remains|remained)\s+(?:still\s+)?unclear)\b/giu, lemma: 'unclear', stance: 'cannot_confirm', kind: 'stance' },
  { re: /\b(?:(?:has|have|had)\s+(?:seen|found)\s+no\s+(?:\w+\s+)?evidence|(?:would|will|did|could)(?:\s+not|n['’]t)\s+speculate|(?:declined|refused)\s+to\s+speculate)\b/giu, lemma: 'speculate', stance: 'cannot_confirm', kind: 'verb' },
  { re: /\bshared\s+(?:the|an|its|their|his|her|some)\s+(?:[\p{L}]+['’]s?\s+)?assessments?(?=\s+that\b)|\bsounded\s+the\s+alarm\b/giu, lemma: 'assess', stance: 'asserts', kind: 'verb' },
  { re: /\bexpress(?:es|ed)\s+(?:\w+\s+)?(?:concerns?|support|hope|regret|doubts?|confidence|worry|alarm|fears?|skepticism|optimism)\b/giu, lemma: 'express', stance: 'asserts', kind: 'verb' },
  { re: /\baccording to\b/giu, lemma: 'according_to', stance: 'asserts', kind: 'according_to' },
];

const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'being']);
const MODALS = new Set(['to', 'would', 'could', 'will', 'can', 'may', 'might', 'should', 'must', 'shall', 'not', "n't", 'did', 'does', 'do']);
const PREPOSITIONS = new Set(['of', 'in', 'on', 'about', 'for', 'with', 'by', 'from', 'at', 'into', 'over', 'amid', 'after', 'before', 'despite', 'than', 'as']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'they', 'you', 'he', 'she', 'it', 'who', 'which', 'that']);

function tenseOf(form: Form, prevWords: string[]): CueTense {
  const aux = prevWords.find((w) => !VERB_MODIFIERS.has(w) || w === 'has' || w === 'have' || w === 'had');
  if (form.tense === 'past' && (prevWords[0] === 'has' || prevWords[0] === 'have' || aux === 'has' || aux === 'have')) return 'perfect';
  if (form.tense === 'base') return 'present';
  if (form.tense === 'participle') return 'other';
  return form.tense;
}

/** Find attribution cues in `text`, in order; `quoted` marks ranges inside quotation marks. */
export function findCues(text: string, quoted: readonly Range[] = []): Cue[] {
  const found: Cue[] = [];
  const taken: Range[] = [];
  const overlaps = (s: number, e: number) => taken.some((r) => s < r.end && e > r.start);

  for (const p of PHRASES) {
    for (const m of text.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      if (p.kind === 'according_to' && !/^[Aa]/u.test(m[0])) continue;
      taken.push({ start, end });
      found.push({
        start, end, text: m[0], lemma: p.lemma, stance: p.stance, kind: p.kind,
        tense: /\b(?:has|have)\s+(?:\p{L}+ly\s+)?$/iu.test(text.slice(Math.max(0, start - 20), start)) ? 'perfect' : tenseFromPhrase(m[0]),
        nonDenial: p.nonDenial ?? false, quoted: insideAny(quoted, start),
      });
    }
  }

  const tokens = tokenize(text);
  tokens.forEach((tok, i) => {
    const form = FORMS.get(tok.text);
    if (!form || overlaps(tok.start, tok.end)) return;
    const prevWords = tokens.slice(Math.max(0, i - 3), i).reverse().map((t) => t.lower);
    const prev = prevWords[0];
    const subjectWord = prevWords.find((w) => !VERB_MODIFIERS.has(w));
    if (prev !== undefined && DETERMINERS.has(prev)) return; // "the reported attack", "an estimated 4,500"
    // "about alleged ops"; but "as reported by …" attributes.
    if (form.tense === 'past' && prev !== undefined && PREPOSITIONS.has(prev) && prev !== 'as') return;
    if (form.tense === 'base' && (prev === undefined || MODALS.has(prev) || !isPluralSubject(tokens[i - 1]?.text ?? ''))) return;
    if (form.tense === 'participle' && text[tok.start - 2] !== ',' && prev !== 'as' && prev !== 'while') return;
    if (form.nounLike && !subjectLike(tokens[i - 1]?.text ?? '', subjectWord)) return;
    // "Figures from the agency showed …": data speak for their source; "Video showed rescuers" does not.
    if (form.lemma === 'show' && !tokens.slice(Math.max(0, i - 8), i).some((t) => SOURCE_NOUNS.has(t.lower))) return;
    if (form.nounLike && /^\s*(?:of|in|on|about|from|that\s+(?:he|she|they|it)\b)/u.test(text.slice(tok.end))) return;
    const passive = form.tense === 'past' && isPassive(text, tokens, i);
    found.push({
      start: tok.start, end: tok.end, text: tok.text, lemma: form.lemma,
      stance: 'asserts', kind: passive ? 'passive' : form.tense === 'participle' ? 'participle' : 'verb',
      tense: tenseOf(form, prevWords), nonDenial: false, quoted: insideAny(quoted, tok.start),
    });
  });
  return found.sort((a, b) => a.start - b.start);
}

const PASSIVE_ADVERBS = new Set(['also', 'reportedly', 'widely', 'previously', 'officially', 'first', 'later', 'publicly', 'repeatedly', 'not', 'never', 'already', 'initially']);

/** "was reported", "has been widely reported": a be-form right before the participle, no punctuation between. */
function isPassive(text: string, tokens: readonly { lower: string; start: number; end: number }[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = tokens[j]!;
    if (!/^[\s]*$/u.test(text.slice(t.end, tokens[j + 1]!.start))) return false;
    if (BE_FORMS.has(t.lower)) return true;
    if (!PASSIVE_ADVERBS.has(t.lower)) return false;
  }
  return false;
}

function tenseFromPhrase(phrase: string): CueTense {
  const lower = phrase.toLowerCase();
  if (/^(?:can|cannot|does|do|will|unable|not|declines|refuses|rejects|refutes|disputes|denies|deny|according)/u.test(lower)) return 'present';
  if (/^(?:has|have)\b/u.test(lower)) return 'perfect';
  return 'past';
}

function isPluralSubject(word: string): boolean {
  const lower = word.toLowerCase();
  if (SUBJECT_PRONOUNS.has(lower)) return lower !== 'he' && lower !== 'she' && lower !== 'it';
  return /^\p{Lu}/u.test(word) || /[^s]s$/u.test(lower) || lower === 'people' || lower === 'police';
}

/** A noun-like cue form ("reports") counts only after a subject: a name, a pronoun, an adverb. */
function subjectLike(prevText: string, subjectWord: string | undefined): boolean {
  if (!prevText) return false;
  if (/^\p{Lu}/u.test(prevText)) return true;
  if (subjectWord !== undefined && SUBJECT_PRONOUNS.has(subjectWord)) return true;
  if (VERB_MODIFIERS.has(prevText.toLowerCase())) return true;
  return /(?:ministry|agency|office|military|government|department|police|spokesperson|spokesman|spokeswoman|official|intelligence|army|service|survey|company|firm|commission)$/iu.test(prevText);
}
