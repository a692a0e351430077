/** Strings of the tool pages under /vaerktoejer/ that only the server renders. */
export const tools = {
  'tools.title': 'Værktøjer',
  'tools.lead':
    'Beregnere, en guide til valg af virksomhedsform, udkast til vedtægter, tjeklister og formuleringer til indkøbere. Det, du skriver, bliver i din browser.',
  'tools.indexNotice':
    'Værktøjerne er en hjælp til at regne og tænke, ikke rådgivning. Hvert værktøj viser de regler og satser, det bygger på, med dato og kilde, og siger, hvad det ikke dækker.',
  'nav.tools': 'Værktøjer',
  'tools.notAdvice.beregner':
    'Beregneren er en hjælp til at regne og tænke, ikke rådgivning. Resultatet bygger på de regler og satser, der står under »Satser og kilder«, og kan ikke erstatte en konkret vurdering af en rådgiver eller revisor.',
  'tools.notAdvice.guide':
    'Guiden peger på de virksomhedsformer, der passer til jeres svar, og på de love, der styrer dem. Den er ikke rådgivning: valget afhænger også af forhold, guiden ikke spørger om, så tal med en rådgiver, før I stifter.',
  'tools.notAdvice.skabelon':
    'Udkastet er et udgangspunkt for jeres egne vedtægter, ikke færdig juridisk tekst. Hver bestemmelse viser, om loven kræver den, eller om det er jeres valg; få udkastet gennemlæst, før det vedtages på den stiftende generalforsamling.',
  'tools.notAdvice.tjekliste':
    'Tjeklisten samler de punkter, lektionen gennemgår. Den sikrer ikke, at alle krav i en konkret sag er opfyldt: brug den som huskeliste sammen med lovteksten.',
  'tools.notAdvice.klausuler':
    'Formuleringerne er eksempler, der skal tilpasses den konkrete kontrakt. Hver viser, hvilken regel den bygger på; lad kommunens udbudsjurist vurdere dem, før de bruges i et udbud.',
  'tools.notAdvice.fleksjob':
    'Beregneren viser, hvordan § 123 i lov om en aktiv beskæftigelsesindsats regner, med årets beløb, når de er bekræftet. Det er kommunen, der afgør, om en person kan ansættes i fleksjob, og som beregner og udbetaler fleksløntilskuddet, ud fra den løn, der faktisk indberettes. Brug resultatet til at planlægge, ikke som svar på, hvad kommunen udbetaler.',
  'fleks.notCovered.1':
    'Visitationen: om personen kan ansættes i fleksjob, og hvor mange timer og hvilket tempo kommunen har beskrevet (LAB §§ 116–120).',
  'fleks.notCovered.2':
    'ATP-bidrag, feriepenge og fradrag for sygedagpenge, barselsdagpenge og anden indkomst, som kommunen regner med efter bekendtgørelsen om beregning af og fradrag i fleksløntilskud.',
  'fleks.notCovered.3':
    'Arbejdsgiverens øvrige lønomkostninger (arbejdsgiverens ATP, feriepenge, forsikringer): »arbejdsgiverens udgift« er kun lønnen efter § 122.',
  'fleks.notCovered.4':
    "Fleksjob påbegyndt før 1. januar 2013: beregningsmodellen i § 123 gælder de regler, der trådte i kraft den dag (STAR's vejledning nr. 9154 af 25. februar 2022, pkt. 1).",
  'fleks.notCovered.5':
    'Regler efter den nye hovedlov, der ventes at træde i kraft 1. januar 2027 med nye paragrafnumre; beregneren følger LBK nr. 701 af 22. maj 2022.',
  'fleks.missingYears':
    "Beløbene for 2023, 2025 og 2026 er ikke fundet i en kilde, værktøjet kan henvise til (STAR's satsvejledning for årene er ikke læst). For datoer i de år regner værktøjet kun med beløb, du selv skriver.",
  'tools.ratesHeading': 'Satser og kilder',
  'tools.sourceRead': 'Kilden læst {date}.',
  'tools.ratesReviewed': 'Satserne er sidst gennemgået {date}.',
  'tools.validFrom': 'gældende senest fra {date}',
  'tools.validRange': 'gælder {from}–{to}',
  'tools.notCovered': 'Det dækker værktøjet ikke',
  'tools.calculate': 'Beregn',
  'tools.lessons': 'Lektioner, der forklarer reglerne',
  'tools.lessonBox': 'Værktøjer til denne lektion',
  'tools.noscript': 'Beregneren kræver JavaScript. Reglerne og satserne står på siden, så du kan regne efter i hånden.',
  'tools.kind.beregner': 'Beregner',
  'tools.kind.guide': 'Guide',
  'tools.kind.skabelon': 'Skabelon',
  'tools.kind.tjekliste': 'Tjekliste',
  'tools.kind.klausuler': 'Formuleringer',
  'type.værktøj': 'Værktøj',
  'koop.notCovered.1':
    'Om betingelserne for andelsbeskatning er opfyldt: mindst 10 aktive medlemmer, 25 %-grænsen over tid og fordeling efter omsætning (SEL § 1, stk. 1, nr. 3).',
  'koop.notCovered.2': 'Blandede foreninger (SEL § 16 A) og brugsforeninger (SEL § 1, stk. 1, nr. 3 a, og § 9, stk. 2).',
  'koop.notCovered.3':
    'Den fulde opgørelse af formuen efter SEL § 14 ud over goodwill og årets udlodning, fx skattemæssige værdier, der afviger fra regnskabet.',
  'koop.notCovered.4': 'CFC-indkomst efter SEL § 32 og andelshavernes egen skat af rente og efterbetaling.',
  'rsv.notCovered.1': 'Rimelighedsvurderingen: grænserne siger kun, hvornår et udbytte altid er for højt.',
  'rsv.notCovered.2': 'Den samlede ramme for hele ejertiden (indskud plus rimelig forrentning) og spørgsmålet om opsparet forrentning.',
  'rsv.notCovered.3': 'Selskabsrettens udbytteregler, herunder kravet om frie reserver, og efterbetalinger i et andelsselskab.',
  'rsv.notCovered.4': 'Den gældende diskonto: slå den op hos Danmarks Nationalbank for beslutningsdagen.',
  'll7p.notCovered.1':
    'De øvrige betingelser: skriftlig aftale om § 7 P, entydigt identificeret vederlag, ingen særlig aktieklasse, uoverdragelige retter og korrekt indberetning.',
  'll7p.notCovered.2': 'Værdiansættelsen af aktierne og medarbejderens skat ved salg (aktieindkomst).',
  'll7p.notCovered.3': 'Andele i et A.M.B.A.: om § 7 P kan bruges på andelsbeviser, er uafklaret.',
  'udbud.notCovered.1': 'Om ydelsen faktisk hører til light-regimet: det afgøres af CPV-koden og direktivets bilag XIV.',
  'udbud.notCovered.2': 'Tærskelværdier for forsyningsvirksomheder og koncessioner, og opdeling i delkontrakter.',
  'udbud.notCovered.3': 'Om kontrakten har klar grænseoverskridende interesse, og om tilbudsloven gælder.',
  'udbud.notCovered.4': 'Om leverandøren opfylder betingelserne for en reserveret kontrakt.',
} as const;
