/**
 * Starts the local gateway: `node supabase/local/start.ts` (npm start does it for you).
 * Refuses to run in production and listens on 127.0.0.1 only.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { ANON_KEY, DATA_DIR, LOCAL_HOST, LOCAL_PORT, LOCAL_URL } from './config.ts';
import { openLocalDatabase } from './pglite.ts';
import { createGateway } from './server.ts';

if (process.env.NODE_ENV === 'production') {
  console.error('Den lokale gateway er udviklings- og testværktøj og kører ikke i produktion. Brug et rigtigt Supabase-projekt.');
  process.exit(1);
}

// GATEWAY_DATA_DIR=memory gives a fresh database that is gone when the gateway stops (tests).
const dataDir = process.env.GATEWAY_DATA_DIR === 'memory' ? undefined : (process.env.GATEWAY_DATA_DIR ?? DATA_DIR);
if (dataDir) mkdirSync(dataDir, { recursive: true });
const db = await openLocalDatabase(dataDir);
const site = process.env.SITE_ORIGIN ?? 'http://127.0.0.1:4321';
// GATEWAY_INBOX=<file>: codes are also written there, one JSON line each, for browser tests.
const inbox = process.env.GATEWAY_INBOX;

const server = createGateway({
  db,
  onCode: (sent) => {
    console.log(
      `\n✉  Kode til ${sent.email}: ${sent.code}\n   (eller link: ${site}/log-ind/bekraeft/?token_hash=${sent.tokenHash}&type=email)\n`,
    );
    if (inbox) appendFileSync(inbox, `${JSON.stringify(sent)}\n`);
  },
});

server.listen(LOCAL_PORT, LOCAL_HOST, () => {
  const { created, migrations, catalogue } = db.report;
  console.log(
    [
      `Lokal Supabase-gateway på ${LOCAL_URL} (PGlite ${dataDir ? `i ${dataDir}` : 'i hukommelsen'})`,
      created ? '  ny database: migreringer, kursuskatalog og testdata er indlæst' : `  migreringer anvendt nu: ${migrations.length}`,
      `  kursuskatalog: ${catalogue.courses} kurser, ${catalogue.lessons} lektioner`,
      `  anon-nøgle: ${ANON_KEY.slice(0, 24)}…  (offentlig udviklingsnøgle)`,
      '  log ind med fx laerke@example.dk; koden skrives her i terminalen',
    ].join('\n'),
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => db.close().then(() => process.exit(0))));
