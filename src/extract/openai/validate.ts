import { RawClaimListSchema, type RawClaim } from '../../../schemas/index.js';

/** One thing wrong with a model answer: where (a dotted path, "" for the whole answer) and why. */
export interface OutputIssue {
  path: string;
  message: string;
}

export type ParsedOutput = { ok: true; claims: RawClaim[] } | { ok: false; issues: OutputIssue[] };

/**
 * Validate a model answer ourselves (safeParse, not the SDK's parse) so that a failure keeps the raw
 * text and the list of issues, which a re-ask shows back to the model.
 */
export function parseClaimOutput(content: string | null): ParsedOutput {
  if (content === null || content.trim() === '') {
    return { ok: false, issues: [{ path: '', message: 'the answer was empty; expected a JSON object' }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(stripCodeFence(content));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: `not valid JSON: ${reason}` }] };
  }
  const result = RawClaimListSchema.safeParse(data);
  if (result.success) return { ok: true, claims: result.data.claims };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  };
}

/** JSON-mode servers sometimes wrap the object in a Markdown fence despite being told not to. */
function stripCodeFence(content: string): string {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/i.exec(content);
  return fenced?.[1] ?? content;
}

/** Cap on issues listed in a re-ask: a wholly wrong answer can have hundreds, the first few suffice. */
const MAX_LISTED_ISSUES = 20;

/** The user turn of a re-ask: what failed, path by path, and what to send instead. */
export function reaskMessage(issues: OutputIssue[]): string {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `- ${issue.path || '(whole answer)'}: ${issue.message}`);
  if (issues.length > MAX_LISTED_ISSUES) listed.push(`- … and ${issues.length - MAX_LISTED_ISSUES} more`);
  return [
    'Your previous answer could not be used. Validation errors (path: problem):',
    ...listed,
    'Reply again with the corrected JSON object only: {"claims": [...]}, every field present (null when',
    'unknown), quotes copied verbatim from the passage.',
  ].join('\n');
}
