/**
 * Typed failures of a model call, after transport retries are spent. Messages name the work item
 * and never include credentials.
 */
import OpenAI from 'openai';
import { parseRetryAfterMs } from './retry-after.js';

export interface ModelErrorOptions {
  cause?: unknown;
  /** The server's Retry-After (uncapped), when it sent one. */
  retryAfterMs?: number | null;
  /** The server's x-request-id, for a support ticket. */
  requestId?: string | null;
}

export class ModelError extends Error {
  override readonly name: string = 'ModelError';
  readonly retryAfterMs: number | null;
  readonly requestId: string | null;
  constructor(
    message: string,
    /** Stable machine-readable code, written to errors.jsonl. */
    readonly code: string,
    readonly status: number | null = null,
    options?: ModelErrorOptions,
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.retryAfterMs = options?.retryAfterMs ?? null;
    this.requestId = options?.requestId ?? null;
  }
}

/** The server refused the request as malformed or unsupported (400, 404, 422…): retrying won't help. */
export class ModelRequestRejected extends ModelError {
  override readonly name = 'ModelRequestRejected';
}

/** 429s kept coming until the retries ran out. */
export class ModelRateLimited extends ModelError {
  override readonly name = 'ModelRateLimited';
}

/** 429 with `insufficient_quota`: the account cannot pay; the run must stop, not retry. */
export class ModelQuotaExhausted extends ModelError {
  override readonly name = 'ModelQuotaExhausted';
}

export class ModelAuthError extends ModelError {
  override readonly name = 'ModelAuthError';
}

export class ModelTimeout extends ModelError {
  override readonly name = 'ModelTimeout';
}

export class ModelConnectionError extends ModelError {
  override readonly name = 'ModelConnectionError';
}

export class ModelServerError extends ModelError {
  override readonly name = 'ModelServerError';
}

/**
 * The caller's AbortSignal fired (e.g. SIGINT) while the call waited or was in flight. Named
 * 'AbortError' like the platform's, so generic `error.name === 'AbortError'` checks work; code 'aborted'.
 */
export class ModelAborted extends ModelError {
  override readonly name = 'AbortError';
}

/** Replace every occurrence of each secret; servers and proxies sometimes echo the key they got. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out;
}

/**
 * Map an SDK error onto our hierarchy. The SDK error is NOT kept as `cause` for HTTP errors: it
 * carries the response body and headers, which may echo credentials; what matters (status, code,
 * request id, Retry-After) is copied out, and the message is redacted.
 */
export function toModelError(error: unknown, label: string, secrets: readonly string[] = []): ModelError {
  if (error instanceof ModelError) return error;
  const clean = (text: string) => redactSecrets(text, secrets);
  if (error instanceof OpenAI.APIUserAbortError) {
    return new ModelAborted(`${label}: model call aborted`, 'aborted');
  }
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new ModelTimeout(`${label}: model call timed out`, 'timeout');
  }
  if (error instanceof OpenAI.APIConnectionError) {
    const reason = error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
    return new ModelConnectionError(`${label}: connection failed: ${clean(reason)}`, 'connection_error');
  }
  if (error instanceof OpenAI.APIError) {
    const status = error.status ?? null;
    const detail = `${label}: HTTP ${status ?? '?'}: ${clean(error.message)}`;
    const options: ModelErrorOptions = {
      retryAfterMs: parseRetryAfterMs(error.headers),
      requestId: error.requestID ?? null,
    };
    if (status === 429 && error.code === 'insufficient_quota') {
      return new ModelQuotaExhausted(
        `${detail} — the account's quota or billing limit is exhausted; retrying cannot help, add credit or raise the limit`,
        'insufficient_quota',
        status,
        options,
      );
    }
    if (status === 429) return new ModelRateLimited(detail, 'rate_limited', status, options);
    if (status === 401 || status === 403) return new ModelAuthError(detail, 'auth_failed', status, options);
    if (status !== null && status >= 500) return new ModelServerError(detail, 'server_error', status, options);
    if (status === 408 || status === 409) return new ModelServerError(detail, 'transient_error', status, options);
    return new ModelRequestRejected(detail, 'request_rejected', status, options);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ModelError(`${label}: ${clean(message)}`, 'unknown');
}
