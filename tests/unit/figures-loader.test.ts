/**
 * The figures loader: a production build whose project does not answer records the problem (and
 * /tal/ then stops the build with it); a local build only warns and stores nothing.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCTION_BUILD_FLAG } from '../../src/lib/build-backend.ts';
import { DATABASE_FIGURES_ID, figuresLoader } from '../../src/data/figures-loader.ts';

let server: Server;
let url: string;
let answer: { status: number; body: unknown };
const saved = { ...process.env };

beforeAll(async () => {
  server = createServer((_, res) => res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body)));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise((done) => server.close(done)));
afterEach(() => {
  process.env = { ...saved };
});

/** Runs the loader with a store and logger as Astro gives them; returns what it stored and logged. */
async function load() {
  const stored = new Map<string, unknown>();
  const warnings: string[] = [];
  const context = {
    store: { clear: () => stored.clear(), set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data) },
    logger: { info: () => {}, warn: (m: string) => warnings.push(m) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: () => 'x',
  };
  await figuresLoader().load(context as never);
  return { entry: stored.get(DATABASE_FIGURES_ID) as { figures: unknown; problem?: string } | undefined, warnings };
}

describe('figures loader', () => {
  it('stores the database’s answer', async () => {
    Object.assign(process.env, { PUBLIC_SUPABASE_URL: url, PUBLIC_SUPABASE_ANON_KEY: 'key', STORIES_LOCAL_DB: 'off' });
    answer = { status: 200, body: { learners: null, stories: 7 } };
    expect((await load()).entry).toEqual({ figures: { learners: null, stories: 7 } });
  });

  it('in a production build, records why the figures are missing, so /tal/ stops the build', async () => {
    Object.assign(process.env, {
      PUBLIC_SUPABASE_URL: url,
      PUBLIC_SUPABASE_ANON_KEY: 'key',
      STORIES_LOCAL_DB: 'off',
      [PRODUCTION_BUILD_FLAG]: '1',
    });
    answer = { status: 500, body: {} };
    const { entry } = await load();
    expect(entry?.figures).toBeNull();
    expect(entry?.problem).toBe(
      `Kunne ikke hente tallene til /tal/ fra ${url} (HTTP 500). Siden ville vise forkerte tal, så bygningen stopper her. Byg igen, når Supabase svarer.`,
    );
  });

  it('in a local build, warns and stores nothing', async () => {
    Object.assign(process.env, { PUBLIC_SUPABASE_URL: url, PUBLIC_SUPABASE_ANON_KEY: 'key', STORIES_LOCAL_DB: 'off' });
    delete process.env[PRODUCTION_BUILD_FLAG];
    answer = { status: 500, body: {} };
    const { entry, warnings } = await load();
    expect(entry).toBeUndefined();
    expect(warnings).toContain('[tal] /tal/ bygges kun med indholdets tal: ingen database svarede');
  });
});
