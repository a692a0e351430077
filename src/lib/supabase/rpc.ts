/**
 * Typed wrappers, one per RPC function: the browser's whole contract with the database. They are
 * handed the client (src/client/ holds the one the browser uses). Each resolves to the function's
 * result, checked against its schema (contracts.ts), or rejects with an RpcError carrying the
 * database's code and message key (e.g. `rate_limited`, `course_incomplete`), which the UI
 * translates. An answer of the wrong shape rejects as `unexpected_answer`, before any island sees it.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from './database.types.ts';
import { CONTRACTS as C } from './contracts.ts';
import type * as z from 'zod/mini';
import type {
  AdvisorListing,
  AnySubmission,
  BusinessInput,
  EventInput,
  ReportInput,
  ReviewDecision,
  Submission,
  SubmissionInput,
  SubmissionKind,
  SubmissionState,
} from './types.ts';

/** The Supabase client these wrappers are handed (src/client/supabase.ts makes the one the browser uses). */
export type Client = SupabaseClient<Database>;

export class RpcError extends Error {
  readonly code: string;
  readonly status: number;
  readonly detail: string | null;
  constructor(message: string, code: string, status: number, detail: string | null) {
    super(message);
    this.name = 'RpcError';
    this.code = code;
    this.status = status;
    this.detail = detail;
  }
  /** No answer from the server (offline, timeout): worth trying again later. */
  get isNetwork(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

interface RpcResponse {
  data: unknown;
  error: { code: string; message: string; details: string | null } | null;
  status: number;
}

/** The message of an answer that does not have the shape the site expects (a site and database out of step). */
export const UNEXPECTED_ANSWER = 'unexpected_answer';

async function call<T>(schema: z.ZodMiniType<T>, request: PromiseLike<RpcResponse>): Promise<T> {
  let response: RpcResponse;
  try {
    response = await request;
  } catch (e) {
    throw new RpcError((e as Error).message, 'network', 0, null);
  }
  const { data, error, status } = response;
  if (error) throw new RpcError(error.message, error.code, status, error.details);
  const checked = schema.safeParse(data);
  if (!checked.success) {
    const where = checked.error.issues.map((i) => i.path.join('.') || '(svaret)').join(', ');
    throw new RpcError(UNEXPECTED_ANSWER, 'contract', status, where);
  }
  return checked.data;
}

// Learning
export const recordLessonDone = (c: Client, lessonId: string, completedAt?: string) =>
  call(C.lessonDone, c.rpc('record_lesson_done', { p_lesson_id: lessonId, p_completed_at: completedAt }));

export const recordQuizAttempt = (c: Client, a: { id: string; lessonId: string; answers: Record<string, string[]>; at?: string }) =>
  call(
    C.attemptResult,
    c.rpc('record_quiz_attempt', { p_attempt_id: a.id, p_lesson_id: a.lessonId, p_answers: a.answers, p_attempted_at: a.at }),
  );

export const myProgress = (c: Client) => call(C.serverProgress, c.rpc('my_progress'));

/** The published lessons the database knows (the production build checks the site's against it). */
export const catalogueLessonIds = (c: Client) => call(C.lessonIds, c.rpc('catalogue_lesson_ids'));

/** Sends the guest's local progress (the browser store's own shape); idempotent. */
export const mergeGuestProgress = (c: Client, progress: { lessons: Record<string, unknown> }) =>
  call(C.serverProgress, c.rpc('merge_guest_progress', { p_progress: progress as never }));

// Profile and certificates
export const getMyProfile = (c: Client) => call(C.profile, c.rpc('get_my_profile'));

export const updateMyProfile = (c: Client, displayName: string | null, profession: string | null) =>
  call(C.profile, c.rpc('update_my_profile', { p_display_name: displayName as string, p_profession: profession as string }));

export const issueCertificate = (c: Client, courseId: string) => call(C.certificate, c.rpc('issue_certificate', { p_course_id: courseId }));

export const myCertificates = (c: Client) => call(C.certificates, c.rpc('my_certificates'));

export const verifyCertificate = (c: Client, code: string) => call(C.verifiedCertificate, c.rpc('verify_certificate', { p_code: code }));

// Advisors: the public list (list_advisors) is read with a plain fetch, src/client/advisors.ts,
// so guests load no client
export const myAdvisorListing = (c: Client) => call(C.maybeAdvisorListing, c.rpc('my_advisor_listing'));

export const saveAdvisorListing = (c: Client, listing: Omit<AdvisorListing, 'listed_at' | 'updated_at'>) =>
  call(C.advisorListing, c.rpc('save_advisor_listing', { p_listing: listing }));

export const removeAdvisorListing = (c: Client) => call(C.removed, c.rpc('remove_advisor_listing'));

// Course assessment: drawn, timed and graded in the database
export const assessmentOverview = (c: Client, courseId: string) =>
  call(C.assessmentOverview, c.rpc('assessment_overview', { p_course_id: courseId }));

/** Starts an attempt, or returns the open one. */
export const startAssessment = (c: Client, courseId: string) =>
  call(C.assessmentAttempt, c.rpc('start_assessment', { p_course_id: courseId }));

/** answers: item id → chosen option ids. Accepted once per attempt. */
export const submitAssessment = (c: Client, attemptId: string, answers: Record<string, string[]>) =>
  call(C.assessmentFeedback, c.rpc('submit_assessment', { p_attempt_id: attemptId, p_answers: answers }));

export const assessmentResult = (c: Client, attemptId: string) =>
  call(C.assessmentFeedback, c.rpc('assessment_result', { p_attempt_id: attemptId }));

// Certificates, for editors
export const findCertificate = (c: Client, code: string) => call(C.editorCertificate, c.rpc('find_certificate', { p_code: code }));

export const revokeCertificate = (c: Client, code: string, reason: string) =>
  call(C.editorCertificate, c.rpc('revoke_certificate', { p_code: code, p_reason: reason }));

export const certificateRevocations = (c: Client) => call(C.revocations, c.rpc('certificate_revocations'));

// Contributions: one pipeline for stories, business entries, error reports and events
export const submitCaseStory = (c: Client, input: SubmissionInput) =>
  call(C.storySubmission, c.rpc('submit_case_story', { p_submission: input as never }));

/** A new directory entry, or with `businessId` a change to the caller's own entry. */
export const submitBusiness = (c: Client, input: BusinessInput, businessId?: string) =>
  call(
    C.businessSubmission,
    c.rpc('submit_business', { p_business: input as never, ...(businessId ? { p_business_id: businessId } : {}) }),
  );

/** A partner's event for /arrangementer/; moderated like every contribution. */
export const submitEvent = (c: Client, input: EventInput) => call(C.eventSubmission, c.rpc('submit_event', { p_event: input as never }));

/** Works signed in or not; signed in, the report shows on the reporter's own page. */
export const reportError = (c: Client, input: ReportInput) => call(C.reportReceipt, c.rpc('report_error', { p_report: input as never }));

export const updateSubmission = <T extends AnySubmission = Submission>(
  c: Client,
  id: string,
  input: SubmissionInput | BusinessInput | EventInput,
) =>
  // The answer is checked as a submission of any kind; the caller names the kind it sent.
  call(C.anySubmission as z.ZodMiniType<T>, c.rpc('update_submission', { p_id: id, p_submission: input as never }));

export const withdrawSubmission = (c: Client, id: string) => call(C.anySubmission, c.rpc('withdraw_submission', { p_id: id }));

export const mySubmissions = (c: Client) => call(C.submissions, c.rpc('my_submissions'));

export const myBusiness = (c: Client) => call(C.maybeOwnBusiness, c.rpc('my_business'));

export const editorQueue = (c: Client, state?: SubmissionState, kind?: SubmissionKind) =>
  call(C.queue, c.rpc('editor_queue', { ...(state ? { p_state: state } : {}), ...(kind ? { p_kind: kind } : {}) }));

/** `version` is the one the editor opened: the database refuses the decision if the submission changed since. */
export const reviewSubmission = (c: Client, id: string, version: number, decision: ReviewDecision, note?: string) =>
  call(C.review, c.rpc('review_submission', { p_id: id, p_version: version, p_decision: decision, p_note: note }));

export const listPublishedStories = (c: Client) => call(C.publishedStories, c.rpc('list_published_stories'));

export const publishedBusinesses = (c: Client) => call(C.publishedBusinesses, c.rpc('published_businesses'));

export const publishedEvents = (c: Client) => call(C.publishedEvents, c.rpc('published_events'));

// Account and figures
export const exportMyData = (c: Client) => call(C.exportedData, c.rpc('export_my_data'));

export const deleteMyData = (c: Client) => call(C.deleted, c.rpc('delete_my_data'));

export const publicFigures = (c: Client) => call(C.publicFigures, c.rpc('public_figures'));
