/**
 * A deterministic synthetic corpus for the benchmark: courses of 20 lessons (~820 words each,
 * with a knowledge check and sources) and stories, written in the shape of this site's content
 * and of a Starlight docs site, so both build the same text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Danish function words, the commonest of all. */
const COMMON = 'og i at det er en til på som med af for de den har ikke der kan om et skal vi var men så også efter'.split(' ');

/** The subject's own words: the searches of the benchmark use these. */
const DOMAIN = (
  'andelsselskab medlem vedtægt generalforsamling bestyrelse overskud efterbetaling andelskapital fællesskab ' +
  'virksomhed demokrati kooperativ forening fond socialøkonomi indkøb udbud klausul revisor rådgiver regnskab ' +
  'skat formue omsætning leverandør kunde medarbejder ejerskab beslutning stemme indskud udlodning reserve ' +
  'hæftelse registrering erhvervsstyrelsen lov paragraf stykke kilde eksempel tjekliste spørgsmål kommune ' +
  'bydel københavn arbejdsplads inklusion bæredygtighed værdi vækst viden netværk partner historie kursus ' +
  'lektion læring mål forklaring resultat praksis ansvar formål aktiviteter økonomi finansiering lån bank'
).split(' ');

/** Thousands of further word forms, built from syllables, so the vocabulary is as wide as real text's. */
function vocabulary(): string[] {
  const onsets = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'sk', 'st', 'br', 'fr', 'tr', 'gr'];
  const vowels = ['a', 'e', 'i', 'o', 'u', 'y', 'æ', 'ø', 'å'];
  const codas = ['', 'n', 'r', 'l', 'st', 'nd', 'ng', 'rt', 'lse', 'ning', 'hed', 'else'];
  const rnd = random(1234);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const made = new Set<string>();
  while (made.size < 6000)
    made.add(Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(onsets) + pick(vowels) + pick(codas)).join(''));
  // Commonest first; the subject's words in the upper middle, as in a course on the subject.
  return [...COMMON, ...[...made].slice(0, 60), ...DOMAIN, ...[...made].slice(60)];
}

const VOCABULARY = vocabulary();
/** Zipf's law: the word of rank r turns up in proportion to 1/r, as in natural language. */
const CUMULATIVE = (() => {
  let sum = 0;
  return VOCABULARY.map((_, r) => (sum += 1 / (r + 1)));
})();

