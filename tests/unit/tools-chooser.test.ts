import { describe, expect, test } from 'vitest';
import {
  ALL_FORMS,
  formsOfKey,
  nextQuestion,
  QUESTIONS,
  reachable,
  resultPath,
  setKey,
  stepAt,
  stepPath,
} from '../../src/lib/tools/chooser.ts';

describe('the company-form chooser as linked steps', () => {
  test('the number of generated pages stays small', () => {
    const { steps, results } = reachable();
    expect(steps.length).toBeLessThanOrEqual(40);
    expect(results.length).toBeLessThanOrEqual(20);
  });

  test('every link leads to a page that is generated', () => {
    const { steps, results } = reachable();
    const pages = new Set([
      '/vaerktoejer/virksomhedsform/',
      ...steps.map((s) => stepPath(s.remaining, s.index)),
      ...results.map(resultPath),
    ]);
    for (const s of steps) for (const l of s.links) expect(pages.has(l.href), `${l.href} (fra ${s.question.id})`).toBe(true);
  });

  test('a worker cooperative: members decide, business, surplus by use → A.M.B.A. or F.M.B.A.', () => {
    let step = stepAt(0, ALL_FORMS);
    const pick = (answer: string) => step.links.find((l) => l.answer.id === answer)!.href;
    let href = pick('medlemmer');
    expect(href).toBe('/vaerktoejer/virksomhedsform/erhverv/amba-fmba-forening/');
    step = stepAt(1, formsOfKey('amba-fmba-forening'));
    href = pick('ja');
    step = stepAt(2, formsOfKey('amba-fmba'));
    expect(step.links.find((l) => l.answer.id === 'efter-brug')!.href).toBe(stepPath(['amba', 'fmba'], 3));
    // Investors keep both: lov nr. 639/2024 lets an A.M.B.A. and an F.M.B.A. take investing participants.
    const investors = stepAt(3, ['amba', 'fmba']).links.find((l) => l.answer.id === 'ja')?.href;
    expect(investors === undefined || investors.includes('amba-fmba')).toBe(true);
    expect(href).toContain('amba-fmba');
  });

  test('lov nr. 639/2024: investorer og aktivsikring → både A.M.B.A. og F.M.B.A. passer', () => {
    const q = (id: string) => QUESTIONS.find((x) => x.id === id)!;
    expect(q('investorer').answers.find((a) => a.id === 'ja')!.fits).toEqual(expect.arrayContaining(['amba', 'fmba']));
    expect(q('aktivsikring').answers.find((a) => a.id === 'ja')!.fits).toEqual(expect.arrayContaining(['amba', 'fmba']));
    expect(q('investorer').help).toContain('F.M.B.A.');
    expect(q('aktivsikring').help).toContain('F.M.B.A.');
  });

  test('conflicting wishes end on the "none fits" result, not an error', () => {
    expect(stepAt(0, ALL_FORMS).links.find((l) => l.answer.id === 'kapital')!.href).toBe('/vaerktoejer/virksomhedsform/resultat/aps/');
    expect(stepPath([], 3)).toBe('/vaerktoejer/virksomhedsform/resultat/ingen/');
  });

  test('questions that cannot change the set are skipped', () => {
    expect(nextQuestion(['aps'], 0)).toBeUndefined();
    expect(QUESTIONS[nextQuestion(['fond', 'selvejende'], 1)!]!.id).toBe('erhverv');
    expect(QUESTIONS[nextQuestion(['fond', 'selvejende'], 2)!]!.id).toBe('overskud');
    expect(nextQuestion(['fond', 'selvejende'], QUESTIONS.length)).toBeUndefined();
  });

  test('set keys are canonical and refuse unknown forms', () => {
    expect(setKey(['fmba', 'amba'])).toBe('amba-fmba');
    expect(() => formsOfKey('amba-xyz')).toThrow('Ukendt');
  });
});
