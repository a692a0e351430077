/**
 * Zod schemas for the content collections, every field described (`.describe()`, in English).
 * Kept apart from `content.config.ts` so that unit tests and scripts (catalogue sync, content
 * check) can use them without Astro.
 */
import { z } from 'astro/zod';
import {
  AREAS,
  AUDIENCES,
  CASE_FACT_TOPICS,
  LANGS,
  CPD_SUBJECT_AREAS,
  INCLUSIVE_JOBS,
  LEGAL_FORMS,
  LEVELS,
  OFFER_CATEGORIES,
  PRINCIPLES,
  SECTORS,
  SIZE_BANDS,
  STATUSES,
} from './taxonomy.ts';
import { isValidCvr } from '../directory/cvr.ts';
import { LOCAL_DATE_TIME, endInstant, parseLocal, toInstant } from '../events/time.ts';
import { ORGANISATION_KINDS, ORGANISATION_OFFERS } from './taxonomy.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'skal være små bogstaver a-z, tal og bindestreger');

const text = z.string().trim().min(1, 'må ikke være tom');

/** A web address a link may point to: http(s) only, never javascript: or data: (they would run in the page). */
const webUrl = (message = 'skal være en fuld webadresse (https://…)') => z.url({ protocol: /^https?$/, message });

/** A source: a title plus a web address, a law reference, or both. */
export const sourceSchema = z
  .object({
    title: text.describe('the title of the page or document cited'),
    url: webUrl().optional().describe('a link to the specific page (http or https)'),
    law: text.optional().describe('the law and paragraph, e.g. "LBK nr. 249 af 01.02.2021, § 3"'),
  })
  .refine((s) => s.url || s.law, { message: 'en kilde skal have url eller law' });

/**
 * When a lesson or story was last checked against its sources, and the corrections that changed
 * its meaning (newest first). Shown on the page; the content check wants a date under 12 months old.
 */
const review = {
  reviewed: z.coerce.date().optional().describe('when the content was last checked against its sources, e.g. 2026-11-29'),
  changes: z
    .array(
      z.object({
        date: z.coerce.date().describe('when the correction was made'),
        text: text.max(400).describe('what changed for the reader, in one plain sentence'),
      }),
    )
    .default([])
    .describe('corrections that changed the meaning, newest first'),
};

export const courseSchema = z.object({
  title: text.describe('the course title'),
  summary: text.max(300).describe('one or two sentences for the course card and search'),
  audiences: z.array(z.enum(AUDIENCES)).min(1).describe("who the course is for: the site's audiences"),
  level: z.enum(LEVELS).describe('basic, intermediate or specialist'),
  estimatedHours: z.number().positive().max(100).describe('the hours a learner needs, lessons and assessment together'),
  cpd: z
    .object({
      hours: z.number().positive().max(100).describe('continuing-education hours the certificate documents'),
      subjectArea: z.enum(CPD_SUBJECT_AREAS).describe('the subject area the hours count in'),
    })
    .optional()
    .describe('continuing-education (CPD) hours for approved auditors; left out when the course gives none'),
  topics: z.array(z.enum(PRINCIPLES)).min(1).describe("the vision's principles the course works with"),
  objectives: z.array(text).min(1).describe('what the learner can do afterwards, one line each'),
  order: z.number().int().nonnegative().describe('place in the course list'),
  status: z.enum(STATUSES).describe('draft courses are built but not listed or synced'),
  featured: z.boolean().default(false).describe('shown on the front page'),
  updated: z.coerce.date().describe('when the course last changed'),
  lang: z
    .enum(LANGS)
    .default('da')
    .describe('the language the course is written in: an English course lives under /en/courses/ and its certificate says English'),
});

