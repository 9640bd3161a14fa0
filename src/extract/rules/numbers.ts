// Cardinal numbers written in digits or words: "25,000", "2.5 million", "twenty-five", "a thousand".

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
};

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const DIGIT_WORDS = Object.keys(UNITS).filter((w) => UNITS[w]! > 0 && UNITS[w]! < 10);
/** "£2bn", "$40m", "5k": abbreviated scales glued to the digits. */
const ABBREVIATED_SCALES: Record<string, number> = { k: 1_000, m: 1_000_000, bn: 1_000_000_000, tn: 1_000_000_000_000 };

const SMALL_WORD = `(?:${byLength(Object.keys(TENS))})(?:[-\\s](?:${byLength(DIGIT_WORDS)}))?|${byLength(Object.keys(UNITS))}`;
const SCALE_WORD = Object.keys(SCALES).join('|');

/** One cardinal: digits (with an optional scale word) or a run of number words. */
export const CARDINAL_SOURCE =
  String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?:${SCALE_WORD})\b|(?:bn|m|k|tn)\b)?` +
  String.raw`|(?:(?:${SMALL_WORD})(?:\s+(?:${SCALE_WORD}))*|an?\s+(?:${SCALE_WORD})(?:\s+(?:${SCALE_WORD}))*)(?:\s+and\s+(?:${SMALL_WORD}))?\b`;

/** Value of a cardinal matched by CARDINAL_SOURCE; null when it is not a number after all. */
export function parseCardinal(raw: string): number | null {
  const text = raw.trim().toLowerCase().replace(/-/gu, ' ');
  const digits = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*([a-z]+))?$/u.exec(text);
  if (digits) {
    const base = Number((digits[1] ?? '').replace(/,/gu, ''));
    const scale = digits[2] ? SCALES[digits[2]] ?? ABBREVIATED_SCALES[digits[2]] : 1;
    if (scale === undefined || !Number.isFinite(base)) return null;
    return round(base * scale);
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of text.split(/\s+/u)) {
    if (word === 'and') continue;
    if (word === 'a' || word === 'an') {
      current = 1;
      continue;
    }
    const unit = UNITS[word] ?? TENS[word];
    if (unit !== undefined) {
      current += unit;
      seen = true;
      continue;
    }
    const scale = SCALES[word];
    if (scale === undefined) return null;
    seen = true;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
  }
  return seen ? total + current : null;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
