/**
 * The database half of a deploy, in the order that loses nothing: first the migrations (the
 * official CLI's `supabase db push`, never the seed), then the course catalogue from courses/.
 * Only then the site: its production build stops if the database does not know a lesson it
 * would publish. `SUPABASE_DB_URL=postgres://… npm run deploy:db`
 */
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { syncCatalogue } from './catalogue.ts';

const url = process.env.SUPABASE_DB_URL;
if (!url) {
  console.error('Sæt SUPABASE_DB_URL til projektets databaseforbindelse (Supabase: Project Settings → Database → Connection string).');
  process.exit(1);
}

console.log('1/2 Migreringer (supabase db push) …');
const push = spawnSync('npx', ['supabase', 'db', 'push', '--db-url', url, '--yes'], { stdio: 'inherit' });
if (push.status !== 0) {
  console.error('Migreringerne kunne ikke anvendes, så kursuskataloget er ikke synkroniseret. Udgiv ikke sitet, før det er rettet.');
  process.exit(push.status ?? 1);
}

console.log('2/2 Kursuskataloget …');
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  const result = await syncCatalogue({ exec: (s) => client.query(s), query: (s, p) => client.query(s, p as unknown[]) as never });
  console.log(`Kursuskataloget er synkroniseret: ${result.courses} kurser, ${result.lessons} lektioner. Nu kan sitet bygges og udgives.`);
} finally {
  await client.end();
}
