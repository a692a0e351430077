/**
 * The company-form chooser as linked steps that work without JavaScript. Each answer keeps the
 * forms it is compatible with; a question that would not change the remaining set is skipped.
 * A step's address is the next question plus the remaining set, a result's address the set alone,
 * so the number of pages stays small (every reachable set, not every path) and every result has
 * its own address an advisor can send.
 */
export type FormId = 'amba' | 'fmba' | 'forening' | 'aps' | 'fond' | 'selvejende';

export const ALL_FORMS: readonly FormId[] = ['amba', 'fmba', 'forening', 'aps', 'fond', 'selvejende'];

export interface Answer {
  id: string;
  label: string;
  /** The forms this answer is compatible with. */
  fits: readonly FormId[];
}

export interface Question {
  id: string;
  text: string;
  help: string;
  answers: readonly Answer[];
}

const ANY: Answer = { id: 'ved-ikke', label: 'Ved ikke endnu, eller det betyder ikke noget for os', fits: ALL_FORMS };

export const QUESTIONS: readonly Question[] = [
  {
    id: 'ejerskab',
    text: 'Hvem skal eje virksomheden og bestemme i den?',
    help: 'Tænk på, hvem der skal vælge bestyrelsen, og hvad stemmerne skal følge.',
    answers: [
      {
        id: 'medlemmer',
        label: 'Medlemmerne, fx brugere, leverandører eller medarbejdere, med én stemme hver',
        fits: ['amba', 'fmba', 'forening'],
      },
      { id: 'kapital', label: 'Ejerne, og stemmerne skal følge den kapital, de har skudt ind', fits: ['aps'] },
      { id: 'ingen', label: 'Ingen skal eje den: et formål og en selvstændig bestyrelse skal styre', fits: ['fond', 'selvejende'] },
      ANY,
    ],
  },
  {
    id: 'erhverv',
    text: 'Skal virksomheden drive erhverv, altså sælge varer eller tjenester?',
    help: 'Et fællesskab om en sag kan have indtægter uden at være en erhvervsvirksomhed. Et velfærdstilbud, som det offentlige betaler for, kan drives af en selvejende institution.',
    answers: [
      { id: 'ja', label: 'Ja, salg af varer eller tjenester er kernen', fits: ['amba', 'fmba', 'aps', 'fond', 'selvejende'] },
      { id: 'nej', label: 'Nej, vi er et fællesskab om en sag eller et tilbud uden salg som kerne', fits: ['forening', 'selvejende'] },
      ANY,
    ],
  },
  {
    id: 'overskud',
    text: 'Hvad skal et overskud bruges til?',
    help: 'Fordeling efter brug er kernen i et andelsselskab og en betingelse for andelsbeskatning.',
    answers: [
      {
        id: 'efter-brug',
        label: 'Tilbage til medlemmerne efter, hvor meget de har handlet, leveret eller arbejdet',
        fits: ['amba', 'fmba'],
      },
      {
        id: 'formaal',
        label: 'Blive i virksomheden eller gå til formålet',
        fits: ['amba', 'fmba', 'forening', 'fond', 'selvejende', 'aps'],
      },
      { id: 'efter-kapital', label: 'Udbetales til ejerne efter deres kapital', fits: ['aps', 'amba'] },
      ANY,
    ],
  },
  {
    id: 'investorer',
    text: 'Skal investorer udefra kunne skyde penge ind og forvente et afkast?',
    help: 'Siden 1. juli 2024 kan både et A.M.B.A. og et F.M.B.A. optage investerende deltagere med begrænset stemmevægt (erhvervsvirksomhedsloven som ændret ved lov nr. 639 af 11.06.2024).',
    answers: [
      { id: 'ja', label: 'Ja, vi får brug for investorer', fits: ['aps', 'amba', 'fmba'] },
      { id: 'nej', label: 'Nej, kapitalen kommer fra medlemmerne, stifterne, lån eller tilskud', fits: ALL_FORMS },
    ],
  },
  {
    id: 'aktivsikring',
    text: 'Skal formuen være bundet til formålet, så en senere generation ikke kan sælge virksomheden eller dele formuen ud?',
    help: 'En erhvervsdrivende fond binder formuen for altid. Et A.M.B.A. og et F.M.B.A. kan vælge frivillig aktivsikring under offentligt tilsyn (erhvervsvirksomhedsloven som ændret ved lov nr. 639 af 11.06.2024).',
    answers: [
      { id: 'ja', label: 'Ja, formuen skal blive i formålet', fits: ['fond', 'selvejende', 'amba', 'fmba', 'forening'] },
      { id: 'nej', label: 'Nej, eller det kan afgøres senere', fits: ALL_FORMS },
    ],
  },
];

