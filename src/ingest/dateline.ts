// Finds the publication date in an article's dateline: a date written near the top of the text,
// in the forms news sites use ("November 5, 2024", "Nov. 5, 2024", "19 November, 2024",
// "5 Nov 2024", "2024-11-05", "03/04/2023", "04.03.2023"). General English month names only.

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
const ORDINAL = '(?:st|nd|rd|th)?';

/** "November 5, 2024", "Nov. 5 2024", "Tuesday, Nov 5th, 2024" */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?!\\d)`, 'giu');
/** "19 November, 2024", "5 Nov 2024", "5th of November 2024" */
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}\\b\\.?,?\\s+(\\d{4})(?!\\d)`, 'giu');
/** "2024-11-05", "2024/11/05", also the date part of an ISO timestamp. */
const ISO = /(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/gu;
/** "03/04/2023": month first (the US order) unless the first number cannot be a month. */
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/gu;
/** "04.03.2023": day first, the order wherever dots are used. */
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/gu;

/** A dateline stands on a short line of its own, unlike a date inside a caption or sentence. */
const MAX_DATELINE_LINE_CHARS = 80;
const DEFAULT_WINDOW_CHARS = 800;

interface DateCandidate {
  at: number;
  iso: string;
}

/** YYYY-MM-DD when year, month and day form a real calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string | undefined): number {
  return MONTHS.get((name ?? '').toLowerCase()) ?? 0;
}

function candidates(text: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const iso = isoDate(Number(m[3]), monthNumber(m[1]), Number(m[2]));
    if (iso) found.push({ at: m.index, iso });
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const iso = isoDate(Number(m[3]), monthNumber(m[2]), Number(m[1]));
    if (iso) found.push({ at: m.index, iso });
  }
  for (const m of text.matchAll(ISO)) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) found.push({ at: m.index, iso });
  }
  for (const m of text.matchAll(SLASHED)) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    const iso = first > 12 ? isoDate(Number(m[3]), second, first) : isoDate(Number(m[3]), first, second);
    if (iso) found.push({ at: m.index, iso });
  }
  for (const m of text.matchAll(DOTTED)) {
    const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) found.push({ at: m.index, iso });
  }
  return found.sort((a, b) => a.at - b.at);
}

function lineLengthAt(text: string, at: number): number {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return (end === -1 ? text.length : end) - start;
}

/**
 * The publication date from a dateline in the first `windowChars` of the text, as YYYY-MM-DD.
 * A date on a short line of its own wins over one inside a sentence; otherwise the first date.
 */
export function findDateline(text: string, windowChars: number = DEFAULT_WINDOW_CHARS): string | null {
  const head = text.slice(0, windowChars);
  const found = candidates(head);
  const onOwnLine = found.find((c) => lineLengthAt(head, c.at) <= MAX_DATELINE_LINE_CHARS);
  return (onOwnLine ?? found[0])?.iso ?? null;
}
