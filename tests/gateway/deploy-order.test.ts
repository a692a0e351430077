/**
 * The wrong deploy order: the site reaches learners before the catalogue sync reaches the
 * database. A completion of a lesson the database does not know yet must wait in the outbox and
 * arrive, exactly once, after the sync; the certificate then issues. Real supabase-js, the local
 * gateway on PGlite, and the browser's own sync queue (src/lib/progress).
 */
import { createClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ANON_KEY } from '../../supabase/local/config.ts';
import { readCatalogue } from '../../scripts/catalogue.ts';
import type { Client } from '../../src/lib/supabase/rpc.ts';
import type { Database } from '../../src/lib/supabase/database.types.ts';
import * as rpc from '../../src/lib/supabase/rpc.ts';
import { memoryStorage } from '../../src/lib/progress/store.ts';
import { createOutbox, type OutboxItem } from '../../src/lib/progress/outbox.ts';
import { sendItem } from '../../src/lib/progress/send.ts';
import { createSync } from '../../src/lib/progress/sync.ts';
import { keysOf } from '../support/assessment-fixture.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { checkDatabaseKnowsLessons, databaseLessonIds } from '../../src/data/published.ts';
import { PRODUCTION_BUILD_FLAG } from '../../src/lib/build-backend.ts';
import { course, quizLessons, rightAnswers } from '../support/personas.ts';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw?.close());

async function signedIn(email: string): Promise<Client> {
  const c = createClient<Database>(gw.url, ANON_KEY, { auth: { persistSession: false, autoRefreshToken: false } });
  await c.auth.signInWithOtp({ email });
  await c.auth.verifyOtp({ email, token: gw.codeFor(email), type: 'email' });
  return c;
}

/** What the new release's content holds: the real catalogue plus a new lesson without a check. */
const NEW_LESSON = { id: 'ny-lektion-uden-videnstjek', position: 99, title: 'En ny lektion', status: 'published' as const, questions: [] };
function newRelease() {
  const catalogue = readCatalogue();
  const ours = catalogue.courses.find((c) => c.id === course.id)!;
  ours.lessons.push(NEW_LESSON);
  return catalogue;
}

/** The database still on the previous release: it knows neither the new lesson nor the last check. */
const held = quizLessons.at(-1)!;
function previousRelease() {
  const catalogue = readCatalogue();
  const ours = catalogue.courses.find((c) => c.id === course.id)!;
  ours.lessons = ours.lessons.filter((l) => l.id !== held.id);
  return catalogue;
}

const syncCatalogue = (payload: unknown) => gw.db.query('select private.sync_catalogue($1::jsonb)', [JSON.stringify(payload)]);

describe('a deploy in the wrong order (site before catalogue)', () => {
  it('keeps completions of unknown lessons in the outbox and delivers them once after the catalogue sync; the certificate then issues', async () => {
    await syncCatalogue(previousRelease());
    const c = await signedIn('udrulning@example.dk');
    await rpc.updateMyProfile(c, 'Ulla Udrulning', null);

    const retries: (() => void)[] = [];
    const outbox = createOutbox(memoryStorage());
    const sync = createSync({
      outbox,
      send: (item) => sendItem(c, rpc, item),
      schedule(_ms, run) {
        retries.push(run);
        return () => retries.splice(retries.indexOf(run) >>> 0, 1);
      },
    });
    const items: OutboxItem[] = [
      ...quizLessons.map(
        (l): OutboxItem => ({ kind: 'attempt', id: randomUUID(), lessonId: l.id, answers: rightAnswers(l), at: new Date().toISOString() }),
      ),
      { kind: 'done', id: randomUUID(), lessonId: NEW_LESSON.id, at: new Date().toISOString() },
    ];
    for (const item of items) await sync.push(item);
    const early = items.filter((i) => i.lessonId === held.id || i.lessonId === NEW_LESSON.id);

    // The database refused both; the browser keeps them and says why it waits.
    expect(outbox.items().map((i) => i.id)).toEqual(early.map((i) => i.id));
    expect(sync.state()).toBe('unpublished');
    expect(retries).toHaveLength(1);
    expect((await rpc.myProgress(c)).lessons.map((l) => l.lesson_id)).toEqual(quizLessons.slice(0, -1).map((l) => l.id));

    // A retry before the deploy changes nothing.
    retries.splice(0).forEach((run) => run());
    await sync.flush();
    expect(outbox.items()).toHaveLength(2);

    await syncCatalogue(newRelease());
    retries.splice(0).forEach((run) => run());
    await sync.flush();
    expect(outbox.items()).toEqual([]);
    expect(sync.state()).toBe('saved');

    // Another tab sends the same items again: the server keeps one of each.
    for (const item of early) await sync.push(item);
    const attempts = await gw.db.query<{ n: number }>('select count(*)::int as n from public.quiz_attempts where id = $1', [early[0]!.id]);
    expect(attempts.rows[0]!.n).toBe(1);
    const done = await gw.db.query<{ lesson_id: string }>(
      `select lesson_id from public.lesson_progress where user_id = (select id from auth.users where email = 'udrulning@example.dk') and lesson_id = any ($1)`,
      [[held.id, NEW_LESSON.id]],
    );
    expect(done.rows.map((r) => r.lesson_id).sort()).toEqual([held.id, NEW_LESSON.id].sort());

    const attempt = await rpc.startAssessment(c, course.id);
    const keys = await keysOf(gw.db, attempt.attempt_id);
    const feedback = await rpc.submitAssessment(
      c,
      attempt.attempt_id,
      Object.fromEntries(attempt.questions.map((q) => [q.id, keys[q.id]!])),
    );
    expect(feedback.passed).toBe(true);
    expect(await rpc.issueCertificate(c, course.id)).toMatchObject({ course_id: course.id, revoked_at: null });
  });
});

