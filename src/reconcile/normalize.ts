// Stage 1: every claim → a comparable form (tokens, speaker identity, interval, day, measure).
import type { Claim } from '../../schemas/index.js';
import { extractMeasure, type Measure } from './measure.js';
import { quantityFigures, toInterval, type Interval } from './quantity.js';
import { subjectOrg } from './org.js';
import { normalizeSpeaker, type NormalizedSpeaker } from './speaker.js';
import { foldAliases, statementTokens, words } from './text.js';

export interface NormalizedClaim {
  claim: Claim;
  /** Position in the id-sorted claim list: the index every later stage uses. */
  index: number;
  /** Distinct statement tokens, the speaker's own name words removed. */
  tokens: string[];
  speaker: NormalizedSpeaker;
  interval: Interval | null;
  /** Days since 1970-01-01, null when the claim is undated. */
  day: number | null;
  /** Set only for claims with a quantity. */
  measure: Measure | null;
}

export function dayNumber(isoDate: string | null): number | null {
  if (isoDate === null) return null;
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000);
}

/** Words that name the speaker: "Smith said ..." should not make two statements look alike. */
function speakerWords(claim: Claim): Set<string> {
  const subject = claim.speaker.name === null && claim.speaker.org === null ? subjectOrg(claim.statement) : null;
  const parts = [claim.speaker.name ?? '', claim.speaker.org ?? '', subject ?? ''].join(' ');
  return new Set(words(foldAliases(parts)).filter((w) => w.length > 2 && !/^\d/.test(w)));
}

/** Deterministic order regardless of input order: by id, then by where the quote sits. */
export function sortClaims(claims: readonly Claim[]): Claim[] {
  return [...claims].sort(
    (a, b) =>
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
      (a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : 0) ||
      a.span.start - b.span.start ||
      a.span.end - b.span.end,
  );
}

export function normalizeClaims(claims: readonly Claim[]): NormalizedClaim[] {
  return sortClaims(claims).map((claim, index) => ({
    claim,
    index,
    tokens: [...new Set(statementTokens(claim.statement, speakerWords(claim)))].sort(),
    speaker: normalizeSpeaker(claim.speaker, claim.statement),
    interval: claim.quantity === null ? null : toInterval(claim.quantity),
    day: dayNumber(claim.asserted_on),
    measure:
      claim.quantity === null
        ? null
        : extractMeasure(claim.statement, claim.quantity.unit, quantityFigures(claim.quantity)),
  }));
}

/** Inverse document frequency over the claim set: rare tokens say more about a proposition. */
export function inverseDocumentFrequency(claims: readonly NormalizedClaim[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const c of claims) for (const t of c.tokens) df.set(t, (df.get(t) ?? 0) + 1);
  const n = claims.length;
  const idf = new Map<string, number>();
  for (const [token, count] of df) idf.set(token, Math.log(1 + n / count));
  return idf;
}
