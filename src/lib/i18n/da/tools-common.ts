/** Strings every calculator uses: errors, amounts and the result table. */
export const toolsCommon = {
  'tools.steps': 'Beregningen trin for trin',
  'tools.result': 'Resultat',
  'tools.fixErrors': 'Der er ingen beregning, før felterne i fejloversigten øverst i formularen er rettet.',
  'tools.errorTitle': { by: 'n', one: 'Ret {n} felt', other: 'Ret {n} felter' },
  'tools.calculate': 'Beregn',
  'tools.kr': '{n}\u00a0kr.',
  'tools.pct': '{n}\u00a0%',
  'tools.rule': 'Regel',
  'tools.amount': 'Beløb',
  'tools.step': 'Trin',
  'error.number': 'Skriv et tal, fx 12.000.000.',
  'error.notNegative': 'Tallet kan ikke være negativt.',
  'error.percentRange': 'Skriv en procent mellem 0 og 100.',
  'error.positive': 'Tallet skal være større end 0.',
  'error.wholeMonths': 'Skriv et helt antal måneder.',
} as const;
