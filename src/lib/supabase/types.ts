/** The shapes the RPC functions return (they return jsonb, so the generated types say Json). */
import type { Area, Audience, InclusiveJob, Lang, LegalForm, OfferCategory, Principle, Sector, SizeBand } from '../content/taxonomy.ts';

export interface ServerProgress {
  /** `recorded_at`: when the server received it (`completed_at`/`attempted_at` is when it happened). */
  lessons: { lesson_id: string; course_id: string | null; completed_at: string; recorded_at: string }[];
  attempts: {
    id: string;
    lesson_id: string;
    course_id: string | null;
    answers: Record<string, string[]>;
    correct: number;
    total: number;
    passed: boolean;
    attempted_at: string;
    recorded_at: string;
  }[];
}

export interface LessonDone {
  lesson_id: string;
  completed_at: string;
}

export interface AttemptResult {
  attempt_id: string;
  lesson_id: string;
  correct: number;
  total: number;
  passed: boolean;
  completed_at: string | null;
}

export interface Profile {
  display_name: string | null;
  profession: string | null;
  roles: ('editor' | 'admin')[];
}

export interface Certificate {
  id: string;
  code: string;
  course_id: string;
  participant_name: string;
  course_title: string;
  /** The language the course was taken in (the course's language when the certificate was issued). */
  course_lang: Lang;
  subject_area: string | null;
  level: string;
  hours: number;
  started_on: string;
  completed_on: string;
  issued_at: string;
  /** When the course assessment was passed (server time) and its score. */
  passed_at: string;
  score_percent: number;
  /** Set when an editor revoked it; the reason is shown only to the learner. */
  revoked_at: string | null;
  revoked_reason: string | null;
}

/** What the public check by code reveals, and no more. */
export interface VerifiedCertificate {
  participant_name: string;
  course_title: string;
  course_lang: Lang;
  completed_on: string;
  hours: number;
  passed_at: string;
  score_percent: number;
  /** When it was revoked; the public never learns why. */
  revoked_at: string | null;
}

// Course assessment (afsluttende prøve)
export interface AssessmentOverview {
  course_id: string;
  item_count: number;
  pass_percent: number;
  time_limit_minutes: number;
  attempts_per_day: number;
  attempts_left: number;
  /** When the next attempt is allowed, if none is left now. */
  next_attempt_at: string | null;
  open_attempt: { attempt_id: string; expires_at: string } | null;
  passed: { attempt_id: string; passed_at: string; score_percent: number } | null;
  lessons_missing: number;
}

export interface AssessmentQuestion {
  id: string;
  question: string;
  /** The question has more than one right option (»Vælg alle rigtige«). */
  multiple: boolean;
  options: { id: string; text: string }[];
}

/** A started attempt: questions without keys. */
export interface AssessmentAttempt {
  attempt_id: string;
  course_id: string;
  started_at: string;
  expires_at: string;
  pass_percent: number;
  questions: AssessmentQuestion[];
}

/**
 * One item of a submitted attempt. Every attempt says which answers were wrong and the lesson to
 * read again; only a passed attempt also carries the keys (as this attempt's option ids), the
 * explanation and the sources.
 */
export type AssessmentFeedbackItem = AssessmentQuestion & {
  chosen: string[];
  right: boolean;
  lesson: { id: string; title: string | null };
  correct?: string[];
  explanation?: string;
  sources?: { title: string; url?: string; law?: string }[];
};

/** A submitted attempt, with feedback for its own items only. */
export interface AssessmentFeedback {
  attempt_id: string;
  course_id: string;
  started_at: string;
  submitted_at: string;
  correct: number;
  total: number;
  score_percent: number;
  pass_percent: number;
  passed: boolean;
  items: AssessmentFeedbackItem[];
}

/** A certificate as an editor sees it before revoking. */
export interface EditorCertificate {
  code: string;
  participant_name: string;
  course_title: string;
  completed_on: string;
  passed_at: string;
  score_percent: number;
  issued_at: string;
  revoked_at: string | null;
  revoked_reason: string | null;
  revoked_by: string | null;
}

