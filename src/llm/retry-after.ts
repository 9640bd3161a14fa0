/** Minimal view of response headers: the SDK's `Headers`, or anything with `get`. */
export interface HeaderSource {
  get(name: string): string | null;
}

/**
 * How long the server asked us to wait, in ms, from `retry-after-ms` (OpenAI, Azure) or
 * `Retry-After` (delta-seconds, possibly fractional, or an HTTP date). Any size is accepted here;
 * the caller caps it. A date in the past means "now" (0). Unparseable or absent → null.
 */
export function parseRetryAfterMs(headers: HeaderSource | null | undefined, now: number = Date.now()): number | null {
  if (!headers) return null;
  const millis = headers.get('retry-after-ms');
  if (millis !== null && millis.trim() !== '') {
    const value = Number(millis.trim());
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const raw = headers.get('retry-after')?.trim();
  if (!raw) return null;
  if (/^\d+(\.\d+)?$/.test(raw)) {
    const seconds = Number(raw);
    return Number.isFinite(seconds) ? seconds * 1000 : null;
  }
  // An HTTP date always names a month; without this, Date.parse reads "-5" as the year -5.
  if (!/[a-z]/i.test(raw)) return null;
  const date = Date.parse(raw);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}
