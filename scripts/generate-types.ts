/**
 * Writes src/lib/supabase/database.types.ts from the migrated schema, in the shape the Supabase
 * CLI generates: `npm run types`. A test fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { bootstrap, migrate, type Sql } from '../supabase/local/database.ts';

export const TYPES_FILE = resolve(import.meta.dirname, '../src/lib/supabase/database.types.ts');

const TS: Record<string, string> = {
  text: 'string',
  uuid: 'string',
  'character varying': 'string',
  boolean: 'boolean',
  integer: 'number',
  bigint: 'number',
  smallint: 'number',
  numeric: 'number',
  'double precision': 'number',
  real: 'number',
  jsonb: 'Json',
  json: 'Json',
  'timestamp with time zone': 'string',
  'timestamp without time zone': 'string',
  date: 'string',
  void: 'undefined',
};
const tsType = (pg: string): string => (pg.endsWith('[]') ? `${tsType(pg.slice(0, -2))}[]` : (TS[pg.replace(/\(.*\)$/, '')] ?? 'unknown'));

async function generateTypes(db: Sql): Promise<string> {
  const columns = (
    await db.query<{ table: string; column: string; type: string; nullable: boolean; has_default: boolean }>(`
      select c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type,
             not a.attnotnull as nullable, a.atthasdef or a.attidentity <> '' as has_default
        from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
       order by c.relname, a.attnum`)
  ).rows;
  const functions = (
    await db.query<{ name: string; names: string[] | null; types: string[]; defaults: number; returns: string }>(`
      select p.proname as name, p.proargnames as names, array(select format_type(t, null) from unnest(p.proargtypes) t) as types,
             p.pronargdefaults as defaults, format_type(p.prorettype, null) as returns
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'public' and p.prokind = 'f' order by p.proname`)
  ).rows;

  const tables = Map.groupBy(columns, (c) => c.table);
  const field = (c: (typeof columns)[number], optional: boolean) =>
    `          ${c.column}${optional ? '?' : ''}: ${tsType(c.type)}${c.nullable ? ' | null' : ''}`;
  const tableTypes = [...tables].map(
    ([name, cols]) => `      ${name}: {
        Row: {
${cols.map((c) => field(c, false)).join('\n')}
        }
        Insert: {
${cols.map((c) => field(c, c.nullable || c.has_default)).join('\n')}
        }
        Update: {
${cols.map((c) => field(c, true)).join('\n')}
        }
        Relationships: []
      }`,
  );
  const functionTypes = functions.map((f) => {
    const args = f.types.map((t, i) => `          ${f.names?.[i]}${i >= f.types.length - f.defaults ? '?' : ''}: ${tsType(t)}`);
    return `      ${f.name}: {
        Args: ${args.length ? `{\n${args.join('\n')}\n        }` : 'Record<PropertyKey, never>'}
        Returns: ${tsType(f.returns)}
      }`;
  });

  return `// Generated from supabase/migrations by scripts/generate-types.ts (npm run types). Do not edit.
export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  public: {
    Tables: {
${tableTypes.join('\n')}
    }
    Views: { [_ in never]: never }
    Functions: {
${functionTypes.join('\n')}
    }
    Enums: { [_ in never]: never }
    CompositeTypes: { [_ in never]: never }
  }
}
`;
}

export async function typesFromMigrations(): Promise<string> {
  const db = await PGlite.create();
  await bootstrap(db);
  await migrate(db);
  const text = await generateTypes(db);
  await db.close();
  return text;
}

if (import.meta.main) {
  writeFileSync(TYPES_FILE, await typesFromMigrations());
  console.log(`Skrev ${TYPES_FILE}`);
}
