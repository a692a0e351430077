// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { hyphenateHeadings } from './src/integrations/hyphenate-headings.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeadersFile from './src/integrations/security-headers.ts';
import productionBackend from './src/integrations/production-backend.ts';
import { SITE_URL } from './src/lib/site.ts';
import { ANON_KEY, LOCAL_URL } from './supabase/local/constants.ts';
import { publisherProblem } from './src/lib/publisher.ts';

// The backend as configured; a production build refuses to start without a real one.
const backend = { siteUrl: SITE_URL, supabaseUrl: process.env.PUBLIC_SUPABASE_URL, anonKey: process.env.PUBLIC_SUPABASE_ANON_KEY };
// With no Supabase project configured, the site talks to the local gateway (npm start runs it).
process.env.PUBLIC_SUPABASE_URL ||= LOCAL_URL;
process.env.PUBLIC_SUPABASE_ANON_KEY ||= ANON_KEY;

/**
 * Vite wraps every lazy `import()` in a preload helper (0.9 KB gzip, loaded by any page with a
 * lazy import). Our lazy chunks (knowledge check, report form, account sync) load on use and have
 * no CSS, so there is nothing to preload: each chunk gets the helper as a one-line local function
 * instead of importing it, and the helper's own chunk (one more request) goes.
 * Astro sets `modulePreload` itself, hence the per-environment override.
 */
/** @returns {import('vite').Plugin} */
function lazyChunksWithoutPreload() {
  const helperImport = /import\s*\{\s*(\w+)(?:\s+as\s+(\w+))?\s*\}\s*from\s*["']\.\/preload-helper[^"']*["'];?/;
  return {
    name: 'faelles-vaerdier:lazy-chunks-without-preload',
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    renderChunk(code) {
      const found = helperImport.exec(code);
      if (!found) return null;
      return { code: code.replace(found[0], `const ${found[2] ?? found[1]} = (importer) => importer();`), map: null };
    },
    generateBundle(_, bundle) {
      for (const [fileName, file] of Object.entries(bundle)) {
        if (file.type !== 'chunk') continue;
        if (fileName.includes('preload-helper')) delete bundle[fileName];
        else if (file.code.includes('preload-helper'))
          throw new Error(`Vites preload-hjælper har ændret form (${fileName}): tjek lazyChunksWithoutPreload i astro.config.mjs`);
      }
    },
  };
}

/**
 * Preact and its JSX runtime as one chunk: every island needs both, so two files only cost a
 * request and the bytes of an import. Client build only (Astro configures it per environment).
 */
/** @returns {import('vite').Plugin} */
function preactAsOneChunk() {
  const preact = /[\\/]node_modules[\\/]preact[\\/](dist|jsx-runtime)[\\/]/;
  return {
    name: 'faelles-vaerdier:preact-as-one-chunk',
    configEnvironment: (name) =>
      name === 'client'
        ? { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'preact', test: preact }] } } } } }
        : undefined,
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
  // Danish at the root, English under /en/ (English paths: /en/directory/ for /virksomheder/).
  // Which page translates which is in src/lib/i18n/routes.ts: the slugs differ by language.
  i18n: { locales: ['da', 'en'], defaultLocale: 'da', routing: { prefixDefaultLocale: false } },
  server: { host: '127.0.0.1', port: 4321 },
  integrations: [
    productionBackend(backend),
    mdx(),
    preact(),
    sitemap({ filter: (page) => !/\/(404|log-ind|min-side|indsend|redaktion)\b/.test(page) }),
    pagefind(),
    securityHeadersFile(),
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
  // Long words in headings get soft hyphens (src/lib/text/hyphenate.ts), so phones break them the Danish way.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [hyphenateHeadings] }) },
  prefetch: false,
  vite: { plugins: [lazyChunksWithoutPreload(), preactAsOneChunk()] },
  devToolbar: { enabled: false },
});
