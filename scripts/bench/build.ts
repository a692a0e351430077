/** Builds a corpus with this site or with Starlight in a temporary folder and measures the build. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { copySite, ROOT } from '../site-copy.ts';
import { shapeFor, writeSiteCorpus, writeStarlightCorpus, type CorpusShape } from './corpus.ts';

export { ROOT };
const STARLIGHT = join(ROOT, 'bench/starlight');

export interface BuildFigures {
  shape: CorpusShape;
  dist: string;
  /** Removes what the build wrote. */
  cleanup(): void;
  pages: number;
  seconds: number;
  peakMb: number;
  pagefindSeconds: number | null;
  indexKb: number;
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .reduce((sum, f) => sum + statSync(join(f.parentPath, f.name)).size, 0);
}

const countPages = (dist: string) =>
  readdirSync(dist, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.name === 'index.html').length;

/** Runs `astro build` under GNU time: wall seconds and the peak resident memory. */
function timedBuild(cwd: string, env: Record<string, string>) {
  const r = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], {
    cwd,
    env: { SITE_URL: 'http://127.0.0.1:4321', ...process.env, ...env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const line = /BENCH ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !line) throw new Error(`Bygningen fejlede i ${cwd}:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  return { seconds: Number(line[1]), peakMb: Math.round(Number(line[2]) / 1024), log: r.stdout };
}

/** This site's code and layouts with the synthetic corpus instead of the real content. */
export function buildSite(pages: number): BuildFigures {
  const shape = shapeFor(pages);
  const dir = copySite('fv-bench-site-');
  writeSiteCorpus(dir, shape);
  const { seconds, peakMb, log } = timedBuild(dir, {
    PUBLIC_SUPABASE_URL: 'http://127.0.0.1:9',
    PUBLIC_SUPABASE_ANON_KEY: '',
    STORIES_LOCAL_DB: 'off',
  });
  const ms = /indekserede \d+ sider på (\d+) ms/.exec(log)?.[1];
  const dist = join(dir, 'dist');
  return {
    shape,
    dist,
    pages: countPages(dist),
    seconds,
    peakMb,
    pagefindSeconds: ms ? Number(ms) / 1000 : null,
    indexKb: Math.round(folderBytes(join(dist, 'pagefind')) / 1024),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Installs the Starlight reference package on first use (its own lock-free folder, never the site's). */
function ensureStarlight() {
  if (existsSync(join(STARLIGHT, 'node_modules/@astrojs/starlight'))) return;
  console.log('Installerer Starlight-referencen i bench/starlight …');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: STARLIGHT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('Kunne ikke installere Starlight til sammenligningen.');
}

/**
 * The same corpus as a Starlight docs site, built in place in bench/starlight (Starlight's own
 * components do not resolve through a linked node_modules).
 */
export function buildStarlight(pages: number): BuildFigures {
  ensureStarlight();
  const shape = shapeFor(pages);
  const docs = join(STARLIGHT, 'src/content/docs');
  const dist = join(STARLIGHT, 'dist');
  const cleanup = () => {
    for (const d of [docs, dist, join(STARLIGHT, '.astro')]) rmSync(d, { recursive: true, force: true });
  };
  cleanup();
  mkdirSync(docs, { recursive: true });
  writeStarlightCorpus(STARLIGHT, shape);
  const { seconds, peakMb, log } = timedBuild(STARLIGHT, {});
  const pf = /Finished building search index in ([\d.]+)(m?s)/i.exec(log) ?? /pagefind[^\n]*?([\d.]+)\s*(m?s)\b/i.exec(log);
  return {
    shape,
    dist,
    pages: countPages(dist),
    seconds,
    peakMb,
    pagefindSeconds: pf ? Number(pf[1]) / (pf[2] === 'ms' ? 1000 : 1) : null,
    indexKb: Math.round(folderBytes(join(dist, 'pagefind')) / 1024),
    cleanup,
  };
}