const questionSchema = z
  .object({
    id: slug.describe('stable id of the question within the lesson; attempts are stored by it'),
    question: text.describe('the question as the learner reads it'),
    options: z
      .array(z.object({ id: slug.describe('stable id of the option'), text: text.describe('the option as shown') }))
      .min(2)
      .describe('the options, in the order shown'),
    correct: z.array(slug).min(1).describe('the ids of the right options (more than one: »Vælg alle rigtige«)'),
    explanation: text.describe('why the right answer is right, shown after answering'),
  })
  .refine((q) => q.correct.every((c) => q.options.some((o) => o.id === c)), {
    message: 'correct nævner et svar, der ikke findes i options',
    path: ['correct'],
  })
  .refine((q) => new Set(q.options.map((o) => o.id)).size === q.options.length, {
    message: 'to svarmuligheder har samme id',
    path: ['options'],
  });

export const quizSchema = z
  .object({ questions: z.array(questionSchema).min(1).describe('the questions of the knowledge check') })
  .refine((q) => new Set(q.questions.map((x) => x.id)).size === q.questions.length, {
    message: 'to spørgsmål har samme id',
    path: ['questions'],
  });

export const lessonSchema = z.object({
  id: slug.describe('stable id: progress, quiz results and the database catalogue are keyed by it; never change it'),
  title: text.describe('the lesson title'),
  summary: text.max(300).describe('one or two sentences for the lesson list and search'),
  minutes: z.number().int().positive().max(240).describe('reading time in minutes'),
  objectives: z.array(text).min(1).describe('what the learner can do afterwards, one line each'),
  sources: z.array(sourceSchema).min(1).describe('the laws and pages the lesson rests on'),
  quiz: quizSchema.optional().describe('the knowledge check; a lesson without one is marked done by hand'),
  status: z.enum(STATUSES).default('published').describe('draft lessons are not published or synced'),
  ...review,
});

/**
 * A story: curated by the editors (MDX in src/content/stories/) or submitted by a partner and
 * approved (from the database, with its text as plain `text`, never MDX). The descriptive fields
 * (legalForm, sector, district, size) are free text for the facts box; the facet fields
 * (legalFormGroup, sectorGroup, area, sizeBand) are the library's filters.
 */
export const storySchema = z
  .object({
    organisation: text.describe('the organisation the story is about'),
    title: text.describe('the story title'),
    legalForm: text.describe('the legal form in words, for the facts box'),
    legalFormGroup: z.enum(LEGAL_FORMS).describe('the legal form as a filter value'),
    sector: text.describe('the line of business in words, for the facts box'),
    sectorGroup: z.enum(SECTORS).describe('the line of business as a filter value'),
    district: text.describe('where it is, in words, for the facts box'),
    area: z.enum(AREAS).describe('the district as a filter value'),
    founded: z.number().int().min(1800).max(2100).describe('the year it was founded'),
    size: text.describe('its size in words, e.g. "14 medarbejdere"'),
    sizeBand: z.enum(SIZE_BANDS).optional().describe('its size as a filter value'),
    principles: z.array(z.enum(PRINCIPLES)).min(1).describe("the vision's principles the story shows"),
    summary: text.max(400).describe('one or two sentences for the story list and search'),
    sources: z.array(sourceSchema).default([]).describe("where the facts are confirmed; required for the editors' stories"),
    website: webUrl().optional().describe("the organisation's own website"),
    fictional: z.boolean().describe('an illustrative example, shown clearly as fictional'),
    relatedCourses: z.array(slug).default([]).describe('ids of courses to read next'),
    relatedTerms: z.array(slug).default([]).describe('ids of glossary terms the story uses'),
    published: z.coerce.date().describe('when the story was published'),
    origin: z
      .enum(['redaktion', 'indsendt'])
      .default('redaktion')
      .describe('written by the editors, or submitted by a partner and approved'),
    text: z
      .object({
        story: z.string().describe("the story, in the partner's plain text"),
        lessons: z.string().describe('what others can learn, in plain text'),
      })
      .optional()
      .describe('the plain text of a submitted story (never MDX)'),
    ...review,
  })
  .refine((s) => s.origin === 'indsendt' || s.sources.length > 0, {
    message: 'en historie fra redaktionen skal have kilder',
    path: ['sources'],
  })
  .refine((s) => (s.origin === 'indsendt') === Boolean(s.text), { message: 'kun indsendte historier har text', path: ['text'] });

