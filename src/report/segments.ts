/**
 * Cut a text into segments at every span boundary, so overlapping or nested highlights become a
 * flat run of non-overlapping pieces, each knowing which spans cover it. Markup built from the
 * pieces can never interleave tags, however the spans overlap.
 */

export interface KeyedSpan {
  /** Caller's handle for the span (e.g. a claim number). */
  key: number;
  start: number;
  end: number;
}

export interface TextSegment {
  start: number;
  end: number;
  /** Spans covering the whole segment, in the order they were given. */
  keys: number[];
  /** Spans that begin at this segment's start. */
  opens: number[];
}

/** A span can be highlighted when it is non-empty and lies inside the text. */
export function isHighlightable(span: { start: number; end: number }, textLength: number): boolean {
  return span.start >= 0 && span.end > span.start && span.end <= textLength;
}

export function segmentText(textLength: number, spans: readonly KeyedSpan[]): TextSegment[] {
  const usable = spans.filter((s) => isHighlightable(s, textLength));
  const cuts = new Set<number>([0, textLength]);
  for (const s of usable) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const start = bounds[i] as number;
    const end = bounds[i + 1] as number;
    if (end <= start) continue;
    segments.push({
      start,
      end,
      keys: usable.filter((s) => s.start <= start && s.end >= end).map((s) => s.key),
      opens: usable.filter((s) => s.start === start).map((s) => s.key),
    });
  }
  return segments;
}
