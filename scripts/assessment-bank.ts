/** Reads `courses/<course>/assessment.yaml` for the scripts (catalogue sync, content check); never for the site build. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { bankProblems, type Bank } from '../src/lib/assessment/schema.ts';

export const BANK_FILE = 'assessment.yaml';

/** undefined when the course has no bank; throws with the file and every problem when it is invalid. */
export function readBank(courseDir: string, lessonIds: readonly string[]): Bank | undefined {
  const file = join(courseDir, BANK_FILE);
  if (!existsSync(file)) return undefined;
  const { bank, problems } = bankProblems(parse(readFileSync(file, 'utf8')), lessonIds);
  if (!bank) throw new Error(`${file}: ${problems.join('; ')}`);
  return bank;
}

/** The payload of private.sync_assessment: snake_case, as the database reads it. */
export const bankPayload = (bank: Bank) => ({
  draw: bank.draw,
  pass_percent: bank.passPercent,
  time_limit_minutes: bank.timeLimitMinutes,
  items: bank.items.map((i) => ({
    id: i.id,
    lesson_id: i.lesson,
    question: i.question,
    options: i.options,
    correct: i.correct,
    explanation: i.explanation,
    sources: i.sources,
  })),
});
