// The claim as one self-contained sentence: the speaker made explicit ("Jane Roe said that …"),
// quotation marks dropped, and the sentence closed. The quote stays verbatim elsewhere.
import type { Speaker } from '../../../schemas/index.js';
import { stripQuoteMarks } from './text.js';

export interface StatementParts {
  speaker: Speaker;
  /** The cue as written ("said", "could not confirm", "according to"); null for the outlet's own voice. */
  verb: string | null;
  content: string;
  /** Join with "that" (reported speech) rather than directly ("denied the reports"). */
  withThat: boolean;
  /** The subject as written, named when it resolves to no person or organisation ("Officials"). */
  fallbackLabel?: string | null;
  /** Overrides the speaker's label ("Newswire" rather than the outlet's web address). */
  label?: string | null;
}

function finish(text: string): string {
  let t = text.replace(/\s+/gu, ' ').trim().replace(/[,;:\s–—-]+$/u, '');
  if (!t) return t;
  t = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/u.test(t) ? t : `${t}.`;
}

export function speakerLabel(speaker: Speaker): string | null {
  if (speaker.name) return speaker.name;
  // "the union", "the authorities": a body named by a common noun keeps its article.
  if (speaker.org) return /^\p{Ll}/u.test(speaker.org) && !/\./u.test(speaker.org) ? `the ${speaker.org}` : speaker.org;
  return null;
}

/** Build the statement; falls back to the cleaned content when there is no speaker to name. */
export function buildStatement(parts: StatementParts): string {
  // "that" opening a clause goes; "that figure" keeps its determiner.
  const content = stripQuoteMarks(parts.content)
    .replace(/^(?:(?:that(?!\s+\S+(?:\s+\S+)?[.!?]?$)|but|and|so|adding|saying|noting|stressing|explaining)\b,?\s*|,\s*)+/iu, '')
    .replace(/\s*[[\]]\s*/gu, ' ')
    .trim();
  const label = parts.label ?? speakerLabel(parts.speaker) ?? parts.fallbackLabel ?? null;
  if (!label || !parts.verb) return finish(content);
  if (/^according to$/iu.test(parts.verb)) return finish(`According to ${label}, ${lowerFirst(content)}`);
  const joiner = parts.withThat ? ' that ' : ' ';
  return finish(`${label} ${parts.verb.toLowerCase()}${joiner}${lowerFirst(content)}`);
}

/** Lower-case a sentence-initial word unless it looks like a name or acronym. */
function lowerFirst(text: string): string {
  const first = /^\S+/u.exec(text)?.[0] ?? '';
  if (/^(?:The|A|An|There|There['’]s|These|Those|This|That|That['’]s|It|It['’]s|They|They['’]re|We|We['’](?:re|ve|ll|d)|Our|Its|Their|His|Her|In|On|At|As|If|Some|Most|All|Both|Initial|Indications|Exact|Any|No|Several|Many|More|Fewer|Less|About|Around|Nearly|Almost|Roughly|Over|Only|Just|Between|Up|Another|Each|Every|Police|Rescuers|Officials|Workers|Residents)$/u.test(first)) {
    return text.charAt(0).toLowerCase() + text.slice(1);
  }
  return text;
}
