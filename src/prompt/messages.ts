import { zodResponseFormat } from 'openai/helpers/zod';
import { RawClaimListSchema, type Article, type Chunk, type PromptExample } from '../../schemas/index.js';
import type { ChatMessage, ResponseFormat } from '../llm/types.js';
import type { LoadedPrompt } from './load.js';

/** json_schema = Structured Outputs carry the schema; json_object = JSON mode, schema spelled out in the prompt. */
export type OutputMode = 'json_schema' | 'json_object';

let structured: ResponseFormat | null = null;

/** The Structured Outputs response_format built from the Zod contract (strict JSON Schema); built once. */
export function structuredResponseFormat(): ResponseFormat {
  structured ??= zodResponseFormat(RawClaimListSchema, 'claims');
  return structured;
}

export function responseFormatFor(mode: OutputMode): ResponseFormat {
  return mode === 'json_schema' ? structuredResponseFormat() : { type: 'json_object' };
}

/** The same JSON Schema Structured Outputs would send, as text for servers with JSON mode only. */
function schemaInstructions(): string {
  const format = structuredResponseFormat();
  const schema = format.type === 'json_schema' ? format.json_schema.schema : {};
  return [
    'RESPONSE FORMAT',
    'Reply with a single JSON object and nothing else (no prose, no code fences). It must validate against',
    'this JSON Schema; every property is required, use null where a value is unknown:',
    JSON.stringify(schema),
  ].join('\n');
}

interface PassageParts {
  title: string | null;
  publishedOn: string | null;
  context: string;
  text: string;
}

/** One passage as the model sees it; examples and real chunks share this layout so the examples teach it. */
function passageMessage(parts: PassageParts): string {
  const lines = [
    `ARTICLE TITLE: ${parts.title ?? '(none)'}`,
    `ARTICLE DATE: ${parts.publishedOn ?? 'unknown (use null for asserted_on unless the passage gives a full date)'}`,
  ];
  if (parts.context.trim() !== '') {
    lines.push('CONTEXT (text just before the passage; for resolving references only, extract nothing from it):');
    lines.push('<<<', parts.context, '>>>');
  }
  lines.push('PASSAGE:', '<<<', parts.text, '>>>');
  return lines.join('\n');
}

function exampleTurns(example: PromptExample): ChatMessage[] {
  return [
    { role: 'user', content: passageMessage({ title: null, publishedOn: example.published_on, context: '', text: example.text }) },
    { role: 'assistant', content: JSON.stringify({ claims: example.claims }) },
  ];
}

/**
 * The part of every request that does not depend on the chunk: system text, guidelines, the schema
 * (JSON mode only) and the few-shot turns. Byte-identical across calls so provider prompt caching hits.
 */
export function staticPrefix(prompt: LoadedPrompt, mode: OutputMode): ChatMessage[] {
  const built = prefixes.get(prompt) ?? new Map<OutputMode, ChatMessage[]>();
  prefixes.set(prompt, built);
  let prefix = built.get(mode);
  if (prefix === undefined) {
    const system = [prompt.file.system.trimEnd(), 'GUIDELINES', prompt.file.guidelines.trimEnd()];
    if (mode === 'json_object') system.push(schemaInstructions());
    prefix = [{ role: 'system', content: system.join('\n\n') }, ...prompt.file.examples.flatMap(exampleTurns)];
    built.set(mode, prefix);
  }
  // A copy: callers append to the list they get.
  return [...prefix];
}

/** Built once per prompt and mode: it is the same for every call of a run. */
const prefixes = new WeakMap<LoadedPrompt, Map<OutputMode, ChatMessage[]>>();

/** The chunk-specific final user message: title, the article date (for asserted_on), context, passage. */
export function passageFor(chunk: Chunk, article: Article): ChatMessage {
  return {
    role: 'user',
    content: passageMessage({
      title: article.title,
      publishedOn: article.published_on,
      context: chunk.context,
      text: chunk.text,
    }),
  };
}

/** Static prefix first, the chunk last. */
export function buildMessages(prompt: LoadedPrompt, chunk: Chunk, article: Article, mode: OutputMode): ChatMessage[] {
  return [...staticPrefix(prompt, mode), passageFor(chunk, article)];
}
