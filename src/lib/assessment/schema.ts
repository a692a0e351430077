/**
 * Zod schema of an assessment item bank, `courses/<course>/assessment.yaml` (contract 1). The
 * site build never reads these files: only the catalogue sync (into a table no API role can
 * read) and the content check do. Lesson ids are checked against the course by `bankProblems`.
 */
import { z } from 'astro/zod';
import { sourceSchema } from '../content/schemas.ts';

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'skal være små bogstaver a-z, tal og bindestreger');
const text = z.string().trim().min(1, 'må ikke være tom');
const OPTION_IDS = ['a', 'b', 'c', 'd', 'e'] as const;
/** A bank holds at least this many times the items one attempt draws, so a few accounts cannot cover it. */
export const BANK_FACTOR = 4;

export const itemSchema = z
  .object({
    id: kebab.describe('Stable id, unique in the file; never changed once published'),
    lesson: kebab.describe('The frontmatter `id` of the lesson the item tests'),
    question: text.describe('A case, a calculation or a deadline: application, not recall'),
    options: z
      .array(z.object({ id: z.enum(OPTION_IDS).describe('A to e, as written in the file'), text: text.describe('The option as shown') }))
      .min(3, 'et spørgsmål skal have 3–5 svarmuligheder')
      .max(5, 'et spørgsmål skal have 3–5 svarmuligheder')
      .describe('Three to five options; each attempt shows them in its own order, with opaque ids'),
    correct: z.array(z.enum(OPTION_IDS)).min(1, 'mindst ét rigtigt svar').describe('One id, or several for »Vælg alle rigtige«'),
    explanation: text.describe('Why, with rule and paragraph; shown only after the attempt is submitted'),
    sources: z.array(sourceSchema).min(1, 'mindst én kilde').describe('The laws and pages the answer rests on'),
  })
  .superRefine((item, ctx) => {
    const ids = item.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'to svarmuligheder har samme id' });
    item.correct.forEach((c, i) => {
      if (!ids.includes(c)) ctx.addIssue({ code: 'custom', path: ['correct', i], message: `»${c}« er ikke en af svarmulighederne` });
    });
    if (new Set(item.correct).size !== item.correct.length)
      ctx.addIssue({ code: 'custom', path: ['correct'], message: 'samme svar står to gange' });
  });

export const bankSchema = z
  .object({
    draw: z.number().int().min(1).max(50).describe('Items drawn for one attempt'),
    passPercent: z.number().int().min(1).max(100).default(80).describe('Share of right answers needed to pass, in per cent'),
    timeLimitMinutes: z.number().int().min(5).max(240).default(60).describe('An attempt expires this long after it starts'),
    reviewed: z.coerce.date().describe('Last checked against its sources'),
    items: z.array(itemSchema).describe('The bank: at least BANK_FACTOR times `draw` items'),
  })
  .superRefine((bank, ctx) => {
    if (bank.items.length < BANK_FACTOR * bank.draw)
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: `banken har ${bank.items.length} spørgsmål; den skal have mindst ${BANK_FACTOR} × draw = ${BANK_FACTOR * bank.draw}`,
      });
    const seen = new Set<string>();
    bank.items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `id »${item.id}« bruges mere end én gang` });
      seen.add(item.id);
    });
  });

export type Bank = z.infer<typeof bankSchema>;

/** Validates a parsed bank against the schema and the course's lesson ids; returns messages "path: problem". */
export function bankProblems(data: unknown, lessonIds: readonly string[]): { bank?: Bank; problems: string[] } {
  const result = bankSchema.safeParse(data);
  if (!result.success) return { problems: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const known = new Set(lessonIds);
  const problems = result.data.items.flatMap((item, i) =>
    known.has(item.lesson) ? [] : [`items.${i}.lesson: lektionen »${item.lesson}« findes ikke i kurset`],
  );
  return problems.length ? { problems } : { bank: result.data, problems };
}
