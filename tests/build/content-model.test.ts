import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { courseFile, fixtureSite, lessonFile, type FixtureSite } from '../support/fixture-site.ts';

let site: FixtureSite | undefined;
afterEach(() => site?.remove());

describe('content model, run through Astro', () => {
  it('a wrong frontmatter field fails with a message naming the file and the field', () => {
    site = fixtureSite();
    site.write('courses/proeve/index.md', courseFile());
    site.write('courses/proeve/01-lektion.md', lessonFile({ minutes: 'ti' }));
    const { status, output } = site.astro('sync');
    expect(status).not.toBe(0);
    expect(output).toContain('courses/proeve/01-lektion.md');
    expect(output).toMatch(/minutes.*Expected type `"number"`/);
  });

  it('a knowledge check whose answer is not an option fails and names quiz.questions.0.correct', () => {
    site = fixtureSite();
    site.write('courses/proeve/index.md', courseFile());
    site.write(
      'courses/proeve/01-lektion.md',
      lessonFile({
        quiz: '{ questions: [{ id: q1, question: "Hvad?", options: [{ id: a, text: A }, { id: b, text: B }], correct: [c], explanation: Fordi. }] }',
      }),
    );
    const { status, output } = site.astro('sync');
    expect(status).not.toBe(0);
    expect(output).toContain('01-lektion.md');
    expect(output).toContain('quiz.questions.0.correct');
  });

  it('draft courses and draft lessons are not published', { timeout: 120_000 }, () => {
    site = fixtureSite();
    site.write('courses/proeve/index.md', courseFile());
    site.write('courses/proeve/01-synlig.md', lessonFile({ id: 'synlig' }));
    site.write('courses/proeve/02-kladde.md', lessonFile({ id: 'kladde', status: 'draft' }));
    site.write('courses/hemmelig/index.md', courseFile({ title: 'Hemmeligt kursus', status: 'draft' }));
    site.write('courses/hemmelig/01-lektion.md', lessonFile({ id: 'hemmelig-lektion' }));
    const { status, output } = site.astro('build');
    expect(status, output).toBe(0);
    const dist = join(site.dir, 'dist');
    expect(existsSync(join(dist, 'kurser/proeve/synlig/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'kurser/proeve/kladde'))).toBe(false);
    expect(existsSync(join(dist, 'kurser/hemmelig'))).toBe(false);
  });
});
