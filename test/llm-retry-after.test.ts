import { describe, expect, it } from 'vitest';
import { parseRetryAfterMs } from '../src/llm/retry-after.js';

const at = (headers: Record<string, string>) => new Headers(headers);
const NOW = Date.parse('2025-03-01T12:00:00Z');

describe('parseRetryAfterMs', () => {
  it('reads delta-seconds, whole or fractional', () => {
    expect(parseRetryAfterMs(at({ 'retry-after': '7' }), NOW)).toBe(7000);
    expect(parseRetryAfterMs(at({ 'retry-after': '0.25' }), NOW)).toBe(250);
    expect(parseRetryAfterMs(at({ 'retry-after': '0' }), NOW)).toBe(0);
  });

  it('prefers retry-after-ms over retry-after', () => {
    expect(parseRetryAfterMs(at({ 'retry-after-ms': '1500', 'retry-after': '60' }), NOW)).toBe(1500);
  });

  it('reads an HTTP date relative to now, a past date meaning now', () => {
    expect(parseRetryAfterMs(at({ 'retry-after': 'Sat, 01 Mar 2025 12:00:30 GMT' }), NOW)).toBe(30_000);
    expect(parseRetryAfterMs(at({ 'retry-after': 'Sat, 01 Mar 2025 11:00:00 GMT' }), NOW)).toBe(0);
  });

  it('accepts any size (the caller caps it)', () => {
    expect(parseRetryAfterMs(at({ 'retry-after': '86400' }), NOW)).toBe(86_400_000);
    expect(parseRetryAfterMs(at({ 'retry-after': 'Fri, 01 Mar 2030 12:00:00 GMT' }), NOW)).toBeGreaterThan(100_000_000_000);
  });

  it('returns null for absent, negative or unparseable values', () => {
    expect(parseRetryAfterMs(null)).toBeNull();
    expect(parseRetryAfterMs(at({}), NOW)).toBeNull();
    expect(parseRetryAfterMs(at({ 'retry-after': 'soon' }), NOW)).toBeNull();
    expect(parseRetryAfterMs(at({ 'retry-after': '-5' }), NOW)).toBeNull();
    expect(parseRetryAfterMs(at({ 'retry-after-ms': 'abc', 'retry-after': '2' }), NOW)).toBe(2000);
  });
});
