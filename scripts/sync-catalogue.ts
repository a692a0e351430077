/**
 * Syncs courses/ into a real Supabase project's catalogue: `SUPABASE_DB_URL=postgres://… npm run catalogue`.
 * (The local gateway and the tests sync by themselves.) Run it after every deploy of new content.
 */
import pg from 'pg';
import { syncCatalogue } from './catalogue.ts';

const url = process.env.SUPABASE_DB_URL;
if (!url) {
  console.error('Sæt SUPABASE_DB_URL til projektets databaseforbindelse (Supabase: Project Settings → Database → Connection string).');
  process.exit(1);
}
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  const result = await syncCatalogue({ exec: (s) => client.query(s), query: (s, p) => client.query(s, p as unknown[]) as never });
  console.log(`Kursuskataloget er synkroniseret: ${result.courses} kurser, ${result.lessons} lektioner.`);
} finally {
  await client.end();
}
