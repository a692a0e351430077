/**
 * A throw-away copy of the site with fixture content instead of the real courses, for
 * tests that run Astro itself (schema errors, drafts). node_modules is linked, not copied.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { copySite, ROOT as root } from '../../scripts/site-copy.ts';

export interface FixtureSite {
  dir: string;
  write(path: string, text: string): void;
  astro(...args: string[]): { status: number | null; output: string };
  /** The same with extra environment variables (undefined removes one). */
  astroWith(env: Record<string, string | undefined>, ...args: string[]): { status: number | null; output: string };
  /** The same without blocking this process (for a test that serves something the build asks for). */
  astroAsync(env: Record<string, string | undefined>, ...args: string[]): Promise<{ status: number | null; output: string }>;
  remove(): void;
}

export function fixtureSite(): FixtureSite {
  const dir = copySite('fv-site-', { glossary: false });
  return {
    dir,
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    astro(...args) {
      return this.astroWith({}, ...args);
    },
    astroWith(env, ...args) {
      const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { SITE_URL: 'http://127.0.0.1:4321', ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
    },
    astroAsync(env, ...args) {
      const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), ...args], {
        cwd: dir,
        env: { SITE_URL: 'http://127.0.0.1:4321', ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      return new Promise((resolve) => child.on('close', (status) => resolve({ status, output })));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const courseFile = (fields: Record<string, string> = {}) =>
  frontmatter({
    title: 'Prøvekursus',
    summary: 'Et kursus til test.',
    audiences: '[revisor]',
    level: 'grundlæggende',
    estimatedHours: '1',
    topics: '[viden]',
    objectives: '[Forstå testen]',
    order: '1',
    status: 'published',
    updated: '2026-01-01',
    ...fields,
  });

export const lessonFile = (fields: Record<string, string> = {}) =>
  frontmatter({
    id: 'proeve-lektion',
    title: 'Prøvelektion',
    summary: 'En lektion til test.',
    minutes: '5',
    objectives: '[Bestå testen]',
    sources: '[{ title: Lov, law: "LBK nr. 1 af 01.01.2020, § 1" }]',
    ...fields,
  }) + '\nTekst i lektionen.\n';

function frontmatter(fields: Record<string, string>) {
  return `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n`;
}
