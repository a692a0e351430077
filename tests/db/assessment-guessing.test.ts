/**
 * An assessment you must read to pass: answering by position or by option id, without reading a
 * question, passes no more often than chance. Every attempt is drawn by the database's own
 * start_assessment over the real banks and graded by the function submit_assessment grades with
 * (private.attempt_marks), for several content-blind strategies at once.
 *
 * The chance score: an answer that picks a fixed set of s options, blind to the content, is right
 * with probability [s = m] / C(k, m) for an item with k options and m right ones, when the options'
 * order and ids are uniformly random for each attempt. From the drawn items the exact pass
 * probability of each attempt follows; the observed number of passes must be one that
 * Binomial(n, mean pass probability) reaches with probability above ALPHA (Hoeffding 1956: the sum
 * of independent Bernoulli trials is no more spread out above its mean than that binomial).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../scripts/catalogue.ts';
import type { Persona, TestDb } from '../support/db.ts';
import { createTestDb } from '../support/db.ts';
import type { StartedAttempt } from '../support/assessment-fixture.ts';

/** Attempts per case; eight cases make a few thousand attempts in all. */
const ATTEMPTS = Number(process.env.GUESSING_ATTEMPTS ?? 300);
/** Chance of a false alarm per course and strategy; over all of them together well under 1 in 10,000. */
const ALPHA = 1e-6;

type Question = StartedAttempt['questions'][number];
interface Strategy {
  name: string;
  /** Option ids to answer with, from what the browser sees: the options in order and their ids. */
  pick(q: Question): string[];
}

/** Index i, or the last option when there are fewer; a »Vælg alle« item gets i and the one after. */
const at = (q: Question, order: Question['options'], i: number) => {
  const k = order.length;
  return (q.multiple ? [i % k, (i + 1) % k] : [Math.min(i, k - 1)]).map((n) => order[n]!.id);
};
const byId = (q: Question) => [...q.options].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
const LETTERS = ['a', 'b', 'c', 'd', 'e'];

const strategies: Strategy[] = [
  ...LETTERS.map((_, i) => ({ name: `always option ${i + 1} in the order shown`, pick: (q: Question) => at(q, q.options, i) })),
  ...LETTERS.map((_, i) => ({ name: `always the id that sorts ${i + 1}.`, pick: (q: Question) => at(q, byId(q), i) })),
  ...LETTERS.map((letter, i) => ({
    name: `always id »${letter}«`,
    pick: (q: Question) => (q.multiple ? [letter, LETTERS[(i + 1) % LETTERS.length]!] : [letter]),
  })),
];

const binomial = (n: number, k: number) => {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
};

/** The probability that at least `need` of independent trials with these probabilities succeed. */
function atLeast(ps: number[], need: number) {
  let dist = [1];
  for (const p of ps) dist = [...dist, 0].map((v, j) => v * (1 - p) + (j > 0 ? dist[j - 1]! * p : 0));
  return dist.slice(need).reduce((s, v) => s + v, 0);
}

