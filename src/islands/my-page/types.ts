/** The course catalogue as the account page needs it (passed from the server-rendered page). */
export interface CourseSummary {
  id: string;
  title: string;
  url: string;
  lessons: { id: string; title: string; url: string }[];
}
