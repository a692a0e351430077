/** The English figures page (/en/figures/): the same keys as da/figures.ts, the same figures. */
import type { figures as da } from '../da/figures.ts';
import type { Message } from '../translate.ts';

export const figures: Record<keyof typeof da, Message> = {
  'footer.figures': 'Figures in the open',
  'figures.title': 'Figures in the open',
  'figures.lead':
    "What the site and Copenhagen's democratic, cooperative and social-economy businesses add up to: learners, certificates, continuing-education hours, businesses, stories and events.",
  'figures.privacy':
    'A number under 5 is shown as “under 5” and never exactly, so that nobody can be recognised. The database removes the small numbers before they leave it. A range such as “12–16” means that 12 is known exactly (the editors’ own entries) and that the database has added a number under 5.',
  'figures.built': 'This page was built on {date}. The figures from the database were computed on {computed}.',
  'figures.builtNoDatabase':
    'This page was built on {date}. The database did not answer during this build, so learners, certificates and continuing-education hours are missing, and businesses and stories count only the editors’ own.',
  'figures.computed': 'Computed on {date}.',
  'figures.under': 'under {n}',
  'figures.range': '{min}–{max}',
  'figures.hours': { by: 'n', one: '{n} hour', other: '{n} hours' },
  'figures.hoursHidden': 'not shown (under 5 certificates)',
  'figures.unavailable': 'not fetched',
  'figures.none': 'No figures yet.',
  'figures.notFetched': 'These figures come from the database, which did not answer during this build.',
  'figures.tableCaption': '{title} as a table',
  'figures.column.figure': 'Figure',
  'figures.column.value': 'Value',
  'figures.column.course': 'Course',
  'figures.column.year': 'Year',
  'figures.column.district': 'District',
  'figures.column.legalForm': 'Legal form',
  'figures.column.offer': 'Offer',
  'figures.key.title': 'Key figures',
  'figures.key.definition': 'The site’s and the sector’s totals on the day they were computed. Fictional examples are not counted.',
  'figures.key.learners': 'Learners (have completed at least one lesson)',
  'figures.key.certificates': 'Certificates issued (not revoked)',
  'figures.key.cpdHours': 'Continuing-education hours documented by a certificate',
  'figures.key.businesses': 'Businesses in the directory',
  'figures.key.stories': 'Stories published',
  'figures.key.events': 'Events published',
  'figures.kursister-pr-kursus.title': 'Learners by course',
  'figures.kursister-pr-kursus.definition': 'People with an account who have completed at least one lesson of the course.',
  'figures.beviser-pr-kursus.title': 'Certificates by course',
  'figures.beviser-pr-kursus.definition': 'Certificates issued and not revoked, by course.',
  'figures.timer-pr-kursus.title': 'Continuing-education hours by course',
  'figures.timer-pr-kursus.definition':
    'Certificates times the course’s continuing-education hours, only for courses that carry such hours.',
  'figures.kursister-pr-aar.title': 'Learners by year',
  'figures.kursister-pr-aar.definition': 'People who completed at least one lesson in the year (Danish time).',
  'figures.beviser-pr-aar.title': 'Certificates by year',
  'figures.beviser-pr-aar.definition': 'Certificates issued in the year (Danish time) and not revoked.',
  'figures.virksomheder-pr-bydel.title': 'Businesses by district',
  'figures.virksomheder-pr-bydel.definition':
    'Businesses in the directory: the editors’ own and those the businesses registered themselves and the editors approved.',
  'figures.virksomheder-pr-selskabsform.title': 'Businesses by legal form',
  'figures.virksomheder-pr-selskabsform.definition': 'Businesses in the directory by the legal form they are registered with.',
  'figures.virksomheder-pr-ydelse.title': 'Businesses by offer',
  'figures.virksomheder-pr-ydelse.definition':
    'How many businesses in the directory offer each kind of service; a business can offer several.',
  'figures.downloads': 'Download the figures',
  'figures.downloadsText':
    'All figures on the page as a spreadsheet (CSV, the first line holds the column names) and as JSON. A number under 5 has the columns “mindst” (at least) and “hoejst” (at most) instead of an exact number. Column names and labels are in Danish.',
  'figures.licence': 'The figures may be used freely under the licence',
  'figures.source': 'Source: Fælles Værdier.',
  'figures.csv': 'Figures as CSV',
  'figures.json': 'Figures as JSON',
};