/** P(Binomial(n, p) ≥ x), summed in log space so that small tails stay exact enough. */
function upperTail(n: number, p: number, x: number) {
  if (x <= 0) return 1;
  if (p <= 0) return 0;
  const lnChoose = (k: number) => lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1);
  let sum = 0;
  for (let k = x; k <= n; k++) sum += Math.exp(lnChoose(k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
  return Math.min(1, sum);
}

/** ln Γ(z) (Lanczos), for the binomial coefficients of the tail. */
function lgamma(z: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916423019, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - lgamma(1 - z);
  z -= 1;
  let x = c[0]!;
  for (let i = 1; i < g + 2; i++) x += c[i]! / (z + i);
  const t = z + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(x);
}

let db: TestDb;
let learner: Persona;
// Migrating a fresh PGlite can take a while on a busy machine.
beforeAll(async () => {
  db = await createTestDb();
  learner = await db.createUser('gaetter@example.dk');
}, 300_000);
afterAll(() => db?.close());

type Payload = NonNullable<ReturnType<typeof readCatalogue>['courses'][number]['assessment']>;

/**
 * The same bank with every key moved to the front letters: single-answer items keyed »b«, the
 * others »a«, »b«, …, as the review found in a real bank. Only the drawing stands between it and a
 * pass by letter, so the last case shows the drawing alone is enough.
 */
function skewed(bank: Payload): Payload {
  const letters = ['a', 'b', 'c', 'd', 'e'];
  return {
    ...bank,
    items: bank.items.map((item) => {
      const right = item.options.filter((o) => item.correct.includes(o.id));
      const wrong = item.options.filter((o) => !item.correct.includes(o.id));
      const order = right.length === 1 ? [wrong[0]!, right[0]!, ...wrong.slice(1)] : [...right, ...wrong];
      const options = order.map((o, i) => ({ ...o, id: letters[i]! as never }));
      return { ...item, options, correct: options.filter((o) => right.some((r) => r.text === o.text)).map((o) => o.id) };
    }),
  };
}

const banks = readCatalogue().courses.filter((c) => c.status === 'published' && c.assessment);
const cases = [
  ...banks.map((c) => ({ name: c.id, courseId: c.id, replaceBank: undefined as Payload | undefined })),
  {
    name: `${banks.at(-1)!.id} with every key on »b« (or »a«, »b«, …)`,
    courseId: banks.at(-1)!.id,
    replaceBank: skewed(banks.at(-1)!.assessment!),
  },
];

describe.each(cases.map((c) => [c.name, c] as const))('%s: answering without reading', (_name, { courseId, replaceBank }) => {
  it(`passes no more often than chance in ${ATTEMPTS} attempts, by position, by id order or by letter`, { timeout: 600_000 }, async () => {
    if (replaceBank) await db.query('select private.sync_assessment($1, $2::jsonb)', [courseId, JSON.stringify(replaceBank)]);
    const passes = strategies.map(() => 0);
    const chance = strategies.map(() => 0);
    for (let n = 0; n < ATTEMPTS; n++) {
      const attempt = await db.as(learner).rpc<StartedAttempt>('start_assessment', { p_course_id: courseId });
      const answerSets = strategies.map((s) => Object.fromEntries(attempt.questions.map((q) => [q.id, s.pick(q)])));
      // How many options are right in each question, for the chance score (read as the database owner).
      const rightCount = Object.fromEntries(
        (
          await db.query<{ question_id: string; m: number }>(
            `select m.question_id, cardinality(m.keys) as m from public.assessment_attempts a, private.attempt_marks(a, '{}') m where a.id = $1`,
            [attempt.attempt_id],
          )
        ).rows.map((r) => [r.question_id, r.m]),
      );
      const { rows } = await db.query<{ ord: number; correct: number; total: number; pass_percent: number }>(
        `select s.ord::int as ord, a.total, a.pass_percent,
                (select count(*) filter (where m.is_right) from private.attempt_marks(a, s.answers) m)::int as correct
           from public.assessment_attempts a, jsonb_array_elements($2::jsonb) with ordinality as s (answers, ord)
          where a.id = $1 order by s.ord`,
        [attempt.attempt_id, JSON.stringify(answerSets)],
      );
      // Deleted so that the daily limit and the open attempt do not stop the next one.
      await db.query('delete from public.assessment_attempts where id = $1', [attempt.attempt_id]);
      strategies.forEach((s, j) => {
        const row = rows[j]!;
        if (row.correct * 100 >= row.pass_percent * row.total) passes[j]! += 1;
        const need = Math.ceil((row.pass_percent * row.total) / 100);
        const ps = attempt.questions.map((q) => {
          const [k, m] = [q.options.length, rightCount[q.id]!];
          return new Set(s.pick(q)).size === m ? 1 / binomial(k, m) : 0;
        });
        chance[j]! += atLeast(ps, need) / ATTEMPTS;
      });
    }
    const report = strategies.map((s, j) => ({
      strategy: s.name,
      passes: passes[j]!,
      expected: Number((chance[j]! * ATTEMPTS).toFixed(1)),
      pValue: upperTail(ATTEMPTS, chance[j]!, passes[j]!),
    }));
    const beyondChance = report.filter((r) => r.pValue <= ALPHA);
    expect(beyondChance, JSON.stringify(report, null, 1)).toEqual([]);
  });
});
