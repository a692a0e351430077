/** What the assessment page and the revocation form do, on top of the typed RPC wrappers. */
import { supabase } from './supabase.ts';
import * as rpc from '../lib/supabase/rpc.ts';
import { assessmentError, type AssessmentError } from '../lib/assessment/errors.ts';

export { assessmentError, type AssessmentError };
export { unanswered } from '../lib/assessment/unanswered.ts';

/** Rejects with an AssessmentError (a dictionary key), never with a raw database error. */
const translated = <T>(work: Promise<T>): Promise<T> => work.catch((e: unknown) => Promise.reject(assessmentError(e)));

export const overview = (courseId: string) => translated(rpc.assessmentOverview(supabase(), courseId));
export const start = (courseId: string) => translated(rpc.startAssessment(supabase(), courseId));
export const submit = (attemptId: string, answers: Record<string, string[]>) =>
  translated(rpc.submitAssessment(supabase(), attemptId, answers));

export const findCertificate = (code: string) => translated(rpc.findCertificate(supabase(), code));
export const revokeCertificate = (code: string, reason: string) => translated(rpc.revokeCertificate(supabase(), code, reason));
export const revocations = () => translated(rpc.certificateRevocations(supabase()));
