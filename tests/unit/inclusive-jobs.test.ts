/**
 * The directory's inclusive-jobs facet: a card's facet value and the filter rule together. A
 * business that states none is never shown under any choice (not stated is not "no"), and one that
 * states flexjob shows under flexjob and under "at least one form", but not under wage subsidy.
 */
import { describe, expect, it } from 'vitest';
import { businessSchema } from '../../src/lib/content/schemas.ts';
import { facetMatches } from '../../src/lib/facets/match.ts';
import { ANY_INCLUSIVE_JOB, inclusiveJobsFacet, inclusiveJobsOptions, inclusiveJobsText } from '../../src/lib/directory/inclusive-jobs.ts';
import { INCLUSIVE_JOBS } from '../../src/lib/content/taxonomy.ts';

const shownUnder = (jobs: Parameters<typeof inclusiveJobsFacet>[0]) =>
  inclusiveJobsOptions()
    .map((o) => o.value)
    .filter((choice) => facetMatches(inclusiveJobsFacet(jobs) || undefined, choice));

describe('inclusive-jobs facet', () => {
  it('shows a business that states flexjob under flexjob and "at least one", not under the others', () => {
    expect(shownUnder(['fleksjob'])).toEqual([ANY_INCLUSIVE_JOB, 'fleksjob']);
  });

  it('never shows a business that states nothing under a choice, but shows it when nothing is chosen', () => {
    expect(inclusiveJobsFacet([])).toBe('');
    expect(shownUnder([])).toEqual([]);
    expect(facetMatches(undefined, '')).toBe(true);
  });

  it('offers "at least one" and every form, with Danish labels', () => {
    expect(inclusiveJobsOptions()).toEqual([
      { value: ANY_INCLUSIVE_JOB, label: 'Mindst én form' },
      { value: 'fleksjob', label: 'Fleksjob' },
      { value: 'loentilskud', label: 'Løntilskud' },
      { value: 'virksomhedspraktik', label: 'Virksomhedspraktik' },
    ]);
    expect(shownUnder([...INCLUSIVE_JOBS])).toHaveLength(4);
  });

  it('reads as a Danish list in the list’s own order', () => {
    expect(inclusiveJobsText(['virksomhedspraktik', 'fleksjob'])).toBe('fleksjob og virksomhedspraktik');
    expect(inclusiveJobsText(['fleksjob', 'loentilskud', 'virksomhedspraktik'])).toBe('fleksjob, løntilskud og virksomhedspraktik');
  });
});

describe('the editors’ business files', () => {
  const base = {
    name: 'Fiktiv',
    legalForm: 'A.M.B.A.',
    sector: 'Handel',
    district: 'Valby',
    offers: ['detailhandel'],
    summary: 'Fiktivt eksempel.',
  };

  it('leave inclusive jobs out when not stated', () => expect(businessSchema.parse(base).inclusiveJobs).toEqual([]));
  it('take known forms, each once', () => {
    expect(businessSchema.parse({ ...base, inclusiveJobs: ['loentilskud'] }).inclusiveJobs).toEqual(['loentilskud']);
    expect(businessSchema.safeParse({ ...base, inclusiveJobs: ['skaanejob'] }).success).toBe(false);
    expect(businessSchema.safeParse({ ...base, inclusiveJobs: ['fleksjob', 'fleksjob'] }).success).toBe(false);
  });
});

describe('a registered entry in the site build', () => {
  const row = {
    slug: 'fiktivt-rummeligt-vaerksted',
    name: 'Fiktivt Rummeligt Værksted',
    legal_form: 'A.M.B.A.',
    sector: 'Handel',
    district: 'Valby',
    offers: ['detailhandel'],
    rsv: false,
    founded: 2019,
    website: null,
    cvr: '10000017',
    principles: [],
    description: 'Fiktivt eksempel: et værksted, som medarbejderne ejer.',
    published_at: '2026-12-07T12:00:00Z',
    updated_at: '2026-12-07T12:00:00Z',
  } as const;

  it('keeps the forms the partner stated, as the directory’s cards and facet read them', async () => {
    const { toBusinessData } = await import('../../src/data/business-loader.ts');
    const data = businessSchema.parse(toBusinessData({ ...row, inclusive_jobs: ['virksomhedspraktik', 'fleksjob'] } as never));
    expect(data.inclusiveJobs).toEqual(['virksomhedspraktik', 'fleksjob']);
    expect(inclusiveJobsFacet(data.inclusiveJobs)).toBe('mindst-en|fleksjob|virksomhedspraktik');
  });

  it('reads a database from before the field as "not stated"', async () => {
    const { toBusinessData } = await import('../../src/data/business-loader.ts');
    expect(businessSchema.parse(toBusinessData(row as never)).inclusiveJobs).toEqual([]);
  });
});

describe('inclusive jobs in English', () => {
  it('reads as an English list that keeps the Danish names of the schemes', () => {
    expect(inclusiveJobsText(['virksomhedspraktik', 'fleksjob'], 'en')).toBe('flexjob (fleksjob) and work placement (virksomhedspraktik)');
    expect(inclusiveJobsOptions('en')[0]).toEqual({ value: ANY_INCLUSIVE_JOB, label: 'At least one kind' });
  });
});
