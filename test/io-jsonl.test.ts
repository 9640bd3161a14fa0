import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readJsonlFile, streamJsonl, toJsonl } from '../src/io/jsonl.js';

const Row = z.object({ id: z.string(), n: z.number() });

async function file(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'claimsift-jsonl-'));
  const path = join(dir, 'rows.jsonl');
  await writeFile(path, text);
  return path;
}

describe('jsonl', () => {
  it('round-trips rows and skips blank lines', async () => {
    const rows = [{ id: 'a', n: 1 }, { id: 'b', n: 2 }];
    const path = await file(`${toJsonl(rows)}\n`);
    expect(await readJsonlFile(path, Row)).toEqual(rows);
  });

  it('names file, line and field of an invalid row', async () => {
    const path = await file('{"id":"a","n":1}\n{"id":"b","n":"two"}\n');
    await expect(readJsonlFile(path, Row)).rejects.toThrow(`${path}:2: n:`);
  });

  it('drops a torn final line only when asked to', async () => {
    const path = await file('{"id":"a","n":1}\n{"id":"b","n');
    await expect(readJsonlFile(path, Row)).rejects.toThrow(/:2: invalid JSON/);
    const rows = [];
    for await (const row of streamJsonl(path, Row, { allowTornTail: true })) rows.push(row);
    expect(rows).toEqual([{ id: 'a', n: 1 }]);
  });

  it('returns no rows for a missing file', async () => {
    expect(await readJsonlFile('/nonexistent/claimsift/rows.jsonl', Row)).toEqual([]);
  });
});
