import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { PromptFileSchema, type PromptFile, type PromptRef } from '../../schemas/index.js';
import { sha256 } from '../util/hash.js';
import { formatIssues } from '../io/issues.js';
import { canonicalJson } from '../util/canonical-json.js';

/** A validated prompt file and the name it goes by in claims and run.json. */
export { canonicalJson };

export interface LoadedPrompt {
  file: PromptFile;
  ref: PromptRef;
}

/** A prompt file that cannot be used; the message names the file and what is wrong in it. */
export class PromptError extends Error {
  override readonly name = 'PromptError';
}

/** `id@version#<first 8 of sha256>`: what Claim.extractor.prompt records. */
export function promptLabel(ref: PromptRef): string {
  return `${ref.id}@${ref.version}#${ref.sha256.slice(0, 8)}`;
}

export async function loadPrompt(path: string): Promise<LoadedPrompt> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PromptError(`${path}: cannot read prompt file: ${reason}`, { cause: error });
  }
  return parsePrompt(source, path);
}

/** Parse and check prompt YAML; `origin` names the file in every error. Pure. */
export function parsePrompt(source: string, origin: string): LoadedPrompt {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PromptError(`${origin}: not valid YAML: ${reason}`, { cause: error });
  }
  const parsed = PromptFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new PromptError(`invalid prompt file:\n${formatIssues(origin, parsed.error.issues)}`);
  }
  const file = parsed.data;
  checkExampleQuotes(file, origin);
  return {
    file,
    ref: { id: file.id, version: file.version, sha256: sha256(canonicalJson(file)) },
  };
}

/** Examples teach the model to quote verbatim, so their own quotes must be verbatim too. */
function checkExampleQuotes(file: PromptFile, origin: string): void {
  file.examples.forEach((example, exampleIndex) => {
    example.claims.forEach((claim, claimIndex) => {
      if (!example.text.includes(claim.quote)) {
        throw new PromptError(
          `${origin}: examples.${exampleIndex}.claims.${claimIndex}.quote is not found verbatim in example ${exampleIndex}'s text: "${claim.quote}"`,
        );
      }
    });
  });
}
