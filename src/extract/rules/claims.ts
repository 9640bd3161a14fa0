// From one attribution unit (or one unattributed sentence) to claims: one per measured quantity,
// each quoting the minimal clause that carries it, with stance, statement and date.
import type { Quantity, Speaker, Stance } from '../../../schemas/index.js';
import { propositionRanges, quantitySegments } from './clauses.js';
import type { Cue } from './cues.js';
import type { DateMention } from './dates.js';
import { findQuantities } from './quantities.js';
import { buildStatement } from './statement.js';
import { trimRange, type Range } from './text.js';

export interface DraftClaim {
  statement: string;
  /** Offsets of the quote in the article text. */
  start: number;
  end: number;
  speaker: Speaker;
  stance: Stance;
  quantity: Quantity | null;
  asserted_on: string | null;
  /** Where asserted_on came from; undated present/past reports may take the speaker's occasion. */
  dateSource: DateSource;
}

/** explicit: a date in the attribution; present/past/perfect: the reporting verb's tense; outlet: the article's own voice. */
export type DateSource = 'explicit' | 'present' | 'past' | 'perfect' | 'outlet';

export interface ClaimFrame {
  /** Unit text and its offset in the article. */
  text: string;
  offset: number;
  content: Range;
  speaker: Speaker;
  verb: string | null;
  withThat: boolean;
  stance: Stance;
  /** Cues inside the unit (offsets into `text`) that may change a segment's stance. */
  cues: readonly Cue[];
  assertedOn: string | null;
  dateSource: DateSource;
  fallbackUnit: string | null;
  /** The subject as written, for statements whose speaker resolved to nobody ("Officials said"). */
  subjectText?: string | null;
  /** The name to state the claim under when it is not the speaker's own ("Newswire" for the outlet). */
  label?: string | null;
  /** The part of `text` quotes may come from, when the unit holds another frame's proposition too. */
  span?: Range | null;
}

const OPINION = /^(?:(?:i|we)\s+(?:think|feel|hope|pray|guess|suppose|wish|don['’]t\s+(?:even\s+)?(?:know|have)|do\s+not\s+know|am\s+not\s+sure|['’]m\s+not\s+sure|would\s+say|would\s+not\s+want)|yes\b|no\b|well\b|right\b|who\s+knows\b|(?:left|remains?)\s+to\s+be\s+seen)|^[^.]{0,40}\bremains?\s+to\s+be\s+seen\W*$/iu;

