/**
 * Inclusive jobs in the directory (issue 23): how a card carries them for the facet filter and how
 * they read in a sentence. A business that states none carries no facet value at all, so it never
 * shows under a choice: not stated is not "no".
 */
import { INCLUSIVE_JOBS, type InclusiveJob, type Lang } from '../content/taxonomy.ts';
import { tFor } from '../i18n';

/** The facet's query parameter: /virksomheder/?rummelige=fleksjob. */
export const INCLUSIVE_JOBS_PARAM = 'rummelige';
/** The facet value of a business that states at least one inclusive job, whichever. */
export const ANY_INCLUSIVE_JOB = 'mindst-en';

/** The card's `data-facet-rummelige`: its jobs, plus "any" when it states one; empty when none. */
export const inclusiveJobsFacet = (jobs: readonly InclusiveJob[]): string =>
  jobs.length ? [ANY_INCLUSIVE_JOB, ...INCLUSIVE_JOBS.filter((j) => jobs.includes(j))].join('|') : '';

/** The facet's choices: "any" first, then each form. */
export const inclusiveJobsOptions = (lang: Lang = 'da') => {
  const t = tFor(lang);
  return [
    { value: ANY_INCLUSIVE_JOB, label: t('directory.inclusiveJobs.any') },
    ...INCLUSIVE_JOBS.map((j) => ({ value: j, label: t(`inclusiveJob.${j}`) })),
  ];
};

/** "fleksjob, løntilskud og virksomhedspraktik", in the list's own order; in English "flexjob (fleksjob) and …". */
export const inclusiveJobsText = (jobs: readonly InclusiveJob[], lang: Lang = 'da'): string => {
  const t = tFor(lang);
  const label = (j: InclusiveJob) => t(`inclusiveJob.${j}`).toLowerCase();
  return new Intl.ListFormat(lang === 'da' ? 'da' : 'en-GB', { type: 'conjunction' }).format(
    INCLUSIVE_JOBS.filter((j) => jobs.includes(j)).map(label),
  );
};