export const FORM_NAMES: Record<FormId, string> = {
  amba: 'Andelsselskab (A.M.B.A.)',
  fmba: 'Forening med begrænset ansvar (F.M.B.A.)',
  forening: 'Forening',
  aps: 'Anpartsselskab eller aktieselskab (ApS/A/S) med socialt formål',
  fond: 'Erhvervsdrivende fond',
  selvejende: 'Selvejende institution',
};

export interface FormProfile {
  why: string;
  tradeOffs: readonly string[];
  lessons: readonly string[];
}

export const FORM_PROFILES: Record<FormId, FormProfile> = {
  amba: {
    why: 'Medlemmerne ejer og styrer med én stemme hver, og overskuddet kan fordeles efter, hvor meget hver har brugt virksomheden. Ingen hæfter personligt for selskabets gæld.',
    tradeOffs: [
      'Stiftelsen skal registreres senest 2 uger efter beslutningen, ellers kan den ikke registreres.',
      'Andelsbeskatning kræver bl.a. mindst 10 medlemmer og fordeling efter omsætning. Et medarbejderejet andelsselskab får som udgangspunkt almindelig selskabsskat.',
      'Investerende deltagere og frivillig aktivsikring kræver gennemtænkte vedtægter.',
    ],
    lessons: ['amba-hvad-er-et-andelsselskab', 'amba-stiftelse-og-registrering', 'amba-reformen-2024', 'amba-andelsbeskatning'],
  },
  fmba: {
    why: 'En forening, der driver erhverv, uden at medlemmerne hæfter personligt. Den passer til et fællesskab, der vil drive virksomhed sammen uden at dele overskud efter brug.',
    tradeOffs: [
      'Skal altid registreres senest 2 uger efter stiftelsen.',
      'Almindelig selskabsskat, medmindre betingelserne for en særlig skatteordning er opfyldt.',
      'Investerende deltagere og frivillig aktivsikring under offentligt tilsyn er mulige siden 1. juli 2024, ligesom i et A.M.B.A., men kræver gennemtænkte vedtægter.',
    ],
    lessons: ['former-overblik', 'former-hvordan-vaelger-man'],
  },
  forening: {
    why: 'Billig og fleksibel, når et fællesskab om en sag ikke har salg som kerne. Vedtægterne bestemmer næsten alt.',
    tradeOffs: [
      'Driver foreningen reelt erhverv, skal registrering, skat og hæftelse vurderes, og måske hører aktiviteten hjemme i et F.M.B.A. eller et selskab.',
      'CVR-nummer er nødvendigt ved ansatte, tilskud eller erhverv.',
    ],
    lessons: ['former-foreningen', 'rsr-foreninger-og-selvejende-institutioner'],
  },
  aps: {
    why: 'Velkendt af banker og investorer, og stemmerne følger kapitalen. Et socialt formål kan skrives i vedtægterne, og selskabet kan registreres som RSV.',
    tradeOffs: [
      'Formålet kan ændres med kvalificeret flertal, så det sociale formål er ikke låst.',
      'Demokrati og fordeling efter brug kræver særlige vedtægter og ejeraftaler.',
    ],
    lessons: ['former-erhvervsdrivende-fond-og-kapitalselskab', 'rsv-udbytteloftet', 'medejer-medarbejderaktier-7p'],
  },
  fond: {
    why: 'Formuen bindes for altid til formålet, og ingen ejer fonden. Den passer, når virksomheden skal sikres mod at blive solgt ud.',
    tradeOffs: [
      'Grundkapitalen skal være mindst 300.000 kr., og formuen forlader stifteren uigenkaldeligt.',
      'Ledelsen skal være selvstændig i forhold til stifteren.',
    ],
    lessons: ['former-erhvervsdrivende-fond-og-kapitalselskab', 'rsr-fonde-beskatning-og-erhvervsfondsloven'],
  },
  selvejende: {
    why: 'Ingen ejere og en bestyrelse, der styrer efter formålet. Ofte brugt til velfærdstilbud med en driftsoverenskomst med det offentlige.',
    tradeOffs: [
      'Afhænger ofte af én indtægt: vedtægter og økonomi skal kunne bære, at en driftsoverenskomst opsiges.',
      'Fondsloven eller erhvervsfondsloven kan gælde, afhængigt af aktiviteten.',
    ],
    lessons: ['former-den-selvejende-institution', 'rsr-foreninger-og-selvejende-institutioner'],
  },
};