/**
 * A business in the public directory: curated by the editors (src/content/businesses/) or
 * registered by a partner and approved. Only facts a public source confirms; what is not known
 * is left out rather than guessed. Contact persons never appear here.
 */
export const businessSchema = z.object({
  name: text.describe('the name the business uses itself'),
  legalForm: z.enum(LEGAL_FORMS).describe('the legal form of the company or organisation'),
  sector: z.enum(SECTORS).describe('the line of business'),
  district: z.enum(AREAS).describe('the district of Copenhagen, or a wider area'),
  offers: z.array(z.enum(OFFER_CATEGORIES)).min(1).describe('what a buyer can buy: at least one category'),
  rsv: z
    .boolean()
    .optional()
    .describe("a registered social-economy business (RSV) in Erhvervsstyrelsen's register; left out when not checked"),
  founded: z.number().int().min(1800).max(2100).optional().describe('the year it was founded'),
  website: webUrl().optional().describe("the business's own website"),
  cvr: z
    .string()
    .refine(isValidCvr, 'skal være et gyldigt CVR-nummer: 8 cifre, modulus 11')
    .optional()
    .describe('the CVR number: 8 digits, modulus 11'),
  principles: z.array(z.enum(PRINCIPLES)).default([]).describe("the vision's principles the business works with"),
  inclusiveJobs: z
    .array(z.enum(INCLUSIVE_JOBS))
    .refine((jobs) => new Set(jobs).size === jobs.length, 'hver form for rummeligt job højst én gang')
    .default([])
    .describe(
      'inclusive jobs the business itself says it offers (fleksjob, løntilskud, virksomhedspraktik), with a source in sources; left out when not stated',
    ),
  summary: text.max(1000).describe('a short description in our own words; the card shows the first lines'),
  summaryEn: text
    .max(1000)
    .optional()
    .describe(
      'the same description in English, for /en/directory/: only what summary says, translated; left out, the English pages show the Danish text marked as Danish',
    ),
  relatedStories: z.array(slug).default([]).describe('ids of stories about the business'),
  relatedCourses: z.array(slug).default([]).describe('ids of related courses'),
  sources: z.array(sourceSchema).default([]).describe('public sources for each fact'),
  fictional: z.boolean().default(false).describe('an illustrative example, shown clearly as fictional'),
  origin: z
    .enum(['redaktion', 'tilmeldt'])
    .default('redaktion')
    .describe('added by the editors, or registered by the business and approved'),
  ...review,
});

/**
 * »Lær af andre byer«: one city's or country's initiative, in Danish (src/content/cities/<slug>.md)
 * or English (src/content/cities/en/<slug>.md). The two versions of a case share `caseId`, which is
 * how a page finds its counterpart. Every fact names the source it rests on (1 = the first source).
 */
export const cityCaseSchema = z
  .object({
    lang: z.enum(LANGS).describe('the language of this version: da or en'),
    caseId: slug.describe('shared by the Danish and the English version of the same case, e.g. preston'),
    place: text.describe('the city, region or country, e.g. "Preston, England"'),
    title: text.describe('the case title'),
    summary: text.max(300).describe('one or two sentences for the list and the search result'),
    facts: z
      .array(
        z.object({
          topic: z.enum(CASE_FACT_TOPICS).describe('what was done, when, by whom, with what money, or the result'),
          text: text.max(500).describe('the fact, in one or two sentences'),
          source: z.number().int().positive().describe('the number of the source in `sources` (1 = first)'),
        }),
      )
      .min(4)
      .describe('the sourced facts, in the order they are shown'),
    principles: z.array(z.enum(PRINCIPLES)).min(1).describe("the vision's principles the lesson for Copenhagen touches"),
    actions: z
      .array(
        z.object({
          title: text.describe('the link text'),
          href: z
            .string()
            .regex(/^\/[a-z0-9/-]*\/$/, 'skal være en sti på sitet, fx /kurser/andelsselskabet/')
            .describe('a path on this site, e.g. /kurser/andelsselskabet/'),
        }),
      )
      .min(1)
      .describe('lessons and tools on this site a Copenhagen reader would use to act on it (Danish pages)'),
    sources: z.array(sourceSchema).min(1).describe('the sources the facts rest on, numbered from 1'),
    order: z.number().int().nonnegative().describe('place in the list; the same in both languages'),
    ...review,
  })
  .refine((c) => c.facts.every((f) => f.source <= c.sources.length), {
    message: 'et faktum henviser til en kilde, der ikke findes',
    path: ['facts'],
  })
  .refine((c) => CASE_FACT_TOPICS.every((topic) => c.facts.some((f) => f.topic === topic)), {
    message: 'mangler et faktum om hvad, hvornår, hvem, penge eller resultat',
    path: ['facts'],
  });

