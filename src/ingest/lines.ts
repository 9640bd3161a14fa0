// Byte-level line reading for JSONL: streams, never holds more than one line (and never more
// than maxBytes of it), and leaves decoding to the caller so a bad line can be named.

export interface RawLine {
  /** 1-based line number. */
  line: number;
  /** The line's bytes without the line ending; null when it was longer than maxBytes. */
  bytes: Buffer | null;
  /** Byte length of the line, counted even when it was dropped. */
  size: number;
}

export async function* readLines(source: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 0;
  let pending = false;

  const take = (segment: Buffer): void => {
    pending = true;
    size += segment.length;
    if (size > maxBytes) parts = [];
    else if (segment.length > 0) parts.push(segment);
  };
  const finish = (): RawLine => {
    line++;
    let bytes: Buffer | null = size > maxBytes ? null : Buffer.concat(parts);
    if (bytes !== null && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const out = { line, bytes, size };
    parts = [];
    size = 0;
    pending = false;
    return out;
  };

  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let nl = buf.indexOf(0x0a, from); nl !== -1; nl = buf.indexOf(0x0a, from)) {
      take(buf.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < buf.length) take(buf.subarray(from));
  }
  if (pending && size > 0) yield finish();
}
