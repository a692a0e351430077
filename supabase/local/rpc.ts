/**
 * POST /rest/v1/rpc/<fn>, the way PostgREST runs it: one transaction, the role from the JWT
 * (`set local role`), the claims in `request.jwt.claims`, named arguments, PostgREST's error shape.
 */
import type { Claims } from './jwt.ts';
import type { Sql } from './database.ts';

export interface Transactional extends Sql {
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
}

export interface RestError {
  status: number;
  body: { code: string; message: string; details: string | null; hint: string | null };
}

interface FunctionInfo {
  args: { name: string; type: string; hasDefault: boolean }[];
  returnsVoid: boolean;
}

const API_ROLES = new Set(['anon', 'authenticated', 'service_role']);

export class RpcRunner {
  #functions = new Map<string, FunctionInfo | null>();
  readonly db: Transactional;

  constructor(db: Transactional) {
    this.db = db;
  }

  async #lookup(name: string): Promise<FunctionInfo | null> {
    if (!this.#functions.has(name)) {
      const { rows } = await this.db.query<{ names: string[] | null; types: string[]; defaults: number; returns: string }>(
        `select p.proargnames as names, array(select format_type(t, null) from unnest(p.proargtypes) t) as types,
                p.pronargdefaults as defaults, format_type(p.prorettype, null) as returns
           from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where n.nspname = 'public' and p.proname = $1`,
        [name],
      );
      const fn = rows[0];
      this.#functions.set(
        name,
        fn
          ? {
              args: fn.types.map((type, i) => ({
                name: fn.names?.[i] ?? `$${i + 1}`,
                type,
                hasDefault: i >= fn.types.length - fn.defaults,
              })),
              returnsVoid: fn.returns === 'void',
            }
          : null,
      );
    }
    return this.#functions.get(name)!;
  }

  /** Runs the function; resolves to the JSON result (undefined for void) or rejects with a RestError. */
  /**
   * `headers` become the setting `request.headers`, as PostgREST passes a request's headers on;
   * the server fills in the client address the way the edge in front of Supabase does.
   */
  async call(name: string, body: Record<string, unknown>, claims: Claims, headers: Record<string, string> = {}): Promise<unknown> {
    const role = String(claims.role ?? 'anon');
    if (!API_ROLES.has(role)) throw restError(401, 'PGRST301', `role "${role}" does not exist`);
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw restError(400, 'PGRST100', 'Malformed function name');
    const fn = await this.#lookup(name);
    const given = Object.keys(body);
    const unknown = given.filter((k) => !fn?.args.some((a) => a.name === k));
    const missing = fn?.args.filter((a) => !a.hasDefault && !given.includes(a.name)) ?? [];
    if (!fn || unknown.length || missing.length)
      throw restError(
        404,
        'PGRST202',
        `Could not find the function public.${name}(${given.join(', ')}) in the schema cache`,
        'If a new function was created in the database with this name and parameters, try reloading the schema cache.',
      );

    const args = fn.args.filter((a) => given.includes(a.name));
    const call = args.map((a, i) => `${a.name} => $${i + 1}::${a.type}`).join(', ');
    const values = args.map((a) => {
      const v = body[a.name];
      return v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : v;
    });
    try {
      return await this.db.transaction(async (tx) => {
        await tx.query(
          `select set_config('role', $1, true), set_config('request.jwt.claims', $2, true),
                               set_config('request.jwt.claim.sub', $3, true), set_config('request.jwt.claim.role', $1, true),
                               set_config('request.headers', $4, true)`,
          [role, JSON.stringify(claims), String(claims.sub ?? ''), JSON.stringify(headers)],
        );
        const { rows } = await tx.query<{ result: unknown }>(`select public.${name}(${call}) as result`, values);
        return fn.returnsVoid ? undefined : rows[0]?.result;
      });
    } catch (e) {
      throw fromPostgres(e as PgError, role);
    }
  }
}

interface PgError {
  code?: string;
  message: string;
  detail?: string;
  hint?: string;
}

const restError = (status: number, code: string, message: string, hint: string | null = null): RestError => ({
  status,
  body: { code, message, details: null, hint },
});

/** PostgREST's table from SQLSTATE to HTTP status. */
function statusFor(code: string, role: string): number {
  if (/^PT\d{3}$/.test(code)) return Number(code.slice(2));
  if (code === '42501') return role === 'anon' ? 401 : 403;
  if (code === '23503' || code === '23505') return 409;
  if (code === '25006') return 405;
  if (code === '42883' || code === '42P01') return 404;
  if (code === 'P0001') return 400;
  if (/^(08|53)/.test(code)) return 503;
  if (/^(0L|0P|28)/.test(code)) return 403;
  if (/^(09|25|2D|38|39|3B|40|54|55|57|58|F0|HV|P0|XX)/.test(code)) return 500;
  return 400;
}

function fromPostgres(e: PgError, role: string): RestError {
  const code = e.code ?? 'XX000';
  return { status: statusFor(code, role), body: { code, message: e.message, details: e.detail ?? null, hint: e.hint ?? null } };
}
