// Dates and times in a sentence, resolved to calendar days against the article date:
// "Oct. 29" (year from the article), "on Monday" (the most recent Monday on or before the
// article date), "yesterday", "this morning", "last week". Vague ones ("last month") stay null.

export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'time';

export interface DateMention {
  start: number;
  end: number;
  /** YYYY-MM-DD, or null when the mention is too vague or there is no article date to resolve it. */
  date: string | null;
  precision: DatePrecision;
  /** "on the same day": refers back to the last date the article named. */
  sameDay?: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

const PATTERNS: Array<{ re: RegExp; kind: 'md' | 'dm' | 'iso' | 'numeric' | 'dotted' | 'my' | 'month' | 'weekday' | 'relative' | 'time' | 'year' }> = [
  { re: new RegExp(String.raw`\b(?:${WEEKDAY},?\s+)?(${MONTH})\s+${DAY}(?:\s*[-–]\s*\d{1,2})?(?:,?\s+(\d{4}))?\b`, 'gu'), kind: 'md' },
  { re: new RegExp(String.raw`\b${DAY}(?:\s*[-–]\s*\d{1,2})?\s+(?:of\s+)?(${MONTH})(?:,?\s+(\d{4}))?\b`, 'gu'), kind: 'dm' },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/gu, kind: 'iso' },
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{2,4})\b/gu, kind: 'numeric' },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/gu, kind: 'dotted' },
  { re: new RegExp(String.raw`\b(${MONTH})\s+(\d{4})\b`, 'gu'), kind: 'my' },
  { re: new RegExp(String.raw`\b(?:in|since|until|by|during|from|of)\s+(?:early\s+|mid-?|late\s+)?(${MONTH})\b(?!\s+\d)`, 'gu'), kind: 'month' },
  { re: new RegExp(String.raw`\b(?:(?:on|last|this|next|since|by|until|from)\s+)?(${WEEKDAY})\b(?:\s+(?:morning|afternoon|evening|night))?`, 'gu'), kind: 'weekday' },
  // "BBC Radio 4's Today programme" names a show, not a day.
  { re: /\b(?:(?:earlier|later)\s+)?(yesterday|today(?!\s+(?:programme|program|show|newspaper))|tonight|this\s+(?:morning|afternoon|evening|week|month|year)|last\s+(?:night|week|month|year|weekend)|earlier\s+this\s+(?:week|month|year)|on\s+the\s+same\s+day|the\s+same\s+day|a\s+day\s+(?:earlier|before))\b/giu, kind: 'relative' },
  { re: /\b\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?|\b\d{1,2}\s*(?:[ap]\.m\.|[AP]M\b|[ap]m\b)/gu, kind: 'time' },
  // A year: not before a plural noun ("2000 troops"), unless a time preposition says so ("since 1992 workers …").
  { re: /\b(?:[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Dd]uring)\s+(?:1[89]\d{2}|20\d{2})\b(?![\d,])|(?<![\d,.$€£])\b(?:1[89]\d{2}|20\d{2})\b(?![\d,])(?!\s+[a-z]+s\b)|\bthe\s+(?:1[89]|20)\d0s\b/gu, kind: 'year' },
];

export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The most recent `weekday` on or before the article date (a report says "on Monday" of the past). */
export function resolveWeekday(weekday: string, publishedOn: string): string | null {
  const target = WEEKDAYS.indexOf(weekday.toLowerCase());
  if (target < 0) return null;
  const current = new Date(`${publishedOn}T00:00:00Z`).getUTCDay();
  return addDays(publishedOn, -((current - target + 7) % 7));
}

/** A month and day without a year take the article's year, or the one before if that is well ahead. */
function withInferredYear(month: number, day: number, year: number | null, publishedOn: string | null): string | null {
  if (year !== null) return isoDate(year, month, day);
  if (publishedOn === null) return null;
  const articleYear = Number(publishedOn.slice(0, 4));
  const guess = isoDate(articleYear, month, day);
  if (guess !== null && guess > addDays(publishedOn, 31)) return isoDate(articleYear - 1, month, day);
  return guess;
}

function monthOf(word: string | undefined): number | undefined {
  return word === undefined ? undefined : MONTHS[word.toLowerCase().replace(/\.$/u, '')];
}

function resolveRelative(phrase: string, publishedOn: string | null): Omit<DateMention, 'start' | 'end'> {
  const p = phrase.toLowerCase().replace(/\s+/gu, ' ');
  if (/same day|day (?:earlier|before)/u.test(p)) return { date: null, precision: 'day', sameDay: /same day/u.test(p) };
  if (publishedOn === null) return { date: null, precision: /week/u.test(p) ? 'week' : 'day' };
  if (/yesterday|last night/u.test(p)) return { date: addDays(publishedOn, -1), precision: 'day' };
  if (/today|tonight|this (?:morning|afternoon|evening)/u.test(p) && !/earlier this|later this/u.test(p)) return { date: publishedOn, precision: 'day' };
  if (/^last week(?:end)?$/u.test(p)) return { date: addDays(publishedOn, -7), precision: 'week' };
  if (/week/u.test(p)) return { date: null, precision: 'week' };
  if (/month/u.test(p)) return { date: null, precision: 'month' };
  return { date: null, precision: 'year' };
}

/** Every date or time expression in `text`, resolved against `publishedOn` where possible. */
export function findDateMentions(text: string, publishedOn: string | null): DateMention[] {
  const found: DateMention[] = [];
  const free = (s: number, e: number) => !found.some((f) => s < f.end && e > f.start);
  for (const { re, kind } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const mention = resolveMatch(kind, m, publishedOn);
      if (mention) found.push({ start, end, ...mention });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function resolveMatch(kind: string, m: RegExpMatchArray, publishedOn: string | null): Omit<DateMention, 'start' | 'end'> | null {
  switch (kind) {
    case 'md': {
      const month = monthOf(m[1]);
      if (month === undefined || (m[1] === 'May' && m[2] === undefined)) return null;
      return { date: withInferredYear(month, Number(m[2]), m[3] ? Number(m[3]) : null, publishedOn), precision: 'day' };
    }
    case 'dm': {
      const month = monthOf(m[2]);
      if (month === undefined) return null;
      return { date: withInferredYear(month, Number(m[1]), m[3] ? Number(m[3]) : null, publishedOn), precision: 'day' };
    }
    case 'iso':
      return { date: isoDate(Number(m[1]), Number(m[2]), Number(m[3])), precision: 'day' };
    case 'numeric': {
      // "06/14/2024" month first (the US order) unless the first number cannot be a month.
      const year = Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
      const [first, second] = [Number(m[1]), Number(m[2])];
      return { date: first > 12 ? isoDate(year, second, first) : isoDate(year, first, second), precision: 'day' };
    }
    case 'dotted': // "18.06.2024": day first, wherever dots are used
      return { date: isoDate(Number(m[3]), Number(m[2]), Number(m[1])), precision: 'day' };
    case 'my':
    case 'month':
      return { date: null, precision: 'month' };
    case 'weekday':
      return { date: publishedOn && m[1] ? resolveWeekday(m[1], publishedOn) : null, precision: 'day' };
    case 'relative':
      return resolveRelative(m[1] ?? m[0], publishedOn);
    case 'time':
      return { date: null, precision: 'time' };
    default:
      return { date: null, precision: 'year' };
  }
}

/** Spans of every date/time/year expression: numbers in them are not quantities. */
export function findTimeExpressions(text: string): Array<{ start: number; end: number }> {
  return findDateMentions(text, null).map(({ start, end }) => ({ start, end }));
}
