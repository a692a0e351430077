/** Danish messages for the database's refusals of the assessment and of revocation. */
import { RpcError, UNEXPECTED_ANSWER } from '../supabase/rpc.ts';
import type { AssessmentKey } from '../i18n/assessment.ts';

export interface AssessmentError {
  key: AssessmentKey;
  /** An ISO time: when the learner may try again. Formatted by the island. */
  when?: string;
}

/**
 * Worked example: the database refuses a fourth attempt with
 * `assessment_attempt_limit`, detail "2026-11-30T14:05:00Z" → { key: 'assessment.error.attemptLimit', when: '2026-11-30T14:05:00Z' }.
 */
export function assessmentError(e: unknown): AssessmentError {
  if (!(e instanceof RpcError)) return { key: 'assessment.error.unknown' };
  if (e.isNetwork) return { key: 'assessment.error.network' };
  if (e.message === UNEXPECTED_ANSWER) return { key: 'assessment.error.unexpectedAnswer' };
  const when = e.detail || undefined;
  switch (e.message) {
    case 'not_signed_in':
      return { key: 'assessment.error.signedOut' };
    case 'assessment_not_found':
      return { key: 'assessment.error.notFound' };
    case 'assessment_already_passed':
      return { key: 'assessment.error.alreadyPassed' };
    case 'assessment_attempt_limit':
      return { key: 'assessment.error.attemptLimit', when };
    case 'attempt_not_found':
      return { key: 'assessment.error.attemptNotFound' };
    case 'attempt_already_submitted':
      return { key: 'assessment.error.alreadySubmitted' };
    case 'attempt_expired':
      return when ? { key: 'assessment.error.expiredWait', when } : { key: 'assessment.error.expired' };
    case 'attempt_not_submitted':
      return { key: 'assessment.error.notSubmitted' };
    case 'invalid_answers':
      return { key: 'assessment.error.invalidAnswers' };
    case 'not_editor':
      return { key: 'revoke.error.notEditor' };
    case 'certificate_not_found':
      return { key: 'revoke.error.notFound' };
    case 'certificate_already_revoked':
      return { key: 'revoke.error.already' };
    case 'revocation_reason_required':
      return { key: 'revoke.error.reason' };
    default:
      return { key: 'assessment.error.unknown' };
  }
}
