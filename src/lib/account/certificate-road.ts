/**
 * What still stands between a learner and a course certificate, all at once: the lessons not yet
 * done, the assessment not yet passed, the name to print. The database decides (issue_certificate
 * refuses at the first gap); this lists every gap so the learner sees the whole road in one go.
 */
export interface LessonRef {
  id: string;
  title: string;
  url: string;
}

export type MissingStep =
  | { kind: 'lessons'; lessons: LessonRef[]; courseUrl: string }
  | { kind: 'assessment'; url: string }
  | { kind: 'name'; url: string };

export interface RoadFacts {
  courseUrl: string;
  /** The course's assessment page; by default the Danish one under the course (`proeve/`). */
  assessmentUrl?: string;
  lessons: readonly LessonRef[];
  /** Whether a lesson is done in this browser's progress. */
  isDone(lessonId: string): boolean;
  /** How many lessons the database still misses (it may know less than the browser, before a sync). */
  serverLessonsMissing?: number;
  passed: boolean;
  name: string | null | undefined;
  /** Where the name is typed: the assessment page's own prompt, or the profile on Min side. */
  nameUrl: string;
}

/**
 * @example missingSteps({ courseUrl: '/kurser/x/', lessons, isDone: () => true, passed: false, name: null, nameUrl: '/min-side/#profile-name' })
 *   // → [{ kind: 'assessment', url: '/kurser/x/proeve/' }, { kind: 'name', url: '/min-side/#profile-name' }]
 */
export function missingSteps(f: RoadFacts): MissingStep[] {
  const steps: MissingStep[] = [];
  const notDone = f.lessons.filter((l) => !f.isDone(l.id));
  if (notDone.length || (f.serverLessonsMissing ?? 0) > 0) steps.push({ kind: 'lessons', lessons: notDone, courseUrl: f.courseUrl });
  if (!f.passed) steps.push({ kind: 'assessment', url: f.assessmentUrl ?? `${f.courseUrl}proeve/` });
  if (!f.name?.trim()) steps.push({ kind: 'name', url: f.nameUrl });
  return steps;
}

/** The refusals of issue_certificate that mean "a step is missing" (not a network or server error). */
export const ROAD_REFUSALS = ['name_required', 'course_incomplete', 'assessment_required'] as const;