export interface Revocation {
  code: string;
  participant_name: string;
  course_title: string;
  revoked_at: string;
  reason: string;
  revoked_by: string | null;
}

export type SubmissionState = 'draft' | 'pending' | 'approved' | 'changes_requested' | 'rejected' | 'withdrawn' | 'fixed';

/** The kinds of contribution that share the one pipeline. */
export type SubmissionKind = 'story' | 'business' | 'report' | 'event';

/** The fields a partner fills in. */
export interface SubmissionInput {
  title: string;
  organisation: string;
  legal_form: LegalForm;
  sector: Sector;
  district: Area;
  founded: number;
  size: string;
  size_band: SizeBand;
  principles: Principle[];
  summary: string;
  story: string;
  lessons: string;
  website: string | null;
  contact_name: string;
  contact_email: string;
  consent_publish: boolean;
  consent_privacy: boolean;
  /** Left empty by people; bots fill it in. */
  honeypot?: string;
}

/** The fields of a business entry (the contact person and consents are never public). */
export interface BusinessInput {
  name: string;
  legal_form: LegalForm;
  sector: Sector;
  district: Area;
  offers: OfferCategory[];
  rsv: boolean;
  founded: number;
  website: string | null;
  cvr: string;
  principles: Principle[];
  description: string;
  /** Inclusive jobs the business offers; empty, absent or (on an entry from before they existed) null when not stated. */
  inclusive_jobs?: InclusiveJob[] | null;
  contact_name: string;
  contact_email: string;
  consent_publish: boolean;
  consent_privacy: boolean;
  honeypot?: string;
}

/** An error report on a lesson, story or glossary page. */
export interface ReportInput {
  page_path: string;
  /** The page's `reviewed` date (or content hash) when the reader saw it. */
  page_version: string;
  what: string;
  source: string | null;
  email: string | null;
  honeypot?: string;
}

/**
 * An event as a partner sends it (src/lib/events/fields.ts). Times are Copenhagen wall-clock
 * times "ÅÅÅÅ-MM-DDTTT:MM"; only the chosen place's fields are set. The contact person and the
 * consents are never public.
 */
export interface EventInput {
  title: string;
  start: string;
  end: string;
  place_kind: 'adresse' | 'online';
  place_name: string | null;
  address: string | null;
  district: Area | null;
  online_url: string | null;
  organiser_name: string;
  /** The slug of the organiser's directory entry. */
  organiser_business: string | null;
  audiences: Audience[];
  /** Whole kroner; null when not stated. */
  price: number | null;
  price_note: string | null;
  sign_up_url: string | null;
  description: string;
  contact_name: string;
  contact_email: string;
  consent_publish: boolean;
  consent_privacy: boolean;
  honeypot?: string;
}

/** One step of a submission's trail, as submitters and editors see it (no user ids). */
export interface ModerationEvent {
  id: number;
  actor_role: 'submitter' | 'editor' | 'system';
  from_state: SubmissionState | null;
  to_state: SubmissionState;
  note: string | null;
  created_at: string;
}

interface SubmissionMeta {
  id: string;
  state: SubmissionState;
  /** Counts every change; a review names the version the editor saw. */
  version: number;
  business_id: string | null;
  editor_note: string | null;
  reviewed_at: string | null;
  submitted_at: string;
  updated_at: string;
  events: ModerationEvent[];
}

export type StorySubmission = SubmissionMeta & { kind: 'story' } & Omit<SubmissionInput, 'honeypot'>;
export type BusinessSubmission = SubmissionMeta & { kind: 'business' } & Omit<BusinessInput, 'honeypot'>;
export type ReportSubmission = SubmissionMeta & { kind: 'report' } & Omit<ReportInput, 'honeypot'>;
export type EventSubmission = SubmissionMeta & { kind: 'event' } & Omit<EventInput, 'honeypot'>;
/** A submission of any kind, its fields flat beside the pipeline's own. */
export type AnySubmission = StorySubmission | BusinessSubmission | ReportSubmission | EventSubmission;
/** Kept for the story pages, which only ever see stories. */
export type Submission = StorySubmission;

