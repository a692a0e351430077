/**
 * `npm start`: builds the site with its search index and serves it on http://127.0.0.1:4321/.
 * With no Supabase project configured (PUBLIC_SUPABASE_URL unset) it also starts the local
 * gateway on http://127.0.0.1:54321, which prints sign-in codes here.
 * Authors who only edit text can use `npm run dev` instead (live reload, no search).
 */
import { spawn } from 'node:child_process';
import { node } from './run.mjs';

const useLocalBackend = !process.env.PUBLIC_SUPABASE_URL;
console.log(
  useLocalBackend
    ? 'Ingen Supabase-projekt er sat op (PUBLIC_SUPABASE_URL): bruger den lokale gateway med PGlite i .data/.'
    : `Bruger Supabase-projektet på ${process.env.PUBLIC_SUPABASE_URL}; den lokale gateway starter ikke.`,
);

node('Byg sitet og søgeindekset', 'node_modules/astro/bin/astro.mjs', ['build']);

const port = process.env.PORT ?? '4321';
const children = [
  spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', port], { stdio: 'inherit' }),
];
if (useLocalBackend)
  children.push(spawn(process.execPath, ['supabase/local/start.ts'], { stdio: 'inherit', env: { ...process.env, SITE_ORIGIN: `http://127.0.0.1:${port}` } }));

const stop = (code) => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
