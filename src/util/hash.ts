import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A short, stable id from parts; the separator keeps ("ab","c") and ("a","bc") apart. */
export function stableId(prefix: string, ...parts: Array<string | number>): string {
  return `${prefix}_${sha256(parts.join('\u241f')).slice(0, 16)}`;
}
