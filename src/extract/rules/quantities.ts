// Quantities in a sentence: cardinals with their qualifier ("at least", "about", "up to" …),
// ranges, vague counts ("a couple thousand", "dozens", "a small number") and the counted noun.
// Dates, times, years, ages, ordinals, durations and numbers inside names are not quantities.
import type { Qualifier, Quantity } from '../../../schemas/index.js';
import { CARDINAL_SOURCE, parseCardinal, SCALES } from './numbers.js';
import { findTimeExpressions } from './dates.js';
import { unitAfter, unitFromContext, isTimeUnit, type UnitWord } from './units.js';

export interface QuantityMention {
  quantity: Quantity;
  /** The number expression with its qualifier, as offsets into the text. */
  start: number;
  end: number;
  /** End of the counted noun when one follows the number (else `end`). */
  nounEnd: number;
}

const QUALIFIERS: Array<[Qualifier, string]> = [
  ['at_least', 'at least|no fewer than|no less than|not fewer than|not less than|a minimum of'],
  ['up_to', 'up to|as many as|as much as|as high as'],
  ['at_most', 'at most|no more than|not more than|fewer than|less than|a maximum of|just under|under|below'],
  ['more_than', 'more than|in excess of|upwards of|well over|just over|over|above|exceeding'],
  ['about', 'about|approximately|approx\\.|around|roughly|nearly|almost|some|an estimated|estimated|close to|closer to|circa|an approximate'],
];
const QUALIFIER_BEFORE = new RegExp(String.raw`\b(${QUALIFIERS.map(([, w]) => w).join('|')})\s*$`, 'iu');
const QUALIFIER_AFTER: Array<[Qualifier, RegExp]> = [
  ['at_least', /^\s*(?:or more|or higher|or above)\b/iu],
  ['about', /^\s*(?:or so)\b/iu],
  ['at_most', /^\s*(?:or fewer|or less)\b/iu],
  ['more_than', /^-?plus\b/iu],
];

