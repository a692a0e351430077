/** Strings of the procurement check. */
export const toolsUdbud = {
  'udbud.summary': 'Anslået værdi i hele perioden: {value} (udbudsloven § 30, stk. 1)',
  'udbud.buyer': 'Ordregiver',
  'udbud.buyer.kommune': 'Kommune eller region',
  'udbud.buyer.stat': 'Staten',
  'udbud.kind': 'Hvad købes?',
  'udbud.kind.ydelse': 'Varer eller almindelige tjenesteydelser',
  'udbud.kind.light': 'Sociale og andre specifikke tjenesteydelser (light-regimet, bilag XIV)',
  'udbud.kind.bygge': 'Bygge- og anlægsarbejde',
  'udbud.annual': 'Anslået værdi pr. år ekskl. moms (kr.)',
  'udbud.months': 'Hele kontraktperioden inklusive optioner og forlængelser (måneder)',
  'udbud.payroll': 'Anslået lønsum på opgaven i alt (kr., valgfrit)',
  'udbud.threshold': 'Tærskelværdi, hvis du vil bruge en anden (kr., valgfrit)',
  'udbud.thresholdHint': 'Tom: værktøjet bruger tærskelværdien for den periode, datoen for offentliggørelsen falder i.',
  'udbud.step.value': {
    by: 'months',
    one: 'Anslået værdi: {annual} kr. pr. år i {months} måned, inklusive optioner og forlængelser',
    other: 'Anslået værdi: {annual} kr. pr. år i {months} måneder, inklusive optioner og forlængelser',
  },
  'udbud.step.threshold': 'Tærskelværdi for {kind}, {period}',
  'udbud.step.thresholdTyped': 'Tærskelværdi for {kind}, som du har skrevet',
  'udbud.regime.eu': 'Værdien er lig med eller over tærskelværdien: kontrakten skal i EU-udbud efter udbudslovens afsnit II.',
  'udbud.regime.light':
    'Værdien er lig med eller over light-tærskelværdien: udbudslovens afsnit III (light-regimet) gælder, med frihed til at tilrettelægge proceduren inden for principperne.',
  'udbud.regime.below':
    'Værdien er under tærskelværdien: afsnit II og III gælder ikke. Har kontrakten en klar grænseoverskridende interesse, skal den annonceres (udbudslovens afsnit IV). Vurder det, og notér vurderingen.',
  'udbud.reserve.54':
    'Kontrakten kan reserveres for virksomheder, hvor mindst {share} % af de ansatte er handicappede eller dårligt stillede (udbudslovens § 54, direktivets art. 20). Udbudsbekendtgørelsen skal henvise til bestemmelsen.',
  'udbud.reserve.190ok': {
    by: 'months',
    one: 'Er ydelsen en af de sundheds-, social- eller kulturydelser, som direktivets art. 77 nævner, kan den også reserveres for organisationer, der opfylder de fire betingelser (udbudslovens § 190). Perioden på {months} måned er inden for grænsen på {max} måneder.',
    other:
      'Er ydelsen en af de sundheds-, social- eller kulturydelser, som direktivets art. 77 nævner, kan den også reserveres for organisationer, der opfylder de fire betingelser (udbudslovens § 190). Perioden på {months} måneder er inden for grænsen på {max} måneder.',
  },
  'udbud.reserve.190tooLong': {
    by: 'months',
    one: 'Reservation efter udbudslovens § 190 (art. 77) kræver, at kontrakten højst løber {max} måneder. Med {months} måned kan den kun bruges, hvis perioden kortes ned.',
    other:
      'Reservation efter udbudslovens § 190 (art. 77) kræver, at kontrakten højst løber {max} måneder. Med {months} måneder kan den kun bruges, hvis perioden kortes ned.',
  },
  'udbud.kk.short': {
    by: 'months',
    one: 'Kontrakten varer under {months} måned: kommunens grænser for at overveje klausulerne er ikke nået.',
    other: 'Kontrakten varer under {months} måneder: kommunens grænser for at overveje klausulerne er ikke nået.',
  },
  'udbud.kk.a':
    'Efter socialdumping.kk.dk skal klausulerne overvejes ved mindst {value} kr. eller en lønsum på mindst {payroll} kr.: {answer}.',
  'udbud.kk.b': 'Efter fairforhold.kk.dk ved mindst {value} kr. eller mindst {payroll} kr. i lønudgifter: {answer}.',
  'udbud.kk.yes': 'grænsen er nået',
  'udbud.kk.no': 'grænsen er ikke nået',
  'udbud.kk.unclear': 'Kommunens to sider angiver forskellige grænser. Spørg kommunen, hvilke der gælder nu.',
  'udbud.renovation': 'Opgaven er renovering',
  'udbud.date': 'Dato for udbuddets offentliggørelse',
  'udbud.dateHint': 'Afgør, hvilke tærskelværdier der gælder. Udfyldt med dags dato.',
  'udbud.error.date': 'Skriv en dato, fx 01.03.2026.',
  'udbud.period.in': 'Tærskelværdierne for {period} er brugt (datoen {date}).',
  'udbud.period.after':
    'Datoen {date} ligger efter de nyeste tærskelværdier i værktøjet ({period}, til {to}): resultatet bygger på dem, men nye værdier gælder sandsynligvis. Skriv den gældende tærskelværdi i feltet »Tærskelværdi, hvis du vil bruge en anden«.',
  'udbud.period.before': 'Datoen {date} ligger før de ældste tærskelværdier i værktøjet ({period}): resultatet bygger på dem.',
  'udbud.headline.eu': 'Over tærskelværdien på {threshold}: EU-udbud efter udbudslovens afsnit II.',
  'udbud.headline.light': 'Over light-tærskelværdien på {threshold}: udbudslovens afsnit III (light-regimet).',
  'udbud.headline.below': 'Under tærskelværdien på {threshold}: udbudslovens afsnit II og III gælder ikke.',
  'udbud.headline.worksBelow':
    'Under tærskelværdien for bygge og anlæg på {threshold}: udbudslovens afsnit II gælder ikke; tilbudsloven kan gælde.',
  'udbud.regime.lightDerived':
    'Light-tærskelværdien for {period} er 750.000 euro (direktiv 2014/24/EU, art. 4, litra d) omregnet med {rate} kr. pr. euro, den kurs Kommissionens meddelelse (C/2025/5732) bruger for periodens øvrige beløb. Ligger værdien tæt på, så sammenlign med beløbet på Konkurrence- og Forbrugerstyrelsens side.',
  'udbud.regime.worksEu':
    'Værdien er lig med eller over tærskelværdien for bygge- og anlægsarbejder: kontrakten skal i EU-udbud efter udbudslovens afsnit II.',
  'udbud.regime.worksBelow': 'Værdien er under tærskelværdien for bygge- og anlægsarbejder: tilbudsloven kan gælde.',
  // Only shown past 48 months, but written with both forms like every count.
  'udbud.step.value38': {
    by: 'months',
    one: 'Anslået værdi: {annual} kr. pr. år. Kontrakten løber {months} måned og har ingen samlet pris, så værdien regnes som månedsværdien × {max}',
    other:
      'Anslået værdi: {annual} kr. pr. år. Kontrakten løber {months} måneder og har ingen samlet pris, så værdien regnes som månedsværdien × {max}',
  },
  'udbud.split':
    'Kontrakten må ikke deles op, så den kommer under tærskelværdien, medmindre det er objektivt begrundet (udbudsloven § 30, stk. 2).',
  'udbud.training.not-required':
    'Oplæringskravet gælder ikke: det kræver for tjenesteydelser både mindst {months} måneders varighed og mindst {value} kr. (udbudsloven § 176, stk. 2, og BEK nr. 1079/2022, § 2). Ordregiveren kan stadig bruge en frivillig social klausul.',
  'udbud.training.check-cpv': {
    by: 'months',
    one: 'Varighed og værdi når grænserne for oplæringskravet (mindst {months} måned og {value} kr.), men kravet gælder kun de tjenesteydelser, BEK nr. 1079/2022, § 2, afgrænser med CPV-koder i bekendtgørelsens bilag. Værktøjet har ikke listen: slå kontraktens CPV-kode op i bekendtgørelsen, før du afgør, om kravet skal stilles. Opgaven skal også udføres i Danmark.',
    other:
      'Varighed og værdi når grænserne for oplæringskravet (mindst {months} måneder og {value} kr.), men kravet gælder kun de tjenesteydelser, BEK nr. 1079/2022, § 2, afgrænser med CPV-koder i bekendtgørelsens bilag. Værktøjet har ikke listen: slå kontraktens CPV-kode op i bekendtgørelsen, før du afgør, om kravet skal stilles. Opgaven skal også udføres i Danmark.',
  },
  'udbud.training.check-works':
    'Bygge- og anlægskontrakter kan være omfattet af oplæringskravet (udbudsloven § 176, stk. 2, og BEK nr. 1079/2022, § 2). Værktøjet afgør det ikke: læs bekendtgørelsens § 2 for varighed og værdi.',
} as const;
