/**
 * Zod schemas for the four collections. Kept apart from `content.config.ts` so that unit
 * tests and scripts (catalogue sync, content check) can use them without Astro.
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
    title: text,
    url: webUrl().optional(),
    law: text.optional().describe('fx "LBK nr. 249 af 01.02.2021, § 3"'),
  })
  .refine((s) => s.url || s.law, { message: 'en kilde skal have url eller law' });

/**
 * When a lesson or story was last checked against its sources, and the corrections that changed
 * its meaning (newest first). Shown on the page; the content check wants a date under 12 months old.
 */
const review = {
  reviewed: z.coerce.date().optional().describe('dato for seneste faglige gennemgang mod kilderne, fx 2026-11-29'),
  changes: z
    .array(z.object({ date: z.coerce.date(), text: text.max(400) }))
    .default([])
    .describe('rettelser, der ændrede indholdets mening, nyeste først'),
};

export const courseSchema = z.object({
  title: text,
  summary: text.max(300),
  audiences: z.array(z.enum(AUDIENCES)).min(1),
  level: z.enum(LEVELS),
  estimatedHours: z.number().positive().max(100),
  /** Continuing-education (CPD) hours and subject area for approved auditors. */
  cpd: z.object({ hours: z.number().positive().max(100), subjectArea: z.enum(CPD_SUBJECT_AREAS) }).optional(),
  topics: z.array(z.enum(PRINCIPLES)).min(1),
  objectives: z.array(text).min(1),
  order: z.number().int().nonnegative(),
  status: z.enum(STATUSES),
  featured: z.boolean().default(false),
  updated: z.coerce.date(),
  lang: z.enum(LANGS).default('da').describe('the language the course is written in; English courses wait for the /en/ routes'),
});

