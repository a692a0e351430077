/**
 * A first draft of articles of association (vedtægter) for an A.M.B.A., an F.M.B.A. or a forening,
 * built from a few choices. Each clause carries the rule it follows and whether the law requires it
 * or it is the founders' choice. A draft to discuss with an adviser, never a finished document.
 */
export type ArticlesForm = 'amba' | 'fmba' | 'forening';

export interface ArticlesInput {
  form: ArticlesForm;
  name: string;
  municipality: string;
  purpose: string;
  /** How members take part: as buyers, suppliers, employees or users. */
  participation: 'koebere' | 'leverandoerer' | 'ansatte' | 'brugere';
  whoCanJoin: string;
  /** The member's contribution in kroner (0 for none). */
  contribution: number;
  /** Months after leaving within which the contribution is paid back. */
  repaymentMonths: number;
  voting: 'lige' | 'brug';
  boardSize: number;
  surplus: 'brug' | 'formaal';
  investors: boolean;
  assetLock: 'aktivsikring' | 'vedtaegt' | 'deles';
  /** Who receives what is left after dissolution (for "vedtaegt" and "aktivsikring"). */
  recipient: string;
  amendmentMajority: '2/3' | '3/4';
}

export type ClauseStatus = 'krav' | 'valg';

export interface Clause {
  heading: string;
  paragraphs: string[];
  /** The rule the clause follows, in words. */
  basis: string;
  status: ClauseStatus;
}

export interface Articles {
  title: string;
  clauses: Clause[];
  /** The adoption line and who signs: the chair (dirigent) and the first board. */
  adoption: { adopted: string; signatures: string[] };
}

export const FORM_LABELS: Record<ArticlesForm, string> = {
  amba: 'andelsselskab med begrænset ansvar (A.M.B.A.)',
  fmba: 'forening med begrænset ansvar (F.M.B.A.)',
  forening: 'forening',
};

const SUFFIX: Record<ArticlesForm, string> = { amba: 'A.M.B.A.', fmba: 'F.M.B.A.', forening: '' };

export function emptyArticles(form: ArticlesForm = 'amba'): ArticlesInput {
  return {
    form,
    name: '',
    municipality: '',
    purpose: '',
    participation: 'ansatte',
    whoCanJoin: '',
    contribution: 5000,
    repaymentMonths: 12,
    voting: 'lige',
    boardSize: 3,
    surplus: 'brug',
    investors: false,
    assetLock: 'vedtaegt',
    recipient: '',
    amendmentMajority: '2/3',
  };
}

export interface ArticlesError {
  field: keyof ArticlesInput;
  message: string;
}

/** What must be filled in before a draft makes sense; messages in Danish. */
export function validateArticles(input: ArticlesInput): ArticlesError[] {
  const errors: ArticlesError[] = [];
  if (!input.name.trim()) errors.push({ field: 'name', message: 'Skriv virksomhedens navn.' });
  if (!input.municipality.trim())
    errors.push({ field: 'municipality', message: 'Skriv kommunen, hvor virksomheden har hjemsted, fx København.' });
  if (input.purpose.trim().length < 10) errors.push({ field: 'purpose', message: 'Beskriv formålet i mindst en hel sætning.' });
  if (!Number.isFinite(input.contribution) || input.contribution < 0)
    errors.push({ field: 'contribution', message: 'Indskuddet skal være 0 kr. eller mere.' });
  if (!Number.isInteger(input.repaymentMonths) || input.repaymentMonths < 0 || input.repaymentMonths > 60)
    errors.push({ field: 'repaymentMonths', message: 'Skriv et helt antal måneder mellem 0 og 60.' });
  if (!Number.isInteger(input.boardSize) || input.boardSize < 3 || input.boardSize > 15)
    errors.push({ field: 'boardSize', message: 'Skriv et helt antal bestyrelsesmedlemmer mellem 3 og 15.' });
  if (input.assetLock !== 'deles' && !input.recipient.trim())
    errors.push({ field: 'recipient', message: 'Skriv, hvem der skal have en restformue ved opløsning.' });
  return errors;
}

const PARTICIPATION: Record<ArticlesInput['participation'], string> = {
  koebere: 'som købere af virksomhedens varer eller tjenester',
  leverandoerer: 'som leverandører til virksomheden',
  ansatte: 'som ansatte i virksomheden',
  brugere: 'som brugere af virksomhedens tilbud',
};

const LEV = 'Erhvervsvirksomhedsloven (LEV)';

/**
 * A municipality's official name from what a founder types: "København" is Københavns Kommune (the
 * only Danish municipality whose name takes the genitive); any other name gets " Kommune" unless
 * typed with it.
 */
