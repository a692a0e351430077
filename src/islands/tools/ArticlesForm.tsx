/**
 * The articles-of-association form: a draft that updates as the user types, kept in this browser
 * only, downloadable as Word or Markdown, or printed. The Word library loads on the first download.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import {
  articlesToMarkdown,
  buildArticles,
  emptyArticles,
  FORM_LABELS,
  STATUS_LABEL,
  validateArticles,
  type ArticlesInput,
} from '../../lib/tools/articles.ts';
import { articlesDraft } from '../../client/tools.ts';

type Key = keyof ArticlesInput;

function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const fileName = (name: string, ext: string) =>
  `vedtaegter-${
    name
      .toLocaleLowerCase('da')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'udkast'
  }.${ext}`;

export default function ArticlesForm() {
  const [input, setInput] = useState<ArticlesInput>(emptyArticles);
  const [loaded, setLoaded] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [attempts, setAttempts] = useState(0);

  useEffect(() => {
    setInput(articlesDraft.load());
    setLoaded(true);
  }, []);
  useEffect(() => {
    if (loaded) articlesDraft.save(input);
  }, [input, loaded]);

  const articles = useMemo(() => buildArticles(input), [input]);
  const errors = validateArticles(input);
  const errorOf = (k: Key) => (tried ? errors.find((e) => e.field === k)?.message : undefined);
  const set = <K extends Key>(k: K, v: ArticlesInput[K]) => setInput((i) => ({ ...i, [k]: v }));
  const coop = input.form !== 'forening';

  function ready() {
    setTried(true);
    if (errors.length) {
      setStatus('');
      setAttempts((n) => n + 1);
      return false;
    }
    return true;
  }
  async function getDocx() {
    if (!ready()) return;
    setBusy(true);
    try {
      const { articlesToDocx } = await import('../../lib/tools/articles-docx.ts');
      download(await articlesToDocx(articles), fileName(input.name, 'docx'));
      setStatus('Word-filen er hentet.');
    } catch {
      setStatus('Word-filen kunne ikke laves. Prøv igen, eller hent udkastet som tekstfil.');
    } finally {
      setBusy(false);
    }
  }
  function getMarkdown() {
    if (!ready()) return;
    download(new Blob([articlesToMarkdown(articles)], { type: 'text/markdown;charset=utf-8' }), fileName(input.name, 'md'));
    setStatus('Tekstfilen er hentet.');
  }
  function clear() {
    if (!confirm('Slet udkastet i denne browser?')) return;
    articlesDraft.clear();
    setInput(emptyArticles());
    setTried(false);
    setStatus('Udkastet er slettet.');
  }

  const text = (k: Key, label: string, hint?: string, area = false) => {
    const id = `v-${k}`;
    const err = errorOf(k);
    const described = [err && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
    const common = {
      id,
      value: String(input[k] ?? ''),
      'aria-invalid': err ? ('true' as const) : undefined,
      'aria-describedby': described,
    };
    return (
      <div class={`field${err ? ' has-error' : ''}`}>
        <label for={id}>{label}</label>
        {err && (
          <p id={`${id}-error`} class="field-error">
            {err}
          </p>
        )}
        {area ? (
          <textarea {...common} rows={3} onInput={(e) => set(k, e.currentTarget.value as never)} />
        ) : (
          <input {...common} type="text" onInput={(e) => set(k, e.currentTarget.value as never)} />
        )}
        {hint && (
          <p id={`${id}-hint`} class="meta">
            {hint}
          </p>
        )}
      </div>
    );
  };
  const number = (k: Key, label: string) => {
    const id = `v-${k}`;
    const err = errorOf(k);
    const value = input[k] as number;
    return (
      <div class={`field${err ? ' has-error' : ''}`}>
        <label for={id}>{label}</label>
        {err && (
          <p id={`${id}-error`} class="field-error">
            {err}
          </p>
        )}
        <input
          id={id}
          type="number"
          inputMode="numeric"
          value={Number.isFinite(value) ? String(value) : ''}
          aria-invalid={err ? 'true' : undefined}
          aria-describedby={err ? `${id}-error` : undefined}
          onInput={(e) => set(k, e.currentTarget.valueAsNumber as never)}
        />
      </div>
    );
  };
  const choice = <K extends Key>(k: K, legend: string, options: [ArticlesInput[K], string][]) => (
    <fieldset class="choice">
      <legend>{legend}</legend>
      {options.map(([value, label]) => (
        <label key={String(value)}>
          <input type="radio" name={`v-${k}`} checked={input[k] === value} onChange={() => set(k, value)} /> {label}
        </label>
      ))}
    </fieldset>
  );

  return (
    <div class="articles">
      <form class="articles-form" onSubmit={(e) => e.preventDefault()} novalidate aria-label="Oplysninger til vedtægterne">
        {tried && (
          <ErrorSummary
            title={errors.length === 1 ? 'Udfyld 1 felt, før du henter udkastet' : `Udfyld ${errors.length} felter, før du henter udkastet`}
            errors={errors.map((e) => ({ fieldId: `v-${e.field}`, message: e.message }))}
            focusKey={attempts}
          />
        )}
        {choice('form', 'Virksomhedsform', [
          ['amba', 'A.M.B.A.'],
          ['fmba', 'F.M.B.A.'],
          ['forening', 'Forening'],
        ])}
        {text('name', 'Navn', coop ? 'Betegnelsen A.M.B.A. eller F.M.B.A. sættes bag navnet, hvis den mangler.' : undefined)}
        {text('municipality', 'Kommune, hvor virksomheden har hjemsted')}
        {text(
          'purpose',
          'Formål',
          'Skriv, hvilket fælles behov virksomheden dækker, fx »at drive en tegnestue, hvor medlemmerne arbejder«.',
          true,
        )}
        {coop &&
          choice('participation', 'Medlemmerne deltager som', [
            ['ansatte', 'Ansatte'],
            ['koebere', 'Købere'],
            ['leverandoerer', 'Leverandører'],
            ['brugere', 'Brugere'],
          ])}
        {text('whoCanJoin', 'Hvem kan blive medlem?', 'Fx »enhver, der er ansat i virksomheden og har været det i 6 måneder«.')}
        {number('contribution', 'Indskud pr. medlem (kr., 0 for intet)')}
        {input.contribution > 0 && number('repaymentMonths', 'Indskuddet betales tilbage senest (måneder efter udtræden)')}
        {choice('voting', 'Stemmeret', [
          ['lige', 'Én stemme pr. medlem'],
          ['brug', 'Én stemme pr. medlem med tillægsstemmer efter brug'],
        ])}
        {number('boardSize', 'Antal bestyrelsesmedlemmer')}
        {choice('surplus', 'Overskud', [
          ['brug', 'Fordeles efter medlemmernes brug efter henlæggelse og rente'],
          ['formaal', 'Bliver i virksomheden og går til formålet'],
        ])}
        {coop && (
          <div class="field check">
            <input id="v-investors" type="checkbox" checked={input.investors} onChange={(e) => set('investors', e.currentTarget.checked)} />
            <label for="v-investors">Der skal kunne optages investerende deltagere</label>
          </div>
        )}
        {choice('assetLock', 'Formuen ved opløsning', [
          ...(coop
            ? ([['aktivsikring', 'Aktivsikring efter loven (under offentligt tilsyn)']] as [ArticlesInput['assetLock'], string][])
            : []),
          ['vedtaegt', 'Går til et formål eller et andet kooperativ (vedtægtsbestemmelse)'],
          ['deles', 'Deles mellem medlemmerne'],
        ])}
        {input.assetLock !== 'deles' &&
          text(
            'recipient',
            'Hvem skal have restformuen?',
            'Fx »et andet kooperativ eller en almennyttig forening, som generalforsamlingen udpeger«.',
          )}
        {choice('amendmentMajority', 'Flertal for vedtægtsændringer', [
          ['2/3', 'To tredjedele af de afgivne stemmer'],
          ['3/4', 'Tre fjerdedele af de afgivne stemmer'],
        ])}
        <p class="meta">Udkastet gemmes kun i denne browser, mens du skriver, og sendes ingen steder hen.</p>
      </form>

      <section class="articles-preview" aria-labelledby="udkast">
        <h2 id="udkast">Udkast: {articles.title}</h2>
        <p class="meta">Udkast til vedtægter for et {FORM_LABELS[input.form]}. Felter, der mangler, står som […].</p>
        <div class="actions no-print">
          <button type="button" onClick={getDocx} disabled={busy}>
            Hent som Word (DOCX)
          </button>
          <button type="button" onClick={getMarkdown}>
            Hent som tekstfil
          </button>
          <button type="button" onClick={() => window.print()}>
            Udskriv
          </button>
          <button type="button" class="secondary" onClick={clear}>
            Slet udkast
          </button>
        </div>
        <p role="status" class="meta">
          {status}
        </p>
        <ol class="clauses">
          {articles.clauses.map((c, i) => (
            <li key={c.heading}>
              <h3>
                § {i + 1}. {c.heading}
              </h3>
              {c.paragraphs.map((p, j) => (
                <p key={j}>
                  {c.paragraphs.length > 1 ? `Stk. ${j + 1}. ` : ''}
                  {p}
                </p>
              ))}
              <p class={`basis ${c.status}`}>
                <strong>{STATUS_LABEL[c.status]}.</strong> {c.basis}
              </p>
            </li>
          ))}
        </ol>
        <div class="adoption">
          <p>{articles.adoption.adopted}</p>
          <ul class="signatures">
            {articles.adoption.signatures.map((who) => (
              <li key={who}>
                <span class="line" aria-hidden="true"></span>
                {who}
              </li>
            ))}
          </ul>
        </div>
      </section>
    </div>
  );
}
