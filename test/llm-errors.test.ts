import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import {
  ModelAborted,
  ModelAuthError,
  ModelConnectionError,
  ModelQuotaExhausted,
  ModelRateLimited,
  ModelRequestRejected,
  ModelServerError,
  ModelTimeout,
  redactSecrets,
  toModelError,
} from '../src/llm/errors.js';

function apiError(status: number, message: string, code: string | null = null, headers: Record<string, string> = {}) {
  return OpenAI.APIError.generate(status, { error: { message, code, type: 'x' } }, undefined, new Headers({ 'x-request-id': 'req_1', ...headers }));
}

describe('toModelError', () => {
  it('maps statuses onto the hierarchy with stable codes', () => {
    const cases: Array<[number, string | null, unknown, string]> = [
      [400, null, ModelRequestRejected, 'request_rejected'],
      [401, null, ModelAuthError, 'auth_failed'],
      [403, null, ModelAuthError, 'auth_failed'],
      [404, null, ModelRequestRejected, 'request_rejected'],
      [408, null, ModelServerError, 'transient_error'],
      [409, null, ModelServerError, 'transient_error'],
      [422, null, ModelRequestRejected, 'request_rejected'],
      [429, 'rate_limit_exceeded', ModelRateLimited, 'rate_limited'],
      [429, 'insufficient_quota', ModelQuotaExhausted, 'insufficient_quota'],
      [500, null, ModelServerError, 'server_error'],
      [503, null, ModelServerError, 'server_error'],
    ];
    for (const [status, code, type, expected] of cases) {
      const mapped = toModelError(apiError(status, 'm', code), 'a#1');
      expect(mapped, String(status)).toBeInstanceOf(type as typeof Error);
      expect(mapped.code).toBe(expected);
      expect(mapped.status).toBe(status);
      expect(mapped.requestId).toBe('req_1');
      expect(mapped.message).toMatch(/^a#1: HTTP \d+/);
    }
  });

  it('carries the Retry-After and maps timeouts, connection errors and aborts', () => {
    expect(toModelError(apiError(429, 'm', null, { 'retry-after': '3' }), 'x').retryAfterMs).toBe(3000);
    expect(toModelError(new OpenAI.APIConnectionTimeoutError(), 'x')).toBeInstanceOf(ModelTimeout);
    expect(toModelError(new OpenAI.APIConnectionError({ message: 'Connection error.' }), 'x')).toBeInstanceOf(ModelConnectionError);
    const aborted = toModelError(new OpenAI.APIUserAbortError(), 'x');
    expect(aborted).toBeInstanceOf(ModelAborted);
    expect(aborted).toMatchObject({ name: 'AbortError', code: 'aborted' });
  });

  it('redacts secrets and does not keep the SDK error (with its body and headers) as cause', () => {
    const mapped = toModelError(apiError(401, 'Incorrect API key provided: sk-live-abcdef'), 'x', ['sk-live-abcdef']);
    expect(mapped.message).not.toContain('sk-live-abcdef');
    expect(mapped.cause).toBeUndefined();
    expect(redactSecrets('a SECRET b SECRET', ['SECRET'])).toBe('a [redacted] b [redacted]');
    // A too-short "secret" (e.g. a placeholder key) would shred every message; it is left alone.
    expect(redactSecrets('a b', ['a'])).toBe('a b');
  });
});
