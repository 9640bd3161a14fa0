import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/ingest/decode.js';

describe('decodeText', () => {
  it('accepts UTF-8 and BOM-marked UTF-16', () => {
    expect(decodeText(Buffer.from('caf\u00e9 \u{1F600}', 'utf8'))).toEqual({ ok: true, text: 'caf\u00e9 \u{1F600}' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hello', 'utf16le')]);
    expect(decodeText(utf16)).toEqual({ ok: true, text: 'hello' });
  });

  it('rejects NUL bytes, control-character soup and invalid UTF-8', () => {
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toMatchObject({ ok: false, code: 'binary_file' });
    expect(decodeText(Buffer.from('\x01\x02\x03\x04abc', 'latin1'))).toMatchObject({ ok: false, code: 'binary_file' });
    const latin1 = Buffer.from('The caf\u00e9 opened in 1990 and stayed open.', 'latin1');
    const result = decodeText(latin1);
    expect(result).toMatchObject({ ok: false, code: 'not_utf8' });
    expect(result.ok ? '' : result.reason).toMatch(/offset (6|7|8)\b/);
  });
});
