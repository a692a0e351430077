/**
 * Example wording for buyers, written for this site. Each clause has its legal basis, when it may
 * be used, a version and a date, and the lesson that explains it. Examples to adapt with the
 * buyer's procurement lawyer, never text to paste unread.
 */
export interface ClauseExample {
  id: string;
  category: 'Social klausul' | 'Oplæringskrav' | 'Reserveret kontrakt' | 'Tildelingskriterium';
  title: string;
  /** The wording itself; [brackets] mark what the buyer fills in. */
  text: string;
  basis: { law: string; url: string };
  whenToUse: string;
  version: string;
  date: string;
  lesson: string;
}

const UDBUDSLOVEN = 'https://www.retsinformation.dk/eli/lta/2015/1564';

export const CLAUSES: readonly ClauseExample[] = [
  {
    id: 'reserveret-54',
    category: 'Reserveret kontrakt',
    title: 'Bekendtgørelsestekst: kontrakt forbeholdt virksomheder med mindst 30 % handicappede eller dårligt stillede ansatte',
    text: 'Kontrakten er forbeholdt beskyttede værksteder og økonomiske aktører, hvis hovedformål er social og faglig integration af handicappede eller dårligt stillede personer, jf. udbudslovens § 54. Mindst 30 % af de ansatte hos tilbudsgiveren skal være handicappede eller dårligt stillede arbejdstagere. Tilbudsgiveren dokumenterer det med en erklæring fra ledelsen og en anonymiseret opgørelse af antallet af ansatte i alt og i målgruppen pr. [dato]. Ordregiveren beder ikke om helbredsoplysninger om enkeltpersoner.',
    basis: { law: 'Udbudsloven (lov nr. 1564 af 15.12.2015) § 54, som gennemfører direktiv 2014/24/EU, art. 20', url: UDBUDSLOVEN },
    whenToUse:
      'Ved alle typer kontrakter, når ordregiveren vil forbeholde udbuddet. Udbudsbekendtgørelsen skal henvise til bestemmelsen. RSV-registrering må ikke være et krav: det er 30 %-betingelsen, der tæller.',
    version: '1.0',
    date: '2026-11-29',
    lesson: 'indkoeb-reserverede-kontrakter',
  },
  {
    id: 'reserveret-190',
    category: 'Reserveret kontrakt',
    title: 'Bekendtgørelsestekst: light-ydelse forbeholdt organisationer efter direktivets art. 77',
    text: 'Kontrakten om [ydelse, CPV-kode] er forbeholdt organisationer, der opfylder betingelserne i udbudslovens § 190: organisationen har som mål at varetage en offentlig tjenesteydelsesopgave knyttet til ydelserne; overskud geninvesteres med henblik på organisationens mål, og en eventuel fordeling sker efter deltagerbaserede hensyn; ledelses- eller ejerstrukturen bygger på medarbejdereje eller deltagerbaserede principper eller kræver aktiv deltagelse af ansatte, brugere eller interessenter; og organisationen har ikke inden for de seneste 3 år fået tildelt en kontrakt om de samme ydelser af ordregiveren efter denne bestemmelse. Kontraktens løbetid er [højst 3 år].',
    basis: { law: 'Udbudsloven (lov nr. 1564 af 15.12.2015) § 190, som gennemfører direktiv 2014/24/EU, art. 77', url: UDBUDSLOVEN },
    whenToUse:
      'Kun ved de sundheds-, social- og kulturydelser under light-regimet, som direktivets art. 77 nævner, og kun for kontrakter på højst 3 år.',
    version: '1.0',
    date: '2026-11-29',
    lesson: 'indkoeb-reserverede-kontrakter',
  },
  {
    id: 'oplaeringskrav',
    category: 'Oplæringskrav',
    title: 'Kontraktvilkår: personer under oplæring',
    text: 'Leverandøren skal i kontraktperioden anvende personer under oplæring svarende til mindst [antal] årsværk ved udførelsen af kontrakten i Danmark. Ved personer under oplæring forstås personer, der under leverandørens eller en underleverandørs opsyn oplæres til at kunne løse opgaverne selvstændigt, fx elever og lærlinge efter lov om erhvervsuddannelser, elever i forberedende grunduddannelse (FGU), personer i integrationsgrunduddannelse (IGU) eller AMU-kontraktuddannelse. Tilsvarende oplæringsordninger i andre lande sidestilles. Leverandøren dokumenterer opfyldelsen [hvert halve år] med en oversigt over forløb og årsværk uden personnumre.',
    basis: {
      law: 'Udbudsloven § 176, stk. 2–4, tilbudsloven § 7 og bekendtgørelse nr. 1079 af 2022 om krav om anvendelse af personer under oplæring, § 2 og bilag (omfattede tjenesteydelser)',
      url: 'https://www.kfst.dk/udbud/udbudsregler/sporgsmal-og-svar-til-aendringer-af-udbudsloven-pr-1-juli-2022/1-oplaering/',
    },
    whenToUse:
      'Lovpligtigt kun for de tjenesteydelser, som BEK nr. 1079/2022, § 2, afgrænser med CPV-koder i bekendtgørelsens bilag, når de udføres i Danmark, varer mindst 6 måneder og har en værdi på mindst 5 mio. kr.: slå kontraktens CPV-kode op i bilaget. Bygge- og anlægskontrakter, der udføres i Danmark, kan være omfattet, også under EU-tærskelværdien (tilbudslovens § 7); læs bekendtgørelsens § 2 for grænserne. Pligten gælder ikke, hvis oplæring vil være en sikkerhedsrisiko, ikke egner sig til opgaven eller strider mod anden lovgivning. Uden for bekendtgørelsens område kan vilkåret bruges frivilligt efter udbudsloven § 176, stk. 1.',
    version: '1.2',
    date: '2026-12-07',
    lesson: 'indkoeb-sociale-klausuler-oplaeringskrav',
  },
  {
    id: 'beskaeftigelse-ledige',
    category: 'Social klausul',
    title: 'Kontraktvilkår: ansættelse af ledige på opgaven',
    text: 'Leverandøren skal senest [3 måneder] efter kontraktstart have ansat mindst [antal] person(er), der ved ansættelsen har været ledige i mindst [6 måneder], i ordinær beskæftigelse eller fleksjob på opgaven. Kravet kan opfyldes hos en underleverandør, der udfører en del af opgaven. Leverandøren dokumenterer opfyldelsen med en erklæring fra ledelsen og en anonymiseret oversigt [hvert halve år]. Opfyldes kravet ikke, [betales en bod på … kr. pr. måned / skal manglen udlignes inden for kontraktperioden].',
    basis: {
      law: 'Udbudsloven (lov nr. 1564 af 15.12.2015) § 176, stk. 1, om særlige betingelser for kontraktens udførelse, som kan omfatte sociale eller beskæftigelsesrelaterede hensyn (direktiv 2014/24/EU, art. 70), og principperne i § 2',
      url: UDBUDSLOVEN,
    },
    whenToUse:
      'Når kravet er knyttet til det arbejde, der udføres under kontrakten, står proportionalt til kontraktens størrelse og varighed, er beskrevet klart i udbudsmaterialet og ikke forskelsbehandler udenlandske tilbudsgivere.',
    version: '1.1',
    date: '2026-11-29',
    lesson: 'indkoeb-sociale-klausuler-oplaeringskrav',
  },
  {
    id: 'tildeling-social-indsats',
    category: 'Tildelingskriterium',
    title: 'Underkriterium: plan for oplæring og beskæftigelse på opgaven',
    text: 'Under kvalitet vurderes tilbudsgiverens plan for oplæring og beskæftigelse af personer uden for arbejdsmarkedet ved udførelsen af netop denne kontrakt. Det tillægges positiv vægt, at planen (1) angiver antal forløb og årsværk på opgaven, (2) beskriver, hvordan personerne får opsyn og faglig oplæring, og (3) beskriver, hvordan fastholdelse følges op. Planen bliver en del af kontrakten, og opfyldelsen følges op [hvert halve år].',
    basis: {
      law: 'Udbudsloven (lov nr. 1564 af 15.12.2015) § 162 om tildelingskriterier, herunder sociale aspekter knyttet til kontraktens genstand (direktiv 2014/24/EU, art. 67), og principperne i § 2',
      url: UDBUDSLOVEN,
    },
    whenToUse:
      'Når ordregiveren vil belønne den største sociale indsats i stedet for at stille et fast krav. Kriteriet skal være knyttet til kontraktens genstand, kunne vurderes og følges op, og vægten skal stå i udbudsmaterialet.',
    version: '1.1',
    date: '2026-11-29',
    lesson: 'indkoeb-sociale-klausuler-oplaeringskrav',
  },
];
