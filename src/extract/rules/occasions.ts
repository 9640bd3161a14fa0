// When was an undated statement made? News stories usually report one occasion per speaker (a
// briefing, an interview) and date it once: "…, said Roe, who spoke at a briefing on Monday".
// That date carries to the speaker's other statements, and an institution shares the occasion
// of the spokesperson speaking for it. A timeline story (many occasions) carries nothing.
import type { Speaker } from '../../../schemas/index.js';
import type { DraftClaim } from './claims.js';

/** This many distinct stated days (besides the article date) make an article a timeline. */
const TIMELINE_OCCASIONS = 4;

const orgKey = (s: Speaker) => (s.org ?? '').toLowerCase();

function occasionsOf(claims: readonly DraftClaim[], match: (s: Speaker) => boolean): Set<string> {
  const days = new Set<string>();
  for (const c of claims) if (c.dateSource === 'explicit' && c.asserted_on !== null && match(c.speaker)) days.add(c.asserted_on);
  return days;
}

/** Fill asserted_on of undated present- and past-tense reports from their speaker's one occasion. */
export function carryOccasions(claims: DraftClaim[], publishedOn: string | null): void {
  const stated = new Set(claims.filter((c) => c.dateSource === 'explicit' && c.asserted_on !== null && c.asserted_on !== publishedOn).map((c) => c.asserted_on));
  const timeline = stated.size >= TIMELINE_OCCASIONS;
  for (const claim of claims) {
    if (claim.dateSource !== 'present' && claim.dateSource !== 'past') continue;
    const { name, org } = claim.speaker;
    if (name === null && org === null) continue;
    let days = timeline ? new Set<string>() : name !== null ? occasionsOf(claims, (s) => s.name === name) : new Set<string>();
    if (!timeline && days.size === 0 && org !== null) days = occasionsOf(claims, (s) => orgKey(s) === org.toLowerCase());
    if (days.size === 1) {
      claim.asserted_on = [...days][0] ?? null;
      continue;
    }
    if (claim.dateSource === 'past' && days.size === 0 && publishedOn !== null) {
      // "Roe says …" (today) and later "Roe said …": the only occasion is the article's own day.
      const speaksToday = claims.some((c) => c.dateSource === 'present' && (name !== null ? c.speaker.name === name : orgKey(c.speaker) === org!.toLowerCase()));
      if (speaksToday) claim.asserted_on = publishedOn;
    }
  }
}
