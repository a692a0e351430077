/** Strings of the LL § 7 P calculator. */
export const tools7p = {
  'll7p.summary': 'Højeste værdi efter ligningslovens § 7 P: {max} ({model}, {rule})',
  'll7p.headline.2026':
    'Resultatet dækker ikke ændringerne af § 7 P fra 2026 (en model uden procentloft for visse små og mellemstore selskaber): for en aftale indgået i 2026 eller senere, brug den lovtekst og Den juridiske vejledning, der gælder på aftaledagen.',
  'll7p.salary': 'Medarbejderens årsløn på aftaletidspunktet (kr.)',
  'll7p.grant': 'Værdi af de tildelte aktier eller anparter (kr., valgfrit)',
  'll7p.offeredShare': 'Andel af de ansatte, der får tilbuddet på lige vilkår efter almene kriterier (%)',
  'll7p.employees': 'Antal ansatte i selskabet',
  'll7p.turnover': 'Nettoomsætning (kr.)',
  'll7p.balance': 'Balancesum (kr.)',
  'll7p.sizeHint':
    'Fra et af de to seneste godkendte årsregnskaber. 50 %-modellen kræver kun, at ét af de to tal er højst 15 mio. kr. (§ 7 P, stk. 7, nr. 2).',
  'll7p.age': 'År, selskabet har været aktivt på et marked før det kalenderår, aftalen indgås',
  'll7p.step.cap': '{model}: {pct} % af årslønnen',
  'll7p.model.basic': '10\u00a0%-modellen',
  'll7p.model.broad': '20\u00a0%-modellen',
  'll7p.model.startup': '50\u00a0%-modellen',
  'll7p.ok': 'kan bruges',
  'll7p.no.broad': 'kan ikke bruges: tilbuddet skal gives til mindst {share} % af de ansatte',
  'll7p.no.startup': {
    by: 'employees',
    one: 'kan ikke bruges: kræver bl.a. højst {employees} ansat, nettoomsætning eller balancesum på højst {turnover} kr. og højst {age} år aktivt på et marked før aftaleåret – 4 år og 11 måneder er med, 5 år er ikke (§ 7 P, stk. 7)',
    other:
      'kan ikke bruges: kræver bl.a. højst {employees} ansatte, nettoomsætning eller balancesum på højst {turnover} kr. og højst {age} år aktivt på et marked før aftaleåret – 4 år og 11 måneder er med, 5 år er ikke (§ 7 P, stk. 7)',
  },
  'll7p.step.best': 'Højeste værdi efter de modeller, der kan bruges',
  'll7p.grantWithin': 'Tildelingen på {grant} kr. er inden for grænsen i {model}.',
  'll7p.grantOver': 'Tildelingen på {grant} kr. er over den højeste grænse på {max} kr. Den del, der ligger over, falder uden for § 7 P.',
  'll7p.warn.startup':
    'Betingelserne for 50 %-modellen i § 7 P, stk. 7, er flere end de tre, værktøjet spørger om (fx om selskabets aktiviteter). Læs dem i Den juridiske vejledning, C.A.5.17.3.4.2.',
} as const;
