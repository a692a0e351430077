/**
 * Stops a production build (`astro build` with a SITE_URL that is not this machine) that has no
 * Supabase project configured, before anything is built. `env` holds the settings as given,
 * before astro.config.mjs fills in the local gateway for development.
 */
import type { AstroIntegration } from 'astro';
import { isLocalUrl, PRODUCTION_BUILD_FLAG, productionBackendProblem, type BuildBackend } from '../lib/build-backend.ts';

export default function productionBackend(env: BuildBackend): AstroIntegration {
  return {
    name: 'faelles-vaerdier:production-backend',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' || isLocalUrl(env.siteUrl)) return;
        const problem = productionBackendProblem(env);
        if (problem) throw new Error(problem);
        process.env[PRODUCTION_BUILD_FLAG] = '1';
      },
    },
  };
}
