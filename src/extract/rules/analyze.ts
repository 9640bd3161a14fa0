// Reading one article start to finish: skip boilerplate lines, find attributions sentence by
// sentence, carry who spoke and when across sentences, and produce claims with article offsets.
// Pure: the same article always gives the same claims.
import type { Article, Speaker } from '../../../schemas/index.js';
import { splitSentences } from '../../chunk/sentences.js';
import { attributionParts } from './attribution.js';
import { classifyLines, lineAt, type Line } from './boilerplate.js';
import { attributionUnits, type Unit } from './clauses.js';
import { frameClaims, hasCheckableCore, isOpinion, type DateSource, type DraftClaim } from './claims.js';
import { findCues, type Cue } from './cues.js';
import { findDateMentions, type DateMention } from './dates.js';
import { findDateline } from './dateline.js';
import { ORG_WORDS } from './lexicon.js';
import type { Person } from './names.js';
import { acronymsIn, orgMentions } from './orgs.js';
import { collectPeople } from './people.js';
import { carryOccasions, eventClauses, OCCASION_SCENE } from './occasions.js';
import { findQuantities } from './quantities.js';
import { createSpeakerState, outletSpeaker, peopleMentioned, resolveSpeaker, type SpeakerState } from './speakers.js';
import { quotedRanges, wordCount, type Range } from './text.js';

interface SentenceView {
  start: number;
  end: number;
  text: string;
  line: Line;
  /** Quotation ranges relative to the sentence (a quotation may open in an earlier sentence). */
  quoted: Range[];
  startsInQuote: boolean;
  /** The sentence continues a quotation opened in an earlier sentence. */
  opensInsideQuote: boolean;
}

/** Attributed results of a sentence, kept so quotation continuations can borrow the speaker. */
interface Attributed {
  speaker: Speaker;
  assertedOn: string | null;
  dateSource: DateSource;
}

/** The host of the article URL, "www." dropped: the outlet as a speaker. */
export function outletOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '') || null;
  } catch {
    return null;
  }
}

function sentenceViews(article: Article, lines: readonly Line[], agencies: Set<string>): SentenceView[] {
  const quotesByLine = new Map<number, Range[]>();
  const views: SentenceView[] = [];
  for (const whole of splitSentences(article.text)) {
    // "CITY (Agency) - …": the dateline opening a story is not part of its first sentence.
    const dateline = findDateline(article.text.slice(whole.start, whole.end));
    if (dateline?.agency) agencies.add(dateline.agency);
    const span = { start: whole.start + (dateline?.length ?? 0), end: whole.end };
    const line = lineAt(lines, span.start);
    if (!line) continue;
    let lineQuotes = quotesByLine.get(line.start);
    if (!lineQuotes) {
      lineQuotes = quotedRanges(article.text.slice(line.start, line.end)).map((r) => ({ start: r.start + line.start, end: r.end + line.start }));
      quotesByLine.set(line.start, lineQuotes);
    }
    const quoted = lineQuotes
      .filter((r) => r.end > span.start && r.start < span.end)
      .map((r) => ({ start: Math.max(0, r.start - span.start), end: Math.min(span.end, r.end) - span.start }));
    const startsInQuote = lineQuotes.some((r) => r.start < span.start + 2 && r.end > span.start + 2);
    const opensInsideQuote = lineQuotes.some((r) => r.start < span.start && r.end > span.start + 2);
    views.push({ start: span.start, end: span.end, text: article.text.slice(span.start, span.end), line, quoted, startsInQuote, opensInsideQuote });
  }
  return views;
}