/**
 * A story in English (src/content/stories/en/<english-slug>.md): a faithful translation of one
 * Danish story, which it names in `translationOf`, as the city cases pair by `caseId`. The facts
 * that need no words (founded, principles, website, fictional, published) come from the Danish
 * story, so the two cannot disagree; the content check wants the same sources as the Danish one.
 */
export const storyTranslationSchema = z.object({
  lang: z.enum(['en']).describe('the language of this translation (English)'),
  translationOf: slug.describe('the id (file name) of the Danish story in src/content/stories/, e.g. thise-mejeri'),
  title: text,
  summary: text.max(400).describe('one or two sentences for the list and the search result'),
  legalForm: text.describe('the legal form explained in English, e.g. "General partnership (I/S)"'),
  sector: text,
  district: text.describe('where the organisation is, in English'),
  size: text,
  sources: z.array(sourceSchema).min(1).describe("the Danish story's sources: same url and law, titles in English"),
  ...review,
});

/**
 * A core glossary term explained in English (src/content/glossary/en/<id>.md). The Danish term
 * itself comes from the Danish entry named in `translationOf`; the source is the Danish entry's.
 */
export const glossaryTranslationSchema = z.object({
  lang: z.enum(['en']).describe('the language of this explanation (English)'),
  translationOf: slug.describe('the id (file name) of the Danish entry in src/content/glossary/, e.g. amba'),
  gloss: text.max(120).describe('a short English rendering of the Danish term, e.g. "cooperative society with limited liability"'),
  definition: text.max(600).describe('the Danish definition in faithful English'),
  source: sourceSchema.describe("the Danish entry's source: same url and law, title in English"),
  ...review,
});

export const glossarySchema = z.object({
  term: text.describe('the term as it is written'),
  aliases: z.array(text).default([]).describe('other spellings and names search should find it by'),
  definition: text.max(600).describe('the definition in plain Danish'),
  related: z.array(slug).default([]).describe('ids of related terms'),
  source: sourceSchema.describe('where the definition comes from'),
  ...review,
});

/**
 * A Copenhagen wall-clock time as an organiser announces it: "2027-07-03T10:00", or "2027-07-03"
 * for a whole day. Quote it in YAML: an unquoted date becomes a Date, which is read back as the date.
 */
const localDateTime = z.preprocess(
  (v) => (v instanceof Date && v.getUTCHours() === 0 && v.getUTCMinutes() === 0 ? v.toISOString().slice(0, 10) : v),
  z
    .string({ message: 'skal være en dato "ÅÅÅÅ-MM-DD" eller et tidspunkt "ÅÅÅÅ-MM-DDTTT:MM" i anførselstegn' })
    .regex(LOCAL_DATE_TIME, 'skal være "ÅÅÅÅ-MM-DD" eller "ÅÅÅÅ-MM-DDTTT:MM" (dansk tid)')
    .refine((v) => {
      try {
        parseLocal(v);
        return true;
      } catch {
        return false;
      }
    }, 'er en dato eller et klokkeslæt, der ikke findes'),
);

/** False for an end before the start; true when a date is unreadable (its own field reports that). */
function endsAfterStart(start: string, end: string) {
  try {
    return endInstant(start, end).getTime() > toInstant(start).getTime();
  } catch {
    return true;
  }
}

