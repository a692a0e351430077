/**
 * Writes `dist/_headers` after the build: the security headers of src/lib/security/headers.ts,
 * with the hashes of the inline scripts the build actually wrote and the configured Supabase
 * address. Stops the build if a page has an inline event handler, which the policy would block.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, inlineHandlers, inlineScriptHashes, securityHeaders } from '../lib/security/headers.ts';

export default function securityHeadersFile(): AstroIntegration {
  return {
    name: 'faelles-vaerdier:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const hashes = new Set<string>();
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        for (const file of files) {
          const html = await readFile(join(root, file), 'utf8');
          const handlers = inlineHandlers(html);
          if (handlers.length)
            throw new Error(
              `${file} har inline hændelseshåndtering (${handlers.join(', ')}), som sikkerhedspolitikken (CSP) blokerer: brug addEventListener i et script.`,
            );
          for (const hash of inlineScriptHashes(html)) hashes.add(hash);
        }
        // astro.config.mjs has filled in the local gateway when no project is configured.
        const headers = securityHeaders({ scriptHashes: hashes, supabaseUrl: process.env.PUBLIC_SUPABASE_URL! });
        await writeFile(join(root, '_headers'), headersFile(headers));
        logger.info(
          `_headers skrevet: CSP med ${hashes.size} inline scripts, forbindelser til ${new URL(process.env.PUBLIC_SUPABASE_URL!).origin}`,
        );
      },
    },
  };
}