/** Longer "sentences" are tables, lists or markup residue, not reported speech. */
const MAX_SENTENCE_CHARS = 3000;
const QUESTION = /\?[”"’'\])]*$/u;
const ASKED = /\b(?:was|were|been)\s+(?:\p{Ll}+ly\s+|then\s+|also\s+)?asked\b|\basked\s+(?:\p{Lu}[\p{L}'’-]*|him|her|them|whether|if)\b[^.]*\b(?:if|whether|about)\b/u;

/** "said it would cut", "said its profits": "it" standing for the subject; not "it was too early". */
const ORG_IT = /^\s*(?:that\s+)?(?:its\b|it\s+(?!(?:is|was|['’]s|would\s+be|will\s+be|could\s+be|might\s+be|may\s+be|seemed|seems|appeared|appears|remained|remains|took|takes|would\s+take|will\s+take|had\s+been|has\s+been)\b))/iu;

/** A closing quotation sentence this short with nothing to check is a reaction ("Our teams are exhausted"). */
const AFTERTHOUGHT_WORDS = 8;
/** Any quotation this short with nothing to check is a reaction ("“It's disgusting,” she said"). */
const REACTION_WORDS = 3;

/** What the sentence loop carries from one sentence to the next. */
interface ReadingState {
  speakers: SpeakerState;
  publishedOn: string | null;
  /** The last day the article named: "On the same day, …". */
  lastDate: string | null;
  /** A day named in the previous sentence: "On Monday, Roe was asked … “…,” she said." */
  previousDate: string | null;
  /** The last counted noun: "a couple of thousand more" counts the same thing. */
  lastUnit: string | null;
}

/** Claims for the whole article, with offsets into `article.text`. */
export function analyzeArticle(article: Article): DraftClaim[] {
  const lines = classifyLines(article.text, article.title);
  const agencies = new Set<string>();
  const views = sentenceViews(article, lines, agencies);
  const reading: ReadingState = {
    speakers: createSpeakerState(collectPeople(article.text), outletOf(article.url), [...agencies], acronymsIn(article.text)),
    publishedOn: article.published_on, lastDate: null, previousDate: null, lastUnit: null,
  };
  const results: Array<Attributed | null> = views.map(() => null);
  const claims: DraftClaim[] = [];
  const continuations: number[] = [];

  views.forEach((view, index) => {
    if (view.line.kind !== 'prose') return;
    const mentioned = peopleMentioned(view.text, view.quoted, reading.speakers.people);
    const dates = findDateMentions(view.text, article.published_on);
    const days = dates.filter((d) => d.date !== null && d.precision === 'day');
    const made: DraftClaim[] = [];
    const prose = view.text.length <= MAX_SENTENCE_CHARS && wordCount(view.text) >= 4;
    if (prose && !QUESTION.test(view.text) && !ASKED.test(view.text)) {
      const cues = findCues(view.text, view.quoted);
      const primary = cues.filter((c) => !c.quoted && c.kind !== 'participle' && c.kind !== 'stance' && !inSubordinateClause(view.text, c));
      if (primary.length === 0 && view.startsInQuote) continuations.push(index);
      else if (primary.length === 0) made.push(...narrativeClaims(view, dates, cues, reading));
      for (const unit of primary.length > 0 ? attributionUnits(view.text, primary, view.quoted) : []) {
        const result = unitClaims(view, unit, cues, reading);
        if (!result) continue;
        made.push(...result.claims);
        results[index] = result.attributed;
        if (result.person) {
          mentioned.unshift(result.person);
          reading.speakers.previousMentions = [result.person, ...reading.speakers.previousMentions];
        }
      }
    }
    claims.push(...made);
    reading.speakers.mentions.push(...orgMentions(view.text));
    reading.lastUnit = made.filter((c) => c.quantity?.unit).pop()?.quantity?.unit ?? reading.lastUnit;
    reading.speakers.previousMentions = mentioned;
    reading.lastDate = days[days.length - 1]?.date ?? reading.lastDate;
    // "On Monday, Roe was asked …": a day carries to the next sentence's "she said" only from an occasion.
    reading.previousDate = ASKED.test(view.text) || QUESTION.test(view.text) || OCCASION_SCENE.test(view.text) ? days[0]?.date ?? null : null;
  });

  for (const index of continuations) claims.push(...continuationClaims(views, results, index, article.published_on));
  carryOccasions(claims, article.published_on, article.text);
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}

const SUBORDINATE_SUBJECT = /(?:^|[\s,;])(?:when|as|until|once|even\s+as|just\s+as)\s+(?:(?:the|a|an|some|many|its|their)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s*$/iu;

/**
 * "As officials said more bodies were found, rescuers …", "When the agency announced the toll, crowds
 * gathered": the reporting verb sets the time of another event; it is not the sentence's claim
 * (", while the union said …" contrasts two claims and keeps both)
 * ("a day after Roe said that …" still reports what Roe said).
 * A parenthetical "as Roe said," reports nothing of its own and stays an attribution.
 */
function inSubordinateClause(text: string, cue: Cue): boolean {
  const clause = text.slice(0, cue.start).split(/[,;:—–]/u).pop() ?? '';
  return SUBORDINATE_SUBJECT.test(clause) && !/^\s*[,.;:!?]/u.test(text.slice(cue.end));
}

const MAX_COORDINATED_CHARS = 120;

/** "Freedonia and Sylvania have denied …": one claim per organisation. */
function splitCoordinatedOrgs(speaker: Speaker, spelledOut: Iterable<string>): Speaker[] {
  if (speaker.name !== null || speaker.org === null || [...spelledOut].includes(speaker.org)) return [speaker];
  // Both sides short noun phrases; "Department of Trade and Industry" is one name, not two.
  // Words separated by single spaces only, so the pattern cannot backtrack without bound on long names.
  if (speaker.org.length > MAX_COORDINATED_CHARS) return [speaker];
  const m = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*?)\s+and\s+(?:the\s+)?([\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3})$/u.exec(speaker.org);
  if (!m?.[1] || !m[2] || / of /u.test(m[1]) || !/^\p{Lu}/u.test(m[2]) && !/^the\s/iu.test(speaker.org.slice(m[1].length).trim().replace(/^and\s+/u, ''))) return [speaker];
  // "Rail and Transport Union": one word, then the organisation word that heads both — one name.
  const shared = !/\s/u.test(m[1].trim()) && ORG_WORDS.has((m[2].trim().split(/\s+/u).pop() ?? '').toLowerCase()) && !ORG_WORDS.has(m[1].trim().toLowerCase()) && !/\band\s+the\s/iu.test(speaker.org);
  if (shared) return [speaker];
  return [{ name: null, org: m[1].trim() }, { name: null, org: m[2].trim() }];
}

function unitClaims(view: SentenceView, unit: Unit, cues: readonly Cue[], reading: ReadingState): { claims: DraftClaim[]; attributed: Attributed; person: Person | null } | null {
  const cue = unit.cue!;
  const text = view.text.slice(unit.start, unit.end);
  const shift = (c: Cue): Cue => ({ ...c, start: c.start - unit.start, end: c.end - unit.start });
  const parts = attributionParts(text, shift(cue));
  const outletVoice = cue.nonDenial || parts.form === 'passive' || parts.form === 'none';
  // "X could not independently verify …" is the reporters' formula for their own checks: X is the outlet.
  const ownCheck = cue.stance === 'cannot_confirm' && /\bindependently\b/iu.test(cue.text) && !/^(?:he|she|it|they)$/iu.test(parts.subject?.trim() ?? 'he');
  const resolved = outletVoice ? null : ownCheck ? { speaker: outletSpeaker(reading.speakers), person: null, via: 'outlet' as const } : resolveSpeaker(parts.subject, parts.appositive, reading.speakers, { itFollows: parts.form === 'before' && !parts.contentFirst && ORG_IT.test(text.slice(parts.content.start)) });
  const speaker = resolved?.speaker ?? outletSpeaker(reading.speakers);
  const selfReport = resolved?.via === 'outlet'; // "Newswire could not verify …": the outlet on its own work
  const content = cue.nonDenial ? { start: 0, end: text.length } : parts.content;
  // An opinion has nothing to check, but its speaker still serves the quotation around it.
  const opinion = !outletVoice && isOpinion(text.slice(content.start, content.end));
  const impersonal = parts.form === 'passive' && cue.stance === 'asserts'; // "it was reported that …"
  if (impersonal && !hasCheckableCore(text, 0, findDateMentions(text, null))) return null;

  const events = eventClauses(text);
  const frameDates = findDateMentions(text, reading.publishedOn)
    .filter((d) => parts.frame.some((f) => d.start >= f.start && d.end <= f.end) && !events.some((e) => d.start >= e.start && d.end <= e.end));
  const explicit = frameDates.find((d) => d.date !== null || d.sameDay);
  const pronounDate = resolved?.via === 'pronoun' ? reading.previousDate : null;
  let assertedOn: string | null = null;
  let dateSource: DateSource;
  if (explicit) {
    assertedOn = explicit.date ?? reading.lastDate;
    dateSource = 'explicit';
  } else if (pronounDate) {
    assertedOn = pronounDate;
    dateSource = 'explicit';
  } else if (impersonal) dateSource = 'perfect'; // unnamed reports: dated only by the text
  else if (outletVoice || selfReport) {
    assertedOn = reading.publishedOn;
    dateSource = 'outlet';
  } else {
    dateSource = cue.tense === 'present' ? 'present' : cue.tense === 'perfect' ? 'perfect' : 'past';
    if (cue.tense === 'present') assertedOn = reading.publishedOn;
  }
  const frame = {
    text, offset: view.start + unit.start, content, verb: outletVoice ? null : cue.lemma === 'tell' ? 'said' : cue.text,
    withThat: parts.thatClause || parts.contentFirst, stance: cue.nonDenial ? 'asserts' as const : cue.stance,
    cues: cues.filter((c) => c.start >= unit.start && c.end <= unit.end && c !== cue).map(shift),
    assertedOn, dateSource, fallbackUnit: reading.lastUnit, subjectText: parts.subject, label: selfReport || cue.lemma === 'show' ? parts.subject : null,
  };
  // A later sentence of a multi-sentence quotation ("… Our teams are exhausted," she said) is kept
  // only with something to check; its speaker still serves the sentences before it.
  const contentText = text.slice(content.start, content.end);
  const afterthought = (view.opensInsideQuote || wordCount(contentText) <= REACTION_WORDS) && parts.contentFirst && wordCount(contentText) <= AFTERTHOUGHT_WORDS &&
    !cues.some((c) => c.stance !== 'asserts' && c.start >= unit.start + content.start && c.end <= unit.start + content.end) && !hasCheckableCore(contentText, findQuantities(contentText).length, findDateMentions(contentText, reading.publishedOn));
  const split = parts.trailingFrom ?? text.length;
  const frames = parts.trailing ? [{ ...frame, span: { start: 0, end: split } }, { ...frame, content: parts.trailing, withThat: true, span: { start: split, end: text.length } }] : [frame];
  const claims = afterthought || opinion ? [] : splitCoordinatedOrgs(speaker, reading.speakers.aliases.values()).flatMap((s) => frames.flatMap((f) => frameClaims({ ...f, speaker: s })));
  return { claims, attributed: { speaker, assertedOn, dateSource }, person: resolved?.person ?? null };
}

function narrativeClaims(view: SentenceView, dates: readonly DateMention[], cues: readonly Cue[], reading: ReadingState): DraftClaim[] {
  const quantities = findQuantities(view.text, { fallbackUnit: reading.lastUnit });
  // The outlet calling something false is narrative, not the outlet denying its own claim.
  const stanceCues = cues.filter((c) => c.kind === 'stance' && c.lemma !== 'refute');
  if (stanceCues.length === 0 && !hasCheckableCore(view.text, quantities.length, dates)) return [];
  return frameClaims({
    text: view.text, offset: view.start, content: { start: 0, end: view.text.length }, speaker: outletSpeaker(reading.speakers),
    verb: null, withThat: false, stance: 'asserts', cues: stanceCues, assertedOn: reading.publishedOn, dateSource: 'outlet',
    fallbackUnit: reading.lastUnit,
  });
}

/** A sentence inside a quotation with no attribution of its own takes the speaker next to it. */
function continuationClaims(views: readonly SentenceView[], results: ReadonlyArray<Attributed | null>, index: number, publishedOn: string | null): DraftClaim[] {
  const view = views[index]!;
  const sameLine = (i: number) => views[i]?.line.start === view.line.start;
  let source: Attributed | null = null;
  for (let i = index + 1; sameLine(i) && !source; i++) source = results[i] ?? null;
  for (let i = index - 1; sameLine(i) && !source; i--) source = results[i] ?? null;
  if (!source || isOpinion(view.text)) return [];
  const dates = findDateMentions(view.text, publishedOn);
  const quantities = findQuantities(view.text);
  if (!hasCheckableCore(view.text, quantities.length, dates)) return [];
  const cues = findCues(view.text, view.quoted).filter((c) => c.stance !== 'asserts');
  return frameClaims({
    text: view.text, offset: view.start, content: { start: 0, end: view.text.length }, speaker: source.speaker,
    verb: 'said', withThat: true, stance: 'asserts', cues, assertedOn: source.assertedOn, dateSource: source.dateSource, fallbackUnit: null,
  });
}
