// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// The benchmark writes the corpus into src/content/docs/ before each build. No sidebar option:
// Starlight's default, a sidebar generated from every page, as a typical Starlight site has.
export default defineConfig({
  site: 'https://example.org',
  integrations: [
    starlight({
      title: 'Fælles Værdier (benchmark)',
      defaultLocale: 'root',
      locales: { root: { label: 'Dansk', lang: 'da' } },
    }),
  ],
});
