/**
 * Every frontmatter field says what it is for (`.describe()`, in English): the schema documents the
 * frontmatter, so the README need not repeat it. Nested fields (a source's url, an event's place)
 * count too.
 */
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { bankSchema } from '../../src/lib/assessment/schema.ts';
import * as schemas from '../../src/lib/content/schemas.ts';

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; element?: z.ZodType; options?: z.ZodType[] };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional, default, nullable, preprocess and array wrappers. */
function unwrap(s: z.ZodType): z.ZodType[] {
  const def = defOf(s);
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe') return [...unwrap(def.in!), ...unwrap(def.out!)];
  if (def.type === 'array') return unwrap(def.element!);
  if (def.options) return def.options.flatMap(unwrap);
  return [s];
}

/** The paths of fields without a description, in every object the schema holds. */
function undescribed(schema: z.ZodType, path = ''): string[] {
  return unwrap(schema).flatMap((s) => {
    const shape = (s as unknown as { shape?: Record<string, z.ZodType> }).shape;
    if (defOf(s).type !== 'object' || !shape) return [];
    return Object.entries(shape).flatMap(([key, field]) => {
      const at = path ? `${path}.${key}` : key;
      return [...(field.description?.trim() ? [] : [at]), ...undescribed(field, at)];
    });
  });
}

const COLLECTIONS = {
  courses: schemas.courseSchema,
  lessons: schemas.lessonSchema,
  stories: schemas.storySchema,
  glossary: schemas.glossarySchema,
  businesses: schemas.businessSchema,
  events: schemas.eventSchema,
  organisations: schemas.organisationSchema,
  cities: schemas.cityCaseSchema,
  'assessment banks (courses/<course>/assessment.yaml)': bankSchema,
};

describe('frontmatter fields', () => {
  for (const [name, schema] of Object.entries(COLLECTIONS))
    it(`${name}: every field is described`, () => {
      expect(undescribed(schema)).toEqual([]);
    });

  it('the check sees a nested field without a description', async () => {
    const { z } = await import('astro/zod');
    const probe = z.object({
      a: z.string().describe('x'),
      b: z
        .array(z.object({ c: z.string() }))
        .optional()
        .describe('y'),
    });
    expect(undescribed(probe)).toEqual(['b.c']);
  });
});