const CARD = `(?:${CARDINAL_SOURCE})`;
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?:hundred|thousand|million|billion|trillion)\b)?`;
/** A currency sign may stand before either end of a range: "between $9 million and $11 million". */
const CUR = String.raw`[$€£¥]?`;
const RANGE = new RegExp(
  String.raw`(?:\bbetween\s+${CUR}(${CARD})\s+and\s+${CUR}(${CARD})|\bfrom\s+${CUR}(${CARD})\s+to\s+${CUR}(${CARD})|(?<![\p{L}\d.,])(${CARD})\s+(?:to|or)\s+${CUR}(${CARD})|(?<![\p{L}\d.,])(${DIGITS})\s*(?:-|–|—)\s*${CUR}(${DIGITS}))(?!\d|,\d)`,
  'giu',
);
const SINGLE = new RegExp(String.raw`(?<![\p{L}\d.,-])(?:${CARD})(?![\d\p{L}])`, 'giu');

const SCALE_WORDS = 'hundred|thousand|million|billion|dozen';
const VAGUE: Array<{ re: RegExp; make: (scale: number) => Omit<Quantity, 'unit'> }> = [
  { re: /\b(hundreds|thousands)\s+of\s+(thousands|millions)\b/giu, make: (s) => q(null, 2 * s, 10 * s - 1, 'range') },
  { re: new RegExp(String.raw`\b(?:a\s+)?couple\s+(?:of\s+)?(${SCALE_WORDS})\b`, 'giu'), make: (s) => q(2 * s, null, null, 'about') },
  { re: new RegExp(String.raw`\b(?:a\s+)?few\s+(${SCALE_WORDS})\b`, 'giu'), make: (s) => q(null, 2 * s, 5 * s, 'range') },
  { re: new RegExp(String.raw`\bseveral\s+(${SCALE_WORDS})\b`, 'giu'), make: (s) => q(null, 3 * s, 9 * s, 'range') },
  { re: /\btens\s+of\s+(thousands|millions)\b/giu, make: (s) => q(null, 20 * s, 100 * s - 1, 'range') },
  { re: /\b(hundreds|thousands|millions|dozens)\s+of\b/giu, make: (s) => q(null, 2 * s, 10 * s - 1, 'range') },
  { re: /\b(hundreds|thousands|millions|dozens)\b(?=\s+(?:more\s+)?[a-z]+s\b)/gu, make: (s) => q(null, 2 * s, 10 * s - 1, 'range') },
  { re: /\ba\s+(dozen)\b/giu, make: () => q(12, null, null, 'about') },
  { re: /(?<=\b(?:first|last|next|another|initial)\s+)(hundred|thousand|million)\b/giu, make: (s) => q(s, null, null, 'exact') },
  { re: /\b(?:a\s+)?(?:small(?:er)?|limited|handful|tiny)\s+(?:numbers?|handful)\b|\ba\s+handful\b/giu, make: () => q(null, null, null, 'small_number') },
];

const CURRENCIES: Record<string, string> = { $: 'dollars', '€': 'euros', '£': 'pounds', '¥': 'yen' };

function q(value: number | null, low: number | null, high: number | null, qualifier: Qualifier): Omit<Quantity, 'unit'> {
  return { value, low, high, qualifier };
}

function scaleFor(word: string | undefined): number {
  const w = (word ?? '').toLowerCase().replace(/s$/u, '');
  if (w === 'dozen') return 12;
  return SCALES[w] ?? 1;
}

/** Quote marks and brackets become spaces so "a ‘couple thousand’" reads as a phrase; offsets stay. */
function blankPunctuation(text: string): string {
  return text.replace(/[“”‘’"«»[\]()]/gu, (ch) => (ch === '’' ? '’' : ' ')).replace(/(^|\s)’|’(?=\s|$)/gu, (m) => m.replace('’', ' '));
}

/** Find every quantity in `text`, in order. `fallbackUnit` names the counted noun when the text does not. */
export function findQuantities(text: string, options: { fallbackUnit?: string | null } = {}): QuantityMention[] {
  const plain = blankPunctuation(text);
  const masked = maskNonQuantities(plain);
  const found: QuantityMention[] = [];
  const free = (s: number, e: number) => !found.some((m) => s < m.end && e > m.start) && !/#/u.test(masked.slice(s, e));

  const add = (start: number, end: number, base: Omit<Quantity, 'unit'>, byUnitDefault = true, measure: UnitWord | null = null) => {
    const sign = base.qualifier === 'range' ? /[$€£¥]/u.exec(plain.slice(start, end))?.[0] : undefined;
    const currency = CURRENCIES[sign ?? plain[start - 1] ?? ''];
    const lead = currency && !sign ? start - 1 : start; // "at least $15 million": the qualifier is before the sign
    const unit = measure ?? (currency ? { word: currency, end } : unitAfter(plain, end));
    if (unit && isTimeUnit(unit.word)) return;
    let qty: Omit<Quantity, 'unit'> = base;
    let qStart = start;
    let qEnd = end;
    if (base.qualifier !== 'range' && base.qualifier !== 'small_number') {
      const before = QUALIFIER_BEFORE.exec(plain.slice(Math.max(0, lead - 20), lead));
      const after = QUALIFIER_AFTER.find(([, re]) => re.test(plain.slice(end)));
      if (before?.[1]) {
        qty = { ...base, qualifier: qualifierOf(before[1]) };
        qStart = lead - before[0].length;
      } else if (after) {
        qty = { ...base, qualifier: after[0] };
        qEnd = end + (after[1].exec(plain.slice(end))?.[0].length ?? 0);
      }
    }
    // The previous sentence's noun only for an elided one: "a couple of thousand more", "200 others".
    const elided = /^\s*(?:more|others?|additional|extra|of\s+(?:them|whom|those|these))\b/iu.test(plain.slice(qEnd));
    const magnitude = /\bmagnitude\b[^.;,]{0,30}$/iu.test(plain.slice(Math.max(0, start - 40), start)) ? 'magnitude' : null;
    const unitWord = unit?.word ?? magnitude ?? (byUnitDefault ? unitFromContext(plain, start, found, elided ? options.fallbackUnit ?? null : null) : null);
    found.push({ quantity: { ...qty, unit: unitWord }, start: qStart, end: qEnd, nounEnd: unit?.end ?? qEnd });
  };

  for (const v of VAGUE) {
    for (const m of masked.matchAll(v.re)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      add(m.index, m.index + m[0].length, v.make(scaleFor(m[1]) * (m[2] ? scaleFor(m[2]) : 1)));
    }
  }
  for (const m of masked.matchAll(RANGE)) {
    const lowRaw = m[1] ?? m[3] ?? m[5] ?? m[7];
    const highRaw = m[2] ?? m[4] ?? m[6] ?? m[8];
    let low = lowRaw ? parseCardinal(lowRaw) : null;
    const high = highRaw ? parseCardinal(highRaw) : null;
    if (low === null || high === null || !free(m.index, m.index + m[0].length)) continue;
    const highScale = /\b(hundred|thousand|million|billion|trillion)\b/iu.exec(highRaw ?? '')?.[1];
    if (highScale && !/[a-z]{4,}$/iu.test((lowRaw ?? '').trim()) && low * scaleFor(highScale) <= high) low *= scaleFor(highScale);
    if (low >= high || low === 1 && /^one$/iu.test((lowRaw ?? '').trim())) continue;
    add(m.index, m.index + m[0].length, q(null, low, high, 'range'));
  }
  for (const m of masked.matchAll(MEASURE)) {
    const value = parseCardinal(m[1] ?? '');
    const numberEnd = m.index + (m[1]?.length ?? 0);
    if (value === null || !free(m.index, m.index + m[0].length)) continue;
    add(m.index, numberEnd, q(value, null, null, 'exact'), false, { word: (m[2] ?? '').toLowerCase(), end: m.index + m[0].length });
  }
  for (const m of masked.matchAll(SINGLE)) {
    const raw = m[0];
    if (!free(m.index, m.index + raw.length)) continue;
    const value = parseCardinal(raw);
    if (value === null) continue;
    if (/^(?:one|zero|an?)$/iu.test(raw.trim().split(/\s+/u)[0] ?? '') && !/\s/u.test(raw.trim())) continue;
    if (isInsideName(plain, m.index)) continue;
    add(m.index, m.index + raw.length, q(value, null, null, 'exact'));
  }
  return dropModifierCounts(plain, found.sort((a, b) => a.start - b.start));
}

/** "730 rescuers from 14 countries": a count inside a phrase qualifying the previous count's noun. */
function dropModifierCounts(text: string, mentions: QuantityMention[]): QuantityMention[] {
  return mentions.filter((m, i) => {
    const previous = mentions[i - 1];
    if (!previous?.quantity.unit || previous.nounEnd <= previous.end) return true;
    return !/^\s+(?:from|in|across|of|at)\s+$/u.test(text.slice(previous.nounEnd, m.start));
  });
}

function qualifierOf(words: string): Qualifier {
  const lower = words.toLowerCase().replace(/\s+/gu, ' ');
  for (const [qualifier, list] of QUALIFIERS) {
    if (list.split('|').some((w) => w.replace('\\.', '.') === lower)) return qualifier;
  }
  return 'about';
}

/** Replace dates, times, years, ages, ordinals and model numbers with '#' (same length). */
function maskNonQuantities(text: string): string {
  const chars = text.split('');
  const mask = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (!/\s/u.test(chars[i] ?? '')) chars[i] = '#';
  };
  const apply = (re: RegExp) => {
    for (const m of text.matchAll(re)) mask(m.index, m.index + m[0].length);
  };
  for (const t of findTimeExpressions(text)) mask(t.start, t.end);
  apply(/\b\d+(?:st|nd|rd|th)\b/giu);
  apply(/\b\d+(?:-|\s)(?:year|month|week|day|hour|minute)s?-old\b/giu);
  apply(/\b\d+-(?:year|month|week|day|hour|minute|mile|meter|metre|kilometer|kilometre|foot|inch|member|man|strong)\b/giu);
  apply(/\b(?:aged?|ages)\s+\d+(?:\s*(?:-|to|and)\s*\d+)?/giu);
  apply(/(?<=\p{Lu}[\p{L}'’-]+,\s)\d{1,3}(?=,\s)|(?<=\p{Lu}[\p{L}'’-]+\s)\(\d{1,3}\)/gu); // "Bill Hart, 58," is an age
  // "the two sides", "its three plants": a reference to things already counted, not a count.
  apply(/(?<=\b(?:the|both|its|their|his|her|these|those)\s+)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?=\s+\p{Ll})/giu);
  // "cut from 640 to 410", "up from 84 percent": the old value of a change is not the claim.
  for (const m of text.matchAll(CHANGE_FROM)) if (m.indices?.[1]) mask(m.indices[1][0], m.indices[1][1]);
  apply(/(?<=\b(?:children|kids|people|adults|patients|residents|anyone|those|voters|women|men|girls|boys)\s+(?:under|over|above|below|older\s+than|younger\s+than)\s+)\d+\b(?!\s*(?:%|percent))/giu);
  apply(/\b\p{L}+-?\d+[\p{L}\d]*\b/gu); // F-16, G7, MH17
  apply(new RegExp(String.raw`\b\d+(?!(?:bn|m|k|tn|${MEASURE_UNITS})\b)\p{L}+\b`, 'gu')); // 4G, 3D (but "2bn", "40m", "50cm" are amounts)
  apply(/(?:\bNo\.|\bNos\.|#)\s*\d+/gu);
  apply(/\b\d{1,2}:\d{2}\b/gu);
  // "148 of 300 seats": the total is context for the count, not a second measurement.
  apply(new RegExp(String.raw`(?<=\b(?:\d[\d,.]*|${CARDINAL_SOURCE})\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?)(?:\d{1,3}(?:,\d{3})+|\d+)\b`, 'giu'));
  return chars.join('');
}

/** Units of measure written as symbols, glued to the number or not: "50cm", "80 mm", "6.5 km". */
const MEASURE_UNITS = 'mm|cm|km|kg|mg|mph|kmh|kph|ft|mw|gw|kw|kwh|mwh|gwh|ha|sq\\s?km|km2|m2|m3|mbps|gbps|ppm';
const MEASURE = new RegExp(String.raw`(?<![\p{L}\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(${MEASURE_UNITS})\b`, 'giu');

const CHANGE_VERB = String.raw`(?:up|down|increased|decreased|rose|risen|fell|fallen|dropped|climbed|cut|reduced|raised|lowered|revised|jumped|slipped|declined|grew|grown|shrank|went|gone|changed|trimmed|lifted|boosted|slashed)`;
const CHANGE_FROM = new RegExp(String.raw`\b${CHANGE_VERB}\b[^.;:]{0,60}?\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+)?${CUR}(${CARDINAL_SOURCE})(?![\d,])|\b(?:up|down)\s+from\s+(?:about\s+|around\s+)?${CUR}(${CARDINAL_SOURCE})`, 'giud');

/** "Article 5", "Apollo 11": a number right after a capitalised word mid-sentence belongs to a name. */
function isInsideName(text: string, at: number): boolean {
  const before = /(\p{Lu}[\p{L}.]*)\s$/u.exec(text.slice(Math.max(0, at - 30), at));
  if (!before?.[1]) return false;
  const word = before[1];
  const wordStart = at - 1 - word.length;
  if (QUALIFIER_BEFORE.test(word) || SENTENCE_WORDS.test(word)) return false;
  // At a sentence start only a name followed by no counted noun: "Local 58 said", "Flight 370 vanished".
  const opening = wordStart <= 0 || /[.!?:;"“]\s*$/u.test(text.slice(0, wordStart));
  if (!opening) return true;
  const number = /^[\d,.]+/u.exec(text.slice(at))?.[0] ?? '';
  return unitAfter(text, at + number.length) === null;
}

/** Capitalised words that open a sentence before a count ("Another 300 workers", "Overall 40 …"). */
const SENTENCE_WORDS = /^(?:The|And|But|Or|So|Yet|Only|Just|All|Of|In|On|To|By|With|From|At|For|Between|Nearly|About|Another|Around|Over|Under|More|Fewer|Less|Roughly|Almost|Exactly|Those|These|Some|Each|Every|Overall|Altogether|Now|Then|Still|Also|Up|Down|Last|Since|Until|After|Before|During|Including|Of)$/u;
