/**
 * JSON with object keys sorted at every depth (undefined values dropped, as JSON.stringify does),
 * so a hash depends on content, not on key order, YAML comments or formatting.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const record = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]]));
  });
}
