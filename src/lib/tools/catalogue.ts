/**
 * The tools and the lessons each belongs to. Lessons link to their tools through this list
 * (rendered by LessonTools.astro), so the lesson texts never need to name a tool.
 */
export type ToolKind = 'beregner' | 'guide' | 'skabelon' | 'tjekliste' | 'klausuler';

export interface ToolInfo {
  slug: string;
  title: string;
  summary: string;
  kind: ToolKind;
  /** Frontmatter ids of the lessons that explain the rules the tool applies. */
  lessons: readonly string[];
}

export const TOOLS: readonly ToolInfo[] = [
  {
    slug: 'virksomhedsform',
    title: 'Hvilken virksomhedsform passer?',
    summary:
      'Svar på op til fem spørgsmål om ejerskab, erhverv, overskud, investorer og bundet formue, og se de former, der passer, med begrundelser, hæftelse og faldgruber.',
    kind: 'guide',
    lessons: [
      'former-overblik',
      'former-hvordan-vaelger-man',
      'kooperativ-hvad-er-et-kooperativ',
      'kooperativ-vedtaegter',
      'amba-hvad-er-et-andelsselskab',
    ],
  },
  {
    slug: 'kooperationsskat',
    title: 'Beregn kooperationsskat',
    summary:
      'Indkomst og skat for en andelsbeskattet indkøbsforening eller produktions- og salgsforening efter selskabsskattelovens §§ 14–16 og § 19.',
    kind: 'beregner',
    lessons: ['amba-andelsbeskatning', 'rsr-andelsbeskatning-i-praksis', 'kooperativ-det-foerste-aar'],
  },
  {
    slug: 'rsv-udbytteloft',
    title: 'Beregn udbytteloftet for en RSV',
    summary:
      'De to yderste grænser for udbytte i en registreret socialøkonomisk virksomhed: diskontoen plus 15 procentpoint og 35 % af resultatet efter skat.',
    kind: 'beregner',
    lessons: ['rsv-udbytteloftet', 'rsr-rsv-for-revisor'],
  },
  {
    slug: 'medarbejderaktier',
    title: 'Grænser for medarbejderaktier efter LL § 7 P',
    summary: 'Hvor stor en værdi en medarbejder kan få efter 10 %-, 20 %- og 50 %-modellen, ud fra årslønnen og selskabets forhold.',
    kind: 'beregner',
    lessons: ['medejer-medarbejderaktier-7p'],
  },
  {
    slug: 'udbudstjek',
    title: 'Hvilke udbudsregler gælder for indkøbet?',
    summary:
      'Anslået værdi mod tærskelværdien, light-regimet, mulighed for reservation, oplæringskravet og Københavns Kommunes klausulgrænser.',
    kind: 'beregner',
    lessons: [
      'indkoeb-rammen-udbudsloven',
      'indkoeb-reserverede-kontrakter',
      'indkoeb-light-regimet',
      'indkoeb-sociale-klausuler-oplaeringskrav',
      'indkoeb-koebenhavns-kommune',
    ],
  },
  {
    slug: 'fleksjob',
    title: 'Beregn løn og fleksløntilskud i et fleksjob',
    summary:
      'Arbejdsgiverens løn for den faktiske indsats og kommunens fleksløntilskud trin for trin efter lov om en aktiv beskæftigelsesindsats §§ 122–123, for en dato med bekræftede beløb.',
    kind: 'beregner',
    lessons: [
      'rummelig-hvorfor-og-hvordan',
      'rummelig-fleksjob',
      'rummelig-dokumenter-det-sociale-formaal',
      'rummelig-reformen-og-hjaelp-i-koebenhavn',
    ],
  },
  {
    slug: 'vedtaegter',
    title: 'Udkast til vedtægter',
    summary:
      'Et første udkast til vedtægter for et A.M.B.A., et F.M.B.A. eller en forening, hvor hver bestemmelse siger, om den er et krav eller et valg.',
    kind: 'skabelon',
    lessons: [
      'kooperativ-vedtaegter',
      'amba-stiftelse-og-registrering',
      'former-foreningen',
      'former-hvordan-vaelger-man',
      'amba-reformen-2024',
    ],
  },
  {
    slug: 'tjekliste/revisors-amba-tjekliste',
    title: 'Tjekliste: revisors gennemgang af et A.M.B.A.',
    summary: 'Revisors punkter for et andelsselskab, fra vedtægter og medlemsregister til aktivsikring og regnskabsklasse.',
    kind: 'tjekliste',
    lessons: ['amba-revisors-tjekliste'],
  },
  {
    slug: 'tjekliste/det-foerste-aar',
    title: 'Tjekliste: kooperativets første år',
    summary: 'Fra stiftelse og registrering til den første årsrapport og generalforsamling.',
    kind: 'tjekliste',
    lessons: ['kooperativ-det-foerste-aar'],
  },
  {
    slug: 'tjekliste/klar-til-at-byde',
    title: 'Tjekliste: klar til at byde',
    summary: 'Dokumentation, kapacitet og arbejdsgang, før en socialøkonomisk virksomhed byder på en offentlig opgave.',
    kind: 'tjekliste',
    lessons: ['indkoeb-klar-til-at-byde'],
  },
  {
    slug: 'tjekliste/klar-til-at-ansaette',
    title: 'Tjekliste: klar til at ansætte i fleksjob eller med løntilskud',
    summary:
      'Opgaver, løn, rimelighedskrav, medarbejdernes drøftelse, støtte og dokumentation, før en virksomhed ansætter nogen på særlige vilkår.',
    kind: 'tjekliste',
    lessons: ['rummelig-reformen-og-hjaelp-i-koebenhavn'],
  },
  {
    slug: 'klausuler',
    title: 'Formuleringer til indkøbere',
    summary:
      'Eksempler på sociale klausuler, oplæringskrav, tekst til en reserveret kontrakt og tildelingskriterier, med retsgrundlag og dato.',
    kind: 'klausuler',
    lessons: [
      'indkoeb-reserverede-kontrakter',
      'indkoeb-sociale-klausuler-oplaeringskrav',
      'indkoeb-koebenhavns-kommune',
      'indkoeb-klar-til-at-byde',
    ],
  },
];

export const toolPath = (slug: string) => `/vaerktoejer/${slug}/`;

export const toolsForLesson = (lessonId: string) => TOOLS.filter((tool) => tool.lessons.includes(lessonId));

export const toolBySlug = (slug: string) => {
  const tool = TOOLS.find((t) => t.slug === slug);
  if (!tool) throw new Error(`Ukendt værktøj: ${slug}`);
  return tool;
};
