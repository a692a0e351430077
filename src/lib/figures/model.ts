/**
 * The figures on /tal/, put together at build time from the database's answer (public_figures,
 * small counts already left out there) and the content the build counts itself (the editors'
 * directory entries, stories and events). One shape serves the page, its charts and the CSV/JSON.
 */
import { da } from '../i18n/da.ts';
import type { PublicFigures } from '../supabase/types.ts';
import type { Area, Lang, LegalForm } from '../content/taxonomy.ts';
import { t as daT, formatNumber, tFor } from '../i18n';
import { areaEn, LEGAL_FORMS_EN } from '../i18n/en/taxonomy.ts';
import { add, bounds, exact, fromDatabase, shown, type Count } from './count.ts';

/** What public.public_figures() returns (src/lib/supabase/types.ts). Every count is null when under 5. */
export type DatabaseFigures = PublicFigures;

/** What the build counts in the content: only the editors' own, real entries (not the fictional ones). */
export interface ContentFigures {
  stories: number;
  events: number;
  businesses: { district: string; legalForm: string; offers: readonly string[] }[];
}

export type Unit = 'antal' | 'timer';

export interface FigureRow {
  key: string;
  label: string;
  min: number;
  max: number;
  /** As shown on the page and in the files: "12", "under 5", "12–16" or (hours) "vises ikke". */
  text: string;
}

export interface Figure {
  id: string;
  title: string;
  definition: string;
  /** When it was computed (ISO 8601): the database's answer, or the build. */
  computedAt: string;
  unit: Unit;
  /** The name of the table's first column. */
  category: string;
  rows: FigureRow[];
  /** True when the figure comes from the database and no database answered this (local) build. */
  unavailable: boolean;
  /** The language of the row labels when it is not the page's (course titles are Danish). */
  labelLang?: Lang;
}

export interface FigureSet {
  /** The key figures (one row each), then the figures with a chart. */
  keyFigures: Figure;
  charts: Figure[];
  /** False when no database answered this (local) build: only the content's figures are there. */
  fromDatabase: boolean;
}

const formatNumberEn = new Intl.NumberFormat('en-GB').format;

export function countText(c: Count, lang: Lang = 'da'): string {
  const t = lang === 'da' ? daT : tFor(lang);
  const s = shown(c);
  if (s.kind === 'number') return lang === 'da' ? formatNumber(s.n) : formatNumberEn(s.n);
  if (s.kind === 'under') return t('figures.under', { n: s.n });
  return t('figures.range', { min: s.min, max: s.max });
}

