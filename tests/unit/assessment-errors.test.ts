import { describe, expect, it } from 'vitest';
import { assessmentError } from '../../src/lib/assessment/errors.ts';
import { unanswered } from '../../src/lib/assessment/unanswered.ts';
import { t } from '../../src/lib/i18n/assessment.ts';
import { RpcError } from '../../src/lib/supabase/rpc.ts';

const refusal = (message: string, detail: string | null = null, status = 400) => new RpcError(message, 'P0001', status, detail);

describe('assessment refusals in Danish', () => {
  it('say when the next attempt is allowed', () => {
    expect(assessmentError(refusal('assessment_attempt_limit', '2026-11-30T13:05:00Z', 429))).toEqual({
      key: 'assessment.error.attemptLimit',
      when: '2026-11-30T13:05:00Z',
    });
    expect(assessmentError(refusal('attempt_expired', ''))).toEqual({ key: 'assessment.error.expired' });
    expect(assessmentError(refusal('attempt_expired', '2026-11-30T13:05:00Z')).key).toBe('assessment.error.expiredWait');
  });

  it('map every refusal of the database to its own message', () => {
    const codes = [
      'not_signed_in',
      'assessment_not_found',
      'assessment_already_passed',
      'attempt_not_found',
      'attempt_already_submitted',
      'attempt_not_submitted',
      'invalid_answers',
      'not_editor',
      'certificate_not_found',
      'certificate_already_revoked',
      'revocation_reason_required',
    ];
    const keys = codes.map((c) => assessmentError(refusal(c)).key);
    expect(new Set(keys).size).toBe(codes.length);
    expect(keys).not.toContain('assessment.error.unknown');
    for (const k of keys) expect(t(k, { when: 'i morgen' })).toMatch(/[a-zæøå]/);
  });

  it('tell a network failure from a refusal', () => {
    expect(assessmentError(new RpcError('fetch failed', 'network', 0, null)).key).toBe('assessment.error.network');
    expect(assessmentError(new Error('x')).key).toBe('assessment.error.unknown');
  });

  it('find the questions left without an answer', () => {
    expect(unanswered(['a', 'b', 'c'], { a: ['x'], b: [] })).toEqual(['b', 'c']);
  });
});
