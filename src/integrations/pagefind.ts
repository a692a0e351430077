import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Runs Pagefind over the finished build. `astro build` empties `dist/`,
 * so the index has to be written again after every build.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'faelles-vaerdier:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        // No forced language: Pagefind indexes each page by its <html lang>, so the English pages
        // get an index of their own and the Danish search page searches Danish only.
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        const ms = Math.round(performance.now() - started);
        logger.info(`indekserede ${added.page_count} sider på ${ms} ms`);
      },
    },
  };
}
