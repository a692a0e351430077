/** Strings of the kooperationsskat calculator. */
export const toolsKoop = {
  'koop.summary': 'Skattepligtig indkomst: {income} Kooperationsskat: {tax} (selskabsskatteloven §§ 14–16 og § 19, stk. 1)',
  'koop.type': 'Foreningens type',
  'koop.type.indkoeb': 'Indkøbsforening (SEL § 15)',
  'koop.type.produktion': 'Produktions- og salgsforening (SEL § 16)',
  'koop.equity': 'Egenkapital ved årets udgang (kr.)',
  'koop.distribution': 'Årets udlodning: efterbetaling og dividende for året (kr.)',
  'koop.goodwill': 'Goodwill (kr.)',
  'koop.nonMemberShare': 'Omsætning med ikke-medlemmer (% af den samlede omsætning)',
  'koop.step.formue': 'Skattemæssig formue: egenkapital {equity} kr. minus årets udlodning {distribution} kr. og goodwill {goodwill} kr.',
  'koop.step.negative': 'Formuen er negativ, så indkomsten er 0 kr.',
  'koop.step.small': 'Ikke-medlemmernes andel er {share} %, altså højst {limit} %: indkomsten er {rate} % af hele formuen',
  'koop.step.member': '{rate} % af {share} % af formuen ({base} kr.), den del der svarer til medlemsomsætningen',
  'koop.step.other': '{rate} % af {share} % af formuen ({base} kr.), resten',
  'koop.step.income': 'Skattepligtig indkomst',
  'koop.step.tax': 'Kooperationsskat, {rate} % af indkomsten',
  'koop.step.effective': 'Skatten svarer til {pct} % af formuen. Det er en afledt størrelse, ikke en sats i loven.',
  'koop.warn.limit':
    'Omsætningen med ikke-medlemmer er over {limit} %. Overstiger den væsentligt eller i længere tid {limit} %, er betingelsen for andelsbeskatning i SEL § 1, stk. 1, nr. 3, ikke opfyldt, og så gælder almindelig selskabsskat.',
  'koop.warn.indkoebSmall':
    'Reglen om 4 % af hele formuen ved højst 3 % ikke-medlemsomsætning gælder kun produktions- og salgsforeninger (SEL § 16), ikke indkøbsforeninger.',
} as const;