describe('the production build asks the database which lessons it knows', () => {
  afterEach(() => vi.unstubAllEnvs());
  const siteLessons = () =>
    newRelease()
      .courses.filter((c) => c.status === 'published')
      .flatMap((c) => c.lessons.filter((l) => l.status === 'published').map((l) => l.id));

  it('stops, naming the lessons, while the catalogue is behind the site', async () => {
    await syncCatalogue(previousRelease());
    const known = await databaseLessonIds(gw.url, ANON_KEY);
    expect(known).not.toContain(held.id);
    expect(known).toContain(quizLessons[0]!.id);
    const anon = createClient<Database>(gw.url, ANON_KEY, { auth: { persistSession: false, autoRefreshToken: false } });
    expect(await rpc.catalogueLessonIds(anon)).toEqual(known);

    vi.stubEnv('PUBLIC_SUPABASE_URL', gw.url);
    vi.stubEnv('PUBLIC_SUPABASE_ANON_KEY', ANON_KEY);
    vi.stubEnv(PRODUCTION_BUILD_FLAG, '1');
    await expect(checkDatabaseKnowsLessons(siteLessons())).rejects.toThrow(
      `Databasen på ${gw.url} kender ikke disse 2 lektioner: ${held.id}, ${NEW_LESSON.id}.`,
    );
    await syncCatalogue(newRelease());
    await expect(checkDatabaseKnowsLessons(siteLessons())).resolves.toBeUndefined();
  });

  it('a local build only warns', async () => {
    await syncCatalogue(previousRelease());
    vi.stubEnv('PUBLIC_SUPABASE_URL', gw.url);
    vi.stubEnv('PUBLIC_SUPABASE_ANON_KEY', ANON_KEY);
    vi.stubEnv(PRODUCTION_BUILD_FLAG, '');
    const warnings: string[] = [];
    await checkDatabaseKnowsLessons(siteLessons(), { info: () => {}, warn: (m) => warnings.push(m) });
    expect(warnings).toEqual([expect.stringContaining(`kender ikke lektionerne ${held.id}, ${NEW_LESSON.id}`)]);
  });

  it('stops when the database has no such function (its migrations were not applied)', async () => {
    vi.stubEnv('PUBLIC_SUPABASE_URL', gw.url);
    vi.stubEnv('PUBLIC_SUPABASE_ANON_KEY', ANON_KEY);
    vi.stubEnv(PRODUCTION_BUILD_FLAG, '1');
    await gw.db.query('alter function public.catalogue_lesson_ids() rename to catalogue_lesson_ids_gone');
    try {
      await expect(checkDatabaseKnowsLessons(siteLessons())).rejects.toThrow(
        /^Kunne ikke hente kursuskatalogets lektioner fra .* \(HTTP 404\)/,
      );
    } finally {
      await gw.db.query('alter function public.catalogue_lesson_ids_gone() rename to catalogue_lesson_ids');
    }
  });
});
