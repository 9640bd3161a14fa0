import { readFile } from 'node:fs/promises';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { PipelineConfigSchema, type PipelineConfig } from '../../schemas/index.js';
import { formatIssues } from '../io/issues.js';

/** A config file that cannot be used: the message names the file, the key and the reason. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Overrides win; objects merge key by key, everything else (arrays included) is replaced. */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlain(base) || !isPlain(override)) return override === undefined ? base : override;
  const merged: Plain = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = deepMerge(base[key], value);
  return merged;
}

export function parsePipelineConfig(raw: unknown, source: string, overrides?: unknown): PipelineConfig {
  const merged = deepMerge(raw ?? {}, overrides ?? {});
  const result = PipelineConfigSchema.safeParse(merged);
  if (!result.success) throw new ConfigError(formatIssues(source, result.error.issues));
  return result.data;
}

export async function readYamlFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${path}: cannot read file (${code ?? 'error'})`);
  }
  try {
    return parseYaml(text);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line}: ` : '';
    throw new ConfigError(`${path}: ${where}invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Read, merge overrides into, and validate a pipeline config file. */
export async function loadPipelineConfig(path: string, overrides?: unknown): Promise<PipelineConfig> {
  return parsePipelineConfig(await readYamlFile(path), path, overrides);
}