const questionSchema = z
  .object({
    id: slug,
    question: text,
    options: z.array(z.object({ id: slug, text })).min(2),
    correct: z.array(slug).min(1),
    explanation: text,
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
  .object({ questions: z.array(questionSchema).min(1) })
  .refine((q) => new Set(q.questions.map((x) => x.id)).size === q.questions.length, {
    message: 'to spørgsmål har samme id',
    path: ['questions'],
  });

export const lessonSchema = z.object({
  /** Stable id: progress, quiz results and the database catalogue are keyed by it. Never change it. */
  id: slug,
  title: text,
  summary: text.max(300),
  minutes: z.number().int().positive().max(240),
  objectives: z.array(text).min(1),
  sources: z.array(sourceSchema).min(1),
  quiz: quizSchema.optional(),
  status: z.enum(STATUSES).default('published'),
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
    organisation: text,
    title: text,
    legalForm: text,
    legalFormGroup: z.enum(LEGAL_FORMS),
    sector: text,
    sectorGroup: z.enum(SECTORS),
    district: text,
    area: z.enum(AREAS),
    founded: z.number().int().min(1800).max(2100),
    size: text,
    sizeBand: z.enum(SIZE_BANDS).optional(),
    principles: z.array(z.enum(PRINCIPLES)).min(1),
    summary: text.max(400),
    sources: z.array(sourceSchema).default([]),
    website: webUrl().optional(),
    fictional: z.boolean(),
    relatedCourses: z.array(slug).default([]),
    relatedTerms: z.array(slug).default([]),
    published: z.coerce.date(),
    origin: z.enum(['redaktion', 'indsendt']).default('redaktion'),
    /** The plain text of a submitted story: its story and what others can learn. */
    text: z.object({ story: z.string(), lessons: z.string() }).optional(),
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
  name: text.describe('navnet, som virksomheden selv bruger det'),
  legalForm: z.enum(LEGAL_FORMS).describe('selskabs- eller organisationsform'),
  sector: z.enum(SECTORS),
  district: z.enum(AREAS).describe('bydel i København, eller et bredere område'),
  offers: z.array(z.enum(OFFER_CATEGORIES)).min(1).describe('det, en indkøber kan købe: mindst én kategori'),
  rsv: z
    .boolean()
    .optional()
    .describe('registreret socialøkonomisk virksomhed (RSV) ifølge Erhvervsstyrelsens register; udelades, hvis det ikke er tjekket'),
  founded: z.number().int().min(1800).max(2100).optional(),
  website: webUrl().optional(),
  cvr: z.string().refine(isValidCvr, 'skal være et gyldigt CVR-nummer: 8 cifre, modulus 11').optional(),
  principles: z.array(z.enum(PRINCIPLES)).default([]).describe('visionens principper, virksomheden arbejder med'),
  inclusiveJobs: z
    .array(z.enum(INCLUSIVE_JOBS))
    .refine((jobs) => new Set(jobs).size === jobs.length, 'hver form for rummeligt job højst én gang')
    .default([])
    .describe(
      'rummelige job, virksomheden selv oplyser at tilbyde (fleksjob, løntilskud, virksomhedspraktik), med en kilde i sources; udelades, hvis det ikke er oplyst',
    ),
  summary: text.max(1000).describe('kort beskrivelse med egne ord; kortet viser de første linjer'),
  relatedStories: z.array(slug).default([]),
  relatedCourses: z.array(slug).default([]),
  sources: z.array(sourceSchema).default([]),
  fictional: z.boolean().default(false),
  origin: z.enum(['redaktion', 'tilmeldt']).default('redaktion'),
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
    title: text,
    summary: text.max(300).describe('one or two sentences for the list and the search result'),
    facts: z
      .array(
        z.object({
          topic: z.enum(CASE_FACT_TOPICS).describe('what was done, when, by whom, with what money, or the result'),
          text: text.max(500),
          source: z.number().int().positive().describe('the number of the source in `sources` (1 = first)'),
        }),
      )
      .min(4)
      .describe('the sourced facts, in the order they are shown'),
    principles: z.array(z.enum(PRINCIPLES)).min(1).describe("the vision's principles the lesson for Copenhagen touches"),
    actions: z
      .array(
        z.object({ title: text, href: z.string().regex(/^\/[a-z0-9/-]*\/$/, 'skal være en sti på sitet, fx /kurser/andelsselskabet/') }),
      )
      .min(1)
      .describe('lessons and tools on this site a Copenhagen reader would use to act on it (Danish pages)'),
    sources: z.array(sourceSchema).min(1),
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

export const glossarySchema = z.object({
  term: text,
  aliases: z.array(text).default([]),
  definition: text.max(600),
  related: z.array(slug).default([]),
  source: sourceSchema,
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
    kind: z.literal('adresse'),
    name: text.optional().describe('stedets navn, fx "Vartov, Store Sal"'),
    address: text.describe('gade, nummer, postnummer og by'),
    district: z.enum(AREAS).describe('bydelen fra virksomhedsoversigtens liste, eller et bredere område'),
  }),
  z.object({
    kind: z.literal('online'),
    url: webUrl().optional().describe('hvor arrangementet sendes; udelades, hvis linket først kommer ved tilmelding'),
  }),
  z.object({
    kind: z.literal('flere-steder'),
    description: text.describe('fx "Markeres over hele verden"'),
  }),
]);

/**
 * An event: kept by the editors as a file in src/content/events/, or (later) submitted by a partner
 * and approved, merged in by a loader like the stories. Submitted events have origin "indsendt" and
 * need no sources; the editors' real events need at least one.
 */
export const eventSchema = z
  .object({
    title: text.max(160).describe('arrangementets titel'),
    start: localDateTime.describe('start i dansk tid: "2027-07-03T10:00", eller "2027-07-03" for en hel dag'),
    end: localDateTime.optional().describe('slut i dansk tid, samme form; udelades, hvis den ikke er kendt'),
    place: eventPlaceSchema.describe('adresse og bydel, online eller flere steder'),
    organiser: z
      .object({
        name: text.describe('arrangørens navn'),
        business: slug.optional().describe('id på arrangørens side i virksomhedsoversigten (filnavnet i src/content/businesses/)'),
        organisation: slug.optional().describe('id på arrangørens side under /netvaerk/ (filnavnet i src/content/organisations/)'),
        url: webUrl().optional().describe('arrangørens egen hjemmeside, når den ikke har en side her'),
      })
      .describe('hvem der står bag'),
    audiences: z.array(z.enum(AUDIENCES)).min(1).describe('hvem arrangementet er for: sitets målgrupper'),
    price: z.number().nonnegative().max(100_000).optional().describe('pris i kroner; 0 er gratis; udelades, hvis prisen ikke er kendt'),
    priceNote: text.max(200).optional().describe('fx "medlemmer gratis" eller "inkl. frokost"'),
    signUpUrl: webUrl().optional().describe('tilmelding (http eller https)'),
    description: text.max(800).describe('kort beskrivelse med egne ord'),
    status: z.enum(['planlagt', 'aflyst']).default('planlagt').describe('"aflyst" beholder siden, men markerer arrangementet aflyst'),
    fictional: z.boolean().default(false).describe('et fiktivt demo-arrangement; vises tydeligt som fiktivt'),
    sources: z
      .array(sourceSchema)
      .default([])
      .describe('hvor oplysningerne er bekræftet; påkrævet for redaktionens virkelige arrangementer'),
    origin: z.enum(['redaktion', 'indsendt']).default('redaktion'),
  })
  .refine((e) => !e.end || endsAfterStart(e.start, e.end), { message: 'slut skal ligge efter start', path: ['end'] })
  .refine((e) => e.fictional || e.origin === 'indsendt' || e.sources.length > 0, {
    message: 'et virkeligt arrangement fra redaktionen skal have kilder',
    path: ['sources'],
  });

/** An organisation in the ecosystem (/netvaerk/): only what public sources confirm. */
export const organisationSchema = z.object({
  name: text.describe('navnet, som organisationen selv bruger det'),
  kind: z.enum(ORGANISATION_KINDS).describe('hvad slags organisation'),
  offers: z
    .array(z.enum(ORGANISATION_OFFERS))
    .min(1)
    .describe('det, man kan få: medlemskab, rådgivning, finansiering, kurser, netværk, registrering'),
  forWhom: text.max(300).describe('hvem tilbuddet er for, i én sætning'),
  summary: text.max(800).describe('kort beskrivelse med egne ord'),
  website: webUrl().describe('organisationens egen side'),
  business: slug.optional().describe('id på samme organisation i virksomhedsoversigten, når den står der'),
  sources: z.array(sourceSchema).min(1).describe('offentlige kilder til hver oplysning'),
  ...review,
});

export type EventData = z.infer<typeof eventSchema>;

export type Lesson = z.infer<typeof lessonSchema>;
export type Business = z.infer<typeof businessSchema>;
export type Question = z.infer<typeof quizSchema>['questions'][number];
export type Source = z.infer<typeof sourceSchema>;
