/**
 * What each audience comes to do, as links the front page and the footer show, so every task is one
 * click from the front page and from any page. Labels live in i18n (`task.<id>`).
 */
import type { Audience } from './taxonomy.ts';

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

/** The footer's "Find din vej": the same tasks, with auditors and advisors in one group. Labels: `audience.<key>`. */
export const TASK_GROUPS: readonly { audience: string; tasks: readonly AudienceTask[] }[] = [
  { audience: 'indkøber', tasks: AUDIENCE_TASKS.indkøber.filter((task) => task.id !== 'courses') },
  { audience: 'iværksætter', tasks: AUDIENCE_TASKS.iværksætter.filter((task) => task.id !== 'courses') },
  { audience: 'partner', tasks: AUDIENCE_TASKS.partner },
  { audience: 'revisorOgRaadgiver', tasks: [{ id: 'allCourses', href: '/kurser/' }, certificates, advisorList] },
];