export function municipalityName(typed: string): string {
  const name = typed.trim().replace(/\s+/g, ' ');
  if (!name) return '';
  if (/^københavns?( kommune)?$/i.test(name)) return 'Københavns Kommune';
  if (/ kommune$/i.test(name)) return `${name.slice(0, -' kommune'.length)} Kommune`;
  return `${name} Kommune`;
}

/** A sentence ending in a name that already ends with a full stop ("… A.M.B.A.") gets no second one. */
export const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);
const kr = (n: number) => `${new Intl.NumberFormat('da-DK').format(n)} kr.`;

/** The draft for the input. Fields left empty show as »[…]« so the gap is visible. */
export function buildArticles(input: ArticlesInput): Articles {
  const isCoop = input.form !== 'forening';
  const gap = (s: string) => s.trim() || '[…]';
  const suffix = SUFFIX[input.form];
  const name = input.name.trim() && suffix && !input.name.includes(suffix) ? `${input.name.trim()} ${suffix}` : gap(input.name);
  const member = input.form === 'forening' ? 'medlem' : 'andelshaver';
  const clauses: Clause[] = [];
  const add = (heading: string, paragraphs: string[], basis: string, status: ClauseStatus) =>
    clauses.push({ heading, paragraphs, basis, status });

  add(
    'Navn og hjemsted',
    [sentence(`Virksomhedens navn er ${name}`), `Virksomheden har hjemsted i ${gap(municipalityName(input.municipality))}.`],
    isCoop
      ? `${LEV} § 10, stk. 4: virksomheden skal have en vedtægt, som vedlægges anmeldelsen til Erhvervsstyrelsen, og anmeldelsen skal ske senest 2 uger efter stiftelsen (§ 10, stk. 1). Navnet skal stå i vedtægten. Hvilke oplysninger der ellers registreres (fx adressen), fastsætter Erhvervsstyrelsens regler om anmeldelse, ikke § 10.`
      : 'Ingen lov regulerer foreningers vedtægter. Navn og hjemsted skal bruges, hvis foreningen skal have et CVR-nummer.',
    isCoop ? 'krav' : 'valg',
  );

  add(
    'Formål',
    [
      `Virksomhedens formål er ${gap(input.purpose).replace(/\.$/, '')}.`,
      isCoop
        ? `Medlemmerne deltager ${PARTICIPATION[input.participation]}, og virksomheden drives til fordel for dem.`
        : 'Foreningen virker for formålet gennem medlemmernes fælles indsats.',
    ],
    isCoop
      ? 'Valg i formuleringen. Formålet står i den vedtægt, der vedlægges anmeldelsen. Et præcist formål, der siger, hvordan medlemmerne deltager, styrker andelskarakteren.'
      : 'Valgfrit efter loven, men formålet er foreningens grundlag og afgør, hvad bestyrelsen må.',
    'valg',
  );

  add(
    'Medlemskab',
    [
      `Som ${member} kan optages ${gap(input.whoCanJoin)}.`,
      'Bestyrelsen beslutter optagelse efter saglige kriterier. Et afslag kan indbringes for den næste ordinære generalforsamling.',
    ],
    isCoop ? 'Valg i vedtægterne. Ved anmeldelsen skal det bekræftes, at der er mindst to deltagere.' : 'Valg i vedtægterne.',
    'valg',
  );

  if (input.contribution > 0)
    add(
      'Indskud',
      [
        `Hvert medlem indbetaler et indskud på ${kr(input.contribution)} ved optagelsen.`,
        'Indskuddet kan forrentes med en rente, som generalforsamlingen fastsætter, højst svarende til en normal forrentning.',
        'Medlemmerne hæfter ikke personligt for virksomhedens forpligtelser ud over indskuddet.',
      ],
      isCoop
        ? `${LEV} § 3: ingen deltager hæfter personligt, ubegrænset og solidarisk. Indskuddets størrelse og forrentning er et valg.`
        : 'Valg i vedtægterne.',
      'valg',
    );
  else
    add(
      'Hæftelse',
      ['Medlemmerne hæfter ikke personligt for virksomhedens forpligtelser.'],
      isCoop
        ? `${LEV} § 3.`
        : 'Valg i vedtægterne. Medlemmer af en forening hæfter normalt ikke for foreningens gæld, men det bør stå klart.',
      isCoop ? 'krav' : 'valg',
    );

  if (isCoop && input.investors)
    add(
      'Investerende deltagere',
      [
        'Generalforsamlingen kan med det flertal, der gælder for vedtægtsændringer, beslutte at optage investerende deltagere, der skyder kapital ind uden at deltage i virksomheden som medlemmer.',
        'Investerende deltagere har tilsammen den begrænsede stemmevægt, som loven tillader, og som generalforsamlingen fastsætter, når de optages.',
      ],
      `${LEV} som ændret i 2024 (investerende deltagere). Grænserne for stemmevægt står i loven: læs den gældende tekst, før bestemmelsen vedtages.`,
      'valg',
    );

  add(
    'Udtræden og eksklusion',
    [
      'Et medlem kan udtræde med 3 måneders skriftligt varsel til udgangen af et regnskabsår.',
      input.contribution > 0
        ? `Indskuddet tilbagebetales til pålydende senest ${input.repaymentMonths} måneder efter udtrædelsen. Bestyrelsen kan udskyde betalingen, hvis virksomhedens økonomi kræver det.`
        : 'Et udtrådt medlem har ikke krav på andel i virksomhedens formue.',
      'Et medlem, der groft tilsidesætter sine forpligtelser, kan ekskluderes af bestyrelsen efter at være hørt. Eksklusionen kan indbringes for generalforsamlingen.',
    ],
    'Valg i vedtægterne. Uden en regel om tilbagebetaling opstår der let strid ved den første udtræden.',
    'valg',
  );

  add(
    'Generalforsamling',
    [
      'Generalforsamlingen er virksomhedens øverste myndighed. Den ordinære generalforsamling holdes hvert år inden udgangen af [måned].',
      'Der indkaldes skriftligt med mindst 14 dages varsel med dagsorden. Forslag fra medlemmerne skal være bestyrelsen i hænde senest 7 dage før.',
      input.voting === 'lige'
        ? 'Hvert medlem har én stemme uanset indskud.'
        : 'Hvert medlem har én stemme. Generalforsamlingen kan fastsætte tillægsstemmer efter medlemmernes brug af virksomheden, dog højst tre stemmer pr. medlem.',
      'Beslutninger træffes med simpelt flertal, medmindre vedtægterne kræver andet.',
    ],
    isCoop
      ? 'Valg i vedtægterne. Ved anmeldelsen skal det bekræftes, at deltagernes økonomiske og forvaltningsmæssige rettigheder ikke bygger på deres andel af kapitalen.'
      : 'Valg i vedtægterne.',
    'valg',
  );

  add(
    'Bestyrelse og daglig ledelse',
    [
      `Bestyrelsen består af ${input.boardSize} medlemmer, der vælges af generalforsamlingen for 2 år ad gangen. Bestyrelsen konstituerer sig selv.`,
      'Bestyrelsen kan ansætte en daglig leder. Et bestyrelsesmedlem deltager ikke i behandlingen af sager, hvor vedkommende har en særlig interesse.',
    ],
    isCoop
      ? `${LEV} § 10, stk. 2: det er virksomhedens centrale ledelse, der skal anmelde, så vedtægten bør sige, hvem ledelsen er. Antal medlemmer og valgperiode er et valg.`
      : 'Valg i vedtægterne.',
    'valg',
  );

  add(
    'Tegningsregel',
    ['Virksomheden tegnes af formanden sammen med ét bestyrelsesmedlem eller af den samlede bestyrelse.'],
    isCoop
      ? 'Valg i vedtægterne. Uden en tegningsregel er det uklart, hvem der kan binde virksomheden over for banker og myndigheder.'
      : 'Valg, men banker og myndigheder vil se den.',
    'valg',
  );

  add(
    'Regnskab og revision',
    [
      'Regnskabsåret er kalenderåret. Bestyrelsen udarbejder årsrapport, der forelægges den ordinære generalforsamling til godkendelse.',
      'Generalforsamlingen vælger en revisor, hvis loven kræver det, eller hvis generalforsamlingen beslutter det.',
    ],
    isCoop
      ? 'Valg i vedtægterne. Årsregnskabsloven afgør, om der skal aflægges årsrapport og vælges revisor.'
      : 'Valg i vedtægterne, medmindre anden lov kræver regnskab.',
    'valg',
  );

  add(
    'Overskud',
    input.surplus === 'brug'
      ? [
          'Et overskud anvendes i denne rækkefølge efter generalforsamlingens beslutning på forslag fra bestyrelsen: henlæggelse til reserver, rente af indbetalte indskud og fordeling mellem medlemmerne i forhold til deres brug af virksomheden i regnskabsåret.',
        ]
      : ['Et overskud bliver i virksomheden og anvendes til formålet. Der udbetales ikke udbytte til medlemmerne.'],
    isCoop
      ? 'Valg i vedtægterne. Andelsbeskatning efter selskabsskattelovens § 1, stk. 1, nr. 3, forudsætter bl.a., at overskud ud over normal rente fordeles efter medlemmernes omsætning.'
      : 'Valg i vedtægterne.',
    'valg',
  );

  add(
    'Vedtægtsændringer',
    [
      `Vedtægterne kan ændres, når mindst ${input.amendmentMajority === '2/3' ? 'to tredjedele' : 'tre fjerdedele'} af de afgivne stemmer på en generalforsamling stemmer for.`,
    ],
    isCoop
      ? `Valg i vedtægterne. Ændringer skal registreres hos Erhvervsstyrelsen senest 2 uger efter beslutningen (${LEV} § 10, stk. 1).`
      : 'Valg i vedtægterne.',
    'valg',
  );

  const dissolution = [
    `Beslutning om opløsning kræver samme flertal som en vedtægtsændring på to generalforsamlinger med mindst 14 dages mellemrum.`,
    input.assetLock === 'deles'
      ? 'En formue, der er tilbage efter betaling af gæld og tilbagebetaling af indskud, fordeles mellem medlemmerne i forhold til deres brug af virksomheden de seneste 5 år.'
      : `En formue, der er tilbage efter betaling af gæld og tilbagebetaling af indskud, overdrages til ${gap(input.recipient)}.`,
  ];
  if (input.assetLock === 'aktivsikring' && isCoop)
    dissolution.unshift(
      'Virksomheden har valgt aktivsikring efter erhvervsvirksomhedsloven. Virksomhedens værdier kan ikke udloddes til deltagerne ud over det, loven tillader.',
    );
  add(
    'Opløsning',
    dissolution,
    input.assetLock === 'aktivsikring' && isCoop
      ? `${LEV} som ændret i 2024 (frivillig aktivsikring under offentligt tilsyn). Formuleringen og tilsynet følger lovens og Erhvervsstyrelsens regler, så læs dem, før bestemmelsen vedtages.`
      : input.assetLock === 'vedtaegt'
        ? 'Valg i vedtægterne. En almindelig vedtægtsbestemmelse om restformuen kan ændres af en senere generalforsamling.'
        : 'Valg i vedtægterne. Deles formuen mellem medlemmerne, kan én generation tage det, som flere har bygget op.',
    'valg',
  );

  add(
    'Tvister',
    [
      'Uenighed mellem medlemmer og virksomheden søges først løst ved drøftelse i bestyrelsen og derefter ved mægling, før en sag indbringes for domstolene.',
    ],
    'Valg i vedtægterne.',
    'valg',
  );

  return {
    title: `Vedtægter for ${name}`,
    clauses,
    adoption: adoptionBlock(Number.isInteger(input.boardSize) && input.boardSize > 0 && input.boardSize <= 15 ? input.boardSize : 3),
  };
}

