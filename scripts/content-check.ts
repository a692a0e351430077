/**
 * The content check: what the schemas cannot see. A published lesson needs objectives, a
 * knowledge check of 3–5 questions, sources and a review date under 12 months old; every link into the glossary must name
 * a term that exists; every internal link must lead to a page; no section may be empty; a published
 * course needs a valid assessment bank (assessment.yaml) of at least 4 × draw items with its keys
 * spread over the letters (src/lib/assessment/balance.ts). `npm run content:check` prints the
 * problems and fails on any; a review that expires within 60 days is a warning, so editors have
 * time to review before the check fails. The tests pass a fixed `now`, so they never depend on the
 * day they run; only `npm run content:check` reads the real clock.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import {
  cityCaseSchema,
  courseSchema,
  glossarySchema,
  glossaryTranslationSchema,
  lessonSchema,
  storySchema,
  storyTranslationSchema,
} from '../src/lib/content/schemas.ts';
import {
  englishStoryPath,
  englishTermPath,
  GLOSSARY_INDEX,
  PROSE_PAGES,
  pairTranslations,
  STORY_INDEX,
} from '../src/lib/translations/pairs.ts';
import { pairCases } from '../src/lib/cities/pairs.ts';
import { readContentFile as read, type ContentFile as Doc } from './frontmatter.ts';
import { bankProblems } from '../src/lib/assessment/schema.ts';
import { keyBalanceProblems } from '../src/lib/assessment/balance.ts';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { ratePeriodProblems } from '../src/lib/tools/rate-periods-check.ts';
import { assessmentPath, coursePath, lessonLocation, lessonPath } from '../src/lib/content/paths.ts';

export interface Problem {
  file: string;
  message: string;
  /** A warning does not fail the check (a review that expires soon). */
  warning?: true;
}

const STATIC_PAGES = [
  '/',
  '/kurser/',
  '/historier/',
  '/ordbog/',
  '/soeg/',
  '/om/',
  '/privatliv/',
  '/tilgaengelighed/',
  '/historier/rss.xml',
  STORY_INDEX.en,
  GLOSSARY_INDEX.en,
  ...Object.values(PROSE_PAGES).map((p) => p.en),
  '/en/courses/',
];

const list = (dir: string, pattern: RegExp) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => pattern.test(f))
        .sort()
    : [];

/** Prose without code blocks, so examples of syntax are not taken for the real thing. */
const prose = (body: string) => body.replace(/```[\s\S]*?```/g, '');

/**
 * Notes meant for editors, which must never reach a public page (they belong in editorial/), in
 * Danish and in English (the English course, stories and city cases are checked the same way).
 */
const EDITOR_NOTES =
  /efter det oplyste|bør tjekkes|tjek (den|i cvr|selv|nyeste)|vi har ikke (kunnet|undersøgt)|har ikke kunnet bekræfte|note til redaktionen|could not (be )?(confirm|verif)|to be checked|needs? checking|not (yet )?(been )?verified|unverified|verify (this|before)|check (this|before publishing)|notes? (to|for) (the )?editors?|editor'?s note|\b(TODO|TBC|TBD|FIXME)\b/i;

const DAY_MS = 24 * 60 * 60 * 1000;
/** A review older than this no longer vouches for the content. */
const REVIEW_MAX_AGE_MS = 365 * DAY_MS;
/** How long before a review expires the check starts to warn. */
export const REVIEW_WARNING_DAYS = 60;

