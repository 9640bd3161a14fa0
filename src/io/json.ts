import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { formatIssues } from './issues.js';

/** A data file we read (run.json, reconciled.json, metrics.json…) that is not what it should be. */
export class DataFileError extends Error {
  override readonly name = 'DataFileError';
}

/** Read and validate one JSON file: null when it does not exist, an error naming file and field otherwise. */
export async function readJsonFile<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S> | null> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new DataFileError(`${path}: invalid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(value);
  if (!result.success) throw new DataFileError(formatIssues(path, result.error.issues));
  return result.data;
}
