/**
 * `npm run bench`: builds a deterministic synthetic corpus at several sizes with this site and with
 * Starlight, and reports build time, memory, Pagefind, bytes per page type and search figures as a
 * Markdown table and JSON (bench-results/latest.json). Options:
 *   --sizes 250,1000,4000   corpus sizes in pages (default)
 *   --no-starlight          skip the reference build
 *   --db                    also run the database benchmark (scripts/bench/database.ts)
 * Never part of `npm test`: timings belong here, not in tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildSite, buildStarlight, ROOT, type BuildFigures } from './build.ts';
import { pageBytes, type PageBytes } from './page-bytes.ts';
import { measureSearch, type SearchFigures } from './search.ts';
import { performanceScore } from './lighthouse.ts';

const args = process.argv.slice(2);
const sizes = (args[args.indexOf('--sizes') + 1] && args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]! : '250,1000,4000')
  .split(',')
  .map(Number);
const withStarlight = !args.includes('--no-starlight');

interface Row {
  site: 'Fælles Værdier' | 'Starlight';
  build: Omit<BuildFigures, 'dist' | 'cleanup'>;
  pagesPerSecond: number;
  lesson: PageBytes;
  course: PageBytes;
  story: PageBytes;
  search: SearchFigures;
  /** Lighthouse performance score of the lesson page. */
  lighthouse: number;
}

async function measure(site: Row['site'], build: BuildFigures, paths: { lesson: string; course: string; story: string }): Promise<Row> {
  const { dist, cleanup, ...figures } = build;
  const row: Row = {
    site,
    build: figures,
    pagesPerSecond: Math.round(build.pages / build.seconds),
    lesson: pageBytes(dist, paths.lesson),
    course: pageBytes(dist, paths.course),
    story: pageBytes(dist, paths.story),
    search: await measureSearch(dist, site, paths.lesson),
    lighthouse: await performanceScore(dist, paths.lesson),
  };
  cleanup();
  console.log(`  ${site}: ${build.pages} sider på ${build.seconds} s`);
  return row;
}

const rows: Row[] = [];
for (const size of sizes) {
  console.log(`Korpus med ca. ${size} sider …`);
  rows.push(
    await measure('Fælles Værdier', buildSite(size), {
      lesson: 'kurser/kursus-1/lektion-1',
      course: 'kurser/kursus-1',
      story: 'historier/historie-1',
    }),
  );
  if (withStarlight)
    rows.push(
      await measure('Starlight', buildStarlight(size), { lesson: 'kursus-1/lektion-1', course: 'kursus-1', story: 'historier/historie-1' }),
    );
}

const kb = (n: number) => (n / 1024).toFixed(1);
const table = [
  '| Site | Sider | Bygning (s) | Sider/s | Maks. hukommelse (MB) | Pagefind (s) | Indeks (KB) | Lektion HTML/CSS/JS (KB gzip) | Lektion JS efter videnstjek (KB) | Kursusside JS (KB) | Historie HTML (KB) | Søgning 1./2. (KB) | Heraf Pagefind, 1. (KB) | Søgetid median/p95 (ms) | Lighthouse ydeevne, lektion |',
  '|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|---:|---|---:|',
  ...rows.map(
    (r) =>
      `| ${r.site} | ${r.build.pages} | ${r.build.seconds.toFixed(1)} | ${r.pagesPerSecond} | ${r.build.peakMb} | ${r.build.pagefindSeconds?.toFixed(1) ?? '–'} | ${r.build.indexKb} | ${kb(r.lesson.html)} / ${kb(r.lesson.css)} / ${kb(r.lesson.js)} | ${kb(r.lesson.jsAfterUse)} | ${kb(r.course.js)} | ${kb(r.story.html)} | ${kb(r.search.firstQueryBytes)} / ${kb(r.search.secondQueryBytes)} | ${kb(r.search.engineBytes)} | ${r.search.medianMs.toFixed(1)} / ${r.search.p95Ms.toFixed(1)} | ${r.lighthouse} |`,
  ),
];

const ours = rows.filter((r) => r.site === 'Fælles Værdier');
const theirs = rows.filter((r) => r.site === 'Starlight');
const ratios = withStarlight
  ? [
      '',
      '| Sider | Byggetid, os/Starlight | Lektionens JS, os/Starlight | 1. søgning, os/Starlight | Heraf Pagefind, os/Starlight |',
      '|---:|---:|---:|---:|---:|',
      ...ours.map((o, i) => {
        const s = theirs[i]!;
        return `| ${o.build.pages} | ${(o.build.seconds / s.build.seconds).toFixed(2)} | ${(o.lesson.js / s.lesson.js).toFixed(2)} | ${(o.search.firstQueryBytes / s.search.firstQueryBytes).toFixed(2)} | ${(o.search.engineBytes / s.search.engineBytes).toFixed(2)} |`;
      }),
    ]
  : [];
const growth = [
  '',
  '| Site | Sider | Byggetid pr. side (ms) | Vækst i tid ÷ vækst i sider |',
  '|---|---:|---:|---:|',
  ...rows.map((r) => {
    const previous = rows.filter((x) => x.site === r.site && x.build.pages < r.build.pages).at(-1);
    const factor = previous ? (r.build.seconds / previous.build.seconds / (r.build.pages / previous.build.pages)).toFixed(2) : '–';
    return `| ${r.site} | ${r.build.pages} | ${((r.build.seconds / r.build.pages) * 1000).toFixed(1)} | ${factor} |`;
  }),
];

const machine = `${cpus().length} kerner (${cpus()[0]?.model ?? 'ukendt'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
const markdown = [`Målt ${new Date().toISOString().slice(0, 10)} på ${machine}.`, '', ...table, ...ratios, ...growth].join('\n');
console.log(`\n${markdown}\n`);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/latest.json'), JSON.stringify({ machine, measuredAt: new Date().toISOString(), rows }, null, 2));
writeFileSync(join(ROOT, 'bench-results/latest.md'), `${markdown}\n`);

if (args.includes('--db')) await import('./database.ts');