export type QueueItem = AnySubmission & { submitter_id: string | null; age_days: number };

export interface PublishedStory
  extends Omit<SubmissionInput, 'contact_name' | 'contact_email' | 'consent_publish' | 'consent_privacy' | 'honeypot'> {
  id: string;
  slug: string;
  published_at: string;
}

export type ReviewDecision = 'approve' | 'request_changes' | 'reject' | 'fix';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * What review_submission answers: the submission as its submitter sees it, and what the decision
 * published. `story` is the published story (in place of a story's text) and `business` the
 * directory entry, each null when the decision published none.
 */
export type ReviewOutcome = DistributiveOmit<AnySubmission, 'story'> & { story: PublishedStory | null; business: OwnBusiness | null };

/**
 * A directory entry as published_businesses() returns it (public fields only). The directory
 * pages and their content loader read exactly these keys.
 */
export interface PublishedBusiness
  extends Omit<BusinessInput, 'contact_name' | 'contact_email' | 'consent_publish' | 'consent_privacy' | 'honeypot'> {
  slug: string;
  published_at: string;
  updated_at: string;
}

/** An approved event as published_events() returns it (public fields only); the events loader reads exactly these keys. */
export interface PublishedEvent
  extends Omit<EventInput, 'contact_name' | 'contact_email' | 'consent_publish' | 'consent_privacy' | 'honeypot'> {
  slug: string;
  published_at: string;
}

/** The partner's own directory entry (to edit it). */
export interface OwnBusiness extends PublishedBusiness {
  id: string;
}

/** The figures on /tal/ (public_figures): every count under 5 is null, left out by the database. */
export interface PublicFigures {
  computed_at: string;
  learners: number | null;
  certificates: number | null;
  /** Null when fewer than 5 certificates stand behind the sum. */
  cpd_hours: number | null;
  stories: number | null;
  businesses: number | null;
  per_course: {
    course: string;
    title: string;
    has_cpd: boolean;
    learners: number | null;
    certificates: number | null;
    cpd_hours: number | null;
  }[];
  per_year: { year: number; learners: number | null; certificates: number | null; cpd_hours: number | null }[];
  businesses_by_district: { key: string; count: number | null }[];
  businesses_by_legal_form: { key: string; count: number | null }[];
  businesses_by_offer: { key: string; count: number | null }[];
}

/** An assessment attempt as the export shows it: the answers given and the score, never the keys. */
export interface ExportedAssessmentAttempt {
  id: string;
  course_id: string;
  started_at: string;
  expires_at: string;
  submitted_at: string | null;
  answers: Record<string, string[]> | null;
  correct: number | null;
  total: number;
  score_percent: number | null;
  pass_percent: number;
  passed: boolean | null;
}

/** Everything stored about the person (tests/db/export-coverage.test.ts keeps it complete). */
export interface ExportedData {
  exported_at: string;
  user: { id: string; email: string };
  profile: Profile;
  progress: ServerProgress;
  assessment_attempts: ExportedAssessmentAttempt[];
  certificates: Certificate[];
  advisor_listing: AdvisorListing | null;
  submissions: AnySubmission[];
  businesses: OwnBusiness[];
  /** What the person did as an editor (decisions, revocations), and their own certificates' issue events. */
  actions: {
    moderation: {
      submission_id: string;
      actor_role: string;
      from_state: string | null;
      to_state: string;
      note: string | null;
      created_at: string;
    }[];
    certificates: { code: string; action: 'issued' | 'revoked'; reason: string | null; created_at: string }[];
  };
}

/** The signed-in advisor's own listing (the public list adds name and courses from certificates). */
export interface AdvisorListing {
  profession: string;
  firm: string | null;
  city: string;
  about: string;
  contact: string;
  listed_at: string;
  updated_at: string;
}