/** Content that is an opinion or a reaction with nothing to check. */
export function isOpinion(content: string): boolean {
  const plain = content.replace(/^[\s“"‘'(\[]+/u, '');
  return OPINION.test(plain) || plain.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 2;
}

const EVENT_VERB = /\b(?:[a-z]{3,}ed|sent|died|lied|met|signed|began|begun|took|taken|went|gone|fled|struck|shot|won|lost|held|made|gave|given|built|hit|left|led|ran|sold|bought|paid|spent|fell|rose|came|saw|seen|became|brought|caught|drew|drove|flew|fought|found|got|grew|kept|knew|laid|meant|put|quit|sank|sought|shut|spoke|spread|stood|stole|swept|taught|tore|threw|wore|wrote|arrives?|visits?|meets?|plans?|intends?|expects?)\b/u;

/** Worth keeping without attribution: a number, a date, or a named actor doing something. */
export function hasCheckableCore(text: string, quantities: number, dates: readonly DateMention[]): boolean {
  if (/^\s*[“"]?(?:this|that|these|those|it|there)\s+(?:is|was|are|were|has|have|had|will|would|may|might)\b/iu.test(text)) return false;
  if (/^\s*\p{Lu}\p{Ll}+ing\b/u.test(text)) return false; // gerund subject: commentary ("Moving N troops may sound …")
  if (quantities > 0) return true;
  if (dates.some((d) => d.precision === 'day' || d.precision === 'month' || d.precision === 'week')) return true;
  const namedActor = /(?:^|\s)(?!I\b)\p{Lu}[\p{L}'’.-]+/u.test(text.replace(/^\s*\S+/u, ''));
  return namedActor && EVENT_VERB.test(text);
}

const PRONOUN_SUBJECT = /(?:^|[\s,“"])(?:he|she|it|they|we|i|but|and|yet)\s*$/iu;

/** "According to Jane Roe, the ministry cannot confirm …": the subject is the speaker's own side. */
function namesSpeaker(subject: string, speaker: Speaker): boolean {
  const words = [speaker.org, speaker.name?.split(/\s+/u).pop()].filter((w): w is string => !!w && w.length > 1);
  return words.some((w) => subject.toLowerCase().endsWith(w.toLowerCase()));
}

/** A denial or inability inside the segment becomes its stance when it is the speaker's own. */
function segmentStance(frame: ClaimFrame, segment: Range): Stance {
  for (const cue of frame.cues) {
    if (cue.start < segment.start || cue.end > segment.end) continue;
    if (cue.stance === 'asserts') continue;
    const before = frame.text.slice(Math.max(segment.start, cue.start - 60), cue.start).replace(/[“”"‘']/gu, ' ');
    const clause = before.split(/,(?!\d)|[;:]|\bthat\b/u).pop() ?? '';
    const subject = clause.replace(/\b(?:also|still|yet|has|have|had|will|would|at this point|so far)\b/giu, ' ').trim();
    const elided = /\b(?:said|says|told\s+\S+|added|adds|noted|stated|explained)\s*$/iu.test(subject);
    // "The minister would not comment, his office said": the office speaks for the content's subject.
    const onBehalf = /^(?:his|her|its|their)\s/iu.test(frame.subjectText ?? '');
    if (subject === '' || elided || onBehalf || PRONOUN_SUBJECT.test(` ${subject}`) || namesSpeaker(subject, frame.speaker)) return cue.stance;
  }
  return frame.stance;
}

/** Claims for one frame: one per proposition and, inside it, one per quantity. */
export function frameClaims(frame: ClaimFrame): DraftClaim[] {
  // A clause with more counts than this is a table or a list; its first ones are kept.
  const all = findQuantities(frame.text, { fallbackUnit: frame.fallbackUnit }).slice(0, MAX_QUANTITIES);
  const claims: DraftClaim[] = [];
  const within = frame.span ?? { start: 0, end: frame.text.length };
  for (const whole of propositionRanges(frame.text, frame.content)) {
    const proposition = trimRange(frame.text, Math.max(whole.start, within.start), Math.min(whole.end, within.end), ' \t\n,;:');
    if (proposition.end <= proposition.start) continue;
    const content = clamp(frame.content, proposition);
    const mentions = all.filter((m) => m.start >= content.start && m.end <= content.end);
    const segments = mentions.length > 0 ? quantitySegments(frame.text.slice(0, proposition.end), mentions).map((r) => clamp(r, proposition)) : [proposition];
    segments.forEach((segment, i) => {
      // "cut 1,200 jobs and close 45 shops", "…, 3,000 of whom …": a clause that cannot stand alone
      // is stated with the whole proposition; its quote stays the minimal clause.
      const standalone = segments.length === 1 || (FINITE_VERB.test(frame.text.slice(segment.start, segment.end)) && !DEPENDENT_OPENING.test(frame.text.slice(segment.start, segment.end)));
      const claim = segmentClaim(frame, segment, standalone ? clamp(content, segment) : content, mentions[i]?.quantity ?? null);
      if (claim) claims.push(claim);
    });
  }
  return claims;
}

function clamp(range: Range, within: Range): Range {
  return { start: Math.max(range.start, within.start), end: Math.min(range.end, within.end) };
}

const MAX_QUANTITIES = 12;

const DEPENDENT_OPENING = /^\S*\s*(?:\S+\s+)?(?:of\s+(?:whom|which|them)\b)|^(?:who|which|including|with|in\s+addition\s+to|while|whereas)\b|^\p{Ll}+ed\b/iu;
const FINITE_VERB = new RegExp(String.raw`\b(?:is|are|was|were|has|have|had|will|would|could|may|might|can|should|must|do|does|did|[a-z]{2,}ed)\b|${EVENT_VERB.source}`, 'u');

function segmentClaim(frame: ClaimFrame, segment: Range, own: Range, quantity: Quantity | null): DraftClaim | null {
  const contentText = own.end > own.start ? frame.text.slice(own.start, own.end) : frame.text.slice(segment.start, segment.end);
  const statement = buildStatement({ speaker: frame.speaker, verb: frame.verb, content: contentText, withThat: frame.withThat || own.start > frame.content.start, fallbackLabel: frame.subjectText ?? null, label: frame.label ?? null });
  const quote = trimRange(frame.text, segment.start, segment.end, ' \t\n,;:');
  if (!statement || quote.end <= quote.start) return null;
  return {
    statement,
    start: frame.offset + quote.start,
    end: frame.offset + quote.end,
    speaker: frame.speaker,
    stance: segmentStance(frame, segment),
    quantity,
    asserted_on: frame.assertedOn,
    dateSource: frame.dateSource,
  };
}
