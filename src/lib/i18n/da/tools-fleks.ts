/** Strings of the flexjob calculator (LAB §§ 122–123). */
export const toolsFleks = {
  'fleks.date': 'Måned, beregningen gælder (dato)',
  'fleks.dateHint':
    'Beløbene i § 123 reguleres hvert år. Værktøjet regner kun med beløb for år, hvor de er læst i en kilde (se »Satser og kilder«).',
  'fleks.fullTimeWage': 'Løn for fuld tid i stillingen pr. måned, inkl. pension og faste tillæg (kr.)',
  'fleks.fullTimeHours': 'Fuld tid i stillingen (timer om ugen)',
  'fleks.effectiveHours': 'Effektive timer om ugen (den arbejdsindsats, der betales løn for)',
  'fleks.effectiveHoursHint': 'Fx 20 timer i et tempo på 75 % = 15 effektive timer. Decimaler skrives med komma, fx 22,5.',
  'fleks.wage': 'Månedsløn i fleksjobbet, hvis den allerede er aftalt (kr.)',
  'fleks.wageHint': 'Udfyldt erstatter den løn, værktøjet ellers regner ud fra fuldtidslønnen og de effektive timer.',
  'fleks.otherWage': 'Anden lønindtægt pr. måned (kr.)',
  'fleks.base': 'Årets udgangspunkt, 98 % af dagpengenes højeste beløb (kr. pr. måned)',
  'fleks.baseHint':
    'Kun for en dato uden bekræftede beløb: skriv de to beløb for året, som kommunen eller STAR oplyser: udgangspunktet her og grænsebeløbet i det næste felt.',
  'fleks.threshold': 'Årets grænsebeløb mellem fradrag på 30 % og 55 % (kr. pr. måned)',
  'fleks.yearAmounts': '{year}-beløbet',
  'fleks.typedAmounts': 'det beløb, du har skrevet',
  'fleks.step.wageFromHours': {
    by: 'hours',
    one: 'Løn fra arbejdsgiveren for den faktiske indsats: {full} kr. × {hours} effektiv time / {fullHours} timer ({perHour} kr. pr. ugentlig time)',
    other:
      'Løn fra arbejdsgiveren for den faktiske indsats: {full} kr. × {hours} effektive timer / {fullHours} timer ({perHour} kr. pr. ugentlig time)',
  },
  'fleks.step.wageTyped': 'Løn fra arbejdsgiveren for den faktiske indsats, som du har skrevet den',
  'fleks.step.income': 'Samlet lønindtægt: lønnen i fleksjobbet plus anden lønindtægt på {other} kr.',
  'fleks.step.base': 'Udgangspunkt: {pct} % af dagpengenes højeste beløb, {year}',
  'fleks.step.lowUnder': 'Fradrag: {pct} % af lønindtægten på {income} kr., som ikke overstiger grænsebeløbet på {threshold} kr.',
  'fleks.step.lowUpTo': 'Fradrag: {pct} % af lønindtægten op til grænsebeløbet på {threshold} kr.',
  'fleks.step.high': 'Fradrag: {pct} % af den del af lønindtægten, der overstiger grænsebeløbet på {threshold} kr. ({over} kr.)',
  'fleks.step.afterReduction': 'Tilskud efter fradrag',
  'fleks.step.afterReductionZero':
    'Fradragene er større end udgangspunktet, så tilskuddet efter fradrag er 0 kr. (det kan ikke blive negativt)',
  'fleks.step.capOk':
    'Loft: løn og tilskud er tilsammen {sum} kr., ikke over fuldtidslønnen på {full} kr., så loftet nedsætter ikke tilskuddet',
  'fleks.step.capCut':
    'Loft: løn og tilskud ville tilsammen være {sum} kr., over fuldtidslønnen på {full} kr. Tilskuddet nedsættes med forskellen',
  'fleks.step.subsidy': 'Fleksløntilskud, som kommunen udbetaler til den ansatte månedsvis bagud',
  'fleks.step.total': 'Den ansattes samlede indtægt fra fleksjobbet: løn plus fleksløntilskud',
  'fleks.summary':
    'Arbejdsgiveren betaler {wage} i løn om måneden. Kommunen udbetaler {subsidy} i fleksløntilskud til den ansatte (lov om en aktiv beskæftigelsesindsats §§ 122–123).',
  'fleks.summaryTotal': 'Den ansatte får i alt {total} om måneden før skat.',
  'fleks.summaryNotCovered':
    'Ikke regnet med: ATP-bidrag, feriepenge, sygdom, barsel og anden indkomst, som kommunen også regner med, og arbejdsgiverens lønomkostninger ud over lønnen.',
  'fleks.period.confirmed': 'Beregnet med beløbene for {year}: udgangspunkt {base} og grænsebeløb {threshold} om måneden.',
  'fleks.period.typed':
    'Beregnet med de beløb, du har skrevet: udgangspunkt {base} og grænsebeløb {threshold} om måneden. Værktøjet har ikke selv bekræftede beløb for {date}.',
  'fleks.unconfirmed': 'Værktøjet kan ikke beregne fleksløntilskuddet for {date} med bekræftede beløb.',
  'fleks.unconfirmedWhy':
    'Beløbene i § 123, stk. 1 og 2, reguleres hvert år. Værktøjet har kun beløb, der er læst i en kilde, for {years}. For {year} mangler både udgangspunktet (98 % af dagpengenes højeste beløb) og grænsebeløbet, og værktøjet bruger ikke et andet års beløb i stedet.',
  'fleks.unconfirmedWhat':
    'Vælg en dato i {years}, eller skriv årets to beløb, som kommunen eller STAR oplyser dem, i felterne for udgangspunkt og grænsebeløb.',
  'fleks.warn.wageOverFullTime':
    'Lønnen i fleksjobbet er højere end fuldtidslønnen i stillingen. Tjek tallene: i et fleksjob betales der løn for den faktiske indsats.',
  'fleks.warn.noSubsidy': 'Med denne løn udbetaler kommunen intet fleksløntilskud.',
  'fleks.error.date': 'Skriv en dato, fx 2024-06-01.',
  'fleks.error.noWage': 'Skriv et tal over 0. Der udbetales kun fleksløntilskud, når arbejdsgiveren betaler løn.',
  'fleks.error.hoursOverFullTime': 'De effektive timer kan ikke være flere end fuld tid i stillingen.',
  'fleks.error.bothAmounts': 'Skriv både udgangspunktet og grænsebeløbet, eller ingen af dem.',
} as const;
