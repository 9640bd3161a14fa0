import type { z } from 'zod';

/** "variants[1].model": dots between keys, brackets around list positions. */
export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`;
  return out;
}

/**
 * One line per Zod issue, "source: key.path: reason", with every unknown key spelled out in full —
 * that is what a user has to fix. Used for every file we validate (configs, suites, prompts).
 */
export function formatIssues(source: string, issues: ReadonlyArray<z.core.$ZodIssue>): string {
  return issues
    .flatMap((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => `${source}: unknown key "${issuePath([...issue.path, key])}"`);
      }
      const where = issuePath(issue.path);
      return [`${source}: ${where === '' ? '(top level)' : where}: ${issue.message}`];
    })
    .join('\n');
}
