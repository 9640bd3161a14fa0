import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { z } from 'zod';

export class JsonlError extends Error {
  override readonly name = 'JsonlError';
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Stream a JSONL file row by row, validated. A bad line throws naming file:line and the field;
 * a final line without its newline (a torn write) is skipped when `allowTornTail` is set.
 */
export async function* streamJsonl<S extends z.ZodType>(
  path: string,
  schema: S,
  options: { allowTornTail?: boolean } = {},
): AsyncGenerator<z.infer<S>> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  let pending: { text: string; line: number } | null = null;
  const parseLine = (text: string, line: number): z.infer<S> => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new JsonlError(`${path}:${line}: invalid JSON: ${(error as Error).message}`);
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue?.path.map(String).join('.') || '(root)';
      throw new JsonlError(`${path}:${line}: ${field}: ${issue?.message ?? 'invalid'}`);
    }
    return result.data;
  };
  for await (const text of lines) {
    lineNo += 1;
    if (pending) yield parseLine(pending.text, pending.line);
    pending = text.trim() === '' ? null : { text, line: lineNo };
  }
  if (pending) {
    try {
      yield parseLine(pending.text, pending.line);
    } catch (error) {
      if (!options.allowTornTail) throw error;
    }
  }
}

/** Read a whole JSONL file (empty array when the file does not exist). */
export async function readJsonlFile<S extends z.ZodType>(path: string, schema: S): Promise<Array<z.infer<S>>> {
  if (!(await exists(path))) return [];
  const rows: Array<z.infer<S>> = [];
  for await (const row of streamJsonl(path, schema)) rows.push(row);
  return rows;
}

export function toJsonl(rows: readonly unknown[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}
