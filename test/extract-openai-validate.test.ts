import { describe, expect, it } from 'vitest';
import { parseClaimOutput, reaskMessage, rejectsStructuredOutput } from '../src/extract/openai/index.js';
import { ModelRequestRejected, ModelServerError } from '../src/llm/errors.js';

const claim = {
  statement: 'The ministry said 12 schools were closed.',
  quote: 'The ministry said 12 schools were closed.',
  speaker: { name: null, org: 'the ministry' },
  stance: 'asserts',
  quantity: { value: 12, low: null, high: null, qualifier: 'exact', unit: 'schools' },
  asserted_on: null,
};

describe('parseClaimOutput', () => {
  it('accepts a valid answer, also inside a Markdown code fence', () => {
    expect(parseClaimOutput(JSON.stringify({ claims: [claim] }))).toEqual({ ok: true, claims: [claim] });
    expect(parseClaimOutput('```json\n' + JSON.stringify({ claims: [] }) + '\n```')).toEqual({ ok: true, claims: [] });
  });

  it('reports empty answers, broken JSON and schema issues with their paths', () => {
    expect(parseClaimOutput(null)).toMatchObject({ ok: false, issues: [{ path: '' }] });
    expect(parseClaimOutput('  ')).toMatchObject({ ok: false, issues: [{ path: '' }] });
    const broken = parseClaimOutput('{"claims": [');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues[0]?.message).toMatch(/^not valid JSON/);
    const wrong = parseClaimOutput(JSON.stringify({ claims: [{ ...claim, speaker: { name: 'x' }, quantity: { ...claim.quantity, qualifier: 'roughly' } }] }));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      const paths = wrong.issues.map((i) => i.path);
      expect(paths).toContain('claims.0.speaker.org');
      expect(paths).toContain('claims.0.quantity.qualifier');
    }
    const noList = parseClaimOutput('[]');
    expect(noList.ok).toBe(false);
  });
});

describe('reaskMessage', () => {
  it('lists each issue as path: message and caps a long list', () => {
    const text = reaskMessage([{ path: 'claims.0.stance', message: 'Invalid option' }, { path: '', message: 'not valid JSON: x' }]);
    expect(text).toContain('- claims.0.stance: Invalid option');
    expect(text).toContain('- (whole answer): not valid JSON: x');
    const many = reaskMessage(Array.from({ length: 45 }, (_, i) => ({ path: `claims.${i}.quote`, message: 'Too small' })));
    expect(many).toContain('claims.19.quote');
    expect(many).not.toContain('claims.20.quote');
    expect(many).toContain('and 25 more');
  });
});

describe('rejectsStructuredOutput', () => {
  it('is true only for 400/422 rejections about the response format', () => {
    expect(rejectsStructuredOutput(new ModelRequestRejected("HTTP 400: 'response_format' json_schema unsupported", 'request_rejected', 400))).toBe(true);
    expect(rejectsStructuredOutput(new ModelRequestRejected('HTTP 422: guided decoding backend not available for json schema', 'request_rejected', 422))).toBe(true);
    expect(rejectsStructuredOutput(new ModelRequestRejected('HTTP 400: maximum context length exceeded', 'request_rejected', 400))).toBe(false);
    expect(rejectsStructuredOutput(new ModelRequestRejected('HTTP 404: response_format route not found', 'request_rejected', 404))).toBe(false);
    expect(rejectsStructuredOutput(new ModelServerError('HTTP 500: response_format', 'server_error', 500))).toBe(false);
    expect(rejectsStructuredOutput(new Error('response_format'))).toBe(false);
  });
});
