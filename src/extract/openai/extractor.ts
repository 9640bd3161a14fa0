import type { Article, Chunk, ErrorRecord, RawClaim } from '../../../schemas/index.js';
import { splitChunk } from '../../chunk/chunk.js';
import { errorRecord } from '../../io/error-record.js';
import { ModelAborted, ModelAuthError, ModelError, ModelQuotaExhausted } from '../../llm/errors.js';
import type { ChatMessage, ModelClient, ModelResponse } from '../../llm/types.js';
import { promptLabel, type LoadedPrompt } from '../../prompt/load.js';
import { buildMessages, responseFormatFor, type OutputMode } from '../../prompt/messages.js';
import type { ExtractInput, ExtractOutput, Extractor } from '../types.js';
import { createResponseModeState } from './response-mode.js';
import { parseClaimOutput, reaskMessage } from './validate.js';

export interface OpenAIExtractorOptions {
  client: ModelClient;
  prompt: LoadedPrompt;
  responseFormat: 'auto' | OutputMode;
  /** Validation re-asks per passage after the first answer. */
  maxReasks: number;
  /** A passage that hits the output limit is halved only while each half keeps at least this many characters. */
  minPassageChars?: number;
  /** Called once per notable change of behaviour (e.g. the JSON-mode fallback); also kept in `notices`. */
  onNotice?: (message: string) => void;
}

export interface OpenAIExtractor extends Extractor {
  /** Things the run should tell the user about, each said once. */
  readonly notices: readonly string[];
  /** The output mode in force now: json_object once the server has rejected json_schema. */
  outputMode(): OutputMode;
}

const DEFAULT_MIN_PASSAGE_CHARS = 200;

/** How one model exchange for one passage ended. */
type PassageOutcome =
  | { kind: 'claims'; claims: RawClaim[] }
  | { kind: 'failed'; code: string; reason: string; field: string | null }
  | { kind: 'too_long' };

/**
 * The run must stop on these: other chunks cannot succeed and may cost money, or the user asked to
 * stop (an aborted call is not a failure of this chunk and must not be recorded as one).
 */
function isFatal(error: unknown): boolean {
  return error instanceof ModelQuotaExhausted || error instanceof ModelAuthError || error instanceof ModelAborted;
}

/** Belt and braces: our messages never include the key, but a server's error text could echo one. */
function redactSecrets(text: string): string {
  return text.replace(/\b(sk-[A-Za-z0-9_-]{4})[A-Za-z0-9_-]{8,}/g, '$1…');
}