export const STATUS_LABEL: Record<ClauseStatus, string> = { krav: 'Krav', valg: 'Valg' };

/** The adoption and signature block every founding needs: the date, the chair and the first board. */
export function adoptionBlock(boardSize: number): Articles['adoption'] {
  return {
    adopted: 'Vedtaget på den stiftende generalforsamling den ____________________ 20____.',
    signatures: ['Dirigent', ...Array.from({ length: boardSize }, (_, i) => `Bestyrelsesmedlem ${i + 1}`)],
  };
}

export const DRAFT_NOTICE =
  'Udkast lavet med værktøjet på Fælles Værdier. Det er ikke juridisk rådgivning: få en advokat eller en erfaren rådgiver til at gennemgå vedtægterne, før de vedtages.';

/**
 * Text as literal Markdown: the founders' own words (name, purpose, …) stand in the clauses, and
 * must stay words wherever the file is opened, never a link, an image, HTML or a new heading.
 * Line breaks become spaces; Markdown's punctuation and a block marker at the start are escaped.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>!|~]/g, '\\$&')
    .replace(/^[#>+=-]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The draft as Markdown, with each clause's basis and status as a quoted note. */
export function articlesToMarkdown(articles: Articles, withNotes = true): string {
  const lines = [`# ${markdownText(articles.title)}`, '', `> ${markdownText(DRAFT_NOTICE)}`, ''];
  articles.clauses.forEach((c, i) => {
    lines.push(`## § ${i + 1}. ${markdownText(c.heading)}`, '');
    c.paragraphs.forEach((p, j) => lines.push(c.paragraphs.length > 1 ? `Stk. ${j + 1}. ${markdownText(p)}` : markdownText(p), ''));
    if (withNotes) lines.push(`> **${STATUS_LABEL[c.status]}.** ${markdownText(c.basis)}`, '');
  });
  lines.push(markdownText(articles.adoption.adopted), '');
  for (const who of articles.adoption.signatures) lines.push(`${markdownText('_'.repeat(30))}  `, markdownText(who), '');
  return lines.join('\n');
}
