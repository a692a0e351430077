// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import productionBackend from './src/integrations/production-backend.ts';
import { SITE_URL } from './src/lib/site.ts';
import { ANON_KEY, LOCAL_URL } from './supabase/local/config.ts';
import { publisherProblem } from './src/lib/publisher.ts';

// The backend as configured; a production build refuses to start without a real one.
const backend = { siteUrl: SITE_URL, supabaseUrl: process.env.PUBLIC_SUPABASE_URL, anonKey: process.env.PUBLIC_SUPABASE_ANON_KEY };
// With no Supabase project configured, the site talks to the local gateway (npm start runs it).
process.env.PUBLIC_SUPABASE_URL ||= LOCAL_URL;
process.env.PUBLIC_SUPABASE_ANON_KEY ||= ANON_KEY;

/**
 * Vite wraps every lazy `import()` in a preload helper (0.9 KB gzip, loaded by any page with a
 * lazy import). Our lazy chunks (knowledge check, account sync) load on use and have no CSS, so
 * there is nothing to preload: the helper becomes a plain call and the dependency lists go.
 * Astro sets `modulePreload` itself, hence the per-environment override.
 */
/** @returns {import('vite').Plugin} */
function lazyChunksWithoutPreload() {
  return {
    name: 'faelles-vaerdier:lazy-chunks-without-preload',
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    renderChunk(code, chunk) {
      if (!chunk.fileName.includes('preload-helper')) return null;
      const exported = /export\s*\{\s*\w+ as (\w+)\s*\}/.exec(code)?.[1];
      if (!exported) throw new Error('Vites preload-hjælper har ændret form: tjek lazyChunksWithoutPreload i astro.config.mjs');
      return { code: `const load = (importer) => importer();\nexport { load as ${exported} };\n`, map: null };
    },
  };
}

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  // Inside the project, not node_modules: test and benchmark copies link node_modules and must
  // not share a content cache.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
  integrations: [
    productionBackend(backend),
    mdx(),
    preact(),
    sitemap({ filter: (page) => !/\/(404|log-ind|min-side|indsend|redaktion)\b/.test(page) }),
    pagefind(),
    {
      // A production build must name the publisher (footer, /om/, /privatliv/); see src/lib/publisher.ts.
      name: 'faelles-vaerdier:publisher',
      hooks: {
        'astro:config:setup': ({ command }) => {
          const problem = command === 'build' ? publisherProblem() : null;
          if (problem) throw new Error(problem);
        },
      },
    },
  ],
  // Content is plain Markdown (fast to build at thousands of pages); no code to highlight.
  markdown: { syntaxHighlight: false },
  prefetch: false,
  vite: { plugins: [lazyChunksWithoutPreload()] },
  devToolbar: { enabled: false },
});
