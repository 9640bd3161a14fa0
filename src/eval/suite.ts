/**
 * Eval suites (evals/suites/*.yaml): which articles, which gold, which pipeline variants.
 * Validated strictly: an unknown key is an error naming the file and the key's path.
 * Paths inside a suite are resolved against the working directory, like pipeline configs'.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SuiteSchema, type Suite, type SuiteVariant } from '../../schemas/eval.js';
import { formatIssues } from '../io/issues.js';

export class SuiteError extends Error {
  override readonly name = 'SuiteError';
}

export { formatIssues };

export function parseSuite(text: string, file: string): Suite {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new SuiteError(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = SuiteSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new SuiteError(formatIssues(file, parsed.error.issues));
  const suite = parsed.data;
  const names = expandVariants(suite).map((v) => v.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined) throw new SuiteError(`${file}: variants: duplicate variant name "${duplicate}"`);
  return suite;
}

export async function loadSuite(path: string): Promise<Suite> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SuiteError(`${path}: cannot read suite${code ? ` (${code})` : ''}`);
  }
  return parseSuite(text, path);
}

const stem = (path: string): string => basename(path, extname(path));
const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';

/** Explicit variants first, then the matrix's cross product (kind × model × prompt) in order. */
export function expandVariants(suite: Suite): SuiteVariant[] {
  const variants = [...suite.variants];
  const m = suite.matrix;
  if (m === undefined) return variants;
  const kinds = m.extractors ?? [undefined];
  const models = m.models ?? [undefined];
  const prompts = m.prompts ?? [undefined];
  for (const extractor of kinds) {
    for (const model of models) {
      for (const prompt of prompts) {
        const nameParts = [extractor, model && slug(model), prompt && slug(stem(prompt))].filter((p) => p !== undefined);
        variants.push({
          name: nameParts.length > 0 ? nameParts.join('-') : slug(stem(m.config)),
          config: m.config,
          ...(extractor === undefined ? {} : { extractor }),
          ...(model === undefined ? {} : { model }),
          ...(prompt === undefined ? {} : { prompt }),
        });
      }
    }
  }
  return variants;
}

type Plain = Record<string, unknown>;
const isPlain = (x: unknown): x is Plain => typeof x === 'object' && x !== null && !Array.isArray(x);

export function deepMerge(base: Plain, over: Plain): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prior = out[key];
    out[key] = isPlain(prior) && isPlain(value) ? deepMerge(prior, value) : value;
  }
  return out;
}

/** The overrides handed to loadPipelineConfig: the shorthands, then `overrides` on top. */
export function variantOverrides(variant: SuiteVariant): Plain {
  const extractor: Plain = {};
  if (variant.extractor !== undefined) extractor.kind = variant.extractor;
  if (variant.model !== undefined) extractor.model = variant.model;
  if (variant.prompt !== undefined) extractor.prompt = variant.prompt;
  const shorthand: Plain = Object.keys(extractor).length > 0 ? { extractor } : {};
  return deepMerge(shorthand, variant.overrides ?? {});
}
