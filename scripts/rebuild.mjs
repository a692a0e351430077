/**
 * `npm run rebuild`: builds the site again for the `npm start` running in another window, with the
 * same local SITE_URL (a bare `astro build` is a production build and stops without a Supabase
 * project). The running server shows the new build at the next page load.
 */
import { node } from './run.mjs';

const port = process.env.PORT ?? '4321';
const env = { ...process.env, SITE_URL: process.env.SITE_URL ?? `http://127.0.0.1:${port}` };
node('Byg sitet og søgeindekset igen', 'node_modules/astro/bin/astro.mjs', ['build'], { env });
