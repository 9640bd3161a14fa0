/**
 * A deterministic stand-in for a model, behind the fake server: it reads the passage out of the
 * last user message and proposes one claim per sentence that contains a digit, quoting it verbatim.
 * Optionally it adds a fabricated quote, which grounding must reject.
 */
import type { RecordedRequest, Reply } from './fake-openai-server.js';
import { completion } from './fake-openai-server.js';

export function passageOf(request: RecordedRequest): string {
  // The passage is the last user message that has one (a re-ask adds turns after it).
  const messages = request.body.messages ?? [];
  const last = [...messages].reverse().find((m) => m.role === 'user' && m.content.includes('PASSAGE:'))?.content ?? '';
  const match = /PASSAGE:\n<<<\n([\s\S]*)\n>>>\s*$/.exec(last);
  return match?.[1] ?? '';
}

export function claimsFor(passage: string, options: { fabricate?: boolean } = {}) {
  const sentences = passage.split(/(?<=[.!?]["”’]?)\s+|\n+/).map((s) => s.trim()).filter(Boolean);
  const claims = sentences
    .filter((s) => /\d/.test(s))
    .map((quote) => ({
      statement: quote,
      quote,
      speaker: { name: null, org: null },
      stance: 'asserts' as const,
      quantity: null,
      asserted_on: null,
    }));
  if (options.fabricate) {
    claims.push({
      statement: 'A fabricated claim.',
      quote: 'The committee unanimously approved a budget of 47 zorkmids for the lunar aquarium.',
      speaker: { name: null, org: null },
      stance: 'asserts',
      quantity: null,
      asserted_on: null,
    });
  }
  return claims;
}

export function scriptedAnswer(request: RecordedRequest, options: { fabricate?: boolean } = {}): Reply {
  const passage = passageOf(request);
  return completion({ content: JSON.stringify({ claims: claimsFor(passage, options) }), prompt_tokens: 1000, cached_tokens: 800, completion_tokens: 50 });
}
