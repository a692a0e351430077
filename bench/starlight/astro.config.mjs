// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// The benchmark writes the corpus into src/content/docs/ before each build.
export default defineConfig({
  site: 'https://example.org',
  integrations: [
    starlight({
      title: 'Fælles Værdier (benchmark)',
      defaultLocale: 'root',
      locales: { root: { label: 'Dansk', lang: 'da' } },
      sidebar: [{ label: 'Indhold', items: [{ autogenerate: { directory: '.' } }] }],
    }),
  ],
});
