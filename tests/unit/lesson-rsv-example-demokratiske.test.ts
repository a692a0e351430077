import { describe, expect, test } from 'vitest';
import { rsvUdbytte } from '../../src/lib/tools/rsv-udbytte.ts';
import { lesson } from './lesson-figures.ts';

// The RSV dividend cap in the democratic-forms course is worked out by hand in the lesson; the
// calculator must agree with every figure the lesson states (RSV-lovens § 5, stk. 2).
describe('demokratiske 04: Grøn Tråd ApS and the RSV dividend cap', () => {
  const l = lesson('courses/demokratiske-virksomhedsformer/04-erhvervsdrivende-fond-og-kapitalselskab.md');
  const capital = l.figure(/Den indskudte kapital er [\d.]+ kr\. \+ [\d.]+ kr\. = ([\d.]+) kr\./, 'den indskudte kapital');
  const discount = l.figure(/antager en officiel diskonto på ([\d,]+) %/, 'diskontoen');
  const result = l.figure(/et resultat efter skat på ([\d.]+) kr\. Den indskudte/, 'resultatet efter skat');

  test('the worked example', () => {
    const r = rsvUdbytte({ capital, discountRate: discount, resultAfterTax: result });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.limitA, `${l.path}: »Forrentning af indskuddet«`).toBe(l.rowAmount('Forrentning af indskuddet'));
    expect(r.value.limitB, `${l.path}: »35 % af resultatet efter skat«`).toBe(l.rowAmount('35 % af resultatet efter skat'));
    expect(r.value.max, `${l.path}: »Højeste udbytte for året«`).toBe(l.rowAmount('Højeste udbytte for året'));
  });

  test('the knowledge check states the same cap', () => {
    const r = rsvUdbytte({ capital: 250_000, discountRate: 2, resultAfterTax: 400_000 });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.max, `${l.path}: videnstjekket`).toBe(
      l.figure(/text: ([\d.]+) kr\. \(17 % af de 250\.000 kr\.\)/, 'svaret i videnstjekket'),
    );
  });
});
