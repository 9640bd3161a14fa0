import type { PipelineConfig, PromptRef } from '../../schemas/index.js';
import { createRulesExtractor } from '../extract/rules/index.js';
import { createOpenAIExtractor } from '../extract/openai/index.js';
import type { Extractor } from '../extract/types.js';
import { createModelClient } from '../llm/client.js';
import type { ModelClient } from '../llm/types.js';
import { loadPrompt } from '../prompt/load.js';

export interface SelectedExtractor {
  extractor: Extractor;
  /** The model endpoint, when the extractor has one (for usage and cache stats). */
  client: ModelClient | null;
  prompt: PromptRef | null;
  /** Why this kind runs, said to the user and written to run.json. */
  reason: string;
}

type Env = Record<string, string | undefined>;

/** Which kind runs: `auto` picks the model when a key or a base URL is configured, rules otherwise. */
export function chooseKind(config: PipelineConfig, env: Env): { kind: 'rules' | 'openai'; reason: string } {
  const { kind, api_key_env, base_url_env, base_url } = config.extractor;
  if (kind !== 'auto') return { kind, reason: `extractor.kind is ${kind} in the config` };
  if (env[api_key_env]) return { kind: 'openai', reason: `auto: ${api_key_env} is set` };
  if (base_url || env[base_url_env]) return { kind: 'openai', reason: `auto: a base URL is set (${base_url ? 'extractor.base_url' : base_url_env})` };
  return { kind: 'rules', reason: `auto: neither ${api_key_env} nor ${base_url_env} is set, using the embedded rules extractor` };
}

export function resolveModel(config: PipelineConfig, env: Env): string {
  return config.extractor.model ?? env[config.extractor.model_env] ?? 'gpt-4o-mini';
}

export async function selectExtractor(
  config: PipelineConfig,
  env: Env,
  options: { noCache: boolean; signal?: AbortSignal; notice?: (line: string) => void },
): Promise<SelectedExtractor> {
  const { kind, reason } = chooseKind(config, env);
  if (kind === 'rules') return { extractor: createRulesExtractor(), client: null, prompt: null, reason };

  const x = config.extractor;
  const prompt = await loadPrompt(x.prompt);
  const client = createModelClient({
    // Local servers (vLLM, Ollama, llama.cpp) take any key; the SDK insists on one.
    apiKey: env[x.api_key_env] || 'no-key',
    baseURL: x.base_url ?? env[x.base_url_env] ?? null,
    model: resolveModel(config, env),
    temperature: x.temperature,
    maxOutputTokens: x.max_output_tokens,
    timeoutMs: x.timeout_ms,
    concurrency: x.concurrency,
    requestsPerMinute: x.requests_per_minute,
    tokensPerMinute: x.tokens_per_minute,
    maxRetries: x.max_retries,
    maxRetryWaitMs: x.max_retry_wait_ms,
    backoffBaseMs: x.retry_base_ms,
    cache: { enabled: x.cache.enabled && !options.noCache, dir: x.cache.dir },
    signal: options.signal,
  });
  const extractor = createOpenAIExtractor({
    client,
    prompt,
    responseFormat: x.response_format,
    maxReasks: x.max_reasks,
    onNotice: options.notice,
  });
  return { extractor, client, prompt: prompt.ref, reason };
}
