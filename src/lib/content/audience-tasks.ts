/**
 * What each audience comes to do, as links the front page and the footer show, so every task is one
 * click from the front page and from any page. Labels live in i18n (`task.<id>`).
 */
import { AUDIENCES, type Audience } from './taxonomy.ts';

export interface AudienceTask {
  /** `task.<id>` in the dictionary. */
  id: string;
  href: string;
}

const courses = (audience: Audience): AudienceTask => ({ id: 'courses', href: `/kurser/?maalgruppe=${encodeURIComponent(audience)}` });
const certificates: AudienceTask = { id: 'certificates', href: '/min-side/#beviser' };
const advisorList: AudienceTask = { id: 'advisorList', href: '/raadgivere/' };

export const AUDIENCE_TASKS: Record<Audience, readonly AudienceTask[]> = {
  indkøber: [
    { id: 'suppliers', href: '/virksomheder/' },
    { id: 'clauses', href: '/vaerktoejer/klausuler/' },
    { id: 'procurementCheck', href: '/vaerktoejer/udbudstjek/' },
    courses('indkøber'),
  ],
  iværksætter: [
    { id: 'companyForm', href: '/vaerktoejer/virksomhedsform/' },
    { id: 'articles', href: '/vaerktoejer/vedtaegter/' },
    { id: 'firstYear', href: '/vaerktoejer/tjekliste/det-foerste-aar/' },
    courses('iværksætter'),
  ],
  partner: [
    { id: 'registerBusiness', href: '/virksomheder/tilmeld/' },
    { id: 'sendStory', href: '/indsend/' },
  ],
  revisor: [courses('revisor'), certificates, advisorList],
  rådgiver: [courses('rådgiver'), certificates, advisorList],
};

/**
 * Employers who want to hire inclusively (issue 23). Not a course audience (courses name who they are
 * for in `audience`), so the front page shows them as a path of their own after the audiences.
 */
export const EMPLOYER_TASKS: readonly AudienceTask[] = [
  { id: 'inclusiveCourse', href: '/kurser/den-rummelige-arbejdsplads/' },
  { id: 'flexjobCalculator', href: '/vaerktoejer/fleksjob/' },
  { id: 'hiringChecklist', href: '/vaerktoejer/tjekliste/klar-til-at-ansaette/' },
  { id: 'inclusiveStories', href: '/historier/?princip=inkluderende-arbejdsmarked' },
  { id: 'inclusiveEmployers', href: '/virksomheder/?rummelige=mindst-en' },
];

/** The front page's "Find din vej": each audience's card, then the employers'. Labels: `audience.<key>`, `audienceLead.<key>`. */
export const FRONT_PAGE_PATHS: readonly { audience: Audience | 'arbejdsgiver'; tasks: readonly AudienceTask[] }[] = [
  ...AUDIENCES.map((audience) => ({ audience, tasks: AUDIENCE_TASKS[audience] })),
  { audience: 'arbejdsgiver', tasks: EMPLOYER_TASKS },
];

/** The footer's "Find din vej": the same tasks, with auditors and advisors in one group. Labels: `audience.<key>`. */
export const TASK_GROUPS: readonly { audience: string; tasks: readonly AudienceTask[] }[] = [
  { audience: 'indkøber', tasks: AUDIENCE_TASKS.indkøber.filter((task) => task.id !== 'courses') },
  { audience: 'iværksætter', tasks: AUDIENCE_TASKS.iværksætter.filter((task) => task.id !== 'courses') },
  { audience: 'partner', tasks: AUDIENCE_TASKS.partner },
  { audience: 'arbejdsgiver', tasks: EMPLOYER_TASKS.filter((task) => task.id !== 'inclusiveStories') },
  { audience: 'revisorOgRaadgiver', tasks: [{ id: 'allCourses', href: '/kurser/' }, certificates, advisorList] },
];
