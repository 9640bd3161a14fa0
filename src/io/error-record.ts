import type { ErrorRecord, Stage } from '../../schemas/index.js';

export interface ErrorRecordInput {
  stage: Stage;
  item: string;
  code: string;
  reason: string;
  chunk_index?: number | null;
  field?: string | null;
}

/** Build one errors.jsonl entry: which item, which field, why. */
export function errorRecord(input: ErrorRecordInput): ErrorRecord {
  return {
    stage: input.stage,
    item: input.item,
    chunk_index: input.chunk_index ?? null,
    field: input.field ?? null,
    reason: input.reason,
    code: input.code,
    at: new Date().toISOString(),
  };
}
