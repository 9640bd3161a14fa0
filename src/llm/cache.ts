import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { canonicalJson } from '../util/canonical-json.js';
import type { ChatMessage, ModelResponse, ResponseFormat } from './types.js';

/** Bump when the entry layout or the key recipe changes: old entries then simply miss. */
const CACHE_FORMAT = 2;

/** Everything that decides the answer. Anything not here must not change it. */
export interface CacheKeyParts {
  /** Host of the base URL; null = OpenAI's default endpoint. */
  baseUrlHost: string | null;
  model: string;
  messages: readonly ChatMessage[];
  responseFormat: ResponseFormat;
  temperature: number;
  maxOutputTokens: number;
}

export { canonicalJson };

/** The response format is one object per run (built once), so its canonical text is worked out once. */
const formatText = new WeakMap<object, string>();

function canonicalFormat(format: ResponseFormat): string {
  let text = formatText.get(format);
  if (text === undefined) {
    text = canonicalJson(format);
    formatText.set(format, text);
  }
  return text;
}

export function cacheKey(parts: CacheKeyParts): string {
  // Fed piece by piece: no copy of the whole request is built (it runs once per call).
  const hash = createHash('sha256');
  hash.update(JSON.stringify([CACHE_FORMAT, parts.baseUrlHost ?? 'api.openai.com', parts.model, parts.temperature, parts.maxOutputTokens]));
  hash.update(canonicalFormat(parts.responseFormat));
  for (const m of parts.messages) hash.update(JSON.stringify([m.role, m.content]));
  return hash.digest('hex');
}

const StoredResponseSchema = z.object({
  content: z.string().nullable(),
  refusal: z.string().nullable(),
  finishReason: z.string(),
  usage: z.object({
    prompt_tokens: z.number().int().nonnegative(),
    cached_prompt_tokens: z.number().int().nonnegative(),
    completion_tokens: z.number().int().nonnegative(),
  }),
}) satisfies z.ZodType<Omit<ModelResponse, 'fromCache'>>;

/** One file on disk: the answer plus enough to check it belongs where it was found. */
const CacheEntrySchema = z.object({
  format: z.literal(CACHE_FORMAT),
  key: z.string(),
  model: z.string(),
  stored_at: z.string(),
  response: StoredResponseSchema,
});
export type CacheEntry = z.infer<typeof CacheEntrySchema>;
export type StoredResponse = z.infer<typeof StoredResponseSchema>;

/**
 * Which answers are worth keeping: complete answers the server finished on its own — `stop`
 * (including a refusal) and `length`. Each was paid for and, for the same key, a re-run would ask
 * the same thing again; the extractor decides what to do with them (split on length, record a
 * refusal) exactly as the first time. Not kept: content filters and unknown finish reasons (often
 * transient on proxies), and an empty answer with neither content nor refusal.
 */
export function isCacheable(response: StoredResponse): boolean {
  if (response.finishReason !== 'stop' && response.finishReason !== 'length') return false;
  return response.content !== null || response.refusal !== null;
}

export interface ResponseCache {
  readonly dir: string;
  /** The stored answer, or null on a miss (absent, torn, invalid or misplaced entries are misses). */
  get(key: string): Promise<StoredResponse | null>;
  put(key: string, model: string, response: StoredResponse): Promise<void>;
}

export function cacheEntryPath(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.json`);
}

/**
 * Content-addressed answers at <dir>/<key[0..2]>/<key>.json. Writes go to a unique temp file in the
 * same directory and are renamed into place, so a crash mid-write leaves either no entry or a whole one.
 */
export function createResponseCache(dir: string): ResponseCache {
  // One mkdir per folder, shared by every writer: 2,000 concurrent first writes must not mean 2,000 mkdirs.
  const folders = new Map<string, Promise<unknown>>();
  const ensureFolder = (folder: string): Promise<unknown> => {
    let made = folders.get(folder);
    if (!made) {
      made = mkdir(folder, { recursive: true });
      // A failed mkdir (permissions, disk) is retried by the next writer rather than cached.
      made.catch(() => folders.delete(folder));
      folders.set(folder, made);
    }
    return made;
  };

  return {
    dir,
    async get(key) {
      let raw: string;
      try {
        raw = await readFile(cacheEntryPath(dir, key), 'utf8');
      } catch {
        return null;
      }
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        return null;
      }
      const parsed = CacheEntrySchema.safeParse(json);
      if (!parsed.success || parsed.data.key !== key) return null;
      return parsed.data.response;
    },

    async put(key, model, response) {
      const path = cacheEntryPath(dir, key);
      await ensureFolder(dirname(path));
      const entry: CacheEntry = { format: CACHE_FORMAT, key, model, stored_at: new Date().toISOString(), response };
      const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await writeFile(tmp, JSON.stringify(entry));
        await rename(tmp, path);
      } catch (error) {
        await unlink(tmp).catch(() => undefined);
        throw error;
      }
    },
  };
}
