import { describe, expect, it } from 'vitest';
import { businessSchema, courseSchema, lessonSchema, sourceSchema } from '../../src/lib/content/schemas.ts';

const lesson = {
  id: 'ok-lesson',
  title: 'Titel',
  summary: 'Resumé',
  minutes: 10,
  objectives: ['Forklare noget'],
  sources: [{ title: 'Lov', law: 'LBK nr. 1 af 01.01.2020, § 1' }],
  quiz: {
    questions: [
      {
        id: 'q1',
        question: 'Spørgsmål?',
        options: [
          { id: 'a', text: 'A' },
          { id: 'b', text: 'B' },
        ],
        correct: ['a'],
        explanation: 'Fordi.',
      },
    ],
  },
};

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('lesson schema', () => {
  it('accepts a complete lesson', () => {
    expect(lessonSchema.safeParse(lesson).success).toBe(true);
  });

  it('names the field of a correct answer that is not among the options', () => {
    const bad = structuredClone(lesson);
    bad.quiz.questions[0]!.correct = ['z'];
    expect(issues(lessonSchema.safeParse(bad))).toEqual(['quiz.questions.0.correct: correct nævner et svar, der ikke findes i options']);
  });

  it('refuses a source with neither url nor law, and a lesson without objectives', () => {
    const bad = { ...lesson, objectives: [], sources: [{ title: 'Uden henvisning' }] };
    const found = issues(lessonSchema.safeParse(bad));
    expect(found.some((m) => m.startsWith('objectives'))).toBe(true);
    expect(found.some((m) => m.startsWith('sources.0') && m.includes('url eller law'))).toBe(true);
  });

  it('refuses ids that are not slugs', () => {
    expect(issues(lessonSchema.safeParse({ ...lesson, id: 'Æble Grød' }))[0]).toMatch(/^id:/);
  });
});

describe('course schema', () => {
  it('refuses an unknown audience and names the field', () => {
    const r = courseSchema.safeParse({
      title: 'K',
      summary: 'S',
      audiences: ['pensionist'],
      level: 'grundlæggende',
      estimatedHours: 1,
      topics: ['viden'],
      objectives: ['x'],
      order: 1,
      status: 'published',
      updated: '2026-01-01',
    });
    expect(issues(r)[0]).toMatch(/^audiences\.0:/);
  });
});

describe('links in content only to web pages', () => {
  // A story or business from Supabase reaches the page through these schemas; the href must never run code.
  const business = {
    name: 'Eksempel',
    legalForm: 'F.M.B.A.',
    sector: 'Handel',
    district: 'Nørrebro',
    offers: ['detailhandel'],
    summary: 'Et fiktivt eksempel.',
  };
  const hostile = [
    'javascript:alert(document.cookie)',
    'JavaScript://x.dk/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ];

  it('accepts http and https addresses', () => {
    for (const website of ['https://example.dk/', 'http://example.dk/side?a=1'])
      expect(businessSchema.safeParse({ ...business, website }).success, website).toBe(true);
  });

  it('refuses javascript:, data: and other schemes for a website and for a source', () => {
    for (const website of hostile) {
      expect(businessSchema.safeParse({ ...business, website }).success, website).toBe(false);
      expect(sourceSchema.safeParse({ title: 'Kilde', url: website }).success, website).toBe(false);
    }
  });
});
