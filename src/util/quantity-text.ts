import type { Quantity } from '../../schemas/index.js';

/** 12,500 or 2.5: thousands separated, at most two decimals. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

const WORDS = { at_least: 'at least', more_than: 'more than', at_most: 'at most' } as const;
const SYMBOLS = { at_least: '≥', more_than: '>', at_most: '≤' } as const;

/**
 * A quantity as a reader sees it. `words` for sentences ("at least 500 workers", "600 to 700
 * workers", notes in tracks); `compact` for table cells ("≥ 500 workers", "600–700 workers").
 */
export function describeQuantity(quantity: Quantity, style: 'words' | 'compact' = 'words'): string {
  const unit = quantity.unit === null || quantity.unit === '' ? '' : ` ${quantity.unit}`;
  const point = quantity.value ?? quantity.low ?? quantity.high;
  const n = point === null ? '?' : formatNumber(point);
  const marks = style === 'words' ? WORDS : SYMBOLS;
  switch (quantity.qualifier) {
    case 'exact':
      return `${n}${unit}`;
    case 'about':
      return `about ${n}${unit}`;
    case 'up_to':
      return `up to ${n}${unit}`;
    case 'at_least':
    case 'more_than':
    case 'at_most':
      return `${marks[quantity.qualifier]} ${n}${unit}`;
    case 'range': {
      const low = quantity.low ?? quantity.value;
      const high = quantity.high ?? quantity.value;
      const [lowText, highText] = [low, high].map((v) => (v === null ? '?' : formatNumber(v)));
      if (low !== null && low === high) return `${lowText}${unit}`;
      return style === 'words' ? `${lowText} to ${highText}${unit}` : `${lowText}–${highText}${unit}`;
    }
    case 'small_number':
      if (style === 'compact') return point === null ? `a few${unit}` : `a few (${n})${unit}`;
      return point === null ? `a small number of${unit}` : `a small number (${n})${unit === '' ? '' : ` of${unit}`}`;
  }
}