/** Park–Miller: the same seed gives the same corpus on every machine. */
function random(seed: number) {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

function words(rnd: () => number, n: number) {
  const total = CUMULATIVE.at(-1)!;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = rnd() * total;
    let lo = 0;
    let hi = CUMULATIVE.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (CUMULATIVE[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    out.push(VOCABULARY[lo]!);
  }
  return out;
}

function paragraphs(rnd: () => number, total: number) {
  const parts: string[] = [];
  let left = total;
  let section = 1;
  while (left > 0) {
    const n = Math.min(left, 60 + Math.floor(rnd() * 60));
    if (parts.length % 3 === 0) parts.push(`## Afsnit ${section++}: ${words(rnd, 3).join(' ')}`);
    const w = words(rnd, n);
    w[0] = w[0]![0]!.toUpperCase() + w[0]!.slice(1);
    parts.push(`${w.join(' ')}.`);
    left -= n;
  }
  return parts.join('\n\n');
}

export interface CorpusShape {
  courses: number;
  lessonsPerCourse: number;
  stories: number;
  pages: number;
}

/** About `pages` pages: four fifths lessons in courses of 20, the rest stories. */
export function shapeFor(pages: number): CorpusShape {
  const lessonsPerCourse = 20;
  const courses = Math.max(1, Math.floor((pages * 0.8) / (lessonsPerCourse + 1)));
  const stories = Math.max(1, pages - courses * (lessonsPerCourse + 1));
  return { courses, lessonsPerCourse, stories, pages: courses * (lessonsPerCourse + 1) + stories };
}

interface Lesson {
  course: number;
  n: number;
  title: string;
  body: string;
  questions: { id: string; question: string; options: string[]; correct: number }[];
}

function* lessons(shape: CorpusShape, seed = 42): Generator<Lesson> {
  const rnd = random(seed);
  for (let c = 1; c <= shape.courses; c++)
    for (let n = 1; n <= shape.lessonsPerCourse; n++)
      yield {
        course: c,
        n,
        title: `Lektion ${n}: ${words(rnd, 4).join(' ')}`,
        body: paragraphs(rnd, 820),
        questions: [1, 2, 3].map((q) => ({
          id: `q${q}`,
          question: `${words(rnd, 8).join(' ')}?`,
          options: [0, 1, 2].map(() => words(rnd, 5).join(' ')),
          correct: Math.floor(rnd() * 3),
        })),
      };
}

const pad = (n: number) => String(n).padStart(2, '0');
const yamlString = (s: string) => JSON.stringify(s);

/** Writes the corpus as this site's content: courses/ and src/content/stories/. */
export function writeSiteCorpus(root: string, shape: CorpusShape) {
  for (let c = 1; c <= shape.courses; c++) {
    mkdirSync(join(root, 'courses', `kursus-${c}`), { recursive: true });
    writeFileSync(
      join(root, 'courses', `kursus-${c}`, 'index.md'),
      `---
title: Kursus ${c}
summary: Et syntetisk kursus til benchmark nummer ${c}.
audiences: [revisor, rådgiver]
level: grundlæggende
estimatedHours: 5
topics: [viden]
objectives: [Forstå emnet]
order: ${c}
status: published
updated: 2026-11-26
---
Introduktion til kursus ${c}.
`,
    );
  }
  for (const l of lessons(shape)) {
    const quiz = l.questions
      .map(
        (q) => `    - id: ${q.id}
      question: ${yamlString(q.question)}
      options:
${q.options.map((o, i) => `        - { id: o${i}, text: ${yamlString(o)} }`).join('\n')}
      correct: [o${q.correct}]
      explanation: Forklaring til spørgsmålet.`,
      )
      .join('\n');
    writeFileSync(
      join(root, 'courses', `kursus-${l.course}`, `${pad(l.n)}-lektion-${l.n}.md`),
      `---
id: k${l.course}-l${l.n}
title: ${yamlString(l.title)}
summary: Syntetisk lektion ${l.n} i kursus ${l.course}.
minutes: 15
objectives: [Forklare emnet, Anvende reglerne]
sources:
  - title: Erhvervsvirksomhedsloven
    law: LBK nr. 330 af 20.03.2025, § 1
quiz:
  questions:
${quiz}
---
${l.body}
`,
    );
  }
  const rnd = random(7);
  mkdirSync(join(root, 'src/content/stories'), { recursive: true });
  for (let s = 1; s <= shape.stories; s++)
    writeFileSync(
      join(root, 'src/content/stories', `historie-${s}.md`),
      `---
organisation: Fiktiv organisation ${s}
title: Historie ${s}
legalForm: A.M.B.A.
legalFormGroup: A.M.B.A.
sector: Service
sectorGroup: Service og rengøring
district: Nørrebro
area: Nørrebro
founded: 2010
size: 20 medlemmer
sizeBand: 10-49
principles: [viden]
summary: En syntetisk historie til benchmark.
sources:
  - title: Kilde
    url: https://example.org/
fictional: true
published: 2026-11-26
---
${paragraphs(rnd, 600)}
`,
    );
}

/** Writes the same corpus as a Starlight docs site: src/content/docs/<course>/<lesson>.md and stories. */
export function writeStarlightCorpus(root: string, shape: CorpusShape) {
  const docs = join(root, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(docs, 'index.md'), `---\ntitle: Fælles Værdier (benchmark)\n---\nForside.\n`);
  for (let c = 1; c <= shape.courses; c++) {
    mkdirSync(join(docs, `kursus-${c}`), { recursive: true });
    writeFileSync(join(docs, `kursus-${c}`, 'index.md'), `---\ntitle: Kursus ${c}\n---\nIntroduktion til kursus ${c}.\n`);
  }
  for (const l of lessons(shape))
    writeFileSync(
      join(docs, `kursus-${l.course}`, `lektion-${l.n}.md`),
      `---\ntitle: ${yamlString(l.title)}\nsidebar:\n  order: ${l.n}\n---\n${l.body}\n`,
    );
  const rnd = random(7);
  mkdirSync(join(docs, 'historier'), { recursive: true });
  for (let s = 1; s <= shape.stories; s++)
    writeFileSync(join(docs, 'historier', `historie-${s}.md`), `---\ntitle: Historie ${s}\n---\n${paragraphs(rnd, 600)}\n`);
}