export const setKey = (forms: readonly FormId[]) => (forms.length ? ALL_FORMS.filter((f) => forms.includes(f)).join('-') : 'ingen');

export function formsOfKey(key: string): FormId[] {
  if (key === 'ingen') return [];
  const forms = key.split('-') as FormId[];
  if (!forms.every((f) => ALL_FORMS.includes(f))) throw new Error(`Ukendt sæt af former: ${key}`);
  return forms;
}

const intersect = (a: readonly FormId[], b: readonly FormId[]) => a.filter((f) => b.includes(f));

/** The first question from `from` on whose answers would change the remaining set; undefined when none would. */
export function nextQuestion(remaining: readonly FormId[], from: number): number | undefined {
  if (remaining.length < 2) return undefined;
  for (let i = from; i < QUESTIONS.length; i++)
    if (QUESTIONS[i]!.answers.some((a) => intersect(remaining, a.fits).length !== remaining.length)) return i;
  return undefined;
}

export const resultPath = (forms: readonly FormId[]) => `/vaerktoejer/virksomhedsform/resultat/${setKey(forms)}/`;

/** The address of the step after reaching `remaining` with questions from `from` still open. */
export function stepPath(remaining: readonly FormId[], from: number): string {
  const q = nextQuestion(remaining, from);
  if (q === undefined) return resultPath(remaining);
  if (q === 0 && remaining.length === ALL_FORMS.length) return '/vaerktoejer/virksomhedsform/';
  return `/vaerktoejer/virksomhedsform/${QUESTIONS[q]!.id}/${setKey(remaining)}/`;
}

export interface ChooserStep {
  question: Question;
  index: number;
  remaining: FormId[];
  links: { answer: Answer; href: string }[];
}

/** A question page: the question and, per answer, where it leads. */
export function stepAt(index: number, remaining: readonly FormId[]): ChooserStep {
  const question = QUESTIONS[index]!;
  return {
    question,
    index,
    remaining: [...remaining],
    links: question.answers.map((answer) => ({ answer, href: stepPath(intersect(remaining, answer.fits), index + 1) })),
  };
}

/** Every reachable question page and result, found by following the links from the start. */
export function reachable(): { steps: ChooserStep[]; results: FormId[][] } {
  const steps = new Map<string, ChooserStep>();
  const results = new Map<string, FormId[]>();
  const queue: [number, FormId[]][] = [[nextQuestion(ALL_FORMS, 0)!, [...ALL_FORMS]]];
  while (queue.length) {
    const [index, remaining] = queue.shift()!;
    const key = `${index}:${setKey(remaining)}`;
    if (steps.has(key)) continue;
    const step = stepAt(index, remaining);
    steps.set(key, step);
    for (const a of question(index).answers) {
      const next = intersect(remaining, a.fits);
      const q = nextQuestion(next, index + 1);
      if (q === undefined) results.set(setKey(next), next);
      else queue.push([q, next]);
    }
  }
  return { steps: [...steps.values()], results: [...results.values()] };
}

const question = (i: number) => QUESTIONS[i]!;