export function buildFigures(database: DatabaseFigures | null, content: ContentFigures, builtAt: Date, lang: Lang = 'da'): FigureSet {
  const t = tFor(lang);
  const en = lang === 'en';
  const countRow = (key: string, label: string, c: Count): FigureRow => ({ key, label, ...bounds(c), text: countText(c, lang) });

  /** Hours are a sum, not a count of people: shown exactly, or not at all when under 5 certificates stand behind them. */
  const hoursRow = (key: string, label: string, hours: number | null): FigureRow =>
    hours === null
      ? { key, label, min: 0, max: 0, text: t('figures.hoursHidden') }
      : { key, label, min: hours, max: hours, text: t('figures.hours', { n: hours }) };

  const offerLabel = (key: string) => (`offer.${key}` in da ? t(`offer.${key}` as keyof typeof da) : key);
  // English labels for the directory's Danish values; a district is a place name either way.
  const legalFormLabel = (key: string) => (en ? (LEGAL_FORMS_EN[key as LegalForm] ?? key) : key);
  const areaLabel = (key: string) => (en ? areaEn(key as Area) : key);

  /** The database's groups plus the content's own entries, per key, sorted by label. */
  function grouped(database: { key: string; count: number | null }[], content: string[], label: (key: string) => string = (k) => k) {
    const counts = new Map<string, Count>();
    for (const g of database) counts.set(g.key, fromDatabase(g.count));
    for (const key of content) counts.set(key, add(counts.get(key) ?? exact(0), exact(1)));
    return [...counts]
      .map(([key, c]) => countRow(key, label(key), c))
      .sort((a, b) => b.max - a.max || a.label.localeCompare(b.label, lang));
  }

  const built = builtAt.toISOString();
  const computed = database?.computed_at ?? built;
  const db = (n: number | null | undefined): Count => (database ? fromDatabase(n ?? null) : exact(0));
  const dbOnly = (key: string, label: string, n: number | null | undefined) =>
    database ? countRow(key, label, fromDatabase(n ?? null)) : { key, label, min: 0, max: 0, text: t('figures.unavailable') };

  const keyRows: FigureRow[] = [
    dbOnly('kursister', t('figures.key.learners'), database?.learners),
    dbOnly('kursusbeviser', t('figures.key.certificates'), database?.certificates),
    database
      ? hoursRow('efteruddannelsestimer', t('figures.key.cpdHours'), database.cpd_hours)
      : { key: 'efteruddannelsestimer', label: t('figures.key.cpdHours'), min: 0, max: 0, text: t('figures.unavailable') },
    countRow('virksomheder', t('figures.key.businesses'), add(db(database?.businesses), exact(content.businesses.length))),
    countRow('historier', t('figures.key.stories'), add(db(database?.stories), exact(content.stories))),
    countRow('arrangementer', t('figures.key.events'), exact(content.events)),
  ];
  const keyFigures: Figure = {
    id: 'noegletal',
    title: t('figures.key.title'),
    definition: t('figures.key.definition'),
    computedAt: computed,
    unit: 'antal',
    category: t('figures.column.figure'),
    rows: keyRows,
    unavailable: false,
  };

  const courses = database?.per_course ?? [];
  const years = database?.per_year ?? [];
  const fromDb = (id: string, unit: Unit, category: string, rows: FigureRow[]): Figure => ({
    id,
    title: t(`figures.${id}.title` as keyof typeof da),
    definition: t(`figures.${id}.definition` as keyof typeof da),
    computedAt: computed,
    unit,
    category,
    rows,
    unavailable: !database,
  });
  const courseCol = t('figures.column.course');
  const yearCol = t('figures.column.year');
  const charts: Figure[] = [
    fromDb(
      'kursister-pr-kursus',
      'antal',
      courseCol,
      courses.map((c) => countRow(c.course, c.title, fromDatabase(c.learners))),
    ),
    fromDb(
      'beviser-pr-kursus',
      'antal',
      courseCol,
      courses.map((c) => countRow(c.course, c.title, fromDatabase(c.certificates))),
    ),
    fromDb(
      'timer-pr-kursus',
      'timer',
      courseCol,
      courses.filter((c) => c.has_cpd).map((c) => hoursRow(c.course, c.title, c.cpd_hours)),
    ),
    fromDb(
      'kursister-pr-aar',
      'antal',
      yearCol,
      years.map((y) => countRow(String(y.year), String(y.year), fromDatabase(y.learners))),
    ),
    fromDb(
      'beviser-pr-aar',
      'antal',
      yearCol,
      years.map((y) => countRow(String(y.year), String(y.year), fromDatabase(y.certificates))),
    ),
    {
      ...fromDb(
        'virksomheder-pr-bydel',
        'antal',
        t('figures.column.district'),
        grouped(
          database?.businesses_by_district ?? [],
          content.businesses.map((b) => b.district),
          areaLabel,
        ),
      ),
      computedAt: built,
      unavailable: false,
    },
    {
      ...fromDb(
        'virksomheder-pr-selskabsform',
        'antal',
        t('figures.column.legalForm'),
        grouped(
          database?.businesses_by_legal_form ?? [],
          content.businesses.map((b) => b.legalForm),
          legalFormLabel,
        ),
      ),
      computedAt: built,
      unavailable: false,
    },
    {
      ...fromDb(
        'virksomheder-pr-ydelse',
        'antal',
        t('figures.column.offer'),
        grouped(
          database?.businesses_by_offer ?? [],
          content.businesses.flatMap((b) => [...b.offers]),
          offerLabel,
        ),
      ),
      computedAt: built,
      unavailable: false,
    },
  ];
  // Course titles are Danish: on an English page their rows say so.
  if (en) for (const f of charts) if (f.category === courseCol) f.labelLang = 'da';
  return { keyFigures, charts, fromDatabase: database !== null };
}
