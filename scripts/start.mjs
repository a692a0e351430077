/**
 * `npm start`: serves the site with its search index on http://127.0.0.1:4321/.
 * With no Supabase project configured (PUBLIC_SUPABASE_URL unset) it first starts the local
 * gateway on http://127.0.0.1:54321 (it prints sign-in codes here), so the build can include the
 * stories editors have approved. Authors who only edit text can use `npm run dev` (no search).
 */
import { spawn } from 'node:child_process';
import { node } from './run.mjs';

const useLocalBackend = !process.env.PUBLIC_SUPABASE_URL;
const port = process.env.PORT ?? '4321';
const children = [];
const stop = (code) => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));

if (useLocalBackend) {
  console.log('Ingen Supabase-projekt er sat op (PUBLIC_SUPABASE_URL): starter den lokale gateway med PGlite i .data/.');
  const gateway = spawn(process.execPath, ['supabase/local/start.ts'], {
    stdio: 'inherit',
    env: { ...process.env, SITE_ORIGIN: `http://127.0.0.1:${port}` },
  });
  children.push(gateway);
  gateway.on('exit', (code) => stop(code ?? 1));
  await waitFor('http://127.0.0.1:54321/health');
} else {
  console.log(`Bruger Supabase-projektet på ${process.env.PUBLIC_SUPABASE_URL}; den lokale gateway starter ikke.`);
}

// Served here, so built for here: a local SITE_URL is what lets the build use the local gateway
// (a production build refuses to, see src/lib/build-backend.ts).
const buildEnv = { ...process.env, SITE_URL: process.env.SITE_URL ?? `http://127.0.0.1:${port}` };
node('Byg sitet og søgeindekset', 'node_modules/astro/bin/astro.mjs', ['build'], { env: buildEnv });
const preview = spawn(
  process.execPath,
  ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', port],
  { stdio: 'inherit' },
);
children.push(preview);
preview.on('exit', (code) => stop(code ?? 0));

async function waitFor(url) {
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  console.error(`Den lokale gateway svarede ikke på ${url}.`);
  stop(1);
}
