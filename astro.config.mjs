// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import productionBackend from './src/integrations/production-backend.ts';
import { SITE_URL } from './src/lib/site.ts';
import { ANON_KEY, LOCAL_URL } from './supabase/local/config.ts';

// The backend as configured; a production build refuses to start without a real one.
const backend = { siteUrl: SITE_URL, supabaseUrl: process.env.PUBLIC_SUPABASE_URL, anonKey: process.env.PUBLIC_SUPABASE_ANON_KEY };
// With no Supabase project configured, the site talks to the local gateway (npm start runs it).
process.env.PUBLIC_SUPABASE_URL ||= LOCAL_URL;
process.env.PUBLIC_SUPABASE_ANON_KEY ||= ANON_KEY;

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
  ],
  // Content is plain Markdown (fast to build at thousands of pages); no code to highlight.
  markdown: { syntaxHighlight: false },
  prefetch: false,
  devToolbar: { enabled: false },
});
