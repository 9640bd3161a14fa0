// Reading one article start to finish: skip boilerplate lines, find attributions sentence by
// sentence, carry who spoke and when across sentences, and produce claims with article offsets.
// Pure: the same article always gives the same claims.
import type { Article, Speaker, Stance } from '../../../schemas/index.js';
import { splitSentences } from '../../chunk/sentences.js';
import { attributionParts } from './attribution.js';
import { classifyLines, lineAt, type Line } from './boilerplate.js';
import { attributionUnits } from './clauses.js';
import { frameClaims, hasCheckableCore, isOpinion, type DraftClaim } from './claims.js';
import { findCues, type Cue } from './cues.js';
import { findDateMentions, type DateMention } from './dates.js';
import { collectPeople } from './names.js';
import { findQuantities } from './quantities.js';
import { createSpeakerState, outletSpeaker, peopleMentioned, resolveSpeaker, speakerKey, type SpeakerState } from './speakers.js';
import { quotedRanges, wordCount, type Range } from './text.js';

interface SentenceView {
  start: number;
  end: number;
  text: string;
  line: Line;
  /** Quotation ranges relative to the sentence (a quotation may open in an earlier sentence). */
  quoted: Range[];
  startsInQuote: boolean;
}

/** Attributed results of a sentence, kept so quotation continuations can borrow the speaker. */
interface Attributed {
  speaker: Speaker;
  assertedOn: string | null;
  dateOpen: boolean;
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

function sentenceViews(article: Article, lines: readonly Line[]): SentenceView[] {
  const quotesByLine = new Map<number, Range[]>();
  const views: SentenceView[] = [];
  for (const span of splitSentences(article.text)) {
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
    views.push({ start: span.start, end: span.end, text: article.text.slice(span.start, span.end), line, quoted, startsInQuote });
  }
  return views;
}

const QUESTION = /\?[”"’'\])]*$/u;
const ASKED = /\b(?:was|were|been)\s+(?:\p{Ll}+ly\s+|then\s+|also\s+)?asked\b|\basked\s+(?:\p{Lu}[\p{L}'’-]*|him|her|them|whether|if)\b[^.]*\b(?:if|whether|about)\b/u;

/** Claims for the whole article, with offsets into `article.text`. */
export function analyzeArticle(article: Article): DraftClaim[] {
  const lines = classifyLines(article.text, article.title);
  const state = createSpeakerState(collectPeople(article.text), outletOf(article.url));
  const views = sentenceViews(article, lines);
  const results: Array<Attributed | null> = views.map(() => null);
  const claims: DraftClaim[] = [];
  const continuations: number[] = [];
  let lastDate: string | null = null;
  let lastUnit: string | null = null;
  /** A day named in the previous sentence: "On Monday, Roe was asked … “…,” she said." */
  let previousSentenceDate: string | null = null;

  views.forEach((view, index) => {
    if (view.line.kind !== 'prose') return;
    const mentioned = peopleMentioned(view.text, view.quoted, state.people);
    const dates = findDateMentions(view.text, article.published_on);
    const nextDate = dates.filter((d) => d.date !== null && d.precision === 'day').pop()?.date ?? lastDate;
    const previousDate = previousSentenceDate;
    const finish = () => {
      state.previousMentions = mentioned;
      lastDate = nextDate;
      previousSentenceDate = dates.find((d) => d.date !== null && d.precision === 'day')?.date ?? null;
    };
    if (QUESTION.test(view.text) || ASKED.test(view.text) || wordCount(view.text) < 4) return finish();

    const cues = findCues(view.text, view.quoted);
    const primary = cues.filter((c) => !c.quoted && c.kind !== 'participle');
    if (primary.length === 0) {
      if (view.startsInQuote) continuations.push(index);
      else claims.push(...narrativeClaims(view, dates, state, article.published_on, lastUnit));
      return finish();
    }
    for (const unit of attributionUnits(view.text, primary, view.quoted)) {
      const cue = unit.cue!;
      const text = view.text.slice(unit.start, unit.end);
      const shift = (c: Cue): Cue => ({ ...c, start: c.start - unit.start, end: c.end - unit.start });
      const rel = shift(cue);
      const parts = attributionParts(text, rel);
      const outletVoice = cue.nonDenial || parts.form === 'passive' || parts.form === 'none';
      const resolved = outletVoice ? { speaker: outletSpeaker(state) } : resolveSpeaker(parts.subject, parts.appositive, state);
      const contentRange = cue.nonDenial ? { start: 0, end: text.length } : parts.content;
      const content = text.slice(contentRange.start, contentRange.end);
      if (!outletVoice && isOpinion(content)) continue;
      if (parts.form === 'passive' && cue.stance === 'asserts' && !hasCheckableCore(text, 0, findDateMentions(text, null))) continue;
      const frameDates = findDateMentions(text, article.published_on).filter((d) => parts.frame.some((f) => d.start >= f.start && d.end <= f.end));
      const explicit = frameDates.find((d) => d.date !== null || d.sameDay);
      const pronounDate = 'via' in resolved && resolved.via === 'pronoun' ? previousDate : null;
      const assertedOn = explicit
        ? explicit.date ?? (explicit.sameDay ? lastDate : null)
        : outletVoice || cue.tense === 'present' ? article.published_on : pronounDate;
      const dateOpen = !explicit && !outletVoice && cue.tense === 'past' && pronounDate === null;
      const stance: Stance = cue.nonDenial ? 'asserts' : cue.stance;
      const verb = outletVoice ? null : cue.lemma === 'tell' ? 'said' : cue.text;
      const unitCues = cues.filter((c) => c.start >= unit.start && c.end <= unit.end && c !== cue).map(shift);
      const made = frameClaims({
        text, offset: view.start + unit.start, content: contentRange, speaker: resolved.speaker, verb,
        withThat: parts.thatClause || parts.contentFirst, stance, cues: unitCues, assertedOn, dateOpen, fallbackUnit: lastUnit,
        subjectText: parts.subject,
      });
      claims.push(...made);
      results[index] = { speaker: resolved.speaker, assertedOn, dateOpen };
      if (resolved.speaker.name === null && resolved.speaker.org === null) continue;
      const speaking = 'person' in resolved ? resolved.person : null;
      if (speaking) mentioned.unshift(speaking);
    }
    lastUnit = claims.filter((c) => c.quantity?.unit).pop()?.quantity?.unit ?? lastUnit;
    finish();
  });

  for (const index of continuations) claims.push(...continuationClaims(views, results, index, article.published_on));
  inheritSpeakerDates(claims, article.published_on);
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}

function narrativeClaims(view: SentenceView, dates: readonly DateMention[], state: SpeakerState, publishedOn: string | null, lastUnit: string | null): DraftClaim[] {
  const quantities = findQuantities(view.text, { fallbackUnit: lastUnit });
  if (!hasCheckableCore(view.text, quantities.length, dates)) return [];
  return frameClaims({
    text: view.text, offset: view.start, content: { start: 0, end: view.text.length }, speaker: outletSpeaker(state),
    verb: null, withThat: false, stance: 'asserts', cues: [], assertedOn: publishedOn, dateOpen: false, fallbackUnit: lastUnit,
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
    verb: 'said', withThat: true, stance: 'asserts', cues, assertedOn: source.assertedOn, dateOpen: source.dateOpen, fallbackUnit: null,
  });
}

const TIMELINE_OCCASIONS = 4;

/**
 * A past-tense statement with no date of its own takes its speaker's date when every dated
 * statement by that speaker in the article names the same day (one briefing, reported at length).
 */
function inheritSpeakerDates(claims: DraftClaim[], publishedOn: string | null): void {
  // A timeline article (statements on many different days) gives no safe default occasion.
  const occasions = new Set(claims.filter((c) => !c.dateOpen && c.asserted_on !== null && c.asserted_on !== publishedOn).map((c) => c.asserted_on));
  if (occasions.size >= TIMELINE_OCCASIONS) return;
  const datesBySpeaker = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.dateOpen || c.asserted_on === null || (c.speaker.name === null && c.speaker.org === null)) continue;
    const key = speakerKey(c.speaker);
    const set = datesBySpeaker.get(key) ?? new Set<string>();
    set.add(c.asserted_on);
    datesBySpeaker.set(key, set);
  }
  for (const c of claims) {
    if (!c.dateOpen || c.asserted_on !== null) continue;
    const set = datesBySpeaker.get(speakerKey(c.speaker));
    if (set && set.size === 1) c.asserted_on = [...set][0] ?? null;
  }
}
