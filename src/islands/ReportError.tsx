import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { emptyDraft, LIMITS, validate, type Draft, type Field } from '../lib/reports/fields.ts';
import { sessionHint } from '../client/session.ts';
import { tWith, type ReportWords } from '../lib/i18n/reports.ts';
import { ErrorSummary } from './shared/ErrorSummary.tsx';

interface Props {
  /** The page's path, e.g. /kurser/andelsselskabet/01-hvad-er-et-andelsselskab/ */
  path: string;
  /** The page's version: its content hash (and review date) when it was built. */
  version: string;
  /** The form's words on an English page (loaded by lib/reports/open.ts); without them, Danish. */
  words?: ReportWords;
}

type Status = 'editing' | 'sending' | 'sent' | 'limited' | 'failed';

/**
 * "Meld en fejl": a short form. No account needed. It loads only when someone presses the page's
 * »Meld en fejl« button (see components/ReportError.astro), and the send code only on send.
 */
function ReportError({ path, version, words }: Props) {
  const t = tWith(words);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState<Status>('editing');
  const [attempts, setAttempts] = useState(0);
  const [answer, setAnswer] = useState<'mine' | 'email' | null>(null);
  const honeypot = useRef<HTMLInputElement>(null);
  const page = { path, version };

  async function send(e: Event) {
    e.preventDefault();
    const found = validate(draft, page);
    const field = (f: Field) =>
      found[f] &&
      t(`report.problem.${found[f]}` as never, { min: LIMITS.what[0], max: f === 'source' ? LIMITS.source[1] : LIMITS.what[1] });
    setProblems({
      what: field('what'),
      source: field('source'),
      email: field('email'),
      page_path: field('page_path') || field('page_version'),
    });
    if (Object.keys(found).length) return setAttempts((n) => n + 1);
    setStatus('sending');
    const { sendReport } = await import('../client/reports.ts');
    const result = await sendReport(draft, page, honeypot.current?.value);
    setStatus(result);
    if (result === 'sent') {
      // Signed in: the status shows on Min side. With an address: the editors answer by e-mail.
      setAnswer(sessionHint() ? 'mine' : draft.email.trim() ? 'email' : null);
      setDraft(emptyDraft());
    }
  }

  if (status === 'sent')
    return (
      <p class="notice ok" role="status">
        {t('report.sent')}
        {answer === 'mine' && <> {t('report.sentMine')}</>}
        {answer === 'email' && <> {t('report.sentEmail')}</>}
      </p>
    );

  const labels = { what: t('report.what'), source: t('report.source'), email: t('report.email') };
  const input = (name: 'what' | 'source' | 'email', hint?: string) => {
    const id = `report-${name}`;
    const describedBy = [problems[name] && `${id}-problem`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
    const common = {
      id,
      name,
      value: draft[name],
      'aria-invalid': problems[name] ? ('true' as const) : undefined,
      'aria-describedby': describedBy,
      onInput: (e: Event) => setDraft({ ...draft, [name]: (e.currentTarget as HTMLInputElement).value }),
    };
    return (
      <div class={`field${problems[name] ? ' has-error' : ''}`}>
        <label for={id}>{labels[name]}</label>
        {hint && (
          <p id={`${id}-hint`} class="meta">
            {hint}
          </p>
        )}
        {problems[name] && (
          <p id={`${id}-problem`} class="field-error">
            {problems[name]}
          </p>
        )}
        {name === 'what' ? (
          <textarea {...common} rows={4} maxLength={LIMITS.what[1]} />
        ) : (
          <input {...common} type={name === 'email' ? 'email' : 'text'} autocomplete={name === 'email' ? 'email' : 'off'} />
        )}
      </div>
    );
  };
  const summary = (['what', 'source', 'email'] as const)
    .filter((f) => problems[f])
    .map((f) => ({ fieldId: `report-${f}`, message: `${labels[f].replace(/ \(.*\)$|[?]$/, '')}: ${problems[f]}` }));

  return (
    <form class="report-form card" method="post" aria-labelledby="report-title" onSubmit={send} noValidate>
      <h2 id="report-title" tabIndex={-1} ref={heading}>
        {t('report.toggle')}
      </h2>
      <p>{t('report.lead')}</p>
      <ErrorSummary title={t('form.errorTitle')} errors={summary} focusKey={attempts} />
      {input('what')}
      {input('source')}
      {input('email', t('report.emailHint'))}
      <p class="hp" aria-hidden="true">
        <label for="report-website">{t('report.honeypot')}</label>
        <input id="report-website" name="website" type="text" tabIndex={-1} autocomplete="off" ref={honeypot} />
      </p>
      {problems.page_path && (
        <p class="notice bad" role="alert">
          {problems.page_path}
        </p>
      )}
      <p>
        <button type="submit" disabled={status === 'sending'}>
          {status === 'sending' ? t('report.sending') : t('report.send')}
        </button>
      </p>
      <div aria-live="polite">
        {status === 'limited' && <p class="notice bad">{t('report.limited')}</p>}
        {status === 'failed' && <p class="notice bad">{t('report.failed')}</p>}
      </div>
    </form>
  );
}

/** Replaces the page's button with the form, keeping the reader's place (focus moves to the form). */
export function mount(target: HTMLElement, props: Props) {
  render(<ReportError {...props} />, target);
}
