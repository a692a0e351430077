/**
 * The RPC functions' answers as Zod schemas: what the browser checks every answer against before
 * an island sees it (src/lib/supabase/rpc.ts), and what tests/db/rpc-contracts.test.ts holds the
 * database to. Each schema is checked against its TypeScript type in types.ts when compiled: a
 * schema and a type that say different things do not build.
 *
 * `contracts(z.object)` leaves out keys it does not know (a migration may add one before the site
 * is rebuilt); the contract test builds them with `z.strictObject`, so a new, renamed or missing
 * key fails there first.
 */
import * as z from 'zod/mini';
import type { Advisor } from '../advisors/listing.ts';
import { ADVISOR_PROFESSIONS } from '../advisors/listing.ts';
import {
  AREAS,
  AUDIENCES,
  INCLUSIVE_JOBS,
  LANGS,
  LEGAL_FORMS,
  OFFER_CATEGORIES,
  PRINCIPLES,
  SECTORS,
  SIZE_BANDS,
} from '../content/taxonomy.ts';
import type * as T from './types.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** A schema for the type `Type`; the second argument is only there to fail the build when they differ. */
const typed =
  <Type>() =>
  <S extends z.ZodMiniType>(schema: S, ..._check: Same<z.infer<S>, Type> extends true ? [] : [mismatch: never]): z.ZodMiniType<Type> =>
    schema as unknown as z.ZodMiniType<Type>;

const text = z.string();
const nullableText = z.nullable(z.string());
const count = z.number();
const STATES = ['draft', 'pending', 'approved', 'changes_requested', 'rejected', 'withdrawn', 'fixed'] as const;

