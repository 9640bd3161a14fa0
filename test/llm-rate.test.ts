import { describe, expect, it } from 'vitest';
import { createRateBucket } from '../src/llm/rate.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createRateBucket', () => {
  it("lets one second's burst through, then spaces requests evenly", () => {
    const c = clock();
    const bucket = createRateBucket({ perMinute: 120, now: c.now }); // 2 per second
    expect(bucket.reserve(1)).toBe(0);
    expect(bucket.reserve(1)).toBe(0);
    // Reserved back to back: each next one waits one more interval (FIFO through the debt).
    expect(bucket.reserve(1)).toBeCloseTo(500);
    expect(bucket.reserve(1)).toBeCloseTo(1000);
    c.advance(1000);
    expect(bucket.reserve(1)).toBeCloseTo(500);
  });

  it('refills continuously and never above the burst', () => {
    const c = clock();
    const bucket = createRateBucket({ perMinute: 60, now: c.now }); // 1 per second, burst 1
    bucket.reserve(1);
    c.advance(60_000);
    expect(bucket.level()).toBe(1);
  });

  it('lets a cost larger than the burst through once the bucket is full, then charges the debt', () => {
    const c = clock();
    const bucket = createRateBucket({ perMinute: 6000, now: c.now }); // 100 per second, burst 100
    expect(bucket.reserve(250)).toBe(0);
    expect(bucket.level()).toBe(-150);
    // The next needs 100: 250 units = 2.5 s away.
    expect(bucket.reserve(100)).toBeCloseTo(2500);
  });

  it('gives back what a request did not use', () => {
    const c = clock();
    const bucket = createRateBucket({ perMinute: 6000, now: c.now });
    bucket.reserve(100);
    bucket.refund(60);
    expect(bucket.level()).toBe(60);
    bucket.refund(-30);
    expect(bucket.level()).toBe(30);
  });
});
