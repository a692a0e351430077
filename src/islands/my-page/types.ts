import type { Lang } from '../../lib/content/taxonomy.ts';

/** The course catalogue as the account page needs it (passed from the server-rendered page). */
export interface CourseSummary {
  id: string;
  title: string;
  url: string;
  /** The course's language: its title is marked when it differs from the page's. */
  lang?: Lang;
  /** Its final assessment's page. */
  assessmentUrl?: string;
  lessons: { id: string; title: string; url: string }[];
}