export function contracts(object: typeof z.object = z.object) {
  const lessonDone = object({ lesson_id: text, completed_at: text });
  const serverProgress = object({
    lessons: z.array(object({ lesson_id: text, course_id: nullableText, completed_at: text, recorded_at: text })),
    attempts: z.array(
      object({
        id: text,
        lesson_id: text,
        course_id: nullableText,
        answers: z.record(text, z.array(text)),
        correct: count,
        total: count,
        passed: z.boolean(),
        attempted_at: text,
        recorded_at: text,
      }),
    ),
  });
  const profile = object({ display_name: nullableText, profession: nullableText, roles: z.array(z.enum(['editor', 'admin'])) });
  const certificate = object({
    id: text,
    code: text,
    course_id: text,
    participant_name: text,
    course_title: text,
    course_lang: z.enum(LANGS),
    subject_area: nullableText,
    level: text,
    hours: count,
    started_on: text,
    completed_on: text,
    issued_at: text,
    passed_at: text,
    score_percent: count,
    revoked_at: nullableText,
    revoked_reason: nullableText,
  });
  const advisorListing = object({
    profession: text,
    firm: nullableText,
    city: text,
    about: text,
    contact: text,
    listed_at: text,
    updated_at: text,
  });
  const question = { id: text, question: text, multiple: z.boolean(), options: z.array(object({ id: text, text })) };
  const feedback = object({
    attempt_id: text,
    course_id: text,
    started_at: text,
    submitted_at: text,
    correct: count,
    total: count,
    score_percent: count,
    pass_percent: count,
    passed: z.boolean(),
    items: z.array(
      object({
        ...question,
        chosen: z.array(text),
        right: z.boolean(),
        lesson: object({ id: text, title: nullableText }),
        correct: z.optional(z.array(text)),
        explanation: z.optional(text),
        sources: z.optional(z.array(object({ title: text, url: z.optional(text), law: z.optional(text) }))),
      }),
    ),
  });
  const editorCertificate = object({
    code: text,
    participant_name: text,
    course_title: text,
    completed_on: text,
    passed_at: text,
    score_percent: count,
    issued_at: text,
    revoked_at: nullableText,
    revoked_reason: nullableText,
    revoked_by: nullableText,
  });

  // Contributions: every kind's fields flat beside the pipeline's own.
  const state = z.enum(STATES);
  const meta = {
    id: text,
    state,
    version: count,
    business_id: nullableText,
    editor_note: nullableText,
    reviewed_at: nullableText,
    submitted_at: text,
    updated_at: text,
    events: z.array(
      object({
        id: count,
        actor_role: z.enum(['submitter', 'editor', 'system']),
        from_state: z.nullable(state),
        to_state: state,
        note: nullableText,
        created_at: text,
      }),
    ),
  };
  const contact = { contact_name: text, contact_email: text, consent_publish: z.boolean(), consent_privacy: z.boolean() };
  const storyFields = {
    title: text,
    organisation: text,
    legal_form: z.enum(LEGAL_FORMS),
    sector: z.enum(SECTORS),
    district: z.enum(AREAS),
    founded: count,
    size: text,
    size_band: z.enum(SIZE_BANDS),
    principles: z.array(z.enum(PRINCIPLES)),
    summary: text,
    story: text,
    lessons: text,
    website: nullableText,
  };
  const businessFields = {
    name: text,
    legal_form: z.enum(LEGAL_FORMS),
    sector: z.enum(SECTORS),
    district: z.enum(AREAS),
    offers: z.array(z.enum(OFFER_CATEGORIES)),
    rsv: z.boolean(),
    founded: count,
    website: nullableText,
    cvr: text,
    principles: z.array(z.enum(PRINCIPLES)),
    description: text,
    // null on a submission sent before inclusive jobs existed (20261207140000): not stated
    inclusive_jobs: z.optional(z.nullable(z.array(z.enum(INCLUSIVE_JOBS)))),
  };
  const eventFields = {
    title: text,
    start: text,
    end: text,
    place_kind: z.enum(['adresse', 'online']),
    place_name: nullableText,
    address: nullableText,
    district: z.nullable(z.enum(AREAS)),
    online_url: nullableText,
    organiser_name: text,
    organiser_business: nullableText,
    audiences: z.array(z.enum(AUDIENCES)),
    price: z.nullable(count),
    price_note: nullableText,
    sign_up_url: nullableText,
    description: text,
  };
  const reportFields = { page_path: text, page_version: text, what: text, source: nullableText, email: nullableText };
  const storySubmission = object({ ...meta, kind: z.literal('story'), ...storyFields, ...contact });
  const businessSubmission = object({ ...meta, kind: z.literal('business'), ...businessFields, ...contact });
  const reportSubmission = object({ ...meta, kind: z.literal('report'), ...reportFields });
  const eventSubmission = object({ ...meta, kind: z.literal('event'), ...eventFields, ...contact });
  const anySubmission = z.discriminatedUnion('kind', [storySubmission, businessSubmission, reportSubmission, eventSubmission]);
  const queued = { submitter_id: nullableText, age_days: count };
  const queueItem = z.discriminatedUnion('kind', [
    object({ ...storySubmission.shape, ...queued }),
    object({ ...businessSubmission.shape, ...queued }),
    object({ ...reportSubmission.shape, ...queued }),
    object({ ...eventSubmission.shape, ...queued }),
  ]);
  const publishedStory = object({ id: text, slug: text, published_at: text, ...storyFields });
  const publishedBusinessShape = { slug: text, published_at: text, updated_at: text, ...businessFields };
  const publishedBusiness = object(publishedBusinessShape);
  const ownBusiness = object({ id: text, ...publishedBusinessShape });
  const published = { story: z.nullable(publishedStory), business: z.nullable(ownBusiness) };
  const reviewOutcome = z.discriminatedUnion('kind', [
    object({ ...storySubmission.shape, ...published }),
    object({ ...businessSubmission.shape, ...published }),
    object({ ...reportSubmission.shape, ...published }),
    object({ ...eventSubmission.shape, ...published }),
  ]);
  const publishedEvent = object({ slug: text, published_at: text, ...eventFields });
  const maybeCount = z.nullable(count);
  const keyed = z.array(object({ key: text, count: maybeCount }));

  return {
    lessonDone: typed<T.LessonDone>()(lessonDone),
    attemptResult: typed<T.AttemptResult>()(
      object({ attempt_id: text, lesson_id: text, correct: count, total: count, passed: z.boolean(), completed_at: nullableText }),
    ),
    serverProgress: typed<T.ServerProgress>()(serverProgress),
    lessonIds: typed<string[]>()(z.array(text)),
    profile: typed<T.Profile>()(profile),
    certificate: typed<T.Certificate>()(certificate),
    certificates: typed<T.Certificate[]>()(z.array(certificate)),
    verifiedCertificate: typed<T.VerifiedCertificate | null>()(
      z.nullable(
        object({
          participant_name: text,
          course_title: text,
          course_lang: z.enum(LANGS),
          completed_on: text,
          hours: count,
          passed_at: text,
          score_percent: count,
          revoked_at: nullableText,
        }),
      ),
    ),
    advisors: typed<Advisor[]>()(
      z.array(
        object({
          name: text,
          profession: z.enum(ADVISOR_PROFESSIONS),
          firm: nullableText,
          city: text,
          about: text,
          contact: text,
          courses: z.array(object({ course_id: text, course_title: text, passed_on: text, code: text })),
        }),
      ),
    ),
    advisorListing: typed<T.AdvisorListing>()(advisorListing),
    maybeAdvisorListing: typed<T.AdvisorListing | null>()(z.nullable(advisorListing)),
    removed: typed<boolean>()(z.boolean()),
    assessmentOverview: typed<T.AssessmentOverview>()(
      object({
        course_id: text,
        item_count: count,
        pass_percent: count,
        time_limit_minutes: count,
        attempts_per_day: count,
        attempts_left: count,
        next_attempt_at: nullableText,
        open_attempt: z.nullable(object({ attempt_id: text, expires_at: text })),
        passed: z.nullable(object({ attempt_id: text, passed_at: text, score_percent: count })),
        lessons_missing: count,
      }),
    ),
    assessmentAttempt: typed<T.AssessmentAttempt>()(
      object({
        attempt_id: text,
        course_id: text,
        started_at: text,
        expires_at: text,
        pass_percent: count,
        questions: z.array(object(question)),
      }),
    ),
    assessmentFeedback: typed<T.AssessmentFeedback>()(feedback),
    editorCertificate: typed<T.EditorCertificate>()(editorCertificate),
    revocations: typed<T.Revocation[]>()(
      z.array(object({ code: text, participant_name: text, course_title: text, revoked_at: text, reason: text, revoked_by: nullableText })),
    ),
    storySubmission: typed<T.Submission>()(storySubmission),
    businessSubmission: typed<T.BusinessSubmission>()(businessSubmission),
    eventSubmission: typed<T.EventSubmission>()(eventSubmission),
    reportReceipt: typed<{ id: string; state: 'pending' }>()(object({ id: text, state: z.literal('pending') })),
    anySubmission: typed<T.AnySubmission>()(anySubmission),
    submissions: typed<T.AnySubmission[]>()(z.array(anySubmission)),
    maybeOwnBusiness: typed<T.OwnBusiness | null>()(z.nullable(ownBusiness)),
    queue: typed<T.QueueItem[]>()(z.array(queueItem)),
    review: typed<T.ReviewOutcome>()(reviewOutcome),
    publishedStories: typed<T.PublishedStory[]>()(z.array(publishedStory)),
    publishedBusinesses: typed<T.PublishedBusiness[]>()(z.array(publishedBusiness)),
    publishedEvents: typed<T.PublishedEvent[]>()(z.array(publishedEvent)),
    exportedData: typed<T.ExportedData>()(
      object({
        exported_at: text,
        user: object({ id: text, email: text }),
        profile,
        progress: serverProgress,
        assessment_attempts: z.array(
          object({
            id: text,
            course_id: text,
            started_at: text,
            expires_at: text,
            submitted_at: nullableText,
            answers: z.nullable(z.record(text, z.array(text))),
            correct: maybeCount,
            total: count,
            score_percent: maybeCount,
            pass_percent: count,
            passed: z.nullable(z.boolean()),
          }),
        ),
        certificates: z.array(certificate),
        advisor_listing: z.nullable(advisorListing),
        submissions: z.array(anySubmission),
        businesses: z.array(ownBusiness),
        actions: object({
          moderation: z.array(
            object({
              submission_id: text,
              actor_role: text,
              from_state: nullableText,
              to_state: text,
              note: nullableText,
              created_at: text,
            }),
          ),
          certificates: z.array(object({ code: text, action: z.enum(['issued', 'revoked']), reason: nullableText, created_at: text })),
        }),
      }),
    ),
    deleted: typed<{ deleted: true }>()(object({ deleted: z.literal(true) })),
    publicFigures: typed<T.PublicFigures>()(
      object({
        computed_at: text,
        learners: maybeCount,
        certificates: maybeCount,
        cpd_hours: maybeCount,
        stories: maybeCount,
        businesses: maybeCount,
        per_course: z.array(
          object({
            course: text,
            title: text,
            has_cpd: z.boolean(),
            learners: maybeCount,
            certificates: maybeCount,
            cpd_hours: maybeCount,
          }),
        ),
        per_year: z.array(object({ year: count, learners: maybeCount, certificates: maybeCount, cpd_hours: maybeCount })),
        businesses_by_district: keyed,
        businesses_by_legal_form: keyed,
        businesses_by_offer: keyed,
      }),
    ),
  };
}

/** The schemas the browser checks answers with. */
export const CONTRACTS = contracts();
