/**
 * A fresh database for each test file: PGlite in memory, or, with DATABASE_URL set, a new
 * database on that PostgreSQL server (dropped afterwards). Bootstrap, migrations and the catalogue
 * sync run from scratch — unless DATABASE_TEMPLATE names a database that CI prepared with the
 * bootstrap and the official Supabase CLI (`supabase db push`): then each file gets a copy of
 * that one, so the suite tests exactly what the CLI applied. `as(user)` runs SQL the way the API
 * would: one transaction, the role from the JWT, the claims set, exactly like PostgREST.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { bootstrap, migrate, type Sql } from '../../supabase/local/database.ts';
import { syncCatalogue } from '../../scripts/catalogue.ts';

export interface DbError {
  code: string;
  message: string;
  detail?: string;
}

export interface Persona {
  id: string;
  email: string;
}

export interface Session {
  /** Calls a public function with named arguments, like POST /rest/v1/rpc/<fn>. */
  rpc<T = unknown>(fn: string, args?: Record<string, unknown>): Promise<T>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface TestDb extends Sql {
  as(user: Persona | null): Session;
  /**
   * On PostgreSQL only (undefined on PGlite, which has one connection): a session on a connection
   * of its own, so that two of them really run at the same time. close() it when done.
   */
  ownConnection?(user: Persona): Promise<Session & { close(): Promise<void> }>;
  service(): Session;
  /**
   * What a security-definer function sees when the user calls it: the owner's rights, the user's
   * claims. For testing the triggers, the defence behind the functions, without a function in front.
   */
  definer(user: Persona): Session;
  createUser(email: string): Promise<Persona>;
  makeEditor(user: Persona): Promise<void>;
  close(): Promise<void>;
}

interface Connection extends Sql {
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Another connection to the same database (PostgreSQL only). */
  another?(): Promise<Connection>;
}

async function pglite(): Promise<Connection> {
  const db = await PGlite.create();
  return {
    exec: (sql) => db.exec(sql),
    query: (sql, params) => db.query(sql, params),
    transaction: (work) => db.transaction((tx) => work({ exec: (s) => tx.exec(s), query: (s, p) => tx.query(s, p) })),
    close: () => db.close(),
  };
}

/** Copying a template fails while another copy of it is starting; try again shortly. */
async function createDatabase(admin: pg.Client, name: string, template: string | undefined) {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(template ? `create database ${name} template "${template.replaceAll('"', '""')}"` : `create database ${name}`);
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== '55006' || attempt >= 20) throw e;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}

async function postgres(
  url: string,
  template: string | undefined,
): Promise<Connection & { migrated: boolean; alone<T>(work: () => Promise<T>): Promise<T> }> {
  const name = `fv_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await createDatabase(admin, name, template);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const connection = await connect(target.toString());
  return {
    ...connection,
    migrated: Boolean(template),
    // Roles are shared by the whole server: files that bootstrap side by side take turns.
    async alone(work) {
      await admin.query('select pg_advisory_lock(7305)');
      try {
        return await work();
      } finally {
        await admin.query('select pg_advisory_unlock(7305)');
      }
    },
    another: () => connect(target.toString()),
    async close() {
      await connection.close();
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    },
  };
}

async function connect(url: string): Promise<Connection> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let queue = Promise.resolve();
  const run = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.then(
      () => {},
      () => {},
    );
    return next;
  };
  const sql: Sql = { exec: (s) => client.query(s), query: (s, p) => client.query(s, p as unknown[]) as never };
  return {
    ...sql,
    transaction: (work) =>
      run(async () => {
        await client.query('begin');
        try {
          const result = await work(sql);
          await client.query('commit');
          return result;
        } catch (error) {
          await client.query('rollback');
          throw error;
        }
      }),
    close: () => client.end(),
  };
}

const toDbError = (e: unknown): DbError => {
  const err = e as { code?: string; message: string; detail?: string };
  return { code: err.code ?? 'unknown', message: err.message, ...(err.detail ? { detail: err.detail } : {}) };
};

/**
 * `bare`: only the Supabase bootstrap, no migrations and no catalogue (the upgrade-path test applies
 * the migrations itself, the released ones first).
 */
export async function createTestDb(options: { bare?: boolean } = {}): Promise<TestDb> {
  const template = options.bare ? undefined : process.env.DATABASE_TEMPLATE;
  const server = process.env.DATABASE_URL ? await postgres(process.env.DATABASE_URL, template) : null;
  const conn = server ?? (await pglite());
  if (!server) await bootstrap(conn);
  else if (!server.migrated) await server.alone(() => bootstrap(conn));
  if (!options.bare) {
    if (!server?.migrated) await migrate(conn);
    await syncCatalogue(conn);
  }

  const session = (role: string, claims: Record<string, unknown>, on: Connection = conn): Session => {
    const inTransaction = <T>(sqlText: string, params: unknown[]) =>
      on
        .transaction(async (tx) => {
          await tx.query(`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`, [role, JSON.stringify(claims)]);
          return (await tx.query<T>(sqlText, params)).rows;
        })
        .catch((e) => Promise.reject(toDbError(e)));
    return {
      async rpc(fn, args = {}) {
        const names = Object.keys(args);
        const call = names.map((n, i) => `${n} => $${i + 1}`).join(', ');
        const values = Object.values(args).map((v) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : v));
        const rows = await inTransaction<{ result: unknown }>(`select public.${fn}(${call}) as result`, values);
        return rows[0]!.result as never;
      },
      query: (sqlText, params = []) => inTransaction(sqlText, params),
    };
  };

  const claimsOf = (user: Persona) => ({ sub: user.id, role: 'authenticated', aud: 'authenticated', email: user.email });
  return {
    exec: (s) => conn.exec(s),
    query: (s, p) => conn.query(s, p),
    ...(conn.another && {
      async ownConnection(user: Persona) {
        const own = await conn.another!();
        return { ...session('authenticated', claimsOf(user), own), close: () => own.close() };
      },
    }),
    as: (user) =>
      user
        ? session('authenticated', { sub: user.id, role: 'authenticated', aud: 'authenticated', email: user.email })
        : session('anon', { role: 'anon' }),
    service: () => session('service_role', { role: 'service_role' }),
    definer: (user) => session('none', claimsOf(user)),
    async createUser(email) {
      const { rows } = await conn.query<{ id: string }>(
        'insert into auth.users (email, email_confirmed_at) values ($1, now()) returning id',
        [email],
      );
      return { id: rows[0]!.id, email };
    },
    async makeEditor(user) {
      await conn.query(`insert into public.user_roles (user_id, role) values ($1, 'editor')`, [user.id]);
    },
    close: () => conn.close(),
  };
}

/** Expects a promise to be refused by the database; returns the error for further checks. */
export async function refused(promise: Promise<unknown>): Promise<DbError> {
  try {
    await promise;
  } catch (e) {
    return e as DbError;
  }
  throw new Error('Databasen accepterede noget, den skulle have afvist');
}
