/**
 * The gold set: hand-annotated claims for the seed articles (evals/gold/<article id>.yaml, written
 * under evals/GUIDELINES.md). Loading is the only I/O here; parsing and quote location are pure.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { GoldFileSchema, type GoldClaim, type GoldFile, type Span } from '../../schemas/index.js';

/** Gold files keyed by article id, in file-name order. */
export type GoldSet = Map<string, GoldFile>;

/** A gold file that cannot be used: the message names the file, the claim and the field. */
export class GoldFileError extends Error {
  override readonly name = 'GoldFileError';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`invalid gold file ${file}:\n  ${problems.join('\n  ')}`);
  }
}

const GOLD_EXTENSIONS = new Set(['.yaml', '.yml']);

/** Load and validate every gold file in `dir`. Throws GoldFileError on the first bad file. */
export async function loadGoldSet(dir: string): Promise<GoldSet> {
  const names = (await readdir(dir)).filter((name) => GOLD_EXTENSIONS.has(extname(name))).sort();
  if (names.length === 0) throw new GoldFileError(dir, ['no .yaml gold files in this directory']);
  const set: GoldSet = new Map();
  for (const name of names) {
    const path = join(dir, name);
    const gold = parseGoldFile(await readFile(path, 'utf8'), path);
    const earlier = set.get(gold.article_id);
    if (earlier !== undefined) {
      throw new GoldFileError(path, [`article_id: ${gold.article_id} already has a gold file in ${dir}`]);
    }
    set.set(gold.article_id, gold);
  }
  return set;
}

/**
 * Parse and validate one gold file's text. `file` names it in errors; its stem must equal
 * article_id, so a gold file cannot silently score the wrong article.
 */
export function parseGoldFile(text: string, file: string): GoldFile {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const where = error.linePos?.[0] ? `line ${error.linePos[0].line}` : 'YAML';
      throw new GoldFileError(file, [`${where}: ${error.message.split('\n')[0] ?? error.message}`]);
    }
    throw error;
  }
  const parsed = GoldFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new GoldFileError(
      file,
      parsed.error.issues.map((issue) => `${describePath(issue.path, raw)}: ${issue.message}`),
    );
  }
  const gold = parsed.data;
  const problems: string[] = [];
  const stem = basename(file, extname(file));
  if (gold.article_id !== stem) {
    problems.push(`article_id: "${gold.article_id}" does not match the file name (expected "${stem}")`);
  }
  const seen = new Set<string>();
  gold.claims.forEach((claim, index) => {
    if (seen.has(claim.id)) problems.push(`claims[${index}] (id ${claim.id}).id: duplicate claim id`);
    seen.add(claim.id);
  });
  if (problems.length > 0) throw new GoldFileError(file, problems);
  return gold;
}

/** "claims[3] (id a000-04).quantity.qualifier": the claim's id helps find it in a long file. */
function describePath(path: readonly PropertyKey[], raw: unknown): string {
  if (path.length === 0) return '(file)';
  let out = '';
  path.forEach((key, position) => {
    if (typeof key === 'number') out += `[${key}]`;
    else out += `${position === 0 ? '' : '.'}${String(key)}`;
    if (position === 1 && path[0] === 'claims' && typeof key === 'number') {
      const id = claimIdAt(raw, key);
      if (id !== null) out += ` (id ${id})`;
    }
  });
  return out;
}

function claimIdAt(raw: unknown, index: number): string | null {
  if (typeof raw !== 'object' || raw === null || !('claims' in raw)) return null;
  const claims: unknown = raw.claims;
  if (!Array.isArray(claims)) return null;
  const claim: unknown = claims[index];
  if (typeof claim !== 'object' || claim === null || !('id' in claim)) return null;
  return typeof claim.id === 'string' ? claim.id : null;
}

/** Where a gold quote sits in its article: the first exact occurrence, or null. */
export function locateGoldQuote(claim: GoldClaim, text: string): Span | null {
  const start = text.indexOf(claim.quote);
  return start < 0 ? null : { start, end: start + claim.quote.length };
}
