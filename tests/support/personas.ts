/** The people the database tests act as, and the real catalogue they learn from. */
import { readCatalogue } from '../../scripts/catalogue.ts';
import { createTestDb, type Persona, type TestDb } from './db.ts';

export interface Personas {
  learner: Persona;
  otherLearner: Persona;
  partner: Persona;
  editor: Persona;
}

export async function createPersonas(db: TestDb): Promise<Personas> {
  const personas = {
    learner: await db.createUser('laerer@example.dk'),
    otherLearner: await db.createUser('anden@example.dk'),
    partner: await db.createUser('partner@example.dk'),
    editor: await db.createUser('redaktor@example.dk'),
  };
  await db.makeEditor(personas.editor);
  return personas;
}

/** A fresh database with the four personas, for one test file. */
export async function personaDb(): Promise<{ db: TestDb; p: Personas }> {
  const db = await createTestDb();
  return { db, p: await createPersonas(db) };
}

const catalogue = readCatalogue();
export const course = catalogue.courses.find((c) => c.status === 'published' && c.lessons.length >= 2)!;
export const quizLessons = course.lessons.filter((l) => l.questions.length > 0 && l.status === 'published');

/** The right answers of a lesson's check, as the browser sends them. */
export const rightAnswers = (lesson: (typeof quizLessons)[number]) => Object.fromEntries(lesson.questions.map((q) => [q.id, q.correct]));

export const wrongAnswers = (lesson: (typeof quizLessons)[number]) =>
  Object.fromEntries(lesson.questions.map((q) => [q.id, ['forkert-svar']]));
