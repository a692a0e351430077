/** Strings of the RSV dividend-cap calculator. */
export const toolsRsv = {
  'rsv.summary': 'Højeste udbytte inden for de to yderste grænser i lov om registrerede socialøkonomiske virksomheder, § 5, stk. 2: {max}',
  'rsv.capital': 'Indskudt kapital i alt (kr.)',
  'rsv.discount': 'Officiel diskonto på beslutningstidspunktet (%)',
  'rsv.result': 'Resultat efter skat for det år, udbyttet vedrører (kr.)',
  'rsv.proposed': 'Foreslået udbytte (kr., valgfrit)',
  'rsv.step.a': 'Grænse A: (diskonto {discount} % + {margin} procentpoint) af den indskudte kapital',
  'rsv.step.b': 'Grænse B: {share} % af resultatet efter skat',
  'rsv.step.bNegative': 'Grænse B: resultatet efter skat er 0 eller negativt, så intet udbytte holder sig inden for {share} %',
  'rsv.step.max': 'Højeste udbytte: den laveste af grænse A og B',
  'rsv.step.proposedReturn': 'Det foreslåede udbytte svarer til en forrentning på {pct} % af den indskudte kapital',
  'rsv.proposedOver': 'Det foreslåede udbytte på {proposed} kr. er over loftet på {max} kr.',
  'rsv.proposedWithin':
    'Det foreslåede udbytte på {proposed} kr. er inden for de to yderste grænser. Om det er rimeligt, beror stadig på en konkret vurdering.',
  'rsv.warn.reading':
    '»Diskontoen plus 15 pct.« i § 5, stk. 2, kan læses som 15 procentpoint oven i diskontoen eller som 15 % af diskontoen. Værktøjet bruger procentpoint, som giver det højeste loft; få læsningen bekræftet, før et udbytte tæt på grænsen udbetales.',
} as const;