export function createOpenAIExtractor(options: OpenAIExtractorOptions): OpenAIExtractor {
  const { client, prompt, maxReasks } = options;
  const minPassageChars = options.minPassageChars ?? DEFAULT_MIN_PASSAGE_CHARS;
  const modeState = createResponseModeState(options.responseFormat);
  const notices: string[] = [];

  function notify(message: string): void {
    notices.push(message);
    options.onNotice?.(message);
  }

  /** One call; on the first rejection of json_schema, switch the whole run to JSON mode and call again. */
  async function complete(article: Article, passage: Chunk, turns: ChatMessage[], label: string, signal?: AbortSignal): Promise<ModelResponse> {
    const mode = modeState.current();
    try {
      return await client.complete({
        // Messages are rebuilt per call so a mode switch mid-conversation also switches the prompt.
        messages: [...buildMessages(prompt, passage, article, mode), ...turns],
        responseFormat: responseFormatFor(mode),
        label,
        signal,
      });
    } catch (error) {
      if (!modeState.canFallBack(mode, error)) throw error;
      if (modeState.fallBack()) {
        const why = error instanceof Error ? redactSecrets(error.message) : String(error);
        notify(`the model server rejected response_format json_schema (${why}); using JSON mode (json_object) with the schema in the prompt for the rest of the run`);
      }
      return complete(article, passage, turns, label, signal);
    }
  }

  /** Ask, validate, and re-ask with the validation errors until the answer is valid or re-asks run out. */
  async function askPassage(article: Article, passage: Chunk, label: string, signal?: AbortSignal): Promise<PassageOutcome> {
    let turns: ChatMessage[] = [];
    for (let reasks = 0; ; reasks += 1) {
      const response = await complete(article, passage, turns, label, signal);
      if (response.refusal !== null && response.refusal !== '') {
        return { kind: 'failed', code: 'refusal', field: null, reason: `the model refused: ${response.refusal}` };
      }
      if (response.finishReason === 'length') return { kind: 'too_long' };
      if (response.finishReason === 'content_filter') {
        return { kind: 'failed', code: 'content_filter', field: null, reason: 'the answer was withheld by the provider content filter' };
      }
      const parsed = parseClaimOutput(response.content);
      if (parsed.ok) return { kind: 'claims', claims: parsed.claims };
      const first = parsed.issues[0];
      if (reasks >= maxReasks) {
        const summary = parsed.issues.slice(0, 3).map((i) => `${i.path || '(whole answer)'}: ${i.message}`).join('; ');
        return {
          kind: 'failed',
          code: 'invalid_output',
          field: first && first.path !== '' ? first.path : null,
          reason: `no valid answer after ${reasks + 1} attempt(s): ${summary}`,
        };
      }
      client.countReask();
      turns = [
        ...turns,
        { role: 'assistant', content: response.content ?? '' },
        { role: 'user', content: reaskMessage(parsed.issues) },
      ];
    }
  }

  /** Halves of a passage whose answer hit the output limit, or why it must not be split further. */
  function halve(passage: Chunk, article: Article): { halves: [Chunk, Chunk] } | { why: string } {
    if (passage.text.length < 2 * minPassageChars) return { why: `halves would be under ${minPassageChars} chars` };
    try {
      const halves = splitChunk(passage, article);
      const progress = halves.every((half) => half.text.trim() !== '' && half.text.length < passage.text.length);
      return progress ? { halves } : { why: 'no boundary splits it into two smaller passages' };
    } catch (error) {
      return { why: error instanceof Error ? error.message : String(error) };
    }
  }

  async function extractPassage(
    article: Article,
    chunk: Chunk,
    passage: Chunk,
    failures: ErrorRecord[],
    signal?: AbortSignal,
  ): Promise<RawClaim[]> {
    const whole = passage === chunk;
    const label = `${article.id}#${chunk.index}${whole ? '' : `@${passage.start}-${passage.end}`}`;
    const fail = (code: string, reason: string, field: string | null = null): RawClaim[] => {
      failures.push(errorRecord({ stage: 'extract', item: article.id, chunk_index: chunk.index, field, code, reason }));
      return [];
    };
    let outcome: PassageOutcome;
    try {
      outcome = await askPassage(article, passage, label, signal);
    } catch (error) {
      if (isFatal(error) || signal?.aborted || !(error instanceof ModelError)) throw error;
      return fail(error.code, redactSecrets(error.message));
    }
    if (outcome.kind === 'claims') return outcome.claims;
    if (outcome.kind === 'failed') return fail(outcome.code, redactSecrets(outcome.reason), outcome.field);
    const split = halve(passage, article);
    if ('why' in split) {
      return fail(
        'output_too_long',
        `the answer hit the output token limit for characters ${passage.start}-${passage.end} (${passage.text.length} chars), which cannot be split further: ${split.why}`,
      );
    }
    const claims: RawClaim[] = [];
    // In order, one after the other: the first half's claims come first, as in the text.
    for (const half of split.halves) claims.push(...(await extractPassage(article, chunk, half, failures, signal)));
    return claims;
  }

  return {
    ref: { kind: 'openai', model: client.model, prompt: promptLabel(prompt.ref) },
    prompt: prompt.ref,
    notices,
    outputMode: () => modeState.current(),
    async extract(input: ExtractInput): Promise<ExtractOutput> {
      const failures: ErrorRecord[] = [];
      const claims = await extractPassage(input.article, input.chunk, input.chunk, failures, input.signal);
      return { claims, failures };
    },
  };
}
