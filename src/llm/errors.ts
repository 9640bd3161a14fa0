/**
 * Typed failures of a model call, after transport retries are spent. Messages name the work item
 * and never include credentials.
 */
export class ModelError extends Error {
  override readonly name: string = 'ModelError';
  constructor(
    message: string,
    /** Stable machine-readable code, written to errors.jsonl. */
    readonly code: string,
    readonly status: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
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
