/**
 * `npm start`: builds the site with its search index and serves it on http://127.0.0.1:4321/.
 * Search needs the Pagefind index, which only a build writes; authors who edit text can use
 * `npm run dev` instead (live reload, no search).
 */
import { spawn } from 'node:child_process';
import { node } from './run.mjs';

const astro = 'node_modules/astro/bin/astro.mjs';
node('Byg sitet og søgeindekset', astro, ['build']);

const args = ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', process.env.PORT ?? '4321'];
const server = spawn(process.execPath, [astro, ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
