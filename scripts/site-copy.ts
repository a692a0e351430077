/**
 * A throw-away copy of the site's code in a temporary folder (node_modules linked, not copied),
 * for runs that put other content in: the build tests' fixtures and the benchmark's corpus.
 * Courses and stories are left out; the caller writes its own.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

export function copySite(prefix: string, { glossary = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'supabase'])
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  rmSync(join(dir, 'src/content/stories'), { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/stories'), { recursive: true });
  if (!glossary) {
    rmSync(join(dir, 'src/content/glossary'), { recursive: true, force: true });
    mkdirSync(join(dir, 'src/content/glossary'), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
