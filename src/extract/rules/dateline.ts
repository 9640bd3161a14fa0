// Wire datelines opening a story or a paragraph: "LONDON (Reuters) - ", "June 19 (Newswire) - ",
// "PORTVILLE, Eastland, 19.06.2024 (Agency) — ", "PARIS, June 19 — ". They are not part of the
// sentence that follows, and the agency in parentheses is the outlet itself.

export interface Dateline {
  /** Characters of the sentence the dateline takes, trailing dash and spaces included. */
  length: number;
  /** The wire agency named in parentheses, or null. */
  agency: string | null;
}

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?)`;
const DATE = String.raw`(?:${WEEKDAY},?\s+)?(?:${MONTH}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}(?:,?\s+\d{4})?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|${WEEKDAY})`;
/** An upper-case place, optionally followed by a region or country in title case. */
const PLACE = String.raw`\p{Lu}[\p{Lu}\s.'’-]{1,30}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?`;
const AGENCY = String.raw`\(([^()]{1,40})\)`;
const DASH = String.raw`(?:[-–—]+|:)`;

const WITH_PLACE = new RegExp(String.raw`^${PLACE}(?:,?\s*${DATE})?\s*(?:${AGENCY})?\s*${DASH}\s+(?=[\p{Lu}“"‘'])`, 'u');
const DATE_ONLY = new RegExp(String.raw`^${DATE}\s*(?:${AGENCY})?\s*${DASH}\s+(?=[\p{Lu}“"‘'])`, 'u');

/** The dateline at the start of `sentence`, or null when it has none. */
export function findDateline(sentence: string): Dateline | null {
  const m = WITH_PLACE.exec(sentence) ?? DATE_ONLY.exec(sentence);
  if (!m) return null;
  // A colon ends a dateline only after an upper-case place ("PARIS: …"), never after a date or agency alone.
  if (/:\s*$/u.test(m[0]) && !/^\p{Lu}{2,}/u.test(sentence)) return null;
  return { length: m[0].length, agency: m[1]?.trim() || null };
}