/** Where an event happens: an address in a district (or wider area), online, or many places at once. */
const eventPlaceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('adresse').describe('at an address'),
    name: text.optional().describe('the name of the venue, e.g. "Vartov, Store Sal"'),
    address: text.describe('street, number, postcode and town'),
    district: z.enum(AREAS).describe("the district from the directory's list, or a wider area"),
  }),
  z.object({
    kind: z.literal('online').describe('online'),
    url: webUrl().optional().describe('where it is streamed; left out when the link comes with the sign-up'),
  }),
  z.object({
    kind: z.literal('flere-steder').describe('in many places at once'),
    description: text.describe('e.g. "Markeres over hele verden"'),
  }),
]);

/**
 * An event: kept by the editors as a file in src/content/events/, or (later) submitted by a partner
 * and approved, merged in by a loader like the stories. Submitted events have origin "indsendt" and
 * need no sources; the editors' real events need at least one.
 */
export const eventSchema = z
  .object({
    title: text.max(160).describe('the title of the event'),
    start: localDateTime.describe('start in Danish time: "2027-07-03T10:00", or "2027-07-03" for a whole day'),
    end: localDateTime.optional().describe('end in Danish time, in the same form; left out when not known'),
    place: eventPlaceSchema.describe('an address and district, online, or many places'),
    organiser: z
      .object({
        name: text.describe("the organiser's name"),
        business: slug.optional().describe("id of the organiser's page in the directory (its file name in src/content/businesses/)"),
        organisation: slug.optional().describe("id of the organiser's page under /netvaerk/ (its file name in src/content/organisations/)"),
        url: webUrl().optional().describe("the organiser's own website, when it has no page here"),
      })
      .describe('who is behind it'),
    audiences: z.array(z.enum(AUDIENCES)).min(1).describe("who the event is for: the site's audiences"),
    price: z.number().nonnegative().max(100_000).optional().describe('price in kroner; 0 is free; left out when not known'),
    priceNote: text.max(200).optional().describe('e.g. "medlemmer gratis" or "inkl. frokost"'),
    signUpUrl: webUrl().optional().describe('where to sign up (http or https)'),
    description: text.max(800).describe('a short description in our own words'),
    status: z.enum(['planlagt', 'aflyst']).default('planlagt').describe('"aflyst" keeps the page but marks the event cancelled'),
    fictional: z.boolean().default(false).describe('a fictional demo event, shown clearly as fictional'),
    sources: z.array(sourceSchema).default([]).describe("where the facts are confirmed; required for the editors' real events"),
    origin: z.enum(['redaktion', 'indsendt']).default('redaktion').describe('kept by the editors, or submitted by a partner and approved'),
  })
  .refine((e) => !e.end || endsAfterStart(e.start, e.end), { message: 'slut skal ligge efter start', path: ['end'] })
  .refine((e) => e.fictional || e.origin === 'indsendt' || e.sources.length > 0, {
    message: 'et virkeligt arrangement fra redaktionen skal have kilder',
    path: ['sources'],
  });

/** An organisation in the ecosystem (/netvaerk/): only what public sources confirm. */
export const organisationSchema = z.object({
  name: text.describe('the name the organisation uses itself'),
  kind: z.enum(ORGANISATION_KINDS).describe('what kind of organisation it is'),
  offers: z
    .array(z.enum(ORGANISATION_OFFERS))
    .min(1)
    .describe('what one can get there: membership, advice, funding, courses, network, registration'),
  forWhom: text.max(300).describe('who the offer is for, in one sentence'),
  summary: text.max(800).describe('a short description in our own words'),
  website: webUrl().describe("the organisation's own website"),
  business: slug.optional().describe('id of the same organisation in the directory, when it is there'),
  sources: z.array(sourceSchema).min(1).describe('public sources for each fact'),
  ...review,
});

export type EventData = z.infer<typeof eventSchema>;

export type Lesson = z.infer<typeof lessonSchema>;
export type Business = z.infer<typeof businessSchema>;
export type Question = z.infer<typeof quizSchema>['questions'][number];
export type Source = z.infer<typeof sourceSchema>;