export function checkContent(root = resolve(import.meta.dirname, '..'), now = new Date()): Problem[] {
  const problems: Problem[] = [];
  const rel = (file: string) => relative(root, file);
  const report = (file: string, message: string) => problems.push({ file: rel(file), message });
  const warn = (file: string, message: string) => problems.push({ file: rel(file), message, warning: true });

  const glossaryDir = join(root, 'src/content/glossary');
  const storiesDir = join(root, 'src/content/stories');
  const coursesDir = join(root, 'courses');
  const glossary = list(glossaryDir, /\.md$/).map((f) => read(join(glossaryDir, f)));
  const stories = list(storiesDir, /\.md$/).map((f) => read(join(storiesDir, f)));
  const terms = new Set(glossary.map((g) => rel(g.file).split('/').pop()!.replace(/\.md$/, '')));
  const storyIds = new Set(stories.map((s) => rel(s.file).split('/').pop()!.replace(/\.md$/, '')));

  const routes = new Set(STATIC_PAGES);
  terms.forEach((t) => routes.add(`/ordbog/${t}/`));
  storyIds.forEach((s) => routes.add(`/historier/${s}/`));
  // English stories and glossary terms (src/content/<kind>/en/), each a translation of a Danish one.
  const englishStories = list(join(storiesDir, 'en'), /\.md$/).map((f) => read(join(storiesDir, 'en', f)));
  const englishTerms = list(join(glossaryDir, 'en'), /\.md$/).map((f) => read(join(glossaryDir, 'en', f)));
  const slugOf = (doc: Doc) => rel(doc.file).split('/').pop()!.replace(/\.md$/, '');
  englishStories.forEach((s) => routes.add(englishStoryPath(slugOf(s))));
  englishTerms.forEach((t) => routes.add(englishTermPath(slugOf(t))));

  const courses: { id: string; doc: Doc; lessons: Doc[]; published: boolean }[] = [];
  for (const id of list(coursesDir, /^[^.]/).filter((d) => existsSync(join(coursesDir, d, 'index.md')))) {
    const doc = read(join(coursesDir, id, 'index.md'));
    const lessons = list(join(coursesDir, id), /^\d{2}-.+\.md$/).map((f) => read(join(coursesDir, id, f)));
    const published = doc.data.status === 'published';
    courses.push({ id, doc, lessons, published });
    if (!published) continue;
    // An English course (`lang: en`) lives under /en/courses/, as the site builds it.
    const lang = doc.data.lang === 'en' ? 'en' : 'da';
    routes.add(coursePath(id, lang));
    routes.add(assessmentPath(id, lang));
    for (const l of lessons) if (l.data.status !== 'draft') routes.add(lessonPath(id, lessonLocation(rel(l.file)).slug, lang));
  }

  const checkReview = (doc: Doc) => {
    const reviewed = doc.data.reviewed ? new Date(String(doc.data.reviewed)) : undefined;
    if (!reviewed || Number.isNaN(reviewed.getTime())) report(doc.file, 'mangler reviewed: datoen for seneste faglige gennemgang');
    else if (now.getTime() - reviewed.getTime() > REVIEW_MAX_AGE_MS)
      report(doc.file, `reviewed ${reviewed.toISOString().slice(0, 10)} er over 12 måneder gammel: gennemgå lektionen igen`);
    else {
      const expires = reviewed.getTime() + REVIEW_MAX_AGE_MS;
      const daysLeft = Math.ceil((expires - now.getTime()) / DAY_MS);
      if (daysLeft <= REVIEW_WARNING_DAYS)
        warn(
          doc.file,
          `reviewed ${reviewed.toISOString().slice(0, 10)} udløber ${new Date(expires).toISOString().slice(0, 10)} (om ${daysLeft} dage): gennemgå lektionen inden da`,
        );
    }
  };

  const validate = (
    doc: Doc,
    schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  ) => {
    const r = schema.safeParse(doc.data);
    for (const issue of r.error?.issues ?? []) report(doc.file, `${issue.path.join('.')}: ${issue.message}`);
  };

  const checkBody = (doc: Doc) => {
    const note = EDITOR_NOTES.exec(`${JSON.stringify(doc.data)}\n${doc.body}`);
    if (note) report(doc.file, `»${note[0]}« er en note til redaktionen: den hører hjemme i editorial/, ikke på en offentlig side`);
    const text = prose(doc.body);
    for (const m of text.matchAll(/<[A-Z][A-Za-z]*/g))
      report(doc.file, `${m[0]}>: komponenter virker ikke i Markdown; link til ordbogen med [ord](/ordbog/<id>/)`);
    for (const m of text.matchAll(/\]\((\/[^)\s#]*)(?:#[^)]*)?\)|href="(\/[^"#]*)(?:#[^"]*)?"/g)) {
      const target = m[1] ?? m[2]!;
      if (routes.has(target)) continue;
      const term = /^\/(?:ordbog|en\/glossary)\/([^/]+)\/$/.exec(target)?.[1];
      report(doc.file, term ? `begrebet »${term}« findes ikke i ordbogen` : `internt link til ${target} fører ingen steder hen`);
    }
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      const heading = /^(#{2,6})\s+(.+)/.exec(line);
      if (!heading) return;
      const rest = lines.slice(i + 1);
      const next = rest.findIndex((l) => l.trim() !== '');
      const nextHeading = next === -1 ? undefined : /^(#{2,6})\s/.exec(rest[next]!);
      if (next === -1 || (nextHeading && nextHeading[1]!.length <= heading[1]!.length))
        report(doc.file, `afsnittet »${heading[2]!.trim()}« er tomt`);
    });
  };

  // A published course needs a valid assessment bank (contract 1): no certificate without it.
  const checkBank = (id: string, published: boolean, lessonIds: string[]) => {
    const file = join(coursesDir, id, 'assessment.yaml');
    if (!existsSync(file)) {
      if (published) report(join(coursesDir, id), 'mangler assessment.yaml: et udgivet kursus skal have en afsluttende prøve');
      return;
    }
    let data: unknown;
    try {
      data = parseYaml(readFileSync(file, 'utf8'));
    } catch (e) {
      report(file, `ikke gyldig YAML: ${(e as Error).message.split('\n')[0]}`);
      return;
    }
    const { bank, problems: bankFaults } = bankProblems(data, lessonIds);
    for (const message of [...bankFaults, ...(bank ? keyBalanceProblems(bank) : [])]) report(file, message);
  };

  for (const c of courses) {
    validate(c.doc, courseSchema);
    checkBody(c.doc);
    for (const l of c.lessons) {
      validate(l, lessonSchema);
      checkBody(l);
      if (!c.published || l.data.status === 'draft') continue;
      const quiz = l.data.quiz as { questions?: unknown[] } | undefined;
      const count = quiz?.questions?.length ?? 0;
      if (count < 3 || count > 5) report(l.file, `videnstjekket har ${count} spørgsmål; en udgivet lektion skal have 3–5`);
      if (!Array.isArray(l.data.objectives) || !l.data.objectives.length) report(l.file, 'mangler læringsmål');
      if (!Array.isArray(l.data.sources) || !l.data.sources.length) report(l.file, 'mangler kilder');
      checkReview(l);
    }
    const ids = c.lessons.map((l) => l.data.id);
    if (new Set(ids).size !== ids.length) report(c.doc.file, 'to lektioner har samme id');
    checkBank(c.id, c.published, ids.map(String));
  }
  const allLessonIds = courses.flatMap((c) => c.lessons.map((l) => String(l.data.id)));
  for (const dup of allLessonIds.filter((id, i) => allLessonIds.indexOf(id) !== i))
    report(coursesDir, `lektions-id ${dup} bruges mere end én gang`);

  for (const g of glossary) {
    validate(g, glossarySchema);
    checkBody(g);
    for (const r of (g.data.related as string[] | undefined) ?? [])
      if (!terms.has(r)) report(g.file, `related: ${r} findes ikke i ordbogen`);
  }
  const courseIds = new Set(courses.filter((c) => c.published).map((c) => c.id));
  for (const s of stories) {
    validate(s, storySchema);
    checkBody(s);
    checkReview(s);
    for (const r of (s.data.relatedTerms as string[] | undefined) ?? [])
      if (!terms.has(r)) report(s.file, `relatedTerms: ${r} findes ikke i ordbogen`);
    for (const r of (s.data.relatedCourses as string[] | undefined) ?? [])
      if (!courseIds.has(r)) report(s.file, `relatedCourses: ${r} er ikke et udgivet kursus`);
  }
  // English translations: schema, review date, no editor notes, links that lead somewhere, one
  // translation per Danish original, and the very same sources (no more, no fewer).
  const sourceKeys = (sources: unknown) =>
    ((sources as { url?: string; law?: string }[] | undefined) ?? []).map((x) => `${x.url ?? ''} ${x.law ?? ''}`).sort();
  const storiesById = new Map(stories.map((s) => [slugOf(s), s]));
  const glossaryById = new Map(glossary.map((g) => [slugOf(g), g]));
  const checkTranslations = (kind: string, docs: Doc[], originals: Map<string, Doc>, sourcesOf: (d: Doc) => unknown) => {
    for (const doc of docs) {
      checkBody(doc);
      checkReview(doc);
      const original = originals.get(String(doc.data.translationOf));
      if (!original) continue; // pairTranslations below names it
      if (JSON.stringify(sourceKeys(sourcesOf(doc))) !== JSON.stringify(sourceKeys(sourcesOf(original))))
        report(doc.file, `kilderne er ikke de samme som i ${rel(original.file)}: samme url og law, hverken flere eller færre`);
      if (/fiktivt eksempel/i.test(original.body) && !/fictional example/i.test(doc.body))
        report(doc.file, `${rel(original.file)} er et fiktivt eksempel: skriv »Fictional example« samme sted`);
    }
    try {
      pairTranslations(
        kind,
        new Set(originals.keys()),
        docs.map((d) => ({ slug: slugOf(d), translationOf: String(d.data.translationOf) })),
      );
    } catch (e) {
      report(dirname(docs[0]!.file), (e as Error).message);
    }
  };
  for (const s of englishStories) validate(s, storyTranslationSchema);
  for (const g of englishTerms) validate(g, glossaryTranslationSchema);
  checkTranslations('Historien', englishStories, storiesById, (d) => d.data.sources);
  checkTranslations('Begrebet', englishTerms, glossaryById, (d) => [d.data.source]);
  for (const message of ratePeriodProblems(now)) problems.push({ file: 'src/lib/tools/rates.ts', message });
  // City cases, Danish and English: schema, review date, no editor notes, each with its
  // counterpart, and every »act on it« link leads to a page of the site.
  const citiesDir = join(root, 'src/content/cities');
  const cityFiles = [...list(citiesDir, /\.md$/), ...list(join(citiesDir, 'en'), /\.md$/).map((f) => `en/${f}`)];
  const cities = cityFiles.map((f) => read(join(citiesDir, f)));
  // A copy of the content without the pages (some tests make one) cannot say which pages exist.
  const pagesDir = join(root, 'src/pages');
  const pageExists = (href: string) =>
    routes.has(href) ||
    !existsSync(pagesDir) ||
    existsSync(join(root, 'src/pages', href, 'index.astro')) ||
    existsSync(join(root, 'src/pages', `${href.slice(0, -1)}.astro`));
  for (const c of cities) {
    validate(c, cityCaseSchema);
    checkBody(c);
    checkReview(c);
    for (const a of (c.data.actions as { href?: string }[] | undefined) ?? [])
      if (a.href && !pageExists(a.href)) report(c.file, `actions: ${a.href} fører ingen steder hen`);
  }
  try {
    pairCases(
      cities.map((c) => ({
        slug: rel(c.file).split('/').pop()!.replace(/\.md$/, ''),
        lang: c.data.lang as 'da' | 'en',
        caseId: String(c.data.caseId),
      })),
    );
  } catch (e) {
    report(citiesDir, (e as Error).message);
  }
  return problems;
}

if (import.meta.main) {
  const all = checkContent();
  const problems = all.filter((p) => !p.warning);
  const warnings = all.filter((p) => p.warning);
  for (const p of warnings) console.log(`advarsel: ${p.file}: ${p.message}`);
  for (const p of problems) console.log(`${p.file}: ${p.message}`);
  const counted = [problems.length && `${problems.length} problemer`, warnings.length && `${warnings.length} advarsler`]
    .filter(Boolean)
    .join(' og ');
  console.log(counted ? `\n${counted} i indholdet.` : 'Indholdet er i orden.');
  process.exit(problems.length ? 1 : 0);
}
