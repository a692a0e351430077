/**
 * The site's pages an error report may name, for private.site_pages: every published lesson, every
 * story and glossary page from src/content, and the tool pages. Read from the same files the build
 * reads (src/lib/content/paths.ts makes the addresses), so a made-up path cannot pass for a page and
 * sidestep the per-page quota. Stories published from the database are known to it already.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lessonPath, storyPath, termPath } from '../src/lib/content/paths.ts';
import type { Sql } from '../supabase/local/database.ts';
import { readContentFile } from './frontmatter.ts';

const ROOT = resolve(import.meta.dirname, '..');

export interface SitePage {
  path: string;
  kind: 'lesson' | 'story' | 'glossary' | 'tool';
}

const markdown = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];

/** Tool pages: src/pages/vaerktoejer/<name>.astro and <name>/index.astro (no dynamic routes). */
function toolPages(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isFile() && /^[a-z0-9-]+\.astro$/.test(d.name))
      return [d.name === 'index.astro' ? '/vaerktoejer/' : `/vaerktoejer/${d.name.slice(0, -6)}/`];
    if (d.isDirectory() && existsSync(join(dir, d.name, 'index.astro'))) return [`/vaerktoejer/${d.name}/`];
    return [];
  });
}

export function readSitePages(root = ROOT): SitePage[] {
  const pages: SitePage[] = [];
  const courses = join(root, 'courses');
  for (const course of existsSync(courses) ? readdirSync(courses, { withFileTypes: true }) : []) {
    const index = join(courses, course.name, 'index.md');
    if (!course.isDirectory() || !existsSync(index) || readContentFile(index).data.status !== 'published') continue;
    const lang = readContentFile(index).data.lang === 'en' ? 'en' : 'da';
    for (const file of markdown(join(courses, course.name))) {
      const m = /^\d{2}-(.+)\.md$/.exec(file);
      if (m && (readContentFile(join(courses, course.name, file)).data.status ?? 'published') === 'published')
        pages.push({ path: lessonPath(course.name, m[1]!, lang), kind: 'lesson' });
    }
  }
  for (const file of markdown(join(root, 'src/content/stories'))) pages.push({ path: storyPath(file.slice(0, -3)), kind: 'story' });
  for (const file of markdown(join(root, 'src/content/glossary'))) pages.push({ path: termPath(file.slice(0, -3)), kind: 'glossary' });
  for (const path of toolPages(join(root, 'src/pages/vaerktoejer'))) pages.push({ path, kind: 'tool' });
  return pages;
}

export async function syncSitePages(db: Sql, root = ROOT): Promise<number> {
  const { rows } = await db.query<{ n: number }>('select private.sync_site_pages($1::jsonb) as n', [JSON.stringify(readSitePages(root))]);
  return rows[0]!.n;
}
