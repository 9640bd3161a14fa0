// When was a statement made? The date in its attribution ("said on Monday"), unless that date sits
// in a clause about an event ("who visited the site on Monday", "After talks collapsed on
// Wednesday, …"). News stories usually report one occasion per speaker and date it once: that
// date carries to the speaker's other statements, and an institution shares the occasion of the
// spokesperson speaking for it. In a timeline story (many occasions) a date carries only to the
// speaker's statements that follow it directly.
import type { Speaker } from '../../../schemas/index.js';
import type { DraftClaim } from './claims.js';
import type { Range } from './text.js';

/** This many distinct stated days (besides the article date) make an article a timeline. */
const TIMELINE_OCCASIONS = 4;

/** A sentence describing an occasion, whose day a following "she said" may share. */
export const OCCASION_SCENE = /\b(?:spoke|speaking|speech|briefing|interview|(?:press|news)\s+conference|remarks|hearing|appearance|addressed|asked)\b/iu;

/** Words naming the occasion of a statement rather than an event. */
export const OCCASION = /\b(?:spoke|speaking|speech|briefing|interview|(?:press|news)\s+conference|statement|told|addressed|remarks|hearing|appearance|asked|wrote|posted|announced|reported|stated|noted|informed|confirmed|declared|said|says|testified|commented|meeting\s+with\s+(?:reporters|journalists))\b/iu;
const SUBORDINATOR = /(?:^|[,;(]\s*|\s)(?:after|when|since|before|as|following|while|until|once|because|although|though|who|which|where|whose|amid)\b/giu;

/** Clauses of `text` about events (subordinate and relative clauses without an occasion word). */
export function eventClauses(text: string): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(SUBORDINATOR)) {
    const start = m.index + m[0].length - m[0].trimStart().replace(/^[,;(]\s*/u, '').length;
    const stop = /[,;)]/u.exec(text.slice(start));
    const end = stop ? start + stop.index : text.length;
    if (!OCCASION.test(text.slice(start, end))) ranges.push({ start, end });
  }
  return ranges;
}

const orgWords = (org: string) => org.toLowerCase().replace(/[^\p{L}\s]/gu, '').split(/\s+/u).filter((w) => w !== '' && w !== 'the');
/** "the ministry" and "education ministry" are one body: same head word, one name's words all in the other's. */
function sameOrg(a: string, b: string): boolean {
  const [wa, wb] = [orgWords(a), orgWords(b)];
  if (wa.length === 0 || wb.length === 0) return false;
  const [small, large] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return small[small.length - 1] === large[large.length - 1] && small.every((w) => large.includes(w));
}

function occasionsOf(claims: readonly DraftClaim[], match: (s: Speaker) => boolean): Set<string> {
  const days = new Set<string>();
  for (const c of claims) if (c.dateSource === 'explicit' && c.asserted_on !== null && match(c.speaker)) days.add(c.asserted_on);
  return days;
}

/** Statements that open with a new-occasion adverb ("Later, Roe said …") are not the one before. */
// Case by hand: with the i flag \p{Lu} would match lower-case letters too ("In so much …").
const NEW_OCCASION = /^\W*(?:[Ll]ater|[Ee]arlier|[Pp]reviously|[Ss]ubsequently|[Aa]fterwards|[Tt]hen|[Mm]eanwhile|[Ii]n\s+(?:[Ee]arly|[Mm]id|[Ll]ate)?\s*\p{Lu}\p{Ll}+|[Ll]ast\s+\p{Ll}+|[Oo]n\s+\p{Lu}\p{Ll}+)\b/u;

const EARLIER_OCCASION = /^\W*(?:[Ee]arlier|[Pp]reviously|[Ii]n\s+(?:[Ee]arly|[Mm]id|[Ll]ate)?\s*\p{Lu}\p{Ll}+|[Ll]ast\s+(?:week|month|year))\b/u;

/** Fill asserted_on of undated present- and past-tense reports from their speaker's occasion. */
export function carryOccasions(claims: DraftClaim[], publishedOn: string | null, text = ''): void {
  const ordered = [...claims].sort((a, b) => a.start - b.start);
  const stated = new Set(ordered.filter((c) => c.dateSource === 'explicit' && c.asserted_on !== null && c.asserted_on !== publishedOn).map((c) => c.asserted_on));
  const timeline = stated.size >= TIMELINE_OCCASIONS;
  const speakerMatch = (s: Speaker) => (t: Speaker) => (s.name !== null ? t.name === s.name : t.name === null && t.org !== null && sameOrg(t.org, s.org ?? ''));
  ordered.forEach((claim, index) => {
    if (claim.dateSource !== 'present' && claim.dateSource !== 'past') return;
    const { name, org } = claim.speaker;
    if (name === null && org === null) return;
    if (timeline) {
      // The statement right after a dated one by the same speaker, with no new occasion between.
      const previous = ordered.slice(0, index).reverse().find((c) => c.end <= claim.start || c.start === claim.start);
      const fresh = NEW_OCCASION.test(text.slice(claim.start, claim.end));
      if (previous && previous.asserted_on && previous.dateSource === 'explicit' && !fresh && (name !== null ? previous.speaker.name === name : speakerMatch(claim.speaker)(previous.speaker))) {
        claim.asserted_on = previous.asserted_on;
        claim.dateSource = 'explicit';
        return;
      }
    } else {
      let days = name !== null ? occasionsOf(claims, (s) => s.name === name) : new Set<string>();
      if (days.size === 0 && org !== null) days = occasionsOf(claims, (s) => s.org !== null && sameOrg(s.org, org));
      // "Earlier, the ministry reported …" looks back to another occasion than the one stated.
      if (days.size === 1 && !EARLIER_OCCASION.test(text.slice(claim.start, claim.end))) {
        claim.asserted_on = [...days][0] ?? null;
        return;
      }
      if (days.size > 0) return;
    }
    if (claim.dateSource === 'past' && publishedOn !== null && !NEW_OCCASION.test(text.slice(claim.start, claim.end))) {
      // "Roe says …" (today) and later "Roe said …": the only occasion is the article's own day.
      const speaksToday = claims.some((c) => c.dateSource === 'present' && speakerMatch(claim.speaker)(c.speaker));
      if (speaksToday) claim.asserted_on = publishedOn;
    }
  });
}
