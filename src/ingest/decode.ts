// Bytes → text for ingest, telling apart the ways a file can fail to be an article's text.

export type DecodedText = { ok: true; text: string } | { ok: false; code: 'binary_file' | 'not_utf8'; reason: string };

/** How much of the start is sniffed for NUL bytes and control characters. */
const SNIFF_BYTES = 8192;
/** Above this share of control characters (other than tab, newline, CR, form feed) text is binary. */
const MAX_CONTROL_SHARE = 0.1;

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Decoding the growing prefix is quadratic; halve instead to find the first bad byte cheaply.
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      // stream: a multi-byte sequence cut at `mid` is not an error, only a bad byte before it is.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

function controlShare(text: string): number {
  const sample = text.slice(0, SNIFF_BYTES);
  if (sample.length === 0) return 0;
  let controls = 0;
  for (const ch of sample) {
    const cp = ch.codePointAt(0) ?? 0;
    if ((cp < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r' && ch !== '\f') || cp === 0x7f) controls++;
  }
  return controls / sample.length;
}

/**
 * Decode a file's bytes: UTF-16 when it starts with a UTF-16 byte-order mark, UTF-8 otherwise.
 * NUL bytes or many control characters mean binary; invalid UTF-8 is reported with its offset.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
      return { ok: false, code: 'binary_file', reason: 'contains NUL bytes: not a text file' };
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      return { ok: false, code: 'not_utf8', reason: `not valid UTF-8 (first bad byte near offset ${at}); re-encode as UTF-8` };
    }
  }
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    return { ok: false, code: 'binary_file', reason: 'mostly control characters: not a text file' };
  }
  return { ok: true, text };
}
