/**
 * Keys spread over the letters of a bank. The database shows every attempt its own option ids in a
 * random order, so a letter never reaches a learner; a skewed bank is still a flaw (it leaks the
 * moment anything shows a letter, and it shows an author's habit), so the content check refuses it.
 *
 * The rule: among single-answer items, no letter is the key of more than 40 %, and every letter a–d
 * that is an option in at least four of them is the key at least once; among multi-answer items, no
 * set of keys (e.g. [a, b]) is the key of more than half (when there are two or more). An
 * explanation never refers to an option by its letter.
 *
 * Worked example: 16 single-answer items keyed b twelve times → "»b« er det rigtige svar i 12 af 16
 * spørgsmål med ét svar (75 %); højst 40 % må have samme bogstav".
 */
import type { Bank } from './schema.ts';

export const MAX_SHARE_OF_ONE_LETTER = 0.4;
const LETTERS = ['a', 'b', 'c', 'd'] as const;
const LETTER_IN_TEXT = /\b(?:svar|svarmulighed(?:en)?|mulighed(?:en)?)\s+[a-e]\b/i;

export function keyBalanceProblems(bank: Bank): string[] {
  const problems: string[] = [];
  const single = bank.items.filter((i) => i.correct.length === 1);
  const count = (letter: string) => single.filter((i) => i.correct[0] === letter).length;
  for (const letter of ['a', 'b', 'c', 'd', 'e']) {
    const n = count(letter);
    if (n > MAX_SHARE_OF_ONE_LETTER * single.length)
      problems.push(
        `items: »${letter}« er det rigtige svar i ${n} af ${single.length} spørgsmål med ét svar (${Math.round((100 * n) / single.length)} %); højst ${MAX_SHARE_OF_ONE_LETTER * 100} % må have samme bogstav`,
      );
  }
  for (const letter of LETTERS) {
    const offered = single.filter((i) => i.options.some((o) => o.id === letter)).length;
    if (offered >= 4 && count(letter) === 0)
      problems.push(`items: »${letter}« er aldrig det rigtige svar i et spørgsmål med ét svar; brug hvert af bogstaverne a–d`);
  }
  const multi = bank.items.filter((i) => i.correct.length > 1).map((i) => [...i.correct].sort().join(', '));
  if (multi.length >= 2)
    for (const set of new Set(multi)) {
      const n = multi.filter((s) => s === set).length;
      if (n > multi.length / 2)
        problems.push(
          `items: ${n} af ${multi.length} spørgsmål med flere rigtige svar har de rigtige svar [${set}]; højst halvdelen må have de samme`,
        );
    }
  bank.items.forEach((item, i) => {
    const m = LETTER_IN_TEXT.exec(item.explanation);
    if (m) problems.push(`items.${i}.explanation: »${m[0]}« henviser til en svarmulighed med dens bogstav, som kursisten aldrig ser`);
  });
  return problems;
}
