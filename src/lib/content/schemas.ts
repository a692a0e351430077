/**
 * Zod schemas for the four collections. Kept apart from `content.config.ts` so that unit
 * tests and scripts (catalogue sync, content check) can use them without Astro.
 */
import { z } from 'astro/zod';
import { AUDIENCES, CPD_SUBJECT_AREAS, LEVELS, PRINCIPLES, STATUSES } from './taxonomy.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'skal være små bogstaver a-z, tal og bindestreger');

const text = z.string().trim().min(1, 'må ikke være tom');

/** A source: a title plus a web address, a law reference, or both. */
export const sourceSchema = z
  .object({
    title: text,
    url: z.url({ message: 'skal være en fuld webadresse (https://…)' }).optional(),
    law: text.optional().describe('fx "LBK nr. 249 af 01.02.2021, § 3"'),
  })
  .refine((s) => s.url || s.law, { message: 'en kilde skal have url eller law' });

export const courseSchema = z.object({
  title: text,
  summary: text.max(300),
  audiences: z.array(z.enum(AUDIENCES)).min(1),
  level: z.enum(LEVELS),
  estimatedHours: z.number().positive().max(100),
  /** Continuing-education (CPD) hours and subject area for approved auditors. */
  cpd: z
    .object({ hours: z.number().positive().max(100), subjectArea: z.enum(CPD_SUBJECT_AREAS) })
    .optional(),
  topics: z.array(z.enum(PRINCIPLES)).min(1),
  objectives: z.array(text).min(1),
  order: z.number().int().nonnegative(),
  status: z.enum(STATUSES),
  featured: z.boolean().default(false),
  updated: z.coerce.date(),
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
});

export const storySchema = z.object({
  organisation: text,
  title: text,
  legalForm: text,
  sector: text,
  district: text,
  founded: z.number().int().min(1800).max(2100),
  size: text,
  principles: z.array(z.enum(PRINCIPLES)).min(1),
  summary: text.max(400),
  sources: z.array(sourceSchema).min(1),
  website: z.url().optional(),
  fictional: z.boolean(),
  relatedCourses: z.array(slug).default([]),
  relatedTerms: z.array(slug).default([]),
  published: z.coerce.date(),
});

export const glossarySchema = z.object({
  term: text,
  aliases: z.array(text).default([]),
  definition: text.max(600),
  related: z.array(slug).default([]),
  source: sourceSchema,
});

export type Course = z.infer<typeof courseSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type Quiz = z.infer<typeof quizSchema>;
export type Question = Quiz['questions'][number];
export type Source = z.infer<typeof sourceSchema>;
export type Story = z.infer<typeof storySchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
