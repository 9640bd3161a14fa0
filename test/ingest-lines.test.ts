import { describe, expect, it } from 'vitest';
import { readLines, type RawLine } from '../src/ingest/lines.js';

async function lines(chunks: Array<Buffer | string>, maxBytes = 100): Promise<Array<[number, string | null, number]>> {
  const out: RawLine[] = [];
  for await (const line of readLines((async function* () { yield* chunks; })(), maxBytes)) out.push(line);
  return out.map((l) => [l.line, l.bytes === null ? null : l.bytes.toString('utf8'), l.size]);
}

describe('readLines', () => {
  it('splits on LF, drops a CR before it, and keeps a last line without a newline', async () => {
    expect(await lines(['one\r\ntwo\n\nthree'])).toEqual([
      [1, 'one', 4],
      [2, 'two', 3],
      [3, '', 0],
      [4, 'three', 5],
    ]);
  });

  it('joins lines split across chunks, including a multi-byte character cut in half', async () => {
    const bytes = Buffer.from('caf\u00e9 ok\nnext\n', 'utf8');
    const parts = [bytes.subarray(0, 4), bytes.subarray(4, 9), bytes.subarray(9)];
    expect(await lines(parts)).toEqual([
      [1, 'caf\u00e9 ok', 8],
      [2, 'next', 4],
    ]);
  });

  it('drops an over-size line but counts it and goes on', async () => {
    expect(await lines([`short\n${'x'.repeat(30)}`, `${'y'.repeat(30)}\nafter\n`], 40)).toEqual([
      [1, 'short', 5],
      [2, null, 60],
      [3, 'after', 5],
    ]);
  });
});
